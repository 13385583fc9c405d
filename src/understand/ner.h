// The NER sequence labeller: a maximum-entropy Markov model. A linear model (L2-regularised
// logistic regression) over hashed token features (word, affixes, shape, neighbouring words,
// gazetteer tags, dictionary word or not) plus the previous tag gives each tag a probability;
// Viterbi decoding finds the best sequence under the IOB constraint (I-X only after B-X or
// I-X). Weights are trained with liblinear by tools/kabar_train_ner (see data/ner/README.md)
// and stored in a small text model file:
//
//   kabar-ner-model <version>
//   dim <log2 of the hashed feature space>
//   tags O B-PER I-PER B-LOC I-LOC B-ORG I-ORG
//   bias <one weight per tag>
//   rows <n>
//   <feature index> <one weight per tag>      (n lines; features whose weights are all small
//                                              are omitted: see the trainer's --prune)
//
// Thread safety: a parsed NerModel is immutable; Tag may be called from many threads.
#ifndef KABAR_UNDERSTAND_NER_H_
#define KABAR_UNDERSTAND_NER_H_

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "kabar/status.h"
#include "understand/common_words.h"
#include "understand/ner_model_rows.h"
#include "understand/ner_tags.h"

namespace kabar::understand {

// One sentence (or paragraph) prepared for tagging. Fill `words` and `gaz`, then call
// Prepare() to compute the lower-case forms, shapes and, for capitalised words, whether the
// word is in the dictionary (a capitalised word that is not is most likely a name).
//
// `lower` and `shape` view buffers owned by this object: they stay valid until the next
// Prepare() (hence no copies). lower[i + 1] starts where lower[i] ends (one buffer, in
// token order). Reuse one NerInput per thread: the buffers are kept.
struct NerInput {
  NerInput() = default;
  NerInput(const NerInput&) = delete;
  NerInput& operator=(const NerInput&) = delete;

  std::vector<std::string_view> words;  // tokens as written
  std::vector<uint8_t> gaz;             // gazetteer IOB tag per token (kO when none)
  std::vector<std::string_view> lower;  // ASCII lower case of words[i]
  std::vector<std::string_view> shape;  // "Xx", "X", "x", "d", "Xx-x", ...
  std::vector<uint8_t> upper;           // 1: token has an upper-case letter, else 0
  // "speech" (IsSpeechVerb or IsReportVerb), "attrib" (IsAfterVerb), "role" (IsRoleWord),
  // "prep" (IsPreposition) or empty, the first that applies.
  std::vector<std::string_view> word_class;
  std::vector<uint8_t> known;       // 1: capitalised and a dictionary word (0 without a dictionary)
  std::vector<uint64_t> word_hash;  // of lower[i]; features combine these, not the strings
  std::vector<uint64_t> shape_hash;  // of shape[i]
  void Prepare(const CommonWords* dictionary);

 private:
  std::string lower_buffer_;  // the bytes `lower` views
  std::string shape_buffer_;  // the bytes `shape` views
};

// Tag-independent features of token i (hashed indices in [0, kNerDim)), appended to *out.
void TokenFeatures(const NerInput& in, size_t i, std::vector<uint32_t>* out);

// Features that depend on the previous tag (kO at sentence start), appended to *out.
void PrevTagFeatures(const NerInput& in, size_t i, uint8_t prev_tag, std::vector<uint32_t>* out);

// True when the decoder must look at token i; other tokens are O without scoring: entities
// in news are capitalised, apart from inner words ("dan", "Luar Negeri") and a few heads
// ("gedung", "kementerian") just before a capitalised word.
bool NeedsTagging(const NerInput& in, size_t i, uint8_t prev_tag);

class NerModel {
 public:
  // Parses the model text. kCorruption when the magic, version or a line is wrong.
  static Result<std::unique_ptr<NerModel>> Parse(std::string_view text);

  // The model of the given rows (copied). kCorruption when a feature is >= kNerDim or there
  // are more than kNerDim rows.
  static Result<std::unique_ptr<NerModel>> FromRows(const NerRowsView& rows);

  // The model compiled into the library (data/ner/ner-model.txt, parsed at build time): the
  // same weights as Parse(EmbeddedNerModel()), and the same status when that file is missing
  // or wrong.
  static Result<std::unique_ptr<NerModel>> Embedded();

  // Tags every token of `in` (after Prepare()).
  void Tag(const NerInput& in, std::vector<uint8_t>* tags) const;

  size_t rows() const { return keys_.size() == 0 ? 0 : rows_; }

 private:
  // One weight per tag, padded with zeros to 8 lanes: adding a row is then whole-vector
  // arithmetic (two 4-wide additions). Lanes from kNumTags on are never read.
  static constexpr int kLanes = 8;
  static_assert(kNumTags <= kLanes);
  using Weights = std::array<float, kLanes>;
  void AddRow(uint32_t feature, Weights* scores) const;

  Weights bias_{};
  // Open addressing: keys_[slot] = feature + 1 (0 = empty), weights_[slot].
  std::vector<uint32_t> keys_;
  std::vector<Weights> weights_;
  size_t rows_ = 0;
};

// Role words that news puts before a name but that are not part of it ("presiden",
// "menteri", "juru", "bicara", "minister", ...). `lower` is lower case.
bool IsRoleWord(std::string_view lower);

// Back-off for names the model does not know, in the most common pattern of news: a
// capitalised role, optionally a known organisation or place, then one to three untagged
// Title Case words ("Kanselir Jerman Olaf Scholz", "Foreign Minister Sergei Lavrov",
// "Kepala BPS Amalia Adininggar"): those words become a person, unless they are dictionary
// words ("Ketua Umum", "Menteri Agama"). Does nothing when `common` is not loaded.
void TagNamesAfterRoles(const NerInput& in, const CommonWords& common, std::vector<uint8_t>* tags);

// Moves role words out of the front of person names: "Presiden Joko Widodo" tagged whole
// becomes "Joko Widodo", and in "Secretary of State Antony Blinken" the word after "<role>
// of" belongs to the role when at least two name words follow it.
void TrimRolesFromNames(const NerInput& in, std::vector<uint8_t>* tags);

// An entity span over tokens [begin, end) of type index `type`.
struct TagSpan {
  size_t begin = 0;
  size_t end = 0;
  int type = 0;
};

// The entity spans of an IOB tag sequence (an I-X that does not continue an X starts one).
std::vector<TagSpan> TagsToSpans(const std::vector<uint8_t>& tags);

}  // namespace kabar::understand

#endif  // KABAR_UNDERSTAND_NER_H_
