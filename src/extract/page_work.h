// PageWork: the state text extraction builds up for one page, shared by the steps in
// text_article.cc (orchestration), article_fields.cc (title, lead, section, dates) and
// article_credits.cc (credits, agencies, captions, syndication).
#ifndef KABAR_EXTRACT_PAGE_WORK_H_
#define KABAR_EXTRACT_PAGE_WORK_H_

#include <string>
#include <string_view>
#include <vector>

#include "extract/body_finder.h"
#include "extract/dates.h"
#include "extract/line_classifier.h"
#include "kabar/article.h"

namespace kabar::extract {

// What became of a line.
enum class LineUse {
  kUnused,  // listed in Article::removed (with `reason`, or one derived from its kind)
  kBody,    // an Article::body paragraph
  kField,   // title, lead, section, caption: in an article field, not listed
};

struct PageWork {
  std::vector<LineInfo> lines;
  std::vector<LineUse> use;
  std::vector<std::string_view> reason;  // explicit removal reason for unused lines
  BodyRegion region;                     // body region (after refinement)
  int title_line = -1;                   // index of the title line, -1 when none
  int tail_end = -1;        // index of the first line after the body that ends the article
  int published_line = -1;  // index of the date line the publication time came from, or -1
  TimePoint now;
  Article* article = nullptr;

  // Marks line i as consumed metadata (listed in removed as "metadata").
  void Consume(int i) { reason[i] = "metadata"; }
  void Remove(int i, std::string_view why) { reason[i] = why; }
  int size() const { return static_cast<int>(lines.size()); }
  // The index of the first non-blank line after line i, or size().
  int NextNonBlank(int i) const {
    for (++i; i < size(); ++i) {
      if (lines[i].kind != LineKind::kBlank) return i;
    }
    return size();
  }
  // The index of the first non-blank line above line i, or -1.
  int PrevNonBlank(int i) const {
    for (--i; i >= 0; --i) {
      if (lines[i].kind != LineKind::kBlank) return i;
    }
    return -1;
  }
};

// article_fields.cc
void FindTitle(const std::string& hint, PageWork* w);
void FindLeadAndSection(PageWork* w);
void FindPublished(const std::string& hint, PageWork* w);
// When no author was found: the writer a date line names before the article's section ("Nurul
// Aini Fadhilah | Humaniora | Jumat 18 April 2025, 13:05 WIB"), once the section is known (a
// breadcrumb above the title is read after the date line).
void FindCreditBeforeSection(PageWork* w);
// A breadcrumb trail in one line ("Home > Ekonomi > Makro", "Utama > Ekonomi", "VIVA –
// Bisnis"): its last crumb unless that is a home link or the outlet, else "". The HTML path
// reads the blocks right above the headline with it too.
std::string SectionFromBreadcrumb(std::string_view text, const Article& a);

// article_credits.cc
void CollectCredits(PageWork* w);
void CollectCaptions(PageWork* w);
void CollectSyndication(PageWork* w);
// When no credit rule found an author: a "By" byline near the title that carries more than
// names ("By Tess Bonn - 11/19/19 06:56 AM EST", "By Chaim Gartenberg@cgartenberg Nov 19,
// 2019", "11/19/2019 by Lars Brandle", "Natasha Turak@NatashaTurak"), its names cleaned as
// author fields are.
void FindLooseByline(PageWork* w);
// When still no author: a writer's profile box near the headline, as blog and citizen-journalism
// platforms print it: a name, perhaps a one-line bio, then a follow button ("Rina Agustina",
// "Guru SD di Sleman ...", "Ikuti"; "Follow").
void FindProfileByline(PageWork* w);
// When still no author: a reader view's byline (Firefox's, Safari's, Chrome's reading mode copy
// the headline, perhaps a standfirst, then the writer's name alone, right above the reading
// time or the site's name: "Fajar Hidayat" over "4-5 menit"), within two non-blank lines under
// the title; a known outlet's name is no writer.
void FindReaderByline(PageWork* w);

}  // namespace kabar::extract

#endif  // KABAR_EXTRACT_PAGE_WORK_H_
