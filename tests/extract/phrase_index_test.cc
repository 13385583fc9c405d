#include "extract/phrase_index.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <string>
#include <string_view>

#include "extract/boilerplate_patterns.h"
#include "extract/regex_tree.h"
#include "regex_samples.h"

namespace kabar::extract {
namespace {

bool OpensAnywhere(std::string_view regex) {  // as boilerplate.cc sorts its patterns
  return regex.starts_with(".*") || regex.starts_with("[^.!?]*");
}

RE2::Options CaseInsensitive() {
  RE2::Options o;
  o.set_case_sensitive(false);
  o.set_log_errors(false);
  return o;
}

TEST(RegexTree, ReadsThePhraseSubset) {
  std::optional<RegexNode> t = ParseRegexTree("(?:ab|c)d?[^.!?]*\\s+\\d{2,}(?-i:[A-Z])\\(");
  ASSERT_TRUE(t.has_value());
  ASSERT_EQ(t->kind, RegexNode::Kind::kSequence);
  ASSERT_EQ(t->children.size(), 7u);
  EXPECT_EQ(t->children[0].kind, RegexNode::Kind::kAlternation);
  EXPECT_EQ(t->children[1].kind, RegexNode::Kind::kRepeat);
  EXPECT_EQ(t->children[4].min, 2);
  EXPECT_EQ(t->children[4].max, RegexNode::kUnbounded);
  const RegexNode& upper = t->children[5];  // [A-Z] as a lowered line holds it
  EXPECT_TRUE(upper.ascii['q']);
  EXPECT_FALSE(upper.ascii['Q']);
  EXPECT_TRUE(t->children[6].ascii['(']);
  EXPECT_EQ(t->children[6].ascii.count(), 1u);
  EXPECT_FALSE(ParseRegexTree("(?=a)b").has_value());  // outside the subset
  EXPECT_FALSE(ParseRegexTree("a\\1").has_value());
  EXPECT_FALSE(ParseRegexTree("(a").has_value());
}

TEST(PhraseIndex, AnswersByTheOpeningRun) {
  PhraseIndex index;
  ASSERT_TRUE(index.Add("lupa (?:kata sandi|password)\\??.*"));
  ASSERT_TRUE(index.Add("(?:berlangganan|subscribe)[^.!?]*"));
  ASSERT_TRUE(index.Add("\\d+(?:\\s+\\d+)+"));
  ASSERT_TRUE(index.Add("the writer is .*"));
  ASSERT_TRUE(index.Add("klik (?:link|tautan) aktivasi.*"));
  ASSERT_TRUE(index.Add("editor'?s? (?:pick|choice)"));
  ASSERT_TRUE(index.Add("publicit\u00e9"));
  EXPECT_TRUE(index.MayMatch("Lupa kata sandi? Klik di sini"));
  EXPECT_TRUE(index.MayMatch("LUPA PASSWORD"));
  EXPECT_FALSE(index.MayMatch("Lupakan saja"));
  EXPECT_FALSE(index.MayMatch("Lupa"));
  EXPECT_TRUE(index.MayMatch("Subscribers get more"));  // open: any letters may follow
  EXPECT_TRUE(index.MayMatch("1 2 3"));
  EXPECT_FALSE(index.MayMatch("(1 2 3)"));
  EXPECT_TRUE(index.MayMatch("The writer is a lecturer."));
  EXPECT_FALSE(index.MayMatch("The writers said"));
  EXPECT_FALSE(index.MayMatch("The minister said on Monday"));
  // KELVIN SIGN and LONG S are read as 'k' and 's', as RE2's case folding matches them.
  EXPECT_TRUE(
      index.MayMatch("\xE2\x84\xAA"
                     "lik link aktivasi"));
  EXPECT_TRUE(
      index.MayMatch("Lupa kata \xC5\xBF"
                     "andi"));
  EXPECT_FALSE(
      index.MayMatch("\xE2\x84\xAA"
                     "ami"));
  // What may follow a run: "editor" goes on only with ' or s, "publicit" with a non-ASCII
  // character, and no pattern opens with one.
  EXPECT_TRUE(index.MayMatch("Editor's Pick"));
  EXPECT_FALSE(index.MayMatch("Editor: Budi Santoso"));
  EXPECT_TRUE(index.MayMatch("PUBLICIT\xC3\x89"));
  EXPECT_FALSE(index.MayMatch("publicity"));
  EXPECT_FALSE(index.MayMatch("\xE2\x80\x9CLupa kata sandi\xE2\x80\x9D"));
}

TEST(PhraseIndex, AnOpeningOfAnythingIndexesNothing) {
  PhraseIndex index;
  ASSERT_TRUE(index.Add("iklan"));
  EXPECT_FALSE(index.MayMatch("Berita"));
  EXPECT_FALSE(index.Add("(?:\\w+ )?(?:/ \\w+){2,}"));  // left out: the caller tests it
  EXPECT_FALSE(index.Add("(?=x)"));
  EXPECT_FALSE(index.MayMatch("Berita"));
  EXPECT_TRUE(index.MayMatch("Iklan"));
}

// Every phrase the boilerplate index takes is read, and the index says "may match" for every
// string RE2 matches among thousands sampled from each pattern.
TEST(PhraseIndex, NeverRulesOutAMatchOfABoilerplatePattern) {
  testing::RegexSampler sampler(16);
  for (const BoilerplatePattern& p : BoilerplatePatterns()) {
    if (OpensAnywhere(p.regex)) continue;
    std::optional<RegexNode> tree = ParseRegexTree(p.regex);
    ASSERT_TRUE(tree.has_value()) << p.regex;
    PhraseIndex index;
    if (!index.Add(p.regex)) {  // only the breadcrumb trail opens with any word
      EXPECT_STREQ(p.regex, "(?:\\w+ )?(?:/ \\w+(?: \\w+)? ){2,}.*");
      continue;
    }
    RE2 re(p.regex, CaseInsensitive());
    ASSERT_TRUE(re.ok()) << p.regex;
    int matched = 0;
    for (int i = 0; i < 3000; ++i) {
      std::string s = sampler.Sample(*tree);
      if (!RE2::FullMatch(s, re)) continue;
      ++matched;
      ASSERT_TRUE(index.MayMatch(s)) << p.regex << " on '" << s << "'";
    }
    EXPECT_GT(matched, 30) << p.regex;  // the samples reach the pattern
  }
}

}  // namespace
}  // namespace kabar::extract
