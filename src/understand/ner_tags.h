// IOB tags of the NER model: O, then B-/I- for each entity type.
#ifndef KABAR_UNDERSTAND_NER_TAGS_H_
#define KABAR_UNDERSTAND_NER_TAGS_H_

#include <cstdint>
#include <string_view>

namespace kabar::understand {

constexpr int kNumTypes = 3;  // PER, LOC, ORG
constexpr int kNumTags = 1 + 2 * kNumTypes;
constexpr uint8_t kO = 0;

constexpr std::string_view kTypeNames[kNumTypes] = {"PER", "LOC", "ORG"};
constexpr std::string_view kTagNames[kNumTags] = {"O",     "B-PER", "I-PER", "B-LOC",
                                                  "I-LOC", "B-ORG", "I-ORG"};

constexpr uint8_t BeginTag(int type) { return static_cast<uint8_t>(1 + 2 * type); }
constexpr uint8_t InsideTag(int type) { return static_cast<uint8_t>(2 + 2 * type); }
constexpr bool IsBegin(uint8_t tag) { return tag != kO && tag % 2 == 1; }
constexpr bool IsInside(uint8_t tag) { return tag != kO && tag % 2 == 0; }
constexpr int TagType(uint8_t tag) { return (tag - 1) / 2; }  // REQUIRES: tag != kO

// -1 when unknown.
inline int TypeIndex(std::string_view type) {
  for (int t = 0; t < kNumTypes; ++t) {
    if (kTypeNames[t] == type) return t;
  }
  return -1;
}
inline int TagIndex(std::string_view tag) {
  for (int t = 0; t < kNumTags; ++t) {
    if (kTagNames[t] == tag) return t;
  }
  return -1;
}

}  // namespace kabar::understand

#endif  // KABAR_UNDERSTAND_NER_TAGS_H_
