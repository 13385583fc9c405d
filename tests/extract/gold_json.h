// Reading hand-written gold files (JSON) in tests: a file's bytes, and a gold value as a
// string ("" for null or absent) or a list of strings (empty for null or absent).
#ifndef KABAR_TESTS_EXTRACT_GOLD_JSON_H_
#define KABAR_TESTS_EXTRACT_GOLD_JSON_H_

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

namespace kabar::extract {

inline std::string ReadGoldFile(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline std::string GoldString(const nlohmann::json& j) {
  return j.is_string() ? j.get<std::string>() : "";
}

inline std::vector<std::string> GoldList(const nlohmann::json& j) {
  std::vector<std::string> v;
  if (j.is_array()) {
    for (const auto& x : j) v.push_back(x.get<std::string>());
  }
  return v;
}

}  // namespace kabar::extract

#endif  // KABAR_TESTS_EXTRACT_GOLD_JSON_H_
