// kabar_extract_lines FILE: a development aid for the text extractor. Prints each line of FILE
// with what the first pass made of it (kind, reason, prose score, region weight), and marks
// the body region, so a wrong extraction can be traced to the line that caused it.
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "extract/body_finder.h"
#include "extract/line_classifier.h"
#include "extract/page_lines.h"

namespace {

const char* KindName(kabar::extract::LineKind k) {
  using kabar::extract::LineKind;
  switch (k) {
    case LineKind::kBlank:
      return "blank";
    case LineKind::kText:
      return "text";
    case LineKind::kBoilerplate:
      return "boiler";
    case LineKind::kImage:
      return "image";
    case LineKind::kCaption:
      return "caption";
    case LineKind::kDate:
      return "date";
    case LineKind::kRelativeTime:
      return "reltime";
    case LineKind::kCredit:
      return "credit";
    case LineKind::kCreditLabel:
      return "label";
    case LineKind::kAgency:
      return "agency";
    case LineKind::kSyndication:
      return "synd";
  }
  return "?";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: kabar_extract_lines FILE\n");
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string text = ss.str();
  auto lines = kabar::extract::SplitPageLines(text, 64 << 10);
  auto info = kabar::extract::ClassifyLines(lines, {});
  auto region = kabar::extract::FindBodyRegion(info);
  for (size_t i = 0; i < info.size(); ++i) {
    const auto& l = info[i];
    if (l.kind == kabar::extract::LineKind::kBlank) continue;
    bool in_region = static_cast<int>(i) >= region.begin && static_cast<int>(i) < region.end;
    std::printf("%c%4d %-8s %-14.*s q=%.2f w=%+6.2f %s%.*s\n", in_region ? '*' : ' ', l.number,
                KindName(l.kind), static_cast<int>(l.reason.size()), l.reason.data(), l.prose.score,
                kabar::extract::LineWeight(l), l.dateline ? "[DL] " : "",
                static_cast<int>(std::min<size_t>(l.text.size(), 90)), l.text.data());
  }
  return 0;
}
