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

}  // namespace capwalk
