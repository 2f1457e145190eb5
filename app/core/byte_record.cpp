#include "byte_record.h"

namespace capwalk {

std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char c = byte(i);
  if (c < 0x80) return 1;
  std::size_t length = 0;
  unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
  if (c >= 0xC2 && c <= 0xDF) {
    length = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    length = 3;
    if (c == 0xE0) low = 0xA0;
    if (c == 0xED) high = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    length = 4;
    if (c == 0xF0) low = 0x90;
    if (c == 0xF4) high = 0x8F;
  } else {
    return 0;
  }
  if (i + length > text.size()) return 0;
  if (byte(i + 1) < low || byte(i + 1) > high) return 0;
  for (std::size_t k = 2; k < length; ++k)
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
  return length;
}

bool valid_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = utf8_sequence_length(text, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

std::string clean_utf8(std::string_view text, std::size_t max_bytes) {
  static const char kReplacement[] = "\xEF\xBF\xBD";
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t n = utf8_sequence_length(text, i);
    std::string_view piece = n ? text.substr(i, n) : std::string_view(kReplacement, 3);
    if (n == 0) n = 1;
    if (out.size() + piece.size() > max_bytes) break;
    out.append(piece.data(), piece.size());
    i += n;
  }
  return out;
}

bool bit_at(std::string_view bytes, std::size_t bit) {
  return (static_cast<unsigned char>(bytes[bit / 8]) >> (bit % 8)) & 1u;
}

unsigned packed_value(std::string_view bytes, std::size_t index, unsigned width) {
  unsigned value = 0;
  for (unsigned k = 0; k < width; ++k)
    if (bit_at(bytes, index * width + k)) value |= 1u << k;
  return value;
}

bool padding_clear(std::string_view bytes, std::size_t used) {
  for (std::size_t bit = used; bit < bytes.size() * 8; ++bit)
    if (bit_at(bytes, bit)) return false;
  return true;
}

}  // namespace capwalk
