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
// sentence opening with "The", few enough to keep the trie small.
constexpr size_t kMaxOpening = 16;

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
  struct Opening {
    enum Kind { kClosed, kOpen, kPath } kind;  // kPath: the run then a non-ASCII character
    std::string run;                           // lowered letters and spaces
  };

  // Lists the openings of `root`; false when one of them is the empty open run (any line).
  bool Walk(const RegexNode& root) {
    pending_.push_back(Item{&root, root.min, root.max});
    Next();
    return !any_line_;
  }

  const std::vector<Opening>& openings() const { return openings_; }
  const std::bitset<128>& first() const { return first_; }

 private:
  // What is still to match: a node (a kRepeat with its remaining bounds), or null for "a
  // repeated part ran once: anything may follow" (an open opening).
  struct Item {
    const RegexNode* node;
    int min, max;
  };

  void Closed() { openings_.push_back(Opening{Opening::kClosed, run_}); }
  void Open() {
    openings_.push_back(Opening{Opening::kOpen, run_});
    any_line_ = any_line_ || run_.empty();
  }

  // Goes on with the item on top of the stack (the stack is as it was when it returns).
  void Next() {
    if (run_.size() >= kMaxOpening) return Open();
    if (pending_.empty()) return Closed();  // the pattern ends: so must the line
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
    if (other.any()) {  // the line's run ends here, with a byte of `other`
      if (run_.empty()) {
        first_ |= other;
      } else {
        Closed();
      }
    }
    // A non-ASCII character ends the run too: MayMatch answers true when it reaches one, so
    // the trie needs only the run's path.
    if (n.non_ascii && !run_.empty()) openings_.push_back(Opening{Opening::kPath, run_});
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
  std::bitset<128> first_;         // bytes outside the run a match can open with
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
  for (const Walker::Opening& o : walker.openings()) {
    uint16_t node = 0;
    for (char c : o.run) node = ChildFor(node, c);
    if (o.kind == Walker::Opening::kOpen) nodes_[node].open = true;
    if (o.kind == Walker::Opening::kClosed) nodes_[node].closed = true;
  }
  first_ |= walker.first();
  return true;
}

bool PhraseIndex::MayMatch(std::string_view line) const {
  if (everything_ || line.empty()) return true;
  uint16_t node = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    const Node& at = nodes_[node];
    if (at.open) return true;
    unsigned char c = static_cast<unsigned char>(line[i]);
    if (c >= 0x80) return true;  // maybe a letter's case variant (KELVIN SIGN, LONG S)
    if (c >= 'A' && c <= 'Z') c |= 0x20;
    int slot = RunSlot(c);
    if (slot < 0) return node == 0 ? first_[c] : at.closed;  // the run ends with byte c
    node = at.child[slot];
    if (node == 0) return false;
  }
  return nodes_[node].open || nodes_[node].closed;  // the run is the whole line
}

}  // namespace kabar::extract
