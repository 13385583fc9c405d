// kabar_train_ner: trains the NER model compiled into kabar (data/ner/ner-model.txt).
//
//   build/kabar_train_ner [--data data/ner/idner-news-2k] [--out data/ner/ner-model.txt]
//                         [--c 1.0] [--eval-dev]
//
// Trains an L1-regularised logistic regression (liblinear, one-vs-rest) over the features of
// src/understand/ner.h, using the gold previous tag (a maximum-entropy Markov model decoded
// greedily). By default trains on train.txt + dev.txt; --eval-dev trains on train.txt only
// and prints the dev scores (for choosing --c). test.txt is never read here: bench/ner_eval
// reports it. L1 keeps the model small: only features with a non-zero weight are written.
#include <linear.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "understand/alias_table.h"
#include "understand/gazetteer.h"
#include "understand/ner.h"
#include "understand/ner_corpus.h"

namespace kabar::understand {
namespace {

struct Args {
  std::string data = "data/ner/idner-news-2k";
  std::string out = "data/ner/ner-model.txt";
  double c = 1.0;
  int solver = L1R_LR;
  bool eval_dev = false;
  std::vector<std::string> extra;  // more CoNLL files to train on
  double prune = 0;                // drop feature rows whose weights are all below this
};

bool ParseArgs(int argc, char** argv, Args* a) {
  for (int i = 1; i < argc; ++i) {
    std::string k = argv[i];
    bool has_value = i + 1 < argc;
    if (k == "--data" && has_value)
      a->data = argv[++i];
    else if (k == "--out" && has_value)
      a->out = argv[++i];
    else if (k == "--c" && has_value)
      a->c = std::stod(argv[++i]);
    else if (k == "--solver" && has_value)
      a->solver = std::stoi(argv[++i]);
    else if (k == "--prune" && has_value)
      a->prune = std::stod(argv[++i]);
    else if (k == "--extra" && has_value)
      a->extra.push_back(argv[++i]);
    else if (k == "--eval-dev")
      a->eval_dev = true;
    else
      return false;
  }
  return true;
}

// Owns the liblinear problem's rows.
struct Problem {
  std::vector<std::vector<feature_node>> rows;
  std::vector<double> labels;
};

void AddSentence(const TaggedSentence& s, const Gazetteer& gaz, const CommonWords& dictionary,
                 Problem* p) {
  NerInput in;
  PrepareNerInput(s.words, gaz, &dictionary, &in);
  std::vector<uint32_t> f;
  for (size_t i = 0; i < s.words.size(); ++i) {
    f.clear();
    TokenFeatures(in, i, &f);
    PrevTagFeatures(in, i, i == 0 ? kO : s.tags[i - 1], &f);
    std::sort(f.begin(), f.end());
    f.erase(std::unique(f.begin(), f.end()), f.end());
    std::vector<feature_node> row;
    for (uint32_t x : f) row.push_back({static_cast<int>(x) + 1, 1.0});
    row.push_back({static_cast<int>(kNerDim) + 1, 1.0});  // bias
    row.push_back({-1, 0});
    p->rows.push_back(std::move(row));
    p->labels.push_back(s.tags[i]);
  }
}

std::string FormatModel(const model* m, double prune) {
  std::string out = "kabar-ner-model " + std::to_string(kNerModelVersion) + "\ndim " +
                    std::to_string(kNerDimBits) + "\ntags";
  for (auto t : kTagNames) out += " " + std::string(t);
  // liblinear's class order is m->label[k]; map to our tag order.
  int col[kNumTags];
  for (int k = 0; k < m->nr_class; ++k) col[m->label[k]] = k;
  char buf[64];
  auto weight = [&](int feature, int tag) { return get_decfun_coef(m, feature, col[tag]); };
  out += "\nbias";
  for (int t = 0; t < kNumTags; ++t) {
    std::snprintf(buf, sizeof buf, " %.6g", weight(static_cast<int>(kNerDim) + 1, t));
    out += buf;
  }
  std::string rows;
  size_t n = 0;
  for (uint32_t f = 0; f < kNerDim; ++f) {
    bool any = false;
    for (int t = 0; t < kNumTags && !any; ++t) {
      any = std::abs(weight(static_cast<int>(f) + 1, t)) > prune;
    }
    if (!any) continue;
    ++n;
    rows += std::to_string(f);
    for (int t = 0; t < kNumTags; ++t) {
      std::snprintf(buf, sizeof buf, " %.4g", weight(static_cast<int>(f) + 1, t));
      rows += buf;
    }
    rows += "\n";
  }
  return out + "\nrows " + std::to_string(n) + "\n" + rows;
}

int Main(int argc, char** argv) {
  Args args;
  if (!ParseArgs(argc, argv, &args)) {
    std::cerr << "usage: kabar_train_ner [--data DIR] [--out FILE] [--c C] [--eval-dev]\n";
    return 2;
  }
  AliasTable aliases;
  Status s = LoadDefaultAliases("", &aliases);
  if (!s.ok()) return std::cerr << s.ToString() << "\n", 1;
  Gazetteer gaz;
  gaz.Build(aliases);
  // The model learns from dictionary flags; without the dictionary it would learn nothing there.
  CommonWords dictionary;
  s = dictionary.LoadHunspell(kHunspellIndonesian);
  if (!s.ok()) return std::cerr << s.ToString() << " (install hunspell-id)\n", 1;
  std::vector<std::string> files = {args.data + "/train.txt"};
  if (!args.eval_dev) files.push_back(args.data + "/dev.txt");
  files.insert(files.end(), args.extra.begin(), args.extra.end());
  Problem p;
  for (const std::string& file : files) {
    auto sentences = ReadConll(file);
    if (!sentences.ok()) return std::cerr << sentences.status().ToString() << "\n", 1;
    for (const TaggedSentence& t : *sentences) AddSentence(t, gaz, dictionary, &p);
  }
  std::vector<feature_node*> x;
  for (auto& r : p.rows) x.push_back(r.data());
  problem prob{};
  prob.l = static_cast<int>(p.rows.size());
  prob.n = static_cast<int>(kNerDim) + 1;
  prob.y = p.labels.data();
  prob.x = x.data();
  prob.bias = -1;  // the bias is feature kNerDim + 1, added by AddSentence
  parameter param{};
  param.solver_type = args.solver;
  param.C = args.c;
  param.eps = 0.01;
  if (const char* err = check_parameter(&prob, &param)) return std::cerr << err << "\n", 1;
  set_print_string_function([](const char*) {});
  model* m = train(&prob, &param);
  std::string text = FormatModel(m, args.prune);
  free_and_destroy_model(&m);
  std::cerr << p.rows.size() << " tokens, model " << text.size() << " bytes\n";
  if (args.eval_dev) {
    auto model = NerModel::Parse(text);
    auto dev = ReadConll(args.data + "/dev.txt");
    if (!model.ok() || !dev.ok()) return 1;
    NerScore score;
    NerInput in;
    std::vector<uint8_t> tags;
    for (const TaggedSentence& t : *dev) {
      PrepareNerInput(t.words, gaz, &dictionary, &in);
      (*model)->Tag(in, &tags);
      score.Add(t.tags, tags);
    }
    std::cout << "dev, C=" << args.c << "\n" << score.Format();
    return 0;
  }
  std::ofstream out(args.out, std::ios::binary);
  out << text;
  if (!out) return std::cerr << "cannot write " << args.out << "\n", 1;
  std::cerr << "wrote " << args.out << "\n";
  return 0;
}

}  // namespace
}  // namespace kabar::understand

int main(int argc, char** argv) { return kabar::understand::Main(argc, argv); }
