// FindMentions: tokenizes a paragraph, adds gazetteer tags, runs the NER model and turns the
// tag sequence into mentions.
#include <algorithm>
#include <iterator>

#include <unordered_map>
#include <unordered_set>

#include "common/string_view_hash.h"
#include "kabar/understand.h"
#include "understand/analysis.h"

namespace kabar::understand {
namespace {

// Tokens that never start or end a mention even when the model says so.
bool IsEdgeJunk(std::string_view t) {
  if (t.empty()) return true;
  unsigned char c = static_cast<unsigned char>(t[0]);
  bool alnum =
      (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80;
  if (!alnum) return true;
  if (c >= 0x80 && t.size() <= 3) return true;  // a lone curly quote or dash
  return t == "The" || t == "the";
}

// Cleans a tagged span [b, e) of type `type` and appends its mentions to *out. News puts a
// role and an organisation or place before a name ("Presiden Rusia Vladimir Putin", "Kepala
// Badan Pusat Statistik Amalia Adininggar"); the tagger sometimes swallows them. Leading role
// words are dropped from people; a known name (gazetteer) at the front is split off, and the
// capitalised rest becomes the person; a person span that is only a role and a place becomes
// the place.
void AddCleanSpan(const Paragraph& p, const NerInput& in, size_t b, size_t e, int type,
                  std::vector<Mention>* out) {
  const int per = TypeIndex("PER");
  size_t i = b;
  while (i < e && IsRoleWord(in.lower[i]) && (type == per || i + 1 < e)) ++i;
  while (i < e && IsBegin(in.gaz[i]) && TagType(in.gaz[i]) != per) {
    size_t j = i + 1;
    while (j < e && IsInside(in.gaz[j])) ++j;
    if (j == e) {  // the rest is one known name
      if (i > b || type == per) type = TagType(in.gaz[i]);
      break;
    }
    bool rest_is_name = true;
    for (size_t k = j; k < e; ++k) {
      bool other_name = in.gaz[k] != kO && TagType(in.gaz[k]) != per;
      rest_is_name = rest_is_name && in.upper[k] && !other_name;
    }
    if (!rest_is_name || (type != per && e - j < 2)) break;
    AddMention(p, i, j, TagType(in.gaz[i]), out);
    i = j;
    type = per;
    while (i < e && IsRoleWord(in.lower[i])) ++i;
  }
  if (i > b && (type == per || i < e)) b = i;
  while (b < e && IsEdgeJunk(in.words[b])) ++b;
  while (e > b && IsEdgeJunk(in.words[e - 1])) --e;
  if (b < e) AddMention(p, b, e, type, out);
}

// True when gazetteer names cover all of [b, e) and there are two or more of them.
bool IsCoveredByNames(const NerInput& in, size_t b, size_t e) {
  if (!IsBegin(in.gaz[b])) return false;
  int names = 0;
  for (size_t i = b; i < e; ++i) {
    if (in.gaz[i] == kO) return false;
    names += IsBegin(in.gaz[i]) ? 1 : 0;
  }
  return names >= 2 && (e == in.gaz.size() || !IsInside(in.gaz[e]));
}

}  // namespace

void FindMentions(const Engine& engine, Paragraph* p) {
  std::string_view text = p->text.substr(0, engine.max_paragraph_bytes);
  Tokenize(text, &p->tokens);
  p->mentions.clear();
  p->maybe_speech_verb.clear();
  p->lower_words.clear();
  if (p->tokens.empty()) return;
  thread_local NerInput in;
  thread_local std::vector<uint8_t> tags;
  in.words.clear();
  for (size_t i = 0; i < p->tokens.size(); ++i) in.words.push_back(p->TokenText(i));
  in.gaz.assign(in.words.size(), kO);
  in.Prepare(&engine.common_words);
  // in.lower views consecutive bytes of one buffer (ner.h): one copy keeps them all.
  size_t lower_bytes = 0;
  for (std::string_view w : in.lower) lower_bytes += w.size();
  p->lower_words.assign(in.lower.front().data(), lower_bytes);
  p->maybe_speech_verb.resize(in.words.size());
  for (size_t i = 0; i < in.words.size(); ++i) {
    p->maybe_speech_verb[i] = in.word_class[i] == "speech" ? 1 : 0;
  }
  engine.gazetteer.Match(in, &in.gaz);
  if (engine.model) {
    engine.model->Tag(in, &tags);
  } else {
    tags = in.gaz;
  }
  TagNamesAfterRoles(in, engine.common_words, &tags);
  TrimRolesFromNames(in, &tags);
  // Curated names the model left untagged count too.
  for (size_t i = 0; i < tags.size(); ++i) {
    if (!IsBegin(in.gaz[i])) continue;
    size_t j = i + 1;
    while (j < tags.size() && IsInside(in.gaz[j])) ++j;
    bool untagged =
        std::all_of(tags.begin() + i, tags.begin() + j, [](uint8_t t) { return t == kO; });
    if (untagged && (j == tags.size() || tags[j] == kO || IsBegin(tags[j]))) {
      std::copy(in.gaz.begin() + i, in.gaz.begin() + j, tags.begin() + i);
    }
    i = j - 1;
  }
  for (const TagSpan& s : TagsToSpans(tags)) {
    size_t b = s.begin, e = s.end;
    if (IsCoveredByNames(in, b, e)) {  // "Korea Utara KCNA": two known names, not one
      for (size_t i = b; i < e;) {
        size_t j = i + 1;
        while (j < e && IsInside(in.gaz[j])) ++j;
        AddMention(*p, i, j, TagType(in.gaz[i]), &p->mentions);
        i = j;
      }
      continue;
    }
    AddCleanSpan(*p, in, b, e, s.type, &p->mentions);
  }
}

void AddMention(const Paragraph& p, size_t b, size_t e, int type, std::vector<Mention>* out) {
  {
    Mention m;
    m.first_token = static_cast<uint32_t>(b);
    m.last_token = static_cast<uint32_t>(e);
    m.begin = p.tokens[b].begin;
    m.end = p.tokens[e - 1].end;
    m.type = type;
    if (m.end - m.begin > 200) return;
    out->push_back(m);
  }
}

void AddRepeatedMentions(std::vector<Paragraph>* paragraphs) {
  std::unordered_map<std::string, int> known;
  for (const Paragraph& p : *paragraphs) {
    for (const Mention& m : p.mentions) {
      std::string key = EntityKey(p.MentionText(m));
      known.emplace(key, m.type);
      if (m.type != TypeIndex("PER") || m.last_token - m.first_token < 2) continue;
      for (uint32_t t : {m.first_token, m.last_token - 1}) {
        std::string part = EntityKey(p.TokenText(t));
        if (part.size() >= 3) known.emplace(part, m.type);
      }
    }
  }
  // A span's key starts with its first token's first key word: only tokens whose first key
  // word starts a known key are worth the n-gram lookups below.
  std::unordered_set<std::string, StringViewHash, std::equal_to<>> first_words;
  for (const auto& [key, type] : known) first_words.insert(key.substr(0, key.find(' ')));
  std::string token_key;
  std::vector<uint8_t> covered;  // 1: token i of the paragraph is in a mention
  for (Paragraph& p : *paragraphs) {
    covered.assign(p.tokens.size(), 0);
    for (const Mention& m : p.mentions) {
      std::fill(covered.begin() + m.first_token, covered.begin() + m.last_token, 1);
    }
    std::vector<Mention> added;
    for (size_t i = 0; i < p.tokens.size(); ++i) {
      char first = p.text[p.tokens[i].begin];  // HasUpper of the first byte
      if (covered[i] || first < 'A' || first > 'Z') continue;
      token_key = EntityKey(p.TokenText(i));
      std::string_view first_word = std::string_view(token_key).substr(0, token_key.find(' '));
      if (first_words.find(first_word) == first_words.end()) continue;
      for (size_t n = std::min<size_t>(4, p.tokens.size() - i); n >= 1; --n) {
        if (covered[i + n - 1] || IsEdgeJunk(p.TokenText(i + n - 1))) continue;
        std::string_view span =
            p.text.substr(p.tokens[i].begin, p.tokens[i + n - 1].end - p.tokens[i].begin);
        auto it = known.find(EntityKey(span));
        if (it == known.end()) continue;
        AddMention(p, i, i + n, it->second, &added);
        i += n - 1;
        break;
      }
    }
    if (added.empty()) continue;
    p.mentions.insert(p.mentions.end(), added.begin(), added.end());
    std::sort(p.mentions.begin(), p.mentions.end(),
              [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  }
}

void RestrictToKnownNames(const std::vector<Paragraph>& others, const AliasTable& aliases,
                          Paragraph* p) {
  std::unordered_set<std::string> known;
  for (const Paragraph& o : others) {
    for (const Mention& m : o.mentions) known.insert(EntityKey(o.MentionText(m)));
  }
  auto is_known = [&](std::string_view text) {
    return known.count(EntityKey(text)) > 0 || aliases.Find(text) != nullptr;
  };
  std::vector<Mention> kept;
  for (const Mention& m : p->mentions) {
    // The longest run of the mention's tokens that is a known name.
    bool found = false;
    for (uint32_t n = m.last_token - m.first_token; n >= 1 && !found; --n) {
      for (uint32_t b = m.first_token; b + n <= m.last_token && !found; ++b) {
        std::string_view span =
            p->text.substr(p->tokens[b].begin, p->tokens[b + n - 1].end - p->tokens[b].begin);
        if (!is_known(span)) continue;
        AddMention(*p, b, b + n, m.type, &kept);
        found = true;
      }
    }
  }
  p->mentions = std::move(kept);
}

}  // namespace kabar::understand
