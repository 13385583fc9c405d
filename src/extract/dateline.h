// Datelines: the prefix that opens a news story and says where it was filed and by whom.
//
//   "TEMPO.CO, Jakarta - ..."          site tempo.co, outlet Tempo, place Jakarta
//   "PYONGYANG, KOMPAS.TV - ..."       site kompas.tv, outlet Kompas TV, place Pyongyang
//   "JAKARTA, KOMPAS.com - ..."        site kompas.com, outlet Kompas, place Jakarta
//   "Jakarta (ANTARA) - ..."           agency Antara, place Jakarta
//   "TRIBUN-VIDEO.COM - ..."           site tribun-video.com, no place
//   "WASHINGTON (Reuters) - ..."       agency Reuters, place Washington
//   "LONDON, June 3 (Reuters) - ..."   agency Reuters, place London
//   "NEW YORK (AP) — ..."              agency Associated Press, place New York
//   "MOSCOW, June 19. /TASS/. ..."     agency TASS, place Moscow
//
// Thread safety: pure function.
#ifndef KABAR_EXTRACT_DATELINE_H_
#define KABAR_EXTRACT_DATELINE_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace kabar::extract {

struct Dateline {
  std::string place;   // title-cased: "Jakarta", "New York"; empty when none is named
  std::string site;    // "tempo.co" when an outlet domain is named; else empty
  std::string outlet;  // display name of that site ("Tempo"); else empty
  std::string agency;  // canonical wire agency ("Reuters", "Associated Press"); else empty
  size_t length = 0;   // bytes of `paragraph` taken by the prefix, dash and following space
};

// Parses the dateline at the start of `paragraph`. Returns true and fills *out when the
// paragraph opens with one (a place and/or an outlet or agency, then a dash: '-', '–', '—'; or
// a place and an agency between slashes);
// false otherwise (*out is then left unchanged).
bool ParseDateline(std::string_view paragraph, Dateline* out);

// The same, knowing the page's outlet: a part that is its name ("Lintas Pagi, Makassar --",
// "CHICAGO (The Harbor Ledger) --") is the outlet, not a place, even when the outlet is not a
// well-known one. `out->site` and `out->outlet` stay empty for it (the caller knows them).
bool ParseDateline(std::string_view paragraph, std::string_view page_outlet, Dateline* out);

// "Santiago: Gempa bermagnitudo 6,4 ...": a place of one to three capitalised words and a
// colon opening a story's first paragraph (Medcom's habit), on the page of `site`. The place
// must be in capitals ("ISLAMABAD:") unless `site` is an Indonesian outlet's or under .id (English
// pages open with "Dear Abby:"), must not be a label ("Update:", "Foto:", "Editor:") nor name the
// site, an outlet or an agency ("RMOL." on rmol.id), and a sentence of at least eight words must
// follow. The place may come with the outlet: "Metrotvnews.com, Pekalongan:" (the page's site,
// or any domain when `site` is empty), "MEDAN, Waspada.id:" (a domain after it), "JAKARTA (Suara
// Karya):" (a name in brackets). Fills out->place, out->length, and the site, outlet and agency
// such an outlet names.
bool ParseColonDateline(std::string_view paragraph, std::string_view site, Dateline* out);

// "Jakarta. Indonesia is courting buyers ...": a place of one or two capitalised words (each of
// four letters or more, not an abbreviated title such as "Prof.") and a full stop opening a
// story's first paragraph (the Jakarta Globe's habit), on an Indonesian site (under .id or an
// Indonesian outlet), before a sentence of at least eight words; not the site's, an outlet's or
// an agency's name ("RMOL. Pemimpin ..." on rmol.id). Fills out->place and out->length only.
bool ParseStopDateline(std::string_view paragraph, std::string_view site, Dateline* out);

// "عمّان- وقّعت الحكومة ...": in a script without capitals (Arabic, Persian, Hebrew) the place
// is one or two words before a dash that opens the first paragraph, the dash glued to the place
// or spaced, then a space. Only non-ASCII letters make the place (a Latin-script opening is
// ParseDateline's). The caller decides that the page is in such a language.
bool ParseCaselessDateline(std::string_view paragraph, Dateline* out);

}  // namespace kabar::extract

#endif  // KABAR_EXTRACT_DATELINE_H_
