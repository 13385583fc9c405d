// Glue between SQLite's FTS5 tokenizer interface (a C vtable) and kabar::Analyzer.
#include "kabar/fts_tokenizer.h"

#include <sqlite3.h>

#include <array>
#include <mutex>
#include <string>

#include "index/fts5_api.h"
#include "kabar/analyzer.h"

namespace kabar {
namespace {

// Index term spaces (fts_tokenizer.h): a word kept as it is has no mark; a word the
// analysis stemmed is indexed as its form and its stem, each marked.
constexpr char kFormSpace = '=';
constexpr char kStemSpace = '~';

// Process-wide analyzers, one per stemming mode, opened on first use.
const Analyzer* SharedAnalyzer(Stemming stemming) {
  static std::mutex mu;
  static std::array<std::unique_ptr<Analyzer>, 3> analyzers;
  std::lock_guard<std::mutex> lock(mu);
  auto& slot = analyzers[static_cast<size_t>(stemming)];
  if (slot == nullptr) {
    AnalyzerOptions options;
    options.stemming = stemming;
    Result<std::unique_ptr<Analyzer>> opened = Analyzer::Open(options);
    if (!opened.ok()) return nullptr;
    slot = std::move(opened).value();
  }
  return slot.get();
}

struct Instance {
  Stemming stemming;
  std::unique_ptr<AnalyzerSession> session;
  std::string scratch;
};

int Create(void*, const char** args, int n_args, Fts5Tokenizer** out) {
  Stemming stemming = Stemming::kKabar;
  if (n_args > 1) return SQLITE_ERROR;
  if (n_args == 1) {
    Result<Stemming> parsed = ParseStemming(args[0]);
    if (!parsed.ok()) return SQLITE_ERROR;
    stemming = *parsed;
  }
  const Analyzer* analyzer = SharedAnalyzer(stemming);
  if (analyzer == nullptr) return SQLITE_ERROR;
  auto* instance = new Instance{stemming, analyzer->NewSession(), {}};
  *out = reinterpret_cast<Fts5Tokenizer*>(instance);
  return SQLITE_OK;
}

void Delete(Fts5Tokenizer* tokenizer) { delete reinterpret_cast<Instance*>(tokenizer); }

using TokenCallback = int (*)(void*, int, const char*, int, int, int);

// Writes the index or query terms of one call to Tokenize through FTS5's callback, and keeps
// the first error the callback returns (later terms are then dropped).
class TermWriter {
 public:
  TermWriter(Instance* instance, void* ctx, TokenCallback emit, bool exact)
      : instance_(instance), ctx_(ctx), emit_(emit), exact_(exact) {}
  int rc() const { return rc_; }

  // Without synonyms (the "none" and "snowball" analyses): the term alone.
  void Plain(const Token& t) { Put(t.term, 0, t); }

  // A document's word: its form, and its stem when it has one.
  void DocumentWord(const Token& t) {
    if (t.folded == t.term) {
      Put(t.term, 0, t);
      return;
    }
    PutMarked(kStemSpace, t.term, 0, t);
    PutMarked(kFormSpace, t.folded, FTS5_TOKEN_COLOCATED, t);
  }

  // A prefix query: every word starting so, in both spaces of forms.
  void PrefixWord(const Token& t) {
    Put(t.folded, 0, t);
    PutMarked(kFormSpace, t.folded, FTS5_TOKEN_COLOCATED, t);
  }

  // A query word: the form as typed, kept as it is or stemmed ("=" form, only where the
  // analysis stems it: an FTS5 phrase with synonyms is slower than one term). A capitalised
  // query word is a name (term = folded word), but it also stands for the same word written in
  // lower case, which the index may have stemmed ("Pemerintah" finds "pemerintah"). Unless the
  // word asks for its exact form, any form follows: every word with the same stem.
  void QueryWord(const Token& t) {
    const bool differs = t.folded != t.term;
    const bool stemmed =
        differs || (t.capitalised && instance_->session->StemFolded(t.folded, false) != t.folded);
    Put(t.folded, 0, t);
    if (stemmed) PutMarked(kFormSpace, t.folded, FTS5_TOKEN_COLOCATED, t);
    if (exact_) return;
    if (differs) Put(t.term, FTS5_TOKEN_COLOCATED, t);
    PutMarked(kStemSpace, t.term, FTS5_TOKEN_COLOCATED, t);
  }

 private:
  void Put(std::string_view term, int tflags, const Token& t) {
    if (rc_ != SQLITE_OK) return;
    rc_ = emit_(ctx_, tflags, term.data(), static_cast<int>(term.size()), static_cast<int>(t.begin),
                static_cast<int>(t.end));
  }
  void PutMarked(char mark, std::string_view word, int tflags, const Token& t) {
    instance_->scratch.assign(1, mark).append(word);
    Put(instance_->scratch, tflags, t);
  }

  Instance* instance_;
  void* ctx_;
  TokenCallback emit_;
  bool exact_;
  int rc_ = SQLITE_OK;
};

int Tokenize(Fts5Tokenizer* tokenizer, void* ctx, int flags, const char* text, int n_text,
             TokenCallback emit) {
  auto* instance = reinterpret_cast<Instance*>(tokenizer);
  const bool query = (flags & FTS5_TOKENIZE_QUERY) != 0;
  const bool prefix = (flags & FTS5_TOKENIZE_PREFIX) != 0;
  const bool synonyms = instance->stemming == Stemming::kKabar;
  if (query && !prefix && n_text > 1 && text[0] == kIndexTermMark) {
    return emit(ctx, 0, text + 1, n_text - 1, 0, n_text);
  }
  const bool exact = query && !prefix && n_text > 0 && text[0] == kExactFormMark;
  TermWriter writer(instance, ctx, emit, exact);
  auto sink = [&](const Token& t) {
    if (!synonyms) {
      writer.Plain(t);
    } else if (!query) {
      writer.DocumentWord(t);
    } else if (prefix) {
      writer.PrefixWord(t);
    } else {
      writer.QueryWord(t);
    }
  };
  instance->session->Analyze(
      std::string_view(text, n_text > 0 ? static_cast<size_t>(n_text) : 0),
      query ? AnalyzerSession::AnalyzeMode::kQuery : AnalyzerSession::AnalyzeMode::kDocument, sink);
  return writer.rc();
}

}  // namespace

Status RegisterFtsTokenizer(sqlite3* db) {
  Result<fts5_api*> found = FindFts5Api(db);
  if (!found.ok()) return found.status();
  fts5_api* api = *found;
  if (api->iVersion < 2) return Status::Internal("SQLite has no FTS5 API v2");
  fts5_tokenizer vtable{Create, Delete, Tokenize};
  if (api->xCreateTokenizer(api, "kabar", nullptr, &vtable, nullptr) != SQLITE_OK) {
    return Status::Internal(std::string("cannot register FTS5 tokenizer: ") + sqlite3_errmsg(db));
  }
  return Status::OK();
}

}  // namespace kabar
