// The intermediate representation of the understand stage: an article's texts as tokens
// with the entity mentions found in them. Built by FindMentions (mentions.cc), completed by
// MergeEntities (entity_merge.cc), read by FindQuotes (quotes.cc).
#ifndef KABAR_UNDERSTAND_ANALYSIS_H_
#define KABAR_UNDERSTAND_ANALYSIS_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "kabar/article.h"
#include "understand/alias_table.h"
#include "understand/gazetteer.h"
#include "understand/ner.h"
#include "understand/tokenize.h"

namespace kabar::understand {

// Everything the stage loads once: immutable and shared by all threads.
struct Engine {
  AliasTable aliases;
  Gazetteer gazetteer;
  std::unique_ptr<NerModel> model;
  CommonWords common_words;  // empty when hunspell-id is not installed
  size_t max_paragraph_bytes = 64 * 1024;
};

struct Mention {
  uint32_t begin = 0;  // byte offsets in the paragraph text
  uint32_t end = 0;
  uint32_t first_token = 0;  // token range
  uint32_t last_token = 0;   // one past the last token
  int type = 0;              // index into kTypeNames
  int entity = -1;           // index into the article's merged entities (after MergeEntities)
};

// One text of the article. `text` views the Article's string, which must outlive it.
struct Paragraph {
  std::string_view text;
  int body_index = -1;  // index into Article::body; -1 for the title and lead
  std::vector<Token> tokens;
  std::vector<Mention> mentions;  // in text order, not overlapping
  // Per token, set by FindMentions: 0 when the token is neither a speech nor a report verb
  // (its NER word class is not "speech"), so FindQuotes need not look it up. Empty: unknown.
  std::vector<uint8_t> maybe_speech_verb;
  // The tokens in ASCII lower case, back to back (no spaces), set by FindMentions: what the
  // tagger computed, kept for FindQuotes.
  std::string lower_words;

  std::string_view TokenText(size_t i) const {
    return text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
  }
  std::string_view MentionText(const Mention& m) const {
    return text.substr(m.begin, m.end - m.begin);
  }
};

// A merged entity of one article.
struct Entity {
  std::string name;
  int type = 0;
  int mentions = 0;
  std::vector<std::string> aliases;  // spellings seen, in order of first appearance
  size_t first_seen = 0;             // order of the first mention in the article
};

// Tokenizes `p->text` and tags it; fills p->tokens and p->mentions.
void FindMentions(const Engine& engine, Paragraph* p);

// Appends the mention of tokens [b, e) of `p` with type index `type` to *out.
void AddMention(const Paragraph& p, size_t b, size_t e, int type, std::vector<Mention>* out);

// Document-level consistency: an untagged, capitalised run of tokens that spells a name
// found elsewhere in the article, or the first or last word of a person's full name, becomes
// a mention too ("Putin" after "Vladimir Putin").
void AddRepeatedMentions(std::vector<Paragraph>* paragraphs);

// For headlines, whose Title Case misleads the tagger: keeps of each mention only the longest
// run of tokens that is a name found in `others` or in the alias table.
void RestrictToKnownNames(const std::vector<Paragraph>& others, const AliasTable& aliases,
                          Paragraph* p);

// Joins the mentions of all paragraphs into entities (sets Mention::entity).
std::vector<Entity> MergeEntities(const Engine& engine, std::vector<Paragraph>* paragraphs);

// The quotes of the body paragraphs (in order, body_index set), with speakers named by the
// merged entities when known. REQUIRES: FindMentions has read every paragraph of `body`.
std::vector<Quote> FindQuotes(const std::vector<Paragraph>& body,
                              const std::vector<Entity>& entities);

}  // namespace kabar::understand

#endif  // KABAR_UNDERSTAND_ANALYSIS_H_
