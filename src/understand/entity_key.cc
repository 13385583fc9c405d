#include "kabar/understand.h"
#include "understand/tokenize.h"

namespace kabar {

std::string EntityKey(std::string_view spelling) {
  std::string key;
  key.reserve(spelling.size());
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
        space = !key.empty();
        if (sp > 1) i += sp - 1;
        continue;
      }
    }
    if (space) key.push_back(' ');
    space = false;
    key.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c));
  }
  return key;
}

}  // namespace kabar
