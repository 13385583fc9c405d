// The NER model on the held-out test split of idner-news-2k (data/ner/idner-news-2k/test.txt,
// never used in training). bench/README.md has the full figures; this guards against a model
// or feature change that loses accuracy. Runs in well under a second.
#include <gtest/gtest.h>

#include "understand/embedded_data.h"
#include "understand/ner_corpus.h"

namespace kabar::understand {
namespace {

TEST(NerAccuracy, TestSplitF1) {
  auto test = ReadConll(std::string(KABAR_SOURCE_DIR) + "/data/ner/idner-news-2k/test.txt");
  ASSERT_TRUE(test.ok()) << test.status().ToString();
  AliasTable aliases;
  ASSERT_TRUE(LoadDefaultAliases("", &aliases).ok());
  Gazetteer gaz;
  gaz.Build(aliases);
  auto model = NerModel::Parse(EmbeddedNerModel());
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  CommonWords dictionary;
  if (!dictionary.LoadHunspell(kHunspellIndonesian).ok()) {
    GTEST_SKIP() << "hunspell-id is not installed (scripts/setup.sh installs it)";
  }
  NerScore score;
  NerInput in;
  std::vector<uint8_t> tags;
  for (const TaggedSentence& s : *test) {
    PrepareNerInput(s.words, gaz, &dictionary, &in);
    (*model)->Tag(in, &tags);
    score.Add(s.tags, tags);
  }
  // Measured (bench/README.md) minus a margin of 0.02.
  constexpr double kMinimumF1 = 0.84;
  EXPECT_GE(score.overall.F1(), kMinimumF1) << score.Format();
}

}  // namespace
}  // namespace kabar::understand
