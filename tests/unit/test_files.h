// Reading the project's own files from tests (CAPWALK_SOURCE_DIR is set by CMake).
#pragma once

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

inline std::string source_path(const std::string& relative) {
  return std::string(CAPWALK_SOURCE_DIR) + "/" + relative;
}

inline std::string read_source_file(const std::string& relative) {
  std::ifstream in(source_path(relative), std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + relative);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}
