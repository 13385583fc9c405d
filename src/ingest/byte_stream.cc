// Plain, in-memory and gzip ByteStreams, and the buffered StreamReader over them.
#include "ingest/byte_stream.h"

#include <fcntl.h>
#include <libdeflate.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace kabar {
namespace {

constexpr size_t kChunk = size_t{256} << 10;

class FileStream final : public ByteStream {
 public:
  FileStream(int fd, bool owned) : fd_(fd), owned_(owned) {}
  ~FileStream() override {
    if (owned_) ::close(fd_);
  }
  FileStream(const FileStream&) = delete;
  FileStream& operator=(const FileStream&) = delete;

  size_t Read(char* buf, size_t n) override {
    while (true) {
      ssize_t got = ::read(fd_, buf, n);
      if (got >= 0) {
        read_ += static_cast<uint64_t>(got);
        return static_cast<size_t>(got);
      }
      if (errno == EINTR) continue;
      status_ = Status::IOError(std::string("read failed: ") + std::strerror(errno));
      return 0;
    }
  }
  const Status& status() const override { return status_; }
  uint64_t StoredOffset(uint64_t pos) const override { return pos; }
  uint64_t stored_bytes_read() const override { return read_; }

 private:
  int fd_;
  bool owned_;
  uint64_t read_ = 0;
  Status status_;
};

class MemoryStream final : public ByteStream {
 public:
  explicit MemoryStream(std::string bytes) : bytes_(std::move(bytes)) {}
  size_t Read(char* buf, size_t n) override {
    n = std::min(n, bytes_.size() - pos_);
    std::memcpy(buf, bytes_.data() + pos_, n);
    pos_ += n;
    return n;
  }
  const Status& status() const override { return status_; }
  uint64_t StoredOffset(uint64_t pos) const override { return pos; }
  uint64_t stored_bytes_read() const override { return pos_; }

 private:
  std::string bytes_;
  size_t pos_ = 0;
  Status status_;
};

class HeldFileStream final : public ByteStream {
 public:
  HeldFileStream(std::string decoded, uint64_t stored_size, bool gzipped)
      : bytes_(std::move(decoded)), stored_size_(stored_size), gzipped_(gzipped) {}
  size_t Read(char* buf, size_t n) override {
    n = std::min(n, bytes_.size() - pos_);
    std::memcpy(buf, bytes_.data() + pos_, n);
    pos_ += n;
    return n;
  }
  bool MoveAllTo(std::string* out) override {
    if (pos_ != 0 || bytes_.empty()) return false;
    *out = std::move(bytes_);
    bytes_.clear();
    return true;
  }
  const Status& status() const override { return status_; }
  // As GzipStream's member table reads once the member has ended: [0, end) is the member at
  // offset 0, the end is where a next member would start.
  uint64_t StoredOffset(uint64_t pos) const override {
    if (!gzipped_) return pos;
    return pos >= size_ ? stored_size_ : 0;
  }
  uint64_t stored_bytes_read() const override { return stored_size_; }

 private:
  std::string bytes_;
  size_t size_ = bytes_.size();  // bytes_ may be moved out
  size_t pos_ = 0;
  uint64_t stored_size_;
  bool gzipped_;
  Status status_;
};

// Inflates member after member. members_ maps the decoded start of each member to its
// stored offset, so StoredOffset() is a binary search.
class GzipStream final : public ByteStream {
 public:
  explicit GzipStream(std::unique_ptr<ByteStream> in) : in_(std::move(in)), in_buf_(kChunk, '\0') {
    std::memset(&z_, 0, sizeof z_);
    inflateInit2(&z_, 15 + 16);
    members_.push_back({0, 0});
  }
  ~GzipStream() override { inflateEnd(&z_); }
  GzipStream(const GzipStream&) = delete;
  GzipStream& operator=(const GzipStream&) = delete;

  size_t Read(char* buf, size_t n) override {
    if (done_ || n == 0) return 0;
    z_.next_out = reinterpret_cast<Bytef*>(buf);
    z_.avail_out = static_cast<uInt>(std::min<size_t>(n, 1u << 30));
    while (z_.avail_out > 0 && !done_) {
      if (z_.avail_in == 0 && !Refill()) {
        if (in_mid_member_)
          Fail("truncated gzip member at offset " + std::to_string(members_.back().second));
        done_ = true;
        break;
      }
      uInt before_in = z_.avail_in;
      int rc = inflate(&z_, Z_NO_FLUSH);
      consumed_ += before_in - z_.avail_in;
      in_mid_member_ = true;
      if (rc == Z_STREAM_END) {
        EndMember(produced_ + (n - z_.avail_out));
      } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
        Fail("corrupt gzip member at offset " + std::to_string(members_.back().second) + ": " +
             (z_.msg != nullptr ? z_.msg : "inflate error"));
      }
    }
    size_t got = n - z_.avail_out;
    produced_ += got;
    return got;
  }

  const Status& status() const override { return status_; }
  uint64_t StoredOffset(uint64_t pos) const override {
    auto it = std::upper_bound(members_.begin(), members_.end(), std::make_pair(pos, UINT64_MAX));
    if (it == members_.begin()) return 0;
    return std::prev(it)->second;
  }
  uint64_t stored_bytes_read() const override { return consumed_; }

 private:
  bool Refill() {
    size_t got = in_->Read(in_buf_.data(), in_buf_.size());
    if (got == 0) {
      if (!in_->status().ok()) status_ = in_->status();
      return false;
    }
    z_.next_in = reinterpret_cast<Bytef*>(in_buf_.data());
    z_.avail_in = static_cast<uInt>(got);
    return true;
  }

  void EndMember(uint64_t out_pos) {
    in_mid_member_ = false;
    members_.push_back({out_pos, consumed_});
    bool padding = false;
    while (true) {
      if (z_.avail_in == 0 && !Refill()) {
        done_ = true;
        return;
      }
      if (z_.next_in[0] != 0) break;
      ++z_.next_in;
      --z_.avail_in;
      ++consumed_;
      padding = true;
    }
    if (padding || z_.next_in[0] != 0x1f) {
      Fail("unexpected bytes after the gzip member ending at offset " +
           std::to_string(members_.back().second));
      return;
    }
    inflateReset(&z_);
  }

  void Fail(std::string msg) {
    if (status_.ok()) status_ = Status::Corruption(msg);
    done_ = true;
  }

  std::unique_ptr<ByteStream> in_;
  std::string in_buf_;
  z_stream z_;
  std::vector<std::pair<uint64_t, uint64_t>> members_;  // (decoded start, stored offset)
  uint64_t consumed_ = 0;
  uint64_t produced_ = 0;
  bool in_mid_member_ = false;
  bool done_ = false;
  Status status_;
};

}  // namespace

Result<std::unique_ptr<ByteStream>> OpenFileStream(const std::string& path) {
  if (path == "-") return std::unique_ptr<ByteStream>(new FileStream(0, false));
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::IOError(std::string("cannot open: ") + std::strerror(errno));
  return std::unique_ptr<ByteStream>(new FileStream(fd, true));
}

std::unique_ptr<ByteStream> NewFdStream(int fd) { return std::make_unique<FileStream>(fd, true); }

std::unique_ptr<ByteStream> NewMemoryStream(std::string bytes) {
  return std::make_unique<MemoryStream>(std::move(bytes));
}

std::unique_ptr<ByteStream> NewGzipStream(std::unique_ptr<ByteStream> compressed) {
  return std::make_unique<GzipStream>(std::move(compressed));
}

bool GunzipOneMember(std::string_view stored, size_t max_decoded, std::string* decoded) {
  // The last four bytes of a member are its decoded length mod 2^32; a wrong claim only
  // makes the decoder fail (too little room, or a length that does not match).
  if (stored.size() < 18 || !LooksGzipped(stored)) return false;
  const auto* tail = reinterpret_cast<const unsigned char*>(stored.data() + stored.size() - 4);
  size_t size = tail[0] | (tail[1] << 8) | (tail[2] << 16) | (size_t{tail[3]} << 24);
  if (size > max_decoded) return false;
  struct Free {
    void operator()(libdeflate_decompressor* d) const { libdeflate_free_decompressor(d); }
  };
  std::unique_ptr<libdeflate_decompressor, Free> d(libdeflate_alloc_decompressor());
  if (d == nullptr) return false;
  std::string out(size, '\0');
  size_t in_used = 0, out_used = 0;
  libdeflate_result r = libdeflate_gzip_decompress_ex(d.get(), stored.data(), stored.size(),
                                                      out.data(), out.size(), &in_used, &out_used);
  if (r != LIBDEFLATE_SUCCESS || in_used != stored.size() || out_used != size) return false;
  *decoded = std::move(out);
  return true;
}

std::unique_ptr<ByteStream> NewHeldFileStream(std::string decoded, uint64_t stored_size,
                                              bool gzipped) {
  return std::make_unique<HeldFileStream>(std::move(decoded), stored_size, gzipped);
}

bool LooksGzipped(std::string_view head) {
  return head.size() >= 2 && static_cast<unsigned char>(head[0]) == 0x1f &&
         static_cast<unsigned char>(head[1]) == 0x8b;
}

bool StreamReader::Fill() {
  if (start_ > 0 && start_ >= buf_.size() / 2) {
    buf_.erase(0, start_);
    start_ = 0;
  }
  // A stream that handed over all its bytes is at its end (MoveAllTo's contract): asking it
  // again would only allocate the 256 KiB chunk, for each file read whole.
  if (drained_) return false;
  if (buf_.empty() && stream_->MoveAllTo(&buf_)) {
    drained_ = true;
    return true;
  }
  // Reading into a scratch chunk and appending what arrived costs one copy of the bytes read;
  // growing buf_ by a whole chunk would zero 256 KiB per call, even for a 3 KB file.
  if (chunk_ == nullptr) chunk_ = std::make_unique_for_overwrite<char[]>(kChunk);
  size_t got = stream_->Read(chunk_.get(), kChunk);
  buf_.append(chunk_.get(), got);
  return got > 0;
}

bool StreamReader::ReadLine(std::string* line, size_t max, bool* too_long) {
  line->clear();
  *too_long = false;
  size_t scanned = start_;
  while (true) {
    size_t nl = buf_.find('\n', scanned);
    if (nl != std::string::npos && nl - start_ < max) {
      line->assign(buf_, start_, nl + 1 - start_);
      break;
    }
    if (buf_.size() - start_ >= max) {
      line->assign(buf_, start_, max);
      *too_long = true;
      break;
    }
    scanned = buf_.size();
    size_t offset = scanned - start_;
    if (!Fill()) {
      if (buf_.size() == start_) return false;
      line->assign(buf_, start_, std::string::npos);
      break;
    }
    scanned = start_ + offset;
  }
  start_ += line->size();
  position_ += line->size();
  return true;
}

size_t StreamReader::Read(size_t n, std::string* out) {
  size_t done = 0;
  if (out->empty() && start_ == 0 && !buf_.empty() && buf_.size() <= n) {
    out->swap(buf_);  // all that is buffered is wanted: hand it over without a copy
    buf_.clear();
    done = out->size();
  }
  while (done < n) {
    if (start_ == buf_.size() && !Fill()) break;
    size_t take = std::min(n - done, buf_.size() - start_);
    out->append(buf_, start_, take);
    start_ += take;
    done += take;
  }
  position_ += done;
  return done;
}

uint64_t StreamReader::Skip(uint64_t n) {
  uint64_t done = 0;
  while (done < n) {
    if (start_ == buf_.size()) {
      buf_.clear();
      start_ = 0;
      if (!Fill()) break;
    }
    size_t take = static_cast<size_t>(std::min<uint64_t>(n - done, buf_.size() - start_));
    start_ += take;
    done += take;
  }
  position_ += done;
  return done;
}

void StreamReader::Unread(std::string_view bytes) {
  if (bytes.size() <= start_) {
    start_ -= bytes.size();
  } else {
    buf_.replace(0, start_, bytes);
    start_ = 0;
  }
  position_ -= bytes.size();
}

std::string_view StreamReader::Peek(size_t n) {
  while (buf_.size() - start_ < n && Fill()) {
  }
  return std::string_view(buf_).substr(start_, n);
}

bool StreamReader::AtEnd() { return Peek(1).empty(); }

}  // namespace kabar
