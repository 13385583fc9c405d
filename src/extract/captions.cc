// Photo captions and image placeholders. A caption is recognised by the photo credit that
// closes it; the credit forms are the ones wire services and Indonesian and English news
// sites print.
#include "extract/captions.h"

#include <re2/re2.h>

#include <string>

#include "extract/text_util.h"

namespace kabar::extract {
namespace {

// How many bytes at the end of a line may hold a photo credit.
constexpr size_t kCreditTail = 240;

constexpr char kWire[] =
    "REUTERS|Reuters|AP|AFP|ANTARA FOTO|ANTARA|Antara|EPA-EFE|EPA|EFE|Getty Images|GETTY|"
    "Xinhua|XINHUA|Shutterstock|SHUTTERSTOCK|Bloomberg|Anadolu|KCNA|Yonhap|Kyodo|Istimewa|"
    "ISTIMEWA|TEMPO|Tempo|KOMPAS\\.com|KOMPAS|Kompas|TRIBUNNEWS|Tribunnews|detikcom|Dok\\.?|"
    "DOK\\.?|Dokumentasi|Handout|iStockphoto|Unsplash|Pixabay|Freepik";

// Credits that close a caption.
const RE2& CreditAtEnd() {
  static const RE2 re(
      std::string("(?:") +
      // "KCNA via REUTERS", "Pool via REUTERS ATTENTION EDITORS", "KCNA melalui REUTERS"
      "\\b(?:via|melalui|lewat)\\s+(?:" + kWire + ")(?:\\s+[A-Z]{2,})*\\.?\\)?" +
      // "REUTERS/Ronen Zvulun", "ANTARA FOTO/Name/nym", "[REUTERS / Joshua Roberts]"
      "|\\[?\\s*(?:" + kWire + ")\\s*/\\s*[^/\\n]+(?:/[^/\\n]+)*\\]?" +
      // "(Sumber: ...)", "(Foto: ...)", "(AP Photo/Evan Vucci)"
      "|\\((?i:sumber|foto|photo|source|credit|kredit|dok|image|gambar)\\s*:[^()]+\\)" +
      "|\\((?:AP|AFP|Reuters|EPA|Getty)\\s+(?:Photo|Images)[^()]*\\)" +
      // "Foto: ANTARA/...", "Photo: Getty Images", "Credit: ..."
      "|\\b(?i:foto|photo|credit|kredit|gambar|image)\\s*:\\s*[^.:]+" +
      // "... di Uzbekistan. Shutterstock", "... Hitler. dailymail.co.uk"
      "|\\.\\s+(?:" + kWire + "|[A-Za-z0-9-]+\\.(?:com|co\\.uk|org|org\\.uk|net|id|co\\.id))" +
      ")\\s*$");
  return re;
}

// A cheap test that `tail` may end with a credit CreditAtEnd() knows: each form leaves a cue.
// "via"/"melalui"/"lewat" words; a '/' after the wire name; a ':' after "Foto"; a closing ')';
// and a credit after a full stop (". Shutterstock") needs a full stop followed by white space,
// and ends with a name, not a full stop (except "Dok."). Most article paragraphs and headlines
// have none of these, so the regex runs on few lines.
bool MayEndWithCredit(std::string_view tail) {
  if (tail.empty()) return false;
  for (char cue : {'/', ':', ')'}) {
    if (tail.find(cue) != std::string_view::npos) return true;
  }
  for (std::string_view cue : {"via", "melalui", "lewat"}) {
    if (tail.find(cue) != std::string_view::npos) return true;
  }
  if (tail.back() == '.') return tail.ends_with("Dok.") || tail.ends_with("DOK.");
  for (size_t dot = tail.find('.'); dot != std::string_view::npos; dot = tail.find('.', dot + 1)) {
    if (dot + 1 < tail.size() &&
        std::string_view(" \t\n\f\r\v").find(tail[dot + 1]) != std::string_view::npos) {
      return true;
    }
  }
  return false;
}

const RE2& Placeholder() {
  static const RE2 re(
      "^(?:(?i:image of [^.!?]+|image-\\S+|perbesar|zoom|enlarge|foto|photo|gambar|image|img|"
      "open gallery|lihat foto|view gallery|galeri foto|galeri|ilustrasi|illustration|"
      "video|play video|watch|tonton video|\\(foto\\)|\\(ilustrasi\\))"
      "|\\[[^\\]]*\\]|\\[\\s*\\]|[□■▶►]+)$");
  return re;
}

}  // namespace

bool LooksLikeCaption(std::string_view line) {
  line = Trim(line);
  return LooksLikeCaption(line, -1);
}

bool LooksLikeCaption(std::string_view line, int words) {
  if (line.size() < 20 || line.size() > 2000) return false;
  // A credit closes the caption: only the line's tail is searched (at a UTF-8 boundary).
  std::string_view tail = line;
  if (tail.size() > kCreditTail) {
    size_t cut = tail.size() - kCreditTail;
    while (cut < tail.size() && (static_cast<unsigned char>(tail[cut]) & 0xC0) == 0x80) ++cut;
    tail.remove_prefix(cut);
  }
  if (!MayEndWithCredit(tail)) return false;
  if ((words >= 0 ? static_cast<size_t>(words) : CountWords(line)) < 5) return false;
  return RE2::PartialMatch(re2::StringPiece(tail.data(), tail.size()), CreditAtEnd());
}

bool IsImagePlaceholder(std::string_view line) {
  line = Trim(line);
  if (line.empty() || line.size() > 130) return false;
  // Every Placeholder() match opens with one of these ASCII bytes (letters in either case:
  // none of them has a non-ASCII case variant RE2 folds to it) or with a non-ASCII byte.
  constexpr std::string_view kOpenings = "ipzefgolvwt([";
  unsigned char first = static_cast<unsigned char>(line[0]);
  char folded = static_cast<char>(first >= 'A' && first <= 'Z' ? first + ('a' - 'A') : first);
  if (first < 0x80 && kOpenings.find(folded) == std::string_view::npos) return false;
  return RE2::FullMatch(re2::StringPiece(line.data(), line.size()), Placeholder());
}

}  // namespace kabar::extract
