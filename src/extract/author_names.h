// Author names as page markup gives them (meta author, JSON-LD author, byline elements), cleaned
// of what content systems put there besides people's names:
//
//   "Von Britta Schultejans", "Analysis by Chris Cillizza"  -> "Britta Schultejans", ...
//   "Spencer S. Hsu, The Washington Post"                    -> "Spencer S. Hsu"
//   "Troy L. Smith, Cleveland.com", "Sandee LaMotte, CNN"    -> the person alone
//   "MEG KINNARD and ERRIN HAINES, Associated Press"         -> "Meg Kinnard", "Errin Haines",
//                                                               "Associated Press"
//   "TOM KRISHER, AP Auto Writer"                            -> "Tom Krisher", "Associated Press"
//   "Bryan DeArdo @BryanDeArdo Nov 18, 2019 at 9:24 pm ET"   -> "Bryan DeArdo"
//   "gqlshare", "/christopherlwood", "j03f3l_1000", an IP    -> nothing (log-in handles)
//   "KUT" on kut.org, "Listin Diario" on listindiario.com    -> nothing (the outlet itself)
//   "Фото: Алексей Меринов", "MS", "RDN"                     -> nothing (a photo credit, degrees)
//
// Agencies credited as an affiliation come back under their canonical names, for the caller to
// file as agencies (CanonicalAgency recognises them).
//
// Thread safety: pure functions.
#ifndef KABAR_EXTRACT_AUTHOR_NAMES_H_
#define KABAR_EXTRACT_AUTHOR_NAMES_H_

#include <string>
#include <string_view>
#include <vector>

namespace kabar::extract {

// The page an author value was read from: its registrable site ("kut.org") and the outlet's
// name as the page gives it (og:site_name; may be empty).
struct AuthorPage {
  std::string_view site;
  std::string_view site_name;
};

// True when `word` is an academic or professional degree a name may be followed by ("MS",
// "Ph.D.", "M.Si.", "S.H."), in any case and with or without its full stops.
bool IsAcademicDegree(std::string_view word);

// Appends the people (and agencies) one author value names to *out, skipping names already in
// it (compared ignoring ASCII case).
void ReadAuthorValue(std::string_view value, const AuthorPage& page, std::vector<std::string>* out);

// True when `value` is one or more names, then ", ", " | " or " / " and an affiliation that
// names an agency, the outlet, a site or a role ("Tom Krisher, AP Auto Writer", "Sandee
// LaMotte, CNN", "Jane Doe / The Jakarta Post").
bool EndsWithAffiliation(std::string_view value, const AuthorPage& page);

// True when `line` is a job title alone, as some sites print it under the byline: two to four
// capitalised words, the last a role, no comma ("Transport Correspondent", "Senior Political
// Writer"; "Wartawan Senior" is not: the role comes last; "Rina Hambali, Jurnalis" is a name),
// or a role word and an outlet's name ("Wartawan BBC News Indonesia", "Reporter Kompas.com").
bool IsJobTitle(std::string_view line);

// True when `word` names a newsroom role, the last word of the post a byline may give after the
// name (kRoleWords and kTitleRoleWords), in any case: "Reporter", "Jurnalis", "Writer" ("Staff
// Writer"). Not credits.cc's OpensWithPostWord, whose list is of posts a credit adds in
// brackets or after a dash ("Kontributor Ambon", "magang").
bool IsNewsroomRoleWord(std::string_view word);

// True when `text` is a writer's post after their name: a job title (IsJobTitle) or one role
// word (IsNewsroomRoleWord): "Senior Reporter", "Reporter".
bool IsPost(std::string_view text);

// What parts a writer's name from their post on one line besides a comma: "Jane Doe \u00b7
// Reporter", "Jane Doe \u2014 Political Correspondent", "Jane Doe \u2013 Reuters".
inline constexpr std::string_view kPostSeparators[] = {" \u00b7 ", " \u2014 ", " \u2013 "};

// Where the word " for " (in any case, spaces around it) first stands in `credit`, or npos: a
// byline's writer wrote "for" a publication ("Jane Doe For Mailonline", "Political Editor for
// The Daily Mail"); a person's name holds no such word.
size_t FindForWord(std::string_view credit);

// `name` without the job title a text dump glued to it, when the page printed the title right
// after the name ("Meg JamesStaff Writer", "Michael HiltzikBusiness Columnist": the name
// alone). The title is what IsJobTitle accepts, starting at a capital right after a small
// letter; a name of two or more words stays before it. Else `name` as it is ("Bryan DeArdo").
std::string_view WithoutGluedJobTitle(std::string_view name);

}  // namespace kabar::extract

#endif  // KABAR_EXTRACT_AUTHOR_NAMES_H_
