#include "understand/alias_table.h"

#include <fstream>
#include <memory>
#include <sstream>

#include "kabar/understand.h"
#include "understand/embedded_data.h"

namespace kabar::understand {
namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    std::string_view f = line.substr(start, tab == std::string_view::npos ? tab : tab - start);
    while (!f.empty() && (f.back() == ' ' || f.back() == '\r')) f.remove_suffix(1);
    while (!f.empty() && f.front() == ' ') f.remove_prefix(1);
    if (!f.empty()) fields.push_back(f);
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return fields;
}

bool ValidType(std::string_view t) { return t == "PER" || t == "ORG" || t == "LOC"; }

// countries-id-en.tsv: iso2, Indonesian name, English name; the Indonesian name is canonical.
void AddCountries(std::string_view tsv, AliasTable* table) {
  std::istringstream in{std::string(tsv)};
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    std::vector<std::string_view> f = SplitTabs(line);
    if (f.size() < 3) continue;
    table->Add(f[1], "LOC", {std::string(f[2])});
  }
}

}  // namespace

Status AliasTable::AddText(std::string_view text, std::string_view origin) {
  size_t line_no = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view line = text.substr(pos, nl == std::string_view::npos ? nl : nl - pos);
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> f = SplitTabs(line);
    if (f.empty()) continue;
    if (f.size() < 2 || !ValidType(f[1])) {
      return Status::Corruption(std::string(origin) + ":" + std::to_string(line_no) +
                                ": expected NAME<TAB>PER|ORG|LOC[<TAB>ALIAS...]");
    }
    std::vector<std::string> aliases(f.begin() + 2, f.end());
    Add(f[0], f[1], aliases);
  }
  return Status::OK();
}

void AliasTable::Add(std::string_view name, std::string_view type,
                     const std::vector<std::string>& aliases) {
  // An entity already known under the canonical name keeps its entry (and earlier aliases).
  const AliasEntry* entry = nullptr;
  auto it = by_key_.find(EntityKey(name));
  if (it != by_key_.end() && it->second->name == name) {
    entry = it->second;
    const_cast<AliasEntry*>(entry)->type = std::string(type);
  } else {
    entries_.push_back(
        std::make_unique<AliasEntry>(AliasEntry{std::string(name), std::string(type)}));
    entry = entries_.back().get();
  }
  auto add = [&](std::string_view spelling) {
    std::string key = EntityKey(spelling);
    if (key.empty()) return;
    by_key_[key] = entry;
    spellings_.emplace_back(std::string(spelling), entry);
  };
  add(name);
  for (const std::string& a : aliases) add(a);
}

const AliasEntry* AliasTable::Find(std::string_view spelling) const {
  return FindKey(EntityKey(spelling));
}

const AliasEntry* AliasTable::FindKey(const std::string& key) const {
  auto it = by_key_.find(key);
  return it == by_key_.end() ? nullptr : it->second;
}

const std::vector<std::pair<std::string, const AliasEntry*>>& AliasTable::spellings() const {
  return spellings_;
}

Status LoadDefaultAliases(const std::string& user_file, AliasTable* table) {
  AddCountries(EmbeddedCountries(), table);
  Status s = table->AddText(EmbeddedAliases(), "data/aliases.tsv");
  if (!s.ok()) return s;
  if (user_file.empty()) return Status::OK();
  std::ifstream in(user_file, std::ios::binary);
  if (!in) return Status::IOError("cannot read alias file " + user_file);
  std::stringstream buf;
  buf << in.rdbuf();
  return table->AddText(buf.str(), user_file);
}

}  // namespace kabar::understand
