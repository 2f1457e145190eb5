// Share links arrive from anyone: decode whatever comes, and when it decodes, resolve
// it against a framework and encode it again. Nothing may crash, leak or hang, and a
// code that decodes must survive its own round trip.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "app/core/framework_loader.h"
#include "app/core/share_code.h"

namespace {
const capwalk::Framework& framework() {
  static const capwalk::Framework fw = [] {
    std::ifstream in(CAPWALK_SOURCE_DIR "/tests/frameworks/minimal.json");
    std::stringstream text;
    text << in.rdbuf();
    capwalk::FrameworkLoad load = capwalk::load_framework(text.str());
    if (!load.framework) std::abort();
    return *load.framework;
  }();
  return fw;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string code(reinterpret_cast<const char*>(data), size);
  const capwalk::ShareDecode decoded = capwalk::decode_share_code(code);
  if (decoded.error != capwalk::ShareError::None) return 0;
  if (decoded.results.framework_id != framework().id) return 0;
  const capwalk::ResolvedShare resolved = capwalk::resolve_share(decoded.results, framework(), "Someone");
  const std::string again = capwalk::encode_share_code(resolved.assessment, framework(), true);
  if (capwalk::decode_share_code(again).error != capwalk::ShareError::None) std::abort();
  return 0;
}
