// Photo captions: the descriptive line under a picture, recognised by the photo credit it
// ends with ("KCNA via REUTERS", "REUTERS/Ronen Zvulun", "(Sumber: ...)", "ANTARA FOTO/...",
// "Foto: ...", "(AP Photo/...)", "Getty Images", "Shutterstock", "© Name", "Image copyright
// Name", "Credit...Name"), or by the label some sites print before it ("Image caption").
//
// Thread safety: pure functions.
#ifndef KABAR_EXTRACT_CAPTIONS_H_
#define KABAR_EXTRACT_CAPTIONS_H_

#include <string_view>

namespace kabar::extract {

// True when `line` reads as a photo caption: a descriptive text (at least a few words)
// closed by a photo credit.
bool LooksLikeCaption(std::string_view line);
// The same for a trimmed `line` of `words` words (CountWords(line)), known to the caller.
bool LooksLikeCaption(std::string_view line, int words);

// `caption` without the label a site prints before it ("Keterangan gambar, Kapal ...",
// "Image caption Protesters ...", "Media captionWho is ..."): the caption itself. A caption
// without a label is returned as it is.
std::string_view WithoutCaptionLabel(std::string_view caption);

// True when `line` is a photo credit alone, printed on its own line under a picture or its
// caption: "(Image: Name / Getty Images)", "Foto: ANTARA/Name", "Photo by Name",
// "REUTERS/Name", "AP Photo/Name", "Name, Associated Press", "(Credit: iStock)".
bool IsPhotoCreditLine(std::string_view line);

// True for a line that stands for an image in a text dump and carries no text of its own:
// "Image of Tempo", "image-gnews", "Perbesar", "[photo-name-12]", "Foto:", "Zoom", or one or
// two image file names or addresses ("echo-buds.jpg echo-buds.jpg", "https://x.id/a.png?w=5").
bool IsImagePlaceholder(std::string_view line);

}  // namespace kabar::extract

#endif  // KABAR_EXTRACT_CAPTIONS_H_
