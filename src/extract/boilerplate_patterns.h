// The boilerplate phrase list: general knowledge of Indonesian and English news-site furniture
// ("Baca Juga:", "Advertisement", "Lupa Kata Sandi?", "(c) 2024 ...") as RE2 patterns, each
// with its removal reason from doc/removal_reasons.md. boilerplate.h matches them.
//
// Contract: each regex is matched case-insensitively against the whole trimmed line; when
// several match, the first in the list gives the reason. The list is static and immutable.
#ifndef KABAR_EXTRACT_BOILERPLATE_PATTERNS_H_
#define KABAR_EXTRACT_BOILERPLATE_PATTERNS_H_

#include <span>

namespace kabar::extract {

struct BoilerplatePattern {
  const char* reason;  // a removal reason: "ad", "login", "related", "footer", ...
  const char* regex;
};

// Every pattern, in order of precedence.
std::span<const BoilerplatePattern> BoilerplatePatterns();

}  // namespace kabar::extract

#endif  // KABAR_EXTRACT_BOILERPLATE_PATTERNS_H_
