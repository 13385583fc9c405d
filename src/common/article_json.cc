// Article <-> JSON with nlohmann::ordered_json, so fields come out in schema order.
#include "kabar/article_json.h"

#include <nlohmann/json.hpp>

#include "common/json_writer.h"

namespace kabar {
namespace {

using Json = nlohmann::ordered_json;

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

void WriteSource(const SourceRef& s, JsonWriter* w) {
  w->BeginObject();
  w->Key("path");
  w->String(s.path);
  w->Key("offset");
  w->Uint(s.offset);
  w->Key("length");
  w->Uint(s.length);
  if (!s.record_id.empty()) {
    w->Key("record_id");
    w->String(s.record_id);
  }
  w->EndObject();
}

void WriteSyndication(const Syndication& s, JsonWriter* w) {
  if (s.site.empty() && s.url.empty() && s.title.empty()) return w->Null();
  w->BeginObject();
  w->Key("site");
  w->StringOrNull(s.site);
  w->Key("title");
  w->StringOrNull(s.title);
  w->Key("url");
  w->StringOrNull(s.url);
  w->EndObject();
}

void WriteRemoved(const std::vector<RemovedLine>& removed, JsonWriter* w) {
  w->BeginArray();
  for (const RemovedLine& r : removed) {
    w->BeginObject();
    w->Key("line");
    w->Int(r.line);
    if (r.last_line > r.line) {
      w->Key("last_line");
      w->Int(r.last_line);
    }
    w->Key("reason");
    w->String(r.reason);
    w->Key("text");
    w->String(r.text);
    w->EndObject();
  }
  w->EndArray();
}

void WriteRedactions(const std::map<std::string, int>& redactions, JsonWriter* w) {
  w->BeginObject();
  for (const auto& [kind, n] : redactions) {
    w->StringKey(kind);
    w->Int(n);
  }
  w->EndObject();
}

void WriteEntities(const std::vector<EntityMention>& entities, JsonWriter* w) {
  w->BeginArray();
  for (const EntityMention& e : entities) {
    w->BeginObject();
    w->Key("name");
    w->String(e.name);
    w->Key("type");
    w->String(e.type);
    w->Key("mentions");
    w->Int(e.mentions);
    w->Key("aliases");
    w->Strings(e.aliases);
    w->EndObject();
  }
  w->EndArray();
}

void WriteQuotes(const std::vector<Quote>& quotes, JsonWriter* w) {
  w->BeginArray();
  for (const Quote& q : quotes) {
    w->BeginObject();
    w->Key("speaker");
    w->StringOrNull(q.speaker);
    w->Key("text");
    w->String(q.text);
    w->Key("verb");
    w->StringOrNull(q.verb);
    w->Key("paragraph");
    w->Int(q.paragraph);
    w->Key("direct");
    w->Bool(q.direct);
    w->EndObject();
  }
  w->EndArray();
}

// The rarely present fields that need nlohmann's number and JSON handling.
void WriteSimilarity(const Article& a, JsonWriter* w) {
  if (a.duplicate_of.empty()) return w->Null();
  w->Raw(Json(a.duplicate_similarity).dump());
}

void WriteInput(const std::string& input_json, JsonWriter* w) {
  Json input = Json::parse(input_json, nullptr, /*allow_exceptions=*/false);
  if (input.is_discarded()) return w->String(input_json);
  w->Raw(input.dump(-1, ' ', false, Json::error_handler_t::replace));
}

// Writes `key` and a string-or-null value.
void Field(JsonWriter* w, const JsonKey& key, const std::string& value) {
  w->Key(key);
  w->StringOrNull(value);
}

void Field(JsonWriter* w, const JsonKey& key, const std::vector<std::string>& values) {
  w->Key(key);
  w->Strings(values);
}

}  // namespace

// Written with JsonWriter rather than nlohmann::json: the same bytes (tests/common checks
// this against an nlohmann reference), several times faster, and it is on every run's hot path.
std::string ArticleToJson(const Article& a) {
  // The body, the removed lines and the other texts are most of a record: room for them (and
  // the sink's newline) up front saves the copies of growing the string.
  size_t estimate = 1024 + a.title.size() + a.lead.size() + a.url.size() + a.canonical_url.size() +
                    a.source.path.size() + a.input_json.size();
  for (const auto* v : {&a.body, &a.captions, &a.authors, &a.dates_mentioned}) {
    for (const std::string& p : *v) estimate += p.size() + 4;
  }
  for (const RemovedLine& r : a.removed) estimate += r.text.size() + r.reason.size() + 40;
  for (const Quote& q : a.quotes) estimate += q.text.size() + q.speaker.size() + 80;
  for (const EntityMention& e : a.entities) estimate += e.name.size() + 60;
  std::string out;
  out.reserve(estimate);
  JsonWriter w(&out);
  w.BeginObject();
  Field(&w, "id", a.id);
  w.Key("source");
  WriteSource(a.source, &w);
  Field(&w, "url", a.url);
  Field(&w, "canonical_url", a.canonical_url);
  Field(&w, "fetched_at", a.fetched_at);
  Field(&w, "site", a.site);
  Field(&w, "outlet", a.outlet);
  Field(&w, "language", a.language);
  Field(&w, "title", a.title);
  Field(&w, "lead", a.lead);
  Field(&w, "section", a.section);
  Field(&w, "published", a.published);
  Field(&w, "modified", a.modified);
  Field(&w, "dates_mentioned", a.dates_mentioned);
  Field(&w, "dateline", a.dateline);
  Field(&w, "authors", a.authors);
  Field(&w, "editors", a.editors);
  Field(&w, "agencies", a.agencies);
  Field(&w, "captions", a.captions);
  Field(&w, "body", a.body);
  w.Key("syndicated_from");
  WriteSyndication(a.syndicated_from, &w);
  w.Key("removed");
  WriteRemoved(a.removed, &w);
  w.Key("redactions");
  WriteRedactions(a.redactions, &w);
  w.Key("repaired_utf8");
  w.Int(a.repaired_utf8);
  Field(&w, "duplicate_of", a.duplicate_of);
  w.Key("duplicate_similarity");
  WriteSimilarity(a, &w);
  Field(&w, "story_id", a.story_id);
  Field(&w, "storyline_id", a.storyline_id);
  w.Key("entities");
  WriteEntities(a.entities, &w);
  w.Key("quotes");
  WriteQuotes(a.quotes, &w);
  if (!a.input_json.empty()) {
    w.Key("input");
    WriteInput(a.input_json, &w);
  }
  w.EndObject();
  w.Finish();  // *out holds spare bytes until then
  return out;
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
      a->removed.push_back({r.value("line", 0), StringOr(r, "text"), StringOr(r, "reason"),
                            r.value("last_line", 0)});
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
