// AliasTable: the spellings under which one entity appears, mapped to its canonical name.
//
// The table is built from plain text, one entity per line:
//
//   # comment
//   Canonical Name<TAB>TYPE<TAB>alias<TAB>alias...
//
// TYPE is PER, ORG or LOC. Lookups go through EntityKey (case, hyphens, dots and spacing do
// not matter), so "Kim Jong-un", "KIM JONG UN" and "Kim  Jong Un" are one key. A later line
// that names an existing key replaces its entry, so a user's file can override the default.
//
// Thread safety: const methods may be called from many threads once the table is built.
#ifndef KABAR_UNDERSTAND_ALIAS_TABLE_H_
#define KABAR_UNDERSTAND_ALIAS_TABLE_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kabar/status.h"

namespace kabar::understand {

struct AliasEntry {
  std::string name;  // canonical name
  std::string type;  // "PER", "ORG", "LOC"
};

class AliasTable {
 public:
  // Parses `text` (the format above) and adds its entries. `origin` names the file in
  // errors. kCorruption names the line when a line has fewer than two fields or a bad type;
  // entries before it are kept.
  Status AddText(std::string_view text, std::string_view origin);

  // Adds one entity: the canonical name and every alias map to it.
  void Add(std::string_view name, std::string_view type, const std::vector<std::string>& aliases);

  // The entry for a spelling, or nullptr.
  const AliasEntry* Find(std::string_view spelling) const;

  // The entry for an entity key (EntityKey of a spelling), or nullptr: Find without
  // computing the key again when the caller has it.
  const AliasEntry* FindKey(const std::string& key) const;

  // Every spelling the table knows (as added, not normalised), with its entry.
  const std::vector<std::pair<std::string, const AliasEntry*>>& spellings() const;

  size_t size() const { return by_key_.size(); }

 private:
  std::vector<std::unique_ptr<AliasEntry>> entries_;
  std::unordered_map<std::string, const AliasEntry*> by_key_;
  std::vector<std::pair<std::string, const AliasEntry*>> spellings_;
};

// Loads the built-in table: countries (Indonesian and English names), the default
// data/aliases.tsv, then `user_file` when not empty. kIOError / kCorruption name the file.
Status LoadDefaultAliases(const std::string& user_file, AliasTable* table);

}  // namespace kabar::understand

#endif  // KABAR_UNDERSTAND_ALIAS_TABLE_H_
