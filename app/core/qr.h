// qr.h — a QR code of a link, as a grid of dark and light modules, and as SVG for
// printing. Made with Nayuki's qrcodegen (Debian source package qr-code-generator),
// at error-correction level Medium with the standard quiet zone left to the caller.
#pragma once

#include <string>
#include <vector>

namespace capwalk {

// Links longer than this are not turned into QR codes: the code would be too dense to
// scan from a screen (and qrcodegen would refuse it). The caller says so instead.
constexpr std::size_t kMaxQrText = 1200;

struct QrGrid {
  int size = 0;                  // modules per side; 0 when no code could be made
  std::vector<bool> dark;        // size * size, row by row
  bool at(int x, int y) const { return dark[static_cast<size_t>(y * size + x)]; }
};

QrGrid make_qr(const std::string& text);

// A standalone <svg> of the code with a 4-module quiet zone, `pixels` wide.
std::string qr_svg(const QrGrid& grid, int pixels);

}  // namespace capwalk
