#include "store/state_codec.h"

#include <cstring>

namespace kabar::store {

void PutU64(std::string* out, uint64_t v) {
  for (int i = 0; i < 8; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}
void PutU32(std::string* out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}
bool GetU64(std::string_view* in, uint64_t* v) {
  if (in->size() < 8) return false;
  *v = 0;
  for (int i = 0; i < 8; ++i)
    *v |= static_cast<uint64_t>(static_cast<unsigned char>((*in)[i])) << (8 * i);
  in->remove_prefix(8);
  return true;
}
bool GetU32(std::string_view* in, uint32_t* v) {
  if (in->size() < 4) return false;
  *v = 0;
  for (int i = 0; i < 4; ++i)
    *v |= static_cast<uint32_t>(static_cast<unsigned char>((*in)[i])) << (8 * i);
  in->remove_prefix(4);
  return true;
}

namespace {
void PutVec(std::string* out, const std::vector<uint64_t>& v) {
  PutU32(out, static_cast<uint32_t>(v.size()));
  for (uint64_t x : v) PutU64(out, x);
}
bool GetVec(std::string_view* in, std::vector<uint64_t>* v) {
  uint32_t n = 0;
  if (!GetU32(in, &n) || in->size() / 8 < n) return false;
  v->resize(n);
  for (uint32_t i = 0; i < n; ++i) GetU64(in, &(*v)[i]);
  return true;
}
}  // namespace

std::string EncodeDedupState(const DedupFeatures& f) {
  std::string out;
  PutU64(&out, f.body_hash);
  PutVec(&out, f.band_keys);
  PutVec(&out, f.samples);
  return out;
}

bool DecodeDedupState(std::string_view blob, DedupFeatures* f) {
  return GetU64(&blob, &f->body_hash) && GetVec(&blob, &f->band_keys) &&
         GetVec(&blob, &f->samples) && blob.empty();
}

}  // namespace kabar::store
