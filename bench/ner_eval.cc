// ner_eval: entity-level (exact span and type) precision, recall and F1 of the NER model on
// the test split of idner-news-2k, next to a gazetteer-only baseline, in the same run.
//
//   build/bench/ner_eval [data/ner/idner-news-2k/test.txt]
//
// The model was trained on train.txt + dev.txt (tools/kabar_train_ner); test.txt is held out.
#include <iostream>

#include "understand/embedded_data.h"
#include "understand/ner_corpus.h"

int main(int argc, char** argv) {
  using namespace kabar::understand;
  std::string path = argc > 1 ? argv[1] : "data/ner/idner-news-2k/test.txt";
  auto test = ReadConll(path);
  if (!test.ok()) return std::cerr << test.status().ToString() << "\n", 1;
  AliasTable aliases;
  kabar::Status s = LoadDefaultAliases("", &aliases);
  if (!s.ok()) return std::cerr << s.ToString() << "\n", 1;
  Gazetteer gaz;
  gaz.Build(aliases);
  auto model = NerModel::Parse(EmbeddedNerModel());
  if (!model.ok()) return std::cerr << model.status().ToString() << "\n", 1;
  CommonWords common;
  (void)common.LoadHunspell(kHunspellIndonesian);
  NerScore model_score, gaz_score, backoff_score;
  NerInput in;
  std::vector<uint8_t> tags;
  for (const TaggedSentence& t : *test) {
    PrepareNerInput(t.words, gaz, &common, &in);
    (*model)->Tag(in, &tags);
    model_score.Add(t.tags, tags);
    TagNamesAfterRoles(in, common, &tags);
    TrimRolesFromNames(in, &tags);
    backoff_score.Add(t.tags, tags);
    gaz_score.Add(t.tags, in.gaz);
  }
  std::cout << path << ": " << test->size() << " sentences\n\nModel (" << (*model)->rows()
            << " non-zero feature rows):\n"
            << model_score.Format() << "\nModel + role-name back-off (used by kabar):\n"
            << backoff_score.Format() << "\nGazetteer only (longest match):\n"
            << gaz_score.Format();
  return 0;
}
