#include "kept_data.h"

#include "kiosk.h"
#include "settings.h"
#include "team.h"

namespace capwalk {

void start_kept_data(AppState& state, KeptData& kept, KeyValueStore& device, bool kiosk_requested,
                     std::int64_t now_ms) {
  KioskState& k = state.kiosk;
  kept.device = &device;
  const auto saved = device.get(kKioskKey);
  k.config = kiosk_from_json(saved ? *saved : "");
  k.active = k.config.enabled;
  k.setting_up = !k.active && kiosk_requested;
  kept.store = &device;
  if (k.active) {
    Vault(device).delete_everything();
    device.remove(kTeamKey);
    kept.store = &kept.memory;
  }
  kept.vault = std::make_unique<Vault>(*kept.store);
  open_kept_data(state, *kept.vault, *kept.store, kept.base, now_ms);
  if (k.active) set_text_scale(state, 125);  // larger text and targets
  else if (k.setting_up) state.nav.go(Screen::KioskSetup);
}

void save_kept_data(AppState& state, KeptData& kept, std::int64_t now_ms) {
  save_kept_data(state, *kept.vault, *kept.store, kept.base, now_ms);
}

void delete_kept_data(AppState& state, KeptData& kept) {
  delete_kept_data(state, *kept.vault, kept.base);
}

void take_other_tab_change(AppState& state, KeptData& kept, OtherTabKey key, bool removed,
                           std::int64_t now_ms) {
  take_other_tab_change(state, *kept.vault, *kept.store, kept.base, key, removed, now_ms);
}

KioskNext save_kiosk_settings(const AppState& state, KeptData& kept) {
  const KioskConfig& config = state.kiosk.config;
  if (config.enabled) kept.device->set(kKioskKey, kiosk_to_json(config));
  else kept.device->remove(kKioskKey);
  if (state.kiosk.active != config.enabled) return config.enabled ? KioskNext::Restart : KioskNext::RestartAsNormal;
  return state.kiosk.active ? KioskNext::WatchIdle : KioskNext::Nothing;
}

void kiosk_still_here(AppState& state) { state.kiosk.warning_left = 0; }

}  // namespace capwalk
