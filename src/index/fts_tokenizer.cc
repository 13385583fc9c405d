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
  std::string& marked = instance->scratch;
  int rc = SQLITE_OK;
  auto put = [&](std::string_view term, int tflags, const Token& t) {
    if (rc != SQLITE_OK) return;
    rc = emit(ctx, tflags, term.data(), static_cast<int>(term.size()), static_cast<int>(t.begin),
              static_cast<int>(t.end));
  };
  auto put_marked = [&](char mark, std::string_view word, int tflags, const Token& t) {
    marked.assign(1, mark).append(word);
    put(marked, tflags, t);
  };
  auto sink = [&](const Token& t) {
    const bool differs = t.folded != t.term;
    if (!synonyms) {
      put(t.term, 0, t);
    } else if (!query) {  // a document's word: its form, and its stem when it has one
      if (!differs) {
        put(t.term, 0, t);
        return;
      }
      put_marked(kStemSpace, t.term, 0, t);
      put_marked(kFormSpace, t.folded, FTS5_TOKEN_COLOCATED, t);
    } else if (prefix) {  // every word starting so, in both spaces of forms
      put(t.folded, 0, t);
      put_marked(kFormSpace, t.folded, FTS5_TOKEN_COLOCATED, t);
    } else {
      // The form as typed: kept as it is, or stemmed ("=" form, only where the analysis
      // stems it: an FTS5 phrase with synonyms is slower than one term). A capitalised query
      // word is a name (term = folded word), but it also stands for the same word written in
      // lower case, which the index may have stemmed ("Pemerintah" finds "pemerintah").
      const bool stemmed =
          differs || (t.capitalised && instance->session->StemFolded(t.folded, false) != t.folded);
      put(t.folded, 0, t);
      if (stemmed) put_marked(kFormSpace, t.folded, FTS5_TOKEN_COLOCATED, t);
      if (exact) return;
      // Any form: every word with the same stem, kept or stemmed.
      if (differs) put(t.term, FTS5_TOKEN_COLOCATED, t);
      put_marked(kStemSpace, t.term, FTS5_TOKEN_COLOCATED, t);
    }
  };
  instance->session->Analyze(
      std::string_view(text, n_text > 0 ? static_cast<size_t>(n_text) : 0),
      query ? AnalyzerSession::AnalyzeMode::kQuery : AnalyzerSession::AnalyzeMode::kDocument, sink);
  return rc;
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
