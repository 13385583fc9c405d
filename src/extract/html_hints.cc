// ClassifyElement: tag and ARIA role first, then class and id names.
//
// A class name like "related-content" holds both a boilerplate word and a content word: the
// boilerplate word wins, as the content word is only the generic suffix. An element whose
// class list has a purely content-like name ("article-body") next to a boilerplate one
// ("share-enabled") gets no reason: the content name describes the element.
#include "extract/html_hints.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/html_document.h"

namespace kabar {
namespace {

struct Pattern {
  std::string_view word;
  const char* reason;
};

// Matched as substrings of a lower-cased class or id name.
constexpr Pattern kNegativeSubstrings[] = {
    {"comment", "comments"},
    {"disqus", "comments"},
    {"respond", "comments"},
    {"related", "related"},
    {"recommend", "related"},
    {"outbrain", "related"},
    {"taboola", "related"},
    {"trending", "related"},
    {"popular", "related"},
    {"mostread", "related"},
    {"most-read", "related"},
    {"readmore", "related"},
    {"read-more", "related"},
    {"bacajuga", "related"},
    {"baca-juga", "related"},
    {"also-read", "related"},
    {"more-stories", "related"},
    {"morestories", "related"},
    {"next-article", "related"},
    {"terkait", "related"},
    {"share", "share"},
    {"social", "share"},
    {"addthis", "share"},
    {"sharing", "share"},
    {"follow-us", "share"},
    {"cookie", "cookie"},
    {"consent", "cookie"},
    {"gdpr", "cookie"},
    {"paywall", "paywall"},
    {"regwall", "paywall"},
    {"subscri", "paywall"},
    {"newsletter", "newsletter"},
    {"signup", "newsletter"},
    {"sign-up", "newsletter"},
    {"advert", "ad"},
    {"sponsor", "ad"},
    {"adsense", "ad"},
    {"adslot", "ad"},
    {"ad-slot", "ad"},
    {"ad-container", "ad"},
    {"ad-wrap", "ad"},
    {"dfp", "ad"},
    {"promo", "ad"},
    {"banner", "ad"},
    {"breadcrumb", "navigation"},
    {"navbar", "navigation"},
    {"navigation", "navigation"},
    {"menu", "navigation"},
    {"pagination", "navigation"},
    {"skip-link", "navigation"},
    {"masthead", "header"},
    {"footer", "footer"},
    {"copyright", "footer"},
    {"sidebar", "sidebar"},
    {"widget", "sidebar"},
    {"byline", "metadata"},
    {"dateline", "metadata"},
    {"timestamp", "metadata"},
    {"author", "metadata"},
    {"caption", "caption"},
    {"figcaption", "caption"},
    {"credit", "caption"},
    {"keterangan-foto", "caption"},  // Indonesian: "keterangan" is the photo's caption
    {"keterangan-gambar", "caption"},
    {"keterangan_foto", "caption"},
    {"keterangan_gambar", "caption"},
    {"ket-foto", "caption"},
    {"modal", "popup"},
    {"popup", "popup"},
    {"sr-only", "hidden"},
    {"screen-reader", "hidden"},
    {"visually-hidden", "hidden"},
    {"tag-list", "metadata"},
    {"taglist", "metadata"},
};

// Matched as whole '-'/'_'-separated tokens only ("ad" must not match "header").
constexpr Pattern kNegativeTokens[] = {
    {"ad", "ad"},         {"ads", "ad"},          {"nav", "navigation"}, {"meta", "metadata"},
    {"tags", "metadata"}, {"rail", "sidebar"},    {"aside", "sidebar"},  {"bio", "author-bio"},
    {"date", "metadata"}, {"topics", "metadata"}, {"toolbar", "share"},  {"tools", "share"},
    {"poll", "form"},     {"polls", "form"},      {"polling", "form"},
};

constexpr std::string_view kPositiveWords[] = {
    "article", "content", "entry",  "main", "post",   "story",  "body",
    "text",    "prose",   "detail", "isi",  "berita", "konten",
};

bool IsSep(char c) { return c == '-' || c == '_' || c == ':' || c == '.'; }
bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }  // std::isdigit: UB below 0

// The words of one list grouped by their first byte, so that one pass over a name finds
// which of them it holds, instead of one search of the name per word. Misses are common:
// every site has its own class names, a few hundred a page.
class WordIndex {
 public:
  template <typename Entry, size_t N, typename WordOf>
  WordIndex(const Entry (&entries)[N], WordOf word_of) {
    for (size_t i = 0; i < N; ++i) {
      words_.push_back(word_of(entries[i]));
      by_first_byte_[static_cast<unsigned char>(words_.back()[0])].push_back(i);
    }
  }

  // The lowest index of a word occurring in `name` (as a '-'/'_'/':'/'.'-separated token when
  // `whole_token`: a digit may follow it), or -1.
  int First(std::string_view name, bool whole_token) const {
    int best = -1;
    for (size_t pos = 0; pos < name.size(); ++pos) {
      if (whole_token && pos > 0 && !IsSep(name[pos - 1])) continue;
      for (size_t i : by_first_byte_[static_cast<unsigned char>(name[pos])]) {
        if (best >= 0 && static_cast<int>(i) >= best) break;  // indexes ascend
        std::string_view w = words_[i];
        if (name.size() - pos < w.size() || (w.size() > 1 && name[pos + 1] != w[1]) ||
            name.compare(pos, w.size(), w) != 0) {
          continue;
        }
        size_t end = pos + w.size();
        if (whole_token && end < name.size() && !IsSep(name[end]) && !IsAsciiDigit(name[end])) {
          continue;
        }
        best = static_cast<int>(i);
      }
    }
    return best;
  }

 private:
  std::vector<std::string_view> words_;
  std::array<std::vector<size_t>, 256> by_first_byte_;
};

const char* NegativeReason(std::string_view name) {
  static const WordIndex substrings(kNegativeSubstrings, [](const Pattern& p) { return p.word; });
  static const WordIndex tokens(kNegativeTokens, [](const Pattern& p) { return p.word; });
  int i = substrings.First(name, false);
  if (i >= 0) return kNegativeSubstrings[i].reason;
  i = tokens.First(name, true);
  return i >= 0 ? kNegativeTokens[i].reason : nullptr;
}

bool IsPositive(std::string_view name) {
  static const WordIndex words(kPositiveWords, [](std::string_view w) { return w; });
  return words.First(name, false) >= 0;
}

// Splits camelCase into '-' separated lower case: "articleBody" -> "article-body".
std::string NormalizeName(std::string_view raw) {
  std::string out;
  for (size_t i = 0; i < raw.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(raw[i]);
    if (std::isupper(c) && i > 0 && std::islower(static_cast<unsigned char>(raw[i - 1]))) {
      out.push_back('-');
    }
    out.push_back(static_cast<char>(std::tolower(c)));
  }
  return out;
}

const char* TagReason(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_NAV:
      return "navigation";
    case GUMBO_TAG_FOOTER:
      return "footer";
    case GUMBO_TAG_ASIDE:
      return "sidebar";
    case GUMBO_TAG_HEADER:
      return "header";
    case GUMBO_TAG_FORM:
      return "form";
    case GUMBO_TAG_FIGCAPTION:
      return "caption";
    default:
      return nullptr;
  }
}

const char* RoleReason(std::string_view role) {
  if (role == "navigation" || role == "search" || role == "menu" || role == "menubar") {
    return "navigation";
  }
  if (role == "contentinfo") return "footer";
  if (role == "complementary") return "sidebar";
  if (role == "banner") return "header";
  if (role == "dialog" || role == "alertdialog") return "popup";
  return nullptr;
}

bool IsHiddenStyle(std::string_view style) {
  std::string s;
  for (char c : style) {
    if (!std::isspace(static_cast<unsigned char>(c)))
      s.push_back(static_cast<char>(std::tolower(c)));
  }
  return s.find("display:none") != std::string::npos ||
         s.find("visibility:hidden") != std::string::npos;
}

// What one class or id name says. The same names recur on every element of a page, so the
// answer per raw name is kept (per thread, bounded) instead of matching ~90 words each time.
struct NameClass {
  const char* negative = nullptr;  // NegativeReason of the normalized name
  bool positive = false;           // IsPositive of the normalized name
};

// The answers per raw name, per thread: open addressing in one flat array (at most half
// full) and the names in one buffer, so a lookup costs a hash and about one cache line, where
// an unordered_map of strings chased a bucket, a node and the key's bytes. Bounded: cleared
// when full.
class NameCache {
 public:
  static constexpr size_t kMaxEntries = 8192;
  static constexpr size_t kMaxLength = 64;  // longer names are not kept

  const NameClass* Find(std::string_view raw, size_t h) const {
    if (slots_.empty()) return nullptr;
    for (size_t i = h & kMask;; i = (i + 1) & kMask) {
      const Slot& s = slots_[i];
      if (s.size == 0) return nullptr;
      if (s.hash == h && Name(s) == raw) return &s.value;
    }
  }

  // REQUIRES: `raw` (1..kMaxLength bytes) is not in the cache.
  void Insert(std::string_view raw, size_t h, NameClass value) {
    if (slots_.empty()) slots_.resize(kMask + 1);
    if (count_ >= kMaxEntries) {
      std::fill(slots_.begin(), slots_.end(), Slot());
      names_.clear();
      count_ = 0;
    }
    size_t i = h & kMask;
    while (slots_[i].size != 0) i = (i + 1) & kMask;
    slots_[i] = {h, static_cast<uint32_t>(names_.size()), static_cast<uint32_t>(raw.size()), value};
    names_.append(raw);
    ++count_;
  }

 private:
  static constexpr size_t kMask = 2 * kMaxEntries - 1;
  struct Slot {
    size_t hash = 0;
    uint32_t offset = 0;  // of the name in names_
    uint32_t size = 0;    // 0: empty
    NameClass value;
  };
  std::string_view Name(const Slot& s) const { return {names_.data() + s.offset, s.size}; }

  std::vector<Slot> slots_;
  std::string names_;
  size_t count_ = 0;
};

NameClass ClassifyName(std::string_view raw) {
  thread_local NameCache cache;
  size_t h = std::hash<std::string_view>()(raw);
  if (const NameClass* c = cache.Find(raw, h)) return *c;
  std::string name = NormalizeName(raw);
  NameClass c{NegativeReason(name), IsPositive(name)};
  if (!raw.empty() && raw.size() <= NameCache::kMaxLength) cache.Insert(raw, h, c);
  return c;
}

// The attributes ClassifyElement reads, found in one pass over the element's attributes.
struct HintAttributes {
  bool hidden = false;
  std::string_view style, role, itemprop, class_names, id;
};

char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c; }

// True when `name` (NUL-terminated, any case) equals `want` (lower case): the length first, so
// most attributes cost a byte or two.
bool NameIs(const char* name, std::string_view want) {
  for (char w : want) {
    if (AsciiLower(*name++) != w) return false;  // also stops at a shorter name's NUL
  }
  return *name == '\0';
}

HintAttributes ReadHintAttributes(const GumboNode* node) {
  HintAttributes h;
  const GumboVector& attrs = node->v.element.attributes;
  for (unsigned i = 0; i < attrs.length; ++i) {
    const auto* a = static_cast<const GumboAttribute*>(attrs.data[i]);
    const char* name = a->name;
    // Like gumbo_get_attribute: names compare without case, the first of a name counts.
    std::string_view* out = nullptr;
    switch (AsciiLower(name[0])) {
      case 'h':
        if (NameIs(name, "hidden")) h.hidden = true;
        continue;
      case 's':
        if (NameIs(name, "style")) out = &h.style;
        break;
      case 'r':
        if (NameIs(name, "role")) out = &h.role;
        break;
      case 'i':
        if (NameIs(name, "itemprop")) {
          out = &h.itemprop;
        } else if (NameIs(name, "id")) {
          out = &h.id;
        }
        break;
      case 'c':
        if (NameIs(name, "class")) out = &h.class_names;
        break;
      default:
        break;
    }
    if (out != nullptr && out->data() == nullptr) {
      *out = a->value == nullptr ? std::string_view("") : std::string_view(a->value);
    }
  }
  return h;
}

bool IsClassSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

ElementHint ClassifyElement(const GumboNode* node) {
  ElementHint hint;
  GumboTag tag = node->v.element.tag;
  if (tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY) return hint;
  hint.positive = tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN;
  HintAttributes attrs = ReadHintAttributes(node);
  if (attrs.hidden || IsHiddenStyle(attrs.style)) {
    hint.reason = "hidden";
    return hint;
  }
  if ((hint.reason = TagReason(tag)) != nullptr) return hint;
  if ((hint.reason = RoleReason(attrs.role)) != nullptr) return hint;
  if (attrs.itemprop == "articleBody" || attrs.itemprop == "text") {
    hint.positive = true;
    return hint;
  }
  const char* negative = nullptr;
  bool positive_only = false;
  for (std::string_view names : {attrs.class_names, attrs.id}) {
    size_t pos = 0;
    while (pos < names.size()) {
      size_t end = pos;
      while (end < names.size() && !IsClassSpace(names[end])) ++end;
      if (end > pos) {
        NameClass c = ClassifyName(names.substr(pos, end - pos));
        if (c.negative != nullptr && negative == nullptr) negative = c.negative;
        if (c.negative == nullptr && c.positive) positive_only = true;
      }
      pos = end + 1;
    }
  }
  if (positive_only) hint.positive = true;
  if (negative != nullptr && !positive_only) hint.reason = negative;
  return hint;
}

}  // namespace kabar
