// Hostile and broken HTML: each gives a best-effort article or a clear error, never a crash
// or a hang, and a run over all of them accounts for every input.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/html_document.h"
#include "extract/html_prescan.h"
#include "kabar/extract.h"
#include "kabar/extract_run.h"
#include "test_util.h"

namespace kabar {
namespace {

const char kPara[] =
    "The council approved the new budget on Tuesday after a long debate about road repairs.";

RawPage HtmlPage(std::string html, std::string charset_hint = "") {
  RawPage page;
  page.kind = ContentKind::kHtml;
  page.bytes = std::move(html);
  page.charset_hint = std::move(charset_hint);
  return page;
}

std::string Nested(const std::string& open, const std::string& close, int n) {
  std::string html = "<html><body>";
  for (int i = 0; i < n; ++i) html += open;
  html += std::string("<p>") + kPara + "</p>";
  for (int i = 0; i < n; ++i) html += close;
  return html + "</body></html>";
}

TEST(HostileHtml, HundredThousandNestedElements) {
  for (const char* tag : {"div", "span", "b", "table"}) {
    SCOPED_TRACE(tag);
    std::string t = tag;
    Result<Article> a =
        ExtractArticle(HtmlPage(Nested("<" + t + ">", "</" + t + ">", 100000)), {}, nullptr);
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    ASSERT_EQ(a->body.size(), 1u);
    EXPECT_EQ(a->body[0], kPara);
  }
}

TEST(HostileHtml, LimitNestingKeepsTextAndShallowPagesUntouched) {
  EXPECT_EQ(LimitNesting("<div><p>a<div>b</div></p></div>", 10), "");
  EXPECT_EQ(LimitNesting("<div><div><div>x</div></div></div>", 2), "<div><div>x</div></div>");
  EXPECT_EQ(LimitNesting("<p>" + std::string(5000, 'x'), 1), "");
}

TEST(HostileHtml, PrepareForParsingDropsOnlyUnreadScriptAndStyle) {
  const std::string code(300, 'x');
  // Style and long scripts lose their content, not their tags; the rest is untouched.
  EXPECT_EQ(PrepareForParsing(
                "<style>p{color:red}</style><p>a</p><script>" + code + "</script ><p>b</p>", 10),
            "<style></style><p>a</p><script></script ><p>b</p>");
  // JSON-LD (read for metadata) and short one-call scripts (dates) stay.
  std::string ld = "<script type=\"application/LD+JSON\">{\"x\": \"" + code + "\"}</script>";
  EXPECT_EQ(PrepareForParsing(ld, 10), "");
  std::string shown = "<script>  showDate(\"2020/04/17 01:43:09\");  </script>";
  EXPECT_EQ(PrepareForParsing(shown, 10), "");
  // Short scripts of any other shape go too, unless they hold NUL or CR (the parser rewrites
  // those, so the shape is left for html_metadata to judge).
  EXPECT_EQ(PrepareForParsing("<script>var now = '2020-04-17';</script><script>f(x)</script>", 10),
            "<script></script><script></script>");
  EXPECT_EQ(PrepareForParsing("<script>f(\"a\")\r</script>", 10), "");
  // Escaped script states, unterminated scripts and a "</scriptx" are left to the parser.
  EXPECT_EQ(PrepareForParsing("<script><!--" + code + "</script>", 10), "");
  EXPECT_EQ(PrepareForParsing("<script>" + code, 10), "");
  EXPECT_EQ(PrepareForParsing("<script>" + code + "</scriptx>" + code + "</SCRIPT>", 10),
            "<script></SCRIPT>");
  // Attributes nothing reads go as whole tokens; those read stay, so does <link>'s href.
  EXPECT_EQ(PrepareForParsing("<a href=\"/x\" class=\"c\" data-id=5 onclick='f()'>t</a>"
                              "<img SRC=x/><link rel=canonical href=\"/c\">",
                              10),
            "<a  class=\"c\"  >t</a><img ><link rel=canonical href=\"/c\">");
  // A tag whose attributes do not read plainly is left whole.
  EXPECT_EQ(PrepareForParsing("<a title=\"a>b\" href=x>t</a><a href=x\"y>u</a>", 10), "");
  // Comment text goes, and runs of white space in text shrink to their first character, but
  // not inside raw text (JSON-LD strings keep theirs) or attribute values.
  EXPECT_EQ(PrepareForParsing("<p>\n   a  \t b</p> <!-- x -->\n\n<p class=\"a   b\">c</p>", 10),
            "<p>\na b</p> <!---->\n<p class=\"a   b\">c</p>");
  EXPECT_EQ(PrepareForParsing("<script type=application/ld+json>{\"a\": \"x   y\"}</script>", 10),
            "");
  // Nesting is capped as LimitNesting does.
  EXPECT_EQ(PrepareForParsing("<div><div><div>x</div></div></div>", 2), "<div><div>x</div></div>");
}

TEST(HostileHtml, OneCallScriptArgument) {
  std::string_view arg;
  ASSERT_TRUE(OneCallScriptArgument(" \n document.write('2020/04/17 01:43:09') ;\n", &arg));
  EXPECT_EQ(arg, "2020/04/17 01:43:09");
  EXPECT_FALSE(OneCallScriptArgument("var d = '2020/04/17'", &arg));                  // not a call
  EXPECT_FALSE(OneCallScriptArgument("f(\"a\", \"b\")", &arg));                       // two strings
  EXPECT_FALSE(OneCallScriptArgument("f(x)", &arg));                                  // no string
  EXPECT_FALSE(OneCallScriptArgument("(\"a\")", &arg));                               // no callee
  EXPECT_FALSE(OneCallScriptArgument("f(\"" + std::string(120, 'x') + "\")", &arg));  // long
}

TEST(HostileHtml, CharsetThatLies) {
  // Declared UTF-8, actually windows-1252.
  std::string latin =
      std::string("<html><body><p>") + kPara + " Caf\xE9 na\xEFve.</p></body></html>";
  Result<Article> a = ExtractArticle(HtmlPage("<meta charset=\"utf-8\">" + latin), {}, nullptr);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->body[0].find("Caf\xC3\xA9 na\xC3\xAFve."), std::string::npos) << a->body[0];
  // Declared windows-1252 by HTTP, actually UTF-8.
  std::string utf8 = std::string("<html><body><p>") + kPara + " Caf\xC3\xA9.</p></body></html>";
  Result<Article> b = ExtractArticle(HtmlPage(utf8, "windows-1252"), {}, nullptr);
  ASSERT_TRUE(b.ok());
  EXPECT_NE(b->body[0].find("Caf\xC3\xA9."), std::string::npos);
  // A charset nobody knows: detection takes over.
  Result<Article> c = ExtractArticle(HtmlPage(utf8, "x-no-such-charset"), {}, nullptr);
  ASSERT_TRUE(c.ok());
  EXPECT_NE(c->body[0].find("Caf\xC3\xA9."), std::string::npos);
  // Mostly UTF-8 with one stray byte: kept as UTF-8, the byte repaired and counted.
  std::string stray =
      std::string("<html><body><p>") + kPara + " Caf\xC3\xA9 \xFF ok.</p></body></html>";
  Result<Article> d = ExtractArticle(HtmlPage(stray, "utf-8"), {}, nullptr);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->repaired_utf8, 1);
}

TEST(HostileHtml, AllScriptIsNotFound) {
  std::string html = "<html><head><script>";
  for (int i = 0; i < 2000; ++i) html += "var x" + std::to_string(i) + " = 'some words in code';\n";
  html += "</script></head><body><script>document.write('hello world and more')</script></body>";
  Result<Article> a = ExtractArticle(HtmlPage(html), {}, nullptr);
  EXPECT_EQ(a.status().code(), Status::Code::kNotFound);
}

TEST(HostileHtml, UnclosedCommentsAndTags) {
  Result<Article> a = ExtractArticle(
      HtmlPage(std::string("<html><body><div><p>") + kPara + "<p>" + kPara + " Again<div><span><b"),
      {}, nullptr);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->body.size(), 2u);
  Result<Article> b = ExtractArticle(
      HtmlPage(std::string("<html><body><p>") + kPara + "</p><!-- never closed <p>hidden</p>"), {},
      nullptr);
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->body, std::vector<std::string>{kPara});
}

TEST(HostileHtml, QuotesThatCloseInLaterTags) {
  // Each '"' closes in the next tag, so no tag's attributes read plainly: the pre-scan leaves
  // them all whole, in linear time, and the parser pairs the quotes as browsers do.
  std::string html = "<html><body>";
  for (int i = 0; i < 100000; ++i) html += "<span title=\"x>";
  html += std::string("<p>") + kPara + "</p></body></html>";
  Result<Article> a = ExtractArticle(HtmlPage(html), {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->body, std::vector<std::string>{kPara});
}

TEST(HostileHtml, NulBytes) {
  std::string html = std::string("<html><body><p>") + kPara + "</p><p>" + kPara + "</p></body>";
  html[20] = '\0';
  html.insert(html.size() - 10, std::string(3, '\0'));
  Result<Article> a = ExtractArticle(HtmlPage(html), {}, nullptr);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  for (const std::string& p : a->body) EXPECT_EQ(p.find('\0'), std::string::npos);
}

class CountingSink : public ArticleSink {
 public:
  Status OnArticle(Article&&) override {
    ++articles;
    return Status::OK();
  }
  Status OnReject(const Reject& r) override {
    reasons.push_back(r.source.path + ": " + r.reason);
    return Status::OK();
  }
  int articles = 0;
  std::vector<std::string> reasons;
};

TEST(HostileHtml, RunOverBrokenInputsAccountsForEveryRecord) {
  std::vector<std::string> paths = {
      testing::WriteTempFile("h_deep.html", Nested("<div>", "</div>", 100000)),
      testing::WriteTempFile("h_script.html", "<html><script>var a = 1;</script></html>"),
      testing::WriteTempFile(
          "h_nul.html", std::string("<html><body><p>") + kPara + std::string(5, '\0') + "</p>"),
      testing::WriteTempFile("h_cut.html.gz",
                             testing::Gzip(Nested("<div>", "</div>", 10)).substr(0, 40)),
      testing::WriteTempFile("h_ok.html", std::string("<p>") + kPara + "</p>"),
  };
  CountingSink sink;
  RunOptions options;
  options.jobs = 2;
  Result<RunCounts> counts = RunExtract(paths, options, &sink);
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->inputs, 5u);
  EXPECT_EQ(counts->articles, 3u);
  EXPECT_EQ(counts->rejected, 2u);
  EXPECT_EQ(counts->inputs, counts->articles + counts->rejected);
  ASSERT_EQ(sink.reasons.size(), 2u);
  EXPECT_NE(sink.reasons[0].find("h_script.html: not-found"), std::string::npos);
  EXPECT_NE(sink.reasons[1].find("truncated gzip member"), std::string::npos);
}

}  // namespace
}  // namespace kabar
