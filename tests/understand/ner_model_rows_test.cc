// The NER model's rows: the text parser on small hand-written models, and the rows embedded at
// build time (embed_ner_model.cc) against the text model parsed at run time, bit for bit.
#include "understand/ner_model_rows.h"

#include <gtest/gtest.h>

#include <cstring>

#include "understand/embedded_data.h"
#include "understand/ner.h"

namespace kabar::understand {
namespace {

constexpr std::string_view kSmallModel =
    "kabar-ner-model 3\ndim 20\ntags O B-PER I-PER B-LOC I-LOC B-ORG I-ORG\n"
    "bias 0.5 -1 -2 -3 -4 -5 -6\nrows 2\n"
    "7 0.1 0.2 0.3 0.4 0.5 0.6 0.7\n"
    "1048575 -1e-05 0 0 0 0 0 2.5\n";

TEST(NerModelRows, ParsesASmallModel) {
  auto rows = ParseNerModelText(kSmallModel);
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  EXPECT_EQ(rows->bias[0], 0.5f);
  EXPECT_EQ(rows->bias[6], -6.0f);
  ASSERT_EQ(rows->features.size(), 2u);
  EXPECT_EQ(rows->features[0], 7u);
  EXPECT_EQ(rows->features[1], kNerDim - 1);
  EXPECT_EQ(rows->weights[0][2], 0.3f);
  EXPECT_EQ(rows->weights[1][0], -1e-05f);
  EXPECT_EQ(rows->weights[1][6], 2.5f);
}

TEST(NerModelRows, RejectsWrongModels) {
  auto empty = ParseNerModelText("");
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.status().code(), Status::Code::kCorruption);
  EXPECT_EQ(empty.status().message(), "NER model: missing magic 'kabar-ner-model'");
  std::string wrong_version(kSmallModel);
  wrong_version[16] = '2';
  EXPECT_EQ(ParseNerModelText(wrong_version).status().message(), "NER model: unsupported version");
  std::string big_feature(kSmallModel);
  big_feature.replace(big_feature.find("1048575"), 7, "1048576");
  EXPECT_EQ(ParseNerModelText(big_feature).status().message(), "NER model: bad row 1");
  std::string short_row(kSmallModel.substr(0, kSmallModel.size() - 5));
  EXPECT_EQ(ParseNerModelText(short_row).status().message(), "NER model: bad weight in row 1");
}

TEST(NerModelRows, EmbeddedRowsAreTheTextModelBitForBit) {
  auto parsed = ParseNerModelText(EmbeddedNerModel());
  Status embedded = EmbeddedNerRowsStatus();
  if (!parsed.ok()) {  // before the first training: the same status
    EXPECT_EQ(embedded.ToString(), parsed.status().ToString());
    return;
  }
  ASSERT_TRUE(embedded.ok()) << embedded.ToString();
  NerRowsView rows = EmbeddedNerRows();
  ASSERT_EQ(rows.rows, parsed->features.size());
  ASSERT_GT(rows.rows, 0u);
  EXPECT_EQ(std::memcmp(rows.bias, &parsed->bias, sizeof(TagWeights)), 0);
  EXPECT_EQ(std::memcmp(rows.features, parsed->features.data(), rows.rows * sizeof(uint32_t)), 0);
  EXPECT_EQ(std::memcmp(rows.weights, parsed->weights.data(), rows.rows * sizeof(TagWeights)), 0);
  auto model = NerModel::Embedded();
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  EXPECT_EQ((*model)->rows(), rows.rows);
}

}  // namespace
}  // namespace kabar::understand
