// ExtractArticle for text pages, and GuessSite. The work is done by ExtractFromText
// (text_article.cc); this file checks the page's size and bytes, fills provenance and chooses
// how the page's text is read (PageReading).
#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "extract/char_refs.h"
#include "extract/dateline.h"
#include "extract/dump_markup.h"
#include "extract/html_date.h"
#include "extract/joined_lines.h"
#include "extract/outlets.h"
#include "extract/page_extractors.h"
#include "extract/page_spaces.h"
#include "extract/text_article.h"
#include "extract/text_node_lines.h"
#include "extract/text_util.h"
#include "extract/wrapped_lines.h"
#include "kabar/extract.h"
#include "kabar/normalize.h"

namespace kabar {
namespace {

// How much of a page GuessSite reads when looking for a dateline.
constexpr size_t kGuessBytes = 32 << 10;

bool LooksBinary(std::string_view bytes) {
  return std::memchr(bytes.data(), '\0', std::min<size_t>(bytes.size(), 1 << 16)) != nullptr;
}

// The text the text rules read of a page: a Markdown or text-browser dump as the text it shows
// (ReadDumpMarkup), a dump wrapped at a fixed width with its paragraphs joined again
// (UnwrapLines; the tools wrap what they print, link reference marks and Markdown included), a
// scraper's text printed one text node per line with its inline runs joined (JoinTextNodeLines),
// else the page as it is. MapToPage gives `removed` the page's line numbers and its lines as
// printed.
class PageReading {
 public:
  explicit PageReading(std::string_view printed)
      : printed_(printed), markup_(extract::SniffDumpMarkup(printed)) {
    if (markup_ != extract::DumpMarkup::kNone) shown_ = extract::ReadDumpMarkup(printed, markup_);
    if (extract::UnwrapLines(printed, shown(), &joined_)) {
      joining_ = Joining::kWrapped;
    } else if (markup_ == extract::DumpMarkup::kNone && extract::IsTextNodePerLine(printed)) {
      joined_ = extract::JoinTextNodeLines(printed);
      joining_ = Joining::kTextNodes;
    }
  }

  std::string_view text() const {
    return joining_ != Joining::kNone ? std::string_view(joined_.text) : shown();
  }

  void MapToPage(std::vector<RemovedLine>* removed) const {
    if (joining_ != Joining::kNone) extract::MapJoinedLines(joined_, removed);
    // A line's text is as the rules read it. A dump's lines read through their marks, and a
    // wrapped paragraph's lines joined, are given back as the page printed them; a run of text
    // nodes keeps its joined text (its pieces glued as the page shows them: "Name" + ",").
    if (markup_ != extract::DumpMarkup::kNone) {
      extract::RestorePrintedText(printed_, extract::PrintedText::kAll, removed);
    } else if (joining_ == Joining::kWrapped) {
      extract::RestorePrintedText(printed_, extract::PrintedText::kJoined, removed);
    }
  }

 private:
  // Which lines of the page were joined before the text rules read it.
  enum class Joining { kNone, kWrapped, kTextNodes };

  // The page as its marks show it (the page itself when it has none).
  std::string_view shown() const {
    return markup_ == extract::DumpMarkup::kNone ? printed_ : std::string_view(shown_);
  }

  std::string_view printed_;
  extract::DumpMarkup markup_;
  std::string shown_;
  Joining joining_ = Joining::kNone;
  extract::JoinedLines joined_;
};

}  // namespace

std::string GuessSite(const RawPage& page) {
  if (!page.url.empty()) {
    std::string site = extract::RegistrableSite(page.url);
    if (!site.empty()) return site;
  }
  std::string_view source = extract::ReaderSourceUrl(page.bytes);
  if (!source.empty()) {
    std::string site = extract::RegistrableSite(std::string(source));
    if (!site.empty()) return site;
  }
  std::string_view text(page.bytes.data(), std::min(page.bytes.size(), kGuessBytes));
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = extract::Trim(text.substr(start, end - start));
    start = end + 1;
    if (line.size() < 30) continue;
    extract::Dateline d;
    if (extract::ParseDateline(line, &d) && !d.site.empty()) return d.site;
  }
  return "";
}

Result<Article> ExtractTextArticle(const RawPage& page, const ExtractOptions& options,
                                   const SiteLineStats* site_stats,
                                   const std::string_view* guessed_site) {
  if (page.bytes.size() > options.max_page_bytes) {
    return Status::ResourceExhausted("page larger than the limit (" +
                                     std::to_string(options.max_page_bytes) + " bytes)");
  }
  if (LooksBinary(page.bytes)) return Status::Corruption("binary data (NUL bytes)");
  Article a;
  a.source = page.source;
  a.url = page.url;
  a.fetched_at = page.fetched_at;
  a.input_json = page.input_json;
  std::string text = RepairUtf8(page.bytes, &a.repaired_utf8);
  extract::UnifyLineBreaks(&text);
  if (extract::Trim(text).empty()) return Status::NotFound("empty page");
  extract::TextHints hints;
  // A JSON record's title escaped for HTML, as content systems' APIs give it ("Kim Jong
  // Un&#8217;s visit", "Banjir &amp; longsor"): the characters meant.
  hints.title = DecodeCharRefs(page.title);
  hints.site = guessed_site != nullptr ? std::string(*guessed_site) : GuessSite(page);
  hints.now = options.now.empty() ? page.fetched_at : options.now;
  hints.reader_published = ParseHtmlDate(extract::ReaderPublishedTime(page.bytes));
  PageReading reading(text);
  std::string spaced;  // the reading with ASCII spaces, when it has others (page_spaces.h)
  const bool respaced = extract::UnifySpaces(reading.text(), &spaced);
  Status s = extract::ExtractFromText(respaced ? std::string_view(spaced) : reading.text(), hints,
                                      options, site_stats, &a);
  if (!s.ok()) return s;
  reading.MapToPage(&a.removed);
  return a;
}

}  // namespace kabar
