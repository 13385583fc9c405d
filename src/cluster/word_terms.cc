// The clusterer's words come from the shared text analyser (include/kabar/analyzer.h), the
// one the search index uses: ICU folding, Indonesian stemming checked against the hunspell-id
// root lexicon, names (capitalised words inside a sentence) kept whole, English Snowball for
// the rest. Without the lexicon (hunspell-id not installed) words are only folded.
//
// Speed: a fast byte scanner finds the words and sentence starts; each distinct (word, is a
// name) pair goes through the analyser once per thread and is then served from a cache whose
// slot holds the word's token when it has one (one cache miss per word).
#include "cluster/word_terms.h"

#define XXH_INLINE_ALL  // the word hashes are on the per-word path: let them inline
#include <xxhash.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "cluster/cluster_features.h"
#include "cluster/term_ids.h"
#include "common/ascii8.h"
#include "common/flat_u64_map.h"
#include "common/word_bytes.h"
#include "kabar/analyzer.h"

namespace kabar::cluster {
namespace {

constexpr size_t kCacheLimit = 1 << 20;

const Analyzer* SharedAnalyzer() {
  static const Analyzer* analyzer = [] {
    Result<std::unique_ptr<Analyzer>> a = Analyzer::Open(AnalyzerOptions{});
    if (!a.ok()) {
      AnalyzerOptions plain;
      plain.stemming = Stemming::kNone;
      a = Analyzer::Open(plain);
    }
    return a.ok() ? std::move(a).value().release() : nullptr;
  }();
  return analyzer;
}

// A cached word. Most words analyse to one token, held in the entry itself (one cache miss
// per word); the others have theirs in Cache::tokens[first, first + count). A token (count 1)
// holds its term's id in the place of `first`.
struct Entry {
  uint64_t term_hash = 0;
  uint64_t folded_hash = 0;
  uint32_t first = 0;  // count 1: TermId(term_hash)
  uint16_t count = 0;
  bool keep = false;
};

// (word, is a name) hash -> its entry. Flat: one probe per word.
struct Cache {
  std::unique_ptr<AnalyzerSession> session;
  FlatU64Map<Entry> words;
  std::vector<Entry> tokens;  // of the words analysed into more than one token
};

// Runs the analyser on a word the cache does not hold yet.
Entry Analyse(Cache* c, std::string_view word, bool name) {
  std::vector<Entry> found;
  c->session->Analyze(word, [&](const Token& t) {
    Entry& e = found.emplace_back();
    e.folded_hash = XXH3_64bits(t.folded.data(), t.folded.size());
    std::string term = c->session->StemFolded(t.folded, name && t.capitalised);
    e.term_hash = XXH3_64bits_withSeed(term.data(), term.size(), 'w');
    e.first = TermId(e.term_hash);
    e.keep = term.size() >= 2 && !IsStopword(t.folded);
    e.count = 1;
  });
  if (found.size() == 1) return found[0];
  Entry e;
  e.first = static_cast<uint32_t>(c->tokens.size());
  e.count = static_cast<uint16_t>(std::min<size_t>(found.size(), UINT16_MAX));
  c->tokens.insert(c->tokens.end(), found.begin(), found.begin() + e.count);
  return e;
}

uint64_t CacheKey(std::string_view word, bool name) {
  return XXH3_64bits_withSeed(word.data(), word.size(), name ? 1 : 0);
}

// The tokens of `word` (whose CacheKey is `key`): `*count` entries from the returned pointer.
const Entry* Lookup(Cache* c, uint64_t key, std::string_view word, bool name, uint32_t* count) {
  Entry* e = c->words.Find(key);
  if (e == nullptr) {
    if (c->words.size() >= kCacheLimit) {
      c->words.Clear();
      c->tokens.clear();
    }
    Entry fresh = Analyse(c, word, name);
    e = c->words.Upsert(key);
    *e = fresh;
  }
  *count = e->count;
  return e->count == 1 ? e : c->tokens.data() + e->first;
}

// A word of the text, before its lookup.
struct Found {
  uint32_t begin = 0, size = 0;
  uint64_t key = 0;  // CacheKey
  bool capitalised = false, sentence_start = false, digit = false;
};

// Byte classes of FindWords: a word byte (IsWordByte), a digit, a sentence end.
constexpr uint8_t kWordClass = 1, kDigitClass = 2, kSentenceClass = 4;
constexpr std::array<uint8_t, 256> kByteClass = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    if (IsWordByte(static_cast<unsigned char>(c))) t[c] |= kWordClass;
    if (c >= '0' && c <= '9') t[c] |= kDigitClass;
    if (c == '.' || c == '!' || c == '?' || c == ':' || c == '"') t[c] |= kSentenceClass;
  }
  return t;
}();

// Finds the words of `text` and their sentence starts. A word is a run of word bytes, and
// an apostrophe between two word bytes joins two runs ("don't"). Only the words `scope` looks
// up get their CacheKey (the others keep 0).
void FindWords(std::string_view text, WordScope scope, std::vector<Found>* words) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  size_t n = text.size();
  bool sentence_start = true;
  size_t i = 0;
  while (i < n) {
    unsigned char c = p[i];
    uint8_t cls = kByteClass[c];
    if ((cls & kWordClass) == 0) {
      if (cls & kSentenceClass) sentence_start = true;
      ++i;
      continue;
    }
    size_t begin = i;
    uint8_t seen = 0;  // the classes of the word's bytes
    for (;;) {
      bool ended = false;
      while (!ended && i + 8 <= n) {  // eight bytes at a time while eight are readable
        uint64_t x = Load8(p + i);
        uint64_t stop = ~WordBytes8(x) & kHigh;
        size_t run = stop == 0 ? 8 : static_cast<size_t>(std::countr_zero(stop)) >> 3;
        // The bytes up to the stop (which is no digit): blsmsk, all eight when no stop.
        if (DigitBytes8(x) & (stop ^ (stop - 1))) seen |= kDigitClass;
        i += run;
        ended = run < 8;
      }
      while (!ended && i < n && (kByteClass[p[i]] & kWordClass)) seen |= kByteClass[p[i++]];
      if (i + 1 < n && p[i] == '\'' && (kByteClass[p[i + 1]] & kWordClass)) {
        ++i;
        continue;
      }
      break;
    }
    Found& w = words->emplace_back();
    w.begin = static_cast<uint32_t>(begin);
    w.size = static_cast<uint32_t>(i - begin);
    w.capitalised = c >= 'A' && c <= 'Z';
    w.sentence_start = sentence_start;
    w.digit = (seen & kDigitClass) != 0;
    bool name = w.capitalised && !sentence_start;
    if (scope == WordScope::kAll || name || w.digit) {
      w.key = CacheKey(text.substr(begin, i - begin), name);
    }
    sentence_start = false;
  }
}

}  // namespace

// All the words are found first and their cache slots prefetched, so that the probes' cache
// misses overlap instead of following one another.
void AppendWordTerms(std::string_view text, std::vector<WordTerm>* out, WordScope scope) {
  thread_local Cache cache;
  thread_local std::vector<Found> words;
  if (cache.session == nullptr) {
    const Analyzer* analyzer = SharedAnalyzer();
    if (analyzer == nullptr) return;
    cache.session = analyzer->NewSession();
  }
  words.clear();
  FindWords(text, scope, &words);
  bool all = scope == WordScope::kAll;
  for (const Found& w : words) {
    if (all || w.digit || (w.capitalised && !w.sentence_start)) cache.words.Prefetch(w.key);
  }
  for (const Found& w : words) {
    uint32_t n = 0;
    bool name = w.capitalised && !w.sentence_start;
    if (!all && !name && !w.digit) {
      out->emplace_back();
      continue;
    }
    const Entry* tokens = Lookup(&cache, w.key, text.substr(w.begin, w.size), name, &n);
    for (uint32_t k = 0; k < n; ++k) {
      WordTerm& t = out->emplace_back();
      t.term_hash = tokens[k].term_hash;
      t.term_id = tokens[k].first;
      t.folded_hash = tokens[k].folded_hash;
      t.keep = tokens[k].keep;
      t.capitalised = w.capitalised;
      t.sentence_start = w.sentence_start;
      t.digit = w.digit;
    }
  }
}

}  // namespace kabar::cluster
