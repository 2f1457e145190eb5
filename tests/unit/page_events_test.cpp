// What the page tells the app (core/page_events.h) and where the data lives
// (core/kept_data.h): the rules main.cpp used to hold, tested without a browser.
#include <catch2/catch.hpp>

#include "app/core/kept_data.h"
#include "app/core/kiosk.h"
#include "app/core/page_events.h"
#include "app/core/share_code.h"
#include "app/core/walkthrough.h"
#include "shipped_data.h"

using namespace capwalk;

namespace {

constexpr std::int64_t kNine = 1763888400000;  // a Monday, 09:00 UTC

PageEvent event_of(PageEvent::Kind kind) {
  PageEvent e;
  e.kind = kind;
  return e;
}

KioskConfig a_kiosk() {
  KioskConfig c;
  c.enabled = true;
  c.pin_hash = kiosk_pin_hash("2468");
  c.idle_seconds = 120;
  return c;
}

void with_core(AppState& state) {
  REQUIRE(state.library.add_shipped_framework(read_source_file("frameworks/core.json")).empty());
}

}  // namespace

TEST_CASE("A results link opened in the address bar shows the review of those results") {
  AppState state;
  with_core(state);
  MemoryStore device;
  KeptData kept;
  start_kept_data(state, kept, device, false, kNine);
  const Framework& fw = testdata::core();
  Assessment a;
  a.id = "a1";
  a.framework_id = fw.id;
  a.framework_version = fw.version;
  a.tier = 1;
  for (const Capability& c : fw.capabilities) a.capability_ids.push_back(c.id);
  a.answers[a.capability_ids[0]].rating = Rating::CouldSupportOthers;
  PageEvent link = event_of(PageEvent::Kind::LinkOpened);
  link.text = encode_share_code(a, fw, false);
  CHECK(apply_page_event(state, kept, link, kNine));
  CHECK(state.nav.current() == Screen::Review);
  REQUIRE(state.sharing.opened.has_value());
  CHECK(state.sharing.opened->error.empty());
  REQUIRE(state.sharing.opened->resolved.has_value());
  CHECK(state.sharing.opened->resolved->assessment.answers.at(a.capability_ids[0]).rating == Rating::CouldSupportOthers);

  AppState untouched;
  KeptData kept2;
  start_kept_data(untouched, kept2, device, false, kNine);
  CHECK(apply_page_event(untouched, kept2, event_of(PageEvent::Kind::LinkOpened), kNine));  // no code
  CHECK(untouched.nav.current() == Screen::Welcome);
}

TEST_CASE("Page events set what the person is told: copied or not, idle warning, update") {
  AppState state;
  MemoryStore device;
  KeptData kept;
  start_kept_data(state, kept, device, false, kNine);
  PageEvent copied = event_of(PageEvent::Kind::Copied);
  copied.flag = true;
  apply_page_event(state, kept, copied, kNine);
  CHECK(state.sharing.notice == kLinkCopied);
  copied.flag = false;
  apply_page_event(state, kept, copied, kNine);
  CHECK(state.sharing.notice == kLinkNotCopied);

  PageEvent idle = event_of(PageEvent::Kind::IdleWarning);
  idle.number = 30;
  apply_page_event(state, kept, idle, kNine);
  CHECK(state.kiosk.warning_left == 30);
  kiosk_still_here(state);
  CHECK(state.kiosk.warning_left == 0);

  CHECK_FALSE(state.update_ready);
  apply_page_event(state, kept, event_of(PageEvent::Kind::UpdateReady), kNine);
  CHECK(state.update_ready);
}

TEST_CASE("Input events are left to the UI and change nothing here") {
  AppState state;
  MemoryStore device;
  KeptData kept;
  start_kept_data(state, kept, device, false, kNine);
  const unsigned changes = state.changes;
  for (auto kind : {PageEvent::Kind::PointerMove, PageEvent::Kind::PointerButton, PageEvent::Kind::PointerLeave,
                    PageEvent::Kind::Key, PageEvent::Kind::TextInput, PageEvent::Kind::KeyboardFocus,
                    PageEvent::Kind::MirrorActivate}) {
    INFO(static_cast<int>(kind));
    CHECK_FALSE(apply_page_event(state, kept, event_of(kind), kNine));
  }
  CHECK(state.changes == changes);
  CHECK(state.nav.current() == Screen::Welcome);
}

TEST_CASE("A file opened on the page that is not a framework goes to the problems screen") {
  AppState state;
  MemoryStore device;
  KeptData kept;
  start_kept_data(state, kept, device, false, kNine);
  PageEvent file = event_of(PageEvent::Kind::FileOpened);
  file.name = "notes.txt";
  file.text = "not a framework";
  apply_page_event(state, kept, file, kNine);
  REQUIRE(state.last_file_import.has_value());
  CHECK(state.nav.current() == Screen::FrameworkFileProblems);
}

TEST_CASE("Another tab's change arrives as an event and is merged in") {
  MemoryStore device;
  AppState mine, theirs;
  KeptData my_kept, their_kept;
  start_kept_data(mine, my_kept, device, false, kNine);
  start_kept_data(theirs, their_kept, device, false, kNine);
  theirs.stored.settings.theme = "dark";
  ++theirs.changes;
  save_kept_data(theirs, their_kept, kNine);
  PageEvent changed = event_of(PageEvent::Kind::StorageChanged);
  changed.key = OtherTabKey::Data;
  apply_page_event(mine, my_kept, changed, kNine + 1000);
  CHECK(mine.stored.settings.theme == "dark");
}

TEST_CASE("The notice about another tab is told once, on the screen where it happened") {
  AppState state;
  state.other_tab_notice = "Changes made in another tab or window are shown here too.";
  const unsigned at_start = state.nav.changes();
  CHECK_FALSE(end_of_frame(state, at_start));
  CHECK_FALSE(state.other_tab_notice.empty());
  state.nav.go(Screen::Settings);
  CHECK(end_of_frame(state, at_start));
  CHECK(state.other_tab_notice.empty());
}

TEST_CASE("A kiosk keeps answers in memory only, after wiping what the device kept") {
  MemoryStore device;
  {
    AppState before;
    KeptData kept;
    start_kept_data(before, kept, device, false, kNine);
    before.stored.settings.theme = "dark";
    ++before.changes;
    save_kept_data(before, kept, kNine);
  }
  device.set(kTeamKey, "{}");
  device.set(kKioskKey, kiosk_to_json(a_kiosk()));
  AppState state;
  KeptData kept;
  start_kept_data(state, kept, device, false, kNine);
  CHECK(state.kiosk.active);
  CHECK(kept.store == &kept.memory);
  CHECK(state.stored.settings.theme != "dark");       // the earlier person's setting is gone
  CHECK_FALSE(device.get(Vault::kCurrentKey).has_value());
  CHECK_FALSE(device.get(kTeamKey).has_value());
  CHECK(state.stored.settings.text_scale_percent == 125);  // larger text and targets
  ++state.changes;
  save_kept_data(state, kept, kNine);
  CHECK_FALSE(device.get(Vault::kCurrentKey).has_value());  // never written to the device
  CHECK(device.get(kKioskKey).has_value());
}

TEST_CASE("Opened with ?kiosk on a device not set up yet: the kiosk set-up screen") {
  MemoryStore device;
  AppState state;
  KeptData kept;
  start_kept_data(state, kept, device, true, kNine);
  CHECK_FALSE(state.kiosk.active);
  CHECK(state.kiosk.setting_up);
  CHECK(state.nav.current() == Screen::KioskSetup);
  CHECK(kept.store == &device);
}

TEST_CASE("The kiosk's settings are saved on the device, and say what the page does next") {
  MemoryStore device;
  AppState state;
  KeptData kept;
  start_kept_data(state, kept, device, true, kNine);
  state.kiosk.config = a_kiosk();
  CHECK(save_kiosk_settings(state, kept) == KioskNext::Restart);  // switched on
  REQUIRE(device.get(kKioskKey).has_value());
  CHECK(kiosk_from_json(*device.get(kKioskKey)).idle_seconds == 120);

  AppState kiosk;
  KeptData kiosk_kept;
  start_kept_data(kiosk, kiosk_kept, device, false, kNine);
  REQUIRE(kiosk.kiosk.active);
  kiosk.kiosk.config.idle_seconds = 300;
  CHECK(save_kiosk_settings(kiosk, kiosk_kept) == KioskNext::WatchIdle);
  CHECK(kiosk_from_json(*device.get(kKioskKey)).idle_seconds == 300);
  kiosk.kiosk.config.enabled = false;
  CHECK(save_kiosk_settings(kiosk, kiosk_kept) == KioskNext::RestartAsNormal);
  CHECK_FALSE(device.get(kKioskKey).has_value());

  AppState normal;
  KeptData normal_kept;
  start_kept_data(normal, normal_kept, device, false, kNine);
  CHECK(save_kiosk_settings(normal, normal_kept) == KioskNext::Nothing);
}

TEST_CASE("Delete all my data empties the device and the state") {
  MemoryStore device;
  AppState state;
  KeptData kept;
  start_kept_data(state, kept, device, false, kNine);
  state.stored.settings.theme = "dark";
  ++state.changes;
  save_kept_data(state, kept, kNine);
  REQUIRE(device.get(Vault::kCurrentKey).has_value());
  delete_kept_data(state, kept);
  save_kept_data(state, kept, kNine);
  CHECK(state.stored.settings.theme != "dark");
  CHECK_FALSE(device.get(Vault::kCurrentKey).has_value());
}
