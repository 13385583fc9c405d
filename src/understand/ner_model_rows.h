// The NER model's rows, as the text model file lists them (ner.h documents the format), and
// their parser. The text file stays the model's source of truth: the build step
// embed_ner_model.cc parses it once with ParseNerModelText and writes the rows into the
// library as arrays of floats, so a process that tags names reads no float text at start-up.
#ifndef KABAR_UNDERSTAND_NER_MODEL_ROWS_H_
#define KABAR_UNDERSTAND_NER_MODEL_ROWS_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "kabar/status.h"
#include "understand/ner_tags.h"

namespace kabar::understand {

constexpr int kNerModelVersion = 3;
constexpr int kNerDimBits = 20;
constexpr uint32_t kNerDim = uint32_t{1} << kNerDimBits;

using TagWeights = std::array<float, kNumTags>;

// A view of a model's rows. The pointers must outlive the view.
struct NerRowsView {
  const TagWeights* bias = nullptr;     // one weight per tag
  const uint32_t* features = nullptr;   // `rows` feature indices (each < kNerDim), file order
  const TagWeights* weights = nullptr;  // `rows` rows of one weight per tag
  size_t rows = 0;
};

// The rows of a parsed text model (owns them).
struct NerModelRows {
  TagWeights bias{};
  std::vector<uint32_t> features;
  std::vector<TagWeights> weights;

  NerRowsView View() const { return {&bias, features.data(), weights.data(), features.size()}; }
};

// Parses the model text. kCorruption ("NER model: ...") when the magic, version or a line is
// wrong; an empty text has no magic.
Result<NerModelRows> ParseNerModelText(std::string_view text);

// The rows of data/ner/ner-model.txt, parsed at build time (embedded_ner_rows.cc, generated
// by embed_ner_model.cc). The status ParseNerModelText gave at build time when the file was
// missing or wrong (before the first training), else OK.
Status EmbeddedNerRowsStatus();
NerRowsView EmbeddedNerRows();  // REQUIRES: EmbeddedNerRowsStatus().ok()

}  // namespace kabar::understand

#endif  // KABAR_UNDERSTAND_NER_MODEL_ROWS_H_
