#include "shipped_files.h"

#include <algorithm>
#include <utility>

#include <nlohmann/json.hpp>

#include "app_state.h"
#include "json_checker.h"
#include "page_events.h"
#include "reply_code.h"
#include "share_code.h"
#include "walkthrough.h"

namespace capwalk {

namespace {

using nlohmann::json;

void add_file(const std::string& file, std::vector<std::string>& out) {
  if (!file.empty() && std::find(out.begin(), out.end(), file) == out.end()) out.push_back(file);
}

void add_framework(const AppState& state, const std::string& framework_id, std::vector<std::string>& out) {
  if (const ShippedFramework* f = state.library.shipped_framework(framework_id)) add_file(f->file, out);
}

void add_every_framework(const AppState& state, std::vector<std::string>& out) {
  for (const ShippedFramework& f : state.library.shipped().frameworks) add_file(f.file, out);
}

void add_catalogues(const AppState& state, std::vector<std::string>& out) {
  add_file(state.library.shipped().roles_file, out);
  add_file(state.library.shipped().learning_file, out);
}

const Assessment* current_of(const AppState& state) { return find_assessment(state, state.stored.current_id); }

// Screens that show nothing of a framework, a role or a resource.
bool needs_no_files(Screen screen) {
  return screen == Screen::Welcome || screen == Screen::Privacy || screen == Screen::Accessibility ||
         screen == Screen::Settings || screen == Screen::KioskSetup || screen == Screen::KioskSettings;
}

// Every file the current screen is drawn from.
std::vector<std::string> screen_files(const AppState& state) {
  std::vector<std::string> out;
  const Screen screen = state.nav.current();
  if (needs_no_files(screen)) return out;
  switch (screen) {
    case Screen::ChooseFramework: add_every_framework(state, out); break;
    case Screen::Team:
    case Screen::ServiceReport:
    case Screen::ManagerView:
    case Screen::SendView:
      add_framework(state, state.sharing.framework_id, out);
      for (const std::string& id : team_frameworks(state.sharing.team)) add_framework(state, id, out);
      break;
    default: break;
  }
  if (const Assessment* a = current_of(state)) add_framework(state, a->framework_id, out);
  add_framework(state, state.chosen_framework, out);  // set-up starts with it
  if (state.sharing.opened && state.sharing.opened->resolved)
    add_framework(state, state.sharing.opened->resolved->assessment.framework_id, out);
  if (state.sharing.opened_reply) add_framework(state, state.sharing.opened_reply->reply.framework_id, out);
  add_catalogues(state, out);
  return out;
}

// The files `event` cannot be applied without.
std::vector<std::string> event_files(const AppState& state, const PageEvent& event) {
  std::vector<std::string> out;
  if (event.kind == PageEvent::Kind::LinkOpened) {
    add_framework(state, framework_of_link(event.text), out);
    add_catalogues(state, out);
  } else if (event.kind == PageEvent::Kind::FileOpened) {
    // A framework file must not take a shipped framework's id, a backup may hold any
    // framework, and a file of links any mix of them.
    add_every_framework(state, out);
    add_catalogues(state, out);
  }
  return out;
}

bool have(const AppState& state, const std::string& file) {
  return state.shipped.arrived.count(file) > 0 || state.shipped.failed.count(file) > 0;
}

bool have_all(const AppState& state, const std::vector<std::string>& files) {
  return std::all_of(files.begin(), files.end(), [&](const std::string& f) { return have(state, f); });
}

}  // namespace

ShippedIndex read_shipped_index(std::string_view text, std::vector<Problem>& problems) {
  ShippedIndex index;
  std::optional<json> doc = parse_bounded_json(text, JsonLimits{}, problems);
  if (!doc) return index;
  JsonChecker check(problems);
  const json* root = check.object(*doc, "");
  if (!root) return index;
  check.string(*root, "", "roles", index.roles_file, true, 100);
  check.string(*root, "", "learning", index.learning_file, true, 100);
  check.list(*root, "frameworks", true, 100, index.frameworks,
             [&](const json& obj, const std::string& at, ShippedFramework& f) {
               return check.string(obj, at, "id", f.id, true, 100) &&
                      check.string(obj, at, "file", f.file, true, 100) &&
                      check.string(obj, at, "short_title", f.short_title, true, 200);
             });
  return index;
}

std::vector<std::string> files_to_fetch(const AppState& state, const std::vector<PageEvent>& held) {
  std::vector<std::string> wanted = screen_files(state);
  for (const PageEvent& event : held)
    for (const std::string& f : event_files(state, event)) add_file(f, wanted);
  // Then, unless a link is waiting (it needs only its own), what the next screen is
  // likely to need, so it does not wait: the assessment to continue, the catalogues,
  // the framework a new assessment would use.
  if (held.empty()) {
    if (const Assessment* a = current_of(state)) add_framework(state, a->framework_id, wanted);
    add_catalogues(state, wanted);
    add_framework(state, state.chosen_framework, wanted);
    if (state.shipped.organisation_waiting) add_every_framework(state, wanted);
  }
  std::vector<std::string> out;
  for (const std::string& f : wanted)
    if (!state.shipped.asked.count(f)) out.push_back(f);
  return out;
}

void mark_asked(AppState& state, const std::vector<std::string>& files) {
  state.shipped.asked.insert(files.begin(), files.end());
}

void add_shipped_file(AppState& state, const std::string& file, std::string_view text, bool ok) {
  if (have(state, file)) return;
  FrameworkLibrary& library = state.library;
  std::vector<Problem> problems;
  if (ok && file == library.shipped().roles_file) problems = library.set_shipped_roles(text);
  else if (ok && file == library.shipped().learning_file) problems = library.set_shipped_learning(text);
  else if (ok) problems = library.add_shipped_framework(text);
  // Warnings are left out: a catalogue loaded before some framework says it could not
  // check that framework's references, which the build already did.
  for (const Problem& p : problems)
    if (p.severity == Severity::Error) state.shipped.console.push_back(file + ": " + to_string(p));
  (ok && !has_errors(problems) ? state.shipped.arrived : state.shipped.failed).insert(file);
}

std::optional<std::vector<Problem>> apply_waiting_organisation(AppState& state) {
  if (!state.shipped.organisation_waiting) return std::nullopt;
  std::vector<std::string> every;
  add_every_framework(state, every);
  add_catalogues(state, every);
  if (!have_all(state, every)) return std::nullopt;
  state.shipped.organisation_waiting = false;
  return use_organisation_file(state, std::exchange(state.shipped.organisation_text, {}));
}

// A file that could not be had keeps the screen from showing: the waiting page says so
// and offers to try again (a screen drawn without its framework would only say less).
bool screen_ready(const AppState& state) {
  const std::vector<std::string> files = screen_files(state);
  return std::all_of(files.begin(), files.end(), [&](const std::string& f) { return state.shipped.arrived.count(f) > 0; });
}

bool screen_files_failed(const AppState& state) {
  const std::vector<std::string> files = screen_files(state);
  return std::any_of(files.begin(), files.end(), [&](const std::string& f) { return state.shipped.failed.count(f) > 0; });
}

void retry_failed_files(AppState& state) {
  for (const std::string& f : state.shipped.failed) state.shipped.asked.erase(f);
  state.shipped.failed.clear();
}

std::pair<int, int> screen_files_progress(const AppState& state) {
  const std::vector<std::string> files = screen_files(state);
  const auto done = std::count_if(files.begin(), files.end(), [&](const std::string& f) { return have(state, f); });
  return {static_cast<int>(done), static_cast<int>(files.size())};
}

bool waits_for_files(const PageEvent& event) {
  return event.kind == PageEvent::Kind::LinkOpened || event.kind == PageEvent::Kind::FileOpened;
}

bool event_ready(const AppState& state, const PageEvent& event) { return have_all(state, event_files(state, event)); }

std::vector<PageEvent> events_to_apply(AppState& state, KeptData& kept, std::vector<PageEvent>& held,
                                       std::vector<PageEvent> incoming, std::int64_t now_ms) {
  std::vector<PageEvent> events = std::exchange(held, {});
  for (PageEvent& event : incoming) events.push_back(std::move(event));
  for (const PageEvent& event : events)
    if (event.kind == PageEvent::Kind::FileFetched) apply_page_event(state, kept, event, now_ms);
  if (std::optional<std::vector<Problem>> problems = apply_waiting_organisation(state))
    for (const Problem& p : *problems) state.shipped.console.push_back("organisation.json: " + to_string(p));
  std::vector<PageEvent> ready;
  for (PageEvent& event : events) {
    if (event.kind == PageEvent::Kind::FileFetched) continue;
    if (waits_for_files(event) && (!held.empty() || !event_ready(state, event))) held.push_back(std::move(event));
    else ready.push_back(std::move(event));
  }
  return ready;
}

std::string framework_of_link(std::string_view link_text) {
  if (link_text.substr(0, 2) == "v=") return decode_reply(link_text.substr(2)).reply.framework_id;
  if (link_text.substr(0, 2) == "r=") link_text.remove_prefix(2);
  return decode_share_code(link_text).results.framework_id;
}

}  // namespace capwalk
