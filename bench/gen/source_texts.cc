#include "gen/source_texts.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

namespace kabar::gen {
namespace {

using Json = nlohmann::json;

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> SplitNonEmptyLines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    if (!line.empty()) out.push_back(line);
  }
  return out;
}

// Lines of detik bodies that are the site's own boilerplate, not article text.
bool IsDetikBoilerplate(const std::string& line) {
  return line == "SCROLL TO CONTINUE WITH CONTENT" || line.rfind("Simak juga", 0) == 0 ||
         line.rfind("Simak Video", 0) == 0 || line.rfind("Baca juga", 0) == 0 ||
         line.rfind("Lihat juga", 0) == 0 || line.rfind("Tonton juga", 0) == 0 ||
         line.rfind("[Gambas:", 0) == 0;
}

// Records of an RFC 4180 CSV text.
std::vector<std::vector<std::string>> ParseCsv(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row(1);
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted && c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
      row.back() += '"';
      ++i;
    } else if (c == '"') {
      quoted = !quoted;
    } else if (!quoted && c == ',') {
      row.emplace_back();
    } else if (!quoted && c == '\n') {
      rows.push_back(std::move(row));
      row.assign(1, "");
    } else if (quoted || c != '\r') {
      row.back() += c;
    }
  }
  if (row.size() > 1 || !row[0].empty()) rows.push_back(std::move(row));
  return rows;
}

void LoadDetik(const std::string& dir, std::vector<SourceArticle>* out) {
  auto rows = ParseCsv(ReadAll(dir + "/indonesian/detik-1000-summ/data_berita.csv"));
  for (size_t r = 1; r < rows.size(); ++r) {
    if (rows[r].size() < 5) continue;
    SourceArticle a{"detik", rows[r][0], "id", rows[r][1], {}};
    for (std::string& line : SplitNonEmptyLines(rows[r][4])) {
      if (!IsDetikBoilerplate(line)) a.paragraphs.push_back(std::move(line));
    }
    if (!a.title.empty() && !a.paragraphs.empty()) out->push_back(std::move(a));
  }
}

// "1490674536-mustahil-transportasi-tradisional" -> "Mustahil Transportasi Tradisional".
std::string TitleFromSlug(const std::string& id) {
  std::string title;
  bool start = true;
  for (size_t i = id.find('-') + 1; i > 0 && i < id.size(); ++i) {
    char c = id[i];
    if (c == '-') {
      title += ' ';
      start = true;
    } else {
      title += start && c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c;
      start = false;
    }
  }
  return title;
}

void LoadIndoSum(const std::string& dir, std::vector<SourceArticle>* out) {
  std::set<std::string> seen;
  for (int fold = 1; fold <= 5; ++fold) {
    std::ifstream in(dir + "/indonesian/indosum-dev/dev.0" + std::to_string(fold) + ".jsonl");
    for (std::string line; std::getline(in, line);) {
      Json j = Json::parse(line, nullptr, false);
      if (j.is_discarded() || !j.contains("id") || !seen.insert(j["id"]).second) continue;
      SourceArticle a{"indosum", j["id"], "id", TitleFromSlug(j["id"]), {}};
      for (const Json& para : j["paragraphs"]) {
        std::vector<std::string> tokens;
        for (const Json& sent : para) {
          for (const Json& tok : sent) tokens.push_back(tok.get<std::string>());
        }
        std::string p = Detokenize(tokens);
        if (!p.empty() && p.rfind("Baca juga", 0) != 0) a.paragraphs.push_back(p);
      }
      if (!a.paragraphs.empty()) out->push_back(std::move(a));
    }
  }
}

void LoadEcbPlus(const std::string& dir, std::vector<SourceArticle>* out) {
  std::ifstream in(dir + "/clustering/ecbplus/docs.jsonl");
  for (std::string line; std::getline(in, line);) {
    Json j = Json::parse(line, nullptr, false);
    if (j.is_discarded()) continue;
    std::vector<std::string> lines = SplitNonEmptyLines(j.value("text", ""));
    if (lines.size() < 2) continue;
    SourceArticle a{"ecbplus", j.value("doc_id", ""), "en", lines[0], {}};
    a.paragraphs.assign(lines.begin() + 1, lines.end());
    out->push_back(std::move(a));
  }
}

// AEB pages have no gold title: the first sentence of the body, cut to a headline's length.
std::string HeadlineFrom(const std::string& text) {
  size_t end = text.find_first_of(".!?");
  std::string h = text.substr(0, std::min<size_t>(end, 90));
  size_t space = h.size() == 90 ? h.rfind(' ') : std::string::npos;
  return space == std::string::npos ? h : h.substr(0, space);
}

void LoadAeb(const std::string& dir, std::vector<SourceArticle>* out) {
  Json gt =
      Json::parse(ReadAll(dir + "/extraction/scrapinghub-aeb/ground-truth.json"), nullptr, false);
  if (gt.is_discarded()) return;
  for (const auto& [id, v] : gt.items()) {
    std::vector<std::string> paras = SplitNonEmptyLines(v.value("articleBody", ""));
    if (paras.size() < 2) continue;
    SourceArticle a{"aeb", id, "en", HeadlineFrom(paras[0]), std::move(paras)};
    out->push_back(std::move(a));
  }
}

bool AttachesLeft(const std::string& t) {
  return t == "," || t == "." || t == ";" || t == ":" || t == "!" || t == "?" || t == ")" ||
         t == "%" || t == "'s" || t == "/";
}

}  // namespace

std::string Detokenize(const std::vector<std::string>& tokens) {
  std::string out;
  bool glue_next = false;  // after "(", "/" or an opening quote
  bool in_quote = false;
  for (const std::string& t : tokens) {
    bool quote = t == "\"";
    bool left = AttachesLeft(t) || (quote && in_quote);
    if (!out.empty() && !left && !glue_next) out += ' ';
    out += t;
    glue_next = t == "(" || t == "/" || (quote && !in_quote);
    if (quote) in_quote = !in_quote;
  }
  return out;
}

std::vector<SourceArticle> LoadSourceArticles(const std::string& shared_data, std::string* error) {
  std::vector<SourceArticle> out;
  LoadDetik(shared_data, &out);
  LoadIndoSum(shared_data, &out);
  LoadEcbPlus(shared_data, &out);
  LoadAeb(shared_data, &out);
  if (out.empty()) *error = "no source articles under " + shared_data;
  return out;
}

}  // namespace kabar::gen
