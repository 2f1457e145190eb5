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

// One page over `device`, started as main.cpp starts it.
struct Page {
  explicit Page(MemoryStore& device, bool kiosk_requested = false) {
    start_kept_data(state, kept, device, kiosk_requested, kNine);
  }
  bool apply(const PageEvent& event) { return apply_page_event(state, kept, event, kNine); }
  void save() { save_kept_data(state, kept, kNine); }
  // A setting changed, as the settings screen changes it.
  void choose_dark() {
    state.stored.settings.theme = "dark";
    ++state.changes;
  }
  AppState state;
  KeptData kept;
};


}  // namespace

TEST_CASE("A results link opened in the address bar shows the review of those results") {
  MemoryStore device;
  Page page(device);
  REQUIRE(page.state.library.add_shipped_framework(read_source_file("frameworks/core.json")).empty());
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
  CHECK(page.apply(link));
  CHECK(page.state.nav.current() == Screen::Review);
  REQUIRE(page.state.sharing.opened.has_value());
  CHECK(page.state.sharing.opened->error.empty());
  REQUIRE(page.state.sharing.opened->resolved.has_value());
  CHECK(page.state.sharing.opened->resolved->assessment.answers.at(a.capability_ids[0]).rating ==
        Rating::CouldSupportOthers);

  Page untouched(device);
  CHECK(untouched.apply(event_of(PageEvent::Kind::LinkOpened)));  // no code
  CHECK(untouched.state.nav.current() == Screen::Welcome);
}

TEST_CASE("Page events set what the person is told: copied or not, idle warning, update") {
  MemoryStore device;
  Page page(device);
  PageEvent copied = event_of(PageEvent::Kind::Copied);
  copied.flag = true;
  page.apply(copied);
  CHECK(page.state.sharing.notice == "Link copied. You can paste it into an email or message.");
  copied.flag = false;
  page.apply(copied);
  CHECK(page.state.sharing.notice ==
        "Your browser did not let capwalk copy the link. Select the link above and copy it yourself.");

  PageEvent idle = event_of(PageEvent::Kind::IdleWarning);
  idle.number = 30;
  page.apply(idle);
  CHECK(page.state.kiosk.warning_left == 30);
  kiosk_still_here(page.state);
  CHECK(page.state.kiosk.warning_left == 0);

  CHECK_FALSE(page.state.update_ready);
  page.apply(event_of(PageEvent::Kind::UpdateReady));
  CHECK(page.state.update_ready);
}

TEST_CASE("Input events are left to the UI and change nothing here") {
  MemoryStore device;
  Page page(device);
  const unsigned changes = page.state.changes;
  for (auto kind : {PageEvent::Kind::PointerMove, PageEvent::Kind::PointerButton, PageEvent::Kind::PointerLeave,
                    PageEvent::Kind::Key, PageEvent::Kind::TextInput, PageEvent::Kind::KeyboardFocus,
                    PageEvent::Kind::MirrorActivate}) {
    INFO(static_cast<int>(kind));
    CHECK_FALSE(page.apply(event_of(kind)));
  }
  CHECK(page.state.changes == changes);
  CHECK(page.state.nav.current() == Screen::Welcome);
}

TEST_CASE("A file opened on the page that is not a framework goes to the problems screen") {
  MemoryStore device;
  Page page(device);
  PageEvent file = event_of(PageEvent::Kind::FileOpened);
  file.name = "notes.txt";
  file.text = "not a framework";
  page.apply(file);
  REQUIRE(page.state.last_file_import.has_value());
  CHECK(page.state.nav.current() == Screen::FrameworkFileProblems);
}

TEST_CASE("Another tab's change arrives as an event and is merged in") {
  MemoryStore device;
  Page mine(device), theirs(device);
  theirs.choose_dark();
  theirs.save();
  PageEvent changed = event_of(PageEvent::Kind::StorageChanged);
  changed.key = OtherTabKey::Data;
  mine.apply(changed);
  CHECK(mine.state.stored.settings.theme == "dark");
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
    Page before(device);
    before.choose_dark();
    before.save();
  }
  device.set(kTeamKey, "{}");
  device.set(kKioskKey, kiosk_to_json(a_kiosk()));
  Page kiosk(device);
  CHECK(kiosk.state.kiosk.active);
  CHECK(kiosk.kept.store == &kiosk.kept.memory);
  CHECK(kiosk.state.stored.settings.theme != "dark");  // the earlier person's setting is gone
  CHECK_FALSE(device.get(Vault::kCurrentKey).has_value());
  CHECK_FALSE(device.get(kTeamKey).has_value());
  CHECK(kiosk.state.stored.settings.text_scale_percent == 125);  // larger text and targets
  kiosk.choose_dark();
  kiosk.save();
  CHECK_FALSE(device.get(Vault::kCurrentKey).has_value());  // never written to the device
  CHECK(device.get(kKioskKey).has_value());
}

TEST_CASE("Opened with ?kiosk on a device not set up yet: the kiosk set-up screen") {
  MemoryStore device;
  Page page(device, true);
  CHECK_FALSE(page.state.kiosk.active);
  CHECK(page.state.kiosk.setting_up);
  CHECK(page.state.nav.current() == Screen::KioskSetup);
  CHECK(page.kept.store == &device);
}

TEST_CASE("The kiosk's settings are saved on the device, and say what the page does next") {
  MemoryStore device;
  Page setting_up(device, true);
  setting_up.state.kiosk.config = a_kiosk();
  CHECK(save_kiosk_settings(setting_up.state, setting_up.kept) == KioskNext::Restart);  // switched on
  REQUIRE(device.get(kKioskKey).has_value());
  CHECK(kiosk_from_json(*device.get(kKioskKey)).idle_seconds == 120);

  Page kiosk(device);
  REQUIRE(kiosk.state.kiosk.active);
  kiosk.state.kiosk.config.idle_seconds = 300;
  CHECK(save_kiosk_settings(kiosk.state, kiosk.kept) == KioskNext::WatchIdle);
  CHECK(kiosk_from_json(*device.get(kKioskKey)).idle_seconds == 300);
  kiosk.state.kiosk.config.enabled = false;
  CHECK(save_kiosk_settings(kiosk.state, kiosk.kept) == KioskNext::RestartAsNormal);
  CHECK_FALSE(device.get(kKioskKey).has_value());

  Page normal(device);
  CHECK(save_kiosk_settings(normal.state, normal.kept) == KioskNext::Nothing);
}

TEST_CASE("Delete all my data empties the device and the state") {
  MemoryStore device;
  Page page(device);
  page.choose_dark();
  page.save();
  REQUIRE(device.get(Vault::kCurrentKey).has_value());
  delete_kept_data(page.state, page.kept);
  page.save();
  CHECK(page.state.stored.settings.theme != "dark");
  CHECK_FALSE(device.get(Vault::kCurrentKey).has_value());
}
