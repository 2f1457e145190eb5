// The kiosk's settings are kept in localStorage, where anyone with the device could
// edit them. Whatever is there must give settings within their limits that survive
// their own round trip, and never a kiosk nobody can switch off.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "app/core/kiosk.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const capwalk::KioskConfig config = capwalk::kiosk_from_json(text);
  if (config.enabled && config.pin_hash.empty()) std::abort();
  if (config.idle_seconds < 30 || config.idle_seconds > 3600) std::abort();
  if (config.warning_seconds < 20 || config.warning_seconds > 300) std::abort();
  const capwalk::KioskConfig again = capwalk::kiosk_from_json(capwalk::kiosk_to_json(config));
  if (again.enabled != config.enabled || again.pin_hash != config.pin_hash ||
      again.idle_seconds != config.idle_seconds || again.warning_seconds != config.warning_seconds)
    std::abort();
  return 0;
}
