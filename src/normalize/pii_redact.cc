// RedactPii: email addresses, plain or written with "[at]" (RE2), and phone numbers (a small
// scanner).
//
// Phone numbers are found in two steps. A scanner takes a maximal "number-like" span at a
// word boundary: an optional '+', then digit groups ("0812", "(021)") joined by single
// separators (space, '-', '.'). The longest prefix of the span's groups that looks like a
// phone number is redacted; otherwise the whole span is skipped. A phone number is:
//   international: '+', a 1-3 digit country code (or one unbroken group), 8-15 digits
//                  in all (E.164 allows at most 15);
//   national (Indonesia): a trunk '0' then an area or mobile prefix 2-9, 9-13 digits in
//                  all, first group of 3-5 digits ("021", "0274", "0812") when separated,
//                  at least 10 digits when written unbroken ("08123456789").
//   Indonesian mobile without the '+': "6281234567890", unbroken, 11-14 digits.
//   North American: "(509) 459-5382", "509-459-5382", "509.459.5382", "1-800-555-0199": an
//                  area code and an exchange of three digits each opening with 2-9, then four
//                  digits after a '-' or '.' (an optional "1" group first); an area code
//                  without brackets is followed by the same separator.
// So dates (12/6/2023 — '/' is no separator; 2023-06-12 — no leading 0 or '+'), times
// (08.30), money (11.000), years, ISBNs (no trunk 0 + 2-9 prefix; an "ISBN" label just
// before the number also vetoes) and coordinates (a sign or digit just before) never match.
// Every step moves forward, so the scan is linear in the text.
#include <re2/re2.h>

#include <array>
#include <bit>
#include <cctype>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "common/ascii8.h"
#include "kabar/normalize.h"
#include "normalize/normalize_internal.h"

namespace kabar {
namespace {

constexpr int kMaxGroups = 8;

struct Group {
  size_t begin = 0;  // first byte of the group, '(' included
  size_t end = 0;    // one past its last byte, ')' included
  int digits = 0;
};

// The digit groups of one number-like span (at most kMaxGroups are read).
struct Groups {
  std::array<Group, kMaxGroups> at;
  int size = 0;
};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// A number may start at `i` only if the byte before it does not continue a word or number.
bool IsStartBoundary(const std::string& s, size_t i) {
  if (i == 0) return true;
  char p = s[i - 1];
  return !IsAsciiAlnum(p) && p != '_' && p != '.' && p != ',' && p != '/' && p != '-' && p != '+' &&
         p != '@';
}

// The span may end before `i` only if what follows does not continue it.
bool IsEndBoundary(const std::string& s, size_t i) {
  if (i >= s.size()) return true;
  char c = s[i];
  if (IsAsciiAlnum(c) || c == '_' || c == '@') return false;
  bool digit_next = i + 1 < s.size() && IsDigit(s[i + 1]);
  return !((c == '.' || c == ',' || c == '/' || c == '-' || c == ':') && digit_next);
}

// Reads one digit group at `i` ("0812" or "(021)"); false if there is none.
bool ReadGroup(const std::string& s, size_t i, Group* g) {
  size_t j = i;
  bool paren = j < s.size() && s[j] == '(';
  if (paren) ++j;
  size_t d = j;
  while (j < s.size() && IsDigit(s[j]) && j - d < 16) ++j;
  if (j == d || (j < s.size() && IsDigit(s[j]))) return false;
  const int digits = static_cast<int>(j - d);
  if (paren) {
    if (j >= s.size() || s[j] != ')') return false;
    ++j;
  }
  *g = {i, j, digits};
  return true;
}

// Reads the digit groups of a number-like span starting at `i` (after any '+').
Groups ReadGroups(const std::string& s, size_t i) {
  Groups groups;
  Group g;
  while (groups.size < kMaxGroups && ReadGroup(s, i, &g)) {
    groups.at[groups.size++] = g;
    i = g.end;
    if (i + 1 >= s.size()) break;
    char sep = s[i];
    if (sep != ' ' && sep != '-' && sep != '.') break;
    if (!IsDigit(s[i + 1]) && s[i + 1] != '(') break;
    ++i;
  }
  return groups;
}

char FirstDigit(const std::string& s, const Group& g, int k) {
  size_t i = g.begin + (s[g.begin] == '(' ? 1 : 0);
  return s[i + k];
}

bool LooksLikePhone(const std::string& s, bool plus, const Groups& groups, int k) {
  const Group& first = groups.at[0];
  int total = 0;
  for (int i = 0; i < k; ++i) {
    // One digit alone after the first group only in brackets: a trunk prefix or an area code
    // after the country's code ("+44 (0) 20 ...", "+886 (2) 2568-3356").
    if (i > 0 && groups.at[i].digits < 2 && s[groups.at[i].begin] != '(') return false;
    total += groups.at[i].digits;
  }
  if (plus) {
    return total >= 8 && total <= 15 && (k == 1 || first.digits <= 3);
  }
  if (FirstDigit(s, first, 0) != '0') return false;
  if (first.digits < 2 || FirstDigit(s, first, 1) < '2') return false;
  if (total < 9 || total > 13) return false;
  if (k == 1) return total >= 10;
  return first.digits >= 3 && first.digits <= 5;
}

// The number of groups a North American number takes at the start of `groups` (3, or 4 with
// a leading "1"), or 0 when the span does not open with one (see the file comment).
int NorthAmericanGroups(const std::string& s, const Groups& groups) {
  const int first = groups.size >= 4 && groups.at[0].digits == 1 && s[groups.at[0].begin] == '1';
  if (groups.size < first + 3) return 0;
  const Group& area = groups.at[first];
  const Group& exchange = groups.at[first + 1];
  const Group& line = groups.at[first + 2];
  if (area.digits != 3 || exchange.digits != 3 || line.digits != 4) return 0;
  if (s[exchange.begin] == '(' || s[line.begin] == '(') return 0;
  if (FirstDigit(s, area, 0) < '2' || FirstDigit(s, exchange, 0) < '2') return 0;
  const char separator = s[exchange.end];  // ReadGroups: one byte between groups
  if (separator != '-' && separator != '.') return 0;
  const bool bracketed = s[area.begin] == '(';
  return bracketed || s[area.end] == separator ? first + 3 : 0;
}

// True when the span opens with an Indonesian mobile number written unbroken with its country
// code and without the '+' ("6281234567890", as WhatsApp contacts are given): "628" then 8 to
// 11 more digits.
bool IsIndonesianMobileWithoutPlus(const std::string& s, const Groups& groups) {
  constexpr int kMinDigits = 11, kMaxDigits = 14;
  const Group& g = groups.at[0];
  return s[g.begin] != '(' && g.digits >= kMinDigits && g.digits <= kMaxDigits &&
         s.compare(g.begin, 3, "628") == 0;
}

bool PrecededByIsbn(const std::string& s, size_t i) {
  size_t from = i >= 12 ? i - 12 : 0;
  for (size_t j = from; j + 4 <= i; ++j) {
    if ((s[j] | 0x20) == 'i' && (s[j + 1] | 0x20) == 's' && (s[j + 2] | 0x20) == 'b' &&
        (s[j + 3] | 0x20) == 'n') {
      return true;
    }
  }
  return false;
}

// Finds the phone number at `i`, if any: sets *end past it and returns true. Otherwise sets
// *end past the number-like span (or to i + 1) so the caller can skip it.
bool MatchPhone(const std::string& s, size_t i, size_t* end) {
  *end = i + 1;
  bool plus = s[i] == '+';
  Groups groups = ReadGroups(s, plus ? i + 1 : i);
  if (groups.size == 0) return false;
  *end = groups.at[groups.size - 1].end;
  // Without a '+', LooksLikePhone wants a trunk '0' first, whatever the number of groups:
  // most digit runs of a text (dates, times, amounts) end here, before the ISBN look-back,
  // unless they open with a North American number.
  if (!plus && FirstDigit(s, groups.at[0], 0) != '0') {
    const int k = IsIndonesianMobileWithoutPlus(s, groups) ? 1 : NorthAmericanGroups(s, groups);
    if (k == 0 || !IsEndBoundary(s, groups.at[k - 1].end) || PrecededByIsbn(s, i)) return false;
    *end = groups.at[k - 1].end;
    return true;
  }
  if (PrecededByIsbn(s, i)) return false;
  for (int k = groups.size; k >= 1; --k) {
    if (LooksLikePhone(s, plus, groups, k) && IsEndBoundary(s, groups.at[k - 1].end)) {
      *end = groups.at[k - 1].end;
      return true;
    }
  }
  return false;
}

bool CouldStartPhone(const std::string& s, size_t i) {
  char c = s[i];
  bool starts = IsDigit(c) || ((c == '+' || c == '(') && i + 1 < s.size() &&
                               (IsDigit(s[i + 1]) || s[i + 1] == '('));
  return starts && IsStartBoundary(s, i);
}

// The first byte at or after `i` that is a digit, '+' or '(', or s.size(): only these pass
// CouldStartPhone's first test. Eight bytes at a time; bytes of 0x80 and above never match.
size_t NextStartCandidate(const std::string& s, size_t i) {
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t x = Load8(s.data() + i);
    uint64_t m =
        (BytesInRange8(x & ~kHigh, '0', '9') & ~x) | BytesEqual8(x, '+') | BytesEqual8(x, '(');
    if (m != 0) return i + (static_cast<size_t>(std::countr_zero(m)) >> 3);
  }
  while (i < s.size() && !IsDigit(s[i]) && s[i] != '+' && s[i] != '(') ++i;
  return i;
}

// The end of the number of a WhatsApp link at `i` ("wa.me/6281234567890",
// "api.whatsapp.com/send?phone=6281234567890": written without its '+'), or `i` when none is
// there.
size_t WhatsAppNumberEnd(const std::string& s, size_t i) {
  constexpr size_t kMinDigits = 8, kMaxDigits = 15;
  const std::string_view before = std::string_view(s).substr(0, i);
  if (!before.ends_with("wa.me/") && !before.ends_with("phone=")) return i;
  size_t j = i;
  while (j < s.size() && IsDigit(s[j])) ++j;
  return j - i >= kMinDigits && j - i <= kMaxDigits && IsEndBoundary(s, j) ? j : i;
}

int RedactPhones(std::string* text) {
  const std::string& s = *text;
  std::string out;
  size_t copied = 0;
  int count = 0;
  for (size_t i = 0; i < s.size();) {
    i = NextStartCandidate(s, i);
    if (i >= s.size()) break;
    if (size_t link_end = WhatsAppNumberEnd(s, i); link_end > i) {
      out.append(s, copied, i - copied);
      out += "[phone]";
      copied = i = link_end;
      ++count;
      continue;
    }
    if (!CouldStartPhone(s, i)) {
      ++i;
      continue;
    }
    size_t end;
    if (MatchPhone(s, i, &end)) {
      out.append(s, copied, i - copied);
      out += "[phone]";
      copied = end;
      ++count;
    }
    i = end;
  }
  if (count > 0) {
    out.append(s, copied, std::string::npos);
    text->swap(out);
  }
  return count;
}

// True when `s` has "at" or "@" between brackets ("[at]", "( at )", "(@)", any case): an
// address written so that harvesters miss it, "redaksi [at] tempo [dot] co". Looks only at
// the closing brackets, a few in a field.
bool HasBracketedAt(std::string_view s) {
  constexpr std::pair<char, char> kBrackets[] = {{')', '('}, {']', '['}};
  auto skip_spaces_back = [&](size_t i) {
    while (i > 0 && s[i - 1] == ' ') --i;
    return i;
  };
  for (auto [close, open] : kBrackets) {
    for (size_t i = s.find(close); i != std::string_view::npos; i = s.find(close, i + 1)) {
      size_t j = skip_spaces_back(i);
      if (j >= 2 && (s[j - 1] | 0x20) == 't' && (s[j - 2] | 0x20) == 'a') {
        j -= 2;
      } else if (j >= 1 && s[j - 1] == '@') {
        j -= 1;
      } else {
        continue;
      }
      j = skip_spaces_back(j);
      if (j >= 1 && s[j - 1] == open) return true;
    }
  }
  return false;
}

// Addresses plain ("redaksi@tempo.co") and with their '@' and dots in brackets
// ("redaksi [at] tempo [dot] co", "humas(at)kemenko.go.id", "redaksi[@]tempo.co").
int RedactEmails(std::string* text) {
  if (text->find('@') == std::string::npos && !HasBracketedAt(*text)) return 0;
  static const RE2 kEmail(R"([A-Za-z0-9._%+-]+(?:@|\s*[\[(]\s*(?:(?i:at)|@)\s*[\])]\s*))"
                          R"([A-Za-z0-9-]+(?:(?:\.|\s*[\[(]\s*(?i:dot)\s*[\])]\s*)[A-Za-z0-9-]+)*)"
                          R"((?:\.|\s*[\[(]\s*(?i:dot)\s*[\])]\s*)[A-Za-z]{2,24})");
  return RE2::GlobalReplace(text, kEmail, "[email]");
}

int CountDigits(const std::string& s) {
  int n = 0;
  for (char c : s) n += IsDigit(c);
  return n;
}

}  // namespace

void RedactPiiWithHints(std::string* text, bool email_possible, int digits,
                        std::map<std::string, int>* counts) {
  int emails = email_possible ? RedactEmails(text) : 0;
  int phones = digits >= kMinPhoneDigits ? RedactPhones(text) : 0;
  if (counts == nullptr) return;
  if (emails > 0) (*counts)["email"] += emails;
  if (phones > 0) (*counts)["phone"] += phones;
}

void RedactPii(std::string* text, std::map<std::string, int>* counts) {
  RedactPiiWithHints(text, true, CountDigits(*text), counts);
}

}  // namespace kabar
