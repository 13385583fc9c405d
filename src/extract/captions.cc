// Photo captions and image placeholders. A caption is recognised by the photo credit that
// closes it; the credit forms are the ones wire services and Indonesian and English news
// sites print.
#include "extract/captions.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "common/ascii16.h"
#include "extract/agencies.h"
#include "extract/line_facts.h"
#include "extract/text_util.h"

namespace kabar::extract {
namespace {

// How many bytes at the end of a line may hold a photo credit.
constexpr size_t kCreditTail = 240;
// The longest photo credit alone on a line, in bytes and in words.
constexpr size_t kMaxCreditLine = 120;
constexpr size_t kMaxCreditLineWords = 8;

constexpr char kWire[] =
    "REUTERS|Reuters|AP|AFP|ANTARA FOTO|ANTARA|Antara|EPA-EFE|EPA|EFE|Getty Images|GETTY|"
    "Xinhua|XINHUA|Shutterstock|SHUTTERSTOCK|Bloomberg|Anadolu|KCNA|Yonhap|Kyodo|Istimewa|"
    "ISTIMEWA|TEMPO|Tempo|KOMPAS\\.com|KOMPAS|Kompas|TRIBUNNEWS|Tribunnews|detikcom|Dok\\.?|"
    "DOK\\.?|Dokumentasi|Handout|iStockphoto|Unsplash|Pixabay|Freepik";

// The credits that close a caption, in groups of one pattern each (each anchored at the line's
// end by CreditPattern). RE2 runs such a pattern backwards from the end of the line, and a
// pattern stays alive as long as any of its alternatives can: "REUTERS/Name" ([^/\n]+) reads the
// whole tail back to its start on every line. So the credits are grouped by a literal each
// alternative of the group holds, and a line runs only the groups whose literal it has
// (EndsWithCredit).
std::string CreditPattern(const std::string& alternatives) {
  return "(?:" + alternatives + ")\\s*$";
}

// Credits closed by a bracket: ')' or ']' ends the line but for white space.
const RE2& BracketCreditAtEnd() {
  static const RE2 re(CreditPattern(
      // "(Sumber: ...)", "(Foto: ...)", "(AP Photo/Evan Vucci)"
      std::string("\\((?i:sumber|foto|photo|source|credit|kredit|dok|image|gambar)\\s*:[^()]+\\)") +
      "|\\((?:AP|AFP|Reuters|EPA|Getty)\\s+(?:Photo|Images)[^()]*\\)" +
      // "... Soekarno-Hatta. (Foto ilustrasi)": a photo marked as an illustration; "(Dokumentasi
      // pribadi)", "(Dok. Pribadi)": a photo from the writer's or subject's own collection
      "|\\.\\s+\\((?i:foto ilustrasi|ilustrasi|illustration|file photo|foto dokumentasi|"
      "dokumentasi pribadi|dok\\.?\\s*pribadi)\\)" +
      // "... Sumatera Utara. (Dok. Medan Kini)": a photo from an institution's or outlet's
      // own collection
      "|\\.\\s+\\((?i:dok\\.|dokumentasi)\\s*[A-Z][^()]*\\)" +
      // "(Antara Photo/Basri Marzuki)": an outlet's photo credit
      "|\\((?:[A-Z][A-Za-z.-]*\\s+){1,2}(?:Photo|Foto)\\s*/[^()]+\\)" +
      // "... Jakarta Utara. (CNBC Indonesia/Tri Susilo)", "... (19/3/2025). [Suara.com/Alfian
      // Winanto]": an outlet and a photographer in brackets; the name is written in mixed case
      // (so an agency-and-initials tag such as "(ANT/RIZ)" closing a paragraph is not one)
      "|\\.\\s+[\\[(][A-Z][A-Za-z0-9.-]*(?:\\s+[A-Z][A-Za-z0-9.-]*){0,2}\\s*/\\s*"
      "[A-Z][a-z][A-Za-z'-]*\\.?(?:\\s+[A-Z][A-Za-z'-]*\\.?){0,4}[\\])]" +
      // "... (tangkapan layar YouTube Sekretariat Presiden)", "(Screenshot/X)": a screen's
      // capture; "(Instagram/@kemenkopmk)": a picture from a social-media account
      "|\\((?i:tangkapan layar|tangkap layar|screenshot|screengrab|cuplikan video)\\b[^()]*\\)"
      "|\\((?:Instagram|Twitter|X|Facebook|YouTube|TikTok)\\s*/\\s*@?[A-Za-z0-9_.][^()]*\\)" +
      // "... Jawa Barat. (KOMPAS.COM/ANDI PRATAMA)": a site's domain, then the photographer's
      // name in any case (the domain tells it from an agency's initials tag, "(ANT/RIZ)")
      "|\\.\\s+[\\[(][A-Za-z0-9-]+\\.(?i:com|co\\.id|id|net|tv)\\s*/\\s*[A-Z][A-Za-z'.-]*"
      "(?:\\s+[A-Z][A-Za-z'.-]*){0,4}[\\])]" +
      // "... Tanjung Perak. (Dimas Ardiansyah/JawaPos.com)", "... (Andika Prasetyo/detikcom)",
      // "... Jakarta Timur. (Irfan Meidianto/VOI)": the photographer first, then the site's
      // domain, a wire's name or an outlet's name in capitals
      "|\\.\\s+[\\[(][A-Z][a-z][A-Za-z'-]*(?:\\s+[A-Z][A-Za-z'-]*\\.?){0,3}\\s*/\\s*"
      "(?:[A-Za-z0-9-]+\\.(?:com|co\\.id|id|net|co|tv)|[A-Z]{2,}[A-Za-z0-9]*(?:\\s+[A-Z][A-Za-z0-9]"
      "*){0,2}|" +
      kWire + ")[\\])]" +
      // "... in central Seoul on Monday. [JOONGANG PHOTO]", "[SCREEN CAPTURE]": an outlet's
      // photo in capitals in square brackets, as Korean outlets credit one (a wire's name
      // alone there, "[AFP]", is as often a story's sign-off: EndsWithAgencyTag)
      "|\\.\\s+\\[(?:[A-Z][A-Z0-9]+\\s+(?:PHOTO|PHOTOS|FOTO)|(?:[A-Z]+\\s+)?SCREEN CAPTURE)\\]"));
  return re;
}

// Credits that end a few words after their cue, asked of every line with a credit's cue.
const RE2& WireCreditAtEnd() {
  static const RE2 re(CreditPattern(
      // "KCNA via REUTERS", "Pool via REUTERS ATTENTION EDITORS", "KCNA melalui REUTERS"
      std::string("\\b(?:via|melalui|lewat)\\s+(?:") + kWire + ")(?:\\s+[A-Z]{2,})*\\.?\\)?" +
      // "... di Uzbekistan. Shutterstock", "... Hitler. dailymail.co.uk"
      "|\\.\\s+(?:" + kWire + "|[A-Za-z0-9-]+\\.(?:com|co\\.uk|org|org\\.uk|net|id|co\\.id))" +
      // "... Pasar Raya Padang. IST", "... Padang. (Ist)": "istimewa" (a photo handed to the
      // newsroom) abbreviated, after a word's full stop (not "p.m. IST", India's time zone)
      "|(?:[a-z]{2}|\\d)\\.\\s+\\(?(?:IST|Ist)\\)?"
      // "... on November 18, 2025. Malaca\u00f1ang Photo", "... Manila. PNA Photo": the source of
      // the picture and "Photo" after the caption's last full stop (Philippine outlets' form)
      "|\\.\\s+(?:\\p{Lu}[\\p{L}'-]*\\s+){1,2}(?:Photo|PHOTO|Foto|FOTO)"));
  return re;
}

// Credits after a label and a colon: the line holds a ':'.
const RE2& LabelCreditAtEnd() {
  // "Foto: ANTARA/...", "Photo: Getty Images", "Credit: ...", "Foto: Ricardo/JPNN.com",
  // "Foto: Dok. Balai Taman Nasional", "FOTO: SULTENG POST/MOH. IKBAL" (a full stop only
  // inside a domain or after "Dok", an initial or a short name's abbreviation)
  static const RE2 re(
      CreditPattern("\\b(?i:foto|photograph|photo|credit|kredit|gambar|image)\\s*:\\s*"
                    "(?:[^.:]|\\.[A-Za-z0-9]|\\b[A-Z][A-Za-z]{0,2}\\.\\s)+"));
  return re;
}

// Credits with a slash between a source and a name: the line holds a '/'.
const RE2& SlashCreditAtEnd() {
  static const RE2 re(CreditPattern(
      // "REUTERS/Ronen Zvulun", "ANTARA FOTO/Name/nym", "[REUTERS / Joshua Roberts]"
      std::string("\\[?\\s*(?:") + kWire + ")\\s*/\\s*[^/\\n]+(?:/[^/\\n]+)*\\]?" +
      // "... Sulawesi Selatan. IDN Times/Ashrawi Muin", "... Lampung. Bisnis/Dedi Gunawan",
      // "... Jakarta. KONTAN/Cheppy A. Muchlis", "... 2024. /Pikiran Rakyat/Dadang Sutisna":
      // after the caption's last full stop, an outlet of one to three capitalised words (a
      // slash may open it), a slash and the photographer's capitalised name,
      // initials allowed (no long counted repetitions anywhere in this pattern: RE2's DFA for
      // "{1,60}" or "{2,120}" made every caption test ten times slower)
      "|\\.\\s+/?[A-Z][A-Za-z0-9.-]*(?:\\s+[A-Z][A-Za-z0-9.-]*){0,2}\\s*/\\s*"
      "[A-Z][A-Za-z'-]*\\.?(?:\\s+[A-Z][A-Za-z'-]*\\.?){0,4}(?:\\s+(?:file|photo|foto)){0,2}"
      "(?:/[^/\\n]+)*"));
  return re;
}

// "... on a bed© Amazon", "... Image copyright Getty Images", "... (c) AFP",
// "... Banten. ©2025 Merdeka.com/Istimewa" (a year after the sign; a full stop only inside a
// domain): the line holds one of kCopyrightSigns.
constexpr std::string_view kCopyrightSigns[] = {"\xC2\xA9", "(c)", "(C)", "Image copyright"};

// True when `s` holds one of kCopyrightSigns: one pass for the bytes they open with (0xC2, '('
// and 'I', sixteen at a time), each compared only where such a byte is.
bool HoldsCopyrightSign(std::string_view s) {
  auto sign_at = [&](size_t i) {
    std::string_view rest = s.substr(i);
    for (std::string_view sign : kCopyrightSigns) {
      if (rest.starts_with(sign)) return true;
    }
    return false;
  };
  size_t i = 0;
#ifdef __SSE2__
  for (; i + 16 <= s.size(); i += 16) {
    __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    __m128i opens = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\xC2')),
                                              _mm_cmpeq_epi8(x, _mm_set1_epi8('('))),
                                 _mm_cmpeq_epi8(x, _mm_set1_epi8('I')));
    for (auto m = static_cast<unsigned>(_mm_movemask_epi8(opens)); m != 0; m &= m - 1) {
      if (sign_at(i + static_cast<size_t>(std::countr_zero(m)))) return true;
    }
  }
#endif
  for (; i < s.size(); ++i) {
    if ((s[i] == '\xC2' || s[i] == '(' || s[i] == 'I') && sign_at(i)) return true;
  }
  return false;
}

const RE2& CopyrightCreditAtEnd() {
  static const RE2 re(
      CreditPattern("(?:©\\s*(?:\\d{4}\\s*)?|\\([cC]\\)\\s+|Image copyright\\s+)[A-Z]"
                    "(?:[^.©]|\\.[A-Za-z0-9])*"));
  return re;
}

// "... last week.Credit...Doug Mills/The New York Times" ("Credit…" too): the line holds
// "Credit".
const RE2& CreditWordAtEnd() {
  static const RE2 re(CreditPattern("\\bCredit(?:\\.\\.\\.|…)[^\\n]+"));
  return re;
}

// After the last full stop, a dash and a credit (its own pattern, asked only of lines with
// such a dash: few are, and the credit groups above are cheaper without it).
const RE2& DashCreditAtEnd() {
  static const RE2 re(
      std::string("(?:") +
      // After the last full stop, a dash and a credit: "... (18/11/2025). - Jibi/Harian
      // Jogja/Gigih M. Hanafi" (outlet and photographer as above), "... terminal. - Bernama
      // photo", "... - Filepic", "... hari ini. --fotoBERNAMA (2025) HAK CIPTA TERPELIHARA"
      // (a photo service's name, its year and the Malay "all rights reserved")
      "\\.\\s*(?:-{1,2}|\u2013|\u2014)\\s*(?:"
      "[A-Z][A-Za-z0-9.-]*(?:\\s+[A-Z][A-Za-z0-9.-]*){0,2}\\s*/\\s*"
      "[A-Z][A-Za-z'-]*\\.?(?:\\s+[A-Z][A-Za-z'-]*\\.?){0,4}(?:/[^/\\n]+)*"
      "|(?:[A-Z][A-Za-z]*\\s+){0,2}(?i:photo|pic|filepic|foto)"
      "|(?i:foto|photo)\\s*[A-Z]{2,}[A-Za-z]*(?:\\s*\\(\\d{4}\\))?"
      "(?:\\s+(?i:hak cipta terpelihara|all rights reserved))?"
      // "... Central Market. \u2014PHOTO BY CARLA MENDOZA": the photographer after "Photo by"
      "|(?i:photo|foto)\\s+(?i:by|oleh)\\s+[A-Z][A-Za-z'-]*(?:\\s+[A-Z][A-Za-z'-]*){0,3}"
      // "... di Jakarta.-Bianca Chairunisa-", "... rupiah.-Dok. Disway-", "-Foto: Istimewa-":
      // the credit between two hyphens, the first glued to the caption's full stop
      "|(?:(?i:foto|dok)\\.?\\s*:?\\s*)?[A-Z][A-Za-z'.]*(?:\\s+[A-Z][A-Za-z'.]*){0,4}\\s*-)" +
      ")\\s*$");
  return re;
}

// Credits of their own patterns, asked only of lines with their cue (SourceCreditCue):
// "... Sabah and Sarawak. (Bernama pic)", "(Facebook photo)", "(Filepic)": the source of a photo
// and "pic" or "photo" in brackets, as Malaysian sites print them; "... on March 17, 2025. Photo
// by Lorenzo Abad/Rappler": "Photo by" the photographer's name, a slash and the outlet.
const RE2& SourceCreditAtEnd() {
  static const RE2 re(
      "(?:\\.\\s+\\((?:(?:[A-Z][A-Za-z]*\\s+){1,2}(?i:pic|photo)|(?i:filepic))\\)"
      "|\\.\\s+(?i:photo|foto)\\s+(?i:by|oleh)\\s+[A-Z][A-Za-z'-]*\\.?"
      "(?:\\s+[A-Z][A-Za-z'-]*\\.?){0,3}\\s*/\\s*[A-Z][A-Za-z0-9.-]*"
      "(?:\\s+[A-Z][A-Za-z'-]*){0,3})\\s*$");
  return re;
}

// How far from the end of a "Photo by Name/Outlet" credit its '/' and its "Photo by" may be.
constexpr size_t kOutletReach = 40;
constexpr size_t kPhotographerReach = 80;

// True when `t` (no white space at its end) ends with "pic)" or "photo)" in any case, or has a
// '/' in its last kOutletReach bytes with "photo by"/"foto oleh" in the kPhotographerReach
// bytes before it (the outlet and the name of up to four words): every SourceCreditAtEnd()
// match does. memrchr, not rfind: rfind steps byte by byte.
bool SourceCreditCue(std::string_view t) {
  if (t.back() == ')') {
    return EndsWithIgnoreCase(t, "pic)") || EndsWithIgnoreCase(t, "photo)");
  }
  size_t from = t.size() > kOutletReach ? t.size() - kOutletReach : 0;
  const void* slash = memrchr(t.data() + from, '/', t.size() - from);
  if (slash == nullptr) return false;
  size_t at = static_cast<size_t>(static_cast<const char*>(slash) - t.data());
  size_t begin = at > kPhotographerReach ? at - kPhotographerReach : 0;
  std::string_view before = t.substr(begin, at - begin);
  return ContainsIgnoreCase(before, "photo by") || ContainsIgnoreCase(before, "foto oleh");
}

// Credits English-language sites print in forms of their own, asked only of lines with their
// cue (OutletCreditCue): "... (Photo by Yuki Tanaka)" (Nikkei Asia), "... Darwin. (ABC Rural:
// Lena Dawson)" (a broadcaster's acronym, its programme or region, a colon and the
// photographer: ABC News), "... in Osaka. | Kyodo" (a credit after a bar: The Japan Times),
// "... this year [Nurul Hidayah Aziz/Al Jazeera]", "[File: Name/Reuters]" (photographer and
// outlet in square brackets, no full stop before them: Al Jazeera).
const RE2& OutletCreditAtEnd() {
  // (Unbounded repetitions: the cue bounds the credit, and a counted one compiles larger.)
  static const RE2 re(
      "(?:\\((?i:photo|foto)\\s+(?i:by|oleh)\\s+[A-Z][^()]*\\)"
      "|\\.\\s+\\([A-Z]{2,5}(?:\\s+[A-Z][a-z]+)?:\\s*[A-Z][A-Za-z' -]*\\)"
      "|\\.\\s+\\|\\s+[A-Z][A-Za-z. -]*"
      "|\\s\\[(?:File:\\s*)?[A-Z][a-z][A-Za-z.' -]*/\\s*[A-Z][A-Za-z0-9. -]*\\])\\s*$");
  return re;
}

// How far from a line's end the '(' of "(Photo by Name)" or "(ABC Rural: Name)" may be.
constexpr size_t kOutletCreditReach = 60;

// True when `t` (no white space at its end) may end with an OutletCreditAtEnd() credit: it ends
// with ']' after a '/' (the bracketed credit), or with ')' whose '(' (within
// kOutletCreditReach bytes) opens "Photo by"/"Foto oleh" or capitals and a ':' follows inside,
// or it has ". |" in its last kOutletCreditReach bytes (the bar credit).
bool OutletCreditCue(std::string_view t) {
  if (t.back() == ']') {
    size_t open = t.rfind('[');
    return open != std::string_view::npos && t.find('/', open) != std::string_view::npos;
  }
  if (t.back() == ')') {
    size_t from = t.size() > kOutletCreditReach ? t.size() - kOutletCreditReach : 0;
    const void* p = memrchr(t.data() + from, '(', t.size() - from);
    if (p == nullptr) return false;
    std::string_view inside =
        t.substr(static_cast<size_t>(static_cast<const char*>(p) - t.data()) + 1);
    return StartsWithIgnoreCase(inside, "photo by") || StartsWithIgnoreCase(inside, "foto oleh") ||
           (inside.size() > 2 && std::isupper(static_cast<unsigned char>(inside[0])) &&
            std::isupper(static_cast<unsigned char>(inside[1])) &&
            inside.find(':') != std::string_view::npos);
  }
  // ". | Kyodo": a '|' in the last kOutletCreditReach bytes after ". ", the line ending with
  // the credit's name (not with a full stop, as paragraphs do).
  if (t.back() == '.') return false;
  size_t from = t.size() > kOutletCreditReach ? t.size() - kOutletCreditReach : 0;
  const void* bar = memrchr(t.data() + from, '|', t.size() - from);
  if (bar == nullptr) return false;
  size_t at = static_cast<size_t>(static_cast<const char*>(bar) - t.data());
  return at >= 2 && t.substr(at - 2, 2) == ". ";
}

// RE2's \s: the white space the credit patterns allow between its tokens and before the end.
bool IsRegexSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

// "(Foto: ...)", "(AP Photo/...)": the credit closes with ')'; `t` has no white space at its end.
bool MayEndWithParenCredit(std::string_view t) { return t.back() == ')' || t.back() == ']'; }

// "REUTERS/Ronen Zvulun", "Dok./Name": a '/' right after a wire name (white space between
// allowed); every wire name ends with an ASCII letter or '.'.
bool MayHoldWireSlash(std::string_view t) {
  for (size_t slash = t.find('/'); slash != std::string_view::npos;
       slash = t.find('/', slash + 1)) {
    size_t i = slash;
    while (i > 0 && IsRegexSpace(t[i - 1])) --i;
    if (i == 0) continue;
    char c = t[i - 1];
    if (c == '.' || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) return true;
  }
  return false;
}

// The run of ASCII letters at the end of `s`.
std::string_view TrailingLetters(std::string_view s) {
  size_t i = s.size();
  while (i > 0 && IsAsciiLetter(s[i - 1])) --i;
  return s.substr(i);
}

// True when the '.' at s[dot] may sit inside a credit: inside a domain ("JPNN.com"), or after
// "Dok", an initial or a name's abbreviation of up to three letters and before white space
// ("Dok. Balai", "Cheppy A. Muchlis", "MOH. IKBAL").
bool InnerCreditStop(std::string_view s, size_t dot) {
  if (dot + 1 >= s.size()) return false;
  if (std::isalnum(static_cast<unsigned char>(s[dot + 1]))) return true;
  if (!IsRegexSpace(s[dot + 1])) return false;
  std::string_view word = TrailingLetters(s.substr(0, dot));  // the regex's \b[A-Z][A-Za-z]{0,2}
  return !word.empty() && word.size() <= 3 && word[0] >= 'A' && word[0] <= 'Z';
}

// "Foto: ANTARA/...", "Photo: Getty Images", "Foto: Ricardo/JPNN.com": after the credit's ':'
// come bytes other than ':' up to the end, at least one, with a '.' only inside it
// (InnerCreditStop); so after the last ':' of `tail` every '.' is such a one.
bool MayEndWithLabelCredit(std::string_view tail) {
  const void* colon = memrchr(tail.data(), ':', tail.size());  // rfind loops byte by byte
  if (colon == nullptr) return false;
  size_t at = static_cast<size_t>(static_cast<const char*>(colon) - tail.data());
  if (at + 1 >= tail.size()) return false;
  // The label is the word right before that colon (white space between allowed).
  size_t end = at;
  while (end > 0 && IsRegexSpace(tail[end - 1])) --end;
  std::string_view label = TrailingLetters(tail.substr(0, end));
  bool labelled = false;
  for (std::string_view word :
       {"foto", "photo", "photograph", "credit", "kredit", "gambar", "image"}) {
    labelled = labelled || EqualsIgnoreCase(label, word);
  }
  if (!labelled) return false;
  for (size_t dot = tail.find('.', at); dot != std::string_view::npos;
       dot = tail.find('.', dot + 1)) {
    if (!InnerCreditStop(tail, dot)) return false;
  }
  return true;
}

// "... di Uzbekistan. Shutterstock", "... Hitler. dailymail.co.uk": a full stop, white space,
// then a wire name or a domain at the end of `t` (no white space at its end). Such a name has
// at most one space inside ("ANTARA FOTO", "Getty Images"), so the full stop is before one of
// the last two runs of white space; it ends with a full stop only as "Dok." or "DOK.".
bool MayEndWithNameAfterStop(std::string_view t) {
  if (t.back() == '.' && !t.ends_with("Dok.") && !t.ends_with("DOK.")) return false;
  size_t end = t.size();
  for (int gap = 0; gap < 2; ++gap) {
    while (end > 0 && !IsRegexSpace(t[end - 1])) --end;  // back over a word
    if (end == 0) return false;
    while (end > 0 && IsRegexSpace(t[end - 1])) --end;  // and the white space before it
    if (end == 0) return false;
    if (t[end - 1] == '.') return true;
  }
  return false;
}

bool HasLowerAscii(std::string_view s) {
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return true;
  }
  return false;
}

// The last runs of letters of the wire names in kWire that are not all capitals ("Reuters",
// "Images" of "Getty Images", "com" of "KOMPAS.com"), worked out from kWire itself, and for each
// length a bit for each last letter ('a' bit 0 .. 'z' bit 25) such a run has: most words are
// ruled out by one look-up.
struct WireEndings {
  static constexpr size_t kMaxLength = 15;
  std::vector<std::string> runs;
  std::array<uint32_t, kMaxLength + 1> last_letters{};

  // The bit of a run's last letter, in either case (`run` is ASCII letters, not empty).
  static uint32_t LastLetterBit(std::string_view run) {
    return 1u << ((static_cast<unsigned char>(run.back()) | 0x20) - 'a');
  }

  // True when `run` (ASCII letters, not empty) is one of `runs`.
  bool Has(std::string_view run) const {
    if (run.size() <= kMaxLength && (last_letters[run.size()] & LastLetterBit(run)) == 0) {
      return false;
    }
    return std::find(runs.begin(), runs.end(), run) != runs.end();
  }
};

const WireEndings& MixedCaseWireEndings() {
  static const WireEndings endings = [] {
    WireEndings out;
    std::string_view all = kWire;
    while (!all.empty()) {
      size_t bar = all.find('|');
      std::string_view name = all.substr(0, bar);
      all = bar == std::string_view::npos ? std::string_view() : all.substr(bar + 1);
      while (!name.empty() && !IsAsciiLetter(name.back())) name.remove_suffix(1);  // "Dok\\.?"
      std::string_view run = TrailingLetters(name);
      if (!HasLowerAscii(run)) continue;
      out.runs.emplace_back(run);
      if (run.size() <= WireEndings::kMaxLength) {
        out.last_letters[run.size()] |= WireEndings::LastLetterBit(run);
      }
    }
    return out;
  }();
  return endings;
}

// "KCNA via REUTERS", "Pool via REUTERS ATTENTION EDITORS.": after the cue word come a wire
// name and words of capitals only, then at most two '.' (after "Dok.") and a ')'. So `t` (no
// white space at its end) ends with a run of letters that is two or more capitals or the end
// of a wire name.
bool MayEndWithWireName(std::string_view t) {
  if (!t.empty() && t.back() == ')') t.remove_suffix(1);
  for (int i = 0; i < 2 && !t.empty() && t.back() == '.'; ++i) t.remove_suffix(1);
  std::string_view run = TrailingLetters(t);
  if (run.empty()) return false;
  if (run.size() >= 2 && !HasLowerAscii(run)) return true;
  return MixedCaseWireEndings().Has(run);
}

// ". - Bernama photo", ". --fotoBERNAMA ...", ". – Jibi/...": a dash after a full stop
// (".-", ". -", ". –", ". —"), looked for in one pass over the full stops; every
// DashCreditAtEnd() match has one.
bool MayHoldDashCredit(std::string_view tail) {
  for (const char* dot = static_cast<const char*>(memchr(tail.data(), '.', tail.size()));
       dot != nullptr;) {
    std::string_view rest = tail.substr(static_cast<size_t>(dot - tail.data()) + 1);
    if (rest.starts_with('-') || rest.starts_with(" -") || rest.starts_with(" \xE2\x80\x93") ||
        rest.starts_with(" \xE2\x80\x94")) {
      return true;
    }
    dot = static_cast<const char*>(memchr(rest.data(), '.', rest.size()));
  }
  return false;
}

// A cheap test that `tail` may end with a credit of the groups above (EndsWithCredit): each
// alternative of the pattern leaves a cue checked above or here ("via"/"melalui"/"lewat" for the
// first, a dash after a full stop for the dash credit; the "(Name/Site.com)" credit has a '/' after
// a letter). Most article paragraphs and headlines have none, so the regex runs on few lines.
bool MayEndWithCredit(std::string_view tail) {
  std::string_view t = tail;
  while (!t.empty() && IsRegexSpace(t.back())) t.remove_suffix(1);
  if (t.empty()) return false;
  if (MayEndWithParenCredit(t) || MayEndWithNameAfterStop(t) || MayHoldWireSlash(t) ||
      MayEndWithLabelCredit(tail)) {
    return true;
  }
  static constexpr std::string_view kViaCues[] = {"via", "melalui", "lewat"};
  if (MayEndWithWireName(t)) {
    for (std::string_view cue : kViaCues) {
      if (Contains(tail, cue)) return true;
    }
  }
  // "\u00a9 Amazon", "(c) AFP", "Image copyright Getty Images": no '.' follows the cue but
  // inside a domain ("\u00a92025 Merdeka.com/Istimewa").
  size_t stop = tail.size();
  while (stop > 0) {
    const void* dot = memrchr(tail.data(), '.', stop);
    if (dot == nullptr) {
      stop = 0;
      break;
    }
    stop = static_cast<size_t>(static_cast<const char*>(dot) - tail.data());
    if (stop + 1 >= tail.size() || !std::isalnum(static_cast<unsigned char>(tail[stop + 1]))) {
      ++stop;
      break;
    }
  }
  return HoldsCopyrightSign(tail.substr(stop)) || Contains(tail, "Credit");
}

// True when `tail` ends with a credit of one of the groups above; `t` is `tail` without the white
// space at its end, not empty. A group runs only when `tail` holds the literal every alternative
// of the group holds (its comment names it).
bool EndsWithCredit(std::string_view tail, std::string_view t) {
  re2::StringPiece piece(tail.data(), tail.size());
  auto holds = [&](char c) { return memchr(tail.data(), c, tail.size()) != nullptr; };
  return ((t.back() == ')' || t.back() == ']') && RE2::PartialMatch(piece, BracketCreditAtEnd())) ||
         RE2::PartialMatch(piece, WireCreditAtEnd()) ||
         (holds(':') && RE2::PartialMatch(piece, LabelCreditAtEnd())) ||
         (holds('/') && RE2::PartialMatch(piece, SlashCreditAtEnd())) ||
         (HoldsCopyrightSign(tail) && RE2::PartialMatch(piece, CopyrightCreditAtEnd())) ||
         (Contains(tail, "Credit") && RE2::PartialMatch(piece, CreditWordAtEnd()));
}

// The longest word alternative of Placeholder() in bytes: "enlarge this image" with each 's'
// as LONG S (U+017F) is 19.
constexpr size_t kMaxPlaceholderWord = 19;

const RE2& Placeholder() {
  static const RE2 re(
      "^(?:(?i:image of [^.!?]+|image-\\S+|perbesar|zoom|enlarge|foto|photo|gambar|image|img|"
      "open gallery|lihat foto|view gallery|galeri foto|galeri|ilustrasi|illustration|"
      "video|play video|watch|tonton video|\\(foto\\)|\\(ilustrasi\\)|"
      // NPR's picture controls; a gallery's counter ("Image 1 of 12", "Foto 2 dari 8").
      "enlarge this image|hide caption|toggle caption|"
      "(?:image|photo|picture|foto|gambar|slide) \\d+ (?:of|dari|/) \\d+)"
      "|\\[[^\\]]*\\]|\\[\\s*\\]|[□■▶►]+)$");
  return re;
}

// `line` after a photo label that opens it ("Foto:", "FOTO :", "Photo:"), trimmed; else `line`.
std::string_view AfterPhotoLabel(std::string_view line) {
  static constexpr std::string_view kPhotoLabels[] = {"foto", "photo"};
  for (std::string_view label : kPhotoLabels) {
    if (!StartsWithIgnoreCase(line, label)) continue;
    std::string_view rest = Trim(line.substr(label.size()));
    if (rest.starts_with(':')) return Trim(rest.substr(1));
  }
  return line;
}

// True when `line` ends with wire credits alone in brackets, " (Antara/Reuters)", " [AFP]": a
// news story's sign-off, not a photo credit (which names a photographer: "(REUTERS/Name)").
bool EndsWithAgencyTag(std::string_view line) {
  if (line.empty() || (line.back() != ')' && line.back() != ']')) return false;
  size_t open = line.rfind(line.back() == ')' ? '(' : '[');
  if (open == std::string_view::npos || open == 0 || line[open - 1] != ' ') return false;
  std::string agency;
  return ParseAgencyLine(line.substr(open + 1, line.size() - open - 2), &agency);
}

// True when `line` ends with a regional paper's sign-off, a reporter's code and the paper's
// one-word name in brackets: "... paruman subak. (Kmb/Balipost)". The code is a capital and
// one or two small letters, which no photo agency or outlet credit before a slash is (the
// sources "Dok", "Ist" and "Net" aside).
bool EndsWithDeskSignOff(std::string_view line) {
  std::string_view inner;
  if (line.size() < 8 || !ClosingParenthesis(line, &inner)) return false;
  size_t slash = inner.find('/');
  if (slash < 2 || slash > 3 || slash + 1 >= inner.size()) return false;
  auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
  if (inner[0] < 'A' || inner[0] > 'Z' || !lower(inner[1]) || (slash == 3 && !lower(inner[2]))) {
    return false;
  }
  // "(Dok/Humas)", "(Ist/...)", "(Net/...)": a photo's source, not a reporter's code
  std::string_view code = inner.substr(0, slash);
  if (code == "Dok" || code == "Ist" || code == "Net") return false;
  std::string_view paper = inner.substr(slash + 1);
  for (char c : paper) {
    if (!std::isalpha(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

// True when `line` ends with the source a story credits in brackets, wires only: "... kata
// dia. (Sumber: Antara)", "... officials said. (Source: Reuters, AFP)". A photo's source is a
// photographer, an account or a site, not a wire named as a source.
bool EndsWithWireSource(std::string_view line) {
  std::string_view inner;
  std::vector<std::string> agencies;
  return ClosingParenthesis(line, &inner) && ParseSourceLine(inner, &agencies);
}

// A photo credit alone on its line: a label and a name, a wire's photo desk and a name, or a
// name and a wire. The wires' full names are written out here (kWire holds the short forms a
// caption closes with).
const RE2& CreditLine() {
  static const RE2 re(
      std::string("[(\\[]?\\s*(?:") +
      // "(Image: Name / Getty Images)", "Foto: Dok. Pribadi", "Photo by Name", "Foto oleh Name"
      // (no comma: "Image: The house in which ..., Austria" is a caption)
      "(?i:foto|photo|photograph|image|images|picture|credit|credits|kredit|gambar|"
      "ilustrasi|illustration)\\s*(?::|\\bby\\b|\\boleh\\b)\\s*[^()\\[\\]:,]+" +
      // "REUTERS/Name", "ANTARA FOTO/Name/nym", "AP Photo/Name"
      "|(?:" + kWire + "|Associated Press)(?:\\s+(?:Photo|Foto|Images))?\\s*/\\s*[^()\\[\\]]+" +
      // "Name, Associated Press", "Name/Getty Images": a name of two to four capitalised words (not
      // a place alone: "Jakarta, Reuters") and a wire
      "|[A-Z][\\w.'-]*(?:\\s+[A-Z][\\w.'-]*){1,3}\\s*[,/]\\s*(?:" + kWire +
      "|Associated Press|The Associated Press)" + ")\\s*[)\\]]?");
  return re;
}

// "Pemimpin Korea Utara Kim Jong Un/Net": a picture taken from the internet, credited "/Net" (or
// "/Ist", istimewa) glued to the caption's last word, as many Indonesian sites print it.
bool EndsWithGluedWebCredit(std::string_view line) {
  for (std::string_view credit : {"/Net", "/NET", "/net", "/Ist", "/IST"}) {
    if (line.size() <= credit.size() + 1 || !line.ends_with(credit)) continue;
    const std::string_view before = line.substr(0, line.size() - credit.size());
    const std::string_view last_word = before.substr(before.rfind(' ') + 1);
    // A word, not a path or an address ("kementerian.go.id/net").
    return std::isalpha(static_cast<unsigned char>(before.back())) &&
           last_word.find_first_of("./:") == std::string_view::npos;
  }
  return false;
}

// "Putin (left) and Kim shake hands in Pyongyang on Wednesday. (Yonhap)": a sentence closed by
// a wire's name alone in brackets (Korean and Japanese sites' photo credit) that says who stands
// where in the picture. A story's paragraph may end with its wire's name, but does not place
// people left and right.
bool PlacesPeopleBeforeWire(std::string_view line) {
  const size_t open = line.rfind('(');
  if (open == std::string_view::npos || open < 2 || line.substr(open - 2, 2) != ". ") return false;
  if (CanonicalAgency(line.substr(open + 1, line.size() - open - 2)).empty()) return false;
  const std::string_view sentence = line.substr(0, open);
  for (std::string_view place : {"(left", "(right", "(center", "(centre", "(front", "(kiri",
                                 "(kanan", "(tengah", "(L)", "(R)"}) {
    if (ContainsIgnoreCase(sentence, place)) return true;
  }
  return false;
}

}  // namespace

bool LooksLikeCaption(std::string_view line) {
  line = Trim(line);
  return LooksLikeCaption(line, -1);
}

namespace {

// "Gambar hiasan. - Foto AFP", "Ilustrasi. Foto Pixabay.": a short caption, one phrase closed
// by a full stop, then "Foto" or "Photo" and the picture's source (one or two capitalised
// words), as Malaysian and Indonesian sites credit an illustration. (The phrase holds no
// "foto" or "photo" itself: "Lihat foto. Foto Galeri" is a gallery's link.) Or an
// illustration's phrase and its source in brackets.
bool IsShortCaptionWithSource(std::string_view line) {
  if (line.size() > 80) return false;
  // "Ilustrasi sedekah. (Dok. Republika)", "Ilustrasi. (Foto: Freepik)", "Ilustrasi libur Natal
  // (Shutterstock)": an illustration's caption, its source in brackets.
  if (StartsWithIgnoreCase(line, "ilustrasi") || StartsWithIgnoreCase(line, "illustration")) {
    static const RE2 illustration(
        "(?i:ilustrasi|illustration)\\b[^.!?()]{0,40}\\.?\\s*\\((?:(?i:dok\\.?|dokumentasi|foto|"
        "photo|sumber|source|image|gambar)\\s*:?\\s*[A-Z][^()]{0,40}|"
        // or the source alone, a capitalised word or two: "(Shutterstock)", "(Pixabay/Name)"
        "[A-Z][A-Za-z]+(?:[ /.-][A-Z@][A-Za-z0-9._]+)?)\\)");
    if (RE2::FullMatch(re2::StringPiece(line.data(), line.size()), illustration)) return true;
  }
  if (!ContainsIgnoreCase(line, "oto ")) return false;
  static const RE2 re(
      "[^.!?:]{3,40}\\.\\s*(?:(?:-|\u2013|\u2014)\\s*)?(?i:foto|photo)\\s*:?\\s+"
      "[A-Z][A-Za-z0-9.-]*(?:\\s+[A-Z][A-Za-z0-9.-]*)?\\.?");
  if (!RE2::FullMatch(re2::StringPiece(line.data(), line.size()), re)) return false;
  const std::string_view phrase = line.substr(0, line.find('.'));
  return !ContainsIgnoreCase(phrase, "foto") && !ContainsIgnoreCase(phrase, "photo");
}

}  // namespace

bool LooksLikeCaption(std::string_view line, int words) {
  if (line.size() < 20 || line.size() > 2000) return false;
  if (WithoutCaptionLabel(line).size() < line.size()) return true;
  if (words < 5 && IsShortCaptionWithSource(line)) return true;
  if (words >= 0 && words < 5) return false;  // a known count first: it costs nothing
  if (line.back() == ')' && PlacesPeopleBeforeWire(line) && !EndsWithWireSource(line)) return true;
  if (EndsWithGluedWebCredit(line)) return words >= 0 ? words >= 4 : CountWords(line) >= 4;
  // A credit closes the caption: only the line's tail is searched (at a UTF-8 boundary).
  std::string_view tail = line;
  if (tail.size() > kCreditTail) {
    size_t cut = tail.size() - kCreditTail;
    while (cut < tail.size() && (static_cast<unsigned char>(tail[cut]) & 0xC0) == 0x80) ++cut;
    tail.remove_prefix(cut);
  }
  std::string_view trimmed = tail;
  while (!trimmed.empty() && IsRegexSpace(trimmed.back())) trimmed.remove_suffix(1);
  bool credit = MayEndWithCredit(tail), dash = MayHoldDashCredit(tail);
  bool source = !trimmed.empty() && SourceCreditCue(trimmed);
  bool outlet = !trimmed.empty() && OutletCreditCue(trimmed);
  if (!credit && !dash && !source && !outlet) return false;
  // A photo label opening the line is a photo story's headline ("FOTO: Menyusuri Kampung ...")
  // unless a caption with its credit follows it ("Foto: Layar ... Jakarta. (CNBC Indonesia/X)").
  if (std::string_view rest = AfterPhotoLabel(line); rest.size() < line.size()) {
    return LooksLikeCaption(rest, -1);
  }
  if ((words >= 0 ? static_cast<size_t>(words) : CountWords(line)) < 5) return false;
  if (credit && (EndsWithAgencyTag(trimmed) || EndsWithDeskSignOff(trimmed))) return false;
  if (EndsWithWireSource(trimmed)) return false;
  re2::StringPiece piece(tail.data(), tail.size());
  return (credit && EndsWithCredit(tail, trimmed)) ||
         (dash && RE2::PartialMatch(piece, DashCreditAtEnd())) ||
         (source && RE2::PartialMatch(piece, SourceCreditAtEnd())) ||
         (outlet && RE2::PartialMatch(piece, OutletCreditAtEnd()));
}

std::string_view WithoutCaptionLabel(std::string_view caption) {
  // Text dumps of some sites label their captions ("Image caption Protesters ...", "Media
  // captionWho is ...?": the label runs into the caption; BBC Indonesia's "Keterangan gambar,").
  static constexpr std::string_view kCaptionLabels[] = {"Image caption", "Media caption",
                                                        "Keterangan gambar", "Keterangan video"};
  std::string_view line = Trim(caption);
  if (line.empty() || (line[0] != 'I' && line[0] != 'M' && line[0] != 'K')) return caption;
  for (std::string_view label : kCaptionLabels) {
    if (!line.starts_with(label)) continue;
    std::string_view rest = line.substr(label.size());
    if (!rest.empty() && rest[0] >= 'a' && rest[0] <= 'z') continue;  // "Image captions ..."
    if (!rest.empty() && (rest[0] == ',' || rest[0] == ':')) rest.remove_prefix(1);
    return Trim(rest);
  }
  return caption;
}

bool IsPhotoCreditLine(std::string_view line) {
  line = Trim(line);
  if (line.size() < 4 || line.size() > kMaxCreditLine || CountWords(line) > kMaxCreditLineWords) {
    return false;
  }
  return RE2::FullMatch(re2::StringPiece(line.data(), line.size()), CreditLine());
}

namespace {

// True when `token` (no white space in it) ends with an image file's extension, a query string
// after it allowed: "airpods-pro-2.jpg", "https://cdn.site/a/b.png?w=640". A dump prints a
// picture's file name where the page gives no alt text, often twice, glued ("x.jpgx.jpg").
bool EndsWithImageFileName(std::string_view token) {
  if (size_t query = token.rfind('?'); query != std::string_view::npos) {
    token = token.substr(0, query);
  }
  size_t dot = token.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || token.size() - dot > 5) return false;
  std::string_view ext = token.substr(dot + 1);
  for (std::string_view image : {"jpg", "jpeg", "png", "gif", "webp", "avif", "svg", "bmp"}) {
    if (EqualsIgnoreCase(ext, image)) return true;
  }
  return false;
}

// True when the line is one or two image file names or addresses and nothing else (a markup
// converter's leftover ']' allowed).
bool IsImageFileLine(std::string_view line) {
  if (line.size() < 5 || line.size() > 300 || line.back() == '.') return false;
  if (line.back() == ']') line.remove_suffix(1);
  size_t space = line.find(' ');
  if (space == std::string_view::npos) return EndsWithImageFileName(line);
  std::string_view second = line.substr(space + 1);
  return second.find(' ') == std::string_view::npos &&
         EndsWithImageFileName(line.substr(0, space)) && EndsWithImageFileName(second);
}

}  // namespace

bool IsImagePlaceholder(std::string_view line) {
  line = Trim(line);
  if (IsImageFileLine(line)) return true;
  if (line.empty() || line.size() > 130) return false;
  // Every Placeholder() match opens with one of these ASCII bytes (letters in either case) or
  // with a non-ASCII byte (LONG S, which RE2 folds to 's', among them).
  constexpr std::string_view kOpenings = "ipzefgolvwth([s";
  unsigned char first = static_cast<unsigned char>(line[0]);
  char folded = static_cast<char>(first >= 'A' && first <= 'Z' ? first + ('a' - 'A') : first);
  if (first < 0x80 && kOpenings.find(folded) == std::string_view::npos) return false;
  // "[...]" ends with ']'. The other ASCII openings are lines of at most kMaxPlaceholderWord
  // bytes (with RE2's folding of 's' to LONG S, two bytes) unless the line opens with "image"
  // ("image of ...", "image-...", "Image 1 of 12"); a gallery's counter is shorter than that.
  if (first == '[') {
    if (line.back() != ']') return false;
  } else if (first < 0x80 && line.size() > kMaxPlaceholderWord &&
             !StartsWithIgnoreCase(line, "image")) {
    return false;
  }
  return RE2::FullMatch(re2::StringPiece(line.data(), line.size()), Placeholder());
}

}  // namespace kabar::extract
