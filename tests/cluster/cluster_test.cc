// Story clustering: event-specific numbers (counts, model numbers, years) weigh more than topic
// words, so two events of one kind that differ in their numbers stay apart.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "cluster/cluster_features.h"
#include "kabar/cluster.h"

namespace kabar {
namespace {

Article Make(const std::string& title, const std::vector<std::string>& body) {
  Article a;
  a.language = "en";
  a.title = title;
  a.body = body;
  static int next = 0;
  a.id = "a" + std::to_string(++next);  // story ids derive from it: unique
  return a;
}

TEST(ClusterFeaturesTest, NumbersAreTheTermsHoldingADigit) {
  Article a =
      Make("T-Mobile launches the BlackBerry Curve 8900",
           {"The phone arrives in February 2009 with a 3.2 megapixel camera and Q10 keys."});
  cluster::ClusterFeatures f = cluster::ComputeClusterFeatures(a);
  // 8900, 2009, 3, 2 (too short: not a term), Q10 -> 8900, 2009, q10.
  EXPECT_EQ(f.numbers.size(), 3u);
  for (uint64_t n : f.numbers) {
    EXPECT_TRUE(
        std::binary_search(f.names.begin(), f.names.end(), n) ||
        std::any_of(f.terms.begin(), f.terms.end(), [n](const auto& t) { return t.first == n; }));
  }
  Article b = Make("A phone launch", {"No figures at all in this text."});
  EXPECT_TRUE(cluster::ComputeClusterFeatures(b).numbers.empty());
}

// The terms of a one-word text (the title, too short to be a term, adds none).
std::vector<uint64_t> TermsOf(const std::string& text) {
  std::vector<uint64_t> out;
  for (const auto& t : cluster::ComputeClusterFeatures(Make("x", {text})).terms)
    out.push_back(t.first);
  return out;
}

bool HasTerm(const cluster::ClusterFeatures& f, uint64_t term) {
  return std::any_of(f.terms.begin(), f.terms.end(),
                     [term](const auto& t) { return t.first == term; });
}

// Past the body's opening (ClusterOptions::lead_bytes) only names and numbers are terms: the
// common words there and a capitalised word that starts a sentence are not; a name inside a
// sentence, its name run and a word holding a digit are, with the same weight as when every
// word is read.
TEST(ClusterFeaturesTest, PastTheOpeningOnlyNamesAndNumbersAreTerms) {
  Article a = Make("Flood", {"Rain flooded the northern districts overnight.",
                             "Volunteers arrived as governor Budi Santoso inspected 14 pumps."});
  size_t opening = a.body[0].size();  // the first paragraph fills it
  cluster::ClusterFeatures all = cluster::ComputeClusterFeatures(a, 0);
  cluster::ClusterFeatures lead = cluster::ComputeClusterFeatures(a, opening);
  for (const char* word : {"flooded", "overnight"}) {
    std::vector<uint64_t> t = TermsOf(word);
    ASSERT_EQ(t.size(), 1u) << word;
    EXPECT_TRUE(HasTerm(all, t[0]) && HasTerm(lead, t[0])) << word;
  }
  for (const char* word : {"Volunteers", "arrived", "inspected", "pumps"}) {
    std::vector<uint64_t> t = TermsOf(word);
    ASSERT_EQ(t.size(), 1u) << word;
    EXPECT_TRUE(HasTerm(all, t[0])) << word;
    EXPECT_FALSE(HasTerm(lead, t[0])) << word;
  }
  EXPECT_EQ(lead.names, all.names);  // Budi, Santoso, "Budi Santoso"
  EXPECT_EQ(lead.names.size(), 3u);
  EXPECT_EQ(lead.numbers, all.numbers);  // 14
  EXPECT_EQ(lead.numbers.size(), 1u);
  std::vector<uint64_t> kept = all.names;
  kept.insert(kept.end(), all.numbers.begin(), all.numbers.end());
  for (uint64_t n : kept) {
    auto weight = [n](const cluster::ClusterFeatures& f) {
      for (const auto& t : f.terms)
        if (t.first == n) return t.second;
      return 0.0f;
    };
    EXPECT_GT(weight(all), 0.0f);
    EXPECT_EQ(weight(lead), weight(all));
  }
  // One byte more of opening takes the second paragraph in whole.
  EXPECT_EQ(cluster::ComputeClusterFeatures(a, opening + 1).terms, all.terms);
}

// The word scan reads eight bytes at a time: a digit anywhere in a long word (and across
// an apostrophe) makes it a number; UTF-8 bytes whose low seven bits spell a digit ("µ" is
// C2 B5, "¹" C2 B9) do not.
TEST(ClusterFeaturesTest, DigitsAtEveryPositionOfLongWords) {
  std::string text;
  size_t want = 0;
  for (size_t len = 2; len <= 19; ++len) {
    for (size_t at = 0; at < len; ++at) {
      std::string w(len, 'q');
      for (size_t k = 0; k < len; ++k) w[k] = static_cast<char>('b' + (k * 7 + len) % 24);
      w[at] = static_cast<char>('0' + at % 10);
      w += "x" + std::to_string(len) + "y";  // each word distinct
      text += w + (at % 3 == 0 ? ", " : " ");
      ++want;
    }
  }
  text += "qu'a7zzz zzzz'bbb3 ";  // joined by the apostrophe: one word each
  want += 2;
  text += "kx\xc2\xb5\xc2\xb5\xc2\xb9rrrr pppp\xc2\xb9\xc2\xb5mm";
  Article a = Make("Plain title words", {text});
  cluster::ClusterFeatures f = cluster::ComputeClusterFeatures(a);
  EXPECT_EQ(f.numbers.size(), want);
}

// Two navy operations against pirates, told in much the same words; the counts, the ship
// numbers and the years differ. Reports of one operation share them.
std::vector<Article> PirateReports() {
  return {
      Make("Navy captures 23 pirates in the Gulf of Aden",
           {"The navy captured 23 pirates in the Gulf of Aden on 13 December 2008 after foiling "
            "an attack on merchant vessel MV 1147 at 10:45, officials said.",
            "The warship responded to a distress call and the pirates surrendered."}),
      Make("Navy foils pirate attack in the Gulf of Aden, arrests 23",
           {"Officials said the navy arrested 23 pirates who attacked merchant vessel MV 1147 in "
            "the Gulf of Aden at 10:45 on 13 December 2008.",
            "The pirates surrendered after the warship responded to the call."}),
      Make("Navy captures 61 pirates in the Gulf of Aden",
           {"The navy captured 61 pirates in the Gulf of Aden on 11 November 2011 after foiling "
            "an attack on merchant vessel MV 5320 at 09:56, officials said.",
            "The warship responded to a distress call and the pirates surrendered."}),
  };
}

std::vector<std::string> Stories(const ClusterOptions& options) {
  StoryClusterer c(options);
  std::vector<std::string> out;
  uint32_t seq = 1;
  for (const Article& a : PirateReports()) {
    out.push_back(c.Add(a, EventTime{}, seq++, 0).story_id);
  }
  return out;
}

// The reports are nearly word for word the same apart from their numbers (closer than real
// reports of two events), so both tests use a stricter threshold than the default; only the
// number weight differs between them.
constexpr double kStrict = 0.4;

TEST(StoryClustererTest, DifferentNumbersKeepTwoEventsApart) {
  ClusterOptions o;
  o.story_threshold = kStrict;
  ASSERT_EQ(o.number_weight, 3.0);  // the default
  std::vector<std::string> s = Stories(o);
  EXPECT_EQ(s[0], s[1]);  // same counts, vessel and year: one event
  EXPECT_NE(s[0], s[2]);  // same words, other numbers: another event
}

TEST(StoryClustererTest, WithoutTheNumberWeightTheTopicWordsMerge) {
  ClusterOptions plain;
  plain.story_threshold = kStrict;
  plain.number_weight = 1.0;
  std::vector<std::string> s = Stories(plain);
  EXPECT_EQ(s[0], s[1]);
  EXPECT_EQ(s[0], s[2]);  // what the number weight prevents
}

}  // namespace
}  // namespace kabar
