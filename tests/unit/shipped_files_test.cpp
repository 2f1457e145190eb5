// Which of capwalk's own files are fetched, and when (core/shipped_files.h): nothing
// for the welcome screen, the files a screen or a waiting link needs first, and no
// screen or link before its files are here.
#include <catch2/catch.hpp>

#include "app/core/app_state.h"
#include "app/core/page_events.h"
#include "app/core/reply_code.h"
#include "app/core/share_code.h"
#include "app/core/shipped_files.h"
#include "shipped_data.h"
#include "test_files.h"

using namespace capwalk;

namespace {

using Files = std::vector<std::string>;

// As scripts/build writes it for the shipped frameworks.
const char* kIndex = R"({"frameworks": [
  {"id": "core", "file": "core.json", "short_title": "Core capabilities"},
  {"id": "esc", "file": "esc.json", "short_title": "Ten Essential Shared Capabilities"},
  {"id": "nos", "file": "nos.json", "short_title": "National Occupational Standards"},
  {"id": "peer-support", "file": "peer-support.json", "short_title": "Peer support"}],
  "roles": "roles.json", "learning": "learning.json"})";

AppState a_page() {
  AppState state;
  std::vector<Problem> problems;
  state.library.set_shipped_index(read_shipped_index(kIndex, problems));
  REQUIRE(problems.empty());
  return state;
}

void arrive(AppState& state, const std::string& file) {
  PageEvent event;
  event.kind = PageEvent::Kind::FileFetched;
  event.name = file;
  event.text = read_source_file("frameworks/" + file);
  event.flag = true;
  KeptData kept;
  CHECK(apply_page_event(state, kept, event, 0));
}

PageEvent link_event(const std::string& text) {
  PageEvent event;
  event.kind = PageEvent::Kind::LinkOpened;
  event.text = text;
  return event;
}

std::string a_nos_results_code() {
  const Framework& fw = testdata::nos();
  Assessment a;
  a.framework_id = fw.id;
  a.framework_version = fw.version;
  a.tier = 2;
  for (int i = 0; i < 3; ++i) {
    a.capability_ids.push_back(fw.capabilities[static_cast<std::size_t>(i)].id);
    a.answers[a.capability_ids.back()].rating = Rating::Developing;
  }
  return encode_share_code(a, fw, false);
}

}  // namespace

TEST_CASE("The index names each shipped framework, and a damaged index is refused") {
  AppState state = a_page();
  REQUIRE(state.library.shipped().frameworks.size() == 4);
  CHECK(state.library.shipped_framework("nos")->file == "nos.json");
  CHECK(state.library.shipped_framework("mine") == nullptr);
  CHECK(state.library.short_title_of("nos") == "National Occupational Standards");  // before it is fetched
  CHECK(state.library.short_title_of("mine") == "mine");
  std::vector<Problem> problems;
  read_shipped_index(R"({"frameworks": [{"id": "core"}], "roles": "roles.json", "learning": "learning.json"})", problems);
  CHECK(has_errors(problems));
}

TEST_CASE("The welcome screen needs no file; then the catalogues and the framework set-up starts with") {
  AppState state = a_page();
  CHECK(screen_ready(state));
  CHECK(files_to_fetch(state, {}) == Files{"roles.json", "learning.json", "core.json"});
  mark_asked(state, files_to_fetch(state, {}));
  CHECK(files_to_fetch(state, {}).empty());  // each is asked for once

  state.nav.go(Screen::ChooseRole);
  CHECK_FALSE(screen_ready(state));
  CHECK(screen_files_progress(state) == std::pair{0, 3});
  arrive(state, "core.json");
  arrive(state, "roles.json");
  CHECK_FALSE(screen_ready(state));
  CHECK(screen_files_progress(state) == std::pair{2, 3});
  arrive(state, "learning.json");
  CHECK(screen_ready(state));
  CHECK(state.library.find("core"));
  CHECK(state.library.roles());
  CHECK_FALSE(state.library.learning().resources.empty());
  CHECK_FALSE(state.library.find("nos"));  // never asked for
  CHECK(state.shipped.console.empty());
}

TEST_CASE("Choosing a framework fetches them all; an assessment to continue comes first") {
  AppState state = a_page();
  Assessment a;
  a.id = "a1";
  a.framework_id = "nos";
  state.stored.assessments.push_back(a);
  state.stored.current_id = "a1";
  CHECK(files_to_fetch(state, {}) == Files{"nos.json", "roles.json", "learning.json", "core.json"});
  mark_asked(state, {"nos.json", "roles.json", "learning.json", "core.json"});

  state.nav.go(Screen::ChooseFramework);
  CHECK(files_to_fetch(state, {}) == Files{"esc.json", "peer-support.json"});
  for (const char* f : {"core.json", "esc.json", "nos.json", "roles.json", "learning.json"}) arrive(state, f);
  CHECK_FALSE(screen_ready(state));
  arrive(state, "peer-support.json");
  CHECK(screen_ready(state));
  CHECK(state.library.entries().size() == 4);
}

TEST_CASE("A results link opened cold waits for its own framework, and only that one") {
  AppState state = a_page();
  const PageEvent link = link_event("r=" + a_nos_results_code());
  CHECK(framework_of_link(link.text) == "nos");
  CHECK(waits_for_files(link));
  CHECK_FALSE(event_ready(state, link));
  CHECK(files_to_fetch(state, {link}) == Files{"nos.json", "roles.json", "learning.json"});
  arrive(state, "nos.json");
  arrive(state, "roles.json");
  CHECK_FALSE(event_ready(state, link));
  arrive(state, "learning.json");
  CHECK(event_ready(state, link));

  // A damaged link names no framework: it waits only for the catalogues, then says so.
  CHECK(framework_of_link("r=not-a-code") == "");
  CHECK(event_ready(state, link_event("r=not-a-code")));
  // Input and the app's other events never wait.
  PageEvent key;
  key.kind = PageEvent::Kind::Key;
  CHECK_FALSE(waits_for_files(key));
}

TEST_CASE("A reply link names the framework it is for") {
  SupervisionReply reply;
  reply.framework_id = "peer-support";
  reply.framework_version = "1";
  reply.binding = 42;
  CHECK(framework_of_link("v=" + encode_reply(reply)) == "peer-support");
}

TEST_CASE("An opened file waits for every shipped file, so a framework file cannot take a shipped id") {
  AppState state = a_page();
  PageEvent file;
  file.kind = PageEvent::Kind::FileOpened;
  CHECK(waits_for_files(file));
  CHECK(files_to_fetch(state, {file}).size() == 6);
  FileImport import = state.library.import_file("mine.json", read_source_file("frameworks/nos.json"));
  CHECK_FALSE(import.added);  // "nos" is shipped, though not fetched yet
}

TEST_CASE("A file that cannot be fetched, or does not load, is said, and can be tried again") {
  AppState state = a_page();
  state.nav.go(Screen::ChooseRole);
  mark_asked(state, files_to_fetch(state, {}));
  add_shipped_file(state, "core.json", "", false);
  add_shipped_file(state, "roles.json", "{ not json", true);
  arrive(state, "learning.json");
  CHECK_FALSE(screen_ready(state));  // the waiting page says so
  CHECK(screen_files_failed(state));
  CHECK(state.shipped.console.size() == 1);  // the damaged roles file's error
  retry_failed_files(state);
  CHECK_FALSE(screen_ready(state));
  CHECK(files_to_fetch(state, {}) == Files{"core.json", "roles.json"});
}

TEST_CASE("organisation.json is applied once every framework it is checked against is here") {
  AppState state = a_page();
  state.shipped.organisation_waiting = true;
  state.shipped.organisation_text = read_source_file("tests/organisation/organisation.json");
  CHECK(files_to_fetch(state, {}).size() == 6);
  for (const char* f : {"core.json", "esc.json", "nos.json", "roles.json", "learning.json"}) arrive(state, f);
  CHECK_FALSE(apply_waiting_organisation(state).has_value());
  arrive(state, "peer-support.json");
  const std::optional<std::vector<Problem>> problems = apply_waiting_organisation(state);
  REQUIRE(problems.has_value());
  CHECK_FALSE(has_errors(*problems));
  CHECK(state.library.organisation());
  CHECK_FALSE(apply_waiting_organisation(state).has_value());  // once
}

TEST_CASE("A waiting link is held with what comes after it, input is not, and a fetched file frees it in its frame") {
  AppState state = a_page();
  KeptData kept;
  std::vector<PageEvent> held;
  PageEvent key;
  key.kind = PageEvent::Kind::Key;
  PageEvent file;
  file.kind = PageEvent::Kind::FileOpened;
  const PageEvent link = link_event("r=" + a_nos_results_code());
  std::vector<PageEvent> ready = events_to_apply(state, kept, held, {link, key, file}, 0);
  REQUIRE(ready.size() == 1);
  CHECK(ready[0].kind == PageEvent::Kind::Key);
  REQUIRE(held.size() == 2);  // the link, and the file after it, in order
  CHECK(held[0].kind == PageEvent::Kind::LinkOpened);

  std::vector<PageEvent> arrivals;
  for (const char* f : {"nos.json", "roles.json", "learning.json"}) {
    PageEvent e;
    e.kind = PageEvent::Kind::FileFetched;
    e.name = f;
    e.text = read_source_file(std::string("frameworks/") + f);
    e.flag = true;
    arrivals.push_back(e);
  }
  ready = events_to_apply(state, kept, held, arrivals, 0);
  REQUIRE(ready.size() == 1);  // the link opens; the file still waits for every framework
  CHECK(ready[0].kind == PageEvent::Kind::LinkOpened);
  REQUIRE(held.size() == 1);
  CHECK(held[0].kind == PageEvent::Kind::FileOpened);
  CHECK(state.library.find("nos"));
}
