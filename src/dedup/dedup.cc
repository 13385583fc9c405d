// Dedup features and the duplicate index. See include/kabar/dedup.h for the method.
#include "kabar/dedup.h"

#define XXH_INLINE_ALL  // one hash per word: let it inline (same values)
#include <xxhash.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstring>
#include <deque>
#include <limits>

#include "common/ascii16.h"
#include "common/ascii8.h"
#include "common/flat_u64_map.h"
#include "common/hash_mix.h"
#include "common/hash_sort.h"
#include "common/word_bytes.h"

namespace kabar {
namespace {

constexpr int64_t kUnknownDay = std::numeric_limits<int64_t>::min();

// Per byte: 0 for a byte that is not a word byte, else the byte ASCII lower-cased (never 0).
constexpr std::array<unsigned char, 256> kWordLower = [] {
  std::array<unsigned char, 256> t{};
  for (int c = 1; c < 256; ++c) {
    if (IsWordByte(static_cast<unsigned char>(c))) {
      t[c] = static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
  }
  return t;
}();

// The top bits of the eight bytes of `high` (a mask with only top bits set) as one byte: bit k
// is byte k's.
inline uint64_t GatherHigh8(uint64_t high) { return ((high >> 7) * 0x0102040810204080ULL) >> 56; }

#ifdef __SSE2__
// Sixteen bytes from `in` ASCII lower-cased into `out`; returns their word bytes' mask (bit
// k: byte k). SSE2 compares are signed: the bytes >= 0x80 are the negative ones.
inline uint32_t LowerAndMapWords16(const unsigned char* in, char* out) {
  __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(in));
  __m128i lower = LowerAscii16(x);
  _mm_storeu_si128(reinterpret_cast<__m128i*>(out), lower);
  __m128i word =
      _mm_or_si128(_mm_cmplt_epi8(x, _mm_setzero_si128()),
                   _mm_or_si128(BytesInRange16(lower, 'a', 'z'), BytesInRange16(x, '0', '9')));
  return static_cast<uint32_t>(_mm_movemask_epi8(word));
}
#endif

// One paragraph ASCII lower-cased into `lower`, and its word bytes as a bit map: bit i of
// `word_bits` (bit i % 64 of element i / 64) says byte i is a word byte. The map has at least
// one zero bit past the end, so every word ends inside it.
void LowerAndMapWords(const std::string& para, std::string* lower,
                      std::vector<uint64_t>* word_bits) {
  size_t n = para.size();
  lower->resize(n);
  word_bits->assign(n / 64 + 1, 0);
  const unsigned char* p = reinterpret_cast<const unsigned char*>(para.data());
  char* out = lower->data();
  uint64_t* bits = word_bits->data();
  size_t i = 0;
#ifdef __SSE2__
  for (; i + 16 <= n; i += 16) {  // sixteen bytes at a time (i % 64 is a multiple of 16)
    bits[i >> 6] |= uint64_t{LowerAndMapWords16(p + i, out + i)} << (i & 63);
  }
#endif
  for (; i + 8 <= n; i += 8) {  // eight bytes at a time (i % 64 is a multiple of 8)
    uint64_t x = Load8(p + i);
    uint64_t low = LowerAscii8(x);
    std::memcpy(out + i, &low, 8);
    bits[i >> 6] |= GatherHigh8(WordBytes8(x)) << (i & 63);
  }
  for (; i < n; ++i) {
    unsigned char l = kWordLower[p[i]];
    out[i] = static_cast<char>(l != 0 ? l : p[i]);
    if (l != 0) bits[i >> 6] |= uint64_t{1} << (i & 63);
  }
}

// Hashes of the body's words (ASCII lower-cased), in order, into `hashes` (cleared first).
// A word is a maximal run of word bytes inside one paragraph.
void WordHashes(const std::vector<std::string>& body, std::vector<uint64_t>* hashes) {
  std::vector<uint64_t>& words = *hashes;
  words.clear();
  size_t bytes = 0;
  for (const std::string& para : body) bytes += para.size();
  words.reserve(bytes / 5 + 1);
  thread_local std::string lower;  // scratch, reused: no allocation per article
  thread_local std::vector<uint64_t> word_bits;
  for (const std::string& para : body) {
    LowerAndMapWords(para, &lower, &word_bits);
    const uint64_t* bits = word_bits.data();
    size_t count = word_bits.size();
    size_t w = 0;
    uint64_t in_word = bits[0];  // the word bits of element w not looked at yet
    for (;;) {
      while (in_word == 0 && ++w < count) in_word = bits[w];
      if (w >= count) break;
      size_t begin = (w << 6) + static_cast<size_t>(std::countr_zero(in_word));
      uint64_t outside = ~bits[w] & (~uint64_t{0} << (begin & 63));
      while (outside == 0) outside = ~bits[++w];  // the map ends with a zero bit
      size_t end = (w << 6) + static_cast<size_t>(std::countr_zero(outside));
      words.push_back(XXH3_64bits(lower.data() + begin, end - begin));
      in_word = bits[w] & ~(outside ^ (outside - 1));  // the bits after `end`
    }
  }
}

std::vector<uint64_t> Shingles(const std::vector<uint64_t>& words, int k) {
  std::vector<uint64_t> out;
  if (words.empty()) return out;
  size_t n = static_cast<size_t>(k);
  if (words.size() < n) n = words.size();
  out.reserve(words.size() - n + 1);
  for (size_t i = 0; i + n <= words.size(); ++i) {
    uint64_t h = 0x9e3779b97f4a7c15ULL;
    for (size_t j = 0; j < n; ++j) h = SplitMix64Finalize(h ^ words[i + j]) + j;
    out.push_back(h);
  }
  thread_local HashSortScratch<uint64_t> scratch;
  HashSort(&out, &scratch);
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// Densified one-permutation MinHash (rotation densification), into `sig`.
void Signature(const std::vector<uint64_t>& shingles, int bins, std::vector<uint32_t>* out) {
  constexpr uint32_t kEmpty = std::numeric_limits<uint32_t>::max();
  std::vector<uint32_t>& sig = *out;
  sig.assign(static_cast<size_t>(bins), kEmpty);
  for (uint64_t s : shingles) {
    uint64_t h = SplitMix64Finalize(s ^ 0x5851f42d4c957f2dULL);
    size_t bin = static_cast<size_t>(((h >> 32) * static_cast<uint64_t>(bins)) >> 32);
    uint32_t v = static_cast<uint32_t>(h) >> 1;  // < kEmpty
    sig[bin] = std::min(sig[bin], v);
  }
  for (size_t i = 0; i < sig.size(); ++i) {
    if (sig[i] != kEmpty) continue;
    for (size_t d = 1, j = i + 1; d < sig.size(); ++d, ++j) {
      if (j == sig.size()) j = 0;  // (i + d) % size, without a division per step
      uint32_t v = sig[j];
      if (v != kEmpty && v < 0x80000000u) {
        sig[i] = v + 0x80000000u + static_cast<uint32_t>(d);  // rotated values never collide
        break;                                                // with direct ones
      }
    }
  }
}

size_t Intersection(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  size_t i = 0, j = 0, n = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++n, ++i, ++j;
    }
  }
  return n;
}

}  // namespace

DedupFeatures ComputeDedupFeatures(const std::vector<std::string>& body,
                                   const DedupOptions& options) {
  DedupFeatures f;
  thread_local std::vector<uint64_t> words;  // scratch, reused: no allocation per article
  thread_local std::vector<uint32_t> sig;
  WordHashes(body, &words);
  if (static_cast<int>(words.size()) >= options.min_exact_words) {
    f.body_hash = XXH3_64bits(words.data(), words.size() * sizeof(uint64_t));
    if (f.body_hash == 0) f.body_hash = 1;
  }
  f.shingles = Shingles(words, options.shingle_words);
  if (f.shingles.empty()) return f;
  Signature(f.shingles, options.bands * options.rows, &sig);
  f.band_keys.reserve(static_cast<size_t>(options.bands));
  for (int b = 0; b < options.bands; ++b) {
    f.band_keys.push_back(XXH3_64bits_withSeed(&sig[static_cast<size_t>(b * options.rows)],
                                               static_cast<size_t>(options.rows) * 4,
                                               static_cast<uint64_t>(b)));
  }
  // x % mod by a mask when mod is a power of two (the default, 16): a division per shingle
  // was a tenth of this function.
  uint64_t mod = static_cast<uint64_t>(options.sample_mod);
  if ((mod & (mod - 1)) == 0) {
    for (uint64_t s : f.shingles) {
      if ((SplitMix64Finalize(s) & (mod - 1)) == 0) f.samples.push_back(s);
    }
  } else {
    for (uint64_t s : f.shingles) {
      if (SplitMix64Finalize(s) % mod == 0) f.samples.push_back(s);
    }
  }
  return f;
}

double ExactJaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  if (a.empty() && b.empty()) return 0;
  size_t n = Intersection(a, b);
  return static_cast<double>(n) / static_cast<double>(a.size() + b.size() - n);
}

double ExactContainment(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  if (a.empty() || b.empty()) return 0;
  return static_cast<double>(Intersection(a, b)) /
         static_cast<double>(std::min(a.size(), b.size()));
}

const char* DuplicateKindName(DuplicateMatch::Kind kind) {
  switch (kind) {
    case DuplicateMatch::Kind::kExact:
      return "exact";
    case DuplicateMatch::Kind::kNear:
      return "near";
    case DuplicateMatch::Kind::kContained:
      return "contained";
    case DuplicateMatch::Kind::kNone:
      break;
  }
  return "";
}

// Validity is a seq range: stamps grow with seq (the clock only moves forward), so the originals
// out of the window are the seqs below `cutoff`, except those added before any dated article
// (below `undated_end`), which never expire.
struct DuplicateIndex::Rep {
  FlatU64Map<uint32_t> exact;           // body hash -> first seq (forever)
  FlatU64Map<uint32_t> bands;           // band key -> first live seq
  FlatU64Map<uint32_t> samples;         // sampled shingle -> first live seq
  std::vector<uint16_t> sample_counts;  // seq -> its sample count (capped)
  size_t originals = 0;
  int64_t clock = kUnknownDay;
  std::deque<std::pair<int64_t, uint32_t>> epochs;  // (stamp, first seq), stamps increasing
  uint32_t undated_end = 0;
  uint32_t cutoff = 0;  // by the clock
  uint32_t last_seq = 0;
  uint32_t current = 0;          // the newest seq announced
  uint32_t by_count = 0;         // by window_articles: seqs from here are live
  size_t compacted = 0;          // bands + samples after the last compaction
  uint32_t compacted_below = 0;  // ExpiredBelow() at the last compaction

  // Every seq from undated_end up to this one (exclusive) is out of the window.
  uint32_t ExpiredBelow() const { return std::max(undated_end, std::min(cutoff, by_count)); }

  bool Live(uint32_t seq) const { return seq < undated_end || seq >= cutoff || seq >= by_count; }

  // Records key -> seq unless a live original holds the key already.
  void Put(FlatU64Map<uint32_t>* map, uint64_t key, uint32_t seq) {
    bool inserted = false;
    uint32_t* v = map->Upsert(key, &inserted);
    if (inserted || !Live(*v)) *v = seq;
  }

  // Frees the expired entries once they could make up half of the maps (and some originals
  // did leave the window since the last time: else the rebuild would free nothing).
  void MaybeCompact() {
    size_t n = bands.size() + samples.size();
    if (n < 2 * compacted + 4096 || ExpiredBelow() == compacted_below) return;
    compacted_below = ExpiredBelow();
    auto expired = [this](uint64_t, uint32_t seq) { return !Live(seq); };
    bands.EraseIf(expired);
    samples.EraseIf(expired);
    compacted = bands.size() + samples.size();
  }
};

DuplicateIndex::DuplicateIndex(DedupOptions options)
    : options_(options), rep_(std::make_unique<Rep>()) {}
DuplicateIndex::~DuplicateIndex() = default;
DuplicateIndex::DuplicateIndex(DuplicateIndex&&) noexcept = default;
DuplicateIndex& DuplicateIndex::operator=(DuplicateIndex&&) noexcept = default;

size_t DuplicateIndex::size() const { return rep_->originals; }
size_t DuplicateIndex::band_keys() const { return rep_->bands.size() + rep_->samples.size(); }

void DuplicateIndex::Advance(uint32_t seq, int64_t day) {
  Rep& r = *rep_;
  if (seq > r.current) {
    r.current = seq;
    r.by_count = seq > options_.window_articles ? seq - options_.window_articles : 0;
  }
  if (day == kUnknownDay || (r.clock != kUnknownDay && day <= r.clock)) return;
  r.clock = day;
  if (options_.window_days <= 0) return;
  bool moved = false;
  while (!r.epochs.empty() && r.epochs.front().first < day - options_.window_days) {
    r.epochs.pop_front();
    moved = true;
  }
  if (moved) r.cutoff = r.epochs.empty() ? r.last_seq + 1 : r.epochs.front().second;
}

std::vector<uint32_t> DuplicateIndex::Candidates(const DedupFeatures& f) const {
  const Rep& r = *rep_;
  std::vector<uint32_t> out;
  for (uint64_t key : f.band_keys) r.bands.Prefetch(key);  // the misses overlap
  for (uint64_t key : f.samples) r.samples.Prefetch(key);
  for (uint64_t key : f.band_keys) {
    const uint32_t* seq = r.bands.Find(key);
    if (seq != nullptr && r.Live(*seq)) out.push_back(*seq);
  }
  if (!f.samples.empty()) {
    std::vector<uint32_t> shared;
    for (uint64_t s : f.samples) {
      const uint32_t* seq = r.samples.Find(s);
      if (seq != nullptr && r.Live(*seq)) shared.push_back(*seq);
    }
    std::sort(shared.begin(), shared.end());
    for (size_t i = 0; i < shared.size();) {
      size_t j = i;
      while (j < shared.size() && shared[j] == shared[i]) ++j;
      uint32_t n = static_cast<uint32_t>(j - i), seq = shared[i];
      uint32_t theirs = r.sample_counts[seq];
      uint32_t smaller = std::min<uint32_t>(theirs, static_cast<uint32_t>(f.samples.size()));
      if (n >= 2 && 2 * n >= smaller) out.push_back(seq);
      i = j;
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

DuplicateMatch DuplicateIndex::Find(const DedupFeatures& f, const ShingleLoader& load) const {
  DuplicateMatch best;
  if (f.body_hash != 0) {
    if (const uint32_t* seq = rep_->exact.Find(f.body_hash)) {
      return {DuplicateMatch::Kind::kExact, *seq, 1.0};
    }
  }
  for (uint32_t seq : Candidates(f)) {
    std::vector<uint64_t> theirs = load(seq);
    double j = ExactJaccard(f.shingles, theirs);
    double c = 0;
    if (std::min(f.shingles.size(), theirs.size()) >=
        static_cast<size_t>(options_.min_contained_shingles)) {
      c = ExactContainment(f.shingles, theirs);
    }
    DuplicateMatch m;
    if (j >= options_.jaccard_threshold) {
      m = {DuplicateMatch::Kind::kNear, seq, std::max(j, c)};
    } else if (c >= options_.containment_threshold) {
      m = {DuplicateMatch::Kind::kContained, seq, c};
    } else {
      continue;
    }
    if (m.similarity > best.similarity) best = m;  // ties keep the lower seq
  }
  return best;
}

void DuplicateIndex::Add(uint32_t seq, const DedupFeatures& f) {
  Rep& r = *rep_;
  ++r.originals;
  r.last_seq = seq;
  if (r.clock == kUnknownDay) {
    r.undated_end = seq + 1;
  } else if (r.epochs.empty() || r.epochs.back().first != r.clock) {
    r.epochs.emplace_back(r.clock, seq);
  }
  if (f.body_hash != 0) {
    bool inserted = false;
    uint32_t* v = r.exact.Upsert(f.body_hash, &inserted);
    if (inserted) *v = seq;
  }
  for (uint64_t key : f.band_keys) r.Put(&r.bands, key, seq);
  for (uint64_t s : f.samples) r.Put(&r.samples, s, seq);
  if (r.sample_counts.size() <= seq) r.sample_counts.resize(seq + 1, 0);
  r.sample_counts[seq] = static_cast<uint16_t>(std::min<size_t>(f.samples.size(), 65535));
  if (options_.window_days > 0) r.MaybeCompact();
}

}  // namespace kabar
