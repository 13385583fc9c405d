// ReadAuthorValue: byline lead -> credit label -> trailing handle and date -> affiliation ->
// "A and B" -> one check per name (handles, degrees, the outlet itself).
#include "extract/author_names.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "extract/agencies.h"
#include "extract/credits.h"
#include "extract/outlets.h"
#include "extract/text_util.h"

namespace kabar::extract {
namespace {

// Words that open a byline in the languages of news sites ("By", German "Von", Spanish "Por",
// French "Par", Dutch "Door", Indonesian "Oleh", "Ditulis oleh", "Diposting oleh"); the name
// after them starts with a capital.
constexpr std::string_view kBylineLeads[] = {"analysis by ",  "written by ",
                                             "reported by ",  "story by ",
                                             "text by ",      "words by ",
                                             "by: ",          "by ",
                                             "von ",          "por ",
                                             "par ",          "door ",
                                             "ditulis oleh ", "diposting oleh ",
                                             "oleh "};

// Last words of an affiliation that names a role, not a person: "AP Auto Writer".
constexpr std::string_view kRoleWords[] = {"writer", "correspondent",  "reporter",  "editor",
                                           "staff",  "contributor",    "columnist", "producer",
                                           "bureau", "editor-at-large"};

// Role words of a job title printed under a byline that kRoleWords (affiliations) leaves out.
constexpr std::string_view kTitleRoleWords[] = {"journalist",  "analyst",  "photographer",
                                                "koresponden", "wartawan", "jurnalis",
                                                "kontributor", "redaktur"};

// Academic and professional degrees some sites append to a name ("Ilana Muhlstein, MS, RDN",
// "Hendra Saputra, M.Si."), compared without their full stops in lower case: English ones, then
// Indonesia's (S.H., M.H., S.E., M.M., S.Sos., M.Pd., S.Kom., M.T., S.Ag., Lc., S.IP., M.Kes.,
// and doctors' specialties, Sp.PD., Sp.OG.).
constexpr std::string_view kDegrees[] = {
    "ms",   "ma",   "md",   "rd",   "rdn", "phd",   "mph",   "rn",   "bs",   "ba",
    "mba",  "jd",   "cpt",  "ld",   "cde", "dds",   "np",    "esq",  "cscs", "facp",
    "mfa",  "msc",  "bsc",  "llm",  "mpp", "mpa",   "sh",    "mh",   "se",   "mm",
    "msi",  "ssi",  "ssos", "msos", "spd", "mpd",   "skom",  "mkom", "st",   "mt",
    "sag",  "mag",  "lc",   "sip",  "mip", "sikom", "mikom", "mhum", "shum", "skm",
    "mkes", "sked", "sppd", "spog", "spa", "ak",    "sn",    "mars"};

constexpr std::string_view kMonths[] = {
    "january",   "february", "march",    "april",    "may",  "june", "july", "august",
    "september", "october",  "november", "december", "jan",  "feb",  "mar",  "apr",
    "jun",       "jul",      "aug",      "sep",      "sept", "oct",  "nov",  "dec"};

// Words that lead into a date a byline runs on into: "By Kashmira Gander On 11/13/19".
constexpr std::string_view kDateLeads[] = {"on", "at", "updated", "published", "posted"};

template <size_t N>
bool InList(std::string_view word, const std::string_view (&list)[N]) {
  for (std::string_view w : list) {
    if (EqualsIgnoreCase(word, w)) return true;
  }
  return false;
}

// Lower-case ASCII letters and digits and every non-ASCII byte of `s`: "INFORM.KZ" and
// "inform.kz" -> "informkz", "Listin Diario" -> "listindiario".
std::string Fold(std::string_view s) {
  std::string out;
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) {
      out.push_back(c);
    } else if (c >= 'A' && c <= 'Z') {
      out.push_back(static_cast<char>(c - 'A' + 'a'));
    }
  }
  return out;
}

// True when `name` is one word and then the site's label in words of letters: "Jornal O Papel"
// on opapel.com, "Harian Lintas" on lintas.id (a word for what the outlet is before its name).
// Labels of five letters or more: a shorter one may end a person's name.
bool IsWordAndSiteLabel(std::string_view name, std::string_view label) {
  constexpr size_t kMinLabel = 5;
  std::string folded_label = Fold(label);
  size_t space = name.find(' ');
  if (folded_label.size() < kMinLabel || space == std::string_view::npos) return false;
  for (char c : name) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u < 0x80 && c != ' ' && !std::isalpha(u)) return false;
  }
  return Fold(name.substr(space + 1)) == folded_label;
}

// True when `name` is the outlet itself: its site with or without the suffix ("KUT" on
// kut.org, "INFORM.KZ"), or its name ("Times Of India" for "The Times of India").
bool IsTheOutlet(std::string_view name, const AuthorPage& page) {
  std::string folded = Fold(name);
  if (folded.empty()) return false;
  std::string_view label = page.site.substr(0, page.site.find('.'));
  if (folded == Fold(page.site) || folded == Fold(label)) return true;
  if (IsWordAndSiteLabel(name, label)) return true;
  std::string_view site_name = Trim(page.site_name);
  if (!site_name.empty() && folded == Fold(site_name)) return true;
  if (StartsWithIgnoreCase(site_name, "the ")) site_name = site_name.substr(4);
  return !site_name.empty() && folded == Fold(site_name);
}

// The agency an affiliation names, by itself or by its first one or two words ("AP Auto
// Writer", "The Associated Press"); empty when it names none.
std::string AgencyOf(std::string_view affiliation) {
  std::string agency = CanonicalAgency(affiliation);
  std::vector<std::string_view> words = Words(affiliation);
  for (size_t n = 1; agency.empty() && n <= 2 && n < words.size(); ++n) {
    std::string_view head(words[0].data(), words[n - 1].end() - words[0].begin());
    agency = CanonicalAgency(head);
  }
  return agency;
}

// True when `part` (what follows a person's name after ", " or " | ") says where the person
// works rather than naming another person; *agency gets the agency it names, if any.
bool IsAffiliation(std::string_view part, const AuthorPage& page, std::string* agency) {
  *agency = AgencyOf(part);
  if (!agency->empty()) return true;
  if (StartsWithIgnoreCase(part, "the ") || IsTheOutlet(part, page)) return true;
  if (!SiteFromToken(part).empty() || !SiteForOutletName(part).empty()) return true;
  std::vector<std::string_view> words = Words(part);
  if (!words.empty() && InList(words.back(), kRoleWords)) return true;
  // "special to The Globe", "Political Editor For The Daily Mail", "Reporter for Reuters.com".
  if (StartsWithIgnoreCase(part, "special to ")) return true;
  size_t for_at = FindForWord(part);
  if (for_at == std::string_view::npos) return false;
  std::vector<std::string_view> post = Words(part.substr(0, for_at));
  return (!post.empty() && IsNewsroomRoleWord(post.back())) ||
         !SiteFromToken(Trim(part.substr(for_at + 5))).empty();
}

std::string_view WithoutBylineLead(std::string_view v) {
  for (std::string_view lead : kBylineLeads) {
    if (!StartsWithIgnoreCase(v, lead)) continue;
    std::string_view rest = Trim(v.substr(lead.size()));
    if (StartsUpper(rest)) return rest;
  }
  return v;
}

// The value without a trailing handle, date or reading time: "Bryan DeArdo @BryanDeArdo Nov 18,
// 2019 at 9:24 pm ET" -> "Bryan DeArdo", "Kashmira Gander On 11/13/19" -> "Kashmira Gander".
// Names hold no digits.
std::string_view WithoutTrailingJunk(std::string_view v) {
  size_t cut = v.find_first_of("@0123456789");
  // "Euis Rita Hartati (euis_rita@investor.co.id)": the address in brackets goes with them.
  if (cut != std::string_view::npos && v[cut] == '@') {
    const size_t open = v.rfind(" (", cut);
    if (open != std::string_view::npos) cut = open;
  }
  size_t bullet = v.find("\u2022");
  if (bullet < cut) cut = bullet;
  v = Trim(v.substr(0, cut));
  while (true) {
    std::vector<std::string_view> words = Words(v);
    if (words.size() < 2 || !(InList(words.back(), kMonths) || InList(words.back(), kDateLeads))) {
      break;
    }
    v = Trim(v.substr(0, words.back().data() - v.data()));
  }
  while (!v.empty() && (v.back() == ',' || v.back() == '|' || v.back() == '-')) {
    v = Trim(v.substr(0, v.size() - 1));
  }
  // Degrees after the name: "Rachael Link, MS, RD".
  for (size_t comma = v.rfind(", "); comma != std::string_view::npos; comma = v.rfind(", ")) {
    if (!IsAcademicDegree(v.substr(comma + 2))) break;
    v = Trim(v.substr(0, comma));
  }
  return v;
}

// A log-in handle or a piece of an address rather than a name: "gqlshare", "jdadmin",
// "/christopherlwood", "j03f3l_1000".
bool LooksLikeHandle(std::string_view name) {
  if (name.find_first_of("_/@#=?0123456789") != std::string_view::npos) return true;
  if (name.find(' ') != std::string_view::npos) return false;
  for (char c : name) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u >= 0x80 || (c >= 'A' && c <= 'Z')) return false;
  }
  return true;  // one all-lower-case ASCII word
}

void AddName(std::string_view raw, const AuthorPage& page, std::vector<std::string>* out) {
  if (LooksLikeHandle(raw)) return;  // before "kevin-r" becomes "kevin r"
  std::string name = NormalizePersonName(raw);
  if (name.empty() || name.size() > 60 || LooksLikeHandle(name) || IsAcademicDegree(name) ||
      IsTheOutlet(name, page) || NamesASiteRole(name)) {
    return;
  }
  for (const std::string& seen : *out) {
    if (EqualsIgnoreCase(seen, name)) return;
  }
  out->push_back(std::move(name));
}

// True when every ", "-separated part of `v` is a person's name: "Christal Hayes, Michael
// Collins, Nicholas Wu".
bool IsListOfNames(std::string_view v) {
  if (v.find(", ") == std::string_view::npos) return false;
  size_t start = 0;
  while (start <= v.size()) {
    size_t comma = v.find(", ", start);
    std::string_view part = v.substr(start, comma == v.npos ? v.npos : comma - start);
    if (!LooksLikePersonName(NormalizePersonName(part))) return false;
    if (comma == std::string_view::npos) break;
    start = comma + 2;
  }
  return true;
}

// "Jane Doe For Mailonline", "Jane Doe and John Roe for The Guardian": the names before a
// publication the writers wrote for (a person's name holds no " for "), or `v` as it is.
std::string_view WithoutForPublication(std::string_view v) {
  size_t at = FindForWord(v);
  if (at == std::string_view::npos || !StartsUpper(Trim(v.substr(at + 5)))) return v;
  std::string_view names = Trim(v.substr(0, at));
  bool people = LooksLikePersonName(NormalizePersonName(names)) || IsListOfNames(names) ||
                names.find(" and ") != std::string_view::npos;
  return people ? names : v;
}

// Splits "A and B" / "A & B" / "A dan B" (and "A, B, C" when each part is a name) and adds
// each.
void AddNames(std::string_view v, const AuthorPage& page, std::vector<std::string>* out) {
  if (IsListOfNames(v)) {
    for (size_t comma = v.find(", "); comma != std::string_view::npos; comma = v.find(", ")) {
      AddName(v.substr(0, comma), page, out);
      v = v.substr(comma + 2);
    }
  }
  size_t start = 0;
  while (start <= v.size()) {
    size_t end = std::string_view::npos;
    size_t sep_len = 0;
    for (std::string_view sep : {" and ", " AND ", " & ", " dan "}) {
      size_t at = v.find(sep, start);
      if (at < end) {
        end = at;
        sep_len = sep.size();
      }
    }
    std::string_view part =
        Trim(v.substr(start, end == std::string_view::npos ? v.npos : end - start));
    if (!part.empty()) AddName(part, page, out);
    if (end == std::string_view::npos) break;
    start = end + sep_len;
  }
}

void AddAgency(const std::string& agency, std::vector<std::string>* out) {
  for (const std::string& seen : *out) {
    if (seen == agency) return;
  }
  out->push_back(agency);
}

}  // namespace

// "Dio Suhenda (The Jakarta Post)": the part before a closing parenthesised affiliation, or ""
// when `value` does not end with one; *agency is the affiliation's wire agency, if any.
std::string_view BeforeParenAffiliation(std::string_view value, const AuthorPage& page,
                                        std::string* agency) {
  if (value.empty() || value.back() != ')') return {};
  size_t open = value.rfind(" (");
  if (open == std::string_view::npos || open == 0) return {};
  std::string_view inside = value.substr(open + 2, value.size() - open - 3);
  return IsAffiliation(Trim(inside), page, agency) ? Trim(value.substr(0, open))
                                                   : std::string_view();
}

bool EndsWithAffiliation(std::string_view value, const AuthorPage& page) {
  std::string paren_agency;
  std::string_view before_paren = BeforeParenAffiliation(value, page, &paren_agency);
  if (!before_paren.empty() && LooksLikePersonName(NormalizePersonName(before_paren))) return true;
  for (std::string_view sep : {", ", " | ", " / "}) {
    size_t at = value.rfind(sep);
    if (at == std::string_view::npos) continue;
    std::string_view names = value.substr(0, at);
    std::string agency;
    bool people = LooksLikePersonName(NormalizePersonName(names)) || IsListOfNames(names) ||
                  names.find(" and ") != std::string_view::npos;
    if (!people || !IsAffiliation(Trim(value.substr(at + sep.size())), page, &agency)) continue;
    // "Leonhard Foeger / Reuters file": a slash before a wire credits a picture's photographer.
    if (sep != " / " || agency.empty()) return true;
  }
  return false;
}

void ReadAuthorValue(std::string_view value, const AuthorPage& page,
                     std::vector<std::string>* out) {
  std::string_view v = WithoutBylineLead(Trim(value));
  // A wire agency is its credit even on its own site ("Reuters" on reuters.com); any other
  // outlet's own name credits no person ("News18", checked before its digits are cut).
  if (!CanonicalAgency(v).empty()) {
    AddAgency(CanonicalAgency(v), out);
    return;
  }
  if (IsTheOutlet(v, page)) return;
  // "Foto: X", "Редактор: X": a credit label; only an author's label keeps the name.
  size_t colon = v.find(':');
  if (colon != std::string_view::npos && colon < 30 && CountWords(v.substr(0, colon)) <= 2) {
    if (CreditLabelRole(v.substr(0, colon)) != CreditRole::kAuthor) return;
    v = Trim(v.substr(colon + 1));
  }
  std::string agency;
  std::string_view before_paren = BeforeParenAffiliation(v, page, &agency);
  if (!before_paren.empty()) v = before_paren;
  if (!agency.empty()) AddAgency(agency, out);
  v = WithoutForPublication(WithoutTrailingJunk(v));
  for (std::string_view sep : {" | ", ", ", " - ", " / "}) {
    size_t at = v.rfind(sep);
    if (at == std::string_view::npos) continue;
    // A dash also sets off places and notes ("(Abu Dhabi - Al Bayan)"): only after a name.
    if (sep == " - " && !LooksLikePersonName(NormalizePersonName(v.substr(0, at)))) continue;
    if (!IsAffiliation(Trim(v.substr(at + sep.size())), page, &agency)) continue;
    if (sep == " / " && !agency.empty()) {  // a picture's credit (EndsWithAffiliation)
      agency.clear();
      continue;
    }
    v = Trim(v.substr(0, at));
    break;
  }
  if (CanonicalAgency(v).empty()) {
    AddNames(v, page, out);
  } else {
    agency = CanonicalAgency(v);
  }
  if (!agency.empty()) AddAgency(agency, out);
}

namespace {

// "Wartawan BBC News Indonesia", "Reporter Kompas.com": a role word, then an outlet's name
// (its first one to three words name a known outlet).
bool RoleAtOutlet(const std::vector<std::string_view>& words) {
  if (words.size() < 2 || words.size() > 6) return false;
  if (!IsNewsroomRoleWord(words[0])) return false;
  for (size_t n = 1; n <= 3 && n < words.size(); ++n) {
    std::string_view name(words[1].data(), words[n].data() + words[n].size() - words[1].data());
    if (!SiteForOutletName(name).empty()) return true;
  }
  return false;
}

}  // namespace

bool IsJobTitle(std::string_view line) {
  if (line.find(',') != std::string_view::npos) return false;  // "Rina Hambali, Jurnalis"
  std::vector<std::string_view> words = Words(line);
  if (RoleAtOutlet(words)) return true;
  if (words.size() < 2 || words.size() > 4) return false;
  for (std::string_view lead : kBylineLeads) {  // "By Meg JamesStaff Writer": a byline
    if (EqualsIgnoreCase(Trim(lead), words[0])) return false;
  }
  for (std::string_view w : words) {
    if (!StartsUpper(w) || !std::isalpha(static_cast<unsigned char>(w.back()))) return false;
  }
  return IsNewsroomRoleWord(words.back());
}

size_t FindForWord(std::string_view credit) {
  size_t first = std::string_view::npos;
  for (std::string_view sep : {" for ", " For ", " FOR "}) {
    first = std::min(first, credit.find(sep));
  }
  return first;
}

bool IsNewsroomRoleWord(std::string_view word) {
  return InList(word, kRoleWords) || InList(word, kTitleRoleWords);
}

bool IsPost(std::string_view text) {
  return IsJobTitle(text) || (text.find(' ') == std::string_view::npos && IsNewsroomRoleWord(text));
}

std::string_view WithoutGluedJobTitle(std::string_view name) {
  for (size_t i = 1; i < name.size(); ++i) {
    if (!std::islower(static_cast<unsigned char>(name[i - 1])) ||
        !std::isupper(static_cast<unsigned char>(name[i]))) {
      continue;
    }
    std::string_view before = name.substr(0, i);
    if (before.find(' ') != std::string_view::npos && IsJobTitle(name.substr(i))) return before;
  }
  return name;
}

bool IsAcademicDegree(std::string_view word) {
  std::string bare(Trim(word));
  std::erase(bare, '.');
  return !bare.empty() && InList(bare, kDegrees);
}

}  // namespace kabar::extract
