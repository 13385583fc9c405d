// Understand: who and what an article is about, and who said what.
//
// The understand stage runs after normalize. It fills two fields of the Article record:
//
//   entities  people (PER), organisations (ORG) and places (LOC, countries included) named in
//             the title, lead and body, found by a sequence labeller trained on annotated
//             Indonesian news (idner-news-2k) with gazetteer help, and merged:
//             - within the article, a later short mention joins the full name it shortens
//               ("Kim" -> "Kim Jong Un", "Putin" -> "Vladimir Putin");
//             - across articles and languages, spellings join one canonical name through
//               EntityKey normalisation (case, hyphens, dots, spacing) and the alias table
//               ("Kim Jong-un" = "Kim Jong Un"; "North Korea" = "DPRK" = "Korut" = "Korea Utara").
//   quotes    direct quotes in any quotation marks (" ", “ ”, « », ‘ ’, ' ') and reported
//             speech introduced by Indonesian or English attribution verbs ("kata", "ujarnya",
//             "mengatakan", "menurut", "said", "according to", ...), attributed to a speaker.
//             Pronouns ("ia", "dia", "beliau", "he", "she") and -nya verb forms ("ucapnya")
//             resolve to the last named speaker or subject; a quote paragraph without its own
//             attribution takes the attribution of the next short clause or the speaker of
//             the quote just before it.
//
// The alias table: the built-in country names (CLDR, Indonesian and English), data/aliases.tsv
// (compiled in), then an optional user file in the same format, whose lines override earlier
// ones:
//
//   # comment
//   Canonical Name<TAB>PER|ORG|LOC<TAB>alias<TAB>alias...
//
// Thread safety: an Understander is immutable after Create; Understand may be called from
// many threads at once.
#ifndef KABAR_UNDERSTAND_H_
#define KABAR_UNDERSTAND_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "kabar/article.h"
#include "kabar/status.h"

namespace kabar {

struct UnderstandOptions {
  // Extra alias file (format above). Empty: the environment variable KABAR_ALIASES when set,
  // else only the built-in table.
  std::string aliases_file;
  // Budget for hostile input: paragraphs longer than this many bytes are only partly read.
  size_t max_paragraph_bytes = 64 * 1024;
};

namespace understand {
class Engine;
}

class Understander {
 public:
  // Loads the built-in NER model and alias table plus the user's alias file.
  // kIOError / kCorruption name the file that could not be read or parsed.
  static Result<std::unique_ptr<Understander>> Create(const UnderstandOptions& options);

  ~Understander();
  Understander(const Understander&) = delete;
  Understander& operator=(const Understander&) = delete;

  // Replaces article->entities and article->quotes with those found in its title, lead and
  // body. Never fails: text it cannot read yields fewer entities and quotes.
  void Understand(Article* article) const;

  // The canonical name and type the alias table gives a spelling, or empty strings.
  void Canonical(std::string_view spelling, std::string* name, std::string* type) const;

 private:
  explicit Understander(std::unique_ptr<understand::Engine> engine);
  std::unique_ptr<understand::Engine> engine_;
};

// The process-wide Understander with default options (built on first use; thread-safe).
// Returns nullptr only when the built-in data is broken (a build error) or the file named by
// KABAR_ALIASES cannot be read; the reason is written to stderr once.
const Understander* DefaultUnderstander();

// Runs DefaultUnderstander() on the article, if it exists. Used by the extract run.
void UnderstandArticle(Article* article);

// The key under which spellings of one entity meet: ASCII lower case, hyphens and underscores
// as spaces, dots and apostrophes dropped, runs of spaces collapsed, trimmed.
// "Kim Jong-un" and "KIM  JONG UN" -> "kim jong un"; "U.S." -> "us".
std::string EntityKey(std::string_view spelling);

}  // namespace kabar

#endif  // KABAR_UNDERSTAND_H_
