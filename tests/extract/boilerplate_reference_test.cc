// BoilerplateReason against a slow reference, boilerplate.cc as it was before the phrase index
// (63452b3): one RE2::Set of every phrase pattern, the lowest matching one giving the reason,
// with the patterns that open with ".*" or "[^.!?]*" asked only when the line holds one of
// their keywords (its old pre-test, found here with plain lower-case finds), and the same
// bracket and decoration retries. Run on every line of the test pages and seeds, on strings
// sampled from each pattern (which match it, and maybe an earlier one), and, when
// KABAR_PHRASE_DIFF_DIR names a directory (e.g. generated pages), on every line under it.
#include <gtest/gtest.h>
#include <re2/re2.h>
#include <re2/set.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "common/ascii_case.h"
#include "extract/boilerplate.h"
#include "extract/boilerplate_patterns.h"
#include "extract/regex_tree.h"
#include "extract/text_util.h"
#include "regex_samples.h"

namespace kabar::extract {
namespace {

namespace fs = std::filesystem;

class ReferencePhrases {
 public:
  ReferencePhrases() : set_(Options(), RE2::ANCHOR_BOTH) {
    for (const BoilerplatePattern& p : BoilerplatePatterns()) set_.Add(p.regex, nullptr);
    ok_ = set_.Compile();
  }

  bool ok() const { return ok_; }

  std::string_view BoilerplateReasonOf(std::string_view line) const {
    line = Trim(line);
    if (line.empty() || line.size() > 400) return {};
    bool anywhere = MayMatchAnywhere(line);
    std::string_view reason = Reason(line, anywhere);
    if (reason.empty() && line.size() > 2 &&
        ((line.front() == '[' && line.back() == ']') ||
         (line.front() == '(' && line.back() == ')'))) {
      reason = Reason(Trim(line.substr(1, line.size() - 2)), anywhere);
    }
    if (reason.empty()) {
      std::string_view inner = WithoutDecoration(line);
      if (inner.size() < line.size()) reason = Reason(inner, anywhere);
    }
    return reason;
  }

 private:
  static RE2::Options Options() {
    RE2::Options o;
    o.set_case_sensitive(false);
    o.set_log_errors(false);
    o.set_max_mem(64 << 20);
    return o;
  }

  static bool OpensAnywhere(std::string_view regex) {
    return regex.starts_with(".*") || regex.starts_with("[^.!?]*");
  }

  std::string_view Reason(std::string_view line, bool anywhere) const {
    std::vector<int> hits;
    if (!set_.Match(re2::StringPiece(line.data(), line.size()), &hits)) return {};
    int best = -1;
    for (int h : hits) {
      if (!anywhere && OpensAnywhere(BoilerplatePatterns()[h].regex)) continue;
      if (best < 0 || h < best) best = h;
    }
    return best < 0 ? std::string_view() : BoilerplatePatterns()[best].reason;
  }

  // The old pre-test of the patterns that open anywhere, on the trimmed line.
  static bool MayMatchAnywhere(std::string_view line) {
    std::string lower(line);
    for (char& c : lower) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c;
    auto has = [&](std::string_view needle) { return lower.find(needle) != std::string::npos; };
    if (has("rved") || has("cipta") || has("(c)") || has("\xC2\xA9")) return true;
    if (has("klik di") || has("click here")) return true;
    if (EndsWithPromoCall(line) || EndsWithContributionNote(line)) return true;
    if (EndsWithDisclosure(line) || EndsWithEditorsDisclaimer(line)) return true;
    if (has(".") || has("!") || has("?")) return false;
    return has("wnload") || has("unduh");
  }

  static bool EndsWithPromoCall(std::string_view line) {
    while (!line.empty() && std::string_view(".!)] -*=~").find(line.back()) != line.npos) {
      line.remove_suffix(1);
    }
    for (std::string_view end : {"sekarang", "now", "today", "sini"}) {
      if (EndsWithIgnoreCase(line, end)) return true;
    }
    return false;
  }

  static bool EndsWithContributionNote(std::string_view line) {
    if (!line.empty() && line.back() == '.') line.remove_suffix(1);
    for (std::string_view end : {" to this report", " to this story", " to this article"}) {
      if (line.size() > end.size() && EndsWithIgnoreCase(line, end)) return true;
    }
    return false;
  }

  // An academic's disclosure or funding note's ending (added with those patterns, 2026-11).
  static bool EndsWithDisclosure(std::string_view line) {
    if (!line.empty() && line.back() == '.') line.remove_suffix(1);
    std::string lower(line);
    for (char& c : lower) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c;
    for (std::string_view end :
         {"academic appointment", "this article", "artikel ini", "the conversation"}) {
      if (std::string_view(lower).ends_with(end)) return true;
      // "The Conversation AU": an edition's two letters after the name.
      if (lower.size() > 3 && lower[lower.size() - 3] == ' ' &&
          std::string_view(lower).substr(0, lower.size() - 3).ends_with(end)) {
        return true;
      }
    }
    return false;
  }

  // An outlet's disclaimer of a text's ending (added with the cue, 2026-11).
  static bool EndsWithEditorsDisclaimer(std::string_view line) {
    while (!line.empty() && (line.back() == '.' || line.back() == ')')) line.remove_suffix(1);
    return EndsWithIgnoreCase(line, "jawab redaksi");
  }

  // The line without the decoration on both its sides, as boilerplate.cc strips it.
  static std::string_view WithoutDecoration(std::string_view line) {
    auto decoration_at = [](std::string_view s, bool front) -> size_t {
      for (std::string_view d : {"-", "*", "=", "~", "\xE2\x80\x93", "\xE2\x80\x94"}) {
        if (front ? s.starts_with(d) : s.ends_with(d)) return d.size();
      }
      return 0;
    };
    std::string_view inner = line;
    size_t front = 0, back = 0;
    for (size_t n = decoration_at(inner, true); n > 0; n = decoration_at(inner, true)) {
      inner.remove_prefix(n);
      front += n;
    }
    for (size_t n = decoration_at(inner, false); n > 0; n = decoration_at(inner, false)) {
      inner.remove_suffix(n);
      back += n;
    }
    if (front == 0 || back == 0) return line;
    return Trim(inner);
  }

  RE2::Set set_;
  bool ok_ = false;
};

const ReferencePhrases& Reference() {
  static const ReferencePhrases* r = new ReferencePhrases();
  return *r;
}

// Compares on every line of every file under `root`; returns the number of lines.
size_t CompareFilesUnder(const fs::path& root) {
  size_t lines = 0;
  if (!fs::exists(root)) return 0;
  for (const auto& e :
       fs::recursive_directory_iterator(root, fs::directory_options::follow_directory_symlink)) {
    if (!e.is_regular_file()) continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::string line;
    while (std::getline(in, line)) {
      ++lines;
      EXPECT_EQ(BoilerplateReason(line), Reference().BoilerplateReasonOf(line))
          << e.path() << ": '" << line << "'";
    }
  }
  return lines;
}

TEST(BoilerplateReference, AgreesOnEveryLineOfTheTestPages) {
  ASSERT_TRUE(Reference().ok());
  const fs::path data = fs::path(KABAR_SOURCE_DIR) / "tests" / "data";
  size_t lines = CompareFilesUnder(data);
  EXPECT_GT(lines, 10000u);
  CompareFilesUnder(fs::path(KABAR_SOURCE_DIR) / ".." / "shared" / "seeds");
  if (const char* dir = std::getenv("KABAR_PHRASE_DIFF_DIR")) {
    std::printf("%zu lines under %s\n", CompareFilesUnder(dir), dir);
  }
}

// Strings sampled from each pattern, alone and in brackets or between dashes: the reason must
// be the reference's (the lowest matching pattern's), as the fast paths must not change which
// pattern wins.
TEST(BoilerplateReference, AgreesOnStringsSampledFromEachPattern) {
  ASSERT_TRUE(Reference().ok());
  testing::RegexSampler sampler(7);
  size_t matched = 0;
  for (const BoilerplatePattern& p : BoilerplatePatterns()) {
    std::optional<RegexNode> tree = ParseRegexTree(p.regex);
    ASSERT_TRUE(tree.has_value()) << p.regex;
    for (int i = 0; i < 600; ++i) {
      std::string s = sampler.Sample(*tree);
      if (i % 3 == 1) s = "[ " + s + " ]";
      if (i % 3 == 2) s = "- " + s + " -";
      std::string_view want = Reference().BoilerplateReasonOf(s);
      matched += !want.empty();
      ASSERT_EQ(BoilerplateReason(s), want) << p.regex << " on '" << s << "'";
    }
  }
  EXPECT_GT(matched, 40000u);
}

}  // namespace
}  // namespace kabar::extract
