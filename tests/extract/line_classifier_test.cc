#include "extract/line_classifier.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "extract/dates.h"
#include "extract/page_lines.h"

namespace kabar::extract {
namespace {

// A page of a made-up site: furniture every page repeats, furniture of every fifth page, a
// date, a credit, a caption, and `unique` paragraphs no other page has.
std::string MakePage(int page, int unique) {
  std::string text =
      "Home\nNews\nBerita Terkait\nBaca Juga: Harga cabai naik lagi\nIkuti kami di Instagram\n\n";
  if (page % 5 == 0) text += "Promo akhir tahun untuk pelanggan setia\nUnduh aplikasi kami\n\n";
  text += "Senin, 12 Januari 2025 10:00 WIB\nPenulis: Budi Santoso\n3 jam lalu\n\n";
  text += "Warga antre di depan kantor pos pada Senin pagi. (Foto: Humas Pemkot Bogor)\n\n";
  for (int i = 0; i < unique; ++i) {
    text += "JAKARTA - Paragraf " + std::to_string(page) + "-" + std::to_string(i) +
            " menjelaskan bahwa pemerintah akan menaikkan anggaran daerah tahun depan, kata "
            "pejabat itu kepada wartawan.\n";
  }
  text += "\nCopyright 2025 Kabar Cakrawala\n";
  return text;
}

std::vector<LineInfo> Classify(const std::string& text, const ClassifyContext& ctx) {
  return ClassifyLines(SplitPageLines(text, 4096), ctx);
}

void ExpectSameVerdicts(const std::vector<LineInfo>& a, const std::vector<LineInfo>& b, int page) {
  ASSERT_EQ(a.size(), b.size()) << page;
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].kind, b[i].kind) << page << ": " << a[i].text;
    EXPECT_EQ(a[i].reason, b[i].reason) << page << ": " << a[i].text;
    EXPECT_EQ(a[i].ends_article, b[i].ends_article) << page << ": " << a[i].text;
    EXPECT_EQ(a[i].dateline, b[i].dateline) << page << ": " << a[i].text;
    EXPECT_EQ(a[i].prose.words, b[i].prose.words) << page << ": " << a[i].text;
    EXPECT_EQ(a[i].prose.score, b[i].prose.score) << page << ": " << a[i].text;
    EXPECT_EQ(a[i].date.iso, b[i].date.iso) << page << ": " << a[i].text;
  }
}

// The per-thread verdict cache fills (more distinct short lines than it holds) and is thinned
// several times over these pages; every page must be classified as a thread that never saw
// another page (an empty cache) classifies it.
TEST(ClassifyLines, SameVerdictsWhateverTheCacheHolds) {
  ClassifyContext ctx;
  ASSERT_TRUE(ParseIsoTime("2026-01-01T00:00:00Z", &ctx.now));
  constexpr int kPages = 60, kUnique = 1500;
  for (int page = 0; page < kPages; ++page) {
    const std::string text = MakePage(page, kUnique);
    const std::vector<LineInfo> warm = Classify(text, ctx);
    if (page % 10 != 9) continue;  // a fresh thread for every tenth page is enough
    std::vector<LineInfo> cold;
    std::thread([&] { cold = Classify(text, ctx); }).join();
    ExpectSameVerdicts(warm, cold, page);
  }
}

// "Email" alone is a login form's field label, but a share bar's button next to a share line.
TEST(ClassifyLines, EmailInAShareBarIsAShareButton) {
  const std::vector<LineInfo> bar = Classify("Share\nFacebook\nX\nEmail\n\nCopy link\n", {});
  ASSERT_EQ(bar.size(), 6u);
  EXPECT_EQ(bar[3].reason, "share");
  const std::vector<LineInfo> form = Classify("Masuk\n\nEmail\nPassword\nLupa kata sandi?\n", {});
  ASSERT_EQ(form.size(), 5u);
  EXPECT_EQ(form[2].reason, "login");
}

// A media teaser ("Watch: ...", "Video: ...") under a paragraph of the story is a related teaser
// (over the story, as a video page's headline, it is left as text); the video's duration next
// to it is the player's (an image line); alone between paragraphs it is left as text.
TEST(ClassifyLines, MediaTeaserUnderAParagraphAndItsPlayersDuration) {
  const std::string para =
      "The city council approved a new budget on Monday after a lengthy debate over transit.\n\n";
  const std::vector<LineInfo> teaser =
      Classify(para + "Watch: Council members debate the transit budget\n02:14\n\n" + para, {});
  ASSERT_EQ(teaser.size(), 7u);
  EXPECT_EQ(teaser[2].reason, "related");
  EXPECT_EQ(teaser[3].kind, LineKind::kImage);
  const std::vector<LineInfo> headline =
      Classify("VIDEO: Council members debate the transit budget\n\n" + para, {});
  EXPECT_EQ(headline[0].kind, LineKind::kText);
  const std::vector<LineInfo> sentence =
      Classify(para + "Video: the council voted first and adjourned.\n\n" + para, {});
  EXPECT_EQ(sentence[2].kind, LineKind::kText);
  const std::vector<LineInfo> alone = Classify(para + "02:14\n\n" + para, {});
  ASSERT_EQ(alone.size(), 6u);
  EXPECT_EQ(alone[2].kind, LineKind::kText);
}

// A name in capitals in parentheses alone on its line ("(NIA DEVIYANA)", a story's sign-off) is
// metadata, as editors' initials are; a wire's name stays an agency line, and a longer or
// mixed-case text in parentheses stays text.
TEST(ClassifyLines, NameInCapitalsInParenthesesIsASignOff) {
  const std::vector<LineInfo> v = Classify(
      "(NIA DEVIYANA)\n(AFP)\n(Harga Naik)\n(KATA DIA KEPADA WARTAWAN DI SANA)\n(HW/RD)\n", {});
  ASSERT_GE(v.size(), 5u);
  EXPECT_EQ(v[0].kind, LineKind::kBoilerplate);
  EXPECT_EQ(v[0].reason, "metadata");
  EXPECT_EQ(v[1].kind, LineKind::kAgency);
  EXPECT_EQ(v[2].kind, LineKind::kText);
  EXPECT_EQ(v[3].kind, LineKind::kText);
  EXPECT_EQ(v[4].reason, "metadata");
}

}  // namespace
}  // namespace kabar::extract
