// The analyzer: scanner + folding + the stemming policy described in
// include/kabar/analyzer.h. A session caches each folded word's term, because news text
// repeats words heavily; the cache is cleared when it grows past kCacheLimit entries.
#include "kabar/analyzer.h"

#include <libstemmer.h>

#include <unordered_map>

#include "index/indonesian_morphology.h"
#include "index/lexicon.h"
#include "index/word_scanner.h"

namespace kabar {

struct Analyzer::Lexicon {
  index::Lexicon roots;
};

namespace {

constexpr size_t kCacheLimit = 1 << 17;
constexpr size_t kMaxCandidates = 12;

// Owns one libstemmer stemmer.
class Snowball {
 public:
  explicit Snowball(const char* language) : stemmer_(sb_stemmer_new(language, nullptr)) {}
  ~Snowball() {
    if (stemmer_ != nullptr) sb_stemmer_delete(stemmer_);
  }
  Snowball(const Snowball&) = delete;
  Snowball& operator=(const Snowball&) = delete;

  bool ok() const { return stemmer_ != nullptr; }
  std::string Stem(std::string_view word) {
    const sb_symbol* out = sb_stemmer_stem(
        stemmer_, reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
    if (out == nullptr) return std::string(word);  // out of memory: keep the word
    return std::string(reinterpret_cast<const char*>(out),
                       static_cast<size_t>(sb_stemmer_length(stemmer_)));
  }

 private:
  sb_stemmer* stemmer_;
};

}  // namespace

Result<Stemming> ParseStemming(std::string_view name) {
  if (name == "none") return Stemming::kNone;
  if (name == "snowball") return Stemming::kSnowball;
  if (name == "kabar") return Stemming::kKabar;
  return Status::InvalidArgument("unknown stemming '" + std::string(name) +
                                 "' (expected none, snowball or kabar)");
}

Analyzer::Analyzer(const AnalyzerOptions& options, std::unique_ptr<Lexicon> lexicon)
    : options_(options), lexicon_(std::move(lexicon)) {}

Analyzer::~Analyzer() = default;

Result<std::unique_ptr<Analyzer>> Analyzer::Open(const AnalyzerOptions& options) {
  for (const char* language : {"indonesian", "english"}) {
    Snowball probe(language);
    if (!probe.ok()) {
      return Status::Internal(std::string("libstemmer has no ") + language + " stemmer");
    }
  }
  auto lexicon = std::make_unique<Lexicon>();
  if (options.stemming == Stemming::kKabar) {
    Status s = index::Lexicon::Load(options.lexicon_path, &lexicon->roots);
    if (!s.ok()) return s;
  }
  return std::unique_ptr<Analyzer>(new Analyzer(options, std::move(lexicon)));
}

bool Analyzer::IsRoot(std::string_view folded) const { return lexicon_->roots.Contains(folded); }

int Analyzer::RootAffixCount(std::string_view folded) const {
  return lexicon_->roots.AffixCount(folded);
}

std::unique_ptr<AnalyzerSession> Analyzer::NewSession() const {
  return std::unique_ptr<AnalyzerSession>(new AnalyzerSession(this));
}

struct AnalyzerSession::Rep {
  const Analyzer* analyzer;
  Snowball indonesian{"indonesian"};
  Snowball english{"english"};
  std::unordered_map<std::string, std::string> cache;
  std::string folded;  // scratch
  std::string term;    // scratch

  std::string KabarStem(std::string_view w);
};

// The kKabar policy for a lower-case (or sentence-initial) word that is not a root: among
// the splits whose root is in the lexicon, the root with the most affix classes (ties: the
// first found, most-stripped suffixes first); else the word minus clitics through the
// English stemmer. Snowball's Indonesian stem is not used here: where no lexicon root
// confirms it, it is either a mangled name ("megawati" -> "gawat") or an English word with
// a prefix-like start ("meeting" -> "eting").
std::string AnalyzerSession::Rep::KabarStem(std::string_view w) {
  std::string best;
  int best_affixes = -1;
  size_t seen = 0;
  index::ForEachRootCandidate(w, [&](std::string_view candidate) {
    if (!analyzer->IsRoot(candidate)) return false;
    int affixes = analyzer->RootAffixCount(candidate);
    if (affixes > best_affixes) {
      best = std::string(candidate);
      best_affixes = affixes;
    }
    return ++seen >= kMaxCandidates;
  });
  if (!best.empty()) return best;
  std::string_view bare = index::StripClitics(w);
  if (bare != w && analyzer->IsRoot(bare)) return std::string(bare);
  // English plural of a loanword the lexicon knows ("ministers" -> "minister").
  if (bare.size() > 4 && bare.back() == 's' && analyzer->IsRoot(bare.substr(0, bare.size() - 1))) {
    return std::string(bare.substr(0, bare.size() - 1));
  }
  return english.Stem(bare);
}

AnalyzerSession::AnalyzerSession(const Analyzer* analyzer) : rep_(std::make_unique<Rep>()) {
  rep_->analyzer = analyzer;
}

AnalyzerSession::~AnalyzerSession() = default;

std::string AnalyzerSession::StemFolded(std::string_view folded, bool capitalised_name) {
  switch (rep_->analyzer->options().stemming) {
    case Stemming::kNone:
      return std::string(folded);
    case Stemming::kSnowball:
      return rep_->indonesian.Stem(folded);
    case Stemming::kKabar:
      break;
  }
  if (capitalised_name || folded.size() <= 3 || rep_->analyzer->IsRoot(folded)) {
    return std::string(folded);
  }
  // Digits and mixed alphanumerics ("2023", "covid19") are kept as they are.
  for (char c : folded) {
    if (c >= '0' && c <= '9') return std::string(folded);
  }
  std::string key(folded);
  auto it = rep_->cache.find(key);
  if (it != rep_->cache.end()) return it->second;
  std::string term = rep_->KabarStem(folded);
  if (rep_->cache.size() >= kCacheLimit) rep_->cache.clear();
  rep_->cache.emplace(std::move(key), term);
  return term;
}

void AnalyzerSession::Analyze(std::string_view text, const TokenSink& sink) {
  Analyze(text, AnalyzeMode::kDocument, sink);
}

void AnalyzerSession::Analyze(std::string_view text, AnalyzeMode mode, const TokenSink& sink) {
  size_t pos = 0;
  bool after_boundary = true;
  index::RawWord word;
  const size_t max_bytes = rep_->analyzer->options().max_word_bytes;
  while (index::NextWord(text, &pos, &after_boundary, &word)) {
    index::FoldWord(text.substr(word.begin, word.end - word.begin), &rep_->folded);
    if (rep_->folded.empty() || rep_->folded.size() > max_bytes) continue;
    bool name = word.capitalised && (mode == AnalyzeMode::kQuery || !word.sentence_start);
    rep_->term = StemFolded(rep_->folded, name);
    Token token;
    token.term = rep_->term;
    token.folded = rep_->folded;
    token.begin = word.begin;
    token.end = word.end;
    token.capitalised = word.capitalised;
    token.sentence_start = word.sentence_start;
    sink(token);
  }
}

std::string AnalyzerSession::Terms(std::string_view text) {
  std::string out;
  Analyze(text, [&](const Token& token) {
    if (!out.empty()) out.push_back(' ');
    out.append(token.term);
  });
  return out;
}

}  // namespace kabar
