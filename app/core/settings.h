// settings.h — the only way to change the person's settings (text size, colours,
// motion), as plain functions on AppState like the walkthrough's. What each setting may
// be is beside Settings in storage_document.h. Each change is counted in
// AppState::changes, so it is saved; setting a value it already has changes nothing.
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

}  // namespace capwalk
