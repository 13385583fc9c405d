// The clusterer's words come from the shared text analyser (include/kabar/analyzer.h), the
// one the search index uses: ICU folding, Indonesian stemming checked against the hunspell-id
// root lexicon, names (capitalised words inside a sentence) kept whole, English Snowball for
// the rest. Without the lexicon (hunspell-id not installed) words are only folded.
//
// Speed: a fast byte scanner finds the words and sentence starts; each distinct (word, is a
// name) pair goes through the analyser once per thread and is then served from a cache.
#include "cluster/word_terms.h"

#include <xxhash.h>

#include <memory>
#include <string>
#include <vector>

#include "cluster/cluster_features.h"
#include "common/flat_u64_map.h"
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

struct CachedToken {
  uint64_t term_hash = 0;
  uint64_t folded_hash = 0;
  bool keep = false;
};

// (word, is a name) hash -> its tokens, a range of `tokens`. Flat: one probe per word.
struct Cache {
  struct Range {
    uint32_t first = 0, count = 0;
  };
  std::unique_ptr<AnalyzerSession> session;
  FlatU64Map<Range> words;
  std::vector<CachedToken> tokens;
};

const CachedToken* Lookup(Cache* c, std::string_view word, bool name, uint32_t* count) {
  uint64_t key = XXH3_64bits_withSeed(word.data(), word.size(), name ? 1 : 0);
  if (const Cache::Range* r = c->words.Find(key)) {
    *count = r->count;
    return c->tokens.data() + r->first;
  }
  if (c->words.size() >= kCacheLimit) {
    c->words.Clear();
    c->tokens.clear();
  }
  Cache::Range r;
  r.first = static_cast<uint32_t>(c->tokens.size());
  c->session->Analyze(word, [&](const Token& t) {
    CachedToken ct;
    ct.folded_hash = XXH3_64bits(t.folded.data(), t.folded.size());
    std::string term = c->session->StemFolded(t.folded, name && t.capitalised);
    ct.term_hash = XXH3_64bits_withSeed(term.data(), term.size(), 'w');
    ct.keep = term.size() >= 2 && !IsStopword(t.folded);
    c->tokens.push_back(ct);
  });
  r.count = static_cast<uint32_t>(c->tokens.size()) - r.first;
  *c->words.Upsert(key) = r;
  *count = r.count;
  return c->tokens.data() + r.first;
}

bool WordByte(unsigned char c) {
  return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

}  // namespace

void ForEachWordTerm(std::string_view text, const std::function<void(const WordTerm&)>& sink) {
  thread_local Cache cache;
  if (cache.session == nullptr) {
    const Analyzer* analyzer = SharedAnalyzer();
    if (analyzer == nullptr) return;
    cache.session = analyzer->NewSession();
  }
  bool sentence_start = true;
  size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (!WordByte(c)) {
      if (c == '.' || c == '!' || c == '?' || c == ':' || c == '"') sentence_start = true;
      ++i;
      continue;
    }
    size_t begin = i;
    while (i < text.size() && (WordByte(static_cast<unsigned char>(text[i])) ||
                               (text[i] == '\'' && i + 1 < text.size() &&
                                WordByte(static_cast<unsigned char>(text[i + 1])) && i > begin))) {
      ++i;
    }
    bool capitalised = c >= 'A' && c <= 'Z';
    bool digit = false;
    for (size_t k = begin; k < i && !digit; ++k) digit = text[k] >= '0' && text[k] <= '9';
    bool name = capitalised && !sentence_start;
    uint32_t n = 0;
    const CachedToken* tokens = Lookup(&cache, text.substr(begin, i - begin), name, &n);
    for (uint32_t k = 0; k < n; ++k) {
      const CachedToken& t = tokens[k];
      WordTerm w;
      w.term_hash = t.term_hash;
      w.folded_hash = t.folded_hash;
      w.keep = t.keep;
      w.capitalised = capitalised;
      w.sentence_start = sentence_start;
      w.digit = digit;
      sink(w);
    }
    sentence_start = false;
  }
}

}  // namespace kabar::cluster
