// ByteStream: a sequential source of bytes from one input file, plain or gzip-compressed.
//
// Record readers (WARC, JSON Lines, whole documents) read through a ByteStream so they never
// care whether the file is compressed. StoredOffset() maps a position in the decoded bytes
// back to the file: for a plain file it is the position itself; for gzip it is the offset of
// the gzip member that holds the byte (WARC.gz writes one member per record, so that offset is
// where a user can seek to get the record back).
//
// Thread safety: a ByteStream is used by one thread.
#ifndef KABAR_INGEST_BYTE_STREAM_H_
#define KABAR_INGEST_BYTE_STREAM_H_

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kabar/status.h"

namespace kabar {

class ByteStream {
 public:
  virtual ~ByteStream() = default;
  // Reads up to `n` decoded bytes into `buf`. Returns how many; 0 at the end of the data or
  // on an error, which status() then explains.
  virtual size_t Read(char* buf, size_t n) = 0;
  // Non-OK after a read failed: kIOError, or kCorruption for a truncated or damaged member.
  virtual const Status& status() const = 0;
  // Offset in the stored file of the unit holding decoded byte `pos` (see the file comment).
  virtual uint64_t StoredOffset(uint64_t pos) const = 0;
  // Stored (compressed) bytes consumed so far.
  virtual uint64_t stored_bytes_read() const = 0;
  // When the stream already holds all its unread bytes in one string and none has been read
  // yet, moves them into *out (replacing its contents) and returns true; afterwards the
  // stream is at its end. Otherwise returns false and changes nothing (the default).
  virtual bool MoveAllTo(std::string* /*out*/) { return false; }
};

// Opens `path` ("-" = standard input) as a plain stream. kIOError if it cannot be opened.
Result<std::unique_ptr<ByteStream>> OpenFileStream(const std::string& path);

// Reads the open file descriptor `fd`, which the stream then owns (closes).
std::unique_ptr<ByteStream> NewFdStream(int fd);

// Reads bytes already in memory (used by tests and for embedded payloads).
std::unique_ptr<ByteStream> NewMemoryStream(std::string bytes);

// Decodes a gzip stream of one or more members. A member cut short is reported as
// kCorruption ("truncated gzip member at offset N"); everything decoded before it stays
// readable. Zero padding after the last member is ignored; other trailing bytes are an error.
std::unique_ptr<ByteStream> NewGzipStream(std::unique_ptr<ByteStream> compressed);

// Decodes `stored` at once when it is exactly one gzip member (nothing before or after it,
// CRC and length correct) of at most `max_decoded` bytes: the decoded bytes go to *decoded
// and the result is true. Otherwise returns false (several members, padding, damage, larger
// than `max_decoded`): NewGzipStream then decodes the bytes and names any problem.
bool GunzipOneMember(std::string_view stored, size_t max_decoded, std::string* decoded);

// A stream over a whole file held in memory: `decoded` are its decoded bytes, `stored_size`
// its size on disk. It reports what the streaming readers report for the same file once they
// have read it: every stored byte read, and StoredOffset(pos) = pos for a plain file; for a
// `gzipped` one (one member) 0 before the end of the decoded bytes, `stored_size` at it.
// MoveAllTo hands `decoded` over without a copy.
std::unique_ptr<ByteStream> NewHeldFileStream(std::string decoded, uint64_t stored_size,
                                              bool gzipped);

// True when `head` starts with the gzip magic bytes.
bool LooksGzipped(std::string_view head);

// Buffered reading over a ByteStream, with look-ahead and push-back, for record parsers.
class StreamReader {
 public:
  explicit StreamReader(ByteStream* stream) : stream_(stream) {}

  // Reads through the next '\n' (kept) into *line, at most `max` bytes. Returns false at the
  // end of the data. A line longer than `max` is returned cut at `max` bytes with
  // *too_long = true (the rest stays unread).
  bool ReadLine(std::string* line, size_t max, bool* too_long);
  // Appends up to `n` bytes to *out; returns how many (fewer only at the end of the data).
  size_t Read(size_t n, std::string* out);
  // Discards up to `n` bytes; returns how many.
  uint64_t Skip(uint64_t n);
  // Makes `bytes` the next bytes to read again (they must be the bytes just read).
  void Unread(std::string_view bytes);
  // At least `n` bytes of look-ahead (fewer at the end), without consuming them.
  std::string_view Peek(size_t n);
  bool AtEnd();

  // Decoded bytes consumed so far.
  uint64_t position() const { return position_; }
  uint64_t StoredOffset(uint64_t pos) const { return stream_->StoredOffset(pos); }
  const Status& status() const { return stream_->status(); }
  ByteStream* stream() const { return stream_; }

 private:
  bool Fill();  // reads more into buf_; false when nothing more

  ByteStream* stream_;
  std::string buf_;
  std::unique_ptr<char[]> chunk_;  // Fill() reads into it; allocated on first use
  size_t start_ = 0;               // first unread byte in buf_
  bool drained_ = false;           // stream_->MoveAllTo handed over every byte: none is left
  uint64_t position_ = 0;
};

}  // namespace kabar

#endif  // KABAR_INGEST_BYTE_STREAM_H_
