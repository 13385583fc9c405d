// Credit lines. A credit line is a sequence of "Label : Names" parts and nothing else; the
// label decides the role. Labels are found with one RE2 pattern; names are split on commas,
// semicolons, "&", "and"/"dan" and "|".
#include "extract/credits.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <string>

#include "common/ascii8.h"
#include "extract/agencies.h"
#include "extract/author_names.h"
#include "extract/outlets.h"
#include "extract/text_util.h"

namespace kabar::extract {
namespace {

struct Label {
  std::string_view text;  // lower case
  CreditRole role;
  bool needs_colon;  // "Editor: X" needs the colon; "By X", "Oleh X" do not
};

// Longer labels first so "editing by" wins over "by".
constexpr std::array kLabels = {
    Label{"additional reporting by", CreditRole::kAuthor, false},
    Label{"with assistance from", CreditRole::kAuthor, false},  // Bloomberg's contributors
    Label{"video production", CreditRole::kOther, true},
    Label{"produksi video", CreditRole::kOther, true},
    Label{"laporan wartawan", CreditRole::kAuthor, false},
    Label{"reporting by", CreditRole::kAuthor, false},
    Label{"writing by", CreditRole::kAuthor, false},
    Label{"written by", CreditRole::kAuthor, false},
    Label{"ditulis oleh", CreditRole::kAuthor, false},
    Label{"editing by", CreditRole::kEditor, false},
    Label{"edited by", CreditRole::kEditor, false},
    Label{"video editor", CreditRole::kOther, true},
    Label{"photographer", CreditRole::kOther, true},
    Label{"videografer", CreditRole::kOther, true},
    Label{"penerjemah", CreditRole::kOther, true},  // translator
    Label{"kontributor", CreditRole::kAuthor, true},
    Label{"contributor", CreditRole::kAuthor, true},
    Label{"fotografer", CreditRole::kOther, true},
    Label{"penyunting", CreditRole::kEditor, true},
    Label{"penulis", CreditRole::kAuthor, true},
    Label{"laporan", CreditRole::kAuthor, true},  // "Laporan: X" (report by)
    Label{"pewarta", CreditRole::kAuthor, true},
    Label{"jurnalis", CreditRole::kAuthor, true},
    Label{"liputan", CreditRole::kAuthor, true},  // "Liputan: X" (coverage by)
    Label{"reporter", CreditRole::kAuthor, true},
    Label{"wartawan", CreditRole::kAuthor, true},
    Label{"redaktur", CreditRole::kEditor, true},
    Label{"peranan", CreditRole::kOther, true},  // BBC's "Peranan, Wartawan ..." (role)
    Label{"produser", CreditRole::kOther, true},
    Label{"producer", CreditRole::kOther, true},
    Label{"grafis", CreditRole::kOther, true},
    Label{"editor", CreditRole::kEditor, true},
    Label{"writer", CreditRole::kAuthor, true},
    Label{"author", CreditRole::kAuthor, true},
    Label{"sumber", CreditRole::kSource, true},
    Label{"sources", CreditRole::kSource, true},
    Label{"source", CreditRole::kSource, true},
    Label{"photo", CreditRole::kOther, true},
    Label{"role", CreditRole::kOther, true},  // BBC's "Role, Senior reporter"
    Label{"foto", CreditRole::kOther, true},
    Label{"teks", CreditRole::kAuthor, true},  // "Teks: X / Foto: Y" (words by)
    Label{"rep", CreditRole::kAuthor, true},   // "Rep: X/ Red: Y" (reporter, redaktur)
    Label{"red", CreditRole::kEditor, true},
    Label{"oleh", CreditRole::kAuthor, false},
    Label{"by", CreditRole::kAuthor, false},
};

// The longest label, and the letters labels open with (bit c - 'a').
constexpr size_t kLongestLabel = [] {
  size_t n = 0;
  for (const Label& l : kLabels) n = std::max(n, l.text.size());
  return n;
}();
// The longest line LooksLikePersonName takes for a name.
constexpr size_t kLongestPersonName = 60;

constexpr uint32_t kLabelInitials = [] {
  uint32_t bits = 0;
  for (const Label& l : kLabels) bits |= uint32_t{1} << (l.text[0] - 'a');
  return bits;
}();

// For each letter, the indices in kLabels of the labels opening with it, in kLabels' order
// (at most kMaxLabelsPerInitial; -1 ends the list).
constexpr size_t kMaxLabelsPerInitial = 10;
static_assert([] {
  for (char c = 'a'; c <= 'z'; ++c) {
    size_t n = 0;
    for (const Label& l : kLabels) n += l.text[0] == c;
    if (n > kMaxLabelsPerInitial) return false;
  }
  return true;
}());
constexpr auto kLabelsByInitial = [] {
  std::array<std::array<int8_t, kMaxLabelsPerInitial + 1>, 26> t{};
  for (auto& row : t) row.fill(-1);
  for (size_t i = 0; i < kLabels.size(); ++i) {
    auto& row = t[kLabels[i].text[0] - 'a'];
    size_t k = 0;
    while (row[k] >= 0) ++k;
    row[k] = static_cast<int8_t>(i);
  }
  return t;
}();

// Every label's second byte is a lower-case ASCII letter (MatchLabel compares it inline, ORing
// the case bit into the text's byte: only that letter in either case passes).
static_assert([] {
  for (const Label& l : kLabels) {
    if (l.text.size() < 2 || l.text[1] < 'a' || l.text[1] > 'z') return false;
  }
  return true;
}());

// True when `s` opens with a letter some label opens with (in either case).
bool MayOpenWithLabel(std::string_view s) {
  if (s.empty()) return false;
  char first = static_cast<char>(s[0] | 0x20);  // labels open with a lower-case ASCII letter
  return first >= 'a' && first <= 'z' && (kLabelInitials >> (first - 'a') & 1) != 0;
}

// The label at the start of `s` (case-insensitive, whole word, with its colon when it
// needs one). Returns the number of bytes taken, 0 when there is none.
size_t MatchLabel(std::string_view s, const Label** label) {
  if (!MayOpenWithLabel(s)) return 0;
  char first = static_cast<char>(s[0] | 0x20);
  for (int8_t index : kLabelsByInitial[first - 'a']) {
    if (index < 0) break;
    const Label& l = kLabels[index];
    // The second letter first, inline: most words sharing a label's initial differ there.
    if (s.size() < l.text.size() || (s[1] | 0x20) != l.text[1]) continue;
    if (!StartsWithIgnoreCase(s, l.text)) continue;
    size_t i = l.text.size();
    if (i < s.size() && (std::isalnum(static_cast<unsigned char>(s[i])))) continue;
    // "Penulis, Name", "Author, Name": a comma right after the label word parts it as a
    // colon does (BBC's screen-reader labels).
    bool comma = i < s.size() && s[i] == ',' && i == l.text.size();
    while (i < s.size() && s[i] == ' ') ++i;
    bool colon = comma || (i < s.size() && s[i] == ':');
    if (colon) {
      ++i;
    } else if (l.needs_colon) {
      continue;
    } else if (i == l.text.size()) {
      continue;  // "By" must be followed by a space
    }
    while (i < s.size() && s[i] == ' ') ++i;
    *label = &l;
    return i;
  }
  return 0;
}

// Finds the next label that starts a word in `s` at or after `from`.
size_t FindNextLabel(std::string_view s, size_t from, const Label** label, size_t* taken) {
  for (size_t i = from; i < s.size(); ++i) {
    // "Redaktur : I Gede WirasanaReporter : Ni Luh": a capitalised label glued to the name
    // before it (two elements a text dump printed with no space between them).
    const bool glued = i > 0 && s[i - 1] >= 'a' && s[i - 1] <= 'z' && s[i] >= 'A' && s[i] <= 'Z';
    if (i > 0 && !glued && s[i - 1] != ' ' && s[i - 1] != ';' && s[i - 1] != '|' &&
        s[i - 1] != ',') {
      continue;
    }
    // Only labels that carry a colon may start mid-line, or by-labels after ';' ("; Editing by").
    const Label* l = nullptr;
    size_t n = MatchLabel(s.substr(i), &l);
    if (n == 0) continue;
    bool has_colon = s.substr(i, n).find(':') != std::string_view::npos;
    if (glued && !has_colon) continue;
    bool after_semicolon = i >= 2 && (s[i - 2] == ';' || s[i - 1] == ';');
    if (!has_colon && !after_semicolon) continue;
    *label = l;
    *taken = n;
    return i;
  }
  return std::string_view::npos;
}

bool IsParticle(std::string_view w) {
  for (std::string_view p : {"bin", "binti", "van", "de", "der", "den", "al", "el", "da", "dos",
                             "von", "la", "le", "di", "del", "y"}) {
    if (w == p) return true;
  }
  return false;
}

// Splits a names segment into names.
std::vector<std::string_view> SplitNames(std::string_view seg) {
  std::vector<std::string_view> names;
  size_t start = 0;
  while (start <= seg.size()) {
    size_t end = seg.size();
    size_t sep_len = 0;
    for (size_t i = start; i < seg.size(); ++i) {
      char c = seg[i];
      if (c == ',' || c == ';' || c == '&' || c == '|' || c == '/') {
        end = i;
        sep_len = 1;
        break;
      }
      if (c == ' ' && (StartsWithIgnoreCase(seg.substr(i), " and ") ||
                       StartsWithIgnoreCase(seg.substr(i), " dan "))) {
        end = i;
        sep_len = 5;
        break;
      }
      // A middle dot or a long dash (kPostSeparators) parts a name from the next (a post, an
      // outlet).
      if (c == ' ' && i + 1 < seg.size() && static_cast<unsigned char>(seg[i + 1]) >= 0x80) {
        for (std::string_view separator : kPostSeparators) {
          if (seg.substr(i).starts_with(separator)) sep_len = separator.size();
        }
        if (sep_len > 0) {
          end = i;
          break;
        }
      }
    }
    std::string_view name = Trim(seg.substr(start, end - start));
    if (!name.empty()) names.push_back(name);
    if (sep_len == 0) break;
    start = end + sep_len;
  }
  return names;
}

// "FER" in "Oleh: Herman / FER", "HWT" in "Editor: HWT": two to four capitals are a desk's
// initials for an editor, not a name (unless they name an agency).
bool IsDeskInitials(std::string_view v, CreditRole role) {
  if (role != CreditRole::kAuthor && role != CreditRole::kEditor) return false;
  if (v.size() < 2 || v.size() > 4) return false;
  for (char c : v) {
    if (c < 'A' || c > 'Z') return false;
  }
  return CanonicalAgency(v).empty();
}

// A credited value: a person's name, or (for sources) an agency or outlet.
bool IsCreditValue(std::string_view v, CreditRole role) {
  if (v.empty() || v.size() > 80) return false;
  if (role == CreditRole::kSource) {
    size_t words = Words(v).size();
    return words >= 1 && words <= 6;
  }
  std::string norm = NormalizePersonName(v);
  return LooksLikePersonName(norm) || (Words(norm).size() == 1 && StartsUpper(norm));
}

}  // namespace

std::string NormalizePersonName(std::string_view raw) {
  std::string s(Trim(raw));
  if (s.find(' ') == std::string::npos && s.find('-') != std::string::npos) {
    for (char& c : s) {
      if (c == '-') c = ' ';
    }
  }
  s = CollapseSpace(s);
  while (!s.empty() && (s.back() == ',' || s.back() == ';' || s.back() == '|' || s.back() == ':' ||
                        s.back() == '-')) {
    s.pop_back();
    while (!s.empty() && s.back() == ' ') s.pop_back();
  }
  while (!s.empty() && (s.front() == '|' || s.front() == ':' || s.front() == '-')) {
    s.erase(0, 1);
    while (!s.empty() && s.front() == ' ') s.erase(0, 1);
  }
  bool caps = true;
  for (std::string_view w : Words(s)) {
    if (w.size() > 1 && !IsAllUpper(w)) caps = false;
  }
  if (caps && s.size() > 3) s = TitleCaseWords(s);
  return s;
}

namespace {

bool IsLowerAscii(char c) { return c >= 'a' && c <= 'z'; }
bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }

// True when SplitGluedWords splits `line` before line[i], `run` being the number of lower-case
// letters right before i (i + 1 < line.size()).
bool IsGlueSplit(std::string_view line, size_t i, size_t run) {
  return IsUpperAscii(line[i]) && IsLowerAscii(line[i + 1]) && run >= 3 && i > run &&
         IsUpperAscii(line[i - run - 1]);
}

// True when some line[i], 1 <= i <= last < line.size(), is a capital right after a lower-case
// ASCII letter: every glue split is one (IsGlueSplit). Eight places a step.
bool HasCapitalAfterLower(std::string_view line, size_t last) {
  size_t i = 1;
  for (; i + 8 <= last + 1; i += 8) {  // places i..i+7, bytes i-1..i+7
    const uint64_t before = Load8(line.data() + i - 1), at = Load8(line.data() + i);
    const uint64_t lower = BytesInRange8(before & ~kHigh, 'a', 'z') & ~before;
    const uint64_t upper = BytesInRange8(at & ~kHigh, 'A', 'Z') & ~at;
    if ((lower & upper) != 0) return true;
  }
  for (; i <= last; ++i) {
    if (IsLowerAscii(line[i - 1]) && IsUpperAscii(line[i])) return true;
  }
  return false;
}

// True when SplitGluedWords splits `line` somewhere before line[limit] (at a place <= limit).
bool HasGlueSplitWithin(std::string_view line, size_t limit) {
  // Most lines have no capital after a lower-case letter so early: that is found a word at a
  // time, the runs below are followed byte by byte.
  if (line.size() < 2 || !HasCapitalAfterLower(line, std::min(limit, line.size() - 2))) {
    return false;
  }
  size_t run = 0;
  for (size_t i = 0; i + 1 < line.size() && i <= limit; ++i) {
    if (IsGlueSplit(line, i, run)) return true;
    run = IsLowerAscii(line[i]) ? run + 1 : 0;
  }
  return false;
}

}  // namespace

std::vector<std::string_view> SplitGluedWords(std::string_view line) {
  std::vector<std::string_view> pieces;
  size_t start = 0;
  size_t run = 0;  // lower-case letters just before i
  for (size_t i = 0; i + 1 < line.size(); ++i) {
    if (IsGlueSplit(line, i, run)) {
      pieces.push_back(line.substr(start, i - start));
      start = i;
    }
    run = IsLowerAscii(line[i]) ? run + 1 : 0;
  }
  pieces.push_back(line.substr(start));
  return pieces;
}

bool LooksLikePersonName(std::string_view line) {
  line = Trim(line);
  if (line.size() < 3 || line.size() > kLongestPersonName) return false;
  for (char c : line) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isdigit(u) || c == ':' || c == '?' || c == '!' || c == '"' || c == '(' || c == '|' ||
        c == '@' || c == '#' || c == '/' || c == ',' || c == ';' || c == '+' || c == '=') {
      return false;
    }
  }
  if (line.back() == '.' && (line.size() < 3 || line[line.size() - 3] != ' ')) return false;
  std::vector<std::string_view> words = Words(line);
  if (words.size() < 2 || words.size() > 5) return false;
  // An academic's affiliation or post under a byline ("Universitas Gadjah Mada", "Peneliti
  // Ekonomi Pertanian", "Senior Lecturer"): words no person's name holds.
  static constexpr std::string_view kPostWords[] = {
      "universitas", "university", "universiti", "institut", "institute",  "fakultas",
      "faculty",     "politeknik", "college",    "peneliti", "researcher", "dosen",
      "lecturer",    "mahasiswa",  "akademisi",  "pengajar"};
  for (std::string_view w : words) {
    if (!StartsUpper(w) && !IsParticle(w)) return false;
    if (w.size() < 5 || w.size() > 11) continue;  // every post word's length
    for (std::string_view post : kPostWords) {
      if (EqualsIgnoreCase(w, post)) return false;
    }
  }
  return StartsUpper(words.front());
}

bool NamesASiteRole(std::string_view name) {
  // Desk names compared whole ("Redaksi Online", "Web Desk", "Editorial Staff", Joomla's default
  // account "Super User").
  static constexpr std::string_view kDeskNames[] = {"redaksi online", "meja redaksi", "web desk",
                                                    "editorial staff", "super user"};
  for (std::string_view desk : kDeskNames) {
    if (EqualsIgnoreCase(Trim(name), desk)) return true;
  }
  // A role word alone, or opening the name ("Admin Diskominfo", "Redaksi Warta Andalas").
  // The newsroom's word in the languages of news sites' accounts ("Redacción La Razón",
  // "Redação", "Redazione", "Rédaction", "Redaktion") opens a desk's name too.
  static constexpr std::string_view kRoleFirst[] = {
      "admin", "administrator", "redaksi", "webmaster", "humas", "superadmin", "redaccion",
      "redacción", "redação", "redacao", "redazione", "rédaction", "redaktion",
      // Indonesian job titles before a place or desk ("Kontributor Banda Neira", "Wartawan
      // Ambon"): no given name.
      "kontributor", "koresponden", "wartawan", "jurnalis", "pewarta"};
  // Role words that make a desk only alone or after "Tim"/"Team" ("Tim Redaksi"): "Editor"
  // and "Staff" alone, not "Staff Sgt. X"; "Tim Cook" is a person. "Oleh Agensi", "By Agencies":
  // wire copy credited to no agency in particular (Malay, English, Spanish, French).
  static constexpr std::string_view kRoleAlone[] = {
      "editor",    "editorial", "newsroom", "staff",    "operator", "redaktur", "liputan",
      "redaction", "news desk", "agensi",   "agencies", "agencias", "agences"};
  std::vector<std::string_view> words = Words(Trim(name));
  if (words.empty()) return false;
  std::string first = AsciiLower(words[0]);
  for (std::string_view w : kRoleFirst) {
    if (first != w) continue;
    // "Redaksi" before one unknown word may be a given name ("Redaksi Hutapea"); before an
    // outlet ("Redaksi Kompas") or several words ("Redaksi Warta Andalas") it is the desk.
    if (first != "redaksi" || words.size() != 2) return true;
    return !SiteForOutletName(words[1]).empty();
  }
  std::string rest = AsciiLower(Trim(name));
  if (first == "tim" || first == "team") {
    if (words.size() < 2) return false;
    rest = AsciiLower(Trim(Trim(name).substr(words[0].size())));
  } else if (words.size() == 2 && AsciiLower(words[1]) == "team") {
    rest = AsciiLower(words[0]);  // "Editorial Team"
  }
  for (std::string_view w : kRoleAlone) {
    if (rest == w) return true;
  }
  for (std::string_view w : kRoleFirst) {
    if (rest == w) return true;  // "Tim Redaksi"
  }
  return false;
}

CreditRole CreditLabelRole(std::string_view line) {
  line = Trim(line);
  while (!line.empty() && (line.back() == ':' || line.back() == ' ')) line.remove_suffix(1);
  if (line.size() > kLongestLabel) return CreditRole::kNone;
  for (const Label& l : kLabels) {
    if (line.size() != l.text.size() || !EqualsIgnoreCase(line, l.text)) continue;
    if (l.text == "by" || l.text == "oleh" || l.text == "photo" || l.text == "foto") continue;
    return l.role;
  }
  return CreditRole::kNone;
}

void AddCredit(CreditRole role, std::string_view name, Credits* out) {
  switch (role) {
    case CreditRole::kAuthor:
    case CreditRole::kEditor: {
      std::string agency = CanonicalAgency(name);
      if (!agency.empty()) {
        AddUnique(&out->agencies, agency);
        return;
      }
      if (!SiteForOutletName(name).empty()) return;  // "By John Smith, CNN"
      if (NamesASiteRole(name)) return;              // "Penulis: Redaksi"
      AddUnique(role == CreditRole::kAuthor ? &out->authors : &out->editors,
                NormalizePersonName(name));
      return;
    }
    case CreditRole::kSource: {
      std::string agency = CanonicalAgency(name);
      if (!agency.empty())
        AddUnique(&out->agencies, agency);
      else
        AddUnique(&out->sources, std::string(Trim(name)));
      return;
    }
    case CreditRole::kOther:
      AddUnique(&out->others, NormalizePersonName(name));
      return;
    case CreditRole::kNone:
      return;
  }
}

namespace {

// One to three capitalised words of letters ("Banda Aceh"): the place a credit was filed from.
bool IsFilingPlace(std::string_view part) {
  std::vector<std::string_view> words = Words(part);
  if (words.empty() || words.size() > 3) return false;
  for (std::string_view w : words) {
    if (!StartsUpper(w)) return false;
    for (char c : w) {
      if (!std::isalpha(static_cast<unsigned char>(c)) && c != '-') return false;
    }
  }
  return true;
}

// "Penulis Afdhalul Ikhsan | Editor Reni Susanti": labels without their colon, each part of a
// '|'-separated line one label and one person's name. The last part may instead be the place
// the credit was filed from ("Laporan Rizki Maulana | Banda Aceh", the Tribun network's report
// line in Aceh).
bool ParsePipedCredits(std::string_view line, Credits* out) {
  if (line.find('|') == std::string_view::npos) return false;
  Credits found;
  std::vector<std::string_view> parts = SplitNames(line);
  for (size_t i = 0; i < parts.size(); ++i) {
    std::string_view part = parts[i];
    size_t space = part.find(' ');
    bool last = i > 0 && i + 1 == parts.size();
    CreditRole role = CreditLabelRole(part.substr(0, space));
    if (last && role == CreditRole::kNone && IsFilingPlace(part)) break;
    if (space == std::string_view::npos) return false;
    std::string_view name = Trim(part.substr(space + 1));
    if (role != CreditRole::kAuthor && role != CreditRole::kEditor) return false;
    if (!LooksLikePersonName(name)) return false;
    AddCredit(role, name, &found);
  }
  if (found.authors.empty() && found.editors.empty()) return false;
  for (auto& a : found.authors) AddUnique(&out->authors, a);
  for (auto& e : found.editors) AddUnique(&out->editors, e);
  return true;
}

// Where the last " - " of `s` starts, or npos (as s.rfind(" - "), by memrchr for the dash).
size_t LastSpacedDash(std::string_view s) {
  for (size_t end = s.size(); end > 0;) {
    const void* p = memrchr(s.data(), '-', end);
    if (p == nullptr) return std::string_view::npos;
    size_t at = static_cast<size_t>(static_cast<const char*>(p) - s.data());
    if (at > 0 && at + 1 < s.size() && s[at - 1] == ' ' && s[at + 1] == ' ') return at - 1;
    end = at;
  }
  return std::string_view::npos;
}

// "Rizky Maulana - detikNews": a person's name, a dash, and the outlet or its channel.
bool ParseNameDashOutlet(std::string_view line, Credits* out) {
  size_t dash = LastSpacedDash(line);
  if (dash == std::string_view::npos) return false;
  std::string_view name = Trim(line.substr(0, dash));
  std::string_view outlet = Trim(line.substr(dash + 3));
  bool is_outlet = IsChannelBrand(outlet) || !SiteFromToken(outlet).empty() ||
                   !SiteForOutletName(outlet).empty();
  if (!is_outlet || !LooksLikePersonName(name)) return false;
  AddUnique(&out->authors, NormalizePersonName(name));
  return true;
}

// "Redaktur & Reporter : Friederich Batari", "Penulis/Editor: X": two labels joined by '&',
// '/', "dan" or "and" before one colon; one name after it is credited in both roles, two
// names ("Reporter/Editor: X/Y") each in its label's role.
bool ParseJoinedLabels(std::string_view line, Credits* out) {
  if (!MayOpenWithLabel(line)) return false;
  size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon > 2 * kLongestLabel + 6) return false;
  std::string_view head = Trim(line.substr(0, colon));
  size_t join = head.find_first_of("&/");
  size_t join_len = 1;
  for (size_t i = head.find(' '); join == std::string_view::npos && i != std::string_view::npos;
       i = head.find(' ', i + 1)) {
    std::string_view rest = head.substr(i);
    if (StartsWithIgnoreCase(rest, " dan ") || StartsWithIgnoreCase(rest, " and ")) {
      join = i;
      join_len = 5;
    }
  }
  if (join == std::string_view::npos) return false;
  CreditRole roles[2] = {CreditLabelRole(head.substr(0, join)),
                         CreditLabelRole(head.substr(join + join_len))};
  for (CreditRole role : roles) {
    if (role != CreditRole::kAuthor && role != CreditRole::kEditor) return false;
  }
  std::vector<std::string_view> names = SplitNames(line.substr(colon + 1));
  if (names.empty() || names.size() > 2) return false;
  for (std::string_view n : names) {
    if (!IsCreditValue(n, CreditRole::kAuthor)) return false;
  }
  AddCredit(roles[0], names[0], out);
  AddCredit(roles[1], names.back(), out);
  return true;
}

// "PenulisAnindya Paramitha": a label and a name in two elements the text dump glued together.
bool ParseGluedLabel(std::string_view line, Credits* out) {
  // The label is all before the split, and SplitGluedWords splits only after lower-case
  // letters, so nothing follows the label's text: at most kLongestLabel bytes, then a name.
  if (line.size() > kLongestLabel + kLongestPersonName) return false;
  // The label piece ends with a lower-case letter (where the split is), so Trim leaves it
  // whole: it is a label only when it opens with a label's letter and the first split comes
  // within kLongestLabel bytes. Most lines fail these before any piece is cut.
  if (!MayOpenWithLabel(line) || !HasGlueSplitWithin(line, kLongestLabel)) return false;
  std::vector<std::string_view> parts = SplitGluedWords(line);
  if (parts.size() != 2 || !LooksLikePersonName(parts[1])) return false;
  CreditRole role = CreditLabelRole(parts[0]);
  if (role != CreditRole::kAuthor && role != CreditRole::kEditor) return false;
  AddCredit(role, parts[1], out);
  return true;
}

// A date line's label without the separators, weekday, the word joining the name to the date
// and a place in brackets: "Oleh X pada", "X, Jurnalis ·", "By X, Wednesday,", "oleh X
// [Bengkalis] di".
std::string_view WithoutDateLabelTail(std::string_view label) {
  for (bool cut = true; cut;) {
    cut = false;
    for (std::string_view tail :
         {"|",         "-",       ",",         ":",       "\u00b7",  "\u2022",   "\u2013",
          "\u2014",    " pada",   " on",       " di",     " senin",  " selasa",  " rabu",
          " kamis",    " jumat",  " sabtu",    " minggu", " monday", " tuesday", " wednesday",
          " thursday", " friday", " saturday", " sunday"}) {
      // The last bytes first, inline (byte | 0x20 is equal for a letter's two cases): most
      // tails end otherwise than the label.
      if (label.size() > tail.size() && (label.back() | 0x20) == (tail.back() | 0x20) &&
          EndsWithIgnoreCase(label, tail)) {
        label = Trim(label.substr(0, label.size() - tail.size()));
        cut = true;
      }
    }
    size_t open = label.rfind(" [");
    if (open != std::string_view::npos && label.ends_with(']')) {
      label = Trim(label.substr(0, open));
      cut = true;
    }
  }
  return label;
}

bool StartsWithWeekday(std::string_view s) {
  for (std::string_view day :
       {"senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday"}) {
    if (StartsWithIgnoreCase(s, day)) return true;
  }
  return false;
}

// `seg` without an e-mail address in brackets after the name ("Euis Rita Hartati
// (euis_rita@...)", as Investor Daily credits its editor).
// A byline's name run into the wire's without a comma, as print and wire copy set it ("JOHN
// SMITH Associated Press", "John Smith AFP"): *person receives the name, *agency the wire's
// words; false when `part` does not end with a wire's name after two words or more.
bool SplitTrailingAgency(std::string_view part, std::string_view* person,
                         std::string_view* agency) {
  const std::vector<std::string_view> words = Words(part);
  for (size_t take : {3u, 2u, 1u}) {
    if (words.size() < take + 2) continue;
    const char* from = words[words.size() - take].data();
    const std::string_view tail(from, static_cast<size_t>(part.data() + part.size() - from));
    if (CanonicalAgency(tail).empty()) continue;
    std::string_view name = Trim(part.substr(0, static_cast<size_t>(from - part.data())));
    // "... The Associated Press" with the article run into the name ("Hillel ItalieThe").
    if (name.size() > 3 && name.ends_with("The") &&
        std::islower(static_cast<unsigned char>(name[name.size() - 4]))) {
      name = name.substr(0, name.size() - 3);
    }
    *person = name;
    *agency = tail;
    return true;
  }
  return false;
}

// The most words of a publication's name after "for" in a byline ("The Mail On Sunday").
constexpr size_t kMaxPublicationWords = 6;

// True when `text` opens with a word for a writer's post: "Kontributor Ambon", "Jurnalis".
bool OpensWithPostWord(std::string_view text) {
  static constexpr std::string_view kPostWords[] = {
      "kontributor", "koresponden",   "wartawan",   "jurnalis", "reporter",
      "contributor", "correspondent", "journalist", "magang",   "intern"};
  const std::string_view first = text.substr(0, text.find(' '));
  for (std::string_view w : kPostWords) {
    if (EqualsIgnoreCase(first, w)) return true;
  }
  return false;
}

// `seg`, a credit's value, without what a site adds to the name: an address or the writer's
// post in brackets ("Euis Rita Hartati (euis_rita@investor.co.id)", "Rahmat Patty (Kontributor
// Ambon)"), after a dash the outlet, its channel or the post ("Budi Santoso - detikNews",
// "Budi Santoso - Jurnalis"), or the publication written for ("Jane Doe For Mailonline", "Jane
// Doe, Political Editor for The Daily Mail": the post that remains is a job title).
std::string_view WithoutAddedNote(std::string_view seg) {
  seg = Trim(seg);
  if (const size_t at = FindForWord(seg); at != std::string_view::npos && at > 0) {
    const std::string_view publication = Trim(seg.substr(at + 5));
    // What wrote for it: the value itself, or a post after the names ("NJ Advance Media" in
    // "Amy Kuperinsky | NJ Advance Media for NJ.com" is no post, and no second writer either:
    // the value is left to the other checks).
    const std::string_view before = seg.substr(0, at);
    const size_t sep = before.find_last_of(",|/;");
    const std::string_view writer = sep == std::string_view::npos ? before : before.substr(sep + 1);
    const std::vector<std::string_view> words = Words(writer);
    const bool post =
        sep != std::string_view::npos && !words.empty() && IsNewsroomRoleWord(words.back());
    if (StartsUpper(publication) && CountWords(publication) <= kMaxPublicationWords &&
        (sep == std::string_view::npos || post)) {
      seg = Trim(before);
    }
  }
  const size_t open = seg.rfind(" (");
  if (open != std::string_view::npos && seg.back() == ')') {
    const std::string_view inside = seg.substr(open + 2, seg.size() - open - 3);
    if (inside.find('@') != std::string_view::npos || OpensWithPostWord(inside)) {
      return Trim(seg.substr(0, open));
    }
  }
  const size_t dash = seg.rfind(" - ");
  if (dash != std::string_view::npos && dash > 0) {
    const std::string_view after = Trim(seg.substr(dash + 3));
    if (!SiteForOutletName(after).empty() || !SiteFromToken(after).empty() ||
        !SiteForChannelBrand(after).empty() ||
        (OpensWithPostWord(after) && CountWords(after) <= 2)) {
      return Trim(seg.substr(0, dash));
    }
  }
  return seg;
}

}  // namespace

bool ParseCreditLine(std::string_view line, Credits* out) {
  line = Trim(line);
  if (line.empty() || line.size() > 300) return false;
  if (line.front() == '(' && line.back() == ')') line = Trim(line.substr(1, line.size() - 2));
  // "\u2014 With assistance from Name": a long dash (U+2013, U+2014) before a closing credit.
  if (line.size() > 4 && static_cast<unsigned char>(line[0]) == 0xE2 && line[1] == '\x80' &&
      (line[2] == '\x93' || line[2] == '\x94') && line[3] == ' ') {
    line = Trim(line.substr(4));
  }
  const Label* label = nullptr;
  size_t taken = MatchLabel(line, &label);
  if (taken == 0) {
    return ParseJoinedLabels(line, out) || ParsePipedCredits(line, out) ||
           ParseNameDashOutlet(line, out) || ParseGluedLabel(line, out);
  }
  Credits found;
  size_t pos = taken;
  while (label != nullptr) {
    const Label* next = nullptr;
    size_t next_taken = 0;
    size_t next_at = FindNextLabel(line, pos, &next, &next_taken);
    std::string_view seg = line.substr(pos, std::min(next_at, line.size()) - pos);
    std::vector<std::string_view> names = SplitNames(WithoutAddedNote(seg));
    if (names.empty() && next == nullptr) return false;
    for (size_t i = 0; i < names.size(); ++i) {
      std::string_view n = names[i];
      if (IsDeskInitials(n, label->role)) continue;
      if (IsAcademicDegree(n)) continue;  // "Oleh: Dr. Hendra Saputra, M.Si."
      if (label->role == CreditRole::kAuthor && IsJobTitle(n)) continue;  // ", Staff Writer"
      if (i > 0 && IsPost(n)) continue;  // "By Jane Doe \u00b7 Reporter": the writer's post
      // ", The Daily Record": after a name, an English title with its article is the outlet's.
      if (i > 0 && n.starts_with("The ")) continue;
      // "Reporting by Jane Doe in London": the place the writer filed from goes.
      if (IsNameInPlace(n)) n = n.substr(0, n.find(" in "));
      std::string_view person, agency;
      if (label->role == CreditRole::kAuthor && SplitTrailingAgency(n, &person, &agency)) {
        AddCredit(CreditRole::kAuthor, agency, &found);  // filed as the agency
        n = person;
      }
      if (!IsCreditValue(n, label->role)) return false;
      AddCredit(label->role, n, &found);
    }
    label = next;
    if (next_at != std::string_view::npos) pos = next_at + next_taken;
  }
  for (auto& a : found.authors) AddUnique(&out->authors, a);
  for (auto& e : found.editors) AddUnique(&out->editors, e);
  for (auto& g : found.agencies) AddUnique(&out->agencies, g);
  for (auto& s : found.sources) AddUnique(&out->sources, s);
  for (auto& o : found.others) AddUnique(&out->others, o);
  return true;
}

namespace {

// One capitalised word of letters, at least three: "Hambali".
bool IsMononym(std::string_view s) {
  if (s.size() < 3 || !StartsUpper(s)) return false;
  for (char c : s) {
    if (!std::isalpha(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

// True when a word of `label` is one of a news site's labels' words, no part of a person's name:
// a date's label that is the site's name or a section ("All News" over Yonhap's date; "Flobamora
// Terkini" glued to one), not its writer's.
bool HasSiteLabelWord(std::string_view label) {
  static constexpr std::string_view kLabelWords[] = {"news",     "berita",  "terkini", "terbaru",
                                                     "breaking", "latest",  "update",  "all",
                                                     "populer",  "popular", "home"};
  for (std::string_view word : Words(label)) {
    for (std::string_view site_word : kLabelWords) {
      if (EqualsIgnoreCase(word, site_word)) return true;
    }
  }
  return false;
}

// The longest paper's name after a writer's in a date's label, in words.
constexpr size_t kMaxPaperWords = 5;

// True when `part` may name the paper a writer works for: one to five capitalised words of
// letters ("The Detroit News", "USA TODAY"), or a known outlet's or agency's name.
bool NamesAPaper(std::string_view part) {
  if (!SiteForOutletName(part).empty() || !CanonicalAgency(part).empty()) return true;
  std::vector<std::string_view> words = Words(part);
  if (words.empty() || words.size() > kMaxPaperWords) return false;
  return std::all_of(words.begin(), words.end(), [](std::string_view w) {
    return StartsUpper(w) && std::all_of(w.begin(), w.end(), [](char c) {
             return std::isalpha(static_cast<unsigned char>(c)) || c == '.' || c == '-';
           });
  });
}

}  // namespace

bool ParseDateLabelCredit(std::string_view label, Credits* out) {
  label = Trim(label);
  // "Oleh: Rahmat HidayatSabtu,": the weekday glued to the name by the text dump.
  std::vector<std::string_view> glued = SplitGluedWords(label);
  if (glued.size() > 1 && StartsWithWeekday(glued.back())) {
    label = Trim(label.substr(0, glued.back().data() - label.data()));
  }
  label = WithoutDateLabelTail(label);
  // "Mark Hicks, The Detroit News Published": the word that opens the time closes the byline,
  // and may follow a separator ("By Jane Doe • Published").
  for (std::string_view opener : {" Published", " Posted", " Diterbitkan", " Dipublikasikan"}) {
    if (label.ends_with(opener)) {
      label = WithoutDateLabelTail(Trim(label.substr(0, label.size() - opener.size())));
      break;
    }
  }
  // A name opens with a letter (not a list bullet or a "| Editor" remnant).
  if (label.empty() || !std::isalpha(static_cast<unsigned char>(label[0]))) return false;
  // "Last Updated: Tuesday, ...", "Diperbarui Senin, ...": the date's own label, no name.
  for (std::string_view word : Words(label)) {
    for (std::string_view lead : {"updated", "published", "posted", "modified", "diperbarui",
                                  "diterbitkan", "dipublikasikan", "terbit", "diunggah"}) {
      if (EqualsIgnoreCase(word, lead)) return false;
    }
  }
  // "Tom Davies Associated Press": the wire's name after the writer's is not part of it.
  std::vector<std::string_view> words = Words(label);
  for (size_t n = 1; n <= 2 && n < words.size(); ++n) {
    std::string_view last(words[words.size() - n].data(),
                          label.data() + label.size() - words[words.size() - n].data());
    if (!CanonicalAgency(last).empty() || !SiteForOutletName(last).empty()) {
      // "Jane Doe, USA TODAY": the comma before the outlet goes with it.
      label = WithoutDateLabelTail(
          Trim(label.substr(0, words[words.size() - n].data() - label.data())));
      break;
    }
  }
  const Label* by = nullptr;
  if (MatchLabel(label, &by) > 0) return ParseCreditLine(label, out);
  // "Editor Yuliani Santoso" above the date: a credit label without its colon, then one name.
  if (size_t space = label.find(' '); space != std::string_view::npos) {
    CreditRole role = CreditLabelRole(label.substr(0, space));
    std::string_view name = Trim(label.substr(space + 1));
    if ((role == CreditRole::kAuthor || role == CreditRole::kEditor) && LooksLikePersonName(name)) {
      AddCredit(role, name, out);
      return true;
    }
  }
  for (std::string_view prefix : {"by", "oleh"}) {  // "By" before a no-break space
    if (StartsWithIgnoreCase(label, prefix) && label.size() > prefix.size() &&
        !std::isalpha(static_cast<unsigned char>(label[prefix.size()]))) {
      return false;
    }
  }
  // "Jane Doe \u00b7 Reporter": the writer's post after a middle dot or a long dash.
  for (std::string_view separator : kPostSeparators) {
    const size_t at = label.rfind(separator);
    if (at == std::string_view::npos) continue;
    if (IsPost(Trim(label.substr(at + separator.size())))) label = Trim(label.substr(0, at));
    break;
  }
  size_t comma = label.rfind(',');
  if (comma != std::string_view::npos) {
    std::string_view role = Trim(label.substr(comma + 1));
    bool journalist = false;
    for (std::string_view r : {"jurnalis", "wartawan", "reporter", "kontributor", "journalist",
                               "correspondent", "staff writer"}) {
      journalist = journalist || EqualsIgnoreCase(role, r);
    }
    if (journalist) label = Trim(label.substr(0, comma));
    // "Hambali, Jurnalis": with the role said, one capitalised word is a name (many
    // Indonesians have one).
    if (journalist && IsMononym(label)) {
      AddCredit(CreditRole::kAuthor, label, out);
      return true;
    }
    // "Mark Hicks, The Detroit News", "Jane Doe, USA TODAY": the writer, then the paper.
    std::string_view name = Trim(label.substr(0, comma));
    if (!journalist && NamesAPaper(role) && LooksLikePersonName(name) && !HasSiteLabelWord(name)) {
      AddCredit(CreditRole::kAuthor, name, out);
      return true;
    }
  }
  if (!LooksLikePersonName(label) || HasSiteLabelWord(label)) return false;
  AddCredit(CreditRole::kAuthor, label, out);
  return true;
}

bool ParseDateTailCredit(std::string_view tail, Credits* out) {
  tail = Trim(tail);
  for (std::string_view sep : {"|", "-", "/", ",", "\xE2\x80\x93", "\xE2\x80\x94"}) {
    if (tail.starts_with(sep)) {
      tail = Trim(tail.substr(sep.size()));
      break;
    }
  }
  const Label* label = nullptr;
  return MatchLabel(tail, &label) > 0 && ParseCreditLine(tail, out);
}

bool ParseDateLabelCreditBeforeSection(std::string_view label, std::string_view section,
                                       Credits* out) {
  label = WithoutDateLabelTail(Trim(label));
  size_t bar = label.rfind('|');
  if (section.empty() || bar == std::string_view::npos) return false;
  if (!EqualsIgnoreCase(Trim(label.substr(bar + 1)), section)) return false;
  return ParseDateLabelCredit(label.substr(0, bar), out);
}

void MergeCredits(const Credits& c, Article* a) {
  for (const std::string& s : c.authors) AddUnique(&a->authors, s);
  for (const std::string& s : c.editors) AddUnique(&a->editors, s);
  for (const std::string& s : c.agencies) AddUnique(&a->agencies, s);
}

bool IsNameInPlace(std::string_view text) {
  if (text.size() > 80) return false;
  size_t at = text.find(" in ");
  if (at == std::string_view::npos) return false;
  std::vector<std::string_view> place = Words(text.substr(at + 4));
  if (place.empty() || place.size() > 3) return false;
  for (std::string_view word : place) {
    if (!StartsUpper(word) || !std::all_of(word.begin(), word.end(), [](char c) {
          return std::isalpha(static_cast<unsigned char>(c)) != 0;
        })) {
      return false;
    }
  }
  std::string_view name = text.substr(0, at);
  return CountWords(name) >= 2 && LooksLikePersonName(name);
}

std::string_view OutletAndPlace(std::string_view line, std::string_view outlet) {
  line = Trim(line);
  size_t comma = line.rfind(", ");
  if (line.size() > 80 || comma == std::string_view::npos || comma == 0) return {};
  std::string_view name = line.substr(0, comma), place = Trim(line.substr(comma + 2));
  bool named =
      !SiteForOutletName(name).empty() || (!outlet.empty() && name.size() > outlet.size() &&
                                           name.starts_with(outlet) && name[outlet.size()] == ' ');
  std::vector<std::string_view> words = Words(place);
  if (!named || words.empty() || words.size() > 3) return {};
  for (std::string_view word : words) {
    if (!StartsUpper(word) || !std::all_of(word.begin(), word.end(), [](char c) {
          return std::isalpha(static_cast<unsigned char>(c)) != 0;
        })) {
      return {};
    }
  }
  return place;
}

bool LooksLikeAuthorBio(std::string_view line) {
  // Words apart by any white space: a dump may print two spaces between them.
  static const RE2 re(
      "(?i)\\b(bergabung\\s+dengan|bergabung\\s+di|lulus\\s+dari|lulusan|alumnus|alumni|"
      "menempuh\\s+pendidikan|"
      "kini\\s+(?:menjadi\\s+)?(?:reporter|jurnalis|wartawan|editor|redaktur)|"
      "adalah\\s+(?:seorang\\s+)?(?:reporter|jurnalis|wartawan|editor|redaktur)|meliput\\s+isu|"
      "joined|graduated|"
      "is\\s+an?\\s+(?:senior\\s+|staff\\s+|freelance\\s+|contributing\\s+)?"
      "(?:reporter|writer|editor|correspondent|journalist)|"
      // "Bea Cupin is Rappler's senior multimedia reporter covering politics."
      "is\\s+(?:the\\s+)?[\\w.]+(?:'|\u2019)s\\s+(?:[\\w-]+\\s+){0,3}"
      "(?:reporter|writer|editor|correspondent|journalist|columnist)|"
      "has\\s+covered|writes\\s+about|reporter\\s+(?:at|for)|correspondent\\s+(?:at|for))\\b");
  if (Words(line).size() < 8) return false;
  return RE2::PartialMatch(re2::StringPiece(line.data(), line.size()), re);
}

namespace {

// SplitCreditsAndDate's work; *after_separator receives where the part after the separator
// starts.
bool SplitAtSeparator(std::string_view text, const TimePoint& now, Credits* c, DateFound* date,
                      size_t* after_separator) {
  static constexpr std::string_view kSeparators[] = {" - ", " | ", " \xE2\x80\x93 ",
                                                     " \xE2\x80\x94 "};
  size_t best = std::string_view::npos, best_size = 0;
  for (std::string_view sep : kSeparators) {
    size_t at = text.find(sep);
    if (at < best) {
      best = at;
      best_size = sep.size();
    }
  }
  if (best == std::string_view::npos) return false;
  Credits credits;
  DateFound found;
  size_t from = best + best_size;
  if (!ParseCreditLine(text.substr(0, best), &credits) ||
      !ParsePublicationLine(text.substr(from), now, &found)) {
    return false;
  }
  found.begin += from;
  found.end += from;
  *c = std::move(credits);
  *date = std::move(found);
  *after_separator = from;
  return true;
}

}  // namespace

bool SplitCreditsAndDate(std::string_view text, const TimePoint& now, Credits* c, DateFound* date) {
  size_t from = 0;
  return SplitAtSeparator(text, now, c, date, &from);
}

bool SplitLabelledCreditsAndDate(std::string_view text, const TimePoint& now, Credits* c,
                                 DateFound* date) {
  // Most lines have no separator: three memchr calls before the label's test.
  if (!MayOpenWithLabel(text) || (std::memchr(text.data(), '-', text.size()) == nullptr &&
                                  std::memchr(text.data(), '|', text.size()) == nullptr &&
                                  std::memchr(text.data(), '\xE2', text.size()) == nullptr)) {
    return false;
  }
  const Label* label = nullptr;
  if (MatchLabel(text, &label) == 0) return false;
  Credits credits;
  DateFound found;
  size_t from = 0;
  // The part after the separator is the date alone: "By X - Live Science Contributor
  // 2019-11-19T12:48:14Z" is a byline with a job title, read by the byline rules.
  if (!SplitAtSeparator(text, now, &credits, &found, &from) || found.begin != from) return false;
  *c = std::move(credits);
  *date = std::move(found);
  return true;
}

}  // namespace kabar::extract
