// Whatever is in localStorage may be truncated, edited or from another version. A
// document that reads must write back and read again to the same data. Each input is
// read as it is, then again with its checksum put right, so that mutated data gets
// past the checksum to the migrations and the data reader.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "app/core/storage_document.h"
#include "fuzz_support.h"

namespace {

void read_and_round_trip(std::string_view text) {
  const capwalk::DocumentRead read = capwalk::decode_document(text);
  if (read.status != capwalk::DocumentStatus::Ok) return;
  const capwalk::DocumentRead again = capwalk::decode_document(capwalk::encode_document(read.data, read.saved_at));
  if (again.status != capwalk::DocumentStatus::Ok || !(again.data == read.data)) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  read_and_round_trip(text);
  if (const auto fixed = fuzz::with_matching_checksum(text)) read_and_round_trip(*fixed);
  return 0;
}
