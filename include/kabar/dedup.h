// Duplicate detection: exact (normalised body hash), near (MinHash + LSH over word shingles,
// confirmed by exact Jaccard), contained (sampled shingle fingerprints, confirmed by exact
// containment: a wire story inside a page with long different boilerplate).
//
// How it works. The body is cut into words (runs of letters and digits, ASCII lower-cased;
// any non-ASCII byte counts as a letter), and every run of `shingle_words` consecutive
// words is hashed into a 64-bit shingle. From the shingle set:
//   - a one-permutation MinHash signature of bands*rows values (Shrivastava & Li's
//     densified one-permutation hashing: one hash per shingle instead of one per value);
//     each band of `rows` values is hashed into an LSH key, and an earlier article sharing any
//     key becomes a candidate;
//   - the shingles whose hash is 0 modulo `sample_mod` (a content-defined sample, the same
//     for a text wherever it appears); an earlier article holding at least half of the
//     smaller sample becomes a candidate.
// Candidates are confirmed by exact Jaccard / containment over the full shingle sets.
//
// Memory is bounded by a time window (DedupOptions::window_days, doc/stories.md): the index
// keeps a stream clock, the newest event day seen (Advance). An original stays a candidate
// for near and contained matches while the clock is at most window_days past the clock when
// it was added, or while it is among the last window_articles articles (ingest order need
// not follow dates); after that its band keys and samples count as absent and are freed in
// bulk.
// Exact-duplicate hashes are kept forever (16 bytes an original). The result depends only on
// the sequence of Advance/Add calls, not on when the freeing happens.
// doc/dedup.md gives the chosen parameters and the precision/recall they were chosen from.
//
// Thread safety: ComputeDedupFeatures is a pure function, safe from any thread. A
// DuplicateIndex is not thread-safe.
#ifndef KABAR_DEDUP_H_
#define KABAR_DEDUP_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "kabar/article.h"

namespace kabar {

struct DedupOptions {
  int shingle_words = 4;
  int bands = 20;
  int rows = 6;
  int sample_mod = 16;
  double jaccard_threshold = 0.8;      // near duplicate when exact Jaccard >= this
  double containment_threshold = 0.9;  // or when the smaller set is this much inside
  int min_contained_shingles = 30;     // containment only counts for sets at least this big
  int min_exact_words = 8;             // shorter bodies get no exact-duplicate hash
  // Near/contained candidates: originals added while the stream clock was at most this many
  // days behind its current value; 0 keeps every original forever.
  int window_days = 30;
  uint32_t window_articles = 50000;  // seqs within this many of the newest stay candidates
};

// What dedup needs of one article. Computed once, from the body only.
struct DedupFeatures {
  uint64_t body_hash = 0;           // 0 when the body has fewer than min_exact_words words
  std::vector<uint64_t> shingles;   // sorted, unique
  std::vector<uint64_t> band_keys;  // `bands` LSH keys; empty when there are no shingles
  std::vector<uint64_t> samples;    // sorted sampled shingles
};

DedupFeatures ComputeDedupFeatures(const std::vector<std::string>& body,
                                   const DedupOptions& options);

// Exact set measures over sorted unique vectors.
double ExactJaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b);
// |a ∩ b| / min(|a|, |b|); 0 when either is empty.
double ExactContainment(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b);

// The verdict on one article.
struct DuplicateMatch {
  enum class Kind { kNone, kExact, kNear, kContained };
  Kind kind = Kind::kNone;
  uint32_t original = 0;  // sequence number of the earlier article
  double similarity = 0;  // 1 for exact; else max(Jaccard, containment)
};

const char* DuplicateKindName(DuplicateMatch::Kind kind);  // "exact", "near", "contained", ""

// Index over the originals seen so far (articles that are not duplicates themselves).
// Sequence numbers are the caller's (the store uses its article seq), > 0, increasing.
class DuplicateIndex {
 public:
  // Returns the shingle set of an indexed article, for confirmation; the store reads it
  // back from the database when it is no longer cached.
  using ShingleLoader = std::function<std::vector<uint64_t>(uint32_t seq)>;

  explicit DuplicateIndex(DedupOptions options = {});
  ~DuplicateIndex();
  DuplicateIndex(DuplicateIndex&&) noexcept;
  DuplicateIndex& operator=(DuplicateIndex&&) noexcept;

  // Announces the article about to be looked up: its seq (> every earlier one) and event day
  // (days since 1970-01-01; INT64_MIN when unknown). The stream clock moves to `day` when
  // that is newer. Call for every article, duplicate or not, before Find. Originals added
  // before the first dated article never leave the window.
  void Advance(uint32_t seq, int64_t day);

  // The best earlier original for `f` (highest similarity, then lowest seq), or kNone.
  DuplicateMatch Find(const DedupFeatures& f, const ShingleLoader& load) const;

  // Candidate originals before confirmation (sorted by seq); for tests and benchmarks.
  std::vector<uint32_t> Candidates(const DedupFeatures& f) const;

  // Adds an original, stamped with the current clock. REQUIRES: seq greater than every seq
  // added before.
  void Add(uint32_t seq, const DedupFeatures& f);

  const DedupOptions& options() const { return options_; }
  size_t size() const;       // originals added
  size_t band_keys() const;  // band keys and samples held in memory (for benchmarks)

 private:
  struct Rep;
  DedupOptions options_;
  std::unique_ptr<Rep> rep_;
};

}  // namespace kabar

#endif  // KABAR_DEDUP_H_
