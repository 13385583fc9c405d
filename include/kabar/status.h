// Status and Result<T>: how every kabar library call reports success or failure.
//
// kabar uses no exceptions across module boundaries. A call that can fail returns a Status
// (nothing else to return) or a Result<T> (a value or the Status that explains why not).
// Callers propagate with `if (!s.ok()) return s;`, as LevelDB does.
//
// The codes separate caller bugs (kInvalidArgument) from problems with the data or the
// machine (kCorruption, kIOError, kResourceExhausted). A malformed page is a normal
// Status, never a crash.
//
// Thread safety: Status and Result are values; distinct objects may be used from distinct
// threads freely.
#ifndef KABAR_STATUS_H_
#define KABAR_STATUS_H_

#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace kabar {

class [[nodiscard]] Status {
 public:
  enum class Code {
    kOk = 0,
    kInvalidArgument,    // the caller passed something that can never work
    kNotFound,           // a named thing (file, article, story) does not exist
    kCorruption,         // input bytes are not what they claim to be
    kIOError,            // the operating system refused a read or write
    kResourceExhausted,  // a configured limit (size, depth, memory) was hit
    kUnsupported,        // well-formed input of a kind kabar does not handle
    kInternal,           // a broken invariant inside kabar: a bug
  };

  // An OK status.
  Status() = default;

  static Status OK() { return Status(); }
  static Status InvalidArgument(std::string_view msg) { return {Code::kInvalidArgument, msg}; }
  static Status NotFound(std::string_view msg) { return {Code::kNotFound, msg}; }
  static Status Corruption(std::string_view msg) { return {Code::kCorruption, msg}; }
  static Status IOError(std::string_view msg) { return {Code::kIOError, msg}; }
  static Status ResourceExhausted(std::string_view msg) { return {Code::kResourceExhausted, msg}; }
  static Status Unsupported(std::string_view msg) { return {Code::kUnsupported, msg}; }
  static Status Internal(std::string_view msg) { return {Code::kInternal, msg}; }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  // The human-readable reason; empty for OK.
  const std::string& message() const { return message_; }
  // "<code name>: <message>", or "OK".
  std::string ToString() const;
  // A short stable name for the code ("corruption", "io-error", ...), used in reject reports.
  static const char* CodeName(Code code);

 private:
  Status(Code code, std::string_view msg) : code_(code), message_(msg) {}

  Code code_ = Code::kOk;
  std::string message_;
};

// Result<T> holds either a T or a non-OK Status.
// REQUIRES: a Result built from a Status is built from a non-OK one.
// value(), operator* and operator-> REQUIRE ok().
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}         // NOLINT: implicit by design
  Result(Status status) : state_(std::move(status)) {}  // NOLINT: implicit by design

  bool ok() const { return std::holds_alternative<T>(state_); }
  // OK when a value is held.
  Status status() const { return ok() ? Status::OK() : std::get<Status>(state_); }

  T& value() & { return std::get<T>(state_); }
  const T& value() const& { return std::get<T>(state_); }
  T&& value() && { return std::get<T>(std::move(state_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, Status> state_;
};

}  // namespace kabar

#endif  // KABAR_STATUS_H_
