#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "kabar/fts_tokenizer.h"
#include "kabar/query.h"

namespace kabar {
namespace {

// A word or phrase as the parser writes it: any form, or the form as typed (ranked higher).
std::string W(const std::string& text) {
  std::string quoted;
  for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return "(\"" + quoted + "\" OR \"\x01" + quoted + "\")";
}

std::string And(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "(" : " AND ") + p;
  return out + ")";
}

TEST(QueryParserTest, TranslatesValidQueries) {
  struct Case {
    std::string query, match;
  } cases[] = {
      {"kim", W("kim")},
      {"kim jong un", And({W("kim"), W("jong"), W("un")})},
      {"\"kim jong un\"", W("kim jong un")},
      {"pemerin*", R"("pemerin" *)"},
      {"putin OR kim", "(" + W("putin") + " OR " + W("kim") + ")"},
      {"putin -kim", "(" + W("putin") + " NOT " + W("kim") + ")"},
      {"putin NOT kim NOT xi", "(" + W("putin") + " NOT (" + W("kim") + " OR " + W("xi") + "))"},
      {"(putin OR xi) AND kim", And({"(" + W("putin") + " OR " + W("xi") + ")", W("kim")})},
      {"a \"b\"\"c\"", And({W("a"), W("b"), W("c")})},
      {"say \"he said \"\"no\"\"\"", And({W("say"), W("he said "), W("no")})},
      {"and or not", And({W("and"), W("or"), W("not")})},  // operators only in capitals
      {"NEAR(a b) col:x", And({W("NEAR"), And({W("a"), W("b")}), W("col:x")})},
      {"ini , !!! itu", And({W("ini"), W("itu")})},  // punctuation-only words are dropped
      {"co-op", W("co-op")},
      {"'; DROP TABLE articles; --", And({W("DROP"), W("TABLE"), W("articles;")})},
  };
  for (const Case& c : cases) {
    Result<ParsedQuery> q = ParseQuery(c.query);
    ASSERT_TRUE(q.ok()) << c.query << ": " << q.status().ToString();
    EXPECT_EQ(q->fts_match, c.match) << c.query;
  }
}

TEST(QueryParserTest, ReadsFilters) {
  Result<ParsedQuery> q = ParseQuery(
      "banjir outlet:\"Kompas TV\" site:tempo.co lang:id from:2023-01-01 to:2023-12-31 story:s1");
  ASSERT_TRUE(q.ok()) << q.status().ToString();
  EXPECT_EQ(q->fts_match, W("banjir"));
  EXPECT_EQ(q->filters.outlets, std::vector<std::string>{"Kompas TV"});
  EXPECT_EQ(q->filters.sites, std::vector<std::string>{"tempo.co"});
  EXPECT_EQ(q->filters.languages, std::vector<std::string>{"id"});
  EXPECT_EQ(q->filters.from, "2023-01-01");
  EXPECT_EQ(q->filters.to, "2023-12-31");
  EXPECT_EQ(q->filters.story, "s1");
  Result<ParsedQuery> only = ParseQuery("site:detik.com");
  ASSERT_TRUE(only.ok());
  EXPECT_EQ(only->fts_match, "");
}

TEST(QueryParserTest, RejectsMalformedQueriesWithClearMessages) {
  struct Case {
    std::string query, message;
  } cases[] = {
      {"", "query has no words"},
      {"   ", "query has no words"},
      {"!!!", "query has no words"},
      {"\"kim jong", "unclosed quote (at character 1)"},
      {"(kim", "unmatched '(' (at character 1)"},
      {"kim)", "unmatched ')' (at character 4)"},
      {"OR kim", "OR needs a word on both sides (at character 1)"},
      {"kim OR", "OR needs a word on both sides (at character 7)"},
      {"AND kim", "AND needs a word before it (at character 1)"},
      {"kim AND", "AND needs a word after it (at character 5)"},
      {"NOT kim", "a query cannot only exclude words: add a word to find (at character 1)"},
      {"-kim -putin", "a query cannot only exclude words: add a word to find (at character 1)"},
      {"kim OR -putin", "a query cannot only exclude words: add a word to find (at character 8)"},
      {"kim NOT", "NOT needs a word after it (at character 5)"},
      {"kim NOT NOT x", "NOT needs a word after it (at character 5)"},
      {"a*", "a prefix needs at least 2 letters before '*' (at character 1)"},
      {"*", "'*' must follow a word (at character 1)"},
      {"from:yesterday", "from: expected a date as YYYY-MM-DD, got 'yesterday' (at character 1)"},
      {"to:2023-13-01", "to: expected a date as YYYY-MM-DD, got '2023-13-01' (at character 1)"},
      {"lang:indonesian",
       "lang: expected a 2- or 3-letter language code, got 'indonesian' "
       "(at character 1)"},
      {"outlet:", "filter outlet: needs a value (at character 1)"},
      {"kim -site:x.com", "filters cannot be negated or put in parentheses (at character 6)"},
      {"(site:x.com)", "filters cannot be negated or put in parentheses (at character 2)"},
      {"((((((((((a))))))))))", "too many nested parentheses (at character 9)"},
  };
  for (const Case& c : cases) {
    Result<ParsedQuery> q = ParseQuery(c.query);
    ASSERT_FALSE(q.ok()) << c.query << " gave " << q->fts_match;
    EXPECT_EQ(q.status().code(), Status::Code::kInvalidArgument) << c.query;
    EXPECT_EQ(q.status().message(), c.message) << c.query;
  }
}

TEST(QueryParserTest, ExpandsOneWordPrefixesThroughTheExpander) {
  std::vector<std::string> asked;
  PrefixExpander expander = [&](std::string_view prefix) {
    asked.emplace_back(prefix);
    return prefix == "pemerin" ? std::vector<std::string>{"pemerintah", "=pemerintahan"}
                               : std::vector<std::string>{};
  };
  const std::string mark(1, kIndexTermMark);
  Result<ParsedQuery> q = ParseQuery("Pemerin* korup*", {}, &expander);
  ASSERT_TRUE(q.ok());
  // Listed terms become an OR of index terms; a prefix the expander declines stays a prefix.
  EXPECT_EQ(q->fts_match,
            "((\"" + mark + "pemerintah\" OR \"" + mark + "=pemerintahan\") AND \"korup\" *)");
  EXPECT_EQ(asked, (std::vector<std::string>{"pemerin", "korup"}));  // folded
  // A phrase prefix is not one word: FTS5 handles it.
  asked.clear();
  Result<ParsedQuery> phrase = ParseQuery("kim-jo*", {}, &expander);
  ASSERT_TRUE(phrase.ok()) << phrase.status().ToString();
  EXPECT_EQ(phrase->fts_match, R"("kim-jo" *)");
  EXPECT_TRUE(asked.empty());
}

TEST(QueryParserTest, EnforcesLimits) {
  QueryLimits limits;
  limits.max_bytes = 20;
  limits.max_terms = 3;
  EXPECT_EQ(ParseQuery(std::string(21, 'a'), limits).status().message(),
            "query too long (at most 20 bytes)");
  EXPECT_EQ(ParseQuery("a b c d", limits).status().message(),
            "too many words in the query (at most 3)");
  EXPECT_TRUE(ParseQuery("a b c", limits).ok());
}

// Fuzz-ish: random mixes of syntax characters never crash and either parse or give an
// InvalidArgument; the MATCH text of every accepted query has balanced quotes.
TEST(QueryParserTest, SurvivesRandomSyntax) {
  const std::string alphabet[] = {"a",  "kim", " ",    "\"", "(",     ")",     "*",  "-",
                                  "OR", "AND", "NOT",  ":",  "lang:", "from:", "\\", "\xff",
                                  "é",  "'",   "NEAR", "^",  "{",     "}",     ",",  "+"};
  uint32_t seed = 12345;
  auto next = [&] {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) & 0x7fff;
  };
  int accepted = 0;
  for (int round = 0; round < 5000; ++round) {
    std::string query;
    int n = 1 + next() % 12;
    for (int k = 0; k < n; ++k) {
      query += alphabet[next() % std::size(alphabet)];
      if (next() % 3 == 0) query += " ";
    }
    Result<ParsedQuery> q = ParseQuery(query);
    if (!q.ok()) {
      EXPECT_EQ(q.status().code(), Status::Code::kInvalidArgument) << query;
      EXPECT_FALSE(q.status().message().empty());
      continue;
    }
    ++accepted;
    size_t quotes = 0;
    for (char c : q->fts_match) quotes += c == '"';
    EXPECT_EQ(quotes % 2, 0u) << query << " -> " << q->fts_match;
  }
  EXPECT_GT(accepted, 100);
}

}  // namespace
}  // namespace kabar
