#include "gen/page_writer.h"

#include <filesystem>

namespace kabar::gen {

std::string JsonString(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

TextDumpWriter::TextDumpWriter(std::string out_dir, bool with_truth)
    : out_dir_(std::move(out_dir)) {
  std::filesystem::create_directories(out_dir_ + "/pages");
  if (with_truth) truth_ = std::fopen((out_dir_ + "/truth.jsonl").c_str(), "wb");
}

TextDumpWriter::~TextDumpWriter() {
  if (truth_ != nullptr) std::fclose(truth_);
}

std::string TextDumpWriter::PagePath(uint64_t index) {
  char folder[32], name[48];
  std::snprintf(folder, sizeof folder, "%03llu", static_cast<unsigned long long>(index / 1000));
  std::snprintf(name, sizeof name, "%s/page%06llu.txt", folder,
                static_cast<unsigned long long>(index));
  if (index / 1000 != last_folder_) {
    std::filesystem::create_directories(out_dir_ + "/pages/" + folder);
    last_folder_ = index / 1000;
  }
  return std::string("pages/") + name;
}

bool TextDumpWriter::Write(uint64_t index, const GeneratedPage& page, std::string* error) {
  std::string text;
  for (const PageLine& line : page.lines) {
    text += line.text;
    text += '\n';
  }
  std::string rel = PagePath(index);
  std::FILE* f = std::fopen((out_dir_ + "/" + rel).c_str(), "wb");
  bool ok = f != nullptr && std::fwrite(text.data(), 1, text.size(), f) == text.size();
  if (f != nullptr) ok = std::fclose(f) == 0 && ok;
  if (!ok) {
    *error = "cannot write " + out_dir_ + "/" + rel;
    return false;
  }
  bytes_ += text.size();
  if (truth_ != nullptr) WriteTruth(rel, page);
  return true;
}

// {"path", "site", "outlet", "language", "source", "title", "published", "dateline",
//  "authors", "labels"}: labels[i] is the label of line i + 1.
void TextDumpWriter::WriteTruth(const std::string& path, const GeneratedPage& page) {
  std::string j =
      "{\"path\":" + JsonString(path) + ",\"site\":" + JsonString(page.site) +
      ",\"outlet\":" + JsonString(page.outlet) + ",\"language\":" + JsonString(page.language) +
      ",\"source\":" + JsonString(page.source) + ",\"title\":" + JsonString(page.title) +
      ",\"published\":" + JsonString(page.published) +
      ",\"dateline\":" + JsonString(page.dateline) + ",\"authors\":[";
  for (size_t i = 0; i < page.authors.size(); ++i) {
    j += (i ? "," : "") + JsonString(page.authors[i]);
  }
  j += "],\"labels\":[";
  for (size_t i = 0; i < page.lines.size(); ++i) {
    j += (i ? ",\"" : "\"") + std::string(LabelName(page.lines[i].label)) + "\"";
  }
  j += "]}\n";
  std::fwrite(j.data(), 1, j.size(), truth_);
}

}  // namespace kabar::gen
