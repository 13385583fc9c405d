// Article <-> JSON with nlohmann::ordered_json, so fields come out in schema order.
#include "kabar/article_json.h"

#include <nlohmann/json.hpp>

namespace kabar {
namespace {

using Json = nlohmann::ordered_json;

Json NullIfEmpty(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

std::string StringOr(const Json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return "";
  return it->get<std::string>();
}

std::vector<std::string> StringsOr(const Json& j, const char* key) {
  std::vector<std::string> out;
  auto it = j.find(key);
  if (it == j.end() || !it->is_array()) return out;
  for (const Json& v : *it) {
    if (v.is_string()) out.push_back(v.get<std::string>());
  }
  return out;
}

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

}  // namespace

std::string ArticleToJson(const Article& a) {
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

namespace {

void ReadProvenance(const Json& j, Article* a) {
  if (auto it = j.find("source"); it != j.end() && it->is_object()) {
    a->source.path = StringOr(*it, "path");
    a->source.offset = it->value("offset", uint64_t{0});
    a->source.length = it->value("length", uint64_t{0});
    a->source.record_id = StringOr(*it, "record_id");
  }
  a->url = StringOr(j, "url");
  a->canonical_url = StringOr(j, "canonical_url");
  a->fetched_at = StringOr(j, "fetched_at");
  if (auto it = j.find("input"); it != j.end() && !it->is_null()) a->input_json = it->dump();
}

void ReadExtracted(const Json& j, Article* a) {
  a->site = StringOr(j, "site");
  a->outlet = StringOr(j, "outlet");
  a->language = StringOr(j, "language");
  a->title = StringOr(j, "title");
  a->lead = StringOr(j, "lead");
  a->section = StringOr(j, "section");
  a->published = StringOr(j, "published");
  a->modified = StringOr(j, "modified");
  a->dates_mentioned = StringsOr(j, "dates_mentioned");
  a->dateline = StringOr(j, "dateline");
  a->authors = StringsOr(j, "authors");
  a->editors = StringsOr(j, "editors");
  a->agencies = StringsOr(j, "agencies");
  a->captions = StringsOr(j, "captions");
  a->body = StringsOr(j, "body");
  if (auto it = j.find("syndicated_from"); it != j.end() && it->is_object()) {
    a->syndicated_from = {StringOr(*it, "site"), StringOr(*it, "title"), StringOr(*it, "url")};
  }
  if (auto it = j.find("removed"); it != j.end() && it->is_array()) {
    for (const Json& r : *it) {
      if (!r.is_object()) continue;
      a->removed.push_back({r.value("line", 0), StringOr(r, "text"), StringOr(r, "reason")});
    }
  }
}

void ReadDerived(const Json& j, Article* a) {
  if (auto it = j.find("redactions"); it != j.end() && it->is_object()) {
    for (const auto& [k, v] : it->items()) {
      if (v.is_number_integer()) a->redactions[k] = v.get<int>();
    }
  }
  a->repaired_utf8 = j.value("repaired_utf8", 0);
  a->id = StringOr(j, "id");
  a->duplicate_of = StringOr(j, "duplicate_of");
  if (auto it = j.find("duplicate_similarity"); it != j.end() && it->is_number()) {
    a->duplicate_similarity = it->get<double>();
  }
  a->story_id = StringOr(j, "story_id");
  a->storyline_id = StringOr(j, "storyline_id");
  if (auto it = j.find("entities"); it != j.end() && it->is_array()) {
    for (const Json& e : *it) {
      if (!e.is_object()) continue;
      a->entities.push_back({StringOr(e, "name"), StringOr(e, "type"), e.value("mentions", 0),
                             StringsOr(e, "aliases")});
    }
  }
  if (auto it = j.find("quotes"); it != j.end() && it->is_array()) {
    for (const Json& q : *it) {
      if (!q.is_object()) continue;
      a->quotes.push_back({StringOr(q, "speaker"), StringOr(q, "text"), StringOr(q, "verb"),
                           q.value("paragraph", 0), q.value("direct", true)});
    }
  }
}

}  // namespace

Result<Article> ArticleFromJson(std::string_view json) {
  Json j = Json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) {
    return Status::Corruption("not a JSON object");
  }
  Article a;
  try {
    ReadProvenance(j, &a);
    ReadExtracted(j, &a);
    ReadDerived(j, &a);
  } catch (const Json::exception& e) {
    return Status::Corruption(std::string("bad article JSON: ") + e.what());
  }
  return a;
}

}  // namespace kabar
