// Compact binary forms of the in-memory dedup state kept per article (articles.dedup_state),
// so a writable Store can rebuild its indexes at Open without re-reading article bodies.
#ifndef KABAR_STORE_STATE_CODEC_H_
#define KABAR_STORE_STATE_CODEC_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kabar/dedup.h"

namespace kabar::store {

// Little-endian fixed-width helpers used by every state blob.
void PutU64(std::string* out, uint64_t v);
void PutU32(std::string* out, uint32_t v);
bool GetU64(std::string_view* in, uint64_t* v);
bool GetU32(std::string_view* in, uint32_t* v);

// body_hash, band keys and samples (not the shingles: those are recomputed when needed).
std::string EncodeDedupState(const DedupFeatures& f);
bool DecodeDedupState(std::string_view blob, DedupFeatures* f);

}  // namespace kabar::store

#endif  // KABAR_STORE_STATE_CODEC_H_
