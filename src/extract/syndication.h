// Syndication notes: the page says the article was first published elsewhere.
//
//   "Artikel ini telah tayang di Tribunnews.com dengan judul X"
//   "Artikel ini telah tayang di Kompas.com dengan judul \"X\", Klik untuk baca: URL."
//   "This article originally appeared on The Conversation" / "...was originally published on X"
//
// Thread safety: pure function.
#ifndef KABAR_EXTRACT_SYNDICATION_H_
#define KABAR_EXTRACT_SYNDICATION_H_

#include <string_view>

#include "kabar/article.h"

namespace kabar::extract {

// Parses a syndication note. Returns true and fills *out (site lower-cased as a registrable
// domain when the note names one, else the outlet's site from the outlet table, title without
// quotes, url when given); false when `line` is not such a note.
bool ParseSyndication(std::string_view line, Syndication* out);

}  // namespace kabar::extract

#endif  // KABAR_EXTRACT_SYNDICATION_H_
