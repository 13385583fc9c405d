// The place a date line opens with ("Surabaya ● Thu, June 20, 2024", "Madrid - 12 jun 2025 -
// 10:32 CEST"): where the story was filed from, as pages that print no dateline in the text
// show it above the article. Read by the HTML path's date blocks and the text path's date line.
#ifndef KABAR_EXTRACT_DATE_LINE_PLACE_H_
#define KABAR_EXTRACT_DATE_LINE_PLACE_H_

#include <string>
#include <string_view>

#include "kabar/article.h"

namespace kabar::extract {

// True when `w` is "By" before a byline's name in English, French, Spanish and Portuguese,
// German or Indonesian ("by", "par", "por", "von", "oleh"), in any case.
bool IsByWord(std::string_view w);

// A date line whose first part, before " - ", " ● " or " • ", is one to three capitalised
// words (no weekday, date label, author, section or outlet of `a`) and whose rest is a date
// (ParseHtmlDate): that part, the place the story was filed from. "" otherwise (also for a
// byline "By Name - date").
std::string PlaceOpeningDateLine(std::string_view text, const Article& a);

}  // namespace kabar::extract

#endif  // KABAR_EXTRACT_DATE_LINE_PLACE_H_
