// Photo captions and image placeholders. A caption is recognised by the photo credit that
// closes it; the credit forms are the ones wire services and Indonesian and English news
// sites print.
#include "extract/captions.h"

#include <re2/re2.h>

#include <string>

#include "extract/text_util.h"

namespace kabar::extract {
namespace {

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
      "|\\[?\\s*(?:" + kWire + ")\\s*/\\s*[^/\\n]{2,60}(?:/[^/\\n]{1,40}){0,3}\\]?" +
      // "(Sumber: ...)", "(Foto: ...)", "(AP Photo/Evan Vucci)"
      "|\\((?i:sumber|foto|photo|source|credit|kredit|dok|image|gambar)\\s*:[^()]{2,200}\\)" +
      "|\\((?:AP|AFP|Reuters|EPA|Getty)\\s+(?:Photo|Images)[^()]{0,80}\\)" +
      // "Foto: ANTARA/...", "Photo: Getty Images", "Credit: ..."
      "|\\b(?i:foto|photo|credit|kredit|gambar|image)\\s*:\\s*[^.:]{2,80}" +
      // "... di Uzbekistan. Shutterstock", "... Hitler. dailymail.co.uk"
      "|\\.\\s+(?:" + kWire + "|[A-Za-z0-9-]+\\.(?:com|co\\.uk|org|org\\.uk|net|id|co\\.id))" +
      ")\\s*$");
  return re;
}

const RE2& Placeholder() {
  static const RE2 re(
      "^(?:(?i:image of .{1,40}|image-\\S+|perbesar|zoom|enlarge|foto|photo|gambar|image|img|"
      "open gallery|lihat foto|view gallery|galeri foto|galeri|ilustrasi|illustration|"
      "video|play video|watch|tonton video|\\(foto\\)|\\(ilustrasi\\))"
      "|\\[[^\\]]{0,120}\\]|\\[\\s*\\]|[□■▶►]+)$");
  return re;
}

}  // namespace

bool LooksLikeCaption(std::string_view line) {
  line = Trim(line);
  if (line.size() < 20 || line.size() > 2000) return false;
  if (Words(line).size() < 5) return false;
  return RE2::PartialMatch(re2::StringPiece(line.data(), line.size()), CreditAtEnd());
}

bool IsImagePlaceholder(std::string_view line) {
  line = Trim(line);
  if (line.empty() || line.size() > 130) return false;
  return RE2::FullMatch(re2::StringPiece(line.data(), line.size()), Placeholder());
}

}  // namespace kabar::extract
