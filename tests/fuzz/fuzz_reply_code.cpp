// Replies arrive from anyone, as links: decode whatever comes, and when it decodes,
// encode it again. Nothing may crash, leak or hang, and a reply that decodes must come
// back exactly the same from its own code.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "app/core/reply_code.h"

// Inputs starting with 0xFF (never in a link) are taken as the record after its
// marker and given the marker and a correct checksum, so the fuzzer reaches the record
// parser instead of stopping at CRC-32. Everything else is decoded as link text.
std::string as_code(const std::uint8_t* data, std::size_t size) {
  if (size == 0 || data[0] != 0xFF) return std::string(reinterpret_cast<const char*>(data), size);
  std::vector<std::uint8_t> record = {capwalk::kReplyMarker};
  record.insert(record.end(), data + 1, data + size);
  return capwalk::seal_record(std::move(record));
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const capwalk::ReplyDecode decoded = capwalk::decode_reply(as_code(data, size));
  if (decoded.error != capwalk::ShareError::None) return 0;
  const capwalk::ReplyDecode again = capwalk::decode_reply(capwalk::encode_reply(decoded.reply));
  if (again.error != capwalk::ShareError::None || !(again.reply == decoded.reply)) std::abort();
  return 0;
}
