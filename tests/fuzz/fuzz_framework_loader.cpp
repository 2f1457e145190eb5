// Framework files are opened by people from anywhere: the loader must turn any bytes
// into a framework or a list of problems, within its limits, without crashing.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "app/core/framework_loader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  capwalk::FrameworkLoad load = capwalk::load_framework(text);
  if (load.framework) {
    // The same bytes as a role catalogue for the framework they made.
    (void)capwalk::load_roles(text, {&*load.framework});
  }
  return 0;
}
