// ExtractHtmlArticle: bytes -> UTF-8 -> Gumbo tree -> blocks -> main content + metadata.
//
// The steps, each in its own file:
//   html_charset   BOM / HTTP / <meta> / detection, to UTF-8 (repairs counted)
//   html_document  Gumbo parse; freeing that survives any nesting depth
//   html_metadata  title, dates, authors, section, canonical URL, ... from markup
//   html_blocks    the text as blocks in document order, elements as ranges over them
//   html_content   the content root and a decision (body, heading, caption, removed) per block
// Removed blocks are reported in Article::removed with their 1-based block number as `line`.
#include <algorithm>
#include <cctype>
#include <cstring>
#include <string>

#include "common/ascii_case.h"
#include "extract/agencies.h"
#include "extract/dates.h"
#include "extract/flat_html.h"
#include "extract/html_blocks.h"
#include "extract/html_charset.h"
#include "extract/html_content.h"
#include "extract/html_date.h"
#include "extract/html_document.h"
#include "extract/html_metadata.h"
#include "extract/html_text_analysis.h"
#include "extract/outlets.h"
#include "extract/page_extractors.h"
#include "extract/page_work.h"
#include "extract/publisher_zone.h"
#include "extract/text_util.h"

namespace kabar {
namespace {

constexpr const char* kTitleSeps[] = {" | ",  " - ",      " \u2013 ", " \u2014 ",
                                      " :: ", " \u00ab ", " \u00bb ", "\uff5c"};

// The first letters of the words of `s`, lower case: "One America News Network" -> "oann".
std::string Initials(std::string_view s) {
  std::string out;
  extract::ForEachWord(s, [&](std::string_view w) {
    char c = w[0];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    out.push_back(c);
  });
  return out;
}

// True when a part of a <title> cut off at a separator names the site: its name (or its name
// and an edition), its domain word, or the name's initials ("One America News Network" on
// oann.com).
// A domain word must be `min_word` bytes long to count inside a longer part: a head is
// checked strictly ("Japan - ..." on ap.org keeps its head).
bool NamesTheSite(const std::string& part, const std::string& site_name, const std::string& site,
                  size_t min_word) {
  std::string lower = AsciiLower(part);
  std::string site_word = site.substr(0, site.find('.'));
  std::string name = AsciiLower(site_name);
  if (!name.empty() && (lower == name || (name.size() >= 4 && lower.starts_with(name + ' ')))) {
    return true;  // "대전일보" and "대전일보 모바일" (its mobile edition)
  }
  if (site_word.size() >= min_word && lower.find(site_word) != std::string::npos) return true;
  // "Kabar Banua" on kabarbanua.com: the name written as words.
  std::string joined = lower;
  std::erase(joined, ' ');
  if (site_word.size() >= min_word && joined == site_word) return true;
  return site_word.size() >= 3 && extract::CountWords(part) >= 3 && Initials(part) == site_word;
}

// `title` less one " | Site" tail: the site's name or any short tail (a site or section
// name: fewer than three spaces).
std::string WithoutSiteTail(const std::string& title, const std::string& site_name,
                            const std::string& site) {
  std::string best = title;
  for (const char* sep : kTitleSeps) {
    size_t p = title.rfind(sep);
    if (p == std::string::npos) continue;
    std::string head = title.substr(0, p);
    std::string tail = title.substr(p + std::string_view(sep).size());
    bool tail_is_site =
        NamesTheSite(tail, site_name, site, 2) || std::count(tail.begin(), tail.end(), ' ') < 3;
    if (tail_is_site && head.size() > tail.size() && head.size() < best.size()) best = head;
  }
  return best;
}

// `title` less one "Site :: " head: only the site's own name (a short head is as often a
// place or a rubric the headline needs).
std::string WithoutSiteHead(const std::string& title, const std::string& site_name,
                            const std::string& site) {
  for (const char* sep : kTitleSeps) {
    size_t p = title.find(sep);
    if (p == std::string::npos) continue;
    std::string head = title.substr(0, p);
    std::string tail = title.substr(p + std::string_view(sep).size());
    if (tail.size() > head.size() && NamesTheSite(head, site_name, site, 5)) return tail;
  }
  return title;
}

// Drops " | Site" tails and "Site :: " heads from a <title>-like headline, repeatedly: "X |
// Junín 24 - Noticias de Junín" -> "X".
// `title` without separators at its ends (":: Site :: Headline", "Headline |").
std::string WithoutEndSeparators(const std::string& title) {
  std::string_view t = title;
  auto separator_at = [](std::string_view s, bool front) -> size_t {
    // (Not guillemets: they quote a name at a title's start, "«Tatort» aus München".)
    for (std::string_view sep : {":", "|", "-", "\u2013", "\u2014", "\u2022", "\u00b7", " "}) {
      if (front ? s.starts_with(sep) : s.ends_with(sep)) return sep.size();
    }
    return 0;
  };
  for (size_t n = separator_at(t, true); n > 0 && n < t.size(); n = separator_at(t, true)) {
    t.remove_prefix(n);
  }
  for (size_t n = separator_at(t, false); n > 0 && n < t.size(); n = separator_at(t, false)) {
    t.remove_suffix(n);
  }
  return std::string(t);
}

std::string CleanTitle(const std::string& title, const std::string& site_name,
                       const std::string& site) {
  std::string t = WithoutEndSeparators(title);
  for (int round = 0; round < 3; ++round) {
    std::string next = WithoutSiteHead(WithoutSiteTail(t, site_name, site), site_name, site);
    if (next == t) break;
    t = std::move(next);
  }
  return t;
}

// True when `part` of a title, before or after the headline in it, is only the site's
// decoration: empty, or a separator at the headline's side ("Berita - ", " | Portal ...").
bool IsTitleDecoration(std::string_view part, bool before_headline) {
  if (part.empty()) return true;
  if (before_headline && part.ends_with(": ")) return true;  // "Cetak: X", "Print: X"
  for (std::string_view sep : kTitleSeps) {
    if (before_headline ? part.ends_with(sep) : part.starts_with(sep)) return true;
  }
  return false;
}

// The page's own headline inside a <title> that wraps it in the site's decoration ("Berita -
// X | Portal Resmi Kabupaten Y" with an <h1>..<h3> "X" on the page): the first such heading of
// four words or more standing in `title` between separators; else `title`.
std::string HeadlineInsideTitle(const HtmlBlocks& blocks, const std::string& title) {
  for (const HtmlBlock& b : blocks.blocks) {
    if (b.tag != GUMBO_TAG_H1 && b.tag != GUMBO_TAG_H2 && b.tag != GUMBO_TAG_H3) continue;
    if (b.text.size() >= title.size() || extract::CountWords(b.text) < 4) continue;
    size_t at = title.find(b.text);
    if (at == std::string::npos) continue;
    std::string_view t = title;
    if (IsTitleDecoration(t.substr(0, at), true) &&
        IsTitleDecoration(t.substr(at + b.text.size()), false)) {
      return b.text;
    }
  }
  return title;
}

// When the page's heading stands in the <title> between the site's words and the cleaned
// title is not that heading, the heading is the headline, and its block no body text.
void TakeHeadlineInsideTitle(const HtmlBlocks& blocks, const std::string& html_title,
                             std::vector<BlockDecision>* d, Article* a) {
  std::string headline = HeadlineInsideTitle(blocks, html_title);
  if (headline == html_title || headline == a->title) return;
  a->title = headline;
  for (size_t i = 0; i < blocks.blocks.size(); ++i) {
    BlockRole role = (*d)[i].role;
    if (blocks.blocks[i].text != headline ||
        (role != BlockRole::kBody && role != BlockRole::kHeading)) {
      continue;
    }
    (*d)[i].role = BlockRole::kRemoved;
    (*d)[i].reason = "title";
  }
}

std::string FirstHeading(const HtmlBlocks& blocks, const std::vector<BlockDecision>& d) {
  for (size_t i = 0; i < blocks.blocks.size(); ++i) {
    if (blocks.blocks[i].tag == GUMBO_TAG_H1 && d[i].role == BlockRole::kRemoved) {
      return blocks.blocks[i].text;
    }
  }
  return "";
}

// A date written in a short block, skipping headings (a headline's date is the event's).
std::string BlockDate(const HtmlBlock& b) {
  if (b.text.size() > 120 || b.tag == GUMBO_TAG_H1 || b.tag == GUMBO_TAG_H2) return "";
  return ParseHtmlDate(b.text);
}

// A publication date from a short line near the article when markup gave none: the nearest
// one above the first body block (a byline, not the site header's "today"), else one of the
// ten blocks after it.
std::string DateFromBlocks(const HtmlBlocks& blocks, const std::vector<BlockDecision>& d) {
  size_t first_body = blocks.blocks.size();
  for (size_t i = 0; i < d.size(); ++i) {
    if (d[i].role == BlockRole::kBody) {
      first_body = i;
      break;
    }
  }
  size_t from = first_body > 40 ? first_body - 40 : 0;
  for (size_t i = std::min(first_body, blocks.blocks.size()); i-- > from;) {
    std::string iso = BlockDate(blocks.blocks[i]);
    if (!iso.empty()) return iso;
  }
  for (size_t i = first_body; i < blocks.blocks.size() && i < first_body + 10; ++i) {
    std::string iso = BlockDate(blocks.blocks[i]);
    if (!iso.empty()) return iso;
  }
  return "";
}

// The texts of the links under `node` in document order (at most `max`).
void LinkTexts(const GumboNode* node, size_t max, std::vector<std::string>* out) {
  std::vector<const GumboNode*> stack = {node};
  while (!stack.empty() && out->size() < max) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    if (n->v.element.tag == GUMBO_TAG_A) {
      out->push_back(NodeText(n, 200));
      continue;
    }
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = kids.length; i-- > 0;) {
      stack.push_back(static_cast<const GumboNode*>(kids.data[i]));
    }
  }
}

// The section a page names only in its breadcrumb ("detikNews › Berita"): the last link of
// the first element whose class or id says "breadcrumb", unless that link is the headline,
// the home page or longer than a section name.
std::string SectionFromBreadcrumb(const HtmlBlocks& blocks, const std::string& title) {
  for (const HtmlElement& e : blocks.elements) {
    if (e.reason == nullptr || std::strcmp(e.reason, "navigation") != 0) continue;
    std::string names = AsciiLower(Attr(e.node, "class"));
    names += ' ';
    names += AsciiLower(Attr(e.node, "id"));
    if (names.find("breadcrumb") == std::string::npos) continue;
    std::vector<std::string> links;
    LinkTexts(e.node, 12, &links);
    if (links.size() < 2) return "";  // the home link alone, or a lone crumb
    std::string last = extract::CollapseSpace(links.back());
    std::string lower = AsciiLower(last);
    if (last.empty() || last.size() > 40 || lower == AsciiLower(title) || lower == "home" ||
        lower == "beranda") {
      return "";
    }
    return last;
  }
  return "";
}

// True when class or id names `names` (lower-cased) name a section label ("category",
// "kategori", "kanal", "rubrik", "channel", "cat" as a whole part: "post-cat", "cat-links").
bool NamesSectionLabel(const std::string& names) {
  for (const char* word : {"categor", "kategori", "kanal", "rubri", "channel"}) {
    if (names.find(word) != std::string::npos) return true;
  }
  for (size_t at = names.find("cat"); at != std::string::npos; at = names.find("cat", at + 1)) {
    bool open = at == 0 || !std::isalnum(static_cast<unsigned char>(names[at - 1]));
    size_t end = at + 3;
    if (end < names.size() && names[end] == 's') ++end;
    bool close = end >= names.size() || !std::isalnum(static_cast<unsigned char>(names[end]));
    if (open && close) return true;
  }
  return false;
}

std::string ClassAndId(const GumboNode* node) {
  std::string names = AsciiLower(Attr(node, "class"));
  names += ' ';
  names += AsciiLower(Attr(node, "id"));
  return names;
}

// True when the class or id of element `index` or of its parent names a section label
// (NamesSectionLabel).
bool NamedSectionLabel(const HtmlBlocks& blocks, int index) {
  for (int hop = 0; hop < 2 && index >= 0; ++hop) {
    const HtmlElement& e = blocks.elements[index];
    if (NamesSectionLabel(ClassAndId(e.node))) return true;
    index = e.parent;
  }
  return false;
}

// The first <a> under `node` (itself included); nullptr when there is none.
const GumboNode* FirstLink(const GumboNode* node) {
  std::vector<const GumboNode*> stack = {node};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    if (n->v.element.tag == GUMBO_TAG_A) return n;
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = kids.length; i-- > 0;) {
      stack.push_back(static_cast<const GumboNode*>(kids.data[i]));
    }
  }
  return nullptr;
}

// The index of the headline's block: the first removed as "title", else (a headline inside
// a named page part, such as an "entry-header", keeps that part's reason) the first whose
// text is the title; d.size() when there is none.
size_t HeadlineBlock(const HtmlBlocks& blocks, const std::vector<BlockDecision>& d,
                     const std::string& title) {
  for (size_t t = 0; t < d.size(); ++t) {
    if (std::strcmp(d[t].reason, "title") == 0) return t;
  }
  std::string lower = AsciiLower(title);
  for (size_t t = 0; !lower.empty() && t < d.size(); ++t) {
    if (AsciiLower(blocks.blocks[t].text) == lower) return t;
  }
  return d.size();
}

// True when `name`, lower-cased with its spaces as hyphens, is a directory of `url`'s path:
// "Ekonomi" in "https://www.tempo.co/ekonomi/harga-garam-1882134".
bool NamesUrlDirectory(std::string_view name, std::string_view url) {
  std::string segment = AsciiLower(name);
  std::replace(segment.begin(), segment.end(), ' ', '-');
  size_t scheme = url.find("://");
  size_t path = url.find('/', scheme == std::string_view::npos ? 0 : scheme + 3);
  if (segment.empty() || path == std::string_view::npos) return false;
  std::string lower = AsciiLower(url.substr(path, url.find_first_of("?#", path) - path));
  return lower.find("/" + segment + "/") != std::string::npos;
}

// The section a page names only in a label right above its headline
// ('<div class="category"><a href="/z/2420">Indonesia</a></div>', VOA): one of the two
// blocks before the headline, outside menus and hidden parts, that is one link and nothing
// else, or a label of one or two words without a link, no longer than a section name and
// neither the headline nor the home page. The block (or its parent) must be named as a section
// label, or be one link that is (a WordPress theme's '<a class="primary-category">' in an
// unnamed kicker, Rappler) or whose text is a directory of the page's URL ("News" over
// malaysiakini.com/news/738214, in a "uk-label").
std::string SectionFromLabelAboveTitle(const HtmlBlocks& blocks,
                                       const std::vector<BlockDecision>& d,
                                       const std::string& title, std::string_view url) {
  constexpr size_t kLookBack = 2;
  size_t t = HeadlineBlock(blocks, d, title);
  if (t == d.size()) return "";
  for (size_t k = 1; k <= kLookBack && k <= t; ++k) {
    const HtmlBlock& b = blocks.blocks[t - k];
    if (b.element < 0) continue;
    // Not in a menu, hidden tray or pop-up; an article header may hold it.
    const char* within = b.reason_element < 0 ? nullptr : blocks.elements[b.reason_element].reason;
    if (within != nullptr && std::strcmp(within, "header") != 0) continue;
    const GumboNode* node = blocks.elements[b.element].node;
    std::vector<std::string> links;
    LinkTexts(node, 2, &links);
    std::string label = extract::CollapseSpace(b.text);
    std::string lower = AsciiLower(label);
    // One link that is the whole label, or no link and a label of one or two words.
    bool one_link = links.size() == 1 && label == extract::CollapseSpace(links[0]);
    bool shaped = one_link || (links.empty() && extract::CountWords(label) <= 2);
    if (!shaped || label.empty() || label.size() > 40 || lower == AsciiLower(title) ||
        lower == "home" || lower == "beranda") {
      continue;
    }
    bool named = NamedSectionLabel(blocks, b.element) ||
                 (one_link && (NamesSectionLabel(ClassAndId(FirstLink(node))) ||
                               NamesUrlDirectory(label, url)));
    if (named) return label;
  }
  return "";
}

// True when a class name of `node` marks the menu entry of the page being shown: "active",
// "current", "selected" and the names frameworks give it ("nuxt-link-active",
// "router-link-active", WordPress's "current-menu-item" and, for a post, its category's
// "current-post-ancestor").
bool MarkedCurrent(const GumboNode* node) {
  static constexpr std::string_view kMarks[] = {
      "active",           "is-active",          "current",           "selected",
      "nuxt-link-active", "router-link-active", "current-menu-item", "current-post-ancestor"};
  std::string_view names = Attr(node, "class");
  for (size_t i = 0; i < names.size();) {
    size_t j = names.find(' ', i);
    if (j == std::string_view::npos) j = names.size();
    std::string_view name = names.substr(i, j - i);
    for (std::string_view mark : kMarks) {
      if (EqualsIgnoreCase(name, mark)) return true;
    }
    i = j + 1;
  }
  return false;
}

// The section a page names only by marking it in its menu
// ('<nav><a href="/ekonomi" class="nuxt-link-active">Ekonomi</a></nav>', Tempo): the one text
// the links and list items marked current (MarkedCurrent) under navigation elements show
// that are a directory of the page's URL (NamesUrlDirectory: a language or site switcher, a
// "Trending" tab are not) and not the headline or the home page; "" when there is none or
// more than one.
std::string SectionFromCurrentMenuEntry(const HtmlBlocks& blocks, const std::string& title,
                                        std::string_view url) {
  std::string found;
  for (const HtmlElement& e : blocks.elements) {
    if (e.reason == nullptr || std::strcmp(e.reason, "navigation") != 0) continue;
    if (e.reason_parent >= 0 &&
        std::strcmp(blocks.elements[e.reason_parent].reason, "navigation") == 0) {
      continue;  // inside a menu already walked
    }
    std::vector<const GumboNode*> stack = {e.node};
    while (!stack.empty()) {
      const GumboNode* n = stack.back();
      stack.pop_back();
      if (n->type != GUMBO_NODE_ELEMENT) continue;
      GumboTag tag = n->v.element.tag;
      if ((tag == GUMBO_TAG_A || tag == GUMBO_TAG_LI) && MarkedCurrent(n)) {
        std::string text = extract::CollapseSpace(NodeText(n, 200));
        std::string lower = AsciiLower(text);
        if (text.empty() || text.size() > 40 || lower == AsciiLower(title) || lower == "home" ||
            lower == "beranda" || !NamesUrlDirectory(text, url)) {
          continue;
        }
        if (!found.empty() && found != text) return "";
        found = text;
        continue;
      }
      const GumboVector& kids = n->v.element.children;
      for (unsigned i = kids.length; i-- > 0;) {
        stack.push_back(static_cast<const GumboNode*>(kids.data[i]));
      }
    }
  }
  return found;
}

// The section a page names only in a breadcrumb trail printed as one line right above its
// headline ('<div class="small">Utama &gt; Ekonomi</div>', Bernama): one of the two blocks
// before the headline read as the text path reads a trail line.
std::string SectionFromTrailAboveTitle(const HtmlBlocks& blocks,
                                       const std::vector<BlockDecision>& d, const Article& a) {
  constexpr size_t kLookBack = 2;
  size_t t = HeadlineBlock(blocks, d, a.title);
  if (t == d.size()) return "";
  for (size_t k = 1; k <= kLookBack && k <= t; ++k) {
    std::string section = extract::SectionFromBreadcrumb(blocks.blocks[t - k].text, a);
    if (!section.empty()) return section;
  }
  return "";
}

// "... selama dua bulan pertama.***": the stars some Indonesian papers (the Pikiran Rakyat
// network) glue to a story's last sentence mark its end; they are not text. Removed only after a
// sentence's closing punctuation.
void DropEndMark(std::string* last) {
  constexpr size_t kMinStars = 3;
  size_t stars = 0;
  while (stars < last->size() && (*last)[last->size() - 1 - stars] == '*') ++stars;
  if (stars < kMinStars || stars == last->size()) return;
  char before = (*last)[last->size() - 1 - stars];
  if (before != '.' && before != '!' && before != '?' && before != '"') return;
  last->resize(last->size() - stars);
}

void FillFromBlocks(const HtmlBlocks& blocks, const std::vector<BlockDecision>& d, Article* a) {
  for (size_t i = 0; i < blocks.blocks.size(); ++i) {
    const HtmlBlock& b = blocks.blocks[i];
    switch (d[i].role) {
      case BlockRole::kBody:
      case BlockRole::kHeading:
        if (extract::IsEntryTime(b.text)) {  // a live report's entry time, "13.20 WIT"
          a->removed.push_back({static_cast<int>(i) + 1, b.text, "metadata"});
          break;
        }
        a->body.push_back(b.text);
        break;
      case BlockRole::kCaption:
        // A caption and its credit in two blocks of one caption element (Der Spiegel's
        // "<p>Caption</p><span>Foto: Name / dpa</span>") are one caption.
        if (i > 0 && d[i - 1].role == BlockRole::kCaption && !a->captions.empty() &&
            b.reason_element >= 0 && b.reason_element == blocks.blocks[i - 1].reason_element) {
          a->captions.back() += ' ';
          a->captions.back() += b.text;
        } else {
          a->captions.push_back(b.text);
        }
        break;
      case BlockRole::kField:
      case BlockRole::kRemoved:
        a->removed.push_back({static_cast<int>(i) + 1, b.text, d[i].reason});
        break;
    }
  }
  if (!a->body.empty()) DropEndMark(&a->body.back());
}

void FillMetadata(const HtmlMetadata& m, const RawPage& page, Article* a) {
  a->canonical_url = m.canonical_url;
  a->site = extract::RegistrableSite(page.url);
  if (a->site.empty()) a->site = extract::RegistrableSite(m.canonical_url);
  a->outlet = m.site_name;
  a->title = CleanTitle(m.title, m.site_name, a->site);
  a->lead = m.description;
  a->section = m.section;
  a->published = m.published;
  a->modified = m.modified;
  for (const std::string& name : m.authors) {  // "author": "Reuters" is the agency's credit
    std::string agency = extract::CanonicalAgency(name);
    if (agency.empty()) {
      a->authors.push_back(name);
    } else {
      extract::AddUnique(&a->agencies, agency);
    }
  }
  a->editors = m.editors;
  if (!m.language.empty()) a->language = m.language;
}

// True when the page's metadata names a field of the article: a headline other than the
// <title>, a description, a time, an author, an editor, a section or the site's name.
bool MetadataNamesAField(const HtmlMetadata& m) {
  return (!m.title.empty() && m.title != extract::CollapseSpace(m.html_title)) ||
         !m.description.empty() || !m.published.empty() || !m.modified.empty() ||
         !m.authors.empty() || !m.editors.empty() || !m.section.empty() || !m.site_name.empty();
}

// A flat page (flat_html.h) whose metadata names no field of the article (its markup says
// nothing of either) read as its text dump by the text extractor. The dump's first line is the
// <title>, which is no block: that line leaves `removed`, and the blocks keep their numbers
// there. A canonical URL and a declared language are kept.
Result<Article> ReadFlatDocument(const RawPage& page, const HtmlMetadata& meta,
                                 const HtmlBlocks& blocks, const ExtractOptions& options,
                                 int repaired_utf8) {
  const std::string title_line = extract::CollapseSpace(meta.html_title);
  RawPage dump;
  dump.source = page.source;
  dump.bytes = FlatDocumentText(blocks, title_line);
  dump.url = page.url;
  dump.fetched_at = page.fetched_at;
  dump.input_json = page.input_json;
  dump.title = page.title;
  Result<Article> read = ExtractTextArticle(dump, options, nullptr, nullptr);
  if (!read.ok()) return read;
  Article a = std::move(read).value();
  a.repaired_utf8 += repaired_utf8;
  const int shift = title_line.empty() ? 0 : 1;
  std::erase_if(a.removed, [&](const RemovedLine& r) { return r.line <= shift; });
  for (RemovedLine& r : a.removed) {
    r.line -= shift;
    if (r.last_line > 0) r.last_line -= shift;
  }
  a.canonical_url = meta.canonical_url;
  if (a.site.empty()) a.site = extract::RegistrableSite(meta.canonical_url);
  if (!meta.language.empty()) a.language = meta.language;
  return a;
}

}  // namespace

Result<Article> ExtractHtmlArticle(const RawPage& page, const ExtractOptions& options) {
  Article a;
  a.source = page.source;
  a.url = page.url;
  a.fetched_at = page.fetched_at;
  a.input_json = page.input_json;
  DecodedHtml html = DecodeHtmlBytes(page.bytes, page.charset_hint);
  a.repaired_utf8 = html.repaired;
  HtmlDocument doc(html.Text(page.bytes));
  HtmlMetadata meta = ExtractHtmlMetadata(doc.root(), page.url);
  HtmlBlocks blocks = SplitIntoBlocks(doc.root());
  if (IsFlatDocument(blocks) && !MetadataNamesAField(meta)) {
    return ReadFlatDocument(page, meta, blocks, options, a.repaired_utf8);
  }
  std::vector<BlockDecision> decisions = ClassifyBlocks(blocks, meta.title);
  FillMetadata(meta, page, &a);
  TakeHeadlineInsideTitle(blocks, meta.title, &decisions, &a);
  AnalyseHtmlText(blocks, options.now.empty() ? page.fetched_at : options.now, &decisions, &a);
  FillFromBlocks(blocks, decisions, &a);
  if (a.title.empty()) a.title = FirstHeading(blocks, decisions);
  if (a.section.empty()) a.section = SectionFromBreadcrumb(blocks, a.title);
  const std::string_view url = page.url.empty() ? a.canonical_url : page.url;
  if (a.section.empty()) a.section = SectionFromLabelAboveTitle(blocks, decisions, a.title, url);
  if (a.section.empty()) a.section = SectionFromTrailAboveTitle(blocks, decisions, a);
  if (a.section.empty()) {
    a.section = SectionFromCurrentMenuEntry(blocks, a.title, url);
  }
  // Last, the JSON-LD breadcrumb's last entry (Der Spiegel's "Panorama > Gesellschaft" in a
  // <nav> no class names), unless that entry is the headline or the home page.
  if (a.section.empty() && meta.trail_section.size() <= 40 &&
      AsciiLower(meta.trail_section) != AsciiLower(a.title) &&
      AsciiLower(meta.trail_section) != "home") {
    a.section = meta.trail_section;
  }
  if (a.published.empty()) a.published = DateFromBlocks(blocks, decisions);
  // A wall-clock time no markup or date line gave a zone for, on an Indonesian page (in
  // Indonesian, or on a .id domain / id_ID locale): WIB, where most Indonesian outlets publish;
  // WITA and WIT pages print their zone in the date line (AnalyseHtmlText reads it). Other
  // countries' times stay as written: many span several zones, unless the site is a known
  // outlet of a one-zone country ("Published Nov 20, 2025, 05:10 PM" on straitstimes.com).
  if (a.language == "id" || meta.zone == "Asia/Jakarta") {
    a.published = WithZoneOffset(a.published, "Asia/Jakarta");
  } else {
    a.published = WithZoneOffset(a.published, extract::OutletHomeZone(a.site));
  }
  if (a.body.empty()) return Status::NotFound("no article text in the HTML page");
  return a;
}

}  // namespace kabar
