// storage_sync.h — keeps what this page holds and what the browser keeps in step,
// when capwalk is open in several tabs or windows of one browser at once.
//
// Every tab holds the person's data in memory and saves each change at once. Another
// tab's save reaches this one as a `storage` event (web/shell.js), and then:
//
//   1. The stored document is read and merged with what this tab holds, against the
//      `SyncBase`: the data as this tab last read or wrote it. A three-way merge, per
//      assessment and per answer: whatever only one side changed is taken from that
//      side; where both changed the same thing, the newer `updated_at` wins. So
//      answers this tab could not save (storage full, say) are never dropped, and an
//      edit beats a deletion.
//   2. The assessment on screen stays on screen (current_id is this tab's own), unless
//      it was deleted elsewhere and never touched here.
//   3. If the merge holds something the stored copy lacks, it is saved back; a merge
//      of a tab's own save changes nothing, so two tabs settle after one exchange.
//   4. The person is told in one line when something they can see changed.
//
// "Delete all my data" in another tab removes the document: this tab then forgets
// everything too, its team included, rather than writing it back.
//
// Typical use (app/main.cpp):
//
//   SyncBase base;
//   open_kept_data(state, vault, store, base, now);        // at start-up
//   save_kept_data(state, vault, store, base, now);        // after every frame
//   take_other_tab_change(state, vault, store, base, OtherTabKey::Data, false, now);
#pragma once

#include <cstdint>
#include <string>

#include "app_state.h"
#include "storage_document.h"
#include "team.h"
#include "vault.h"

namespace capwalk {

// What this tab last read from, or wrote to, the browser's storage.
struct SyncBase {
  StoredData data;
  Team team;
  unsigned saved_changes = 0;       // AppState::changes when `data` was taken
  unsigned saved_team_changes = 0;  // SharingState::team_changes when `team` was taken
};

// Three-way merges (see the top of this file). `theirs` is what another tab saved.
StoredData merge_stored_data(const StoredData& base, const StoredData& mine, const StoredData& theirs);
Team merge_teams(const Team& base, const Team& mine, const Team& theirs);

// Reads the kept data into `state` (start-up, and after a kiosk wipe).
void open_kept_data(AppState& state, Vault& vault, KeyValueStore& store, SyncBase& base,
                    std::int64_t now_ms);
// Saves whatever changed since the last save; a failed save is shown in the banner
// and the data stays in memory.
void save_kept_data(AppState& state, Vault& vault, KeyValueStore& store, SyncBase& base,
                    std::int64_t now_ms);
// Deletes everything capwalk keeps, in storage and in `state`.
void delete_kept_data(AppState& state, Vault& vault, SyncBase& base);

enum class OtherTabKey {
  Data,        // the person's assessments and settings (Vault::kCurrentKey)
  Team,        // kTeamKey (team.h)
  Everything,  // the whole storage was cleared
};
// Another tab changed `key` (`removed`: it was deleted). Merges it in as described at
// the top of this file, saves the merge where it adds something, and sets
// AppState::other_tab_notice when something this tab shows changed.
void take_other_tab_change(AppState& state, Vault& vault, KeyValueStore& store, SyncBase& base,
                           OtherTabKey key, bool removed, std::int64_t now_ms);

}  // namespace capwalk
