// The settings are changed only through settings.h: each change counted (so saved),
// values held to what a stored document may hold.
#include <catch2/catch.hpp>

#include "app/core/settings.h"
#include "app/core/storage_document.h"

using namespace capwalk;

TEST_CASE("Changing the text size is counted once and held to 100 to 200 percent") {
  AppState s;
  set_text_scale(s, 150);
  CHECK(s.stored.settings.text_scale_percent == 150);
  CHECK(s.changes == 1);
  set_text_scale(s, 150);  // already so: nothing to save
  CHECK(s.changes == 1);
  set_text_scale(s, 400);
  CHECK(s.stored.settings.text_scale_percent == kMaxTextScalePercent);
  set_text_scale(s, 10);
  CHECK(s.stored.settings.text_scale_percent == kMinTextScalePercent);
  CHECK(s.changes == 3);
}

TEST_CASE("The colours are one of the known themes; anything else changes nothing") {
  AppState s;
  CHECK(s.stored.settings.theme == "auto");
  set_theme(s, "high-contrast");
  CHECK(s.stored.settings.theme == "high-contrast");
  CHECK(s.changes == 1);
  set_theme(s, "sepia");
  set_theme(s, "");
  CHECK(s.stored.settings.theme == "high-contrast");
  CHECK(s.changes == 1);
  for (const char* id : kThemeIds) CHECK(is_theme_id(id));
}

TEST_CASE("Reducing motion is counted only when it changes") {
  AppState s;
  set_reduced_motion(s, false);
  CHECK(s.changes == 0);
  set_reduced_motion(s, true);
  CHECK(s.stored.settings.reduced_motion);
  CHECK(s.changes == 1);
}

TEST_CASE("Every setting the screen can choose survives a save and a load") {
  for (int percent : kTextScaleChoices)
    for (const char* theme : kThemeIds) {
      AppState s;
      set_text_scale(s, percent);
      set_theme(s, theme);
      set_reduced_motion(s, true);
      const DocumentRead read = decode_document(encode_document(s.stored, 1));
      INFO(percent << " " << theme);
      REQUIRE(read.status == DocumentStatus::Ok);
      CHECK(read.data.settings == s.stored.settings);
    }
}

TEST_CASE("Kiosk mode is switched on only with a 4 to 8 digit PIN typed the same twice") {
  AppState s;
  s.kiosk.setting_up = true;
  s.kiosk.pin = "12";
  s.kiosk.pin_again = "12";
  CHECK_FALSE(switch_kiosk_on(s));
  CHECK(s.kiosk.message == "The PIN must be 4 to 8 digits.");
  s.kiosk.pin = "2468";
  s.kiosk.pin_again = "2469";
  CHECK_FALSE(switch_kiosk_on(s));
  CHECK(s.kiosk.message == "The two PINs are not the same. Please type them again.");
  CHECK_FALSE(s.kiosk.config.enabled);
  s.kiosk.pin_again = "2468";
  CHECK(switch_kiosk_on(s));
  CHECK(s.kiosk.config.enabled);
  CHECK(s.kiosk.config.pin_hash == kiosk_pin_hash("2468"));
  CHECK(s.kiosk.pin.empty());
  CHECK(s.kiosk.pin_again.empty());
  CHECK(s.kiosk.message.empty());
  CHECK_FALSE(s.kiosk.setting_up);
  CHECK(s.changes == 0);  // the kiosk's settings are not the person's data
}

TEST_CASE("The kiosk settings open with the right PIN, change the idle time and switch off") {
  AppState s;
  s.kiosk.config.enabled = true;
  s.kiosk.config.pin_hash = kiosk_pin_hash("2468");
  s.kiosk.pin = "1111";
  unlock_kiosk_settings(s);
  CHECK_FALSE(s.kiosk.unlocked);
  CHECK(s.kiosk.message == "That PIN is not right.");
  CHECK(s.kiosk.pin.empty());
  s.kiosk.pin = "2468";
  unlock_kiosk_settings(s);
  CHECK(s.kiosk.unlocked);
  CHECK(s.kiosk.message.empty());
  set_kiosk_idle_minutes(s, 5);
  CHECK(s.kiosk.config.idle_seconds == 300);
  switch_kiosk_off(s);
  CHECK_FALSE(s.kiosk.config.enabled);
  CHECK(s.kiosk.config.pin_hash.empty());
  CHECK(s.kiosk.config.idle_seconds == KioskConfig{}.idle_seconds);
  CHECK_FALSE(s.kiosk.unlocked);
}
