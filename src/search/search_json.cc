#include "kabar/search_json.h"

#include <nlohmann/json.hpp>

namespace kabar {
namespace {

using nlohmann::json;

json OrNull(const std::string& s) { return s.empty() ? json() : json(s); }

json Parts(const std::vector<TextPart>& parts) {
  json out = json::array();
  for (const TextPart& p : parts) out.push_back({{"text", p.text}, {"match", p.match}});
  return out;
}

json HitObject(const SearchHit& h) {
  return {{"id", h.id},
          {"title", OrNull(h.title)},
          {"title_parts", Parts(h.title_parts)},
          {"outlet", OrNull(h.outlet)},
          {"site", OrNull(h.site)},
          {"language", OrNull(h.language)},
          {"url", OrNull(h.url)},
          {"published", OrNull(h.published)},
          {"event_date", OrNull(h.event_date)},
          {"story_id", OrNull(h.story_id)},
          {"duplicate_of", OrNull(h.duplicate_of)},
          {"duplicates", h.duplicates},
          {"snippet", Parts(h.snippet)},
          {"score", h.score}};
}

std::string Dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

}  // namespace

std::string SearchHitToJson(const SearchHit& hit) { return Dump(HitObject(hit)); }

std::string SearchResponseToJson(const SearchRequest& request, const SearchResponse& response) {
  json hits = json::array();
  for (const SearchHit& h : response.hits) hits.push_back(HitObject(h));
  return Dump({{"query", request.query},
               {"offset", request.offset},
               {"limit", request.limit},
               {"has_more", response.has_more},
               {"ranked", response.candidates},
               {"ranked_capped", response.candidates_capped},
               {"hits", std::move(hits)}});
}

}  // namespace kabar
