// The JSON form of an Article: one object per line in `kabar extract` output, and the form the
// store keeps. README.md documents the schema; fields are only ever added, never renamed.
#ifndef KABAR_ARTICLE_JSON_H_
#define KABAR_ARTICLE_JSON_H_

#include <string>
#include <string_view>

#include "kabar/article.h"
#include "kabar/status.h"

namespace kabar {

// One line of JSON (no trailing newline). Empty strings are written as null.
std::string ArticleToJson(const Article& article);

// Parses what ArticleToJson wrote. kCorruption if `json` is not such an object.
Result<Article> ArticleFromJson(std::string_view json);

}  // namespace kabar

#endif  // KABAR_ARTICLE_JSON_H_
