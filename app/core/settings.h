// settings.h — the only way to change the person's settings (text size, colours,
// motion) and a shared device's kiosk settings, as plain functions on AppState like
// the walkthrough's.
//
// What each of the person's settings may be is beside Settings in storage_document.h.
// Each change is counted in AppState::changes, so it is saved; setting a value it
// already has changes nothing. The kiosk settings (kiosk.h) are kept apart from the
// person's data: after each change the screen tells the page
// (Host::kiosk_settings_changed), which keeps them (save_kiosk_settings() in
// kept_data.h) and acts on them.
#pragma once

#include <string>

#include "app_state.h"

namespace capwalk {

// The text sizes the settings screen offers, in percent.
constexpr int kTextScaleChoices[] = {100, 125, 150, 175, 200};

// Held to kMinTextScalePercent..kMaxTextScalePercent.
void set_text_scale(AppState& state, int percent);
// One of kThemeIds; anything else is ignored.
void set_theme(AppState& state, const std::string& theme);
void set_reduced_motion(AppState& state, bool reduced);

// ---- Kiosk settings, behind the kiosk's PIN ----

// "Switch kiosk mode on" with kiosk.pin and kiosk.pin_again typed: true when the PIN is
// 4 to 8 digits and typed the same twice, and kiosk mode is now on (the typed PINs are
// cleared); otherwise kiosk.message says in plain words what is wrong.
bool switch_kiosk_on(AppState& state);
// "Unlock" with kiosk.pin typed: kiosk.unlocked says whether it was the right PIN, and
// kiosk.message when it was not. The typed PIN is cleared either way.
void unlock_kiosk_settings(AppState& state);
// The time without input before "Are you still there?".
void set_kiosk_idle_minutes(AppState& state, int minutes);
// Back to an ordinary device: no PIN, default times, and the settings locked again.
void switch_kiosk_off(AppState& state);

}  // namespace capwalk
