#include "qr.h"

#include <qrcodegen.hpp>

namespace capwalk {

QrGrid make_qr(const std::string& text) {
  QrGrid grid;
  // qrcodegen throws when the text does not fit; the web build cannot catch, so the
  // length is checked first (Medium ECC holds 2,331 bytes at version 40).
  if (text.empty() || text.size() > kMaxQrText) return grid;
  const qrcodegen::QrCode code = qrcodegen::QrCode::encodeText(text.c_str(), qrcodegen::QrCode::Ecc::MEDIUM);
  grid.size = code.getSize();
  grid.dark.resize(static_cast<size_t>(grid.size * grid.size));
  for (int y = 0; y < grid.size; ++y)
    for (int x = 0; x < grid.size; ++x) grid.dark[static_cast<size_t>(y * grid.size + x)] = code.getModule(x, y);
  return grid;
}

std::string qr_svg(const QrGrid& grid, int pixels) {
  if (grid.size == 0) return {};
  const int total = grid.size + 8;
  std::string path;
  for (int y = 0; y < grid.size; ++y)
    for (int x = 0; x < grid.size; ++x)
      if (grid.at(x, y)) path += "M" + std::to_string(x + 4) + "," + std::to_string(y + 4) + "h1v1h-1z";
  return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + std::to_string(pixels) + "\" height=\"" +
         std::to_string(pixels) + "\" viewBox=\"0 0 " + std::to_string(total) + " " + std::to_string(total) +
         "\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"QR code of the link\">"
         "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
}

}  // namespace capwalk
