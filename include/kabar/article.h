// Article: the one record that flows forward through kabar's pipeline.
//
// ingest builds a RawPage; extract fills the fields under "extract"; normalize cleans them
// and fills the language and redactions; dedup, cluster and understand fill theirs. Each
// stage only adds to or cleans the record; no stage goes back to the raw bytes of another.
//
// Conventions: strings are UTF-8 (NFC after normalize). An empty string means "unknown" and
// is written as JSON null. Line numbers are 1-based, counted in the page text the extractor
// saw (the text dump itself, or the text lines extracted from HTML).
#ifndef KABAR_ARTICLE_H_
#define KABAR_ARTICLE_H_

#include <map>
#include <string>
#include <vector>

#include "kabar/raw_page.h"

namespace kabar {

// An input line (or HTML block) that is not part of the article, and why.
struct RemovedLine {
  int line = 0;        // 1-based line number in the page text
  std::string text;    // the line as it was (after PII redaction)
  std::string reason;  // "ad", "navigation", "login", "related", "footer", "author-bio",
                       // "duplicate-line", "caption-duplicate", "metadata", "blank", ...
  int last_line = 0;   // the last line when `text` joins the lines `line`..`last_line` (a
                       // paragraph a text tool wrapped, extract/wrapped_lines.h, or a sentence
                       // printed one text node per line, extract/text_node_lines.h); else 0
};

// The page says it was published elsewhere first ("Artikel ini telah tayang di ...").
struct Syndication {
  std::string site;   // "tribunnews.com"
  std::string title;  // title under which it first appeared, when given
  std::string url;    // when given
};

// A named entity (filled by the understand stage).
struct EntityMention {
  std::string name;                  // canonical name of the merged entity
  std::string type;                  // "PER", "ORG", "LOC"
  int mentions = 0;                  // how often this article mentions it
  std::vector<std::string> aliases;  // the spellings seen in this article
};

// A quote attributed to a speaker (filled by the understand stage).
struct Quote {
  std::string speaker;  // canonical entity name when known, else the text as written
  std::string text;
  std::string verb;    // attribution verb as written: "kata", "ucapnya", "said"
  int paragraph = 0;   // 0-based index into Article::body
  bool direct = true;  // false for reported speech
};

struct Article {
  // --- provenance (ingest) ---
  SourceRef source;
  std::string url;            // fetch URL when known
  std::string canonical_url;  // <link rel=canonical> / og:url when known
  std::string fetched_at;     // ISO 8601
  std::string input_json;     // JSONL inputs: other input fields, as JSON text

  // --- extract ---
  std::string site;    // registrable host, lower case: "tempo.co"
  std::string outlet;  // human name: "Tempo"
  std::string title;
  std::string lead;       // stand-first / description shown above the article
  std::string section;    // "Internasional"
  std::string published;  // ISO 8601 with offset, e.g. "2023-06-12T10:37:00+07:00"
  std::string modified;   // ISO 8601 with offset
  std::vector<std::string> dates_mentioned;  // ISO dates (YYYY-MM-DD) named in the text
  std::string dateline;                      // place: "Jakarta"
  std::vector<std::string> authors;
  std::vector<std::string> editors;
  std::vector<std::string> agencies;  // wire agencies: "Reuters", "Associated Press"
  std::vector<std::string> captions;
  std::vector<std::string> body;  // paragraphs, in reading order
  Syndication syndicated_from;    // empty site = not syndicated
  std::vector<RemovedLine> removed;

  // --- normalize ---
  std::string language;                   // ISO 639-1 ("id", "en", "ms"), "und" if unknown
  std::map<std::string, int> redactions;  // {"email": 1, "phone": 2}
  int repaired_utf8 = 0;                  // invalid UTF-8 sequences replaced by U+FFFD

  // --- dedup / cluster (store) ---
  std::string id;            // stable id derived from content (hex)
  std::string duplicate_of;  // id of the article this one duplicates; empty if none
  double duplicate_similarity = 0;
  std::string story_id;
  std::string storyline_id;

  // --- understand ---
  std::vector<EntityMention> entities;
  std::vector<Quote> quotes;
};

}  // namespace kabar

#endif  // KABAR_ARTICLE_H_
