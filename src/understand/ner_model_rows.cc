#include "understand/ner_model_rows.h"

#include <charconv>
#include <string>
#include <type_traits>

namespace kabar::understand {
namespace {

// Reads the text model's white-space separated words and numbers.
class ModelTextReader {
 public:
  explicit ModelTextReader(std::string_view text)
      : p_(text.data()), end_(text.data() + text.size()) {}

  std::string_view Word() {
    while (p_ < end_ && IsSpace(*p_)) ++p_;
    const char* b = p_;
    while (p_ < end_ && !IsSpace(*p_)) ++p_;
    return {b, static_cast<size_t>(p_ - b)};
  }

  // Integer or float (from_chars: the nearest value, the same on every build).
  template <typename T>
  bool Number(T* v) {
    std::string_view w = Word();
    auto r = std::from_chars(w.data(), w.data() + w.size(), *v);
    return r.ec == std::errc() && r.ptr == w.data() + w.size();
  }

 private:
  static bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

  const char* p_;
  const char* end_;
};

Status Bad(std::string_view what) { return Status::Corruption("NER model: " + std::string(what)); }

Status ReadHeader(ModelTextReader* in, NerModelRows* rows, size_t* count) {
  if (in->Word() != "kabar-ner-model") return Bad("missing magic 'kabar-ner-model'");
  int version = 0;
  if (!in->Number(&version) || version != kNerModelVersion) return Bad("unsupported version");
  int dim = 0;
  if (in->Word() != "dim" || !in->Number(&dim) || dim != kNerDimBits) return Bad("bad dim");
  if (in->Word() != "tags") return Bad("missing tags");
  for (int t = 0; t < kNumTags; ++t) {
    if (in->Word() != kTagNames[t]) return Bad("unexpected tag set");
  }
  if (in->Word() != "bias") return Bad("missing bias");
  for (int t = 0; t < kNumTags; ++t) {
    if (!in->Number(&rows->bias[t])) return Bad("bad bias");
  }
  if (in->Word() != "rows" || !in->Number(count) || *count > kNerDim) return Bad("bad row count");
  return Status::OK();
}

}  // namespace

Result<NerModelRows> ParseNerModelText(std::string_view text) {
  ModelTextReader in(text);
  NerModelRows rows;
  size_t count = 0;
  Status s = ReadHeader(&in, &rows, &count);
  if (!s.ok()) return s;
  rows.features.reserve(count);
  rows.weights.reserve(count);
  for (size_t r = 0; r < count; ++r) {
    uint32_t feature = 0;
    if (!in.Number(&feature) || feature >= kNerDim) return Bad("bad row " + std::to_string(r));
    TagWeights w{};
    for (int t = 0; t < kNumTags; ++t) {
      if (!in.Number(&w[t])) return Bad("bad weight in row " + std::to_string(r));
    }
    rows.features.push_back(feature);
    rows.weights.push_back(w);
  }
  return rows;
}

}  // namespace kabar::understand
