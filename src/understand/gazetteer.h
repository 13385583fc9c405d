// Gazetteer: known names (countries, Indonesian provinces and regencies, the alias table) as
// token sequences, matched longest-first. It gives the NER model a feature and is, on its own,
// the baseline the model is measured against.
//
// Thread safety: Match may be called from many threads once the gazetteer is built.
#ifndef KABAR_UNDERSTAND_GAZETTEER_H_
#define KABAR_UNDERSTAND_GAZETTEER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/flat_u64_map.h"
#include "understand/alias_table.h"
#include "understand/ner.h"

namespace kabar::understand {

class Gazetteer {
 public:
  // Adds every spelling of `aliases` and the built-in Indonesian regions.
  void Build(const AliasTable& aliases);

  // Adds one name of entity type `type` ("PER", "LOC", "ORG").
  void Add(std::string_view name, std::string_view type);

  // Sets (*tags)[i] to the IOB tag of the longest match covering token i of `in` (after
  // in.Prepare()), or kO. A match must start at a token with an upper-case letter, and a name
  // written as an acronym ("AS", "UN") only matches a token written in capitals.
  void Match(const NerInput& in, std::vector<uint8_t>* tags) const;

 private:
  // Flat tables (one probe into one array per lookup): Match asks about every capitalised
  // token of every paragraph. The sets map their keys to 1.
  FlatU64Map<uint8_t> sequences_;  // hash of token sequence -> type index
  FlatU64Map<uint8_t> first_tokens_;
  FlatU64Map<uint8_t> acronyms_;  // one-token names written in capitals
  size_t max_tokens_ = 0;
};

// Hash of a token sequence, extended one token at a time (seed 0 for the first token).
uint64_t ExtendSequenceHash(uint64_t seed, std::string_view lower_token);

}  // namespace kabar::understand

#endif  // KABAR_UNDERSTAND_GAZETTEER_H_
