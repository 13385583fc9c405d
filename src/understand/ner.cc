#include "understand/ner.h"

#include <xxhash.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <iterator>
#include <unordered_set>

#include "understand/quote_lexicon.h"
#include "understand/tokenize.h"

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
};

// Word classes that generalise over unseen names: what kind of word stands next to it.
std::string_view WordClass(std::string_view lower) {
  if (lower.size() < 2 || lower.size() > 16) return {};
  if (IsSpeechVerb(lower) || IsReportVerb(lower)) return "speech";
  if (IsAfterVerb(lower)) return "attrib";
  if (IsRoleWord(lower)) return "role";
  if (IsPreposition(lower)) return "prep";
  return {};
}

uint32_t Hash(Template t, std::string_view s) {
  return static_cast<uint32_t>(XXH3_64bits_withSeed(s.data(), s.size(), t)) & (kNerDim - 1);
}

uint32_t Hash2(Template t, std::string_view a, std::string_view b) {
  uint64_t h = XXH3_64bits_withSeed(a.data(), a.size(), t);
  return static_cast<uint32_t>(XXH3_64bits_withSeed(b.data(), b.size(), h)) & (kNerDim - 1);
}

void Shape(std::string_view w, std::string* out) {
  out->clear();
  for (unsigned char c : w) {
    char k;
    if (c >= 'A' && c <= 'Z')
      k = 'X';
    else if (c >= 'a' && c <= 'z')
      k = 'x';
    else if (c >= '0' && c <= '9')
      k = 'd';
    else if (c >= 0x80)
      k = 'u';
    else
      k = static_cast<char>(c);
    if (out->empty() || out->back() != k) out->push_back(k);
  }
}

std::string_view Prefix(std::string_view s, size_t n) { return s.substr(0, std::min(n, s.size())); }
std::string_view Suffix(std::string_view s, size_t n) {
  return s.size() <= n ? s : s.substr(s.size() - n);
}

constexpr std::string_view kBoundary = "<s>";
constexpr std::string_view kTagText[kNumTags] = {"0", "1", "2", "3", "4", "5", "6"};

}  // namespace

void NerInput::Prepare() {
  size_t n = words.size();
  lower.resize(n);
  shape.resize(n);
  upper.assign(n, false);
  word_class.resize(n);
  gaz.resize(n, kO);
  for (size_t i = 0; i < n; ++i) {
    AsciiLower(words[i], &lower[i]);
    Shape(words[i], &shape[i]);
    upper[i] = HasUpper(words[i]);
    word_class[i] = WordClass(lower[i]);
  }
}

void TokenFeatures(const NerInput& in, size_t i, std::vector<uint32_t>* out) {
  const std::string& w = in.lower[i];
  const std::string& sh = in.shape[i];
  size_t n = in.words.size();
  std::string_view prev = i > 0 ? std::string_view(in.lower[i - 1]) : kBoundary;
  std::string_view prev2 = i > 1 ? std::string_view(in.lower[i - 2]) : kBoundary;
  std::string_view next = i + 1 < n ? std::string_view(in.lower[i + 1]) : kBoundary;
  std::string_view next2 = i + 2 < n ? std::string_view(in.lower[i + 2]) : kBoundary;
  std::string_view prev_shape = i > 0 ? std::string_view(in.shape[i - 1]) : kBoundary;
  std::string_view next_shape = i + 1 < n ? std::string_view(in.shape[i + 1]) : kBoundary;
  bool first = i == 0 || IsSentenceBreak(in.words[i - 1]);
  out->push_back(Hash(kWord, w));
  out->push_back(Hash(kPrefix2, Prefix(w, 2)));
  out->push_back(Hash(kPrefix3, Prefix(w, 3)));
  out->push_back(Hash(kSuffix2, Suffix(w, 2)));
  out->push_back(Hash(kSuffix3, Suffix(w, 3)));
  out->push_back(Hash(kShape, sh));
  out->push_back(Hash(kPrevWord, prev));
  out->push_back(Hash(kNextWord, next));
  out->push_back(Hash(kPrev2Word, prev2));
  out->push_back(Hash(kNext2Word, next2));
  out->push_back(Hash2(kPrevShapeShape, prev_shape, sh));
  out->push_back(Hash2(kShapeNextShape, sh, next_shape));
  out->push_back(Hash(kGaz, kTagText[in.gaz[i]]));
  out->push_back(Hash(kPrevGaz, i > 0 ? kTagText[in.gaz[i - 1]] : kBoundary));
  out->push_back(Hash(kNextGaz, i + 1 < n ? kTagText[in.gaz[i + 1]] : kBoundary));
  out->push_back(Hash2(kFirstShape, first ? "1" : "0", sh));
  out->push_back(Hash2(kPrevWordWord, prev, w));
  out->push_back(Hash2(kWordNextWord, w, next));
  out->push_back(Hash(kLength, kTagText[std::min<size_t>(w.size(), 6)]));
  std::string_view prev_class = i > 0 ? in.word_class[i - 1] : "";
  std::string_view next_class = i + 1 < n ? in.word_class[i + 1] : "";
  if (!prev_class.empty()) {
    out->push_back(Hash2(kContextClass, "p", prev_class));
    out->push_back(Hash2(kContextClassShape, prev_class, sh));
  }
  if (!next_class.empty()) {
    out->push_back(Hash2(kContextClass, "n", next_class));
    out->push_back(Hash2(kContextClassShape, sh, next_class));
  }
}

void PrevTagFeatures(const NerInput& in, size_t i, uint8_t prev_tag, std::vector<uint32_t>* out) {
  out->push_back(Hash(kPrevTag, kTagText[prev_tag]));
  out->push_back(Hash2(kPrevTagShape, kTagText[prev_tag], in.shape[i]));
  out->push_back(Hash2(kPrevTagWord, kTagText[prev_tag], in.lower[i]));
}

bool NeedsTagging(const NerInput& in, size_t i, uint8_t prev_tag) {
  if (prev_tag != kO || in.upper[i] || in.gaz[i] != kO) return true;
  return i + 1 < in.words.size() && in.upper[i + 1] && in.lower[i].size() > 2;
}

Result<std::unique_ptr<NerModel>> NerModel::Parse(std::string_view text) {
  auto model = std::unique_ptr<NerModel>(new NerModel());
  const char* p = text.data();
  const char* end = text.data() + text.size();
  auto bad = [](std::string_view what) {
    return Status::Corruption("NER model: " + std::string(what));
  };
  auto skip_space = [&] {
    while (p < end && (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r')) ++p;
  };
  auto word = [&]() -> std::string_view {
    skip_space();
    const char* b = p;
    while (p < end && *p != ' ' && *p != '\n' && *p != '\t' && *p != '\r') ++p;
    return {b, static_cast<size_t>(p - b)};
  };
  auto number = [&](auto* v) {
    std::string_view w = word();
    if constexpr (std::is_same_v<std::remove_pointer_t<decltype(v)>, float>) {
      // from_chars for float is in libstdc++ 11+.
      auto r = std::from_chars(w.data(), w.data() + w.size(), *v);
      return r.ec == std::errc() && r.ptr == w.data() + w.size();
    } else {
      auto r = std::from_chars(w.data(), w.data() + w.size(), *v);
      return r.ec == std::errc() && r.ptr == w.data() + w.size();
    }
  };
  if (word() != "kabar-ner-model") return bad("missing magic 'kabar-ner-model'");
  int version = 0;
  if (!number(&version) || version != kNerModelVersion) return bad("unsupported version");
  int dim = 0;
  if (word() != "dim" || !number(&dim) || dim != kNerDimBits) return bad("bad dim");
  if (word() != "tags") return bad("missing tags");
  for (int t = 0; t < kNumTags; ++t) {
    if (word() != kTagNames[t]) return bad("unexpected tag set");
  }
  if (word() != "bias") return bad("missing bias");
  for (float& b : model->bias_) {
    if (!number(&b)) return bad("bad bias");
  }
  size_t rows = 0;
  if (word() != "rows" || !number(&rows) || rows > kNerDim) return bad("bad row count");
  size_t slots = 16;
  while (slots < rows * 2) slots *= 2;
  model->keys_.assign(slots, 0);
  model->weights_.assign(slots, Weights{});
  for (size_t r = 0; r < rows; ++r) {
    uint32_t feature = 0;
    if (!number(&feature) || feature >= kNerDim) return bad("bad row " + std::to_string(r));
    Weights w{};
    for (float& x : w) {
      if (!number(&x)) return bad("bad weight in row " + std::to_string(r));
    }
    size_t slot = (feature * 2654435761u) & (slots - 1);
    while (model->keys_[slot] != 0) slot = (slot + 1) & (slots - 1);
    model->keys_[slot] = feature + 1;
    model->weights_[slot] = w;
  }
  model->rows_ = rows;
  return model;
}

void NerModel::AddRow(uint32_t feature, Weights* scores) const {
  size_t mask = keys_.size() - 1;
  size_t slot = (feature * 2654435761u) & mask;
  while (keys_[slot] != 0) {
    if (keys_[slot] == feature + 1) {
      const Weights& w = weights_[slot];
      for (int t = 0; t < kNumTags; ++t) (*scores)[t] += w[t];
      return;
    }
    slot = (slot + 1) & mask;
  }
}

void NerModel::Tag(const NerInput& in, std::vector<uint8_t>* tags) const {
  tags->assign(in.words.size(), kO);
  std::vector<uint32_t> features;
  uint8_t prev = kO;
  for (size_t i = 0; i < in.words.size(); ++i) {
    if (!NeedsTagging(in, i, prev)) {
      prev = kO;
      continue;
    }
    features.clear();
    TokenFeatures(in, i, &features);
    PrevTagFeatures(in, i, prev, &features);
    Weights scores = bias_;
    for (uint32_t f : features) AddRow(f, &scores);
    int best = kO;
    for (int t = 1; t < kNumTags; ++t) {
      uint8_t tag = static_cast<uint8_t>(t);
      if (IsInside(tag) && (prev == kO || TagType(prev) != TagType(tag))) continue;
      if (scores[t] > scores[best]) best = t;
    }
    (*tags)[i] = static_cast<uint8_t>(best);
    prev = static_cast<uint8_t>(best);
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
  static const auto* set =
      new std::unordered_set<std::string_view>(std::begin(kRoles), std::end(kRoles));
  return set->count(lower) > 0;
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
  static const auto* set =
      new std::unordered_set<std::string_view>(std::begin(kWords), std::end(kWords));
  return set->count(lower) > 0;
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
