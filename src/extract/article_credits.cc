// Credits, agencies, captions and syndication notes: metadata lines anywhere on the page,
// except in the teaser lists and footers that follow the article (a caption or a "REUTERS"
// line there belongs to another story).
#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_set>

#include "extract/agencies.h"
#include "extract/author_names.h"
#include "extract/captions.h"
#include "extract/credits.h"
#include "extract/html_date.h"
#include "extract/outlets.h"
#include "extract/page_work.h"
#include "extract/syndication.h"
#include "extract/text_util.h"

namespace kabar::extract {
namespace {

// How many non-blank lines above an author biography the author's name may be.
constexpr int kBioNameReach = 3;
// How many captions right under the body make a gallery.
constexpr int kMinGalleryCaptions = 2;
// How many non-blank lines after the article's end CreditsEnd() looks at: a promo, three
// inline teasers or a reader poll with its answers, then the writer's and the editor's credits.
constexpr int kTrailingCreditReach = 8;
// The most words of a topic's link CreditsEnd() passes (a headline has more).
constexpr int kMaxTopicWords = 3;
// How many non-blank lines after the article's end AddCopyrightAgency() looks at.
constexpr int kTrailingCopyrightReach = 4;

bool InBody(const PageWork& w, int i) { return i >= w.region.begin && i < w.region.end; }

// "Nadia Putri Rahmawati, Bagus Wicaksono", "A dan B", "A & B": two or more names in a list,
// each a person's name; else nothing.
std::vector<std::string_view> NameList(std::string_view line) {
  std::vector<std::string_view> names;
  std::string_view rest = Trim(line);
  while (!rest.empty()) {
    size_t cut = std::string_view::npos, skip = 0;
    for (std::string_view sep : {", ", " dan ", " and ", " & "}) {
      size_t at = rest.find(sep);
      if (at < cut) cut = at, skip = sep.size();
    }
    names.push_back(Trim(rest.substr(0, cut)));
    rest = cut == std::string_view::npos ? std::string_view() : rest.substr(cut + skip);
  }
  if (names.size() < 2 || !std::all_of(names.begin(), names.end(), LooksLikePersonName)) return {};
  return names;
}

// "Reporter" / "Editor" alone, then the names on the following lines (before `end`).
int TakeLabelledNames(int label_at, int end, PageWork* w) {
  CreditRole role = CreditLabelRole(w->lines[label_at].text);
  w->Consume(label_at);
  Credits credits;
  int i = label_at + 1;
  for (; i < end; ++i) {
    const LineInfo& l = w->lines[i];
    if (l.kind == LineKind::kBlank) continue;
    if (l.kind == LineKind::kCreditLabel) break;
    if (l.kind != LineKind::kText || InBody(*w, i)) break;
    std::vector<std::string_view> names = NameList(l.text);
    if (names.empty()) {
      if (!LooksLikePersonName(l.text)) break;
      // "Rizal HanafiDian Kartika Sari": two names the text dump glued together.
      names = SplitGluedWords(l.text);
      bool all_names = std::all_of(names.begin(), names.end(), LooksLikePersonName);
      if (!all_names) names = {l.text};
    }
    for (std::string_view name : names) AddCredit(role, name, &credits);
    w->Consume(i);
  }
  MergeCredits(credits, w->article);
  return i;
}

// An author biography after the body: the name lines above it are the authors.
void TakeBio(int bio_at, PageWork* w) {
  int seen = 0;
  std::vector<int> names;
  for (int j = bio_at - 1; j >= 0 && seen < kBioNameReach; --j) {
    const LineInfo& l = w->lines[j];
    if (l.kind == LineKind::kBlank) continue;
    ++seen;
    if (InBody(*w, j) || !LooksLikePersonName(l.text)) break;
    names.push_back(j);
  }
  if (names.empty()) return;
  w->Remove(bio_at, "author-bio");
  std::string first;
  for (auto it = names.rbegin(); it != names.rend(); ++it) {
    std::string name = NormalizePersonName(w->lines[*it].text);
    if (first.empty() || name != first) {
      AddUnique(&w->article->authors, name);
      w->Consume(*it);
      if (first.empty()) first = name;
    } else {
      w->Remove(*it, "author-bio");  // the name printed again above the biography
    }
  }
}

// True when `text` opens with a person's name and their social-media handle: "Natasha
// Turak@NatashaTurak", "Catherine Shu @catherineshu / 2 days".
bool OpensWithNameAndHandle(std::string_view text) {
  size_t at = text.find('@');
  if (at == std::string_view::npos || at + 1 >= text.size()) return false;
  unsigned char next = static_cast<unsigned char>(text[at + 1]);
  std::string_view handle = text.substr(at + 1, text.find_first_of(" @", at + 1) - at - 1);
  if (!std::isalnum(next) || handle.find('.') != std::string_view::npos) return false;  // e-mail
  return LooksLikePersonName(NormalizePersonName(text.substr(0, at)));
}

// The words that open a byline line, in any case: "By", "BY:", "Posted by", "Analysis by".
constexpr std::string_view kBylineOpeners[] = {
    "by: ", "by ", "posted by ", "written by ", "analysis by ", "words by ", "story by "};

// Where a byline's names start in `text`: after an opener at its start (past a list bullet)
// or after a date or a separator ("11/19/2019 by Lars Brandle", "February 1, 2019 | BY: Ilana
// Muhlstein"), at the start of a name followed by its handle, or at the start of names
// followed by an affiliation ("Tom Krisher, AP Auto Writer", "Tanza Loudenback, Business
// Insider").
size_t BylineStart(std::string_view text, const AuthorPage& page) {
  size_t lead = 0;
  if (text.starts_with("\u2022 ") || text.starts_with("- ") || text.starts_with("* ")) {
    lead = text.find(' ') + 1;
  }
  std::string_view rest = text.substr(lead);
  for (std::string_view opener : kBylineOpeners) {
    if (StartsWithIgnoreCase(rest, opener)) return lead + opener.size();
  }
  if (OpensWithNameAndHandle(rest) || EndsWithAffiliation(rest, page)) return lead;
  for (std::string_view cue : {" by ", " BY: ", " By "}) {
    size_t at = text.find(cue);
    if (at == std::string_view::npos || at == 0) continue;
    char before = text[at - 1];
    bool after_date = (before >= '0' && before <= '9') || before == 'M' || before == 'T' ||
                      before == 'm' || before == '|' || before == '-' || before == ',';
    if (after_date) return at + cue.size();
  }
  return std::string_view::npos;
}

// True when one of the two non-blank lines above line i is an image as text browsers print
// it ("[0819fd5e-8]").
bool FollowsImage(const PageWork& w, int i) {
  int seen = 0;
  for (int j = i - 1; j >= 0 && seen < 2; --j) {
    std::string_view text = w.lines[j].text;
    if (w.lines[j].kind == LineKind::kBlank || text.empty()) continue;
    ++seen;
    if (text.front() == '[') return true;
  }
  return false;
}

// True when the first non-blank line after line i is a date line.
bool OverDateLine(const PageWork& w, int i) {
  for (int j = i + 1; j < w.size(); ++j) {
    if (w.lines[j].kind != LineKind::kBlank) return w.lines[j].kind == LineKind::kDate;
  }
  return false;
}

// True when the first non-blank line after line i is an outlet's name and a place ("BBC News,
// Hong Kong").
bool OverOutletAndPlace(const PageWork& w, int i) {
  for (int j = i + 1; j < w.size(); ++j) {
    if (w.lines[j].kind == LineKind::kBlank) continue;
    return !OutletAndPlace(w.lines[j].text, w.article->outlet).empty();
  }
  return false;
}

// True when line i holds only a dash ("-", as Free Malaysia Today prints one between its
// writer's name and the date).
bool DashOnly(const PageWork& w, int i) {
  const std::string_view t = Trim(w.lines[i].text);
  return t == "-" || t == "\xE2\x80\x93" || t == "\xE2\x80\x94";
}

// True when line i, under the headline, is a person's name alone: not a desk's or an outlet's
// name, nor a line a list's or link's mark opens ("* Next Post"), nor an account's badge.
bool NameAloneUnderHeadline(const PageWork& w, int i) {
  const std::string_view text = Trim(w.lines[i].text);
  if (i <= w.title_line || text.empty() || !std::isalpha(static_cast<unsigned char>(text[0])) ||
      !LooksLikePersonName(text) || NamesASiteRole(text) || !SiteForOutletName(text).empty()) {
    return false;
  }
  // "Telegraph Sport" on The Telegraph's page; an account's badge ("Verified Green").
  static constexpr std::string_view kBadgeWords[] = {"verified", "terverifikasi", "premium",
                                                     "official", "resmi"};
  for (std::string_view word : Words(text)) {
    for (std::string_view outlet_word : Words(w.article->outlet)) {
      if (EqualsIgnoreCase(word, outlet_word)) return false;
    }
    for (std::string_view badge : kBadgeWords) {
      if (EqualsIgnoreCase(word, badge)) return false;
    }
  }
  return true;
}

// True when line i is a person's name alone (NameAloneUnderHeadline) right under the headline,
// or under a standfirst (a sentence of eight words or more) right under it, and right over the
// date line (a dash line between allowed): DW's byline ("Hendra Pasuhuk" over "20.11.2025"),
// Free Malaysia Today's ("Qishin Tariq", "-", "19 Nov 2025, 04:40 PM").
bool NameUnderHeadlineOverDate(const PageWork& w, int i) {
  if (!NameAloneUnderHeadline(w, i)) return false;
  int below = w.NextNonBlank(i);
  if (below < w.size() && DashOnly(w, below)) below = w.NextNonBlank(below);
  if (below >= w.size()) return false;
  // A date line, or a date alone in a form the date-line rules do not read ("20.11.2025").
  const LineInfo& date = w.lines[below];
  if (date.kind != LineKind::kDate && (date.kind != LineKind::kText || date.prose.words > 3 ||
                                       date.text.size() > 40 || ParseHtmlDate(date.text).empty())) {
    return false;
  }
  const int above = w.PrevNonBlank(i);
  if (above == w.title_line) return true;
  const LineInfo& standfirst = w.lines[above];
  return above == w.NextNonBlank(w.title_line) && standfirst.kind == LineKind::kText &&
         standfirst.prose.sentence_end && standfirst.prose.words >= 8;
}

// When line i, between the headline and the story, is a name and the writer's post after one
// comma, middle dot or long dash ("Rina Hambali, Jurnalis", "Tom Smith, Staff Writer", "Jane
// Doe \u00b7 Reporter": the post one to three capitalised words, the last a newsroom role), the
// name's length; else 0.
size_t NameBeforePostUnderHeadline(const PageWork& w, int i) {
  if (i <= w.title_line || i >= w.region.begin) return 0;
  const std::string_view text = w.lines[i].text;
  size_t comma = text.find(", ");
  size_t separator = 2;
  for (std::string_view s : kPostSeparators) {
    if (size_t at = text.find(s); at < comma) {
      comma = at;
      separator = s.size();
    }
  }
  if (comma == std::string_view::npos || text.find(',', comma + 1) != std::string_view::npos) {
    return 0;
  }
  const std::vector<std::string_view> post = Words(text.substr(comma + separator));
  if (post.empty() || post.size() > 3 || !IsNewsroomRoleWord(post.back())) return 0;
  const bool capitalised =
      std::all_of(post.begin(), post.end(), [](std::string_view p) { return StartsUpper(p); });
  return capitalised && LooksLikePersonName(text.substr(0, comma)) ? comma : 0;
}

// The words that open a columnist's affiliation under their name: their post or trade.
constexpr std::string_view kAffiliationOpeners[] = {
    "dosen",    "peneliti",   "pengajar",   "mahasiswa", "guru",      "pengamat", "analis",
    "ekonom",   "direktur",   "ketua",      "anggota",   "kepala",    "pendiri",  "praktisi",
    "pegiat",   "aktivis",    "advokat",    "kolumnis",  "alumnus",   "dekan",    "rektor",
    "lecturer", "researcher", "professor",  "fellow",    "analyst",   "director", "economist",
    "student",  "founder",    "co-founder", "associate", "assistant", "senior",   "former"};

// True when line i is a person's name alone (NameAloneUnderHeadline) over their affiliation,
// as an opinion column prints its writer above the text: "Bagas Wicaksono" over "Peneliti Pusat
// Kajian Transportasi Universitas Gadjah Mada", a blog its writer's line ("Guru SD yang suka
// menulis tentang kota kecilnya."). *affiliation receives the affiliation's line.
bool NameOverAffiliation(const PageWork& w, int i, int* affiliation) {
  if (i >= w.region.begin || !NameAloneUnderHeadline(w, i)) return false;
  const int below = w.NextNonBlank(i);
  if (below >= w.region.begin || w.use[below] != LineUse::kUnused) return false;
  const LineInfo& l = w.lines[below];
  const std::vector<std::string_view> words = Words(l.text);
  if (l.kind != LineKind::kText || words.size() < 2 || words.size() > 14 || !StartsUpper(l.text)) {
    return false;
  }
  for (std::string_view opener : kAffiliationOpeners) {
    if (EqualsIgnoreCase(words[0], opener)) {
      *affiliation = below;
      return true;
    }
  }
  return false;
}

}  // namespace

void FindLooseByline(PageWork* w) {
  Article* a = w->article;
  if (!a->authors.empty() || w->title_line < 0) return;
  int from = std::max(0, w->title_line - 4);
  int to = std::min(w->size(), w->region.begin + 4);
  for (int i = from; i < to; ++i) {
    const LineInfo& l = w->lines[i];
    if (i == w->title_line || w->use[i] != LineUse::kUnused || l.text.size() > 120) continue;
    size_t start = BylineStart(l.text, {a->site, a->outlet});
    size_t name_end = std::string_view::npos;  // where the name ends, when a post follows it
    if (start == std::string_view::npos) {
      if (size_t name = NameBeforePostUnderHeadline(*w, i); name > 0) {
        start = 0;  // "Rina Hambali, Jurnalis" under the date line
        name_end = name;
      }
    }
    if (start == std::string_view::npos && IsNameInPlace(l.text) && OverDateLine(*w, i)) {
      start = 0;  // "Tom Whitfield in Brisbane" over the date line
    }
    if (start == std::string_view::npos && CountWords(l.text) <= 4 && OverOutletAndPlace(*w, i)) {
      start = 0;  // "Helen Marsh" over "BBC News, Hong Kong"
    }
    if (start == std::string_view::npos && NameUnderHeadlineOverDate(*w, i)) {
      start = 0;  // "Hendra Pasuhuk" under the standfirst, over "20.11.2025"
    }
    int affiliation = -1;  // the line under the name, when it is the writer's post
    if (start == std::string_view::npos && NameOverAffiliation(*w, i, &affiliation)) {
      start = 0;  // "Bagas Wicaksono" over "Peneliti Pusat Kajian ..."
    }
    if (start == std::string_view::npos) continue;
    // "Al Goldis, Associated Press" under a picture and its caption credits the photograph.
    if (!ContainsIgnoreCase(l.text, "by ") && FollowsImage(*w, i)) continue;
    std::string_view value = std::string_view(l.text).substr(start, name_end);
    if (IsNameInPlace(value)) value = value.substr(0, value.find(" in "));  // BylinePlace's
    std::vector<std::string> names;
    ReadAuthorValue(value, {a->site, a->outlet}, &names);
    bool found = false;
    for (const std::string& name : names) {
      if (!CanonicalAgency(name).empty()) {
        AddUnique(&a->agencies, name);
      } else if (LooksLikePersonName(name)) {
        AddUnique(&a->authors, name);
        found = true;
      }
    }
    if (found) {
      if (w->reason[i].empty()) w->Consume(i);
      if (affiliation >= 0) w->Remove(affiliation, "author-bio");
      return;
    }
  }
}

namespace {

// How many lines above the headline a profile box may stand.
constexpr int kProfileReach = 8;

// How many non-blank lines under the headline a reader view's byline may stand (a standfirst
// may come between).
constexpr int kReaderBylineReach = 2;

// A reader view's reading time alone on its line: "4-5 menit", "3–4 minutes", "5 min read".
bool IsReadingTime(std::string_view text) {
  text = Trim(text);
  size_t i = 0;
  auto digits = [&] {
    size_t from = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
    return i > from;
  };
  if (!digits()) return false;
  for (std::string_view dash : {"-", "\u2013"}) {
    if (!text.substr(i).starts_with(dash)) continue;
    i += dash.size();
    if (!digits()) return false;
    break;
  }
  std::string_view unit = Trim(text.substr(i));
  for (std::string_view u :
       {"menit", "minutes", "minute", "min", "mins", "min read", "menit baca"}) {
    if (EqualsIgnoreCase(unit, u)) return true;
  }
  return false;
}

// A follow button alone on its line ("Ikuti", "+ Follow").
bool IsFollowButton(std::string_view text) {
  text = Trim(text);
  if (!text.empty() && text.front() == '+') text = Trim(text.substr(1));
  return EqualsIgnoreCase(text, "ikuti") || EqualsIgnoreCase(text, "follow");
}

}  // namespace

void FindProfileByline(PageWork* w) {
  Article* a = w->article;
  if (!a->authors.empty() || w->title_line < 0) return;
  int from = std::max(0, w->title_line - kProfileReach);
  int to = std::min(w->size(), w->region.begin);
  for (int i = from; i < to; ++i) {
    if (i == w->title_line || !IsFollowButton(w->lines[i].text)) continue;
    // The name stands on one of the two lines above the button (a bio may come between).
    int seen = 0;
    for (int j = i - 1; j >= 0 && seen < 2; --j) {
      const LineInfo& l = w->lines[j];
      if (l.kind == LineKind::kBlank) continue;
      ++seen;
      if (l.kind != LineKind::kText) return;  // a date or a control between: no profile box
      std::string_view name = Trim(l.text);
      if (j == w->title_line || w->use[j] != LineUse::kUnused || CountWords(name) > 4 ||
          !StartsUpper(name) || !LooksLikePersonName(name)) {
        continue;
      }
      AddUnique(&a->authors, std::string(name));
      w->Consume(j);
      return;
    }
    return;
  }
}

void FindReaderByline(PageWork* w) {
  Article* a = w->article;
  if (!a->authors.empty() || w->title_line < 0) return;
  int seen = 0;
  for (int i = w->title_line + 1; i + 1 < w->region.begin && seen < kReaderBylineReach; ++i) {
    const LineInfo& l = w->lines[i];
    if (l.kind == LineKind::kBlank) continue;
    ++seen;
    if (l.kind != LineKind::kText || w->use[i] != LineUse::kUnused) continue;
    std::string_view name = Trim(l.text);
    if (CountWords(name) > 4 || !StartsUpper(name) || !LooksLikePersonName(name) ||
        !SiteForOutletName(name).empty()) {
      continue;
    }
    // The header's next non-blank line, under the name: the reading time or the site's name (a
    // date alone under a name may follow a badge or a desk's name as well).
    std::string_view next = Trim(w->lines[w->NextNonBlank(i)].text);
    if (!IsReadingTime(next) && SiteForOutletName(next).empty()) continue;
    AddUnique(&a->authors, std::string(name));
    w->Consume(i);
    return;
  }
}

// Where credit lines stop: the article's end, or past credit lines just after it when only
// promotion, pagination, share lines or inline teasers stand between ("Simak ... di Google
// News", "Halaman: 1 2", "Baca juga: ...", then "Editor: Name"), as pages print their credits
// under such lines.
int CreditsEnd(const PageWork& w) {
  int end = w.tail_end, seen = 0;
  for (int i = w.tail_end; i < w.size() && seen < kTrailingCreditReach; ++i) {
    const LineInfo& l = w.lines[i];
    if (l.kind == LineKind::kBlank) continue;
    ++seen;
    if (l.kind == LineKind::kCreditLabel) {
      // "Editor:" alone: the name under it goes with it (TakeLabelledNames reads it).
      const int name = w.NextNonBlank(i);
      end = name < w.size() && w.lines[name].kind == LineKind::kText ? name + 1 : i + 1;
      i = end - 1;
    } else if (l.kind == LineKind::kCredit || l.kind == LineKind::kAgency) {
      end = i + 1;
    } else if (l.kind == LineKind::kText && l.prose.words <= kMaxTopicWords &&
               !l.prose.sentence_end) {
      continue;  // a topic's link under a "more on these topics" prompt ("Ekspor Kopi", "AEKI")
    } else if (l.kind != LineKind::kBoilerplate || (l.reason == "related" && l.ends_article)) {
      break;  // text, or a related list's heading; an inline teaser ("Baca juga: ...") is passed
    }
  }
  return end;
}

namespace {

// The agencies a wire story's contribution note names before "contributed" ("Reuters
// contributed to this report.", "Jane Doe and The Associated Press contributed reporting to
// this story."), appended to *agencies.
void AddContributingAgencies(std::string_view note, std::vector<std::string>* agencies) {
  const size_t verb = note.find(" contributed");
  if (verb == std::string_view::npos) return;
  std::string_view names = note.substr(0, verb);
  while (!names.empty()) {
    size_t cut = std::min(names.find(", "), names.find(" and "));
    std::string_view part = Trim(names.substr(0, cut));
    if (StartsWithIgnoreCase(part, "the ")) part = part.substr(4);
    if (std::string agency = CanonicalAgency(part); !agency.empty()) {
      AddUnique(agencies, std::move(agency));
    }
    if (cut == std::string_view::npos) break;
    names = names.substr(cut + (names[cut] == ',' ? 2 : 5));
  }
}

// "Copyright 2025 The Associated Press. All rights reserved." among the boilerplate lines right
// under the story (kTrailingCopyrightReach of them at most): the story is the wire's. Not a list of
// holders ("Copyright \u00a9 CTK, DPA, Reuters": a site's sources), nor the page's own outlet (a
// wire's own page credits it by its dateline, if at all).
void AddCopyrightAgency(PageWork* w) {
  for (int i = w->tail_end, seen = 0; i < w->size() && seen < kTrailingCopyrightReach; ++i) {
    const LineInfo& l = w->lines[i];
    if (l.kind == LineKind::kBlank) continue;
    ++seen;
    if (l.kind != LineKind::kBoilerplate) return;
    if (l.reason != "footer") continue;
    const std::string_view notice = std::string_view(l.text).substr(0, l.text.find(". "));
    if (notice.find(',') != std::string_view::npos) continue;
    std::string agency = CanonicalAgency(CopyrightName(notice));
    if (agency != w->article->outlet) AddUnique(&w->article->agencies, std::move(agency));
  }
}

}  // namespace

void CollectCredits(PageWork* w) {
  Article* a = w->article;
  AddCopyrightAgency(w);
  int end = CreditsEnd(*w);
  for (int i = 0; i < end; ++i) {
    const LineInfo& l = w->lines[i];
    if (InBody(*w, i) && l.kind == LineKind::kText) continue;
    switch (l.kind) {
      case LineKind::kCredit:
        if (l.credits != nullptr) MergeCredits(*l.credits, a);
        w->Consume(i);
        break;
      case LineKind::kCreditLabel:
        i = TakeLabelledNames(i, end, w) - 1;
        break;
      case LineKind::kAgency: {
        std::string agency;
        std::vector<std::string> more;
        if (ParseAgencyLine(l.text, &agency, &more)) {
          AddUnique(&a->agencies, agency);
          for (std::string& m : more) AddUnique(&a->agencies, m);
        }
        w->Consume(i);
        break;
      }
      case LineKind::kText:
        if (i >= w->region.end && LooksLikeAuthorBio(l.text)) TakeBio(i, w);
        break;
      case LineKind::kBoilerplate:
        if (l.reason == "metadata") AddContributingAgencies(l.text, &a->agencies);
        break;
      default:
        break;
    }
  }
}

namespace {

// A picture agency's or wire's name alone on its line ("Getty Images", "Reuters", "EPA-EFE"):
// the credit BBC News prints over a picture, its caption on the next line.
bool IsBarePhotoCredit(std::string_view text) {
  text = Trim(text);
  if (text.empty() || text.size() > 40) return false;
  static constexpr std::string_view kPictureAgencies[] = {
      "Getty Images", "Shutterstock", "PA Media", "EPA-EFE", "EPA", "AFP via Getty Images"};
  for (std::string_view name : kPictureAgencies) {
    if (text == name) return true;
  }
  return !CanonicalAgency(text).empty();
}

// A caption printed under a bare photo credit: a text line of five words or more without a
// full stop at its end ("The ferry has carried passengers between the two piers since the
// 1920s" under "Getty Images"), where no other rule read it.
bool CaptionUnderBareCredit(const PageWork& w, int i) {
  const LineInfo& l = w.lines[i];
  if (l.kind != LineKind::kText || w.use[i] != LineUse::kUnused || i == w.title_line ||
      l.prose.words < 5 || l.text.back() == '.' || l.text.back() == '"') {
    return false;
  }
  for (int j = i - 1; j >= 0; --j) {
    if (w.lines[j].kind != LineKind::kBlank) return IsBarePhotoCredit(w.lines[j].text);
  }
  return false;
}

// True when line i and the line `credit` under it open the body region: no text line of the
// region that no other rule read comes before i, and one comes after `credit`.
bool OpensRegionOverText(const PageWork& w, int i, int credit) {
  auto story_line = [&](int k) {
    return w.lines[k].kind == LineKind::kText && w.use[k] == LineUse::kUnused && k != w.title_line;
  };
  for (int k = w.region.begin; k < i; ++k) {
    if (story_line(k)) return false;
  }
  for (int k = credit + 1; k < w.region.end; ++k) {
    if (story_line(k)) return true;
  }
  return false;
}

// The line under line i that holds a photo credit alone ("(Image: Name / Getty Images)",
// "Name, Associated Press", "AP/GAVRIIL GRIGOROV", "Credit: Name", captions.h's
// IsPhotoCreditLine), when line i is the caption over it: a text line of three to forty words,
// not the title, that no other rule read and that does not end a sentence unless it stands
// above the story (in the story, a paragraph over a credit is the story's last; above it, as the
// body region's first line or before it, Kompas's and The Diplomat's captions end with a full
// stop); else -1.
int CreditLineUnderCaption(const PageWork& w, int i) {
  const LineInfo& l = w.lines[i];
  if (l.kind != LineKind::kText || w.use[i] != LineUse::kUnused || i == w.title_line ||
      l.prose.words < 3 || l.prose.words > 40) {
    return -1;
  }
  const int next = w.NextNonBlank(i);
  if (next >= w.size() || w.use[next] != LineUse::kUnused) return -1;
  const bool in_story = l.prose.sentence_end && i >= w.region.begin;
  if (in_story && !OpensRegionOverText(w, i, next)) return -1;
  return IsPhotoCreditLine(w.lines[next].text) ? next : -1;
}

}  // namespace

void CollectCaptions(PageWork* w) {
  std::vector<std::string>& captions = w->article->captions;
  std::unordered_set<std::string> seen;
  // The captions in and above the body, then a gallery's right under it (two or more captions
  // after its short text, up to the first line that is neither a caption nor an image; one
  // such line is more often a last paragraph closed by its sources, "(Antara/Reuters)").
  int end = w->region.end, after = 0;
  while (end < w->tail_end &&
         (w->lines[end].kind == LineKind::kCaption || w->lines[end].kind == LineKind::kBlank ||
          w->lines[end].kind == LineKind::kImage)) {
    after += w->lines[end].kind == LineKind::kCaption;
    ++end;
  }
  if (after < kMinGalleryCaptions) end = w->region.end;
  for (int i = 0; i < end; ++i) {
    const LineInfo& l = w->lines[i];
    // A caption with its credit on the line under it is one caption, credit and all.
    if (int credit = CreditLineUnderCaption(*w, i); credit >= 0) {
      std::string text = CollapseSpace(l.text) + " " + CollapseSpace(w->lines[credit].text);
      if (seen.insert(text).second) captions.push_back(std::move(text));
      w->use[i] = w->use[credit] = LineUse::kField;
      i = credit;  // the credit's line is read
      continue;
    }
    if (l.kind != LineKind::kCaption && !CaptionUnderBareCredit(*w, i)) continue;
    std::string text = CollapseSpace(WithoutCaptionLabel(l.text));
    if (!seen.insert(text).second) {
      w->Remove(i, "duplicate-line");  // the same caption printed twice
      continue;
    }
    captions.push_back(std::move(text));
    w->use[i] = LineUse::kField;
  }
}

void CollectSyndication(PageWork* w) {
  for (int i = w->region.begin; i < w->tail_end; ++i) {
    if (w->lines[i].kind != LineKind::kSyndication) continue;
    Syndication s;
    if (!ParseSyndication(w->lines[i].text, &s)) continue;
    // A network's page naming its own site ("Artikel ini telah tayang di Tribun-Bali.com" on
    // tribun-bali.com) was published nowhere else first.
    bool own_site = s.site == w->article->site;
    if (!own_site && w->article->syndicated_from.site.empty()) w->article->syndicated_from = s;
    w->Consume(i);
  }
}

}  // namespace kabar::extract
