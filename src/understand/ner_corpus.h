// Annotated NER corpora (CoNLL: `TOKEN POS TAG` or `TOKEN<TAB>TAG` per line, blank line between
// sentences; NERGrit's PERSON/PLACE/ORGANISATION read as PER/LOC/ORG) and
// entity-level scoring (exact span and type), shared by the trainer and the evaluation bench.
#ifndef KABAR_UNDERSTAND_NER_CORPUS_H_
#define KABAR_UNDERSTAND_NER_CORPUS_H_

#include <array>
#include <string>
#include <vector>

#include "kabar/status.h"
#include "understand/gazetteer.h"
#include "understand/ner.h"

namespace kabar::understand {

struct TaggedSentence {
  std::vector<std::string> words;
  std::vector<uint8_t> tags;
};

// Reads a CoNLL file (CRLF or LF). kIOError if unreadable; kCorruption names the line of an
// unknown tag.
Result<std::vector<TaggedSentence>> ReadConll(const std::string& path);

// Fills `in` for `words` (views into `words`, which must outlive `in`), with gazetteer tags
// and dictionary flags (`dictionary` may be null or not loaded).
void PrepareNerInput(const std::vector<std::string>& words, const Gazetteer& gaz,
                     const CommonWords* dictionary, NerInput* in);

struct TypeScore {
  int true_positives = 0;
  int false_positives = 0;
  int false_negatives = 0;
  double Precision() const;
  double Recall() const;
  double F1() const;
};

struct NerScore {
  std::array<TypeScore, kNumTypes> by_type;
  TypeScore overall;
  // Adds one sentence: gold and predicted IOB tags.
  void Add(const std::vector<uint8_t>& gold, const std::vector<uint8_t>& predicted);
  // A table: type, P, R, F1, gold count.
  std::string Format() const;
};

}  // namespace kabar::understand

#endif  // KABAR_UNDERSTAND_NER_CORPUS_H_
