#include "understand/gazetteer.h"

#define XXH_INLINE_ALL  // one or two hashes per token: let them inline (same values)
#include <xxhash.h>

#include "understand/embedded_data.h"
#include "understand/tokenize.h"

namespace kabar::understand {
namespace {

// wilayah-indonesia CSV: the name is the last field, upper case; regencies start with
// "KABUPATEN " or "KOTA ", which news text often drops.
void AddRegions(std::string_view csv, Gazetteer* gaz) {
  size_t pos = 0;
  while (pos < csv.size()) {
    size_t nl = csv.find('\n', pos);
    std::string_view line = csv.substr(pos, nl == std::string_view::npos ? nl : nl - pos);
    pos = nl == std::string_view::npos ? csv.size() : nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    size_t comma = line.rfind(',');
    if (comma == std::string_view::npos) continue;
    std::string_view name = line.substr(comma + 1);
    gaz->Add(name, "LOC");
    for (std::string_view prefix : {"KABUPATEN ", "KOTA "}) {
      if (name.substr(0, prefix.size()) == prefix) gaz->Add(name.substr(prefix.size()), "LOC");
    }
  }
}

bool HasLower(std::string_view s) {
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return true;
  }
  return false;
}

}  // namespace

uint64_t ExtendSequenceHash(uint64_t seed, std::string_view lower_token) {
  return XXH3_64bits_withSeed(lower_token.data(), lower_token.size(), seed * 31 + 7);
}

void Gazetteer::Build(const AliasTable& aliases) {
  AddRegions(EmbeddedProvinces(), this);
  AddRegions(EmbeddedRegencies(), this);
  for (const auto& [spelling, entry] : aliases.spellings()) Add(spelling, entry->type);
}

void Gazetteer::Add(std::string_view name, std::string_view type) {
  int t = TypeIndex(type);
  if (t < 0) return;
  std::vector<Token> tokens;
  Tokenize(name, &tokens, 16);
  if (tokens.empty()) return;
  uint64_t h = 0;
  std::string lower;
  for (size_t i = 0; i < tokens.size(); ++i) {
    AsciiLower(name.substr(tokens[i].begin, tokens[i].end - tokens[i].begin), &lower);
    h = ExtendSequenceHash(h, lower);
    if (i == 0) *first_tokens_.Upsert(h) = 1;
  }
  *sequences_.Upsert(h) = static_cast<uint8_t>(t);
  std::string_view first = name.substr(tokens[0].begin, tokens[0].end - tokens[0].begin);
  if (tokens.size() == 1 && first.size() <= 5 && !HasLower(first)) *acronyms_.Upsert(h) = 1;
  max_tokens_ = std::max(max_tokens_, tokens.size());
}

void Gazetteer::Match(const NerInput& in, std::vector<uint8_t>* tags) const {
  const std::vector<std::string_view>& lower = in.lower;
  tags->assign(lower.size(), kO);
  size_t i = 0;
  while (i < lower.size()) {
    if (!in.upper[i]) {  // a match starts at a capitalised token: no need to hash others
      ++i;
      continue;
    }
    uint64_t h = ExtendSequenceHash(0, lower[i]);
    if (first_tokens_.Find(h) == nullptr) {
      ++i;
      continue;
    }
    size_t best_len = 0;
    int best_type = -1;
    for (size_t n = 1; n <= max_tokens_ && i + n <= lower.size(); ++n) {
      if (n > 1) h = ExtendSequenceHash(h, lower[i + n - 1]);
      const uint8_t* type = sequences_.Find(h);
      if (type != nullptr && (n > 1 || acronyms_.Find(h) == nullptr || !HasLower(in.words[i]))) {
        best_len = n;
        best_type = *type;
      }
    }
    if (best_len == 0) {
      ++i;
      continue;
    }
    (*tags)[i] = BeginTag(best_type);
    for (size_t k = 1; k < best_len; ++k) (*tags)[i + k] = InsideTag(best_type);
    i += best_len;
  }
}

}  // namespace kabar::understand
