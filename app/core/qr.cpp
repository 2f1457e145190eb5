#include "qr.h"

#include <cstdint>
#include <vector>

#include <qrcodegen.h>

namespace capwalk {

QrGrid make_qr(const std::string& text) {
  QrGrid grid;
  // Medium ECC holds 2,331 bytes at version 40; qrcodegen's buffers are sized for
  // version 40, and it reports (never overruns) text that does not fit.
  if (text.empty() || text.size() > kMaxQrText) return grid;
  std::vector<std::uint8_t> temp(qrcodegen_BUFFER_LEN_MAX), code(qrcodegen_BUFFER_LEN_MAX);
  if (!qrcodegen_encodeText(text.c_str(), temp.data(), code.data(), qrcodegen_Ecc_MEDIUM, qrcodegen_VERSION_MIN,
                            qrcodegen_VERSION_MAX, qrcodegen_Mask_AUTO, true))
    return grid;
  grid.size = qrcodegen_getSize(code.data());
  grid.dark.resize(static_cast<size_t>(grid.size * grid.size));
  for (int y = 0; y < grid.size; ++y)
    for (int x = 0; x < grid.size; ++x)
      grid.dark[static_cast<size_t>(y * grid.size + x)] = qrcodegen_getModule(code.data(), x, y);
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
