#include <catch2/catch.hpp>

#include "app/core/qr.h"

using namespace capwalk;

TEST_CASE("A link becomes a QR code grid, and too long a text none") {
  const QrGrid grid = make_qr("https://example.org/capwalk/#r=AQEEY29yZQ");
  CHECK(grid.size >= 21);
  CHECK((grid.size - 17) % 4 == 0);  // QR versions are 17 + 4v modules wide
  // The three finder patterns: dark corners at top-left, top-right and bottom-left.
  CHECK(grid.at(0, 0));
  CHECK(grid.at(grid.size - 1, 0));
  CHECK(grid.at(0, grid.size - 1));
  CHECK_FALSE(grid.at(7, 7));  // the separator around the top-left finder is light
  CHECK(make_qr(std::string(kMaxQrText + 1, 'a')).size == 0);
  CHECK(make_qr("").size == 0);
}

TEST_CASE("The QR code as SVG has a quiet zone and one path") {
  const QrGrid grid = make_qr("hello");
  const std::string svg = qr_svg(grid, 200);
  CHECK(svg.rfind("<svg ", 0) == 0);
  CHECK(svg.find("viewBox=\"0 0 " + std::to_string(grid.size + 8) + " " + std::to_string(grid.size + 8) + "\"") != std::string::npos);
  CHECK(svg.find("M4,4h1v1h-1z") != std::string::npos);  // the top-left module, after the 4-module margin
  CHECK(qr_svg(QrGrid{}, 200).empty());
}
