// Syndication notes ("Artikel ini telah tayang di X dengan judul Y", "This article originally
// appeared on X", "Baca artikel detiknews, \"Y\" selengkapnya URL").
#include "extract/syndication.h"

#include <re2/re2.h>

#include <string>

#include "extract/outlets.h"
#include "extract/text_util.h"

namespace kabar::extract {
namespace {

const RE2& IndonesianNote() {
  static const RE2 re(
      "(?i)^(?:artikel|berita|tulisan) ini (?:telah |sudah )?(?:tayang|terbit|dimuat|diterbitkan|"
      "ditayangkan|tayang lebih dulu|pertama kali tayang) (?:di|pada|dalam|oleh) (\\S+(?: TV)?)"
      "(?:\\s+dengan judul:?\\s*(.+))?$");
  return re;
}

const RE2& EnglishNote() {
  static const RE2 re(
      "(?i)^(?:this|the) (?:article|story|post|piece) (?:was |is |has been )?(?:originally |"
      "first )?(?:appeared|published|posted|republished|ran) (?:on|in|at|by|from) "
      "((?:the )?[^.,;:(]{2,60}?)(?:\\s+(?:on|under|and)\\b.*)?[.,]?(?:\\s+(https?://\\S+))?$");
  return re;
}

// The note a copied detik story carries: "Baca artikel detiknews, \"Title\" selengkapnya URL".
const RE2& ReadAtSourceNote() {
  static const RE2 re(
      "(?i)^baca artikel (\\S+), ([\"\\x{201C}].+[\"\\x{201D}]) "
      "selengkapnya(?:\\s+(https?://\\S+))?$");
  return re;
}

const RE2& UrlPattern() {
  static const RE2 re("(https?://[^\\s\"'<>]+)");
  return re;
}

// Cuts the URL (and the "Klik untuk baca:" lead-in) from a title tail.
void SplitTitleAndUrl(std::string_view tail, std::string* title, std::string* url) {
  std::string t(tail);
  std::string found;
  if (RE2::PartialMatch(t, UrlPattern(), &found)) {
    *url = found;
    while (!url->empty() && (url->back() == '.' || url->back() == ',')) url->pop_back();
    t = t.substr(0, t.find(found));
  }
  static const RE2 lead_in(
      "(?i)[,.]?\\s*(?:klik untuk baca|baca selengkapnya|selengkapnya|"
      "baca artikel selengkapnya|read more)\\s*:?\\s*$");
  RE2::Replace(&t, lead_in, "");
  std::string_view v = Trim(t);
  while (!v.empty() && (v.back() == ',' || v.back() == '.')) v = Trim(v.substr(0, v.size() - 1));
  if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front()) {
    v = v.substr(1, v.size() - 2);
  } else if (v.size() >= 6 && v.substr(0, 3) == "\xE2\x80\x9C" &&
             v.substr(v.size() - 3) == "\xE2\x80\x9D") {
    v = v.substr(3, v.size() - 6);
  }
  *title = std::string(Trim(v));
}

std::string SiteOf(std::string_view name) {
  std::string_view n = Trim(name);
  while (!n.empty() && (n.back() == '.' || n.back() == ',')) n.remove_suffix(1);
  std::string site = SiteForOutletName(n);
  return site.empty() ? std::string(n) : site;
}

// Which notes `line` may open as: kIndonesianOpening for IndonesianNote()'s "(artikel|berita|
// tulisan) ini ", kEnglishOpening for EnglishNote()'s "(this|the) (article|story|post|piece) ",
// kReadAtSourceOpening for ReadAtSourceNote()'s "baca artikel ", in any case. RE2's case folding
// also takes KELVIN SIGN (E2 84 AA) for 'k' and LONG S (C5 BF) for 's', the only non-ASCII letters
// it folds to ASCII ones: a line with either in its opening may open as either note.
constexpr unsigned kIndonesianOpening = 1, kEnglishOpening = 2, kReadAtSourceOpening = 4;
unsigned NoteOpenings(std::string_view line) {
  constexpr size_t kOpening = 40;  // the longest opening below in those three-byte letters
  std::string_view head = line.substr(0, kOpening);
  if (head.find("\xE2\x84\xAA") != std::string_view::npos ||
      head.find("\xC5\xBF") != std::string_view::npos) {
    return kIndonesianOpening | kEnglishOpening | kReadAtSourceOpening;
  }
  switch (line[0] | 0x20) {  // a letter in either case, nothing else, gives 'a', 'b' or 't'
    case 'a':
      return StartsWithIgnoreCase(line, "artikel ini ") ? kIndonesianOpening : 0;
    case 'b':
      if (StartsWithIgnoreCase(line, "baca artikel ")) return kReadAtSourceOpening;
      return StartsWithIgnoreCase(line, "berita ini ") ? kIndonesianOpening : 0;
    case 't':
      if (StartsWithIgnoreCase(line, "tulisan ini ")) return kIndonesianOpening;
      for (std::string_view opening : {"this article ", "this story ", "this post ", "this piece ",
                                       "the article ", "the story ", "the post ", "the piece "}) {
        if (StartsWithIgnoreCase(line, opening)) return kEnglishOpening;
      }
      return 0;
    default:
      return 0;
  }
}

}  // namespace

bool ParseSyndication(std::string_view line, Syndication* out) {
  line = Trim(line);
  // Both notes open with 'a', 'b' or 't' (none of which RE2 folds from a non-ASCII letter),
  // then one of NoteOpenings' openings: most lines need no regex, the others only their own.
  if (line.size() < 20) return false;
  char first = static_cast<char>(line[0] | 0x20);
  if (first != 'a' && first != 'b' && first != 't') return false;
  std::string single;  // the note's words one space apart, as the patterns read them
  if (FindBytePair(line, ' ', ' ') != std::string_view::npos) {
    single = CollapseSpace(line);
    line = single;
  }
  if (line.size() < 20 || line.size() > 600) return false;
  const unsigned openings = NoteOpenings(line);
  re2::StringPiece input(line.data(), line.size());
  std::string where, tail;
  if ((openings & kIndonesianOpening) != 0 &&
      RE2::FullMatch(input, IndonesianNote(), &where, &tail)) {
    Syndication s;
    s.site = SiteOf(where);
    SplitTitleAndUrl(tail, &s.title, &s.url);
    *out = std::move(s);
    return true;
  }
  std::string url;
  if ((openings & kReadAtSourceOpening) != 0 &&
      RE2::FullMatch(input, ReadAtSourceNote(), &where, &tail, &url)) {
    Syndication s;
    SplitTitleAndUrl(tail + " " + url, &s.title, &s.url);
    // "detiknews", "detikfinance": the channel's name; the link's site names the outlet.
    s.site = s.url.empty() ? SiteOf(where) : RegistrableSite(s.url);
    *out = std::move(s);
    return true;
  }
  if ((openings & kEnglishOpening) != 0 && RE2::FullMatch(input, EnglishNote(), &where, &url)) {
    Syndication s;
    s.site = SiteOf(where);
    s.url = url;
    *out = std::move(s);
    return true;
  }
  return false;
}

}  // namespace kabar::extract
