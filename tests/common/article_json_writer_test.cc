// ArticleToJson (JsonWriter) against the nlohmann::json implementation it replaced, which
// is kept here as the reference: the bytes must be identical, on hand-picked and on random
// articles (control characters, quotes, non-ASCII, invalid UTF-8).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <random>
#include <string>

#include "kabar/article_json.h"

namespace kabar {
namespace {

using Json = nlohmann::ordered_json;

Json NullIfEmpty(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

Json SourceToJson(const SourceRef& s) {
  Json j = {{"path", s.path}, {"offset", s.offset}, {"length", s.length}};
  if (!s.record_id.empty()) j["record_id"] = s.record_id;
  return j;
}

Json SyndicationToJson(const Syndication& s) {
  if (s.site.empty() && s.url.empty() && s.title.empty()) return nullptr;
  return {
      {"site", NullIfEmpty(s.site)}, {"title", NullIfEmpty(s.title)}, {"url", NullIfEmpty(s.url)}};
}

Json RemovedToJson(const std::vector<RemovedLine>& removed) {
  Json arr = Json::array();
  for (const RemovedLine& r : removed) {
    arr.push_back({{"line", r.line}, {"reason", r.reason}, {"text", r.text}});
  }
  return arr;
}

Json EntitiesToJson(const std::vector<EntityMention>& entities) {
  Json arr = Json::array();
  for (const EntityMention& e : entities) {
    arr.push_back(
        {{"name", e.name}, {"type", e.type}, {"mentions", e.mentions}, {"aliases", e.aliases}});
  }
  return arr;
}

Json QuotesToJson(const std::vector<Quote>& quotes) {
  Json arr = Json::array();
  for (const Quote& q : quotes) {
    arr.push_back({{"speaker", NullIfEmpty(q.speaker)},
                   {"text", q.text},
                   {"verb", NullIfEmpty(q.verb)},
                   {"paragraph", q.paragraph},
                   {"direct", q.direct}});
  }
  return arr;
}

std::string ReferenceArticleToJson(const Article& a) {
  Json j;
  j["id"] = NullIfEmpty(a.id);
  j["source"] = SourceToJson(a.source);
  j["url"] = NullIfEmpty(a.url);
  j["canonical_url"] = NullIfEmpty(a.canonical_url);
  j["fetched_at"] = NullIfEmpty(a.fetched_at);
  j["site"] = NullIfEmpty(a.site);
  j["outlet"] = NullIfEmpty(a.outlet);
  j["language"] = NullIfEmpty(a.language);
  j["title"] = NullIfEmpty(a.title);
  j["lead"] = NullIfEmpty(a.lead);
  j["section"] = NullIfEmpty(a.section);
  j["published"] = NullIfEmpty(a.published);
  j["modified"] = NullIfEmpty(a.modified);
  j["dates_mentioned"] = a.dates_mentioned;
  j["dateline"] = NullIfEmpty(a.dateline);
  j["authors"] = a.authors;
  j["editors"] = a.editors;
  j["agencies"] = a.agencies;
  j["captions"] = a.captions;
  j["body"] = a.body;
  j["syndicated_from"] = SyndicationToJson(a.syndicated_from);
  j["removed"] = RemovedToJson(a.removed);
  j["redactions"] = a.redactions;
  j["repaired_utf8"] = a.repaired_utf8;
  j["duplicate_of"] = NullIfEmpty(a.duplicate_of);
  j["duplicate_similarity"] = a.duplicate_of.empty() ? Json(nullptr) : Json(a.duplicate_similarity);
  j["story_id"] = NullIfEmpty(a.story_id);
  j["storyline_id"] = NullIfEmpty(a.storyline_id);
  j["entities"] = EntitiesToJson(a.entities);
  j["quotes"] = QuotesToJson(a.quotes);
  if (!a.input_json.empty()) {
    Json input = Json::parse(a.input_json, nullptr, /*allow_exceptions=*/false);
    j["input"] = input.is_discarded() ? Json(a.input_json) : input;
  }
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string RandomText(std::mt19937* rng) {
  static const std::vector<std::string> pieces = {"a",
                                                  "Jakarta",
                                                  " ",
                                                  "\"",
                                                  "\\",
                                                  "\n",
                                                  "\t",
                                                  "\r",
                                                  "\b",
                                                  "\f",
                                                  std::string(1, '\0'),
                                                  "\x01",
                                                  "\x1f",
                                                  "\x7f",
                                                  "\xC3\xA9",
                                                  "\xE2\x80\x94",
                                                  "\xF0\x9F\x98\x80",
                                                  "\xFF",
                                                  "\xC3",
                                                  "\xE2\x82",
                                                  "\xED\xA0\x80",
                                                  "\xC0\xAF",
                                                  "/",
                                                  "<script>",
                                                  "\u2028"};
  std::string s;
  int n = static_cast<int>((*rng)() % 8);
  for (int i = 0; i < n; ++i) s += pieces[(*rng)() % pieces.size()];
  return s;
}

Article RandomArticle(std::mt19937* rng) {
  Article a;
  auto text = [&] { return RandomText(rng); };
  a.id = text();
  a.source = {text(), (*rng)(), (*rng)() % 1000, text()};
  a.url = text();
  a.title = text();
  a.lead = text();
  a.language = "id";
  a.authors = {text(), text()};
  a.body = {text(), text(), text()};
  a.captions = {text()};
  a.syndicated_from = {text(), text(), text()};
  a.removed = {{static_cast<int>((*rng)() % 100), text(), text()}};
  a.redactions = {{"email", 1}, {"phone", 2}};
  a.repaired_utf8 = static_cast<int>((*rng)() % 5);
  if ((*rng)() % 2) {
    a.duplicate_of = "abc";
    a.duplicate_similarity = ((*rng)() % 1000) / 997.0;
  }
  a.entities = {{text(), "PER", 2, {text()}}};
  a.quotes = {{text(), text(), text(), 1, (*rng)() % 2 == 0}};
  if ((*rng)() % 2) a.input_json = (*rng)() % 2 ? R"({"k":[1,2.5,"x"]})" : text();
  return a;
}

TEST(ArticleToJson, SameBytesAsNlohmann) {
  Article plain;
  EXPECT_EQ(ArticleToJson(plain), ReferenceArticleToJson(plain));
  std::mt19937 rng(42);
  for (int i = 0; i < 3000; ++i) {
    Article a = RandomArticle(&rng);
    ASSERT_EQ(ArticleToJson(a), ReferenceArticleToJson(a)) << "article " << i;
  }
}

}  // namespace
}  // namespace kabar
