#include "understand/ner_corpus.h"

#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>
#include <tuple>

namespace kabar::understand {

namespace {

// Tag names of other corpora mapped to ours: NERGrit's PERSON, PLACE and ORGANISATION.
int CorpusTagIndex(std::string_view tag) {
  int t = TagIndex(tag);
  if (t >= 0 || tag.size() < 3) return t;
  std::string_view prefix = tag.substr(0, 2);
  std::string_view type = tag.substr(2);
  std::string_view ours = type == "PERSON"         ? "PER"
                          : type == "PLACE"        ? "LOC"
                          : type == "ORGANISATION" ? "ORG"
                                                   : "";
  int index = TypeIndex(ours);
  if (index < 0) return -1;
  if (prefix == "B-") return BeginTag(index);
  if (prefix == "I-") return InsideTag(index);
  return -1;
}

}  // namespace

Result<std::vector<TaggedSentence>> ReadConll(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::IOError("cannot read " + path);
  std::vector<TaggedSentence> out(1);
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      if (!out.back().words.empty()) out.emplace_back();
      continue;
    }
    size_t first = line.find_first_of(" \t");
    size_t last = line.find_last_of(" \t");
    if (first == std::string::npos) {
      return Status::Corruption(path + ":" + std::to_string(line_no) +
                                ": expected TOKEN [POS] TAG");
    }
    int tag = CorpusTagIndex(std::string_view(line).substr(last + 1));
    if (tag < 0) {
      return Status::Corruption(path + ":" + std::to_string(line_no) + ": unknown tag");
    }
    out.back().words.push_back(line.substr(0, first));
    out.back().tags.push_back(static_cast<uint8_t>(tag));
  }
  if (out.back().words.empty()) out.pop_back();
  return out;
}

void PrepareNerInput(const std::vector<std::string>& words, const Gazetteer& gaz,
                     const CommonWords* dictionary, NerInput* in) {
  in->words.assign(words.begin(), words.end());
  in->gaz.assign(words.size(), kO);
  in->Prepare(dictionary);
  gaz.Match(*in, &in->gaz);
}

double TypeScore::Precision() const {
  int d = true_positives + false_positives;
  return d == 0 ? 0 : static_cast<double>(true_positives) / d;
}
double TypeScore::Recall() const {
  int d = true_positives + false_negatives;
  return d == 0 ? 0 : static_cast<double>(true_positives) / d;
}
double TypeScore::F1() const {
  double p = Precision(), r = Recall();
  return p + r == 0 ? 0 : 2 * p * r / (p + r);
}

void NerScore::Add(const std::vector<uint8_t>& gold, const std::vector<uint8_t>& predicted) {
  auto key = [](const TagSpan& s) { return std::make_tuple(s.begin, s.end, s.type); };
  std::set<std::tuple<size_t, size_t, int>> g, p;
  for (const TagSpan& s : TagsToSpans(gold)) g.insert(key(s));
  for (const TagSpan& s : TagsToSpans(predicted)) p.insert(key(s));
  for (const auto& s : p) {
    TypeScore& t = by_type[std::get<2>(s)];
    bool hit = g.count(s) > 0;
    (hit ? t.true_positives : t.false_positives)++;
    (hit ? overall.true_positives : overall.false_positives)++;
  }
  for (const auto& s : g) {
    if (p.count(s)) continue;
    by_type[std::get<2>(s)].false_negatives++;
    overall.false_negatives++;
  }
}

std::string NerScore::Format() const {
  std::ostringstream out;
  char buf[128];
  auto row = [&](std::string_view name, const TypeScore& s) {
    std::snprintf(buf, sizeof buf, "| %-7s | %.3f | %.3f | %.3f | %5d |\n",
                  std::string(name).c_str(), s.Precision(), s.Recall(), s.F1(),
                  s.true_positives + s.false_negatives);
    out << buf;
  };
  out << "| type    | P     | R     | F1    | gold  |\n|---|---|---|---|---|\n";
  for (int t = 0; t < kNumTypes; ++t) row(kTypeNames[t], by_type[t]);
  row("overall", overall);
  return out.str();
}

}  // namespace kabar::understand
