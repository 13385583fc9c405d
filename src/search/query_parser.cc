// The query parser: a lexer (query text -> lexemes) and a recursive-descent parser
// (lexemes -> FTS5 MATCH text). Grammar, lowest precedence first:
//   or    := and ("OR" and)*
//   and   := unary (["AND"] unary)*
//   unary := ("NOT" | "-") primary | primary
//   primary := "(" or ")" | PHRASE | WORD ["*"] | FILTER
// A negated operand must follow a positive one in its AND group, because FTS5's NOT is
// binary ("a NOT b"): the parser collects each group's positive and negative operands and
// writes "(p1 AND p2) NOT (n1 OR n2)".
#include <cctype>
#include <string>
#include <vector>

#include "index/word_scanner.h"
#include "kabar/fts_tokenizer.h"
#include "kabar/query.h"

namespace kabar {
namespace {

enum class Kind { kWord, kPhrase, kFilter, kOpen, kClose, kAnd, kOr, kNot, kMinus, kEnd };

struct Lexeme {
  Kind kind;
  std::string text;  // word / phrase text, filter value
  std::string key;   // filter key
  bool prefix = false;
  size_t pos = 0;  // 1-based character position, for messages
};

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool HasWord(std::string_view text) {
  size_t pos = 0;
  bool boundary = true;
  index::RawWord word;
  return index::NextWord(text, &pos, &boundary, &word);
}

bool IsFilterKey(std::string_view key) {
  return key == "outlet" || key == "site" || key == "lang" || key == "language" || key == "from" ||
         key == "to" || key == "story";
}

Status Error(size_t pos, const std::string& message) {
  return Status::InvalidArgument(message + " (at character " + std::to_string(pos) + ")");
}

// Reads a double-quoted string starting at text[*i] == '"'.
Status ReadQuoted(std::string_view text, size_t* i, std::string* out) {
  size_t start = *i;
  size_t close = text.find('"', start + 1);
  if (close == std::string_view::npos) return Error(start + 1, "unclosed quote");
  *out = std::string(text.substr(start + 1, close - start - 1));
  *i = close + 1;
  return Status::OK();
}

Status Lex(std::string_view text, std::vector<Lexeme>* out) {
  size_t i = 0;
  while (i < text.size()) {
    if (IsSpace(text[i])) {
      ++i;
      continue;
    }
    Lexeme lx{Kind::kWord, "", "", false, i + 1};
    char c = text[i];
    if (c == '(' || c == ')') {
      lx.kind = c == '(' ? Kind::kOpen : Kind::kClose;
      ++i;
    } else if (c == '"') {
      lx.kind = Kind::kPhrase;
      Status s = ReadQuoted(text, &i, &lx.text);
      if (!s.ok()) return s;
    } else if (c == '-' && i + 1 < text.size() && !IsSpace(text[i + 1])) {
      lx.kind = Kind::kMinus;
      ++i;
    } else {
      size_t start = i;
      while (i < text.size() && !IsSpace(text[i]) && text[i] != '(' && text[i] != ')' &&
             text[i] != '"') {
        ++i;
      }
      std::string word(text.substr(start, i - start));
      size_t colon = word.find(':');
      std::string key = colon == std::string::npos ? "" : word.substr(0, colon);
      for (char& k : key) k = static_cast<char>(std::tolower(static_cast<unsigned char>(k)));
      if (colon != std::string::npos && IsFilterKey(key)) {
        lx.kind = Kind::kFilter;
        lx.key = key == "language" ? "lang" : key;
        lx.text = word.substr(colon + 1);
        if (lx.text.empty() && i < text.size() && text[i] == '"') {
          Status s = ReadQuoted(text, &i, &lx.text);
          if (!s.ok()) return s;
        }
        if (lx.text.empty()) return Error(lx.pos, "filter " + key + ": needs a value");
      } else if (word == "AND" || word == "OR" || word == "NOT") {
        lx.kind = word == "AND" ? Kind::kAnd : word == "OR" ? Kind::kOr : Kind::kNot;
      } else {
        while (!word.empty() && word.back() == '*') {
          lx.prefix = true;
          word.pop_back();
        }
        lx.text = word;
      }
    }
    out->push_back(std::move(lx));
  }
  out->push_back({Kind::kEnd, "", "", false, text.size() + 1});
  return Status::OK();
}

// An FTS5 string literal: double quotes, inner quotes doubled.
std::string Quote(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

class Parser {
 public:
  Parser(std::vector<Lexeme> lexemes, const QueryLimits& limits, const PrefixExpander* expander,
         ParsedQuery* out)
      : lx_(std::move(lexemes)), limits_(limits), expander_(expander), out_(out) {}

  Status Parse() {
    std::string expr;
    Status s = ParseOr(0, &expr);
    if (!s.ok()) return s;
    if (Peek().kind == Kind::kClose) return Error(Peek().pos, "unmatched ')'");
    if (Peek().kind != Kind::kEnd) return Error(Peek().pos, "unexpected input");
    out_->fts_match = expr;
    if (expr.empty() && !has_filter_) return Status::InvalidArgument("query has no words");
    return Status::OK();
  }

 private:
  const Lexeme& Peek() const { return lx_[i_]; }
  const Lexeme& Take() { return lx_[i_++]; }

  static bool StartsOperand(Kind k) {
    return k == Kind::kWord || k == Kind::kPhrase || k == Kind::kFilter || k == Kind::kOpen ||
           k == Kind::kNot || k == Kind::kMinus;
  }

  Status ParseOr(int depth, std::string* expr) {
    std::vector<std::string> parts;
    while (true) {
      std::string part;
      size_t pos = Peek().pos;
      Status s = ParseAnd(depth, &part);
      if (!s.ok()) return s;
      if (Peek().kind == Kind::kOr || !parts.empty()) {
        if (part.empty()) return Error(pos, "OR needs a word on both sides");
      }
      if (!part.empty()) parts.push_back(part);
      if (Peek().kind != Kind::kOr) break;
      Take();
    }
    if (parts.size() == 1) {
      *expr = parts[0];
    } else if (parts.size() > 1) {
      *expr = "(" + Join(parts, " OR ") + ")";
    }
    return Status::OK();
  }

  Status ParseAnd(int depth, std::string* expr) {
    std::vector<std::string> positive, negative;
    size_t first_negative_pos = 0;
    while (true) {
      if (Peek().kind == Kind::kAnd) {
        size_t pos = Take().pos;
        if (positive.empty() && negative.empty()) return Error(pos, "AND needs a word before it");
        if (!StartsOperand(Peek().kind)) return Error(pos, "AND needs a word after it");
      }
      if (!StartsOperand(Peek().kind)) break;
      bool negated = false;
      size_t pos = Peek().pos;
      if (Peek().kind == Kind::kNot || Peek().kind == Kind::kMinus) {
        Kind k = Take().kind;
        negated = true;
        if (!StartsOperand(Peek().kind) || Peek().kind == Kind::kNot ||
            Peek().kind == Kind::kMinus) {
          return Error(pos, k == Kind::kNot ? "NOT needs a word after it"
                                            : "'-' needs a word right after it");
        }
      }
      std::string operand;
      Status s = ParsePrimary(depth, negated, &operand);
      if (!s.ok()) return s;
      if (operand.empty()) continue;
      if (negated) {
        if (negative.empty()) first_negative_pos = pos;
        negative.push_back(operand);
      } else {
        positive.push_back(operand);
      }
    }
    if (positive.empty() && !negative.empty()) {
      return Error(first_negative_pos, "a query cannot only exclude words: add a word to find");
    }
    if (positive.empty()) return Status::OK();
    *expr = positive.size() == 1 ? positive[0] : "(" + Join(positive, " AND ") + ")";
    if (!negative.empty()) {
      *expr = "(" + *expr + " NOT " +
              (negative.size() == 1 ? negative[0] : "(" + Join(negative, " OR ") + ")") + ")";
    }
    return Status::OK();
  }

  Status ParsePrimary(int depth, bool negated, std::string* expr) {
    const Lexeme& lx = Take();
    switch (lx.kind) {
      case Kind::kOpen: {
        if (depth + 1 > limits_.max_depth) return Error(lx.pos, "too many nested parentheses");
        Status s = ParseOr(depth + 1, expr);
        if (!s.ok()) return s;
        if (Peek().kind != Kind::kClose) return Error(lx.pos, "unmatched '('");
        Take();
        return Status::OK();
      }
      case Kind::kFilter:
        if (negated || depth > 0) {
          return Error(lx.pos, "filters cannot be negated or put in parentheses");
        }
        return AddFilter(lx);
      case Kind::kWord:
      case Kind::kPhrase:
        return Term(lx, expr);
      default:
        return Error(lx.pos, "unexpected operator");
    }
  }

  Status Term(const Lexeme& lx, std::string* expr) {
    if (!HasWord(lx.text)) {
      if (lx.prefix) return Error(lx.pos, "'*' must follow a word");
      return Status::OK();  // punctuation only: nothing to search for
    }
    if (lx.prefix && !PrefixLongEnough(lx.text)) {
      return Error(lx.pos, "a prefix needs at least 2 letters before '*'");
    }
    if (++out_->terms > limits_.max_terms) {
      return Status::InvalidArgument("too many words in the query (at most " +
                                     std::to_string(limits_.max_terms) + ")");
    }
    if (lx.prefix) {
      *expr = ExpandedPrefix(lx.text);
      if (expr->empty()) *expr = Quote(lx.text) + " *";
    } else {
      // Any form of the words, or (ranked higher, fts_tokenizer.h) the form as typed.
      *expr = "(" + Quote(lx.text) + " OR " + Quote(kExactFormMark + lx.text) + ")";
    }
    return Status::OK();
  }

  // "(\x02t1 OR \x02t2 ...)" for a one-word prefix the expander lists terms for, else "".
  std::string ExpandedPrefix(std::string_view text) const {
    if (expander_ == nullptr) return "";
    size_t pos = 0;
    bool boundary = true;
    index::RawWord word;
    if (!index::NextWord(text, &pos, &boundary, &word)) return "";
    index::RawWord more;
    if (index::NextWord(text, &pos, &boundary, &more)) return "";  // a phrase prefix
    std::string folded;
    index::FoldWord(text.substr(word.begin, word.end - word.begin), &folded);
    std::vector<std::string> terms = (*expander_)(folded);
    std::vector<std::string> quoted;
    for (const std::string& t : terms) quoted.push_back(Quote(kIndexTermMark + t));
    if (quoted.empty()) return "";
    return quoted.size() == 1 ? quoted[0] : "(" + Join(quoted, " OR ") + ")";
  }

  static bool PrefixLongEnough(std::string_view text) {
    // The last word of the text is the prefix.
    size_t pos = 0;
    bool boundary = true;
    index::RawWord word, last;
    while (index::NextWord(text, &pos, &boundary, &word)) last = word;
    return last.end - last.begin >= 2;
  }

  Status AddFilter(const Lexeme& lx) {
    Status s = ValidateFilterValue(lx.key, lx.text);
    if (!s.ok()) return Error(lx.pos, s.message());
    has_filter_ = true;
    SearchFilters& f = out_->filters;
    if (lx.key == "outlet") f.outlets.push_back(lx.text);
    if (lx.key == "site") f.sites.push_back(lx.text);
    if (lx.key == "lang") f.languages.push_back(lx.text);
    if (lx.key == "from") f.from = lx.text;
    if (lx.key == "to") f.to = lx.text;
    if (lx.key == "story") f.story = lx.text;
    return Status::OK();
  }

  static std::string Join(const std::vector<std::string>& parts, std::string_view sep) {
    std::string out;
    for (size_t k = 0; k < parts.size(); ++k) {
      if (k > 0) out.append(sep);
      out.append(parts[k]);
    }
    return out;
  }

  std::vector<Lexeme> lx_;
  size_t i_ = 0;
  const QueryLimits& limits_;
  const PrefixExpander* expander_;
  ParsedQuery* out_;
  bool has_filter_ = false;
};

bool IsDate(std::string_view v) {
  if (v.size() != 10 || v[4] != '-' || v[7] != '-') return false;
  for (size_t k : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!std::isdigit(static_cast<unsigned char>(v[k]))) return false;
  }
  int month = (v[5] - '0') * 10 + (v[6] - '0');
  int day = (v[8] - '0') * 10 + (v[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

}  // namespace

Status ValidateFilterValue(std::string_view kind, std::string_view value) {
  if (value.size() > 200) return Status::InvalidArgument(std::string(kind) + ": value too long");
  if (kind == "from" || kind == "to") {
    if (!IsDate(value)) {
      return Status::InvalidArgument(std::string(kind) + ": expected a date as YYYY-MM-DD, got '" +
                                     std::string(value) + "'");
    }
  } else if (kind == "lang") {
    bool ok = value.size() >= 2 && value.size() <= 3;
    for (char c : value) ok = ok && std::isalpha(static_cast<unsigned char>(c));
    if (!ok) {
      return Status::InvalidArgument("lang: expected a 2- or 3-letter language code, got '" +
                                     std::string(value) + "'");
    }
  } else if (value.empty()) {
    return Status::InvalidArgument(std::string(kind) + ": needs a value");
  }
  return Status::OK();
}

Result<ParsedQuery> ParseQuery(std::string_view text, const QueryLimits& limits,
                               const PrefixExpander* expander) {
  if (text.size() > limits.max_bytes) {
    return Status::InvalidArgument("query too long (at most " + std::to_string(limits.max_bytes) +
                                   " bytes)");
  }
  std::vector<Lexeme> lexemes;
  Status s = Lex(text, &lexemes);
  if (!s.ok()) return s;
  ParsedQuery out;
  Parser parser(std::move(lexemes), limits, expander, &out);
  s = parser.Parse();
  if (!s.ok()) return s;
  return out;
}

}  // namespace kabar
