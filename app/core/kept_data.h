// kept_data.h — where this page keeps what a person keeps, and every write to it.
//
// A page holds one KeptData. At start-up start_kept_data() decides where answers
// live: in the browser's storage, or, on a kiosk, in memory only (after wiping
// whatever a crash may have left in the storage). From then on every write goes
// through a function here or in storage_sync.h, which this header wraps: saving after
// a change, deleting everything, taking in another tab's change, the kiosk's own
// settings.
//
//   KeptData kept;
//   start_kept_data(state, kept, browser_storage, opened_with_kiosk, now);
//   save_kept_data(state, kept, now);                    // after every frame
//   switch (save_kiosk_settings(state, kept)) { ... }    // the kiosk settings changed
#pragma once

#include <cstdint>
#include <memory>

#include "app_state.h"
#include "storage_sync.h"
#include "vault.h"

namespace capwalk {

struct KeptData {
  KeyValueStore* device = nullptr;  // the browser's storage
  MemoryStore memory;               // a kiosk keeps each person's answers here only
  KeyValueStore* store = nullptr;   // where answers are kept: `device`, or `memory` on a kiosk
  std::unique_ptr<Vault> vault;
  SyncBase base;                    // what this page last read from or wrote to `store`
};

// Reads the kiosk's settings from `device`, then the person's data from wherever it
// lives (see the top of this file). A kiosk shows larger text; a page opened with
// ?kiosk on a device not set up yet goes to the kiosk set-up screen.
void start_kept_data(AppState& state, KeptData& kept, KeyValueStore& device, bool kiosk_requested,
                     std::int64_t now_ms);
void save_kept_data(AppState& state, KeptData& kept, std::int64_t now_ms);
void delete_kept_data(AppState& state, KeptData& kept);
void take_other_tab_change(AppState& state, KeptData& kept, OtherTabKey key, bool removed,
                           std::int64_t now_ms);

// What the page does after the kiosk settings changed.
enum class KioskNext {
  WatchIdle,          // still a kiosk: watch for no input with the new times
  Restart,            // kiosk mode switched on: start afresh as a kiosk
  RestartAsNormal,    // switched off: start afresh without ?kiosk
  Nothing,            // not a kiosk, and still not one
};
// Saves state.kiosk.config on the device (or removes it when kiosk mode is off).
KioskNext save_kiosk_settings(const AppState& state, KeptData& kept);

// "I'm still here": the idle warning goes away (the page restarts its idle watch).
void kiosk_still_here(AppState& state);

}  // namespace capwalk
