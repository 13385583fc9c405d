#include "kabar/understand.h"
#include "understand/tokenize.h"

namespace kabar {

std::string EntityKey(std::string_view spelling) {
  // The key is never longer than the spelling (a space replaces at least one skipped byte):
  // written in place, then cut to length.
  std::string key(spelling.size(), '\0');
  size_t n = 0;
  bool space = false;
  for (size_t i = 0; i < spelling.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(spelling[i]);
    bool ascii_alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (!ascii_alnum) {  // the common case skips the punctuation and space checks
      if (c == '.' || c == '\'') continue;
      if (spelling.substr(i, 3) == "\u2019" || spelling.substr(i, 3) == "\u2018") {
        i += 2;
        continue;
      }
      size_t sp = understand::SpaceLength(spelling, i);
      if (c == '-' || c == '_' || sp > 0) {
        space = n > 0;
        if (sp > 1) i += sp - 1;
        continue;
      }
    }
    if (space) key[n++] = ' ';
    space = false;
    key[n++] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
  }
  key.resize(n);
  return key;
}

}  // namespace kabar
