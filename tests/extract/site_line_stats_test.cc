#include "kabar/site_line_stats.h"

#define XXH_STATIC_LINKING_ONLY  // XXH3_state_t on the stack
#include <gtest/gtest.h>
#include <xxhash.h>

#include <random>
#include <string>

namespace kabar {
namespace {

// LineKey as first written: the trimmed line lowered byte by byte and hashed in 256-byte
// chunks through XXH3's streaming state.
uint64_t RefLineKey(std::string_view line) {
  auto space = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
  };
  while (!line.empty() && space(line.front())) line.remove_prefix(1);
  while (!line.empty() && space(line.back())) line.remove_suffix(1);
  XXH3_state_t state;
  XXH3_64bits_reset(&state);
  for (size_t at = 0; at < line.size(); at += 256) {
    std::string chunk(line.substr(at, 256));
    for (char& c : chunk) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    XXH3_64bits_update(&state, chunk.data(), chunk.size());
  }
  return XXH3_64bits_digest(&state);
}

TEST(SiteLineStats, LineKeyIsTheHashOfTheTrimmedLowerCasedLine) {
  EXPECT_EQ(SiteLineStats::LineKey("  Iklan \t"), SiteLineStats::LineKey("IKLAN"));
  EXPECT_NE(SiteLineStats::LineKey("Iklan"), SiteLineStats::LineKey("Iklan."));
  std::mt19937 rng(20261124);
  const std::string bytes = "aZ Q.\t\xC3\x89\xE2\x80\x9C-09@[`{";
  for (int n = 0; n < 3000; ++n) {
    // Lengths around the 16-byte steps, the old 256-byte chunks and the 4096-byte buffer.
    size_t size = n % 3 == 0 ? rng() % 40 : n % 3 == 1 ? rng() % 600 : 4000 + rng() % 5000;
    std::string line;
    for (size_t i = 0; i < size; ++i) line += bytes[rng() % bytes.size()];
    ASSERT_EQ(SiteLineStats::LineKey(line), RefLineKey(line)) << line.size();
  }
}

}  // namespace
}  // namespace kabar
