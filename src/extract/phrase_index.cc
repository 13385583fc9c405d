// PhraseIndex: the openings of each pattern are found by walking its tree depth-first with a
// stack of what is still to match, one branch per alternative and per optional part, adding
// the run's bytes while the pattern can only go on with one letter or a space, and stopping at
// the first byte outside the run (a closed opening), at a choice of several run bytes or a
// repeated part (an open one), or at kMaxOpening bytes (open).
#include "extract/phrase_index.h"

#include <cstddef>

#include "extract/regex_tree.h"

namespace kabar::extract {
namespace {

// Openings are cut to this many bytes (and left open): enough to tell "the writer is" from a
// sentence opening with "The", few enough to keep the trie small (and each run a short string).
constexpr size_t kMaxOpening = 15;

// The trie's slot for a run byte (lowered letter or space), -1 for any other byte.
int RunSlot(unsigned char c) {
  if (c >= 'a' && c <= 'z') return c - 'a';
  return c == ' ' ? 26 : -1;
}

const std::bitset<128>& RunBytes() {
  static const std::bitset<128> set = [] {
    std::bitset<128> s;
    for (int c = 'a'; c <= 'z'; ++c) s.set(c);
    s.set(' ');
    return s;
  }();
  return set;
}

}  // namespace

// Walks one pattern's tree, listing its openings.
class PhraseIndex::Walker {
 public:
  // A run the pattern can open with and one thing that may follow it.
  struct Opening {
    std::string run;         // lowered letters and spaces
    bool open = false;       // anything may follow
    bool end = false;        // the line may end
    bool non_ascii = false;  // a non-ASCII character may follow
    std::bitset<128> ascii;  // these ASCII bytes (not run bytes) may follow
  };

  // Lists the openings of `root`; false when one of them is the empty open run (any line).
  bool Walk(const RegexNode& root) {
    pending_.push_back(Item{&root, root.min, root.max});
    Next();
    return !any_line_;
  }

  const std::vector<Opening>& openings() const { return openings_; }

 private:
  // What is still to match: a node (a kRepeat with its remaining bounds), or null for "a
  // repeated part ran once: anything may follow" (an open opening).
  struct Item {
    const RegexNode* node;
    int min, max;
  };

  void Add(Opening o) {
    o.run = run_;
    openings_.push_back(std::move(o));
  }
  void Ends() { Add(Opening{.end = true}); }
  void Open() {
    Add(Opening{.open = true});
    any_line_ = any_line_ || run_.empty();
  }

  // Goes on with the item on top of the stack (the stack is as it was when it returns).
  void Next() {
    if (run_.size() >= kMaxOpening) return Open();
    if (pending_.empty()) return Ends();  // the pattern ends: so must the line
    Item item = pending_.back();
    pending_.pop_back();
    if (item.node == nullptr) {
      Open();
    } else {
      Take(item);
    }
    pending_.push_back(item);
  }

  void Take(const Item& item) {
    const RegexNode& n = *item.node;
    switch (n.kind) {
      case RegexNode::Kind::kEmpty:
        return Next();
      case RegexNode::Kind::kSequence:
        return Then(n.children.rbegin(), n.children.rend());
      case RegexNode::Kind::kAlternation:
        for (const RegexNode& child : n.children) Then(&child);
        return;
      case RegexNode::Kind::kChar:
        return Char(n);
      case RegexNode::Kind::kRepeat:
        return Repeat(item);
    }
  }

  // Pushes the nodes (last first), goes on, pops them.
  template <typename It>
  void Then(It last, It end) {
    size_t depth = pending_.size();
    for (It it = last; it != end; ++it) pending_.push_back(Item{&*it, it->min, it->max});
    Next();
    pending_.resize(depth);
  }
  void Then(const RegexNode* n) { Then(n, n + 1); }

  void Char(const RegexNode& n) {
    const std::bitset<128> run = n.ascii & RunBytes();
    const std::bitset<128> other = n.ascii & ~RunBytes();
    if (other.any()) Add(Opening{.ascii = other});  // the run ends with one of these bytes
    if (n.non_ascii) Add(Opening{.non_ascii = true});
    if (run.none()) return;
    size_t c = run._Find_first();
    if (run._Find_next(c) < run.size()) return Open();  // several: any may follow
    run_.push_back(static_cast<char>(c));
    Next();
    run_.pop_back();
  }

  // x{min,max}: the min copies one by one, then either nothing more or one more copy; after a
  // copy that may be followed by more (max above 1), anything may follow.
  void Repeat(const Item& item) {
    const RegexNode* child = &item.node->children[0];
    const int max = item.max;
    size_t depth = pending_.size();
    if (item.min > 0) {
      pending_.push_back(
          Item{item.node, item.min - 1, max == RegexNode::kUnbounded ? max : max - 1});
      pending_.push_back(Item{child, child->min, child->max});
      Next();
      pending_.resize(depth);
      return;
    }
    Next();  // no more copies
    if (max == 0) return;
    if (max != 1) pending_.push_back(Item{nullptr, 0, 0});
    pending_.push_back(Item{child, child->min, child->max});
    Next();
    pending_.resize(depth);
  }

  std::vector<Item> pending_;
  std::string run_;                // the run so far
  std::vector<Opening> openings_;  // found so far
  bool any_line_ = false;          // an open empty run: the pattern may open with anything
};

PhraseIndex::PhraseIndex() : nodes_(1) {}

uint16_t PhraseIndex::ChildFor(uint16_t node, char c) {
  int slot = RunSlot(static_cast<unsigned char>(c));
  uint16_t child = nodes_[node].child[slot];
  if (child != 0) return child;
  if (nodes_.size() >= 0xFFFF) {  // never with the phrase lists: a full trie answers true
    everything_ = true;
    return node;
  }
  child = static_cast<uint16_t>(nodes_.size());
  nodes_.emplace_back();
  nodes_[node].child[slot] = child;
  return child;
}

bool PhraseIndex::Add(std::string_view regex) {
  std::optional<RegexNode> tree = ParseRegexTree(regex);
  Walker walker;
  if (!tree || !walker.Walk(*tree)) return false;
  // The walk lists openings depth-first: each shares most of its run with the one before, so
  // the path down the trie is kept and only its new part is walked.
  std::string_view last;
  std::vector<uint16_t> path = {0};  // path[k]: the node of the run's first k bytes
  for (const Walker::Opening& o : walker.openings()) {
    size_t same = 0;
    while (same < last.size() && same < o.run.size() && last[same] == o.run[same]) ++same;
    path.resize(same + 1);
    for (size_t k = same; k < o.run.size(); ++k) path.push_back(ChildFor(path.back(), o.run[k]));
    last = o.run;
    Node& node = nodes_[path.back()];
    node.open = node.open || o.open;
    node.end = node.end || o.end;
    node.non_ascii = node.non_ascii || o.non_ascii;
    node.ascii |= o.ascii;
  }
  return true;
}

bool PhraseIndex::MayMatch(std::string_view line) const {
  if (everything_ || line.empty()) return true;
  uint16_t node = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    const Node& at = nodes_[node];
    if (at.open) return true;
    unsigned char c = static_cast<unsigned char>(line[i]);
    if (c >= 0x80) {  // KELVIN SIGN and LONG S are walked as 'k' and 's'
      std::string_view rest = line.substr(i);
      if (rest.starts_with("\xE2\x84\xAA")) {
        c = 'k';
        i += 2;
      } else if (rest.starts_with("\xC5\xBF")) {
        c = 's';
        i += 1;
      } else {
        return at.non_ascii;
      }
    }
    if (c >= 'A' && c <= 'Z') c |= 0x20;
    int slot = RunSlot(c);
    if (slot < 0) return at.ascii[c];  // the run ends with byte c
    node = at.child[slot];
    if (node == 0) return false;
  }
  return nodes_[node].open || nodes_[node].end;  // the run is the whole line
}

}  // namespace kabar::extract
