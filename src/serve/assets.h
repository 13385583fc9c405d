// The web reader's static files, embedded in the binary at build time (cmake/EmbedAssets.cmake
// over web/). Lookup is by exact name, so no request path can reach anything else.
#ifndef KABAR_SERVE_ASSETS_H_
#define KABAR_SERVE_ASSETS_H_

#include <cstddef>
#include <string_view>

namespace kabar::serve {

struct Asset {
  const char* name;          // "index.html", "app.js", ...
  const char* content_type;  // "text/html; charset=utf-8", ...
  std::string_view data;
};

extern const Asset kAssets[];
extern const size_t kAssetCount;

// The asset called `name` exactly, or nullptr.
inline const Asset* FindAsset(std::string_view name) {
  for (size_t i = 0; i < kAssetCount; ++i) {
    if (name == kAssets[i].name) return &kAssets[i];
  }
  return nullptr;
}

}  // namespace kabar::serve

#endif  // KABAR_SERVE_ASSETS_H_
