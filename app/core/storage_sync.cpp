#include "storage_sync.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "sharing.h"
#include "walkthrough.h"

namespace capwalk {

namespace {

const char* const kOtherTabNotice = "Changes made in another tab or window are shown here too.";
const char* const kOtherTabDeletedNotice =
    "Everything capwalk kept on this device was deleted in another tab or window.";

// One value as the base, this tab (mine) and the other tab (theirs) have it; nullptr
// where a side does not have it at all. Whatever only one side changed wins; where
// both changed it, the newer side does.
template <typename T>
bool same(const T* a, const T* b) {
  return a == b || (a && b && *a == *b);
}
template <typename T>
const T* merge_value(const T* base, const T* mine, const T* theirs, bool mine_is_newer) {
  if (same(mine, theirs) || same(theirs, base)) return mine;
  if (same(mine, base)) return theirs;
  return mine_is_newer ? mine : theirs;
}

const Answer* answer_in(const Assessment* a, const std::string& capability_id) {
  if (!a) return nullptr;
  const auto it = a->answers.find(capability_id);
  return it == a->answers.end() ? nullptr : &it->second;
}

// Both tabs changed this assessment since the base: merged field by field and
// answer by answer.
Assessment merge_assessment(const Assessment* base, const Assessment& mine, const Assessment& theirs) {
  const bool newer = mine.updated_at >= theirs.updated_at;
  const Assessment empty;
  const Assessment& b = base ? *base : empty;
  Assessment out = newer ? mine : theirs;
  out.tier = *merge_value(&b.tier, &mine.tier, &theirs.tier, newer);
  // The page order follows the settings (walk_order()), so both come from one side.
  const auto* settings = merge_value(&b.settings, &mine.settings, &theirs.settings, newer);
  out.settings = *settings;
  out.capability_ids = settings == &theirs.settings ? theirs.capability_ids : mine.capability_ids;
  out.finished = *merge_value(&b.finished, &mine.finished, &theirs.finished, newer);
  out.plan = *merge_value(&b.plan, &mine.plan, &theirs.plan, newer);
  out.current_index = mine.current_index;  // where this tab's person is
  out.updated_at = std::max(mine.updated_at, theirs.updated_at);
  out.answers.clear();
  for (const Assessment* side : {&mine, &theirs})
    for (const auto& [id, answer] : side->answers)
      if (const Answer* kept = merge_value(answer_in(base, id), answer_in(&mine, id), answer_in(&theirs, id), newer))
        out.answers.emplace(id, *kept);
  return out;
}

const Assessment* find_in(const StoredData& data, const std::string& id) {
  const auto it = std::find_if(data.assessments.begin(), data.assessments.end(),
                               [&](const Assessment& a) { return a.id == id; });
  return it == data.assessments.end() ? nullptr : &*it;
}

// Adds the merge of one assessment to `out`, unless it is deleted.
void merge_one(const Assessment* base, const Assessment* mine, const Assessment* theirs, StoredData& out) {
  const bool mine_changed = !same(mine, base), theirs_changed = !same(theirs, base);
  if (mine && theirs && mine_changed && theirs_changed && !same(mine, theirs)) {
    out.assessments.push_back(merge_assessment(base, *mine, *theirs));
    return;
  }
  // Deleted on one side and changed on the other: an edit beats a deletion, so
  // nothing anyone typed is lost.
  const Assessment* kept = merge_value(base, mine, theirs, true);
  if (!kept && mine_changed && theirs_changed) kept = mine ? mine : theirs;
  if (kept) out.assessments.push_back(*kept);
}

bool same_member(const TeamMember& a, const TeamMember& b) {
  return a.code == b.code && a.label == b.label && a.round == b.round && a.view == b.view;
}

// Members by id, so merging teams of thousands stays linear.
using MemberIndex = std::unordered_map<std::string, const TeamMember*>;
MemberIndex index_of(const Team& team) {
  MemberIndex index;
  index.reserve(team.members.size());
  for (const TeamMember& m : team.members) index.emplace(m.id, &m);
  return index;
}
const TeamMember* member_in(const MemberIndex& index, const std::string& id) {
  const auto it = index.find(id);
  return it == index.end() ? nullptr : it->second;
}

// Equal apart from where each tab's person is (the current assessment and page):
// a difference there alone is never written back, or two tabs would take turns.
bool same_content(const StoredData& a, const StoredData& b) {
  if (a.assessments.size() != b.assessments.size() || !(a.settings == b.settings)) return false;
  for (std::size_t i = 0; i < a.assessments.size(); ++i) {
    Assessment x = a.assessments[i];
    x.current_index = b.assessments[i].current_index;
    if (!(x == b.assessments[i])) return false;
  }
  return true;
}

bool on_assessment_screen(const AppState& state) {
  const Screen s = state.nav.current();
  return s == Screen::Capability || s == Screen::Contents || s == Screen::Results || s == Screen::Plan ||
         s == Screen::Share;
}

void forget_all(AppState& state, SyncBase& base) {
  state.sharing = SharingState{};
  forget_everything(state);
  base = SyncBase{};
  base.saved_changes = state.changes;  // nothing to save: nothing is kept
  base.saved_team_changes = state.sharing.team_changes;
}

void take_other_data(AppState& state, Vault& vault, SyncBase& base, std::int64_t now_ms) {
  const VaultOpen opened = vault.open(now_ms);
  if (opened.state != VaultState::Saving || !opened.message.empty()) {
    // Not plainly readable (a newer capwalk's, say): this tab keeps what it has.
    state.storage_banner = opened.message;
    return;
  }
  const StoredData merged = merge_stored_data(base.data, state.stored, opened.data);
  if (!(merged == state.stored)) state.other_tab_notice = kOtherTabNotice;
  state.stored = merged;
  base.data = opened.data;
  if (same_content(merged, opened.data)) {
    base.saved_changes = state.changes;
    state.storage_banner.clear();
  } else {
    ++state.changes;  // saved back at the end of the frame
  }
  if (!current_assessment(state) && on_assessment_screen(state)) state.nav.restart();
}

void take_other_team(AppState& state, KeyValueStore& store, SyncBase& base, bool removed) {
  Team theirs;
  if (!removed) {
    const std::optional<std::string> text = store.get(kTeamKey);
    if (!text || !team_from_json(*text, theirs)) return;  // unreadable: keep ours
  }
  Team& mine = state.sharing.team;
  const Team merged = merge_teams(base.team, mine, theirs);
  const bool changed = merged.members.size() != mine.members.size() ||
                       !std::equal(merged.members.begin(), merged.members.end(), mine.members.begin(), same_member);
  if (changed) state.other_tab_notice = kOtherTabNotice;
  mine = merged;
  base.team = theirs;
  const bool same_as_stored = merged.members.size() == theirs.members.size() &&
                              std::equal(merged.members.begin(), merged.members.end(),
                                         theirs.members.begin(), same_member);
  if (same_as_stored) base.saved_team_changes = ++state.sharing.team_changes;
  else ++state.sharing.team_changes;  // saved back at the end of the frame
}

}  // namespace

StoredData merge_stored_data(const StoredData& base, const StoredData& mine, const StoredData& theirs) {
  StoredData out;
  // In the stored order, then what only this tab has: a tab that adds nothing of its
  // own ends with exactly what is stored.
  std::vector<std::string> ids;
  for (const StoredData* d : {&theirs, &mine, &base})
    for (const Assessment& a : d->assessments)
      if (std::find(ids.begin(), ids.end(), a.id) == ids.end()) ids.push_back(a.id);
  for (const std::string& id : ids) {
    merge_one(find_in(base, id), find_in(mine, id), find_in(theirs, id), out);
  }
  // The assessment and page on this tab's screen stay there, unless it is gone.
  for (Assessment& a : out.assessments)
    if (a.id == mine.current_id) {
      out.current_id = a.id;
      a.current_index = find_in(mine, a.id)->current_index;
    }
  const Settings &b = base.settings, &m = mine.settings, &t = theirs.settings;
  out.settings.text_scale_percent =
      *merge_value(&b.text_scale_percent, &m.text_scale_percent, &t.text_scale_percent, true);
  out.settings.theme = *merge_value(&b.theme, &m.theme, &t.theme, true);
  out.settings.reduced_motion = *merge_value(&b.reduced_motion, &m.reduced_motion, &t.reduced_motion, true);
  return out;
}

Team merge_teams(const Team& base, const Team& mine, const Team& theirs) {
  Team out;
  const MemberIndex in_base = index_of(base), in_mine = index_of(mine), in_theirs = index_of(theirs);
  std::unordered_set<std::string> taken;
  const auto keep = [&](const TeamMember& m) {
    if (!taken.insert(m.id).second) return;
    const TeamMember* b = member_in(in_base, m.id);
    const TeamMember* me = member_in(in_mine, m.id);
    const TeamMember* them = member_in(in_theirs, m.id);
    // Removed on one side and untouched on the other: removed.
    if ((!me && b && same_member(*b, *them)) || (!them && b && same_member(*b, *me))) return;
    if (me && them && b && same_member(*b, *me)) out.members.push_back(*them);
    else out.members.push_back(me ? *me : *them);
  };
  // In the stored order, then who only this tab has (as for assessments).
  for (const TeamMember& m : theirs.members) keep(m);
  for (const TeamMember& m : mine.members) keep(m);
  // Links neither tab can read are kept from both: nothing removes them but deleting everything.
  out.kept = mine.kept;
  for (const KeptMember& k : theirs.kept)
    if (std::none_of(out.kept.begin(), out.kept.end(), [&](const KeptMember& o) { return o.entry == k.entry; }))
      out.kept.push_back(k);
  return out;
}

void open_kept_data(AppState& state, Vault& vault, KeyValueStore& store, SyncBase& base,
                    std::int64_t now_ms) {
  const VaultOpen opened = vault.open(now_ms);
  state.stored = opened.data;
  state.storage_banner = opened.message;
  open_team(state, store);
  base.data = state.stored;
  base.team = state.sharing.team;
  base.saved_changes = state.changes;
  base.saved_team_changes = state.sharing.team_changes;
}

void save_kept_data(AppState& state, Vault& vault, KeyValueStore& store, SyncBase& base,
                    std::int64_t now_ms) {
  if (state.sharing.team_changes != base.saved_team_changes) {
    base.saved_team_changes = state.sharing.team_changes;
    if (vault.state() == VaultState::Saving) {
      save_team(state, store);
      if (state.sharing.team_banner.empty()) base.team = state.sharing.team;
    }
  }
  if (state.changes == base.saved_changes) return;
  base.saved_changes = state.changes;
  if (vault.save(state.stored, now_ms)) base.data = state.stored;
  state.storage_banner = vault.message();
}

void delete_kept_data(AppState& state, Vault& vault, SyncBase& base) {
  vault.delete_everything();  // the team too
  forget_all(state, base);
  state.storage_banner = vault.message();
}

void take_other_tab_change(AppState& state, Vault& vault, KeyValueStore& store, SyncBase& base,
                           OtherTabKey key, bool removed, std::int64_t now_ms) {
  if (state.kiosk.active) return;  // a kiosk keeps nothing in storage, and reads nothing from it
  if (key == OtherTabKey::Everything || (key == OtherTabKey::Data && removed)) {
    const bool had_something = !state.stored.assessments.empty() || !state.sharing.team.members.empty();
    vault.open(now_ms);  // back to saving, whatever the old state
    forget_all(state, base);
    state.storage_banner.clear();
    if (had_something) state.other_tab_notice = kOtherTabDeletedNotice;
    return;
  }
  if (key == OtherTabKey::Data) take_other_data(state, vault, base, now_ms);
  else take_other_team(state, store, base, removed);
}

}  // namespace capwalk
