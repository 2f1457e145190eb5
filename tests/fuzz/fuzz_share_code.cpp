// Share links arrive from anyone: decode whatever comes, and when it decodes, resolve
// it against a framework and encode it again. Nothing may crash, leak or hang, and a
// code that decodes must survive its own round trip.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "app/core/share_code.h"
#include "fuzz_support.h"


// Inputs starting with 0xFF (never in a link) are taken as the binary record itself
// and given a correct checksum, so the fuzzer reaches the record parser instead of
// stopping at CRC-32. Everything else is decoded as the text of a link.
std::string as_code(const std::uint8_t* data, std::size_t size) {
  if (size == 0 || data[0] != 0xFF) return std::string(reinterpret_cast<const char*>(data), size);
  std::vector<std::uint8_t> record(data + 1, data + size);
  const std::uint32_t crc = capwalk::crc32(record.data(), record.size());
  for (int k = 0; k < 4; ++k) record.push_back(static_cast<std::uint8_t>(crc >> (8 * k)));
  return capwalk::base64url_encode(record);
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string code = as_code(data, size);
  const capwalk::ShareDecode decoded = capwalk::decode_share_code(code);
  if (decoded.error != capwalk::ShareError::None) return 0;
  if (decoded.results.framework_id != fuzz::minimal_framework().id) return 0;
  const capwalk::ResolvedShare resolved = capwalk::resolve_share(decoded.results, fuzz::minimal_framework(), "Someone");
  const std::string again = capwalk::encode_share_code(resolved.assessment, fuzz::minimal_framework(), true);
  if (capwalk::decode_share_code(again).error != capwalk::ShareError::None) std::abort();
  return 0;
}
