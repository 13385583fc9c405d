// StoryClusterer: online story clustering with storylines. See include/kabar/cluster.h.
//
// Vectors are sparse (term hash, weight) lists sorted by term. An article's vector is its
// term weights times idf (document frequencies over the originals seen so far), times
// `number_weight` for terms holding a digit, cut to its
// `article_terms` heaviest terms and L2-normalised. A story's centroid is the sum of its
// originals' vectors, cut to `centroid_terms`; similarity is cosine. Candidate stories come
// from an inverted index (term -> stories whose centroid holds it, ascending): the article's
// heaviest terms, at most kPostingScan most recent stories per term, time-compatible ones
// only; the best kExactCandidates by shared weight are scored exactly.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <memory>

#include "cluster/cluster_features.h"
#include "cluster/term_ids.h"
#include "common/kth_largest.h"
#include "kabar/cluster.h"
#include "store/state_codec.h"

namespace kabar {
namespace {

// A term, its weight and its dense id (cluster::TermId: the index of its posting list). The
// members keep std::pair's names. Vectors are sorted by term hash (stored states, ties).
struct TermWeight {
  uint64_t first;  // term hash
  float second;    // weight
  uint32_t id;     // TermId(first)
};
static_assert(sizeof(TermWeight) == 16);
using Vec = std::vector<TermWeight>;
using cluster::ClusterFeatures;
using store::GetU32;
using store::GetU64;
using store::PutU32;
using store::PutU64;

constexpr size_t kQueryTerms = 12;
constexpr size_t kPostingScan = 400;
constexpr size_t kExactCandidates = 10;
constexpr float kAbsent = -2;       // Best()'s mark of a stale (or freed) cluster
constexpr double kNameShare = 0.3;  // weight of name similarity in story similarity

struct Cluster {
  ClusterRecord rec;
  Vec centroid;
  Vec names;                                 // stories: sum of the originals' name vectors
  double centroid_norm = 0, names_norm = 0;  // Norm() of the two, kept current
  uint32_t line = 0;                         // stories: storyline index
  uint32_t members = 0;                      // vectors summed into the centroid
  int64_t touched = EventTime::kUnknown;     // the stream clock when an article last joined
  uint32_t touched_seq = 0;                  // the seq of that article
};
using Clusters = std::vector<std::unique_ptr<Cluster>>;  // by index; null = freed

// Best scores ~10 candidate clusters, each a chain of cold loads (the object, then its
// vectors). Prefetching the headers of all, then the vectors' first lines of all, lets the
// misses of the candidates overlap instead of following one another. Hints only.
void PrefetchHeader(const Cluster& c) {
  __builtin_prefetch(&c.rec.first_day);
  __builtin_prefetch(&c.centroid);
  __builtin_prefetch(&c.names_norm);
}
void PrefetchVectors(const Cluster& c) {
  constexpr size_t kLines = 4;  // the hardware prefetcher follows on from there
  const char* centroid = reinterpret_cast<const char*>(c.centroid.data());
  size_t centroid_bytes = c.centroid.size() * sizeof(c.centroid[0]);
  for (size_t b = 0; b < kLines * 64 && b < centroid_bytes; b += 64)
    __builtin_prefetch(centroid + b);
  if (!c.names.empty()) __builtin_prefetch(c.names.data());
}

// What Best's first look at a candidate needs of it, packed by cluster index (the candidates
// of one article are mostly recent clusters: neighbours in this array, not scattered objects).
struct Stamp {
  int64_t touched = EventTime::kUnknown;
  int64_t first_day = EventTime::kUnknown, last_day = EventTime::kUnknown;
  uint32_t touched_seq = 0;
  bool present = false;  // false: freed (or never stamped)
};
using Stamps = std::vector<Stamp>;  // by cluster index, as Clusters

// Keeps the `k` heaviest entries of `v` (ties: smaller term). REQUIRES: `v` sorted by term;
// it stays so (the entries are filtered in place against the k-th heaviest weight).
void Prune(Vec* v, size_t k) {
  if (v->size() <= k) return;
  if (k == 0) {
    v->clear();
    return;
  }
  thread_local KthLargestScratch scratch;
  float kth = KthLargest(
      v->size(), k, [v](size_t i) { return (*v)[i].second; }, &scratch);
  size_t above = 0;
  for (const auto& e : *v) above += e.second > kth;
  size_t ties = k - above;  // entries of weight kth to keep: the first ones, i.e. smaller terms
  size_t out = 0;
  for (const auto& e : *v) {
    if (e.second > kth || (e.second == kth && ties > 0 && ties--)) (*v)[out++] = e;
  }
  v->resize(out);
}

// Dot and SharedTerms walk the two term lists without a branch on their order (it is
// random: a branch would be mispredicted every other step). Dot adds the products of the
// shared terms in term order (adding 0 for the others: the same sum, weights being positive).
double Dot(const Vec& a, const Vec& b) {
  double s = 0;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    uint64_t x = a[i].first, y = b[j].first;
    double p = static_cast<double>(a[i].second) * b[j].second;
    s += x == y ? p : 0.0;
    i += x <= y;
    j += y <= x;
  }
  return s;
}

// How many terms two sorted vectors have in common.
size_t SharedTerms(const Vec& a, const Vec& b) {
  size_t n = 0, i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    uint64_t x = a[i].first, y = b[j].first;
    n += x == y;
    i += x <= y;
    j += y <= x;
  }
  return n;
}

// A vector's weights by term in a small open-addressing table, for dot products with many
// vectors: Dot(other) walks `other` in term order and looks each term up, so it adds the
// products of the shared terms in the order Dot(v, other) does (the same sum), with no
// dependency from one step to the next.
class TermTable {
 public:
  // False (and the table unusable) when `v` holds the term 0, the empty slot's mark.
  bool Build(const Vec& v) {
    size_t size = 16;
    while (size < 4 * v.size()) size *= 2;
    slots_.assign(size, {0, 0.0f});
    mask_ = size - 1;
    for (const auto& e : v) {
      uint64_t t = e.first;
      float w = e.second;
      if (t == 0) return false;
      size_t i = t & mask_;
      while (slots_[i].first != 0) i = (i + 1) & mask_;
      slots_[i] = {t, w};
    }
    return true;
  }
  double Dot(const Vec& other) const {
    double s = 0;
    for (const auto& e : other) {
      uint64_t t = e.first;
      float w = e.second;
      for (size_t i = t & mask_;; i = (i + 1) & mask_) {
        const auto& slot = slots_[i];
        if (slot.first == t) {
          s += static_cast<double>(slot.second) * w;
          break;
        }
        if (slot.first == 0) break;
      }
    }
    return s;
  }

 private:
  std::vector<std::pair<uint64_t, float>> slots_;
  size_t mask_ = 0;
};

double Norm(const Vec& v) {
  double s = 0;
  for (const auto& e : v) s += static_cast<double>(e.second) * e.second;
  return std::sqrt(s);
}

// a + b into `*sum` (cleared first).
void SumInto(const Vec& a, const Vec& b, Vec* sum) {
  Vec& out = *sum;
  out.clear();
  out.reserve(a.size() + b.size());
  size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    if (j == b.size() || (i < a.size() && a[i].first < b[j].first)) {
      out.push_back(a[i++]);
    } else if (i == a.size() || b[j].first < a[i].first) {
      out.push_back(b[j++]);
    } else {
      out.push_back({a[i].first, a[i].second + b[j].second, a[i].id});
      ++i, ++j;
    }
  }
}

int64_t DayDistance(int64_t day, int64_t first_day, int64_t last_day) {
  if (day == EventTime::kUnknown || first_day == EventTime::kUnknown) return 0;
  if (day < first_day) return first_day - day;
  if (day > last_day) return day - last_day;
  return 0;
}

int64_t DayDistance(int64_t day, const ClusterRecord& r) {
  return DayDistance(day, r.first_day, r.last_day);
}

void Widen(int64_t day, ClusterRecord* r) {
  if (day == EventTime::kUnknown) return;
  if (r->first_day == EventTime::kUnknown || day < r->first_day) r->first_day = day;
  if (r->last_day == EventTime::kUnknown || day > r->last_day) r->last_day = day;
}

void PutVec(std::string* out, const Vec& v) {
  PutU32(out, static_cast<uint32_t>(v.size()));
  for (const TermWeight& e : v) {
    PutU64(out, e.first);
    float w = e.second;
    uint32_t bits;
    std::memcpy(&bits, &w, 4);
    PutU32(out, bits);
  }
}

bool GetVec(std::string_view* in, Vec* v) {
  uint32_t n = 0;
  if (!GetU32(in, &n) || in->size() / 12 < n) return false;
  v->resize(n);
  for (TermWeight& e : *v) {
    uint64_t t = 0;
    uint32_t bits = 0;
    GetU64(in, &t);
    GetU32(in, &bits);
    float w = 0;
    std::memcpy(&w, &bits, 4);
    e = {t, w, cluster::TermId(t)};
  }
  return true;
}

// line, members, centroid, names, touched, touched_seq (states written before the memory
// window end after the names; they count as touched on their last day by seq 0).
std::string EncodeCluster(const Cluster& c) {
  std::string out;
  PutU32(&out, c.line);
  PutU32(&out, c.members);
  PutVec(&out, c.centroid);
  PutVec(&out, c.names);
  PutU64(&out, static_cast<uint64_t>(c.touched));
  PutU32(&out, c.touched_seq);
  return out;
}

bool DecodeCluster(std::string_view in, Cluster* c) {
  if (!GetU32(&in, &c->line) || !GetU32(&in, &c->members) || !GetVec(&in, &c->centroid) ||
      !GetVec(&in, &c->names)) {
    return false;
  }
  c->touched = c->rec.last_day;
  c->centroid_norm = Norm(c->centroid);
  c->names_norm = Norm(c->names);
  if (in.empty()) return true;
  uint64_t t = 0;
  if (!GetU64(&in, &t) || !GetU32(&in, &c->touched_seq) || !in.empty()) return false;
  c->touched = static_cast<int64_t>(t);
  return true;
}

// Hints the CPU to load the last entries of a posting list (the most recent clusters, where a
// scan starts).
void PrefetchTail(const std::vector<uint32_t>& list) {
  constexpr size_t kPerLine = 64 / sizeof(uint32_t);
  if (list.empty()) return;  // data() may be null: no pointer before it may be formed
  __builtin_prefetch(list.data() + list.size() - 1);
  if (list.size() > kPerLine) __builtin_prefetch(list.data() + list.size() - 1 - kPerLine);
}

// std::lower_bound(v, idx), searched from the back: the clusters whose centroids change are
// mostly recent ones, a few entries from the tail of their lists (which Postings::Update
// prefetches), so a short backward scan usually finds the place without a binary search over
// the cold rest of a long list.
std::vector<uint32_t>::iterator LowerBoundFromBack(std::vector<uint32_t>* v, uint32_t idx) {
  constexpr size_t kTailSteps = 16;
  size_t i = v->size();
  for (size_t k = 0; k < kTailSteps && i > 0; ++k, --i) {
    if ((*v)[i - 1] < idx) return v->begin() + static_cast<long>(i);
  }
  return std::lower_bound(v->begin(), v->begin() + static_cast<long>(i), idx);  // [i, end) >= idx
}

// term id -> ascending cluster indices whose centroid holds the term. By id, so the lists of
// one event's terms (given ids together) sit together.
class Postings {
 public:
  void Insert(uint32_t term, uint32_t idx) {
    if (term >= lists_.size()) lists_.resize(std::max<size_t>(term + 1, 2 * lists_.size()));
    std::vector<uint32_t>& v = lists_[term];
    if (v.empty() || v.back() < idx) {
      v.push_back(idx);
    } else {
      auto it = LowerBoundFromBack(&v, idx);
      if (it == v.end() || *it != idx) v.insert(it, idx);
    }
  }
  void Erase(uint32_t term, uint32_t idx) {
    std::vector<uint32_t>* l = Find(term);
    if (l == nullptr) return;
    auto it = LowerBoundFromBack(l, idx);
    if (it != l->end() && *it == idx) l->erase(it);
  }
  void Prefetch(uint32_t term) const {
    if (term < lists_.size()) __builtin_prefetch(&lists_[term]);
  }
  const std::vector<uint32_t>* Find(uint32_t term) const {
    return term < lists_.size() && !lists_[term].empty() ? &lists_[term] : nullptr;
  }
  std::vector<uint32_t>* Find(uint32_t term) {
    return term < lists_.size() && !lists_[term].empty() ? &lists_[term] : nullptr;
  }
  // Replaces idx's terms `before` by `after` (both sorted by term). The changed lists are
  // looked up in passes (their slots, then their tails, then the change) so that the cache
  // misses of one pass overlap.
  void Update(uint32_t idx, const Vec& before, const Vec& after) {
    changes_.clear();
    size_t i = 0, j = 0;
    while (i < before.size() || j < after.size()) {
      if (j == after.size() || (i < before.size() && before[i].first < after[j].first)) {
        changes_.emplace_back(before[i++].id, false);
      } else if (i == before.size() || after[j].first < before[i].first) {
        changes_.emplace_back(after[j++].id, true);
      } else {
        ++i, ++j;
      }
    }
    for (const auto& c : changes_) Prefetch(c.first);
    for (const auto& c : changes_) {
      const std::vector<uint32_t>* l = Find(c.first);
      if (l != nullptr) __builtin_prefetch(&l->back());
    }
    for (const auto& [term, insert] : changes_) {
      if (insert) {
        Insert(term, idx);
      } else {
        Erase(term, idx);
      }
    }
  }
  // Removes the clusters marked in `gone` (by cluster index) from the lists of `terms`
  // (deduplicated ids); frees emptied lists. One pass over each list, no search.
  // The lists go in blocks: their slots prefetched, then their first lines, then the filter
  // (branch-free: which entries go is random), so that the cache misses of a block overlap.
  void RemoveAll(const std::vector<uint8_t>& gone, const std::vector<uint32_t>& terms) {
    constexpr size_t kBlock = 16;
    std::vector<uint32_t>* block[kBlock];
    for (size_t b = 0; b < terms.size(); b += kBlock) {
      size_t n = std::min(kBlock, terms.size() - b);
      for (size_t k = 0; k < n; ++k) Prefetch(terms[b + k]);
      for (size_t k = 0; k < n; ++k) {
        block[k] = Find(terms[b + k]);
        if (block[k] != nullptr) __builtin_prefetch(block[k]->data());
      }
      for (size_t k = 0; k < n; ++k) {
        if (block[k] != nullptr) RemoveFrom(gone, block[k]);
      }
    }
  }

 private:
  // Drops the entries marked in `gone` from `*l`; frees it when emptied.
  static void RemoveFrom(const std::vector<uint8_t>& gone, std::vector<uint32_t>* l) {
    uint32_t* d = l->data();
    size_t out = 0;
    for (size_t i = 0; i < l->size(); ++i) {
      uint32_t idx = d[i];
      d[out] = idx;
      out += gone[idx] == 0;
    }
    l->resize(out);
    if (l->empty()) {
      std::vector<uint32_t>().swap(*l);
    } else if (l->capacity() > 2 * l->size() + 8) {
      l->shrink_to_fit();
    }
  }

  std::vector<std::vector<uint32_t>> lists_;        // by term id
  std::vector<std::pair<uint32_t, bool>> changes_;  // Update's scratch: (term id, inserted)
};

}  // namespace

struct StoryClusterer::Rep {
  ClusterOptions options;
  struct Frequency {
    uint32_t total = 0;  // originals holding the term
    uint32_t delta = 0;  // of which since the last TakeFrequencyDelta
  };
  std::vector<Frequency> df;  // by term id (cluster::TermId)
  uint64_t docs = 0;
  std::vector<std::pair<uint64_t, uint32_t>> df_touched;  // (term, id) of the delta > 0
  // The frequency of the term of id `id`.
  Frequency* Df(uint32_t id) {
    if (id >= df.size()) df.resize(std::max<size_t>(id + 1, 2 * df.size()));
    return &df[id];
  }
  uint64_t docs_delta = 0;
  Clusters stories, lines;
  Stamps story_stamps, line_stamps;  // kept equal to the clusters' (Restamp)
  // Every cluster below these indices is freed (Restamp lowers them, Evict raises them): the
  // eviction scan starts there.
  size_t story_scan_from = 0, line_scan_from = 0;
  size_t live_stories = 0, live_lines = 0;
  Postings story_post, line_post;
  std::vector<uint32_t> seq_story;      // seq -> story index + 1 (0 = none)
  int64_t clock = EventTime::kUnknown;  // the newest event day seen
  uint32_t current = 0;                 // the seq of the newest article
  RecordLoader loader;
  // Best()'s scratch: shared weight per cluster index (0 = not seen, -1 = out of window,
  // kAbsent = stale).
  std::vector<float> shared;
  std::vector<uint32_t> seen;
  std::vector<uint32_t> dirty_stories, dirty_lines;
  // Per-article scratch, reused (no allocation per article once grown).
  ClusterFeatures features;
  Vec article_vec, name_vec, query, sum;
  std::vector<std::pair<float, uint32_t>> ranked;
  std::vector<const std::vector<uint32_t>*> query_lists;  // Best()'s: the query terms' lists
  TermTable vec_table, name_table;                        // Best()'s: the candidates' dot products
  // Evict's scratch: the evicted clusters (by index), their centroids' terms.
  std::vector<uint8_t> evict_gone;
  std::vector<uint32_t> evict_terms;  // ids

  // The article's vector (idf over the originals before it); then counts its terms in.
  // Into `*v`.
  void ArticleVectorAndCount(const ClusterFeatures& f, Vec* v);
  // What a dot product with a summed vector is divided by: its norm (centroid cosine) or, for
  // average linkage, the number of vectors summed (the mean cosine to the members).
  double Linkage(const Cluster& c, bool names) const {
    if (options.average_linkage) return static_cast<double>(c.members);
    return names ? c.names_norm : c.centroid_norm;
  }
  // The article's vector restricted to its names, renormalised (storyline linking).
  // Into `*out`.
  static void NameVector(const Vec& v, const ClusterFeatures& f, Vec* out);
  // Best cluster among `clusters` for `v` at `day`, or -1; a cluster must share at least
  // `min_shared` terms with `v`. Stories: `names` non-null mixes in the name similarity.
  // Stale clusters (see Stale) are skipped as if absent.
  int64_t Best(const Vec& v, const Vec* names, int64_t day, const Clusters& clusters,
               const Postings& post, int window, int memory, double threshold,
               size_t min_shared = 0);
  void Join(Cluster* c, uint32_t idx, const Vec& v, size_t keep, Postings* post);
  void Advance(uint32_t seq, int64_t day) {
    if (seq > current) current = seq;
    if (day != EventTime::kUnknown && (clock == EventTime::kUnknown || day > clock)) clock = day;
  }
  // True when no new article may join `c`: not touched while the clock moved `memory` days
  // on, nor by the last memory_articles articles.
  bool Stale(const Cluster& c, int memory) const { return Stale(c.touched, c.touched_seq, memory); }
  bool Stale(int64_t touched, uint32_t touched_seq, int memory) const {
    return memory > 0 && clock != EventTime::kUnknown && touched != EventTime::kUnknown &&
           touched < clock - memory &&
           static_cast<uint64_t>(touched_seq) + options.memory_articles < current;
  }
  Stamps& StampsOf(const Clusters& all) { return &all == &stories ? story_stamps : line_stamps; }
  size_t& ScanFromOf(const Clusters& all) {
    return &all == &stories ? story_scan_from : line_scan_from;
  }
  // Copies cluster `idx` of `all` (freed or not) into its stamp; call after every change.
  void Restamp(const Clusters& all, uint32_t idx) {
    Stamps& stamps = StampsOf(all);
    if (stamps.size() < all.size()) stamps.resize(all.size());
    const Cluster* c = all[idx].get();
    Stamp& st = stamps[idx];
    if (c == nullptr) {
      st = Stamp{};
      return;
    }
    st.touched = c->touched;
    st.first_day = c->rec.first_day;
    st.last_day = c->rec.last_day;
    st.touched_seq = c->touched_seq;
    st.present = true;
    size_t& from = ScanFromOf(all);
    from = std::min<size_t>(from, idx);
  }
  // Storylines stay at least as long as their stories (a live story's storyline is live).
  int LineMemory() const {
    int s = options.story_memory_days, l = options.storyline_memory_days;
    return s <= 0 || l <= 0 ? 0 : std::max(s, l);
  }
  // The cluster at `idx`, read back through the loader when it was freed; null on failure.
  Cluster* Ensure(bool story, uint32_t idx);
  // Frees the stale clusters of one kind.
  void Evict(Clusters* all, Postings* post, int memory, size_t* live);
};

void StoryClusterer::Rep::ArticleVectorAndCount(const ClusterFeatures& f, Vec* out) {
  Vec& v = *out;
  v.clear();
  v.reserve(f.terms.size());
  double n = static_cast<double>(docs);
  for (uint32_t id : f.term_ids) {  // the misses overlap
    if (id < df.size()) __builtin_prefetch(&df[id]);
  }
  for (size_t i = 0; i < f.terms.size(); ++i) {
    const auto& [term, tf] = f.terms[i];
    Frequency* e = Df(f.term_ids[i]);
    double d = e->total;
    double w = tf * (std::log((n + 1) / (d + 1)) + 1);
    if (std::binary_search(f.numbers.begin(), f.numbers.end(), term)) w *= options.number_weight;
    v.push_back({term, static_cast<float>(w), f.term_ids[i]});
    ++e->total;
    if (e->delta++ == 0) df_touched.emplace_back(term, f.term_ids[i]);
  }
  ++docs;
  ++docs_delta;
  Prune(&v, static_cast<size_t>(options.article_terms));
  double norm = Norm(v);
  if (norm > 0) {
    for (auto& e : v) e.second = static_cast<float>(e.second / norm);
  }
}

void StoryClusterer::Rep::NameVector(const Vec& v, const ClusterFeatures& f, Vec* names) {
  Vec& out = *names;
  out.clear();
  for (const auto& e : v) {
    if (std::binary_search(f.names.begin(), f.names.end(), e.first)) out.push_back(e);
  }
  double norm = Norm(out);
  if (norm > 0) {
    for (auto& e : out) e.second = static_cast<float>(e.second / norm);
  }
}

int64_t StoryClusterer::Rep::Best(const Vec& v, const Vec* names, int64_t day,
                                  const Clusters& clusters, const Postings& post, int window,
                                  int memory, double threshold, size_t min_shared) {
  query.assign(v.begin(), v.end());
  Prune(&query, kQueryTerms);
  if (shared.size() < clusters.size()) shared.resize(clusters.size(), 0);
  const Stamps& stamps = StampsOf(clusters);
  // The lists in passes (their slots, then their tails, then the scan), so that the cache
  // misses of one pass overlap.
  for (const auto& e : query) post.Prefetch(e.id);
  query_lists.clear();
  for (const auto& e : query) {
    const std::vector<uint32_t>* list = post.Find(e.id);
    query_lists.push_back(list);
    if (list != nullptr) PrefetchTail(*list);
  }
  for (size_t q = 0; q < query.size(); ++q) {
    const std::vector<uint32_t>* list = query_lists[q];
    float w = query[q].second;
    if (list == nullptr) continue;
    size_t scanned = 0;
    for (auto it = list->rbegin(); it != list->rend() && scanned < kPostingScan; ++it) {
      float& acc = shared[*it];
      if (acc == 0) {  // first sight: one look at the cluster
        seen.push_back(*it);
        const Stamp& c = stamps[*it];
        if (!c.present || Stale(c.touched, c.touched_seq, memory)) {
          acc = kAbsent;
        } else if (DayDistance(day, c.first_day, c.last_day) > window) {
          acc = -1;
        }
      }
      if (acc == kAbsent) continue;  // absent: not counted in the scan
      ++scanned;
      if (acc >= 0) acc += w;
    }
  }
  ranked.clear();
  for (uint32_t idx : seen) {
    if (shared[idx] > 0) ranked.emplace_back(shared[idx], idx);
    shared[idx] = 0;
  }
  seen.clear();
  size_t k = std::min(kExactCandidates, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<long>(k), ranked.end(),
                    [](const auto& a, const auto& b) {
                      return a.first != b.first ? a.first > b.first : a.second < b.second;
                    });
  int64_t best = -1;
  double best_sim = threshold;
  for (size_t i = 0; i < k; ++i) PrefetchHeader(*clusters[ranked[i].second]);
  bool by_table = k > 1 && vec_table.Build(v);
  bool names_by_table = k > 1 && names != nullptr && name_table.Build(*names);
  for (size_t i = 0; i < k; ++i) PrefetchVectors(*clusters[ranked[i].second]);
  for (size_t i = 0; i < k; ++i) {
    const Cluster& c = *clusters[ranked[i].second];
    double norm = Linkage(c, false);
    if (norm <= 0) continue;
    if (min_shared > 0 && SharedTerms(v, c.centroid) < min_shared) continue;
    double sim = (by_table ? vec_table.Dot(c.centroid) : Dot(v, c.centroid)) / norm;
    if (names != nullptr && !names->empty()) {
      double nn = Linkage(c, true);
      double dot = names_by_table ? name_table.Dot(c.names) : Dot(*names, c.names);
      double name_sim = nn > 0 ? dot / nn : 0;
      sim = (1 - options.name_share) * sim + options.name_share * name_sim;
    }
    if (day != EventTime::kUnknown && c.rec.first_day != EventTime::kUnknown) {
      sim += options.time_bonus * (1 - static_cast<double>(DayDistance(day, c.rec)) / (window + 1));
    }
    if (sim > best_sim || (sim == best_sim && best >= 0 && ranked[i].second < best)) {
      best_sim = sim;
      best = ranked[i].second;
    }
  }
  return best;
}

void StoryClusterer::Rep::Join(Cluster* c, uint32_t idx, const Vec& v, size_t keep,
                               Postings* post) {
  ++c->members;
  SumInto(c->centroid, v, &sum);
  Prune(&sum, keep);
  post->Update(idx, c->centroid, sum);
  c->centroid.assign(sum.begin(), sum.end());  // reuses its memory; grows to the exact size
  c->centroid_norm = Norm(c->centroid);
}

StoryClusterer::StoryClusterer(ClusterOptions options) : rep_(std::make_unique<Rep>()) {
  rep_->options = options;
}
StoryClusterer::~StoryClusterer() = default;

void StoryClusterer::SetRecordLoader(RecordLoader loader) { rep_->loader = std::move(loader); }

namespace {

// The cluster a stored record describes (its state decoded, not kept as bytes).
Status DecodeRecord(const ClusterRecord& record, std::unique_ptr<Cluster>* out) {
  auto c = std::make_unique<Cluster>();
  c->rec = record;
  c->rec.state.clear();
  if (!DecodeCluster(record.state, c.get())) return Status::Corruption("bad cluster state");
  *out = std::move(c);
  return Status::OK();
}

Status LoadCluster(const ClusterRecord& record, std::unique_ptr<Cluster>* slot, Postings* post) {
  Status s = DecodeRecord(record, slot);
  if (!s.ok()) return s;
  for (const auto& e : (*slot)->centroid) post->Insert(e.id, record.index);
  return Status::OK();
}

}  // namespace

Cluster* StoryClusterer::Rep::Ensure(bool story, uint32_t idx) {
  Clusters& all = story ? stories : lines;
  if (idx >= all.size()) return nullptr;
  if (all[idx] != nullptr) return all[idx].get();
  ClusterRecord rec;
  if (!loader || !loader(story, idx, &rec).ok() || rec.index != idx) return nullptr;
  if (!LoadCluster(rec, &all[idx], story ? &story_post : &line_post).ok()) return nullptr;
  ++(story ? live_stories : live_lines);
  Restamp(all, idx);
  return all[idx].get();
}

StoryClusterer::Assignment StoryClusterer::Add(const Article& article, const EventTime& time,
                                               uint32_t seq, uint32_t duplicate_of) {
  Rep& r = *rep_;
  r.Advance(seq, time.day);
  Assignment a;
  int64_t story = -1;
  Vec& v = r.article_vec;
  Vec& names = r.name_vec;
  v.clear();
  names.clear();
  if (duplicate_of != 0 && duplicate_of < r.seq_story.size() && r.seq_story[duplicate_of] != 0) {
    uint32_t orig = r.seq_story[duplicate_of] - 1;  // a copy joins its original's story as it is
    Cluster* s = r.Ensure(true, orig);
    if (s != nullptr && r.Ensure(false, s->line) != nullptr) story = orig;
  }
  if (story < 0) {
    cluster::ComputeClusterFeatures(article, static_cast<size_t>(std::max(0, r.options.lead_bytes)),
                                    &r.features);
    r.ArticleVectorAndCount(r.features, &v);
    Rep::NameVector(v, r.features, &names);
    story = r.Best(v, &names, time.day, r.stories, r.story_post, r.options.story_window_days,
                   r.options.story_memory_days, r.options.story_threshold);
  }
  if (story < 0) {
    story = static_cast<int64_t>(r.stories.size());
    int64_t line =
        r.Best(names, nullptr, time.day, r.lines, r.line_post, r.options.storyline_window_days,
               r.LineMemory(), r.options.storyline_threshold,
               static_cast<size_t>(std::max(0, r.options.storyline_min_shared_names)));
    if (line < 0) {
      line = static_cast<int64_t>(r.lines.size());
      auto l = std::make_unique<Cluster>();
      l->rec.index = static_cast<uint32_t>(line);
      l->rec.id = "sl-" + article.id;
      r.lines.push_back(std::move(l));
      ++r.live_lines;
      a.new_storyline = true;
    }
    auto s = std::make_unique<Cluster>();
    s->rec.index = static_cast<uint32_t>(story);
    s->rec.id = "st-" + article.id;
    s->rec.headline = article.title;
    s->line = static_cast<uint32_t>(line);
    s->rec.parent = r.lines[static_cast<size_t>(line)]->rec.id;
    r.stories.push_back(std::move(s));
    ++r.live_stories;
    ++r.lines[static_cast<size_t>(line)]->rec.count;
    a.new_story = true;
  }
  Cluster& s = *r.stories[static_cast<size_t>(story)];
  Cluster& l = *r.lines[s.line];
  ++s.rec.count;
  Widen(time.day, &s.rec);
  Widen(time.day, &l.rec);
  s.touched = l.touched = r.clock;
  s.touched_seq = l.touched_seq = seq;
  if (!v.empty()) {
    r.Join(&s, s.rec.index, v, static_cast<size_t>(r.options.centroid_terms), &r.story_post);
    SumInto(s.names, names, &r.sum);
    Prune(&r.sum, static_cast<size_t>(r.options.centroid_terms) / 2);
    s.names.assign(r.sum.begin(), r.sum.end());
    s.names_norm = Norm(s.names);
    r.Join(&l, l.rec.index, names, static_cast<size_t>(r.options.centroid_terms), &r.line_post);
  }
  r.Restamp(r.stories, s.rec.index);
  r.Restamp(r.lines, l.rec.index);
  r.dirty_stories.push_back(s.rec.index);
  r.dirty_lines.push_back(l.rec.index);
  if (r.seq_story.size() <= seq) r.seq_story.resize(seq + 1, 0);
  r.seq_story[seq] = s.rec.index + 1;
  a.story_id = s.rec.id;
  a.storyline_id = l.rec.id;
  return a;
}

// The scan reads the packed stamps (not the clusters: a cache miss each) from the first
// index that may hold a live cluster.
void StoryClusterer::Rep::Evict(Clusters* all, Postings* post, int memory, size_t* live) {
  evict_gone.assign(all->size(), 0);
  evict_terms.clear();
  bool any = false;
  const Stamps& stamps = StampsOf(*all);
  for (size_t i = stamps.size(); i < all->size(); ++i) Restamp(*all, static_cast<uint32_t>(i));
  size_t& from = ScanFromOf(*all);
  bool leading = true;  // no live cluster met yet in this scan
  for (size_t i = from; i < all->size(); ++i) {
    const Stamp& st = stamps[i];
    bool stale = st.present && Stale(st.touched, st.touched_seq, memory);
    if (st.present && !stale) leading = false;
    if (leading) from = i + 1;
    if (!stale) continue;
    Cluster* c = (*all)[i].get();
    evict_gone[i] = 1;
    any = true;
    for (const auto& e : c->centroid) evict_terms.push_back(e.id);
    (*all)[i].reset();
    Restamp(*all, static_cast<uint32_t>(i));
    --*live;
  }
  if (!any) return;
  std::sort(evict_terms.begin(), evict_terms.end());
  evict_terms.erase(std::unique(evict_terms.begin(), evict_terms.end()), evict_terms.end());
  post->RemoveAll(evict_gone, evict_terms);
}

void StoryClusterer::EvictStale() {
  Rep& r = *rep_;
  r.Evict(&r.stories, &r.story_post, r.options.story_memory_days, &r.live_stories);
  r.Evict(&r.lines, &r.line_post, r.LineMemory(), &r.live_lines);
}

size_t StoryClusterer::stories_in_memory() const { return rep_->live_stories; }
size_t StoryClusterer::storylines_in_memory() const { return rep_->live_lines; }

namespace {

std::vector<ClusterRecord> TakeDirty(std::vector<uint32_t>* dirty, const Clusters& all) {
  std::sort(dirty->begin(), dirty->end());
  dirty->erase(std::unique(dirty->begin(), dirty->end()), dirty->end());
  std::vector<ClusterRecord> out;
  out.reserve(dirty->size());
  for (uint32_t i : *dirty) {
    out.push_back(all[i]->rec);
    out.back().state = EncodeCluster(*all[i]);
  }
  dirty->clear();
  return out;
}

}  // namespace

std::vector<ClusterRecord> StoryClusterer::TakeDirtyStories() {
  return TakeDirty(&rep_->dirty_stories, rep_->stories);
}
std::vector<ClusterRecord> StoryClusterer::TakeDirtyStorylines() {
  return TakeDirty(&rep_->dirty_lines, rep_->lines);
}

std::string StoryClusterer::TakeFrequencyDelta() {
  Rep& r = *rep_;
  if (r.docs_delta == 0) return "";
  std::sort(r.df_touched.begin(), r.df_touched.end());
  std::string out;
  out.reserve(8 + 12 * r.df_touched.size());
  PutU64(&out, r.docs_delta);
  for (const auto& [t, id] : r.df_touched) {
    Rep::Frequency* e = &r.df[id];
    PutU64(&out, t);
    PutU32(&out, e->delta);
    e->delta = 0;
  }
  r.df_touched.clear();
  r.docs_delta = 0;
  return out;
}

void StoryClusterer::LoadArticle(uint32_t seq, int64_t day, uint32_t story_index) {
  Rep& r = *rep_;
  r.Advance(seq, day);
  if (r.seq_story.size() <= seq) r.seq_story.resize(seq + 1, 0);
  r.seq_story[seq] = story_index + 1;
}

Status StoryClusterer::LoadStoryline(const ClusterRecord& record) {
  Rep& r = *rep_;
  if (record.index != r.lines.size()) return Status::Corruption("storyline records out of order");
  std::unique_ptr<Cluster> c;
  Status s = DecodeRecord(record, &c);
  if (!s.ok()) return s;
  if (r.Stale(*c, r.LineMemory())) {
    r.lines.emplace_back();  // freed
    r.Restamp(r.lines, record.index);
    return Status::OK();
  }
  for (const auto& e : c->centroid) r.line_post.Insert(e.id, record.index);
  r.lines.push_back(std::move(c));
  r.Restamp(r.lines, record.index);
  ++r.live_lines;
  return Status::OK();
}

Status StoryClusterer::LoadStory(const ClusterRecord& record) {
  Rep& r = *rep_;
  if (record.index != r.stories.size()) return Status::Corruption("story records out of order");
  std::unique_ptr<Cluster> c;
  Status s = DecodeRecord(record, &c);
  if (!s.ok()) return s;
  if (c->line >= r.lines.size()) return Status::Corruption("story of unknown storyline");
  if (r.Stale(*c, r.options.story_memory_days)) {
    r.stories.emplace_back();  // freed: read back only if a duplicate joins it
    r.Restamp(r.stories, record.index);
    return Status::OK();
  }
  for (const auto& e : c->centroid) r.story_post.Insert(e.id, record.index);
  r.stories.push_back(std::move(c));
  r.Restamp(r.stories, record.index);
  ++r.live_stories;
  return Status::OK();
}

Status StoryClusterer::LoadFrequencyDelta(std::string_view delta) {
  uint64_t docs = 0;
  if (!GetU64(&delta, &docs) || delta.size() % 12 != 0) {
    return Status::Corruption("bad frequency delta");
  }
  rep_->docs += docs;
  while (!delta.empty()) {
    uint64_t t = 0;
    uint32_t n = 0;
    GetU64(&delta, &t);
    GetU32(&delta, &n);
    rep_->Df(cluster::TermId(t))->total += n;
  }
  return Status::OK();
}

}  // namespace kabar
