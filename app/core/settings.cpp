#include "settings.h"

#include <algorithm>
#include <iterator>

namespace capwalk {

static_assert(kTextScaleChoices[0] == kMinTextScalePercent &&
                  kTextScaleChoices[std::size(kTextScaleChoices) - 1] == kMaxTextScalePercent,
              "the choices span the range a stored document may hold");

namespace {

template <typename T>
void change(AppState& state, T& setting, const T& value) {
  if (setting == value) return;
  setting = value;
  ++state.changes;
}

}  // namespace

void set_text_scale(AppState& state, int percent) {
  change(state, state.stored.settings.text_scale_percent,
         std::clamp(percent, kMinTextScalePercent, kMaxTextScalePercent));
}

void set_theme(AppState& state, const std::string& theme) {
  if (is_theme_id(theme)) change(state, state.stored.settings.theme, theme);
}

void set_reduced_motion(AppState& state, bool reduced) {
  change(state, state.stored.settings.reduced_motion, reduced);
}

bool switch_kiosk_on(AppState& state) {
  KioskState& k = state.kiosk;
  if (!valid_kiosk_pin(k.pin)) {
    k.message = "The PIN must be 4 to 8 digits.";
    return false;
  }
  if (k.pin != k.pin_again) {
    k.message = "The two PINs are not the same. Please type them again.";
    return false;
  }
  k.config.enabled = true;
  k.config.pin_hash = kiosk_pin_hash(k.pin);
  k.pin.clear();
  k.pin_again.clear();
  k.message.clear();
  k.setting_up = false;
  return true;
}

void unlock_kiosk_settings(AppState& state) {
  KioskState& k = state.kiosk;
  k.unlocked = kiosk_pin_hash(k.pin) == k.config.pin_hash;
  k.message = k.unlocked ? "" : "That PIN is not right.";
  k.pin.clear();
}

void set_kiosk_idle_minutes(AppState& state, int minutes) {
  state.kiosk.config.idle_seconds = minutes * 60;
}

void switch_kiosk_off(AppState& state) {
  state.kiosk.config = KioskConfig{};
  state.kiosk.unlocked = false;
}

}  // namespace capwalk
