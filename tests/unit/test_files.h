// Reading the project's own files from tests (CAPWALK_SOURCE_DIR is set by CMake).
#pragma once

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

inline std::string source_path(const std::string& relative) {
  return std::string(CAPWALK_SOURCE_DIR) + "/" + relative;
}

// A whole file as bytes; empty when it cannot be read.
inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline std::string read_source_file(const std::string& relative) {
  if (!std::ifstream(source_path(relative))) throw std::runtime_error("cannot read " + relative);
  return read_file(source_path(relative));
}
