// Whatever is in localStorage may be truncated, edited or from another version. A
// document that reads must write back and read again to the same data.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "app/core/storage_document.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const capwalk::DocumentRead read = capwalk::decode_document(text);
  if (read.status != capwalk::DocumentStatus::Ok) return 0;
  const capwalk::DocumentRead again = capwalk::decode_document(capwalk::encode_document(read.data, read.saved_at));
  if (again.status != capwalk::DocumentStatus::Ok || !(again.data == read.data)) std::abort();
  return 0;
}
