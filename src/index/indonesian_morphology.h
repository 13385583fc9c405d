// Indonesian morphology for the analyzer: the ways a folded word can be split into
// prefixes, a root and suffixes, with the language's sound changes (meN-, peN-: "menulis"
// = meN + tulis, "memukul" = meN + pukul, "menyapu" = meN + sapu, "mengirim" = meN + kirim).
//
// The splits over-generate on purpose: the analyzer keeps only those whose root is in the
// lexicon. Order matters: candidates come most-stripped suffixes first (Nazief & Adriani),
// then fewer prefixes before more.
//
// Thread safety: pure function.
#ifndef KABAR_INDEX_INDONESIAN_MORPHOLOGY_H_
#define KABAR_INDEX_INDONESIAN_MORPHOLOGY_H_

#include <functional>
#include <string>
#include <string_view>

namespace kabar::index {

// Calls `visit(root_candidate)` for every split of `word` (lower-case, folded), in order of
// preference, never with `word` itself, never with a candidate shorter than 2 bytes. Stops
// early when `visit` returns true.
void ForEachRootCandidate(std::string_view word,
                          const std::function<bool(std::string_view)>& visit);

// `word` without one trailing particle (-lah, -kah, -pun) and/or possessive (-nya),
// when at least 3 bytes remain; `word` itself otherwise.
std::string_view StripClitics(std::string_view word);

}  // namespace kabar::index

#endif  // KABAR_INDEX_INDONESIAN_MORPHOLOGY_H_
