#include <catch2/catch.hpp>

#include "app/core/kiosk.h"

using namespace capwalk;

TEST_CASE("Kiosk settings round-trip, and odd values are corrected") {
  KioskConfig c;
  c.enabled = true;
  c.pin_hash = kiosk_pin_hash("2468");
  c.idle_seconds = 120;
  const KioskConfig back = kiosk_from_json(kiosk_to_json(c));
  CHECK(back.enabled);
  CHECK(back.pin_hash == c.pin_hash);
  CHECK(back.idle_seconds == 120);
  CHECK(back.warning_seconds == 30);
  CHECK(kiosk_from_json(R"({"enabled": true, "pin_hash": "x", "idle_seconds": 1, "warning_seconds": 5})").idle_seconds == 30);
  CHECK(kiosk_from_json(R"({"enabled": true, "pin_hash": "x", "warning_seconds": 5})").warning_seconds == 20);
  CHECK_FALSE(kiosk_from_json(R"({"enabled": true})").enabled);  // no PIN: never stuck in kiosk mode
  CHECK_FALSE(kiosk_from_json("not json").enabled);
}

TEST_CASE("A kiosk PIN is 4 to 8 digits and is kept only as a hash") {
  CHECK(valid_kiosk_pin("1234"));
  CHECK(valid_kiosk_pin("12345678"));
  CHECK_FALSE(valid_kiosk_pin("123"));
  CHECK_FALSE(valid_kiosk_pin("123456789"));
  CHECK_FALSE(valid_kiosk_pin("12a4"));
  CHECK(kiosk_pin_hash("1234") != kiosk_pin_hash("1235"));
  CHECK(kiosk_pin_hash("1234").find("1234") == std::string::npos);
}
