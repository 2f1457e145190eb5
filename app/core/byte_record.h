// byte_record.h — the small binary records inside links: a writer, a bounds-checked
// reader and the UTF-8 and bit-packing rules both sides keep.
//
//   Writer out;  out.byte(1);  out.short_string(id);  out.packed(ratings, 3);
//   Reader in(bytes.data(), bytes.size());
//   const int format = in.byte();  const std::string id = in.short_string();
//   if (!in.ok() || !in.at_end()) refuse();
//
// Share codes (share_code.h) and supervision replies (reply_code.h) are both made of
// these. Nothing here throws: a record is text from anyone, and the reader keeps
// failing quietly after its first bad read.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace capwalk {

// The length of the valid UTF-8 sequence starting at text[i], or 0 when it is not one
// (overlong forms, surrogates and code points above U+10FFFF are not valid).
std::size_t utf8_sequence_length(std::string_view text, std::size_t i);
bool valid_utf8(std::string_view text);
// `text` with each invalid byte replaced by U+FFFD, and cut (at a character boundary)
// to at most `max_bytes`, so what is encoded always decodes.
std::string clean_utf8(std::string_view text, std::size_t max_bytes);

class Writer {
 public:
  void byte(std::uint8_t b) { bytes_.push_back(b); }
  void u16(unsigned value) {
    byte(static_cast<std::uint8_t>(value & 0xFF));
    byte(static_cast<std::uint8_t>((value >> 8) & 0xFF));
  }
  void varint(std::uint64_t value) {
    while (value >= 0x80) {
      byte(static_cast<std::uint8_t>((value & 0x7F) | 0x80));
      value >>= 7;
    }
    byte(static_cast<std::uint8_t>(value));
  }
  // 1 length byte + at most 255 bytes of UTF-8.
  void short_string(const std::string& text) {
    const std::string clean = clean_utf8(text, 255);
    byte(static_cast<std::uint8_t>(clean.size()));
    raw(clean);
  }
  void long_string(const std::string& text) {
    const std::string clean = clean_utf8(text, static_cast<std::size_t>(-1));
    varint(clean.size());
    raw(clean);
  }
  void raw(const std::string& text) { bytes_.insert(bytes_.end(), text.begin(), text.end()); }
  // `values` packed LSB first, `width` bits per value.
  void packed(const std::vector<unsigned>& values, unsigned width) {
    std::vector<std::uint8_t> out((values.size() * width + 7) / 8, 0);
    std::size_t bit = 0;
    for (unsigned value : values)
      for (unsigned k = 0; k < width; ++k, ++bit)
        if ((value >> k) & 1u) out[bit / 8] = static_cast<std::uint8_t>(out[bit / 8] | (1u << (bit % 8)));
    bytes_.insert(bytes_.end(), out.begin(), out.end());
  }
  std::vector<std::uint8_t>& bytes() { return bytes_; }

 private:
  std::vector<std::uint8_t> bytes_;
};

// Every read is bounds-checked; after the first failure ok() stays false and reads
// return defaults.
class Reader {
 public:
  Reader(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}

  bool ok() const { return ok_; }
  bool at_end() const { return pos_ == size_; }
  std::size_t remaining() const { return size_ - pos_; }

  std::uint8_t byte() {
    if (!ok_ || pos_ >= size_) {
      ok_ = false;
      return 0;
    }
    return data_[pos_++];
  }
  unsigned u16() {
    const unsigned low = byte();
    const unsigned high = byte();
    return low | (high << 8);
  }
  // Unsigned LEB128 of at most 32 bits, in its shortest form.
  std::uint32_t varint() {
    std::uint64_t value = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      const std::uint8_t b = byte();
      if (!ok_) return 0;
      value |= static_cast<std::uint64_t>(b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        if (b == 0 && shift > 0) break;  // not the shortest form
        if (value > 0xFFFFFFFFull) break;
        return static_cast<std::uint32_t>(value);
      }
    }
    ok_ = false;
    return 0;
  }
  // `count` bytes, or an empty view (and failure) when they are not all there.
  std::string_view take(std::uint64_t count) {
    if (!ok_ || count > remaining()) {
      ok_ = false;
      return {};
    }
    std::string_view out(reinterpret_cast<const char*>(data_ + pos_), static_cast<std::size_t>(count));
    pos_ += static_cast<std::size_t>(count);
    return out;
  }
  std::string text(std::uint64_t length) {
    const std::string_view bytes = take(length);
    if (!ok_) return {};
    if (!valid_utf8(bytes)) {
      ok_ = false;
      return {};
    }
    return std::string(bytes);
  }
  std::string short_string() { return text(byte()); }
  std::string long_string() { return text(varint()); }

 private:
  const std::uint8_t* data_;
  std::size_t size_;
  std::size_t pos_ = 0;
  bool ok_ = true;
};

// Bit `bit` of an LSB-first bit field.
bool bit_at(std::string_view bytes, std::size_t bit);
// The `width`-bit value at index `index` of an LSB-first packed field.
unsigned packed_value(std::string_view bytes, std::size_t index, unsigned width);
// Whether every bit from `used` to the end of `bytes` is zero (an encoder never sets them).
bool padding_clear(std::string_view bytes, std::size_t used);

}  // namespace capwalk
