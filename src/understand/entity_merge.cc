// MergeEntities: joins an article's mentions into entities.
//
// 1. Each mention gets a group: the canonical name the alias table gives its spelling, else
//    its EntityKey ("Kim Jong-un" and "Kim Jong Un" share "kim jong un").
// 2. A mention the alias table does not know whose key words appear, in order, inside a longer
//    person name of the article ("Kim" in "Kim Jong Un", "Putin" in "Vladimir Putin") joins that
//    person: the nearest such name before it, else the nearest after it (a headline may use
//    the short form before the body gives the full name).
// 3. Each group becomes one entity: the alias table's name and type when known, else its
//    longest spelling and its most frequent NER type.
#include <algorithm>
#include <map>
#include <unordered_map>

#include "kabar/understand.h"
#include "understand/analysis.h"

namespace kabar::understand {
namespace {

struct Ref {
  Mention* mention;
  std::string spelling;
  std::vector<std::string> words;  // the key split on spaces
  const AliasEntry* alias = nullptr;
  std::string group;
  size_t seq = 0;
};

std::vector<std::string> SplitKey(const std::string& key) {
  std::vector<std::string> words;
  size_t start = 0;
  while (start <= key.size()) {
    size_t sp = key.find(' ', start);
    if (sp == std::string::npos) sp = key.size();
    if (sp > start) words.push_back(key.substr(start, sp - start));
    start = sp + 1;
  }
  return words;
}

// True when `part` occurs as a contiguous run of words inside the longer `whole`.
bool ContainsWords(const std::vector<std::string>& whole, const std::vector<std::string>& part) {
  if (part.empty() || part.size() >= whole.size()) return false;
  for (size_t i = 0; i + part.size() <= whole.size(); ++i) {
    if (std::equal(part.begin(), part.end(), whole.begin() + i)) return true;
  }
  return false;
}

bool IsPerson(const Ref& r) {
  return r.alias ? r.alias->type == "PER" : r.mention->type == TypeIndex("PER");
}

// Step 2: short mentions join the person name they shorten.
void JoinShortMentions(std::vector<Ref>* refs) {
  std::vector<const Ref*> persons;
  for (const Ref& r : *refs) {
    if (IsPerson(r) && r.words.size() >= 2) persons.push_back(&r);
  }
  if (persons.empty()) return;
  for (Ref& r : *refs) {
    if (r.alias != nullptr || r.words.size() > 2) continue;
    const Ref* before = nullptr;
    const Ref* after = nullptr;
    for (const Ref* p : persons) {
      if (p->group == r.group || !ContainsWords(p->words, r.words)) continue;
      if (p->seq < r.seq) before = p;
      if (p->seq > r.seq && after == nullptr) after = p;
    }
    const Ref* target = before ? before : after;
    if (target) r.group = target->group;
  }
}

Entity BuildEntity(const std::vector<const Ref*>& members) {
  Entity e;
  const AliasEntry* alias = nullptr;
  std::map<std::string, int> spelling_count;
  int type_votes[kNumTypes] = {};
  const Ref* longest = members.front();
  for (const Ref* r : members) {
    if (r->alias && !alias) alias = r->alias;
    if (spelling_count[r->spelling]++ == 0) e.aliases.push_back(r->spelling);
    type_votes[r->mention->type] += static_cast<int>(r->words.size());
    if (r->words.size() > longest->words.size()) longest = r;
  }
  e.mentions = static_cast<int>(members.size());
  e.first_seen = members.front()->seq;
  if (alias) {
    e.name = alias->name;
    e.type = TypeIndex(alias->type);
    return e;
  }
  e.name = longest->spelling;
  e.type = static_cast<int>(std::max_element(type_votes, type_votes + kNumTypes) - type_votes);
  return e;
}

}  // namespace

std::vector<Entity> MergeEntities(const Engine& engine, std::vector<Paragraph>* paragraphs) {
  std::vector<Ref> refs;
  size_t total = 0;
  for (const Paragraph& p : *paragraphs) total += p.mentions.size();
  refs.reserve(total);
  for (Paragraph& p : *paragraphs) {
    for (Mention& m : p.mentions) {
      Ref r;
      r.mention = &m;
      r.spelling = std::string(p.MentionText(m));
      std::string key = EntityKey(r.spelling);
      r.words = SplitKey(key);
      r.alias = engine.aliases.FindKey(key);  // Find(r.spelling), whose key is `key`
      r.group = r.alias ? "a:" + r.alias->name : "k:" + key;
      r.seq = refs.size();
      refs.push_back(std::move(r));
    }
  }
  JoinShortMentions(&refs);
  std::unordered_map<std::string, size_t> group_index;
  std::vector<std::vector<const Ref*>> groups;
  std::vector<size_t> group_of(refs.size());  // refs[i] is in groups[group_of[i]]
  for (size_t i = 0; i < refs.size(); ++i) {
    auto [it, added] = group_index.emplace(refs[i].group, groups.size());
    if (added) groups.emplace_back();
    groups[it->second].push_back(&refs[i]);
    group_of[i] = it->second;
  }
  std::vector<Entity> entities;
  entities.reserve(groups.size());
  for (const auto& g : groups) entities.push_back(BuildEntity(g));
  std::vector<size_t> order(entities.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return entities[a].mentions > entities[b].mentions; });
  std::vector<int> rank(entities.size());
  std::vector<Entity> sorted;
  sorted.reserve(entities.size());
  for (size_t i = 0; i < order.size(); ++i) {
    rank[order[i]] = static_cast<int>(i);
    sorted.push_back(std::move(entities[order[i]]));
  }
  for (size_t i = 0; i < refs.size(); ++i) refs[i].mention->entity = rank[group_of[i]];
  return sorted;
}

}  // namespace kabar::understand
