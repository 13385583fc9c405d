// LineFacts: what the line classifier's checks ask about a line, worked out once per line so
// that each check reads it instead of scanning or copying the line again.
//
// Contract: the facts describe `text` exactly (no sampling, no length cut-off): lower() is
// `text` with ASCII 'A'..'Z' turned into 'a'..'z' and every other byte unchanged (same
// length, same offsets), made on its first use (most lines are judged without it). Checks use
// the facts only to skip work whose answer the facts already decide, so a check gives the
// same answer with or without them.
//
// Thread safety: a LineFacts is used by the thread that built it. lower() lives in a
// per-thread buffer while no other LineFacts of the thread holds it (no allocation per line),
// else in the object itself.
#ifndef KABAR_EXTRACT_LINE_FACTS_H_
#define KABAR_EXTRACT_LINE_FACTS_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace kabar::extract {

class LineFacts {
 public:
  // Keeps `text` (the trimmed line), which must outlive the facts.
  explicit LineFacts(std::string_view text) : text_(text) {}
  ~LineFacts();

  LineFacts(const LineFacts&) = delete;
  LineFacts& operator=(const LineFacts&) = delete;

  std::string_view text() const { return text_; }
  std::string_view lower() const {
    if (buffer_ == nullptr) Lower();
    return lower_;
  }

  // True when byte `c` occurs in text().
  bool Has(char c) const { return text_.find(c) != std::string_view::npos; }

  // True when lower() holds `needle` (ASCII letters in lower case, or other bytes).
  bool ContainsLower(std::string_view needle) const;

 private:
  // Makes lower_.
  void Lower() const;

  mutable std::string* buffer_ = nullptr;  // holds lower_: the thread's buffer, or own_
  mutable std::string own_;
  std::string_view text_;
  mutable std::string_view lower_;
};

// True when `text` holds `needle`, as text.find(needle) != npos: looks for the needle's
// rarest byte (by letter frequency in Indonesian and English) with memchr, not its first.
bool Contains(std::string_view text, std::string_view needle);

}  // namespace kabar::extract

#endif  // KABAR_EXTRACT_LINE_FACTS_H_
