// Dedup: exact hashes, and the MinHash/LSH + sampled-containment candidates checked against
// brute-force exact Jaccard / containment on generated pairs of known similarity.
#include "kabar/dedup.h"

#include <gtest/gtest.h>
#include <xxhash.h>

#include <cctype>
#include <cstdio>
#include <random>

#include "store/store_test_util.h"

namespace kabar {
namespace {

using testing::JoinWords;
using testing::RandomWords;

std::vector<std::string> Paragraphs(const std::vector<std::string>& w) {
  std::vector<std::string> out;
  for (size_t i = 0; i < w.size(); i += 50) out.push_back(JoinWords(w, i, i + 50));
  return out;
}

// Replaces each word with probability `rate` by a fresh word.
std::vector<std::string> Edit(std::vector<std::string> w, double rate, std::mt19937_64* rng) {
  std::uniform_real_distribution<double> u(0, 1);
  for (std::string& x : w) {
    if (u(*rng) < rate) x = "x" + std::to_string((*rng)() % 1000000);
  }
  return w;
}

TEST(DedupTest, ExactHashIgnoresCaseSpacingAndPunctuation) {
  DedupOptions o;
  auto a =
      ComputeDedupFeatures({"Kim Jong Un met Putin in Pyongyang on Wednesday, officials said."}, o);
  auto b = ComputeDedupFeatures(
      {"kim jong un  met putin", "in Pyongyang on Wednesday officials said"}, o);
  EXPECT_NE(a.body_hash, 0u);
  EXPECT_EQ(a.body_hash, b.body_hash);
  auto c =
      ComputeDedupFeatures({"Kim Jong Un met Putin in Moscow on Wednesday, officials said."}, o);
  EXPECT_NE(a.body_hash, c.body_hash);
  EXPECT_EQ(ComputeDedupFeatures({"too short"}, o).body_hash, 0u);
}

// The word hashes behind the body hash, one byte at a time: a word is a run of ASCII letters,
// digits and bytes >= 0x80 inside one paragraph, hashed ASCII lower-cased.
uint64_t BodyHashByBytes(const std::vector<std::string>& body) {
  std::vector<uint64_t> hashes;
  for (const std::string& para : body) {
    std::string word;
    for (size_t i = 0; i <= para.size(); ++i) {
      unsigned char c = i < para.size() ? static_cast<unsigned char>(para[i]) : ' ';
      if (c >= 0x80 || std::isalnum(c)) {
        word.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
      } else if (!word.empty()) {
        hashes.push_back(XXH3_64bits(word.data(), word.size()));
        word.clear();
      }
    }
  }
  if (hashes.empty()) return 0;
  uint64_t h = XXH3_64bits(hashes.data(), hashes.size() * sizeof(uint64_t));
  return h == 0 ? 1 : h;
}

// Paragraphs of random bytes of every kind (word and separator runs of all lengths, words
// across 8- and 64-byte boundaries and over 128 bytes): the body hash is the byte-wise one.
TEST(DedupTest, WordHashesMatchAByteWiseScan) {
  const std::string kBytes = "aZ09 .,'\t\n\xc3\xa9\xe2\x80\xa0\x7f";
  std::mt19937_64 rng(7);
  DedupOptions o;
  o.min_exact_words = 1;
  for (int round = 0; round < 2000; ++round) {
    std::vector<std::string> body(1 + rng() % 3);
    for (std::string& para : body) {
      size_t n = rng() % (round % 10 == 0 ? 600 : 140);
      int space_rate = 1 + static_cast<int>(rng() % 20);  // long words when high
      for (size_t i = 0; i < n; ++i) {
        bool word = static_cast<int>(rng() % 32) >= space_rate;
        para.push_back(word ? "aZ09\xc3\xa9"[rng() % 6] : kBytes[rng() % kBytes.size()]);
      }
    }
    ASSERT_EQ(ComputeDedupFeatures(body, o).body_hash, BodyHashByBytes(body)) << "round " << round;
  }
}

TEST(DedupTest, ExactMeasures) {
  std::vector<uint64_t> a = {1, 2, 3, 4}, b = {3, 4, 5, 6, 7, 8, 9, 10};
  EXPECT_DOUBLE_EQ(ExactJaccard(a, b), 2.0 / 10.0);
  EXPECT_DOUBLE_EQ(ExactContainment(a, b), 2.0 / 4.0);
  EXPECT_DOUBLE_EQ(ExactContainment({}, b), 0);
}

struct Tally {
  int should = 0, found = 0, reported = 0, correct = 0;
};

// The differential test of the issue: bases indexed; variants of known edit rates queried;
// brute force over every base decides what should be found.
TEST(DedupTest, LshMatchesBruteForce) {
  DedupOptions o;
  DuplicateIndex index(o);
  std::mt19937_64 rng(42);
  const int kBases = 300;
  std::vector<DedupFeatures> bases;
  std::vector<std::vector<std::string>> base_words;
  for (int i = 0; i < kBases; ++i) {
    base_words.push_back(RandomWords(&rng, 150 + rng() % 400, 20000));
    bases.push_back(ComputeDedupFeatures(Paragraphs(base_words.back()), o));
    index.Add(static_cast<uint32_t>(i + 1), bases.back());
  }
  auto load = [&](uint32_t seq) { return bases[seq - 1].shingles; };
  std::uniform_real_distribution<double> rate(0, 0.12);
  Tally near, contained;
  int candidates = 0, true_candidates = 0;
  for (int q = 0; q < 900; ++q) {
    int base = static_cast<int>(rng() % kBases);
    // An edited copy of a base, or a lightly edited base inside a page of boilerplate.
    const std::vector<std::string>& words = base_words[static_cast<size_t>(base)];
    bool wrap = q % 3 == 2;
    std::vector<std::string> text = Edit(words, wrap ? rate(rng) / 4 : rate(rng), &rng);
    if (wrap) {  // the story inside a page with long different boilerplate around it
      std::vector<std::string> page = RandomWords(&rng, 300 + rng() % 600, 20000);
      page.insert(page.begin() + static_cast<long>(rng() % page.size()), text.begin(), text.end());
      text = page;
    }
    DedupFeatures f = ComputeDedupFeatures(Paragraphs(text), o);
    // Brute force: the best base by exact measures.
    int truth = -1;
    double truth_sim = 0;
    bool truth_contained = false;
    for (int b = 0; b < kBases; ++b) {
      double j = ExactJaccard(f.shingles, bases[b].shingles);
      double c = ExactContainment(f.shingles, bases[b].shingles);
      bool is_near = j >= o.jaccard_threshold;
      bool is_cont = c >= o.containment_threshold;
      if ((is_near || is_cont) && std::max(j, c) > truth_sim) {
        truth = b + 1, truth_sim = std::max(j, c), truth_contained = !is_near;
      }
    }
    for (uint32_t cand : index.Candidates(f)) {
      ++candidates;
      if (static_cast<int>(cand) == truth) ++true_candidates;
    }
    DuplicateMatch m = index.Find(f, load);
    Tally& t = truth_contained || wrap ? contained : near;
    if (truth > 0) ++t.should;
    if (m.kind != DuplicateMatch::Kind::kNone) {
      ++t.reported;
      double j = ExactJaccard(f.shingles, bases[m.original - 1].shingles);
      double c = ExactContainment(f.shingles, bases[m.original - 1].shingles);
      if (j >= o.jaccard_threshold || c >= o.containment_threshold) ++t.correct;
      if (static_cast<int>(m.original) == truth) ++t.found;
    }
  }
  auto report = [](const char* what, const Tally& t) {
    std::printf(
        "%s: %d should be found, %d found (recall %.3f); %d reported, %d correct "
        "(precision %.3f)\n",
        what, t.should, t.found, t.should ? double(t.found) / t.should : 1.0, t.reported, t.correct,
        t.reported ? double(t.correct) / t.reported : 1.0);
  };
  report("near (Jaccard >= 0.8)", near);
  report("contained (containment >= 0.9)", contained);
  std::printf("candidates before confirmation: %d, of which the true original: %d\n", candidates,
              true_candidates);
  ASSERT_GT(near.should, 100);
  ASSERT_GT(contained.should, 100);
  EXPECT_GE(double(near.found) / near.should, 0.95);
  EXPECT_GE(double(contained.found) / contained.should, 0.95);
  EXPECT_GE(double(near.correct) / std::max(1, near.reported), 0.99);
  EXPECT_GE(double(contained.correct) / std::max(1, contained.reported), 0.99);
}

// The memory window: an original stays a near-duplicate candidate while the clock is within
// window_days of its stamp or it is among the last window_articles seqs; exact hashes stay.
TEST(DedupTest, NearCandidatesLeaveTheWindowExactHashesStay) {
  DedupOptions o;
  o.window_days = 5;
  o.window_articles = 3;
  std::mt19937_64 rng(9);
  std::vector<std::string> words = RandomWords(&rng, 300, 20000);
  DedupFeatures original = ComputeDedupFeatures(Paragraphs(words), o);
  DedupFeatures near = ComputeDedupFeatures(Paragraphs(Edit(words, 0.01, &rng)), o);
  auto load = [&](uint32_t) { return original.shingles; };
  auto find = [&](const DuplicateIndex& index, const DedupFeatures& f) {
    return index.Find(f, load).kind;
  };
  for (int filler : {0, 5}) {
    DuplicateIndex index(o);
    index.Advance(1, 100);
    index.Add(1, original);
    uint32_t seq = 2;
    for (int k = 0; k < filler; ++k) index.Advance(seq++, 100);  // articles of the same day
    index.Advance(seq++, 105);
    // Within 5 days: found.
    EXPECT_EQ(find(index, near), DuplicateMatch::Kind::kNear) << filler;
    index.Advance(seq++, 106);
    // Six days on: found only while among the last 3 articles.
    EXPECT_EQ(find(index, near),
              filler == 0 ? DuplicateMatch::Kind::kNear : DuplicateMatch::Kind::kNone)
        << filler;
    EXPECT_EQ(find(index, original), DuplicateMatch::Kind::kExact) << filler;
  }
  // Originals added before any dated article never leave.
  DuplicateIndex undated(o);
  undated.Add(1, original);
  for (uint32_t seq = 2; seq < 10; ++seq) undated.Advance(seq, 100 + seq * 10);
  EXPECT_EQ(find(undated, near), DuplicateMatch::Kind::kNear);
}

}  // namespace
}  // namespace kabar
