// Internal entry points of the normalize stage, shared by its files and benchmarks.
#ifndef KABAR_NORMALIZE_NORMALIZE_INTERNAL_H_
#define KABAR_NORMALIZE_NORMALIZE_INTERNAL_H_

#include <map>
#include <string>

namespace kabar {

// RedactPii with what CleanText already knows: `has_at` false skips the email pattern,
// fewer than 8 `digits` skips the phone scanner.
void RedactPiiWithHints(std::string* text, bool has_at, int digits,
                        std::map<std::string, int>* counts);

}  // namespace kabar

#endif  // KABAR_NORMALIZE_NORMALIZE_INTERNAL_H_
