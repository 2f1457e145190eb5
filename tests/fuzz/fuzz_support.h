// fuzz_support.h — what several fuzz targets share: the small test framework, and a
// way past the storage document's checksum so mutated data reaches the reader.
#pragma once

#include <cstdlib>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "app/core/framework_loader.h"
#include "app/core/json_checker.h"
#include "app/core/storage_document.h"

namespace fuzz {

inline const capwalk::Framework& minimal_framework() {
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

// `text` with its "checksum" made to match its "data", as storage_document.cpp
// computes it (FNV-1a 32 of the compact dump of "data"); nullopt when `text` is not
// a JSON object with "data". Without this almost every mutation stops at the checksum.
inline std::optional<std::string> with_matching_checksum(std::string_view text) {
  std::vector<capwalk::Problem> problems;
  std::optional<nlohmann::json> doc = capwalk::parse_bounded_json(text, {8 * 1024 * 1024, 32}, problems);
  if (!doc || !doc->is_object()) return std::nullopt;
  const auto data = doc->find("data");
  if (data == doc->end()) return std::nullopt;
  const auto dump = [](const nlohmann::json& value) {
    return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  };
  (*doc)["checksum"] = "fnv1a32:" + capwalk::fnv1a32_hex(dump(*data));
  return dump(*doc);
}

}  // namespace fuzz
