// Invented news-site layouts: how each wraps an article in boilerplate (menus, login
// prompts, ads, bylines, dates in the site's format, captions, related lists with relative
// times, social lines, footers). Every outlet, domain and person name here is made up.
//
// RenderPage is a pure function of (article, layout, rng), so later generators can render
// one story through several layouts (syndicated copies, multi-outlet stories) or render the
// same page twice with small edits (near-duplicates) and know the truth exactly.
#ifndef KABAR_BENCH_GEN_SITE_LAYOUTS_H_
#define KABAR_BENCH_GEN_SITE_LAYOUTS_H_

#include <string>
#include <vector>

#include "gen/page_model.h"
#include "gen/prng.h"
#include "gen/source_texts.h"

namespace kabar::gen {

enum class DateStyle {
  kIdLong,   // "Senin, 12 Juni 2023 10:37 WIB"
  kIdSlash,  // "12/06/2023, 10:37 WIB"
  kIdPipe,   // "Selasa 18 Juni 2024 | 13.30 WIB"
  kIso,      // "2023-06-12 10:37"
  kEnUs,     // "June 12, 2023 10:37 AM ET"
  kEnUk,     // "Mon 12 Jun 2023 10.37 BST"
};

struct SiteLayout {
  std::string outlet;
  std::string site;
  std::string language;  // articles of this language go to this layout
  DateStyle date_style;
  std::string dateline_format;  // "{OUTLET}, {PLACE} - " style prefix; empty for none
  std::string byline_prefix;    // "Penulis: ", "By "
  std::string editor_prefix;    // "Editor: " or empty
  std::string related_header;   // "Baca Juga", "Read more"
  std::vector<std::string> menu;
  std::vector<std::string> ads;
  std::vector<std::string> login;
  std::vector<std::string> social;
  std::vector<std::string> footer;
  bool byline_before_title = false;
  bool caption_under_title = true;
};

// The built-in layouts (Indonesian and English).
const std::vector<SiteLayout>& BuiltinLayouts();

// Renders `article` as a page of `layout`, drawing every choice from `rng`.
GeneratedPage RenderPage(const SourceArticle& article, const SiteLayout& layout, Rng* rng);

}  // namespace kabar::gen

#endif  // KABAR_BENCH_GEN_SITE_LAYOUTS_H_
