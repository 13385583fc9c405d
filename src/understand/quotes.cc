// FindQuotes: direct quotes and reported speech, attributed to speakers.
//
// Per paragraph, on tokens:
// 1. Quote spans: double marks (" “ ” « » „) pair up; an opening mark left open runs to the
//    paragraph's end (the news convention for a quote that continues). Single marks (' ‘ ’)
//    count only outside double quotes and when they close within the paragraph.
// 2. Each span's speaker, first rule that applies:
//    a. after it: `"...," kata Kim` / `"...," ujarnya` / `"...," said Smith` / `"...," Smith said`;
//    b. before it in the sentence: `Kim mengatakan (bahwa|:) "..."`, `tuduhan AS bahwa "..."`;
//    c. a quote-only paragraph followed by an attribution-only paragraph ("kata Kim.");
//    d. the speaker of the previous quote in the same paragraph (a quote split over sentences)
//       or, for a paragraph that opens with a quote, of the previous paragraph's last quote;
//    e. the subject of the quote's sentence (`Putin berjanji untuk "..."`).
//    Short spans (one or two words: scare quotes, titles) are kept only under a or b.
// 3. Reported speech, outside quote spans: `Kim mengatakan bahwa ...`, `Menurut Kim, ...`,
//    `..., kata Kim.` (direct = false).
// Pronouns and -nya verbs resolve to the last speaker or person subject before them.
#include <algorithm>

#include "understand/analysis.h"
#include "understand/quote_lexicon.h"

namespace kabar::understand {
namespace {

struct Span {
  size_t open = 0;   // token index of the opening mark
  size_t close = 0;  // token index of the closing mark; tokens.size() when left open
};

struct Speaker {
  std::string name;
  bool resolved_pronoun = false;
  bool empty() const { return name.empty(); }
};

bool IsWord(std::string_view t) {
  unsigned char c = t.empty() ? 0 : static_cast<unsigned char>(t[0]);
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
         (c >= 0x80 && QuoteMark(t) == Mark::kNone && t != "\u2014" && t != "\u2013");
}

bool IsUpperStart(std::string_view t) { return !t.empty() && t[0] >= 'A' && t[0] <= 'Z'; }

// Working data for one paragraph. Not copyable (the quote finder reuses one).
struct View {
  View() = default;
  View(const View&) = delete;
  View& operator=(const View&) = delete;

  const Paragraph* p = nullptr;
  std::vector<std::string_view> lower;  // token i in lower case, a view of p->lower_words
  std::vector<int> mention_at;          // token -> index into p->mentions, or -1
  std::vector<uint8_t> quoted;          // 1: token inside a span (marks included)
  std::vector<Span> spans;
  std::vector<size_t> sentence_of;  // token -> sentence start token
  size_t size() const { return lower.size(); }
  std::string_view tok(size_t i) const { return p->TokenText(i); }
};

std::vector<Span> FindSpans(const View& v) {
  std::vector<Span> spans;
  size_t n = v.size();
  size_t i = 0;
  while (i < n) {
    Mark m = QuoteMark(v.tok(i));
    if (m == Mark::kDoubleOpen || m == Mark::kDoubleEither ||
        (m == Mark::kDoubleClose && i + 1 < n && IsWord(v.tok(i + 1)))) {
      size_t j = i + 1;
      while (j < n) {
        Mark c = QuoteMark(v.tok(j));
        if (c == Mark::kDoubleClose || c == Mark::kDoubleEither) break;
        ++j;
      }
      spans.push_back({i, j});
      i = j + 1;
      continue;
    }
    if (m == Mark::kSingleOpen || m == Mark::kSingleEither) {
      size_t j = i + 1;
      while (j < n && j < i + 60) {
        Mark c = QuoteMark(v.tok(j));
        if (c == Mark::kSingleClose || c == Mark::kSingleEither) break;
        if (c != Mark::kNone) j = n;
        ++j;
      }
      if (j < n && j < i + 60 && j > i + 1) {
        spans.push_back({i, j});
        i = j + 1;
        continue;
      }
    }
    ++i;
  }
  return spans;
}

void SplitSentences(View* v) {
  v->sentence_of.assign(v->size(), 0);
  size_t start = 0;
  for (size_t i = 0; i < v->size(); ++i) {
    v->sentence_of[i] = start;
    std::string_view t = v->tok(i);
    bool end = !v->quoted[i] && (t == "." || t == "!" || t == "?");
    if (end && (i + 1 == v->size() || IsUpperStart(v->tok(i + 1)) ||
                QuoteMark(v->tok(i + 1)) != Mark::kNone)) {
      start = i + 1;
    }
  }
}

// Fills *v for paragraph `p`, which FindMentions has read (its lower_words are set).
void MakeView(const Paragraph& p, View* v) {
  v->p = &p;
  v->lower.resize(p.tokens.size());
  size_t at = 0;  // lower_words holds the tokens' lower case back to back
  for (size_t i = 0; i < p.tokens.size(); ++i) {
    size_t size = p.tokens[i].end - p.tokens[i].begin;
    v->lower[i] = std::string_view(p.lower_words).substr(at, size);
    at += size;
  }
  v->mention_at.assign(p.tokens.size(), -1);
  for (size_t m = 0; m < p.mentions.size(); ++m) {
    for (size_t t = p.mentions[m].first_token; t < p.mentions[m].last_token; ++t) {
      v->mention_at[t] = static_cast<int>(m);
    }
  }
  v->quoted.assign(p.tokens.size(), 0);
  v->spans = FindSpans(*v);
  for (const Span& s : v->spans) {
    for (size_t t = s.open; t <= s.close && t < v->size(); ++t) v->quoted[t] = 1;
  }
  SplitSentences(v);
}

// One past the last token of the sentence that token t is in.
size_t SentenceEnd(const View& v, size_t t) {
  size_t end = t;
  while (end < v.size() && v.sentence_of[end] == v.sentence_of[t]) ++end;
  return end;
}

// "menurut" / "according to" at token t.
bool IsAccordingTo(const View& v, size_t t) {
  if (v.lower[t] == "menurut") return true;
  return v.lower[t] == "according" && t + 1 < v.size() && v.lower[t + 1] == "to";
}

// Quoted titles, not speech: `Simak juga Video '...'`, `artikel berjudul "..."`.
bool IsTitleQuote(const View& v, const Span& s) {
  static constexpr std::string_view kTitleWords[] = {
      "video", "berjudul", "judul",    "artikel",  "film",     "lagu",
      "buku",  "program",  "tagar",    "hashtag",  "bertajuk", "bertema",
      "tema",  "titled",   "entitled", "headline", "album"};
  if (s.open == 0) return false;
  std::string_view before = v.lower[s.open - 1];
  return std::find(std::begin(kTitleWords), std::end(kTitleWords), before) != std::end(kTitleWords);
}

class QuoteFinder {
 public:
  explicit QuoteFinder(const std::vector<Entity>& entities) : entities_(entities) {}

  void AddParagraph(const Paragraph& p, const Paragraph* next);
  std::vector<Quote> Take() { return std::move(out_); }

 private:
  std::string EntityName(const View& v, int mention) const {
    int e = v.p->mentions[mention].entity;
    if (e >= 0 && e < static_cast<int>(entities_.size())) return entities_[e].name;
    return std::string(v.p->MentionText(v.p->mentions[mention]));
  }
  bool IsPersonMention(const View& v, int mention) const {
    int e = v.p->mentions[mention].entity;
    int type = e >= 0 ? entities_[e].type : v.p->mentions[mention].type;
    return type == TypeIndex("PER");
  }

  Speaker SpeakerAfterVerb(const View& v, size_t from) const;
  Speaker Subject(const View& v, size_t begin, size_t end) const;
  Speaker SentenceSubject(const View& v, size_t begin, size_t end) const;
  Speaker Resolve() const { return {last_speaker_, true}; }
  void Remember(const Speaker& s) {
    if (!s.empty() && !s.resolved_pronoun) last_speaker_ = s.name;
  }
  void RememberSubjects(const View& v, size_t begin, size_t end);

  bool AttributeAfter(const View& v, const Span& s, Speaker* who, std::string* verb) const;
  bool AttributeBefore(const View& v, const Span& s, Speaker* who, std::string* verb,
                       size_t* verb_token) const;
  bool AttributionOnly(const Paragraph& next, Speaker* who, std::string* verb) const;
  void DirectQuotes(const View& v, const Paragraph* next, std::vector<size_t>* used_verbs);
  void ReportedSpeech(const View& v, const std::vector<size_t>& used_verbs);
  void Emit(const View& v, size_t begin, size_t end, const Speaker& who, const std::string& verb,
            bool direct);

  const std::vector<Entity>& entities_;
  std::vector<Quote> out_;
  View view_;  // of the paragraph being read (AttributionOnly makes its own for the next)
  std::string last_speaker_;
  std::string previous_paragraph_speaker_;  // speaker of the previous paragraph's last quote
};

// The speaker phrase after an attribution verb at token `from`: up to punctuation or a word
// that ends it; the first person or organisation in it, else a place that is all of it, else
// the phrase as written.
Speaker QuoteFinder::SpeakerAfterVerb(const View& v, size_t from) const {
  size_t end = from;
  while (end < v.size() && end < from + 10) {
    std::string_view t = v.tok(end);
    if (!IsWord(t) || (end > from && EndsSpeakerPhrase(v.lower[end]) && v.mention_at[end] < 0)) {
      break;
    }
    ++end;
  }
  if (end == from) return {};
  if (IsPronoun(v.lower[from])) return Resolve();
  int best = -1, best_rank = 0;
  for (size_t t = from; t < end; ++t) {
    int m = v.mention_at[t];
    if (m < 0 || (t > from && v.mention_at[t - 1] == m)) continue;
    const Mention& mm = v.p->mentions[m];
    int rank = IsPersonMention(v, m) ? 3 : mm.type == TypeIndex("ORG") ? 2 : 0;
    if (rank == 0 && mm.first_token == from && mm.last_token >= end) rank = 1;
    if (rank > best_rank) best = m, best_rank = rank;
  }
  if (best >= 0) return {EntityName(v, best)};
  if (end - from > 6 || (!IsUpperStart(v.tok(from)) && end - from < 2)) return {};
  std::string_view text =
      v.p->text.substr(v.p->tokens[from].begin, v.p->tokens[end - 1].end - v.p->tokens[from].begin);
  return {std::string(text)};
}

// The subject of a clause [begin, end): the last person or organisation not after a
// preposition, else a place that is the whole phrase, else the phrase when short and
// capitalised; a pronoun just before `end` resolves to the last speaker.
Speaker QuoteFinder::Subject(const View& v, size_t begin, size_t end) const {
  // The clause starts after the last comma, colon or quote before `end`.
  for (size_t t = end; t > begin; --t) {
    std::string_view x = v.tok(t - 1);
    if (x == "," || x == ";" || x == ":" || v.quoted[t - 1] || x == "(" || x == ")") {
      begin = t;
      break;
    }
  }
  while (end > begin && IsAdverb(v.lower[end - 1])) --end;
  if (end == begin) return {};
  if (IsPronoun(v.lower[end - 1])) return Resolve();
  int best = -1, best_rank = 0;
  for (size_t t = begin; t < end; ++t) {
    int m = v.mention_at[t];
    if (m < 0 || (t > begin && v.mention_at[t - 1] == m)) continue;
    if (t > begin && IsPreposition(v.lower[t - 1])) continue;
    const Mention& mm = v.p->mentions[m];
    int rank = IsPersonMention(v, m) ? 3 : mm.type == TypeIndex("ORG") ? 2 : 0;
    if (rank == 0 && mm.first_token == begin && mm.last_token >= end) rank = 1;
    if (rank >= best_rank && rank > 0) best = m, best_rank = rank;
  }
  if (best >= 0) return {EntityName(v, best)};
  if (end - begin > 6 || end - begin < 2) return {};
  for (size_t t = begin; t < end; ++t) {  // a name-like phrase: "Juru Bicara Gedung Putih"
    if (!IsWord(v.tok(t)) || !IsUpperStart(v.tok(t))) return {};
  }
  return {std::string(v.p->text.substr(v.p->tokens[begin].begin,
                                       v.p->tokens[end - 1].end - v.p->tokens[begin].begin))};
}

// The subject of the sentence [begin, end) a quote stands in: a pronoun opening it resolves;
// else its first person, else its first organisation (neither after a preposition nor
// quoted), else the noun phrase that opens the sentence and ends in its first name
// ("Media pemerintah Korea Utara").
Speaker QuoteFinder::SentenceSubject(const View& v, size_t begin, size_t end) const {
  size_t start = begin;
  while (start < end && !IsWord(v.tok(start))) ++start;
  if (start < end && IsPronoun(v.lower[start])) return Resolve();
  int first = -1;
  for (int rank : {3, 2}) {
    for (size_t t = begin; t < end; ++t) {
      int m = v.mention_at[t];
      if (m < 0 || v.quoted[t] || (t > begin && v.mention_at[t - 1] == m)) continue;
      if (first < 0) first = m;
      if (t > begin && IsPreposition(v.lower[t - 1])) continue;
      bool person = IsPersonMention(v, m);
      bool org = !person && v.p->mentions[m].type == TypeIndex("ORG");
      if ((rank == 3 && person) || (rank == 2 && org)) return {EntityName(v, m)};
    }
  }
  if (first < 0) return {};
  const Mention& m = v.p->mentions[first];
  if (m.first_token < start || m.last_token - start > 6 || !IsUpperStart(v.tok(start))) return {};
  if (m.first_token == start) return {EntityName(v, first)};
  return {
      std::string(v.p->text.substr(v.p->tokens[start].begin, m.end - v.p->tokens[start].begin))};
}

bool QuoteFinder::AttributeAfter(const View& v, const Span& s, Speaker* who,
                                 std::string* verb) const {
  size_t t = s.close + 1;
  while (t < v.size() && (v.tok(t) == "," || v.tok(t) == "." || v.tok(t) == "!" ||
                          v.tok(t) == "?" || v.lower[t] == "demikian" || v.lower[t] == "begitu")) {
    ++t;
  }
  if (t >= v.size() || v.quoted[t]) return false;
  if (IsAfterVerb(v.lower[t])) {
    *verb = std::string(v.tok(t));
    if (IsNyaVerb(v.lower[t])) {
      *who = Resolve();
    } else if (v.lower[t] == "according" && t + 1 < v.size() && v.lower[t + 1] == "to") {
      *who = SpeakerAfterVerb(v, t + 2);
    } else {
      *who = SpeakerAfterVerb(v, t + 1);
    }
    return !who->empty();
  }
  if (v.lower[t] == "menurut") {
    *verb = std::string(v.tok(t));
    *who = SpeakerAfterVerb(v, t + 1);
    return !who->empty();
  }
  // English order: `"...," Smith said` / `"...," he said`.
  for (size_t k = t + 1; k < v.size() && k <= t + 5; ++k) {
    if (!IsWord(v.tok(k))) break;
    if (IsEnglishPostVerb(v.lower[k])) {
      *verb = std::string(v.tok(k));
      *who = IsPronoun(v.lower[t]) ? Resolve() : Subject(v, t, k);
      return !who->empty();
    }
  }
  return false;
}

bool QuoteFinder::AttributeBefore(const View& v, const Span& s, Speaker* who, std::string* verb,
                                  size_t* verb_token) const {
  size_t sentence = v.sentence_of[s.open];
  size_t t = s.open;
  // Right before the quote: optional ":" / "," / "bahwa" / "that", then the verb.
  while (t > sentence && (v.tok(t - 1) == ":" || v.tok(t - 1) == "," || v.lower[t - 1] == "bahwa" ||
                          v.lower[t - 1] == "that")) {
    --t;
  }
  bool colon = t < s.open && v.tok(t) == ":";
  for (size_t k = t; k > sentence && k + 12 > t; --k) {
    size_t j = k - 1;
    if (v.quoted[j]) break;
    if (IsSpeechVerb(v.lower[j]) || (k == t && IsAfterVerb(v.lower[j]) && !IsNyaVerb(v.lower[j]))) {
      *who = Subject(v, sentence, j);
      if (who->empty() && k == t && IsAfterVerb(v.lower[j])) *who = SpeakerAfterVerb(v, t);
      *verb = std::string(v.tok(j));
      *verb_token = j;
      return !who->empty();
    }
    if ((v.lower[j] == "bahwa" || v.lower[j] == "that") && j > sentence &&
        v.mention_at[j - 1] >= 0) {
      *who = {EntityName(v, v.mention_at[j - 1])};
      *verb = "";
      *verb_token = j;
      return true;
    }
  }
  if (colon) {  // `Kim: "..."`
    *who = Subject(v, sentence, t);
    *verb = "";
    *verb_token = t;
    return !who->empty();
  }
  return false;
}

// A short next paragraph that is only an attribution: "kata Kim." / "ujarnya."
bool QuoteFinder::AttributionOnly(const Paragraph& next, Speaker* who, std::string* verb) const {
  View v;
  MakeView(next, &v);
  if (v.size() == 0 || v.size() > 14 || !IsAfterVerb(v.lower[0])) return false;
  *verb = std::string(v.tok(0));
  *who = IsNyaVerb(v.lower[0]) ? Resolve() : SpeakerAfterVerb(v, 1);
  return !who->empty();
}

void QuoteFinder::Emit(const View& v, size_t begin, size_t end, const Speaker& who,
                       const std::string& verb, bool direct) {
  while (end > begin && !IsWord(v.tok(end - 1)) && v.tok(end - 1) != "?" && v.tok(end - 1) != "!" &&
         QuoteMark(v.tok(end - 1)) == Mark::kNone) {
    --end;
  }
  if (end <= begin) return;
  Quote q;
  q.speaker = who.name;
  q.text = std::string(v.p->text.substr(v.p->tokens[begin].begin,
                                        v.p->tokens[end - 1].end - v.p->tokens[begin].begin));
  q.verb = verb;
  q.paragraph = v.p->body_index;
  q.direct = direct;
  out_.push_back(std::move(q));
}

void QuoteFinder::DirectQuotes(const View& v, const Paragraph* next,
                               std::vector<size_t>* used_verbs) {
  std::string previous_in_paragraph;
  size_t remembered = 0;
  for (const Span& s : v.spans) {
    size_t sentence = v.sentence_of[s.open];
    if (sentence > remembered) RememberSubjects(v, remembered, sentence);
    remembered = std::max(remembered, sentence);
    size_t words = 0;
    for (size_t t = s.open + 1; t < s.close; ++t) words += IsWord(v.tok(t)) ? 1 : 0;
    if (words == 0 || IsTitleQuote(v, s)) continue;
    Speaker who;
    std::string verb;
    size_t verb_token = 0;
    bool attributed = AttributeAfter(v, s, &who, &verb);
    if (!attributed && AttributeBefore(v, s, &who, &verb, &verb_token)) {
      attributed = true;
      if (!verb.empty() && verb_token + 4 > s.open) used_verbs->push_back(verb_token);
    }
    bool whole = s.open == 0 && s.close + 2 >= v.size();
    if (!attributed && words < 3) continue;
    if (!attributed && whole && next != nullptr) attributed = AttributionOnly(*next, &who, &verb);
    if (!attributed && !previous_in_paragraph.empty()) who = {previous_in_paragraph};
    if (who.empty() && s.open == 0 && !previous_paragraph_speaker_.empty()) {
      who = {previous_paragraph_speaker_};
    }
    if (who.empty()) {
      size_t end = s.open;
      while (end < v.size() && v.sentence_of[end] == sentence) ++end;
      who = SentenceSubject(v, sentence, end);
    }
    if (who.empty() && words < 4) continue;
    Remember(who);
    if (!who.empty()) previous_in_paragraph = who.name;
    Emit(v, s.open + 1, std::min(s.close, v.size()), who, verb, true);
  }
  previous_paragraph_speaker_ = previous_in_paragraph;
}

void QuoteFinder::ReportedSpeech(const View& v, const std::vector<size_t>& used_verbs) {
  for (size_t t = 0; t < v.size(); ++t) {
    if (v.quoted[t]) continue;
    size_t sentence = v.sentence_of[t];
    bool may_report = v.p->maybe_speech_verb.empty() || v.p->maybe_speech_verb[t] != 0;
    if (t > sentence && may_report && IsReportVerb(v.lower[t]) &&
        std::find(used_verbs.begin(), used_verbs.end(), t) == used_verbs.end()) {
      size_t end = SentenceEnd(v, t);
      size_t from = t + 1;
      while (from < end &&
             (v.lower[from] == "bahwa" || v.lower[from] == "that" || v.tok(from) == ",")) {
        ++from;
      }
      if (end - from < 4 || v.quoted[from]) continue;
      Speaker who = Subject(v, sentence, t);
      if (who.empty()) continue;
      Remember(who);
      Emit(v, from, end, who, std::string(v.tok(t)), false);
      t = end - 1;
    } else if (IsAccordingTo(v, t) && (t == sentence || v.tok(t - 1) == ",")) {
      size_t end = SentenceEnd(v, t);
      size_t phrase = v.lower[t] == "menurut" ? t + 1 : t + 2;
      Speaker who = SpeakerAfterVerb(v, phrase);
      if (who.empty()) continue;
      size_t comma = phrase;
      while (comma < end && v.tok(comma) != ",") ++comma;
      bool before = t > sentence;  // `..., menurut Kim.`
      if (before &&
          std::find(v.quoted.begin() + sentence, v.quoted.begin() + t, 1) != v.quoted.begin() + t) {
        continue;
      }
      size_t b = before ? sentence : comma + 1, e = before ? t - 1 : end;
      if (e <= b || e - b < 4) continue;
      Remember(who);
      std::string verb(v.p->text.substr(v.p->tokens[t].begin,
                                        v.p->tokens[phrase - 1].end - v.p->tokens[t].begin));
      Emit(v, b, e, who, verb, false);
      t = end - 1;
    }
  }
}

// People named as the subject of a clause become the referent of a later "ia" / "-nya".
void QuoteFinder::RememberSubjects(const View& v, size_t begin, size_t end) {
  for (size_t t = begin; t < end; ++t) {
    int m = v.mention_at[t];
    if (m < 0 || (t > 0 && v.mention_at[t - 1] == m) || v.quoted[t]) continue;
    if (t > 0 && IsPreposition(v.lower[t - 1])) continue;
    if (IsPersonMention(v, m)) last_speaker_ = EntityName(v, m);
  }
}

void QuoteFinder::AddParagraph(const Paragraph& p, const Paragraph* next) {
  View& v = view_;  // reused: its buffers are kept from paragraph to paragraph
  MakeView(p, &v);
  std::vector<size_t> used_verbs;
  DirectQuotes(v, next, &used_verbs);
  ReportedSpeech(v, used_verbs);
  RememberSubjects(v, 0, v.size());
}

}  // namespace

std::vector<Quote> FindQuotes(const std::vector<Paragraph>& body,
                              const std::vector<Entity>& entities) {
  QuoteFinder finder(entities);
  for (size_t i = 0; i < body.size(); ++i) {
    finder.AddParagraph(body[i], i + 1 < body.size() ? &body[i + 1] : nullptr);
  }
  std::vector<Quote> quotes = finder.Take();
  std::stable_sort(quotes.begin(), quotes.end(),
                   [](const Quote& a, const Quote& b) { return a.paragraph < b.paragraph; });
  return quotes;
}

}  // namespace kabar::understand
