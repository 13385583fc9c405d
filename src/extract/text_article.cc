// Text extraction, the orchestration.
//
//  1. Split the text into lines and classify each (line_classifier.cc): phrases, metadata,
//     repeats.
//  2. Find the body: the maximum-weight contiguous region of lines (body_finder.cc). When a
//     paragraph near its top opens with a dateline ("TEMPO.CO, Jakarta -"), the body starts
//     there: what precedes it is title, lead and captions.
//  3. Fill the fields around it: title, lead, section, publication time (article_fields.cc),
//     credits, agencies, captions, syndication (article_credits.cc), dateline, dates named in
//     the text.
//  4. List every other non-blank line in Article::removed with a reason: the classifier's,
//     "metadata" for consumed lines, else one derived from where the line sits (teaser lists
//     after the body are "related", menus above it "navigation").
#include "extract/text_article.h"

#include <algorithm>
#include <cctype>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "extract/agencies.h"
#include "extract/author_names.h"
#include "extract/boilerplate.h"
#include "extract/credits.h"
#include "extract/date_line_place.h"
#include "extract/dateline.h"
#include "extract/dates.h"
#include "extract/outlets.h"
#include "extract/page_lines.h"
#include "extract/page_work.h"
#include "extract/publisher_zone.h"
#include "extract/relative_dates.h"
#include "extract/text_util.h"
#include "kabar/normalize.h"

namespace kabar::extract {
namespace {

// How many text lines from the top of the region a dateline paragraph may be found at.
constexpr int kDatelineSearch = 4;
// The fewest words of a story's opening paragraph printed twice (StartAtRepeatedOpening).
constexpr int kMinOpeningWords = 12;
// A teaser line this close (in non-blank lines) to a relative time belongs to a teaser list.
constexpr int kTeaserReach = 3;
// Outlet names in a footer have at most this many words ("The Jakarta Post").
constexpr size_t kMaxOutletWords = 3;
// "2025-07-21T08:47:00": a publication time without its UTC offset.
constexpr size_t kZonelessTime = 19;
// A line repeated inside the body is kept when it is a subheading of at most this many words.
constexpr size_t kRepeatedSubheadingWords = 6;
// A reader view's header (title, standfirst, byline, site name, date) stands within this many
// non-blank lines above the story.
constexpr int kReaderHeaderReach = 6;

// Moves the region start to a dateline paragraph near its top.
void StartAtDateline(PageWork* w) {
  int seen = 0;
  for (int i = w->region.begin; i < w->region.end && seen < kDatelineSearch; ++i) {
    const LineInfo& l = w->lines[i];
    if (l.kind != LineKind::kText) continue;
    ++seen;
    if (l.dateline) {  // ClassifyLines asked ParseDateline of every text line
      w->region.begin = i;
      return;
    }
  }
}

// A page may print the story's opening paragraph twice: under the headline, over the picture
// and the share bar, and again where the story starts (Bisnis). When furniture between pushed
// the first copy out of the region, the second, a duplicate line within kOpeningReach non-blank
// lines of furniture above the region, opens the story when it opens with a dateline.
void StartAtRepeatedOpening(PageWork* w) {
  constexpr int kOpeningReach = 8;
  int seen = 0;
  for (int i = w->PrevNonBlank(w->region.begin); i >= 0 && seen < kOpeningReach;
       i = w->PrevNonBlank(i), ++seen) {
    LineInfo& l = w->lines[i];
    if (l.kind == LineKind::kText) return;  // text above the story: no furniture run
    if (l.reason != "duplicate-line") continue;
    Dateline d;
    if (l.prose.words < kMinOpeningWords || !ParseDateline(l.text, &d)) return;
    l.kind = LineKind::kText;
    l.reason = {};
    l.dateline = true;
    w->region.begin = i;
    return;
  }
}

// A short subheading repeated inside the body ("Bahan:", "Cara membuat:" in each part of a
// recipe) is article text; a repeated title, caption or pull quote is not.
// `body`: the paragraphs taken so far (few; this asks only about short repeated lines).
bool RepeatsBodyParagraph(const LineInfo& l, std::span<const std::string> body) {
  return l.kind == LineKind::kBoilerplate && l.reason == "duplicate-line" &&
         CountWords(l.text) <= kRepeatedSubheadingWords &&
         std::find(body.begin(), body.end(), CollapseSpace(l.text)) != body.end();
}

void CollectBody(PageWork* w) {
  std::vector<std::string>& body = w->article->body;
  const size_t first = body.size();
  for (int i = w->region.begin; i < w->region.end; ++i) {
    if (i == w->title_line || w->use[i] != LineUse::kUnused || !w->reason[i].empty()) continue;
    const LineInfo& l = w->lines[i];
    if (IsEntryTime(l.text)) {
      w->Remove(i, "metadata");  // a live report's entry time, "13:20 WIB"
      continue;
    }
    if (!IsBodyText(l) && !RepeatsBodyParagraph(l, std::span(body).subspan(first))) continue;
    w->use[i] = LineUse::kBody;
    body.push_back(CollapseSpace(l.text));
  }
}

// The index of the last line of the body region taken as body before line `end`, or -1.
int LastBodyLine(const PageWork& w, int end) {
  for (int i = end - 1; i >= w.region.begin; --i) {
    if (w.use[i] == LineUse::kBody) return i;
  }
  return -1;
}

// True when `text` opens with `name` and a space.
bool OpensWithWord(std::string_view text, std::string_view name) {
  return !name.empty() && text.size() > name.size() && text.starts_with(name) &&
         text[name.size()] == ' ';
}

// True when `text` is a credited author's note on themselves: it opens with the author's name
// and says who they are ("Tran Minh Chau is a researcher at ...", "Name adalah dosen ..."), or
// with their name or surname and tells what they do ("Camille Dela Rosa covers health ... for
// Rappler.", "Rattanawong covers agriculture ... for The Associated Press.").
bool IsAuthorNote(std::string_view text, const std::vector<std::string>& authors) {
  bool by_name = false, by_surname = false;
  for (const std::string& author : authors) {
    std::string_view surname = author;
    if (size_t space = surname.rfind(' '); space != std::string_view::npos) {
      surname.remove_prefix(space + 1);
    }
    by_name = by_name || OpensWithWord(text, author);
    by_surname =
        by_surname || (surname.size() >= 3 && surname != author && OpensWithWord(text, surname));
  }
  if (!by_name && !by_surname) return false;
  std::string_view rest = text.substr(text.find(' '));
  if (by_name) {  // who they are, right after the name
    constexpr size_t kReach = 40;
    for (std::string_view is : {" is a ", " is an ", " is the ", " adalah ", " merupakan "}) {
      if (rest.find(is) < kReach) return true;  // npos is no match
    }
  }
  if (LooksLikeAuthorBio(text)) return true;
  for (std::string_view verb : {" covers ", " reports on ", " writes on ", " meliput "}) {
    if (rest.find(verb) != std::string_view::npos) return true;
  }
  return false;
}

// True when `text` heads the notes on a page's writers: "Authors", "About the author",
// "Tentang Penulis".
bool IsAuthorNotesHeading(std::string_view text) {
  text = Trim(text);
  if (text.ends_with(':')) text = Trim(text.substr(0, text.size() - 1));  // "ABOUT THE AUTHOR:"
  for (std::string_view h : {"author", "authors", "about the author", "about the authors",
                             "tentang penulis", "profil penulis"}) {
    if (EqualsIgnoreCase(text, h)) return true;
  }
  return false;
}

// The body's last paragraph, from line `last`, is a writer's note: it leaves the body as
// author-bio.
void DropLastParagraphAsAuthorBio(int last, PageWork* w) {
  w->article->body.pop_back();
  w->use[last] = LineUse::kUnused;
  w->Remove(last, "author-bio");
}

// The last paragraphs, when they are the credited authors' notes on themselves
// (IsAuthorNote), are not the story's end: each note goes, with the author's name printed alone
// above it ("SOMCHAI RATTANAWONG") and the heading over them all ("Authors").
void DropAuthorNote(PageWork* w) {
  Article* a = w->article;
  if (a->authors.empty()) return;
  bool noted = false;
  for (int last = LastBodyLine(*w, w->region.end); last >= 0 && a->body.size() >= 2;
       last = LastBodyLine(*w, last)) {
    const std::string& text = a->body.back();
    const bool name =
        noted && std::any_of(a->authors.begin(), a->authors.end(), [&](const std::string& author) {
          return EqualsIgnoreCase(text, author);
        });
    if (!name && !IsAuthorNote(text, a->authors) && !(noted && IsAuthorNotesHeading(text))) {
      return;
    }
    noted = true;
    DropLastParagraphAsAuthorBio(last, w);
  }
}

// A heading over the writers' notes ("Tentang Penulis", "About the author") among the last
// paragraphs ends the story even when no byline credited the writer (DropAuthorNote needs
// one): the heading and the one or two notes under it go.
void DropNotesUnderAuthorHeading(PageWork* w) {
  constexpr size_t kMaxNotes = 2;
  Article* a = w->article;
  size_t heading = a->body.size();
  for (size_t back = 2; back <= kMaxNotes + 1 && back < a->body.size(); ++back) {
    if (IsAuthorNotesHeading(a->body[a->body.size() - back])) heading = a->body.size() - back;
  }
  if (heading == a->body.size()) return;
  for (int last = LastBodyLine(*w, w->region.end); last >= 0 && a->body.size() > heading;
       last = LastBodyLine(*w, last)) {
    DropLastParagraphAsAuthorBio(last, w);
  }
}

bool IsListItem(std::string_view s) {
  if (s.size() < 3) return false;
  if (s[0] == '-' || s[0] == '*') return s[1] == ' ';
  if (s.substr(0, 3) == "\xE2\x80\xA2") return true;  // •
  size_t i = 0;
  while (i < s.size() && i < 3 && s[i] >= '0' && s[i] <= '9') ++i;
  return i > 0 && i < s.size() && (s[i] == '.' || s[i] == ')');
}

// True for a footer line (the kind first: most lines are of another).
bool IsFooter(const LineInfo& l) {
  return l.kind == LineKind::kBoilerplate && l.reason == "footer";
}

// The outlet's note on itself or its desk after the story, under a heading in the footer's
// words ("Tentang Cek Fakta Liputan6.com", "About Us"), is prose too, and a few paragraphs of it
// outweigh the heading in the region search: the story ends at the heading.
void EndAtOutletNote(PageWork* w) {
  bool story = false;
  for (int i = w->region.begin; i < w->region.end; ++i) {
    const LineInfo& l = w->lines[i];
    story = story || l.kind == LineKind::kText;
    if (!story || !IsFooter(l)) continue;
    if (StartsWithIgnoreCase(l.text, "tentang ") || StartsWithIgnoreCase(l.text, "about ")) {
      w->region.end = i;
      return;
    }
  }
}

// A list the article introduces with a colon ("Berikut syaratnya:") and that closes it: its
// items are not sentences, so the region search stops before them. Items are marked ("- ",
// "1.", a bullet), or, set one under the other with no blank line from the colon's line on,
// short lines without a mark (a tour's dates: "June 9 -- Coral Sky Amphitheatre, West Palm
// Beach, FL").
void ExtendThroughList(PageWork* w) {
  constexpr int kMaxUnmarkedItemWords = 25;
  int last = w->region.end - 1;
  while (last >= w->region.begin && w->lines[last].kind == LineKind::kBlank) --last;
  if (last < w->region.begin) return;
  std::string_view prev = w->lines[last].text;
  if (prev.empty() || prev.back() != ':') return;
  int end = w->region.end;
  bool blank_seen = last + 1 < w->region.end;
  for (int i = w->region.end; i < w->size(); ++i) {
    const LineInfo& l = w->lines[i];
    if (l.kind == LineKind::kBlank) {
      blank_seen = true;
      continue;
    }
    const bool unmarked = !blank_seen && l.prose.words <= kMaxUnmarkedItemWords;
    if (l.kind != LineKind::kText || !(IsListItem(l.text) || unmarked)) break;
    end = i + 1;
  }
  w->region.end = end;
}

// The first line after the body that ends the article (a related heading, comments, footer).
void FindTailEnd(PageWork* w) {
  w->tail_end = w->size();
  for (int i = w->region.end; i < w->size(); ++i) {
    const LineInfo& l = w->lines[i];
    if (!l.ends_article) continue;
    if (l.reason == "hashtag" || l.reason == "tags" || l.reason == "sponsor") continue;
    w->tail_end = i;
    return;
  }
}

// A reader API's "Published Time:" header comes from the page's metadata. The page's own date
// line wins: it is what the outlet prints with the story, where metadata is now and then the
// time the page was modified or generated. The header gives the time when the page shows none,
// or shows less of the same time (the day alone, or the time without its zone).
void UseReaderPublished(const std::string& header, Article* a) {
  if (!header.empty() && header.starts_with(a->published)) a->published = header;
}

// Outlets print local time. A known outlet's time without its zone is in the outlet's home
// zone: WIB (+07:00) for most Indonesian ones, WITA or WIT for those based further east (Bali
// Post, Jubi), that country's zone for an outlet of another country of one zone ("Published
// Nov 20, 2025, 05:10 PM" on straitstimes.com). Any other Indonesian page's is WIB, the zone of
// Java and Sumatra where most outlets are (WITA and WIT pages mostly name their zone); a page
// is Indonesian when its site is under .id or its text is in Indonesian.
// The same for the modification time ("Updated ..."), which the same page prints in the same
// zone.
void AssumeLocalZone(PageWork* w) {
  Article* a = w->article;
  auto zoneless = [](const std::string& t) { return t.size() == kZonelessTime && t[10] == 'T'; };
  if (!zoneless(a->published) && !zoneless(a->modified)) return;
  const std::string home = OutletHomeZone(a->site);
  bool indonesian = false;
  if (home.empty()) {
    // The text the language field is read from (the normalizer asks about it again): a page
    // whose times are taken as WIB is one whose language is "id".
    indonesian = IsIndonesianSite(a->site) || IdentifyLanguage(LanguageSample(*a)) == "id";
  }
  for (std::string* t : {&a->published, &a->modified}) {
    if (!zoneless(*t)) continue;
    *t = indonesian ? *t + "+07:00" : WithZoneOffset(*t, home);
  }
}

std::string CopyrightHolder(const PageWork& w);

// The place a byline above the body gives after a credited author's name, when the body opens
// with no dateline: "Dimas Hartono in Jakarta" ("Dimas Hartonoin Jakarta" as a text dump glues
// the two elements), "By X in Kuala Lumpur": one to three capitalised words after "in"; or
// after an outlet's name on the line under the author's ("BBC News, Hong Kong").
std::string BylinePlace(const PageWork& w) {
  const Article& a = *w.article;
  for (int i = 0; i < w.region.begin && !a.authors.empty(); ++i) {
    std::string_view text = Trim(w.lines[i].text);
    if (text.size() > 100) continue;
    if (StartsWithIgnoreCase(text, "by ")) text.remove_prefix(3);
    for (const std::string& author : a.authors) {
      if (!text.starts_with(author)) continue;
      if (text.size() == author.size()) {  // "Helen Marsh" over "BBC News, Hong Kong"
        int next = i + 1;
        while (next < w.size() && w.lines[next].kind == LineKind::kBlank) ++next;
        std::string_view place =
            next < w.size() ? OutletAndPlace(w.lines[next].text, a.outlet) : std::string_view();
        if (!place.empty()) return std::string(place);
        continue;
      }
      std::string_view rest = Trim(text.substr(author.size()));
      if (!rest.starts_with("in ")) continue;
      std::string_view place = Trim(rest.substr(3));
      std::vector<std::string_view> words = Words(place);
      bool capitalised = !words.empty() && words.size() <= 3;
      for (std::string_view word : words) {
        capitalised =
            capitalised && StartsUpper(word) && std::all_of(word.begin(), word.end(), [](char c) {
              return std::isalpha(static_cast<unsigned char>(c)) != 0;
            });
      }
      if (capitalised) return std::string(place);
    }
  }
  return "";
}

// The longest line read as a dateline printed over the story's first paragraph.
constexpr size_t kMaxDatelineLine = 60;

// "TVRINews, Jakarta" alone on the line over the story's first paragraph (a bold dateline that
// the dump printed as a line of its own; furniture may stand between): read as if it opened the
// paragraph, and taken only when it names a source (an outlet or an agency), as a place alone on
// a line may be anything. Returns the line's index and fills *d, or -1.
int DatelineOverBody(const PageWork& w, Dateline* d) {
  int first = -1;
  for (int i = w.region.begin; i < w.region.end && first < 0; ++i) {
    if (w.use[i] == LineUse::kBody) first = i;
  }
  // A picture, a share bar or a teaser the dump printed between the two is passed over.
  constexpr int kMaxLinesBetween = 8;
  int above = first < 0 ? -1 : w.PrevNonBlank(first);
  for (int between = 0; above >= 0 && between < kMaxLinesBetween; ++between) {
    const LineKind kind = w.lines[above].kind;
    if (kind != LineKind::kBoilerplate && kind != LineKind::kImage && kind != LineKind::kCaption) {
      break;
    }
    above = w.PrevNonBlank(above);
  }
  if (above < 0 || above == w.title_line || w.use[above] != LineUse::kUnused ||
      w.lines[above].text.size() > kMaxDatelineLine) {
    return -1;
  }
  const std::string joined = std::string(w.lines[above].text) + " - " +
                             std::string(w.lines[first].text.substr(0, kMaxDatelineLine));
  Dateline found;
  if (!ParseDateline(joined, &found) || found.length != w.lines[above].text.size() + 3) return -1;
  if (found.site.empty() && found.agency.empty()) return -1;
  *d = std::move(found);
  return above;
}

// True when `place` is the page's own outlet's name written without its spaces ("IDXChannel -"
// on idxchannel.com, whose outlet is "IDX Channel"): the outlet opening its story, no place. (A
// name that is the place's itself stays: "CLEVELAND, Ohio" on cleveland.com names the city.)
bool SpellsTheOutlet(std::string_view place, const Article& a) {
  if (a.outlet.find(' ') == std::string::npos) return false;
  auto squeezed = [](std::string_view s) {
    std::string out;
    for (char c : s) {
      if (c != ' ') out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    return out;
  };
  return !place.empty() && squeezed(place) == squeezed(a.outlet);
}

void ApplyDateline(PageWork* w) {
  Article* a = w->article;
  if (a->body.empty()) return;
  // An outlet kabar does not know still names itself in its copyright line: the dateline part
  // with that name ("Lintas Pagi, Makassar --") is the outlet, not the place. (Not the outlet
  // name derived from a domain: "CLEVELAND, Ohio" on cleveland.com names the city.)
  std::string holder = a->site.empty() ? CopyrightHolder(*w) : "";
  Dateline d;
  if (!ParseDateline(a->body.front(), holder, &d) &&
      !ParseColonDateline(a->body.front(), a->site, &d) &&
      !ParseStopDateline(a->body.front(), a->site, &d)) {
    if (int over = DatelineOverBody(*w, &d); over >= 0) {
      w->Consume(over);
      a->dateline = d.place;
      if (!d.agency.empty()) AddUnique(&a->agencies, d.agency);
      if (a->site.empty() && !d.site.empty()) {
        a->site = d.site;
        a->outlet = d.outlet;
      }
      return;
    }
    a->dateline = BylinePlace(*w);
    // "Jakarta ● Sat, November 22, 2025": the place the publication date line opens with.
    if (a->dateline.empty() && w->published_line >= 0) {
      a->dateline = PlaceOpeningDateLine(w->lines[w->published_line].text, *a);
    }
    return;
  }
  a->dateline = SpellsTheOutlet(d.place, *a) ? "" : d.place;
  if (!d.agency.empty()) AddUnique(&a->agencies, d.agency);
  if (a->site.empty() && !d.site.empty()) {  // "MEDAN, Waspada.id: ..."
    a->site = d.site;
    a->outlet = d.outlet;
  }
}

std::string SiteFromFooter(const PageWork& w, bool own_holder, std::string_view masthead);
std::string SiteOfMasthead(std::string_view text);
std::string SiteFromReaderHeader(const PageWork& w);

// `masthead` without a last word that names an edition of an outlet ("Nikkei Asia",
// "VnExpress International"): the outlet's own name; "" when the last word names none or
// nothing is left before it. (Not a language: "Tempo English" is Tempo's English pages.)
std::string_view EditionBase(std::string_view masthead) {
  static constexpr std::string_view kEditions[] = {"Asia", "International"};
  size_t space = masthead.rfind(' ');
  if (space == std::string_view::npos || space == 0) return {};
  std::string_view last = masthead.substr(space + 1);
  for (std::string_view edition : kEditions) {
    if (last == edition) return Trim(masthead.substr(0, space));
  }
  return {};
}
std::string_view MastheadText(const PageWork& w);
std::string PageCopyrightHolder(const PageWork& w);

// The page's site: the caller's (from the URL), else the dateline's, else a copyright line's.
void DetermineSite(const std::string& hint, PageWork* w) {
  Article* a = w->article;
  a->site = hint;
  const std::string_view masthead = MastheadText(*w);  // looked for once: it reads lines
  for (int i = w->region.begin; a->site.empty() && i < w->region.end; ++i) {
    const LineInfo& l = w->lines[i];
    if (l.kind != LineKind::kText) continue;
    Dateline d;
    if (l.dateline && ParseDateline(l.text, &d)) {
      a->site = d.site;  // l.dateline: it parses
    } else if (ParseColonDateline(l.text, "", &d)) {
      a->site = d.site;  // "MEDAN, Waspada.id: ...", which the classifier does not flag
    }
    break;
  }
  // "JAKARTA, KOMPAS \u2014" under the masthead "Kompas.id": the dateline names the outlet, the
  // masthead its site (Kompas's daily, not kompas.com). Not when the page's URL gave the site.
  if (!a->site.empty() && a->url.empty()) {
    std::string masthead_site = SiteFromToken(Trim(masthead));
    if (!masthead_site.empty() && masthead_site != a->site && !OutletName(masthead_site).empty() &&
        OutletName(masthead_site) == OutletName(a->site)) {
      a->site = std::move(masthead_site);
    }
  }
  const std::string holder = PageCopyrightHolder(*w);
  // A wire's notice of the story names no site when the page names its own holder.
  const bool own_holder = !holder.empty() && CanonicalAgency(holder).empty();
  if (a->site.empty()) a->site = SiteFromFooter(*w, own_holder, masthead);
  if (a->site.empty()) a->site = SiteOfMasthead(masthead);
  if (a->site.empty()) a->site = SiteFromReaderHeader(*w);
  a->outlet = OutletNameAsWritten(a->site, masthead);
  // "Nikkei Asia", "VnExpress International" atop the page: the outlet's edition by its name.
  if (std::string_view edition = Trim(masthead);
      !a->outlet.empty() && EqualsIgnoreCase(EditionBase(edition), a->outlet)) {
    a->outlet = std::string(edition);
  }
  std::string from_copyright = OutletFromCopyright(a->site, holder, masthead);
  if (!from_copyright.empty()) a->outlet = from_copyright;
}

// The holder the first footer line that names one names ("\u00a9 2025 The Bali Current."), but
// a wire's notice of the story ("Copyright 2025 The Associated Press.", a paper printing the
// wire's copy) gives way to a later footer line's holder that is no wire, the page's own.
std::string PageCopyrightHolder(const PageWork& w) {
  std::string wire_holder;
  for (const LineInfo& l : w.lines) {
    if (!IsFooter(l)) continue;
    std::string holder = CopyrightName(l.text);
    if (holder.empty()) continue;
    if (CanonicalAgency(holder).empty()) return holder;
    if (wire_holder.empty()) wire_holder = std::move(holder);
  }
  return wire_holder;
}

// The name a copyright line holds besides its sign, year and reservation ("Lintas Pagi (c)
// 2025", "\u00a9 2025 The Harbor Ledger. All rights reserved."): one to four words, each
// capitalised; "" when there is none.
std::string CopyrightHolder(const PageWork& w) {
  for (const LineInfo& l : w.lines) {
    if (!IsFooter(l)) continue;
    std::string_view text = l.text;
    bool marked = ContainsIgnoreCase(text, "(c)") || text.find("\xC2\xA9") != text.npos;
    if (!marked) continue;
    std::vector<std::string_view> kept;
    for (std::string_view word : Words(text)) {
      if (EqualsIgnoreCase(word, "copyright") || EqualsIgnoreCase(word, "c") ||
          std::isdigit(static_cast<unsigned char>(word[0]))) {
        continue;
      }
      kept.push_back(word);
    }
    // "All rights reserved", "Hak cipta dilindungi ...": the holder's name comes before.
    size_t n = 0;
    while (n < kept.size() && StartsUpper(kept[n]) && !EqualsIgnoreCase(kept[n], "all") &&
           !EqualsIgnoreCase(kept[n], "hak")) {
      ++n;
    }
    if (n == 0 || n > 4) continue;
    std::string_view first = kept[0], last = kept[n - 1];
    std::string_view name(first.data(), last.data() + last.size() - first.data());
    while (!name.empty() && (name.back() == '.' || name.back() == ',')) name.remove_suffix(1);
    return std::string(name);
  }
  return "";
}

// True for an accessible site's skip link or its heading ("Skip to main content", "Lompat ke
// konten utama", "Accessibility links", VOA's "Akses Utama").
bool IsSkipLink(std::string_view text) {
  static constexpr std::string_view kOpenings[] = {
      "skip to ",   "skip links",         "skip navigation",     "jump to ",
      "lompat ke ", "langsung ke konten", "accessibility links", "akses utama"};
  for (std::string_view opening : kOpenings) {
    if (StartsWithIgnoreCase(text, opening)) return true;
  }
  return false;
}

// `text` without the words a logo link's text adds after the outlet's name, "The Guardian -
// Back to home", "Kompas - Kembali ke beranda": the name.
std::string_view WithoutHomeLink(std::string_view text) {
  static constexpr std::string_view kHomeLinks[] = {" - back to home",       " - back to homepage",
                                                    " - go to homepage",     " - go to home page",
                                                    " - kembali ke beranda", " - ke beranda"};
  for (std::string_view link : kHomeLinks) {
    if (text.size() > link.size() && EndsWithIgnoreCase(text, link)) {
      return Trim(text.substr(0, text.size() - link.size()));
    }
  }
  return text;
}

// True for a notice a page may print before its masthead: a cookie notice, an ad's or a login
// prompt ("Baca berita dengan sedikit iklan, klik di sini").
bool IsNoticeOverMasthead(const LineInfo& l) {
  return l.kind == LineKind::kBoilerplate &&
         (l.reason == "cookie" || l.reason == "ad" || l.reason == "login");
}

// The page's first non-blank line: its masthead when it prints the logo as text (its home
// link's words left out). Skip links come before it on accessible sites, and notices
// (IsNoticeOverMasthead) with their one- or two-word buttons ("Setuju", "I Accept"). *index
// receives the line's index (-1 when there is none).
std::string_view FirstLineText(const PageWork& w, int* index) {
  bool after_notice = false;
  *index = -1;
  for (int i = 0; i < w.size(); ++i) {
    const LineInfo& l = w.lines[i];
    if (l.kind == LineKind::kBlank || IsSkipLink(l.text)) continue;
    if (IsNoticeOverMasthead(l)) {
      after_notice = true;
      continue;
    }
    if (after_notice && l.kind == LineKind::kText && CountWords(l.text) <= 2 &&
        SiteForOutletName(Trim(l.text)).empty()) {
      after_notice = false;  // the notice's button
      continue;
    }
    *index = i;
    return WithoutHomeLink(l.text);
  }
  return {};
}

// The site a masthead's text names when it is nothing but a known outlet's name or a domain
// ("The Jakarta Post", "Kompas.com"), such a name and its edition ("Nikkei Asia"), or one of
// its channels ("detikNews"); "" otherwise.
std::string SiteOfMasthead(std::string_view text) {
  text = Trim(text);
  if (text.empty()) return "";
  std::string site = SiteForOutletName(text);
  if (site.empty() && text.find(' ') == std::string_view::npos) site = SiteFromToken(text);
  if (site.empty()) site = SiteForOutletName(EditionBase(text));
  if (site.empty()) site = SiteForChannelBrand(text);  // "detikNews"
  return site;
}

// The page's masthead as text: its first line (FirstLineText), or, when that names no known
// outlet, the first of the next kMastheadReach non-blank lines above the story that does, as
// pages print a ticker ("BREAKING NEWS" and a headline), a font-size control ("A-", "A+") or a
// player's prompt ("Listen to this article") over their logo.
std::string_view MastheadText(const PageWork& w) {
  constexpr int kMastheadReach = 4;
  // No outlet's name or domain is longer ("The Sydney Morning Herald - Back to home"): longer
  // lines are not asked about.
  constexpr size_t kMaxMastheadBytes = 48;
  int first = -1;
  const std::string_view text = FirstLineText(w, &first);
  if (first < 0 || !SiteOfMasthead(text).empty()) return text;
  int seen = 0;
  for (int i = first + 1; i < w.region.begin && seen < kMastheadReach; ++i) {
    const LineInfo& l = w.lines[i];
    if (l.kind == LineKind::kBlank) continue;
    ++seen;
    if (l.text.size() > kMaxMastheadBytes) continue;
    const std::string_view candidate = Trim(WithoutHomeLink(l.text));
    const std::string site = SiteOfMasthead(candidate);
    // A domain there is the site itself, not a host under it (a hit counter's "Top.Mail.Ru").
    const bool domain = candidate.find('.') != std::string_view::npos;
    if (!site.empty() && (!domain || EqualsIgnoreCase(candidate, site))) return candidate;
  }
  return text;
}

// A reader view (Safari's, Chrome's reading mode) prints the site's name on a line of its own
// right above or below the date line (blank lines between aside): the site of the first line within
// kReaderHeaderReach non-blank lines above the story that is nothing but a known outlet's name
// ("The Jakarta Post" over "Jakarta ● Sat, November 22, 2025"; not an agency's credit line) next to
// a date line, or one of its channels ("kumparanNEWS" over "24 November 2025 10:12 WIB").
std::string SiteFromReaderHeader(const PageWork& w) {
  auto is_date = [&w](int i) {
    return i >= 0 && i < w.size() && w.lines[i].kind == LineKind::kDate;
  };
  int seen = 0;
  for (int i = w.region.begin - 1; i >= 0 && seen < kReaderHeaderReach; --i) {
    const LineInfo& l = w.lines[i];
    if (l.kind == LineKind::kBlank) continue;
    ++seen;
    if (l.kind == LineKind::kAgency || l.kind == LineKind::kDate ||
        (!is_date(w.PrevNonBlank(i)) && !is_date(w.NextNonBlank(i)))) {
      continue;
    }
    std::string site = SiteForOutletName(Trim(l.text));
    if (site.empty()) site = SiteForChannelBrand(Trim(l.text));  // "kumparanNEWS"
    if (!site.empty()) return site;
  }
  return "";
}

// True when words[i, i + n) are followed by more words with which they spell the masthead
// (the page's name for itself, in any case; `name` is its words) and are not the whole
// masthead themselves.
bool OpensMastheadName(const std::vector<std::string_view>& words, size_t i, size_t n,
                       const std::vector<std::string_view>& name) {
  if (name.size() <= n || i + name.size() > words.size()) return false;
  for (size_t k = 0; k < name.size(); ++k) {
    std::string_view w = words[i + k];
    if (k + 1 == name.size()) {
      while (!w.empty() && (w.back() == '.' || w.back() == ',')) w.remove_suffix(1);
    }
    if (!EqualsIgnoreCase(w, name[k])) return false;
  }
  return true;
}

// `line` up to a "Powered by" (any case) that names the software the site runs on.
std::string_view WithoutPoweredBy(std::string_view line) {
  for (size_t at = line.find("owered by"); at != std::string_view::npos;
       at = line.find("owered by", at + 1)) {
    if (at > 0 && (line[at - 1] | 0x20) == 'p') return line.substr(0, at - 1);
  }
  return line;
}

// The site named in a copyright line ("© 2024 Tempo - Hak Cipta ...", "Copyright KOMPAS.com",
// "Copyright © 2024 CNN Indonesia."): a domain token, else the longest run of up to
// kMaxOutletWords words naming a known outlet, the earliest first; not a wire's notice of the
// story ("\u00a9 Reuters" under it) when the page names a holder of its own (`own_holder`).
// `masthead`: MastheadText(w).
std::string SiteFromFooter(const PageWork& w, bool own_holder, std::string_view masthead) {
  std::vector<std::string_view> masthead_words;  // split once the first footer line comes
  bool masthead_split = false;
  for (const LineInfo& l : w.lines) {
    if (!IsFooter(l)) continue;
    if (!masthead_split) {
      masthead_words = Words(Trim(masthead));
      masthead_split = true;
    }
    // "... All Rights Reserved. Powered by WordPress.com VIP": the vendor of the site's software
    // is not the site.
    std::vector<std::string_view> words = Words(WithoutPoweredBy(l.text));
    for (size_t i = 0; i < words.size(); ++i) {
      std::string site = SiteFromToken(words[i]);
      for (size_t n = std::min(kMaxOutletWords, words.size() - i); site.empty() && n > 0; --n) {
        std::string_view run(words[i].data(),
                             words[i + n - 1].data() + words[i + n - 1].size() - words[i].data());
        while (!run.empty() && (run.back() == '.' || run.back() == ',' || run.back() == ';')) {
          run.remove_suffix(1);
        }
        // "\u00a9 2025 Suara Warga" under the masthead "Suara Warga": a known name ("Suara")
        // opening the name the page gives itself is not that outlet.
        std::string named = SiteForOutletName(run);
        if (!named.empty() && !OpensMastheadName(words, i, n, masthead_words)) {
          site = std::move(named);
        }
      }
      if (site.empty()) continue;
      if (own_holder && !CanonicalAgency(CopyrightName(l.text)).empty()) break;
      return site;
    }
  }
  return "";
}

bool NearRelativeTime(const PageWork& w, int i) {
  int seen = 0;
  for (int j = i + 1; j < w.size() && seen < kTeaserReach; ++j) {
    if (w.lines[j].kind == LineKind::kBlank) continue;
    ++seen;
    if (w.lines[j].kind == LineKind::kRelativeTime) return true;
  }
  seen = 0;
  for (int j = i - 1; j >= 0 && seen < kTeaserReach; --j) {
    if (w.lines[j].kind == LineKind::kBlank) continue;
    ++seen;
    if (w.lines[j].kind == LineKind::kRelativeTime) return true;
  }
  return false;
}

// The reason an unused line is removed, when nothing decided one explicitly.
std::string_view DerivedReason(const PageWork& w, int i, std::string_view zone) {
  const LineInfo& l = w.lines[i];
  switch (l.kind) {
    case LineKind::kBoilerplate:
      return l.reason;
    case LineKind::kImage:
      return "image";
    case LineKind::kRelativeTime:
      return "related";
    case LineKind::kBlank:
      return {};
    default:
      break;
  }
  if (i >= w.region.end) {
    if (!zone.empty()) return zone;
    if (NearRelativeTime(w, i)) return "related";
    if (IsMetadataKind(l.kind)) return "metadata";
    return "other";
  }
  if (i < w.region.begin) {
    if (NearRelativeTime(w, i)) return "related";
    if (l.kind == LineKind::kText && l.prose.words <= 4) return "navigation";
  }
  if (l.kind == LineKind::kCaption) return "caption";
  if (IsMetadataKind(l.kind)) return "metadata";
  return "other";
}

// The lines ListRemoved may list: the unused lines with text.
size_t UnusedTextLines(const PageWork& w) {
  size_t n = 0;
  for (int i = 0; i < w.size(); ++i) {
    n += w.lines[i].kind != LineKind::kBlank && w.use[i] == LineUse::kUnused;
  }
  return n;
}

void ListRemoved(PageWork* w) {
  // Room for them all at once: a page removes dozens of lines, and each regrowth of the
  // vector moved the lines listed so far.
  w->article->removed.reserve(w->article->removed.size() + UnusedTextLines(*w));
  std::string_view zone;
  for (int i = 0; i < w->size(); ++i) {
    const LineInfo& l = w->lines[i];
    if (i >= w->region.end && l.ends_article &&
        (l.reason == "related" || l.reason == "comments" || l.reason == "comment-policy" ||
         l.reason == "footer")) {
      zone = l.reason == "comment-policy" ? "comments" : l.reason;
    }
    if (l.kind == LineKind::kBlank || w->use[i] != LineUse::kUnused) continue;
    std::string_view why = w->reason[i];
    if (why.empty()) why = DerivedReason(*w, i, zone);
    if (why.empty()) continue;
    w->article->removed.push_back(RemovedLine{l.number, std::string(l.text), std::string(why)});
  }
}

// Each author without a job title glued to the name (author_names.h), each name once.
void CutGluedJobTitles(std::vector<std::string>* authors) {
  std::vector<std::string> cut;
  for (const std::string& name : *authors) AddUnique(&cut, std::string(WithoutGluedJobTitle(name)));
  *authors = std::move(cut);
}

}  // namespace

Status ExtractFromText(std::string_view text, const TextHints& hints, const ExtractOptions& options,
                       const SiteLineStats* stats, Article* article) {
  std::vector<PageLine> lines = SplitPageLines(text, options.max_line_bytes);
  PageWork w;
  w.article = article;
  if (!hints.now.empty()) ParseIsoTime(hints.now, &w.now);
  ClassifyContext ctx;
  ctx.site = hints.site;
  ctx.stats = stats;
  ctx.now = w.now;
  w.lines = ClassifyLines(lines, ctx);
  w.use.assign(w.lines.size(), LineUse::kUnused);
  w.reason.assign(w.lines.size(), std::string_view());
  w.region = FindBodyRegion(w.lines);
  if (w.region.empty()) return Status::NotFound("no article text");
  EndAtOutletNote(&w);
  StartAtDateline(&w);
  StartAtRepeatedOpening(&w);
  ExtendThroughList(&w);
  DetermineSite(hints.site, &w);
  FindTailEnd(&w);
  FindTitle(hints.title, &w);
  CollectCaptions(&w);
  CollectCredits(&w);
  CollectSyndication(&w);
  FindPublished(hints.published, &w);
  UseReaderPublished(hints.reader_published, article);
  FindLooseByline(&w);
  FindProfileByline(&w);
  FindReaderByline(&w);
  FindLeadAndSection(&w);
  FindCreditBeforeSection(&w);
  CollectBody(&w);
  DropAuthorNote(&w);
  DropNotesUnderAuthorHeading(&w);
  CutGluedJobTitles(&article->authors);
  if (article->body.empty()) return Status::NotFound("no article text");
  ApplyDateline(&w);
  AssumeLocalZone(&w);
  std::string running;
  size_t running_size = article->lead.size();
  for (const std::string& p : article->body) running_size += 1 + p.size();
  running.reserve(running_size);  // one allocation, not one per doubling
  running += article->lead;
  for (const std::string& p : article->body) {
    running += '\n';
    running += p;
  }
  FindAgencyCredits(running, &article->agencies);
  FindMentionedDates(running, &article->dates_mentioned);
  FindWeekdayDates(running, article->published, &article->dates_mentioned);
  FindYesterdayDates(running, article->published, &article->dates_mentioned);
  FindRelativeDates(running, article->published, &article->dates_mentioned);
  if (article->dates_mentioned.empty()) {
    FindRecentPhotoDates(article->captions, article->published, &article->dates_mentioned);
  }
  ListRemoved(&w);
  return Status::OK();
}

}  // namespace kabar::extract
