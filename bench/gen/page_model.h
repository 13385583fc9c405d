// The generated page before it is written out: lines, each labelled with what it is, plus
// the metadata the page states. Writers turn it into a text dump (now), HTML or WARC records
// (issue 3); the labels are the ground truth.
#ifndef KABAR_BENCH_GEN_PAGE_MODEL_H_
#define KABAR_BENCH_GEN_PAGE_MODEL_H_

#include <string>
#include <vector>

namespace kabar::gen {

// What a line is. kBody lines (and the title) are the article; everything else is not.
enum class LineLabel {
  kTitle,
  kBody,
  kLead,
  kCaption,
  kByline,
  kDate,
  kNavigation,
  kLogin,
  kAd,
  kRelated,
  kSocial,
  kFooter,
  kBlank,
};

const char* LabelName(LineLabel label);

struct PageLine {
  std::string text;
  LineLabel label;
};

struct GeneratedPage {
  std::string site;      // invented domain, e.g. "wartanusantara.id"
  std::string outlet;    // invented outlet name
  std::string language;  // of the article text
  std::string source;    // "<origin>:<id>" of the article text
  std::string title;
  std::string published;  // ISO 8601 with offset
  std::string dateline;   // place, when the layout writes one
  std::vector<std::string> authors;
  std::vector<PageLine> lines;
};

}  // namespace kabar::gen

#endif  // KABAR_BENCH_GEN_PAGE_MODEL_H_
