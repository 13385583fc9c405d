// ClassifyBlocks: score blocks, decide which boilerplate hints to believe, pick the content
// root, then filter inside it.
//
// Class names lie in both directions: "Page-ad-margins" may wrap a whole article. So a hint
// from a class, id or tag is believed only for an element that holds less than half of the
// page's prose; a wrapper around most of the prose is layout, whatever it is called.
#include "extract/html_content.h"

#include "common/ascii_case.h"
#include "extract/credits.h"
#include "extract/dates.h"
#include "extract/html_date.h"
#include "extract/html_document.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <map>
#include <string>
#include <string_view>

namespace kabar {
namespace {

bool IsHeadingTag(GumboTag t) {
  return t == GUMBO_TAG_H1 || t == GUMBO_TAG_H2 || t == GUMBO_TAG_H3 || t == GUMBO_TAG_H4 ||
         t == GUMBO_TAG_H5 || t == GUMBO_TAG_H6;
}

size_t CountWords(std::string_view s) {
  size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    bool sp = c == ' ';
    if (!sp && !in_word) ++words;
    in_word = !sp;
  }
  return words;
}

double LinkDensity(const HtmlBlock& b) {
  return b.text.empty() ? 0 : static_cast<double>(b.link_bytes) / b.text.size();
}

// Text under these is never the article, however long it is (cookie policies, comment
// threads, hidden copies and a footer's service notice can out-write the article).
bool IsStrongReason(const char* reason) {
  for (const char* r : {"cookie", "popup", "comments", "hidden", "newsletter", "footer"}) {
    if (std::strcmp(reason, r) == 0) return true;
  }
  return false;
}

// The strong reasons still believed when they would leave a page without any article: a
// "modal" or hidden wrapper can hold a whole article a script shows, a consent wall or a
// comment thread cannot.
bool IsStrongestReason(const char* reason) {
  for (const char* r : {"cookie", "comments", "newsletter"}) {
    if (std::strcmp(reason, r) == 0) return true;
  }
  return false;
}

// How far the hints are believed; each level is tried only when the one before leaves no
// article text, as when a paywall or "share" wrapper holds the whole article.
enum class HintLevel { kAll, kStrong, kStrongest };

// Words, or for scripts written without spaces (Chinese, Japanese, Thai) a word-equivalent
// of two characters.
size_t WordEquivalents(std::string_view s) {
  size_t words = CountWords(s);
  size_t chars = 0;
  for (char c : s) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return std::max(words, words * 8 < chars ? chars / 2 : 0);
}

// How much a block says "this element holds the article", ignoring hints.
double RawValue(const HtmlBlocks& doc, const HtmlBlock& b) {
  double len = static_cast<double>(b.text.size());
  double ld = LinkDensity(b);
  if (ld > 0.5) return -len * ld;
  if (IsHeadingTag(b.tag)) return 0;
  size_t words = WordEquivalents(b.text);
  if (words >= 12 || (words >= 6 && std::strchr(".!?\"”", b.text.back()) != nullptr)) {
    double v = len * (1 - ld);
    return b.element >= 0 && doc.elements[b.element].positive ? v * 1.1 : v;
  }
  // A short paragraph without links is article text written in short lines (a schedule,
  // a list of results), not navigation: weak evidence for, not against.
  if (b.tag == GUMBO_TAG_P && ld == 0 && words >= 3) return len * 0.5;
  return -std::min(len, 40.0) * 0.25;
}

// Short lines that are boilerplate on news sites whatever the markup.
const char* PhraseReason(const std::string& text) {
  if (text.size() > 60) return nullptr;
  std::string t = AsciiLower(text);
  while (!t.empty() && (t.back() == ':' || t.back() == '.' || t.back() == ' ')) t.pop_back();
  static const char* const kAd[] = {"advertisement",
                                    "advertisements",
                                    "iklan",
                                    "sponsored",
                                    "scroll to continue with content",
                                    "ad",
                                    "story continues below advertisement",
                                    "continue reading below",
                                    "article continues below"};
  for (const char* p : kAd) {
    if (t == p) return "ad";
  }
  // A paywall prompt: "Subscribe to The Star Plus to continue reading."
  static const char* const kSubscribe[] = {"subscribe", "berlangganan", "langganan"};
  static const char* const kToRead[] = {"to continue reading", "to read more",
                                        "untuk melanjutkan membaca", "untuk membaca selengkapnya"};
  for (const char* p : kSubscribe) {
    if (t.rfind(p, 0) != 0) continue;
    for (const char* r : kToRead) {
      size_t n = std::strlen(r);
      if (t.size() > n && t.compare(t.size() - n, n, r) == 0) return "ad";
    }
  }
  static const char* const kRelatedPrefix[] = {"baca juga", "read more",  "read also", "see also",
                                               "related:",  "simak juga", "lihat juga"};
  for (const char* p : kRelatedPrefix) {
    if (t.rfind(p, 0) == 0) return "related";
  }
  static const char* const kShare[] = {"share",   "share this", "share this article",
                                       "bagikan", "tweet",      "email",
                                       "print",   "comments",   "komentar"};
  for (const char* p : kShare) {
    if (t == p) return "share";
  }
  return nullptr;
}

// Markup a broken template escaped into text (a tracking pixel shown as
// "<img height="1" ... src="...">" at the top of the body). Angle-bracketed titles
// ("<The Palace>") are not markup: a tag name, a space and an attribute are required.
bool IsLeakedMarkup(std::string_view text) {
  static const char* const kTags[] = {"<img ",   "<iframe ", "<a ",     "<div ",
                                      "<span ",  "<script ", "<link ",  "<meta ",
                                      "<input ", "<embed ",  "<object "};
  if (text.size() < 8 || text.front() != '<' || text.back() != '>') return false;
  for (const char* t : kTags) {
    if (text.rfind(t, 0) == 0) return text.find('=') != std::string_view::npos;
  }
  return false;
}

// The heading of a key-points box above an article: "Ringkasan", "Poin Penting", "Intinya",
// "Key points", "Highlights", with or without a colon.
bool IsKeyPointsHeading(std::string_view text) {
  if (text.size() > 24) return false;
  std::string t = AsciiLower(text);
  while (!t.empty() && (t.back() == ':' || t.back() == ' ')) t.pop_back();
  for (const char* h :
       {"ringkasan", "ringkasan berita", "rangkuman", "poin penting", "poin utama", "intinya",
        "key points", "key takeaways", "highlights", "summary", "in brief"}) {
    if (t == h) return true;
  }
  return false;
}

bool IsPlayer(const GumboNode* n) {
  if (n->type != GUMBO_NODE_ELEMENT) return false;
  GumboTag t = n->v.element.tag;
  return t == GUMBO_TAG_IFRAME || t == GUMBO_TAG_VIDEO || t == GUMBO_TAG_EMBED ||
         t == GUMBO_TAG_OBJECT;
}

// True when an element child of `n` is a player (iframe, video, embed, object).
bool HoldsPlayer(const GumboNode* n) {
  if (n->type != GUMBO_NODE_ELEMENT) return false;
  const GumboVector& kids = n->v.element.children;
  for (size_t k = 0; k < kids.length; ++k) {
    if (IsPlayer(static_cast<const GumboNode*>(kids.data[k]))) return true;
  }
  return false;
}

// The next element sibling of `n`, or null.
const GumboNode* NextElementSibling(const GumboNode* n) {
  if (n->parent == nullptr || n->parent->type != GUMBO_NODE_ELEMENT) return nullptr;
  const GumboVector& kids = n->parent->v.element.children;
  for (size_t k = n->index_within_parent + 1; k < kids.length; ++k) {
    const GumboNode* c = static_cast<const GumboNode*>(kids.data[k]);
    if (c->type == GUMBO_NODE_ELEMENT) return c;
  }
  return nullptr;
}

class Classifier {
 public:
  Classifier(const HtmlBlocks& doc, const std::string& title)
      : doc_(doc), lower_title_(AsciiLower(title)) {}

  std::vector<BlockDecision> Run() {
    ScoreRaw();
    FindTeaserCards();
    std::vector<BlockDecision> out;
    for (HintLevel level : {HintLevel::kAll, HintLevel::kStrong, HintLevel::kStrongest}) {
      out = RunAt(level);
      for (const BlockDecision& d : out) {
        if (d.role == BlockRole::kBody) return out;
      }
    }
    return out;
  }

 private:
  std::vector<BlockDecision> RunAt(HintLevel level) {
    BelieveHints(/*weak=*/false, -1, level == HintLevel::kStrongest);
    ScoreWithHints();
    root_ = ChooseRoot();
    if (level == HintLevel::kAll) {
      BelieveHints(/*weak=*/true, root_);
      ScoreWithHints();
      root_ = ChooseRoot();
    }
    FindContinuations();
    std::vector<BlockDecision> out(doc_.blocks.size());
    for (size_t i = 0; i < doc_.blocks.size(); ++i) out[i] = Decide(static_cast<int>(i));
    KeepLeadCaption(&out);
    KeepGalleryCaptions(&out);
    return out;
  }

  // True when the block's element comes right after an <img> (its previous
  // element sibling) or opens with one (its first element child): the text printed under a
  // photo, whatever its class says.
  bool UnderImage(const HtmlBlock& b) const {
    if (b.element < 0) return false;
    const GumboNode* n = doc_.elements[b.element].node;
    auto is_image = [](const GumboNode* k) {
      return k->type == GUMBO_NODE_ELEMENT && k->v.element.tag == GUMBO_TAG_IMG;
    };
    auto first_element = [](const GumboVector& kids, size_t end) -> const GumboNode* {
      for (size_t k = end; k-- > 0;) {  // the last element before `end`
        const GumboNode* c = static_cast<const GumboNode*>(kids.data[k]);
        if (c->type == GUMBO_NODE_ELEMENT) return c;
      }
      return nullptr;
    };
    if (n->parent != nullptr && n->parent->type == GUMBO_NODE_ELEMENT) {
      const GumboNode* before =
          first_element(n->parent->v.element.children, n->index_within_parent);
      if (before != nullptr && is_image(before)) return true;
    }
    const GumboVector& kids = n->v.element.children;
    for (size_t k = 0; k < kids.length; ++k) {
      const GumboNode* c = static_cast<const GumboNode*>(kids.data[k]);
      if (c->type == GUMBO_NODE_ELEMENT) return is_image(c);
      if (c->type == GUMBO_NODE_TEXT) return false;
    }
    return false;
  }

  // "Penulis Kontributor Manggarai Barat, Name", "Editor Name": a credit box whose label and
  // name sit in two elements with no colon between (the block reads them as one line). Its
  // first word is an author's or an editor's label and the block is short.
  static bool IsLabelledCreditBox(std::string_view text) {
    constexpr size_t kMaxWords = 10;
    size_t space = text.find(' ');
    if (space == std::string_view::npos || CountWords(text) > kMaxWords) return false;
    extract::CreditRole role = extract::CreditLabelRole(text.substr(0, space));
    return role == extract::CreditRole::kAuthor || role == extract::CreditRole::kEditor;
  }

  // The lead photo and its caption sit between the headline and the article text, often
  // outside the element that holds the text. Walking up from the root's first block over
  // share bars, ad slots, bylines, meta lines and the headline, caption-named blocks that read like
  // a caption (six words or more, not a credit line such as "Penulis: ... | Editor: ...") are the
  // article's.
  void KeepLeadCaption(std::vector<BlockDecision>* out) const {
    if (root_ < 0) return;
    constexpr int kReach = 6;  // blocks looked at above the root
    int first = doc_.elements[root_].first_block;
    for (int c : continuations_) first = std::min(first, doc_.elements[c].first_block);
    int low = first - kReach;
    for (int i = first - 1; i >= 0 && i >= low; --i) {
      BlockDecision& d = (*out)[i];
      if (d.role != BlockRole::kRemoved) break;
      // A key-points box ("Ringkasan" and its bullets) between the photo and the text.
      if (int box = KeyPointsBoxAt(i, first); box >= 0) {
        low -= i - doc_.elements[box].first_block;
        i = doc_.elements[box].first_block;
        continue;
      }
      // Share bars, ad slots, the meta line and the headline itself (themes that print the
      // photo above the headline) lie between the caption and the text.
      const HtmlBlock& b = doc_.blocks[i];
      bool heading = b.tag == GUMBO_TAG_H1 || b.tag == GUMBO_TAG_H2 || b.tag == GUMBO_TAG_H3;
      if (std::strcmp(d.reason, "share") == 0 || std::strcmp(d.reason, "ad") == 0 ||
          std::strcmp(d.reason, "metadata") == 0 || std::strcmp(d.reason, "title") == 0 ||
          b.tag == GUMBO_TAG_H1) {
        continue;
      }
      const std::string& text = b.text;
      extract::Credits credits;
      bool caption = std::strcmp(d.reason, "caption") == 0 ||
                     (std::strcmp(d.reason, "outside-article") == 0 && UnderImage(doc_.blocks[i]));
      // A byline between the photo and the text ("Oleh Name"), or a byline with its date
      // beside an author's photo ("Oleh: Name Sabtu, 15 Maret 2025 | 19:05 WIB").
      extract::DateFound date;
      if ((!caption && extract::ParseCreditLine(text, &credits)) ||
          (text.size() <= 160 && extract::ParsePublicationLine(text, {}, &date))) {
        continue;
      }
      // Its class may name it a caption ("read__credit").
      if (IsLabelledCreditBox(text)) continue;
      // A byline or meta line the classifier cannot read (a name alone, "Madrid - 12 jun 2025
      // - 10:32 CEST", "Actualizado: ...", "Ir a los comentarios"): a short block, or a date
      // line in another language's form.
      constexpr double kMaxShortBlock = 4, kMaxDateLine = 12;
      if (!caption && !heading &&
          (WordEquivalents(text) <= kMaxShortBlock ||
           (WordEquivalents(text) <= kMaxDateLine && MayHoldHtmlDate(text) &&
            !ParseHtmlDate(text).empty()))) {
        continue;
      }
      if (!caption || heading || WordEquivalents(text) < 6 || PhraseReason(text) != nullptr ||
          extract::ParseCreditLine(text, &credits)) {
        break;
      }
      d.role = BlockRole::kCaption;
      d.reason = "";
    }
  }

  // The element holding block i, above block `end`, that is a key-points box: a few blocks
  // under a key-points heading ("Ringkasan", "Poin penting", "Key points"). -1 when there is
  // none. (A bare "Ringkasan" is no boilerplate phrase: on the text path a summary heading
  // takes the short lines after it, and only markup bounds the box.)
  int KeyPointsBoxAt(int i, int end) const {
    constexpr int kMaxBoxBlocks = 8;
    for (int e = doc_.blocks[i].element; e >= 0; e = doc_.elements[e].parent) {
      const HtmlElement& box = doc_.elements[e];
      if (box.end_block > end || box.end_block - box.first_block > kMaxBoxBlocks) break;
      if (IsKeyPointsHeading(doc_.blocks[box.first_block].text)) return e;
    }
    return -1;
  }

  // A photo story's pictures follow its short text, outside the element that holds it: the
  // caption-named blocks right after the root's last block that read like captions (six words
  // or more), with share bars, ad slots and short counters ("1 / 3") between them, are the
  // article's.
  void KeepGalleryCaptions(std::vector<BlockDecision>* out) const {
    if (root_ < 0) return;
    constexpr int kReach = 12;  // blocks looked at after the root
    constexpr int kCounterWords = 3;
    int end = doc_.elements[root_].end_block;
    for (int c : continuations_) end = std::max(end, doc_.elements[c].end_block);
    int last = std::min<int>(static_cast<int>(out->size()), end + kReach);
    for (int i = end; i < last; ++i) {
      BlockDecision& d = (*out)[i];
      if (d.role != BlockRole::kRemoved) break;
      const HtmlBlock& b = doc_.blocks[i];
      if (std::strcmp(d.reason, "caption") != 0) {
        bool between = std::strcmp(d.reason, "share") == 0 || std::strcmp(d.reason, "ad") == 0 ||
                       WordEquivalents(b.text) <= kCounterWords;
        if (!between) break;
        continue;
      }
      if (WordEquivalents(b.text) < 6 || PhraseReason(b.text) != nullptr) break;
      d.role = BlockRole::kCaption;
      d.reason = "";
    }
  }

  // A teaser card: a short element holding a linked title and a description. Four or more
  // siblings of one tag and class that are all cards are a list of other stories ("more
  // from", a rail of summaries), whatever the list is called.
  bool IsCard(const HtmlElement& e) const {
    if (e.tag == GUMBO_TAG_P || e.end_block - e.first_block < 2 || Length(e) > 600) return false;
    bool title = false, description = false;
    for (int b = e.first_block; b < e.end_block; ++b) {
      const HtmlBlock& k = doc_.blocks[b];
      if (LinkDensity(k) > 0.5 && k.text.size() >= 15) {  // a headline, not a footnote mark
        title = true;
      } else if (k.text.size() >= 30) {
        description = true;
      }
    }
    return title && description;
  }

  void FindTeaserCards() {
    teaser_.assign(doc_.elements.size(), false);
    std::map<std::pair<int, std::string>, std::vector<int>> groups;  // (parent, tag.class)
    for (size_t i = 0; i < doc_.elements.size(); ++i) {
      const HtmlElement& e = doc_.elements[i];
      if (e.parent < 0 || !IsCard(e)) continue;
      std::string key = std::to_string(e.tag) + "." + std::string(Attr(e.node, "class"));
      groups[{e.parent, key}].push_back(static_cast<int>(i));
    }
    for (const auto& [key, members] : groups) {
      if (members.size() < 4) continue;
      for (int m : members) teaser_[m] = true;
    }
  }

  bool InTeaser(int element, int root) const {
    for (int e = element; e >= 0 && e > root; e = doc_.elements[e].parent) {
      if (teaser_[e]) return true;
    }
    return false;
  }

  void ScoreRaw() {
    size_t n = doc_.blocks.size();
    raw_.resize(n);
    good_prefix_.assign(n + 1, 0);
    length_prefix_.assign(n + 1, 0);
    for (size_t i = 0; i < n; ++i) {
      raw_[i] = RawValue(doc_, doc_.blocks[i]);
      good_prefix_[i + 1] = good_prefix_[i] + std::max(raw_[i], 0.0);
      length_prefix_[i + 1] = length_prefix_[i] + static_cast<double>(doc_.blocks[i].text.size());
    }
  }

  double Length(const HtmlElement& e) const {
    return length_prefix_[e.end_block] - length_prefix_[e.first_block];
  }

  double Good(const HtmlElement& e) const {
    return good_prefix_[e.end_block] - good_prefix_[e.first_block];
  }

  // effective_[e]: the nearest element at or above e (among those with a reason) whose
  // reason is believed; -1 if none. Parents come before children, so one pass suffices.
  // Strong reasons are believed (only the strongest with `strongest_only`). Weak ones (ad,
  // navigation, share, ...: names that layout wrappers also carry) only with `weak`, and not
  // for an element that wraps `prose_root` (the content root found without them) or most of
  // the page's prose.
  void BelieveHints(bool weak, int prose_root = -1, bool strongest_only = false) {
    double total = good_prefix_.back();
    effective_.assign(doc_.elements.size(), -1);
    for (size_t i = 0; i < doc_.elements.size(); ++i) {
      const HtmlElement& e = doc_.elements[i];
      if (e.reason == nullptr) continue;
      bool wraps_root = prose_root >= static_cast<int>(i) && prose_root < e.end_element;
      bool mostly_prose = false;  // measured: believing names over prose shares costs less
      bool strong = strongest_only ? IsStrongestReason(e.reason) : IsStrongReason(e.reason);
      bool believed = strong || (weak && !wraps_root && !mostly_prose &&
                                 (Good(e) < 0.5 * total || Good(e) < 200));
      effective_[i] = believed ? static_cast<int>(i)
                               : (e.reason_parent >= 0 ? effective_[e.reason_parent] : -1);
    }
  }

  int BlockReasonElement(const HtmlBlock& b) const {
    return b.reason_element >= 0 ? effective_[b.reason_element] : -1;
  }

  void ScoreWithHints() {
    size_t n = doc_.blocks.size();
    prefix_.assign(n + 1, 0);
    for (size_t i = 0; i < n; ++i) {
      const HtmlBlock& b = doc_.blocks[i];
      double v = BlockReasonElement(b) >= 0 ? -static_cast<double>(b.text.size()) : raw_[i];
      prefix_[i + 1] = prefix_[i] + v;
    }
  }

  bool UnderBelievedReason(size_t element) const {
    // The nearest reason element at or above `element` that is believed.
    const HtmlElement& e = doc_.elements[element];
    int r = e.reason != nullptr ? static_cast<int>(element) : e.reason_parent;
    return r >= 0 && effective_[r] >= 0;
  }

  int ChooseRoot() const {
    int best = -1;
    double best_score = 0;
    for (size_t i = 0; i < doc_.elements.size(); ++i) {
      const HtmlElement& e = doc_.elements[i];
      if (UnderBelievedReason(i)) continue;
      double score = prefix_[e.end_block] - prefix_[e.first_block];
      if (e.positive) score *= 1.05;
      // >=: a later element with the same score is a descendant (or a later sibling); the
      // innermost element holding the article is the tightest root.
      if (score >= best_score && score > 0) {
        best_score = score;
        best = static_cast<int>(i);
      }
    }
    return best;
  }

  // True when the block's element has the same tag as `root` and its class names include all
  // of the root's, or the other way round ("field text" and "field text paywall-content").
  bool SameKind(const HtmlElement& e, const HtmlElement& root) const {
    if (e.tag != root.tag) return false;
    std::vector<std::string_view> a = ClassNames(e), b = ClassNames(root);
    if (a.empty() || b.empty()) return false;
    auto includes = [](const std::vector<std::string_view>& big,
                       const std::vector<std::string_view>& small) {
      return std::all_of(small.begin(), small.end(), [&](std::string_view c) {
        return std::find(big.begin(), big.end(), c) != big.end();
      });
    };
    return includes(a, b) || includes(b, a);
  }

  static std::vector<std::string_view> ClassNames(const HtmlElement& e) {
    std::vector<std::string_view> names;
    std::string_view all = Attr(e.node, "class");
    size_t i = 0;
    while (i < all.size()) {
      size_t j = all.find(' ', i);
      if (j == std::string_view::npos) j = all.size();
      if (j > i) names.push_back(all.substr(i, j - i));
      i = j + 1;
    }
    return names;
  }

  // True when a heading outside any believed boilerplate box is among e's blocks.
  bool HoldsHeading(const HtmlElement& e) const {
    for (int b = e.first_block; b < e.end_block; ++b) {
      const HtmlBlock& k = doc_.blocks[b];
      if (IsHeadingTag(k.tag) && BlockReasonElement(k) < 0) return true;
    }
    return false;
  }

  // The article text may be split over sibling elements of one kind by a box between them (a
  // newsletter sign-up, a paywall banner, an ad): "div.text" twice around "div.paywall". The
  // root's siblings of the same kind (SameKind), reached over at least one sibling under a
  // believed boilerplate name (and any without text), are article text too when they score
  // for it. Any other sibling ends the search, as does one holding a heading (an endless
  // page's next article); a same-kind sibling right next to the root is a separate block
  // (a forum or magazine promo after the story).
  void FindContinuations() {
    continuations_.clear();
    if (root_ < 0 || doc_.elements[root_].parent < 0) return;
    const HtmlElement& root = doc_.elements[root_];
    const HtmlElement& parent = doc_.elements[root.parent];
    std::vector<int> siblings;
    for (int s = root.parent + 1; s < parent.end_element; s = doc_.elements[s].end_element) {
      siblings.push_back(s);
    }
    int at =
        static_cast<int>(std::find(siblings.begin(), siblings.end(), root_) - siblings.begin());
    for (int step : {-1, 1}) {
      bool crossed_box = false;
      for (int k = at + step; k >= 0 && k < static_cast<int>(siblings.size()); k += step) {
        const HtmlElement& e = doc_.elements[siblings[k]];
        if (e.first_block == e.end_block) continue;
        if (UnderBelievedReason(siblings[k])) {
          crossed_box = true;
          continue;
        }
        if (!crossed_box || !SameKind(e, root) || HoldsHeading(e) ||
            prefix_[e.end_block] - prefix_[e.first_block] <= 0) {
          break;
        }
        continuations_.push_back(siblings[k]);
      }
    }
  }

  // The content element holding block i (the root or a continuation), or -1.
  int ContentRootOf(int i) const {
    if (root_ < 0) return -1;
    auto holds = [&](int e) {
      return i >= doc_.elements[e].first_block && i < doc_.elements[e].end_block;
    };
    if (holds(root_)) return root_;
    for (int c : continuations_) {
      if (holds(c)) return c;
    }
    return -1;
  }

  BlockDecision Decide(int i) const {
    const HtmlBlock& b = doc_.blocks[i];
    BlockDecision d;
    int reason_el = BlockReasonElement(b);
    int root = ContentRootOf(i);
    if (root < 0) {
      bool is_title = !lower_title_.empty() && AsciiLower(b.text) == lower_title_;
      d.reason = is_title         ? "title"
                 : reason_el >= 0 ? doc_.elements[reason_el].reason
                                  : "outside-article";
      return d;
    }
    // Reasons from elements inside the root count; the root's ancestors describe the page.
    if (reason_el > root) {
      const char* reason = doc_.elements[reason_el].reason;
      if (std::strcmp(reason, "caption") == 0) {
        // A caption-named wrapper may hold the "SCROLL TO CONTINUE" line of an ad slot.
        if (const char* phrase = PhraseReason(b.text)) {
          d.reason = phrase;
          return d;
        }
        d.role = BlockRole::kCaption;
      } else {
        d.reason = reason;
      }
      return d;
    }
    if (IsLeakedMarkup(b.text)) {
      d.reason = "markup";
      return d;
    }
    if (InTeaser(b.element, root)) {
      d.reason = "related";
      return d;
    }
    if (const char* phrase = PhraseReason(b.text)) {
      d.reason = phrase;
      return d;
    }
    if (b.tag == GUMBO_TAG_H1 || (!lower_title_.empty() && AsciiLower(b.text) == lower_title_)) {
      d.reason = "title";
      return d;
    }
    if (LinkDensity(b) > 0.6 && WordEquivalents(b.text) < 40) {
      d.reason = "links";
      return d;
    }
    if (IsEmbedLabel(b)) {
      d.reason = "embed";
      return d;
    }
    d.role = IsHeadingTag(b.tag) ? BlockRole::kHeading : BlockRole::kBody;
    return d;
  }

  // The title, note or lead-in of an embedded player or chart inside the article text: a
  // short block that is the only text of a box holding an iframe or video ("Video: Banjir
  // Rendam ...", "Saksikan live streaming ... di sini", a chart's "... Sumber: BPS"), or a short
  // line ending with a colon right before such a player ("Jangan Sampai Ketinggalan Video
  // Pilihan Redaksi ini:").
  bool IsEmbedLabel(const HtmlBlock& b) const {
    constexpr size_t kMaxNoteWords = 20, kMaxLeadInWords = 12;
    if (b.element < 0) return false;
    // The markup first: counting a paragraph's words costs more than looking at its element.
    const HtmlElement& e = doc_.elements[b.element];
    bool note = false;
    if (e.parent >= 0) {
      const HtmlElement& box = doc_.elements[e.parent];
      note = box.end_block - box.first_block == 1 && HoldsPlayer(box.node);
    }
    if (note) return WordEquivalents(b.text) <= kMaxNoteWords;
    if (b.text.back() != ':') return false;
    const GumboNode* next = NextElementSibling(e.node);
    return next != nullptr && (IsPlayer(next) || HoldsPlayer(next)) &&
           WordEquivalents(b.text) <= kMaxLeadInWords;
  }

  const HtmlBlocks& doc_;
  std::string lower_title_;
  std::vector<double> raw_, good_prefix_, length_prefix_, prefix_;
  std::vector<int> effective_;
  std::vector<bool> teaser_;  // per element: one card of a list of other stories
  int root_ = -1;
  std::vector<int> continuations_;  // siblings of the root holding more of the article
};

}  // namespace

std::vector<BlockDecision> ClassifyBlocks(const HtmlBlocks& doc, const std::string& title) {
  return Classifier(doc, title).Run();
}

}  // namespace kabar
