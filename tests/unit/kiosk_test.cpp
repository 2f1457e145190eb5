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

TEST_CASE("On a kiosk the only ways out are the link as text and its QR code") {
  const KioskAction every_action[] = {
      KioskAction::ShowLinkAsText, KioskAction::ShowQrCode, KioskAction::CopyLink,
      KioskAction::EmailLink,      KioskAction::ShareSheet, KioskAction::Print,
      KioskAction::SaveBackup,     KioskAction::ImportBackup, KioskAction::OpenFile,
      KioskAction::ExportCsv};
  for (KioskAction action : every_action) {
    INFO(static_cast<int>(action));
    CHECK(kiosk_allows(false, action));  // a person's own device: everything
    const bool leaves_nothing = action == KioskAction::ShowLinkAsText || action == KioskAction::ShowQrCode;
    CHECK(kiosk_allows(true, action) == leaves_nothing);
  }
}

TEST_CASE("Setting up a kiosk says plainly what will be removed from the device") {
  CHECK(kiosk_removal_warning(0, 0).empty());
  CHECK(kiosk_removal_warning(1, 0) ==
        "This device has 1 saved assessment, with its notes and plans. Switching kiosk mode on "
        "removes it, and capwalk's settings, from this device, so that nothing of one person is "
        "left for the next. To keep the assessments, save a backup file first.");
  CHECK(kiosk_removal_warning(3, 2) ==
        "This device has 3 saved assessments, with their notes and plans, and 2 people in the "
        "team view. Switching kiosk mode on removes them, and capwalk's settings, from this "
        "device, so that nothing of one person is left for the next. To keep the assessments, "
        "save a backup file first.");
  CHECK(kiosk_removal_warning(0, 1) ==
        "This device has 1 person in the team view. Switching kiosk mode on removes them, and "
        "capwalk's settings, from this device, so that nothing of one person is left for the next.");
}
