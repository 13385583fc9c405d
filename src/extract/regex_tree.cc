// A recursive-descent reader of the RE2 subset RegexTree describes: alternation of sequences
// of quantified atoms. Characters become byte sets over lowered ASCII; anything the reader does
// not know makes the whole parse fail, never a guess.
#include "extract/regex_tree.h"

#include <cstddef>
#include <utility>

namespace kabar::extract {
namespace {

using Bytes = std::bitset<128>;

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

Bytes Range(int lo, int hi) {
  Bytes set;
  for (int b = lo; b <= hi; ++b) set.set(b);
  return set;
}

const Bytes& UpperLetters() {
  static const Bytes set = Range('A', 'Z');
  return set;
}

// `set` as a line lowered to ASCII lower case sees it: each byte by its lower-case form
// ('a' is 'A' + 32).
Bytes Lowered(const Bytes& set) { return (set & ~UpperLetters()) | ((set & UpperLetters()) << 32); }

// Both cases of every letter in `set` (what a case-insensitive class matches).
Bytes CaseClosed(const Bytes& set) {
  const Bytes upper = set & UpperLetters(), lower = set & (UpperLetters() << 32);
  return set | (upper << 32) | (lower >> 32);
}

Bytes WordBytes() { return Range('0', '9') | Range('A', 'Z') | Range('a', 'z') | Range('_', '_'); }

Bytes SpaceBytes() { return Range('\t', '\r') | Range(' ', ' '); }  // \s, with \v to be safe

RegexNode CharNode(const Bytes& set, bool non_ascii) {
  RegexNode n;
  n.kind = RegexNode::Kind::kChar;
  n.ascii = Lowered(CaseClosed(set));
  n.non_ascii = non_ascii;
  return n;
}

class Parser {
 public:
  explicit Parser(std::string_view s) : s_(s) {}

  std::optional<RegexNode> Parse() {
    std::optional<RegexNode> n = Alternation();
    if (!n || pos_ != s_.size()) return std::nullopt;
    return n;
  }

 private:
  bool AtEnd() const { return pos_ >= s_.size(); }
  char Peek() const { return s_[pos_]; }

  std::optional<RegexNode> Alternation() {
    RegexNode alt;
    alt.kind = RegexNode::Kind::kAlternation;
    for (;;) {
      std::optional<RegexNode> seq = Sequence();
      if (!seq) return std::nullopt;
      alt.children.push_back(std::move(*seq));
      if (AtEnd() || Peek() != '|') break;
      ++pos_;
    }
    if (alt.children.size() == 1) return std::move(alt.children[0]);
    return alt;
  }

  std::optional<RegexNode> Sequence() {
    RegexNode seq;
    seq.kind = RegexNode::Kind::kSequence;
    seq.children.reserve(16);  // most are a word or two: no regrowth (start-up time)
    while (!AtEnd() && Peek() != '|' && Peek() != ')') {
      std::optional<RegexNode> atom = Atom();
      if (!atom || !Quantify(&*atom)) return std::nullopt;
      seq.children.push_back(std::move(*atom));
    }
    if (seq.children.size() == 1) return std::move(seq.children[0]);
    return seq;
  }

  std::optional<RegexNode> Atom() {
    char c = Peek();
    switch (c) {
      case '(':
        return Group();
      case '[':
        return Class();
      case '.':
        ++pos_;
        return CharNode(~Range('\n', '\n'), true);
      case '^':
      case '$':
        ++pos_;
        return RegexNode();
      case '\\':
        return Escape();
      case '*':
      case '+':
      case '?':
      case '{':
        return std::nullopt;  // a quantifier with nothing to repeat
      default:
        break;
    }
    if (static_cast<unsigned char>(c) >= 0x80) return NonAsciiLiteral();
    ++pos_;
    Bytes set;
    set.set(static_cast<unsigned char>(c));
    return CharNode(set, false);
  }

  // "(?:...)", "(?-i:...)", "(?i:...)" or a plain capture group.
  std::optional<RegexNode> Group() {
    ++pos_;
    if (s_.substr(pos_).starts_with("?")) {
      size_t colon = s_.find(':', pos_);
      if (colon == std::string_view::npos) return std::nullopt;
      std::string_view flags = s_.substr(pos_ + 1, colon - pos_ - 1);
      if (flags != "" && flags != "-i" && flags != "i") return std::nullopt;
      pos_ = colon + 1;
    }
    std::optional<RegexNode> inner = Alternation();
    if (!inner || AtEnd() || Peek() != ')') return std::nullopt;
    ++pos_;
    return inner;
  }

  std::optional<RegexNode> NonAsciiLiteral() {
    size_t len = Utf8Length(pos_);
    if (len == 0) return std::nullopt;
    RegexNode n = CharNode(Bytes(), true);
    n.literal = std::string(s_.substr(pos_, len));
    pos_ += len;
    return n;
  }

  // The length of the UTF-8 sequence at `at`, 0 when it is not one.
  size_t Utf8Length(size_t at) const {
    unsigned char lead = static_cast<unsigned char>(s_[at]);
    size_t len = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
    if (len == 0 || at + len > s_.size()) return 0;
    for (size_t k = 1; k < len; ++k) {
      if ((static_cast<unsigned char>(s_[at + k]) & 0xC0) != 0x80) return 0;
    }
    return len;
  }

  // An escape outside a class: a class escape, a zero-width assertion or a punctuation mark.
  std::optional<RegexNode> Escape() {
    if (pos_ + 1 >= s_.size()) return std::nullopt;
    char e = s_[pos_ + 1];
    if (e == 'b' || e == 'B' || e == 'A' || e == 'z') {
      pos_ += 2;
      return RegexNode();
    }
    Bytes set;
    bool non_ascii = false;
    if (!EscapeSet(&set, &non_ascii)) return std::nullopt;
    return CharNode(set, non_ascii);
  }

  // Reads the escape at pos_ (in or out of a class) into the bytes it matches.
  bool EscapeSet(Bytes* set, bool* non_ascii) {
    char e = s_[pos_ + 1];
    pos_ += 2;
    switch (e) {
      case 'd':
        *set = Range('0', '9');
        return true;
      case 'D':
        *set = ~Range('0', '9');
        *non_ascii = true;
        return true;
      case 's':
        *set = SpaceBytes();
        return true;
      case 'S':
        *set = ~SpaceBytes();
        *non_ascii = true;
        return true;
      case 'w':
        *set = WordBytes();
        return true;
      case 'W':
        *set = ~WordBytes();
        *non_ascii = true;
        return true;
      case 'n':
        set->set('\n');
        return true;
      case 't':
        set->set('\t');
        return true;
      case 'r':
        set->set('\r');
        return true;
      case 'f':
        set->set('\f');
        return true;
      case 'v':
        set->set('\v');
        return true;
      default:
        break;
    }
    // Any other escaped ASCII punctuation stands for itself.
    if (static_cast<unsigned char>(e) >= 0x80 || IsAsciiLetter(e) || (e >= '0' && e <= '9')) {
      return false;
    }
    set->set(static_cast<unsigned char>(e));
    return true;
  }

  std::optional<RegexNode> Class() {
    ++pos_;
    bool negated = !AtEnd() && Peek() == '^';
    if (negated) ++pos_;
    Bytes set;
    bool non_ascii = false;
    bool first = true;
    while (!AtEnd() && (Peek() != ']' || first)) {
      first = false;
      if (!ClassItem(&set, &non_ascii)) return std::nullopt;
    }
    if (AtEnd()) return std::nullopt;
    ++pos_;  // ']'
    // Complemented before case folding: wider than the class when it is case-sensitive.
    if (negated) return CharNode(~set, true);
    return CharNode(set, non_ascii);
  }

  // One member of a class: an escape, a non-ASCII character, a byte or an ASCII range.
  bool ClassItem(Bytes* set, bool* non_ascii) {
    if (Peek() == '\\') {
      if (pos_ + 1 >= s_.size()) return false;
      return EscapeSet(set, non_ascii);
    }
    if (static_cast<unsigned char>(Peek()) >= 0x80) {
      size_t len = Utf8Length(pos_);
      if (len == 0) return false;
      pos_ += len;
      *non_ascii = true;
      return !(pos_ + 1 < s_.size() && Peek() == '-' && s_[pos_ + 1] != ']');  // no ranges
    }
    char lo = Peek();
    ++pos_;
    if (pos_ + 1 < s_.size() && Peek() == '-' && s_[pos_ + 1] != ']') {
      char hi = s_[pos_ + 1];
      if (static_cast<unsigned char>(hi) >= 0x80 || hi == '\\' || hi < lo) return false;
      pos_ += 2;
      *set |= Range(static_cast<unsigned char>(lo), static_cast<unsigned char>(hi));
      return true;
    }
    set->set(static_cast<unsigned char>(lo));
    return true;
  }

  // Applies the quantifiers after an atom (?, *, +, {n}, {n,}, {n,m}), innermost first.
  bool Quantify(RegexNode* atom) {
    while (!AtEnd()) {
      int min = 0, max = 0;
      char c = Peek();
      if (c == '?') {
        max = 1;
      } else if (c == '*') {
        max = RegexNode::kUnbounded;
      } else if (c == '+') {
        min = 1;
        max = RegexNode::kUnbounded;
      } else if (c != '{' || !Counted(&min, &max)) {
        return true;  // not a quantifier ('{' without a count is a literal, as in RE2)
      }
      if (c != '{') ++pos_;
      if (!AtEnd() && Peek() == '?') ++pos_;  // a lazy quantifier matches the same strings
      RegexNode repeat;
      repeat.kind = RegexNode::Kind::kRepeat;
      repeat.min = min;
      repeat.max = max;
      repeat.children.push_back(std::move(*atom));
      *atom = std::move(repeat);
    }
    return true;
  }

  // "{n}", "{n,}" or "{n,m}" at pos_: reads it and moves past it; false (pos_ unchanged) when
  // the brace opens no count.
  bool Counted(int* min, int* max) {
    size_t at = pos_ + 1;
    auto number = [&](int* out) {
      size_t start = at;
      int v = 0;
      while (at < s_.size() && s_[at] >= '0' && s_[at] <= '9' && v < 1000) {
        v = v * 10 + (s_[at++] - '0');
      }
      *out = v;
      return at > start;
    };
    if (!number(min)) return false;
    *max = *min;
    if (at < s_.size() && s_[at] == ',') {
      ++at;
      if (!number(max)) *max = RegexNode::kUnbounded;
    }
    if (at >= s_.size() || s_[at] != '}') return false;
    if (*max != RegexNode::kUnbounded && *max < *min) return false;
    pos_ = at + 1;
    return true;
  }

  std::string_view s_;
  size_t pos_ = 0;
};

}  // namespace

std::optional<RegexNode> ParseRegexTree(std::string_view regex) { return Parser(regex).Parse(); }

}  // namespace kabar::extract
