#include "understand/ner.h"

#define XXH_INLINE_ALL  // one or two hashes per token: let them inline (same values)
#include <xxhash.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <iterator>

#include "common/flat_u64_map.h"
#include "understand/quote_lexicon.h"
#include "understand/tokenize.h"
#include "understand/word_table.h"

namespace kabar::understand {
namespace {

// Feature templates: the seed of each feature's hash.
enum Template : uint64_t {
  kWord = 1,
  kPrefix2,
  kPrefix3,
  kSuffix2,
  kSuffix3,
  kShape,
  kPrevWord,
  kNextWord,
  kPrev2Word,
  kNext2Word,
  kPrevShapeShape,
  kShapeNextShape,
  kGaz,
  kFirstShape,
  kPrevWordWord,
  kWordNextWord,
  kPrevGaz,
  kNextGaz,
  kPrevTag,
  kPrevTagShape,
  kPrevTagWord,
  kLength,
  kContextClass,
  kContextClassShape,
  kKnownShape,
  kKnownFirst,
};

// Word classes that generalise over unseen names: what kind of word stands next to it.
constexpr std::string_view kWordClasses[] = {"", "speech", "attrib", "role", "prep"};

uint8_t WordClassIndex(std::string_view lower) {
  if (lower.size() < 2 || lower.size() > 16) return 0;
  WordLists lists = LookUpWord(lower);
  if (lists.speech || lists.report) return 1;
  if (lists.after) return 2;
  if (IsRoleWord(lower)) return 3;
  if (lists.preposition) return 4;
  return 0;
}

// What Prepare needs to know about a word that depends only on its lower-case form: its word
// class and, for capitalised words, whether it is a dictionary word. Looked up once per
// distinct word and thread, then cached by the word's hash (news repeats its words; four set
// lookups and a Snowball stem become one probe). The dictionary is consulted only the first
// time the word is seen capitalised: most words never are.
struct WordFacts {
  std::string_view word_class;
  bool known = false;  // only meaningful when asked with `capitalised`
};

// Bits of the cached byte.
constexpr uint8_t kFactsFilled = 0x80;
constexpr uint8_t kFactsKnownSet = 0x10;  // bit kFactsKnown holds the dictionary answer
constexpr uint8_t kFactsKnown = 0x08;
constexpr uint8_t kFactsClassMask = 0x07;  // word class index

WordFacts FactsOf(uint64_t word_hash, std::string_view lower, bool capitalised,
                  const CommonWords* dictionary) {
  thread_local FlatU64Map<uint8_t> cache;
  thread_local const CommonWords* cached_dictionary = nullptr;
  if (cache.size() > (1u << 18) || cached_dictionary != dictionary) {
    cache = FlatU64Map<uint8_t>();  // bounded memory; a different dictionary
    cached_dictionary = dictionary;
  }
  uint8_t* slot = cache.Upsert(word_hash);
  if (*slot == 0) *slot = static_cast<uint8_t>(kFactsFilled | WordClassIndex(lower));
  if (capitalised && (*slot & kFactsKnownSet) == 0) {
    bool known = dictionary != nullptr && dictionary->loaded() && dictionary->Contains(lower);
    *slot |= static_cast<uint8_t>(kFactsKnownSet | (known ? kFactsKnown : 0));
  }
  return {kWordClasses[*slot & kFactsClassMask], (*slot & kFactsKnown) != 0};
}

uint64_t HashText(std::string_view s) { return XXH3_64bits(s.data(), s.size()); }

// A 64-bit finaliser (MurmurHash3's fmix64 constants): spreads every input bit.
uint64_t Mix(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb93fe53ec5ffULL;
  return h ^ (h >> 33);
}

// The feature index of template `t` over one or two hashed values.
uint32_t Feature(Template t, uint64_t a) {
  return static_cast<uint32_t>(Mix(a ^ (t * 0x9e3779b97f4a7c15ULL))) & (kNerDim - 1);
}
uint32_t Feature(Template t, uint64_t a, uint64_t b) { return Feature(t, Mix(a) + b); }

// The shape class of one byte: X, x, d, u (any non-ASCII byte) or the byte itself.
constexpr char ShapeClass(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return 'X';
  if (c >= 'a' && c <= 'z') return 'x';
  if (c >= '0' && c <= '9') return 'd';
  if (c >= 0x80) return 'u';
  return static_cast<char>(c);
}

// Writes the ASCII lower case of `w` to `lower` (w.size() bytes) and its shape (its byte
// classes, runs collapsed: "Jong-un" -> "Xx-x") to `shape` (room for w.size() bytes), in one
// pass. Sets *shape_size; returns true when `w` has an upper-case letter.
bool WriteLowerAndShape(std::string_view w, char* lower, char* shape, size_t* shape_size) {
  static constexpr std::array<char, 256> kClasses = [] {  // ShapeClass of every byte
    std::array<char, 256> t{};
    for (int c = 0; c < 256; ++c) t[c] = ShapeClass(static_cast<unsigned char>(c));
    return t;
  }();
  bool upper = false;
  int last = -1;  // the previous byte's class; no class is negative
  size_t n = 0;
  for (size_t k = 0; k < w.size(); ++k) {
    unsigned char c = static_cast<unsigned char>(w[k]);
    char cls = kClasses[c];
    bool is_upper = cls == 'X';  // exactly 'A'..'Z'
    upper = upper || is_upper;
    lower[k] = static_cast<char>(is_upper ? c - 'A' + 'a' : c);
    if (cls != last) shape[n++] = cls;
    last = cls;
  }
  *shape_size = n;
  return upper;
}

std::string_view Prefix(std::string_view s, size_t n) { return s.substr(0, std::min(n, s.size())); }
std::string_view Suffix(std::string_view s, size_t n) {
  return s.size() <= n ? s : s.substr(s.size() - n);
}

// A set of the words of `list` (which must outlive it), for a function-local static.
template <size_t N>
const WordTable<bool>* MakeWordSet(const std::string_view (&list)[N]) {
  auto* set = new WordTable<bool>();
  for (std::string_view w : list) set->Add(w, true);
  return set;
}

// NeedsTagging (ner.h), inlined into the decoder's loop.
inline bool NeedsTaggingInline(const NerInput& in, size_t i, uint8_t prev_tag) {
  if (prev_tag != kO || in.upper[i] || in.gaz[i] != kO) return true;
  return i + 1 < in.words.size() && in.upper[i + 1] && in.lower[i].size() > 2;
}

// Hashed stand-ins for the sentence boundary and small values (tags, flags, lengths).
constexpr uint64_t kBoundary = 0x5bd1e9955bd1e995ULL;
constexpr uint64_t Small(size_t v) { return 0x27d4eb2f165667c5ULL * (v + 1); }

}  // namespace

void NerInput::Prepare(const CommonWords* dictionary) {
  size_t n = words.size();
  lower.resize(n);
  shape.resize(n);
  upper.assign(n, 0);
  known.assign(n, 0);
  word_hash.resize(n);
  shape_hash.resize(n);
  word_class.resize(n);
  gaz.resize(n, kO);
  // A word's lower case and its shape are no longer than the word: sized once, the buffers
  // are not reallocated while the views into them are taken.
  size_t bytes = 0;
  for (std::string_view w : words) bytes += w.size();
  lower_buffer_.resize(bytes);
  shape_buffer_.resize(bytes);
  char* lower_out = lower_buffer_.data();
  char* shape_out = shape_buffer_.data();
  for (size_t i = 0; i < n; ++i) {
    size_t shape_size = 0;
    upper[i] = WriteLowerAndShape(words[i], lower_out, shape_out, &shape_size);
    lower[i] = std::string_view(lower_out, words[i].size());
    lower_out += words[i].size();
    shape[i] = std::string_view(shape_out, shape_size);
    shape_out += shape_size;
    word_hash[i] = HashText(lower[i]);
    shape_hash[i] = HashText(shape[i]);
    WordFacts facts = FactsOf(word_hash[i], lower[i], upper[i], dictionary);
    word_class[i] = facts.word_class;
    known[i] = upper[i] && facts.known;
  }
}

void TokenFeatures(const NerInput& in, size_t i, std::vector<uint32_t>* out) {
  std::string_view w = in.lower[i];
  size_t n = in.words.size();
  auto word = [&](size_t k) { return k < n ? in.word_hash[k] : kBoundary; };
  auto shape = [&](size_t k) { return k < n ? in.shape_hash[k] : kBoundary; };
  auto gaz = [&](size_t k) { return k < n ? Small(in.gaz[k]) : kBoundary; };
  // Positions before 0 wrap to huge values, which the lambdas treat as the boundary.
  uint64_t here = in.word_hash[i];
  uint64_t sh = in.shape_hash[i];
  bool first = i == 0 || IsSentenceBreak(in.words[i - 1]);
  // Collected in order (the order of the weight sums) on the stack, then appended at once.
  uint32_t f[25];
  size_t count = 0;
  f[count++] = Feature(kWord, here);
  f[count++] = Feature(kPrefix2, HashText(Prefix(w, 2)));
  f[count++] = Feature(kPrefix3, HashText(Prefix(w, 3)));
  f[count++] = Feature(kSuffix2, HashText(Suffix(w, 2)));
  f[count++] = Feature(kSuffix3, HashText(Suffix(w, 3)));
  f[count++] = Feature(kShape, sh);
  f[count++] = Feature(kPrevWord, word(i - 1));
  f[count++] = Feature(kNextWord, word(i + 1));
  f[count++] = Feature(kPrev2Word, word(i - 2));
  f[count++] = Feature(kNext2Word, word(i + 2));
  f[count++] = Feature(kPrevShapeShape, shape(i - 1), sh);
  f[count++] = Feature(kShapeNextShape, sh, shape(i + 1));
  f[count++] = Feature(kGaz, gaz(i));
  f[count++] = Feature(kPrevGaz, gaz(i - 1));
  f[count++] = Feature(kNextGaz, gaz(i + 1));
  f[count++] = Feature(kFirstShape, Small(first), sh);
  f[count++] = Feature(kPrevWordWord, word(i - 1), here);
  f[count++] = Feature(kWordNextWord, here, word(i + 1));
  f[count++] = Feature(kLength, Small(std::min<size_t>(w.size(), 6)));
  if (in.upper[i]) {
    f[count++] = Feature(kKnownShape, Small(in.known[i]), sh);
    f[count++] = Feature(kKnownFirst, Small(in.known[i]), Small(first));
  }
  std::string_view prev_class = i > 0 ? in.word_class[i - 1] : "";
  std::string_view next_class = i + 1 < n ? in.word_class[i + 1] : "";
  if (!prev_class.empty()) {
    uint64_t c = HashText(prev_class);
    f[count++] = Feature(kContextClass, Small(0), c);
    f[count++] = Feature(kContextClassShape, c, sh);
  }
  if (!next_class.empty()) {
    uint64_t c = HashText(next_class);
    f[count++] = Feature(kContextClass, Small(1), c);
    f[count++] = Feature(kContextClassShape, sh, c);
  }
  out->insert(out->end(), f, f + count);
}

void PrevTagFeatures(const NerInput& in, size_t i, uint8_t prev_tag, std::vector<uint32_t>* out) {
  out->push_back(Feature(kPrevTag, Small(prev_tag)));
  out->push_back(Feature(kPrevTagShape, Small(prev_tag), in.shape_hash[i]));
  out->push_back(Feature(kPrevTagWord, Small(prev_tag), in.word_hash[i]));
}

bool NeedsTagging(const NerInput& in, size_t i, uint8_t prev_tag) {
  return NeedsTaggingInline(in, i, prev_tag);
}

Result<std::unique_ptr<NerModel>> NerModel::Parse(std::string_view text) {
  Result<NerModelRows> rows = ParseNerModelText(text);
  if (!rows.ok()) return rows.status();
  return FromRows(rows->View());
}

Result<std::unique_ptr<NerModel>> NerModel::Embedded() {
  Status s = EmbeddedNerRowsStatus();
  if (!s.ok()) return s;
  return FromRows(EmbeddedNerRows());
}

Result<std::unique_ptr<NerModel>> NerModel::FromRows(const NerRowsView& rows) {
  if (rows.rows > kNerDim) return Status::Corruption("NER model: bad row count");
  auto model = std::unique_ptr<NerModel>(new NerModel());
  std::copy(rows.bias->begin(), rows.bias->end(), model->bias_.begin());
  size_t slots = 16;
  while (slots < rows.rows * 2) slots *= 2;
  model->keys_.assign(slots, 0);
  model->weights_.assign(slots, Weights{});
  for (size_t r = 0; r < rows.rows; ++r) {
    const uint32_t feature = rows.features[r];
    if (feature >= kNerDim) return Status::Corruption("NER model: bad row " + std::to_string(r));
    size_t slot = (feature * 2654435761u) & (slots - 1);
    while (model->keys_[slot] != 0) slot = (slot + 1) & (slots - 1);
    model->keys_[slot] = feature + 1;
    std::copy(rows.weights[r].begin(), rows.weights[r].end(), model->weights_[slot].begin());
  }
  model->rows_ = rows.rows;
  return model;
}

void NerModel::AddRow(uint32_t feature, Weights* scores) const {
  size_t mask = keys_.size() - 1;
  size_t slot = (feature * 2654435761u) & mask;
  while (keys_[slot] != 0) {
    if (keys_[slot] == feature + 1) {
      // A local copy: with no possible aliasing the loop becomes vector additions. Each
      // lane is the same float addition as one at a time.
      const Weights& w = weights_[slot];
      Weights sum = *scores;
      for (int t = 0; t < kLanes; ++t) sum[t] += w[t];
      *scores = sum;
      return;
    }
    slot = (slot + 1) & mask;
  }
}

namespace {

// Log-softmax of the one-vs-rest scores, so that a path's score is a sum of log probabilities.
// Over the first kNumTags lanes of `scores` (the rest is padding).
template <size_t N>
void LogSoftmax(std::array<float, N>* scores) {
  float* begin = scores->data();
  float* end = begin + kNumTags;
  float top = *std::max_element(begin, end);
  float sum = 0;
  for (const float* x = begin; x != end; ++x) sum += std::exp(*x - top);
  float log_sum = top + std::log(sum);
  for (float* x = begin; x != end; ++x) *x -= log_sum;
}

bool Allowed(uint8_t prev, uint8_t tag) {
  return !IsInside(tag) || (prev != kO && TagType(prev) == TagType(tag));
}

}  // namespace

// Viterbi over the tags: the state is the previous tag, which the model's features see.
// Tokens that need no tagging after an O (NeedsTagging) are O with probability one. States
// more than kBeam (log probability) behind the best are not extended: they cannot win in
// practice, and skipping them keeps the common case at one state per token.
void NerModel::Tag(const NerInput& in, std::vector<uint8_t>* tags) const {
  size_t n = in.words.size();
  tags->assign(n, kO);
  if (n == 0) return;
  constexpr float kImpossible = -1e30f;
  constexpr float kBeam = 5;
  // Scratch space reused across calls on this thread.
  thread_local std::vector<std::array<float, kNumTags>> best;    // best path score ending in tag
  thread_local std::vector<std::array<uint8_t, kNumTags>> back;  // its previous tag
  thread_local std::vector<uint32_t> features;
  best.resize(n);
  back.resize(n);
  std::array<float, kNumTags> previous{};
  previous.fill(kImpossible);
  previous[kO] = 0;  // before the sentence: O
  // True when `previous` holds O and nothing else (after a token decided without scoring):
  // then the beam test below is known to keep only O, without looking at the other states.
  bool o_alone = true;
  for (size_t i = 0; i < n; ++i) {
    float floor = previous[kO] - kBeam;
    bool only_o = o_alone;
    if (!o_alone) {
      floor = *std::max_element(previous.begin(), previous.end()) - kBeam;
      only_o = std::all_of(previous.begin() + 1, previous.end(),
                           [floor](float score) { return score < floor; });
    }
    if (only_o && !NeedsTaggingInline(in, i, kO)) {  // the common case: lower case after O
      // O follows O with probability one; the other states drop. best[i] is left unset:
      // `previous` carries the scores (the backtrace below starts from it).
      back[i][kO] = kO;
      if (!o_alone) {
        float o = previous[kO];
        previous.fill(kImpossible);
        previous[kO] = o;
      }
      o_alone = true;
      continue;
    }
    o_alone = false;
    best[i].fill(kImpossible);
    features.clear();
    TokenFeatures(in, i, &features);
    Weights token = bias_;
    for (uint32_t f : features) AddRow(f, &token);
    // With one live state every path shares its normaliser, so the log-softmax (seven exp
    // and a log) changes no comparison and is skipped.
    bool normalise = std::count_if(previous.begin(), previous.end(),
                                   [floor](float score) { return score >= floor; }) > 1;
    for (int p = 0; p < kNumTags; ++p) {
      if (previous[p] < floor) continue;
      uint8_t prev = static_cast<uint8_t>(p);
      if (!NeedsTaggingInline(in, i, prev)) {
        if (previous[p] > best[i][kO]) best[i][kO] = previous[p], back[i][kO] = prev;
        continue;
      }
      features.clear();
      PrevTagFeatures(in, i, prev, &features);
      Weights scores = token;
      for (uint32_t f : features) AddRow(f, &scores);
      if (normalise) LogSoftmax(&scores);
      for (int t = 0; t < kNumTags; ++t) {
        if (!Allowed(prev, static_cast<uint8_t>(t))) continue;
        float score = previous[p] + scores[t];
        if (score > best[i][t]) best[i][t] = score, back[i][t] = prev;
      }
    }
    previous = best[i];
  }
  // `previous` holds the scores of the last token (best[n - 1] when it was scored).
  uint8_t tag =
      static_cast<uint8_t>(std::max_element(previous.begin(), previous.end()) - previous.begin());
  for (size_t i = n; i-- > 0;) {
    (*tags)[i] = tag;
    tag = back[i][tag];
  }
}

// Role words that news puts before a name but that are not part of it (idner-news-2k tags
// "Presiden Joko Widodo" as O B-PER I-PER too).
bool IsRoleWord(std::string_view lower) {
  static constexpr std::string_view kRoles[] = {
      "presiden",    "wakil",        "menteri",    "menlu",     "pemimpin", "ketua",    "gubernur",
      "bupati",      "wali",         "walikota",   "direktur",  "kepala",   "juru",     "bicara",
      "jubir",       "jenderal",     "panglima",   "perdana",   "raja",     "ratu",     "pangeran",
      "sekretaris",  "senator",      "anggota",    "kapolri",   "kapolda",  "kapolres", "dirut",
      "komisaris",   "pejabat",      "mantan",     "calon",     "capres",   "cawapres", "kanselir",
      "dubes",       "letjen",       "mayjen",     "brigjen",   "kolonel",  "kombes",   "president",
      "prime",       "minister",     "leader",     "secretary", "chief",    "general",  "spokesman",
      "spokeswoman", "spokesperson", "chancellor", "king",      "queen",    "prince",   "governor",
      "mayor",       "former",       "mr",         "mrs",       "ms",       "pm",       "kamerad",
      "comrade"};
  static const auto* set = MakeWordSet(kRoles);
  return set->Contains(lower);
}

namespace {

bool IsTitleCase(std::string_view shape) {
  return shape == "Xx" || shape == "Xx-x" || shape == "Xx-Xx" || shape == "XxXx";
}

bool IsCalendarWord(std::string_view lower) {
  static constexpr std::string_view kWords[] = {
      "senin",     "selasa",    "rabu",    "kamis",    "jumat",    "sabtu",   "minggu",
      "januari",   "februari",  "maret",   "april",    "mei",      "juni",    "juli",
      "agustus",   "september", "oktober", "november", "desember", "monday",  "tuesday",
      "wednesday", "thursday",  "friday",  "saturday", "sunday",   "january", "february",
      "march",     "may",       "june",    "july",     "august",   "october", "december",
      "hari",      "tahun",     "pukul",   "wib"};
  static const auto* set = MakeWordSet(kWords);
  return set->Contains(lower);
}

}  // namespace

void TagNamesAfterRoles(const NerInput& in, const CommonWords& common, std::vector<uint8_t>* tags) {
  if (!common.loaded()) return;
  size_t n = in.words.size();
  for (size_t i = 0; i < n; ++i) {
    if (!in.upper[i] || !IsRoleWord(in.lower[i])) continue;
    size_t j = i + 1;
    // More of the role: role words, "of", "State", "Luar Negeri", a known organisation or place.
    while (j < n) {
      if (IsRoleWord(in.lower[j]) || in.lower[j] == "of" || in.lower[j] == "state") {
        ++j;
      } else if (IsBegin(in.gaz[j]) && TagType(in.gaz[j]) != TypeIndex("PER")) {
        ++j;
        while (j < n && IsInside(in.gaz[j])) ++j;
      } else if (IsBegin((*tags)[j]) && TagType((*tags)[j]) != TypeIndex("PER")) {
        ++j;
        while (j < n && IsInside((*tags)[j])) ++j;
      } else {
        break;
      }
    }
    size_t k = j;
    while (k < n && k < j + 3 && IsTitleCase(in.shape[k]) && !IsRoleWord(in.lower[k]) &&
           !IsCalendarWord(in.lower[k]) && !common.Contains(in.lower[k]) &&
           ((*tags)[k] == kO || k == j)) {
      ++k;
    }
    if (k == j || (*tags)[j] != kO) continue;
    if (k < n && IsInside((*tags)[k])) continue;
    (*tags)[j] = BeginTag(TypeIndex("PER"));
    for (size_t t = j + 1; t < k; ++t) (*tags)[t] = InsideTag(TypeIndex("PER"));
    i = k - 1;
  }
}

void TrimRolesFromNames(const NerInput& in, std::vector<uint8_t>* tags) {
  const uint8_t begin_per = BeginTag(TypeIndex("PER"));
  const uint8_t inside_per = InsideTag(TypeIndex("PER"));
  size_t n = tags->size();
  for (size_t i = 0; i < n; ++i) {
    if ((*tags)[i] != begin_per) continue;
    size_t end = i + 1;
    while (end < n && (*tags)[end] == inside_per) ++end;
    size_t start = i;
    while (end - start > 1 && IsRoleWord(in.lower[start])) ++start;
    bool after_role_of =
        start >= 2 && in.lower[start - 1] == "of" && IsRoleWord(in.lower[start - 2]);
    if (start == i && after_role_of && end - start >= 3) ++start;
    for (size_t k = i; k < start; ++k) (*tags)[k] = kO;
    (*tags)[start] = begin_per;
    i = end - 1;
  }
}

std::vector<TagSpan> TagsToSpans(const std::vector<uint8_t>& tags) {
  std::vector<TagSpan> spans;
  for (size_t i = 0; i < tags.size(); ++i) {
    uint8_t t = tags[i];
    if (t == kO) continue;
    bool continues =
        IsInside(t) && !spans.empty() && spans.back().end == i && spans.back().type == TagType(t);
    if (continues) {
      spans.back().end = i + 1;
    } else {
      spans.push_back({i, i + 1, TagType(t)});
    }
  }
  return spans;
}

}  // namespace kabar::understand
