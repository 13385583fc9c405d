// Internal entry points of the normalize stage, shared by its files and benchmarks.
#ifndef KABAR_NORMALIZE_NORMALIZE_INTERNAL_H_
#define KABAR_NORMALIZE_NORMALIZE_INTERNAL_H_

#include <map>
#include <string>
#include <string_view>

namespace kabar {

// The fewest ASCII digits a phone number RedactPii redacts has.
inline constexpr int kMinPhoneDigits = 8;

// RedactPii with what CleanText already knows: `email_possible` false (no '@', ')' or ']')
// skips the email search, fewer than kMinPhoneDigits `digits` skips the phone scanner.
void RedactPiiWithHints(std::string* text, bool email_possible, int digits,
                        std::map<std::string, int>* counts);

// True when valid UTF-8 `s` holds only ASCII, U+0080..U+02FF and U+2010..U+203F: characters
// whose NFC is themselves and that never combine with a neighbour (NFC_Quick_Check Yes,
// combining class 0; the tests check each with ICU), so `s` is NFC as it is.
bool IsPlainlyNfc(std::string_view s);

}  // namespace kabar

#endif  // KABAR_NORMALIZE_NORMALIZE_INTERNAL_H_
