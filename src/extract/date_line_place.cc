#include "extract/date_line_place.h"

#include <cctype>
#include <vector>

#include "extract/agencies.h"
#include "extract/credits.h"
#include "extract/html_date.h"
#include "extract/outlets.h"
#include "extract/text_util.h"

namespace kabar::extract {
namespace {

// True when `w` (lower case) is a weekday's name or a date label ("Updated") in the languages
// whose date lines put a word before a dash: no place.
bool IsWeekdayOrDateLabel(const std::string& w) {
  static constexpr std::string_view kWords[] = {
      "monday",      "tuesday",   "wednesday",  "thursday",   "friday",      "saturday",
      "sunday",      "mon",       "tue",        "wed",        "thu",         "fri",
      "sat",         "sun",       "senin",      "selasa",     "rabu",        "kamis",
      "jumat",       "sabtu",     "minggu",     "lunes",      "martes",      "jueves",
      "viernes",     "domingo",   "segunda",    "quinta",     "sexta",       "lundi",
      "mardi",       "mercredi",  "jeudi",      "vendredi",   "samedi",      "dimanche",
      "montag",      "dienstag",  "mittwoch",   "donnerstag", "freitag",     "samstag",
      "sonntag",     "updated",   "published",  "posted",     "diperbarui",  "diterbitkan",
      "actualizado", "publicado", "atualizado", "stand",      "aktualisiert"};
  for (std::string_view k : kWords) {
    if (w == k) return true;
  }
  return false;
}

}  // namespace

bool IsByWord(std::string_view w) {
  for (std::string_view by : {"by", "par", "por", "von", "oleh"}) {
    if (EqualsIgnoreCase(w, by)) return true;
  }
  return false;
}

std::string PlaceOpeningDateLine(std::string_view text, const Article& a) {
  constexpr size_t kMaxLine = 120, kMaxPlaceWords = 3;
  if (text.size() > kMaxLine || !MayHoldHtmlDate(text)) return "";
  size_t cut = std::string_view::npos, rest = 0;
  for (std::string_view sep : {" - ", " \u25cf ", " \u2022 "}) {
    size_t at = text.find(sep);
    if (at != std::string_view::npos && at < cut) {
      cut = at;
      rest = at + sep.size();
    }
  }
  if (cut == std::string_view::npos || cut == 0) return "";
  std::string_view place = Trim(text.substr(0, cut));
  std::vector<std::string_view> words = Words(place);
  if (words.empty() || words.size() > kMaxPlaceWords || ParseHtmlDate(text.substr(rest)).empty() ||
      !ParseHtmlDate(place).empty()) {
    return "";
  }
  if (IsByWord(words[0])) return "";  // "By Name - Nov 19, 2019": a byline
  for (std::string_view w : words) {
    // Latin capitals only: a script without capitals cannot tell a place from a name here.
    if (!(w[0] >= 'A' && w[0] <= 'Z') || IsWeekdayOrDateLabel(AsciiLower(w))) return "";
    for (char c : w) {
      if (std::isdigit(static_cast<unsigned char>(c)) || c == ':' || c == '@') return "";
    }
  }
  for (const std::string& name : a.authors) {
    if (EqualsIgnoreCase(place, name)) return "";
  }
  // The section's, the outlet's or a wire's name ("KYODO NEWS - Jun 20, 2024 - 12:31"), or a
  // desk's ("Redaksi Metro TV • 21 November 2025 14:05"), is no place.
  if (EqualsIgnoreCase(place, a.section) || EqualsIgnoreCase(place, a.outlet) ||
      NamesASiteRole(place) || !SiteFromToken(place).empty() || !SiteForOutletName(place).empty() ||
      !CanonicalAgency(place).empty()) {
    return "";
  }
  return std::string(place);
}

}  // namespace kabar::extract
