// StringViewHash: std::hash<std::string_view> marked transparent, so that an unordered
// container keyed by std::string can be searched with a std::string_view (pair it with
// std::equal_to<>) without building a temporary string.
#ifndef KABAR_COMMON_STRING_VIEW_HASH_H_
#define KABAR_COMMON_STRING_VIEW_HASH_H_

#include <cstddef>
#include <functional>
#include <string_view>

namespace kabar {

struct StringViewHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};

}  // namespace kabar

#endif  // KABAR_COMMON_STRING_VIEW_HASH_H_
