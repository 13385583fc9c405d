// Test helper: random strings a RegexTree can match, in random letter case, now and then with
// KELVIN SIGN or LONG S for 'k' or 's' (RE2's case folding matches them), so that fast paths
// can be checked against RE2 on strings that match, which random text almost never does.
#ifndef KABAR_TESTS_EXTRACT_REGEX_SAMPLES_H_
#define KABAR_TESTS_EXTRACT_REGEX_SAMPLES_H_

#include <random>
#include <string>

#include "extract/regex_tree.h"

namespace kabar::extract::testing {

class RegexSampler {
 public:
  explicit RegexSampler(uint32_t seed) : rng_(seed) {}

  // One string along a random path of `node` (zero-width assertions are ignored, so the string
  // may not match: ask RE2).
  std::string Sample(const RegexNode& node) {
    std::string out;
    Append(node, &out);
    return out;
  }

 private:
  void Append(const RegexNode& n, std::string* out) {
    switch (n.kind) {
      case RegexNode::Kind::kEmpty:
        return;
      case RegexNode::Kind::kChar:
        return AppendChar(n, out);
      case RegexNode::Kind::kSequence:
        for (const RegexNode& c : n.children) Append(c, out);
        return;
      case RegexNode::Kind::kAlternation:
        return Append(n.children[rng_() % n.children.size()], out);
      case RegexNode::Kind::kRepeat: {
        int extra = n.max == RegexNode::kUnbounded ? 3 : std::min(n.max - n.min, 3);
        int times = n.min + static_cast<int>(rng_() % (extra + 1));
        for (int i = 0; i < times; ++i) Append(n.children[0], out);
        return;
      }
    }
  }

  void AppendChar(const RegexNode& n, std::string* out) {
    if (!n.literal.empty() || n.ascii.none()) {
      *out += n.literal;
      return;
    }
    char c;
    do {
      c = static_cast<char>(rng_() % 128);
    } while (!n.ascii[static_cast<unsigned char>(c)] || (c < ' ' && rng_() % 4 != 0));
    if (c == 'k' && rng_() % 40 == 0) {
      *out += "\xE2\x84\xAA";  // KELVIN SIGN
    } else if (c == 's' && rng_() % 40 == 0) {
      *out += "\xC5\xBF";  // LATIN SMALL LETTER LONG S
    } else {
      out->push_back(c >= 'a' && c <= 'z' && rng_() % 2 ? static_cast<char>(c - 32) : c);
    }
  }

  std::mt19937 rng_;
};

}  // namespace kabar::extract::testing

#endif  // KABAR_TESTS_EXTRACT_REGEX_SAMPLES_H_
