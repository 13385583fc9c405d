// How the splits are generated: first the suffix layers are peeled from the end (particle
// -lah/-kah/-pun, then possessive -ku/-mu/-nya, then derivational -i/-an/-kan), giving
// the "stems" from most to least stripped. For each stem, up to three prefix layers are
// peeled from the front; each layer lists the forms a prefix takes before the root's first
// sound and what that sound was (meN- before a vowel hides a t, k, p or s: "menulis").
#include "index/indonesian_morphology.h"

#include <array>
#include <vector>

namespace kabar::index {
namespace {

constexpr size_t kMinRoot = 2;

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.substr(0, prefix.size()) == prefix;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Appends `s` minus one of `suffixes` to *out, for each suffix that fits.
void StripOne(std::string_view s, std::initializer_list<std::string_view> suffixes,
              std::vector<std::string_view>* out) {
  for (std::string_view suffix : suffixes) {
    if (EndsWith(s, suffix) && s.size() - suffix.size() >= kMinRoot + 1) {
      out->push_back(s.substr(0, s.size() - suffix.size()));
    }
  }
}

// Stems after suffix removal, most stripped first; the word itself comes last.
std::vector<std::string_view> SuffixStems(std::string_view word) {
  std::vector<std::string_view> level1{word};
  StripOne(word, {"lah", "kah", "pun"}, &level1);
  std::vector<std::string_view> level2 = level1;
  for (std::string_view s : level1) StripOne(s, {"nya", "ku", "mu"}, &level2);
  std::vector<std::string_view> ordered;
  for (auto it = level2.rbegin(); it != level2.rend(); ++it) {
    StripOne(*it, {"an", "kan", "i"}, &ordered);
  }
  for (auto it = level2.rbegin(); it != level2.rend(); ++it) ordered.push_back(*it);
  // `ordered` ends with the word itself (level2[0]).
  return ordered;
}

// One prefix layer: `rest` after the prefix, and the root forms it may stand for.
void PrefixForms(std::string_view w, std::vector<std::string>* out) {
  auto add = [&](std::string_view prefix, std::string_view restore) {
    if (!StartsWith(w, prefix)) return;
    std::string_view rest = w.substr(prefix.size());
    if (rest.size() + restore.size() < kMinRoot + 1) return;
    out->push_back(std::string(restore) + std::string(rest));
  };
  auto next = [&](std::string_view prefix) -> char {
    return w.size() > prefix.size() ? w[prefix.size()] : '\0';
  };
  for (std::string_view p : {"di", "ke", "se", "ku"}) add(p, "");
  add("ber", "");
  add("be", "");
  add("bel", "");
  add("ter", "");
  add("te", "");
  add("per", "");
  add("pel", "");
  for (std::string_view me : {"me", "pe"}) {
    std::string base(me);
    char c = next(me);
    if (c == 'l' || c == 'r' || c == 'w' || c == 'y' || c == 'm' || c == 'n') {
      add(me, "");
    } else if (me == "pe" && c != '\0' && !IsVowel(c)) {
      add(me, "");  // pe- of agents before other consonants: petenis, pesinetron, pebisnis
    }
    // meng-/peng-: before vowels, g, h, k; a vowel may hide a k.
    std::string ng = base + "ng";
    char cng = next(ng);
    if (IsVowel(cng)) {
      add(ng, "");
      add(ng, "k");
    } else if (cng == 'g' || cng == 'h' || cng == 'k') {
      add(ng, "");
    }
    add(base + "nge", "");  // menge-/penge- before one-syllable roots
    // meny-/peny-: s before a vowel.
    std::string ny = base + "ny";
    if (IsVowel(next(ny))) {
      add(ny, "s");
      add(ny, "ny");
    }
    // men-/pen-: before c, d, j, z, sy; a vowel may hide a t.
    std::string n = base + "n";
    char cn = next(n);
    if (cn == 'c' || cn == 'd' || cn == 'j' || cn == 'z' || cn == 's' || cn == 't') add(n, "");
    if (IsVowel(cn)) {
      add(n, "t");
      add(n, "n");
    }
    // mem-/pem-: before b, f, v, p; a vowel may hide a p.
    std::string m = base + "m";
    char cm = next(m);
    if (cm == 'b' || cm == 'f' || cm == 'v' || cm == 'p') add(m, "");
    if (IsVowel(cm)) {
      add(m, "m");
      add(m, "p");
    }
  }
}

bool VisitPrefixed(std::string_view stem, int depth,
                   const std::function<bool(std::string_view)>& visit) {
  if (depth == 0) return false;
  std::vector<std::string> forms;
  PrefixForms(stem, &forms);
  for (const std::string& f : forms) {
    if (visit(f)) return true;
  }
  for (const std::string& f : forms) {
    if (VisitPrefixed(f, depth - 1, visit)) return true;
  }
  return false;
}

}  // namespace

void ForEachRootCandidate(std::string_view word,
                          const std::function<bool(std::string_view)>& visit) {
  std::vector<std::string_view> stems = SuffixStems(word);
  // Suffix-only candidates are checked together with their prefixed forms, most stripped
  // suffixes first.
  for (std::string_view stem : stems) {
    if (stem != word && visit(stem)) return;
    if (VisitPrefixed(stem, 3, visit)) return;
  }
}

std::string_view StripClitics(std::string_view word) {
  std::string_view w = word;
  for (std::string_view p : {"lah", "kah", "pun"}) {
    if (EndsWith(w, p) && w.size() - p.size() >= 3) {
      w.remove_suffix(p.size());
      break;
    }
  }
  if (EndsWith(w, "nya") && w.size() - 3 >= 3) w.remove_suffix(3);
  return w;
}

}  // namespace kabar::index
