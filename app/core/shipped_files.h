// shipped_files.h — capwalk's own framework, role and learning files, fetched when
// they are needed rather than before the first screen.
//
// The welcome screen needs none of them, and most people only ever use one framework
// (the NOS alone is as large as the other three together). So the page starts with
// the build's index of them (frameworks/index.json, written by scripts/build) and
// fetches a file when something asks for it:
//
//   ShippedIndex index = read_shipped_index(text);        // before the first frame
//   state.library.set_shipped_index(index);
//   for (const std::string& file : files_to_fetch(state, held_events)) fetch(file);  // after each frame
//   add_shipped_file(state, file, text);                   // when one arrives (or fails)
//   if (!screen_ready(state)) draw the waiting page instead of the screen
//
// What is fetched, most urgent first: the files the current screen needs (all the
// frameworks on "Choose a framework"; a team's frameworks on the team screens); those
// of a link or file waiting to be opened; then, so the next screen does not wait, the
// framework of the assessment the person can continue, the role and learning
// catalogues, and the framework a new assessment starts with.
// A page event that needs frameworks (a results link, a reply, an opened file) is
// held until they are here: see event_ready().
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "problems.h"

namespace capwalk {

struct AppState;
struct KeptData;
struct PageEvent;

// frameworks/index.json: {"frameworks": [{"id", "file", "short_title"}], "roles",
// "learning"}, file names relative to frameworks/.
struct ShippedFramework {
  std::string id, file, short_title;
};
struct ShippedIndex {
  std::vector<ShippedFramework> frameworks;  // in the order people see them
  std::string roles_file, learning_file;
};
ShippedIndex read_shipped_index(std::string_view text, std::vector<Problem>& problems);

// What has been asked of the page, and what could not be had (offline, say).
struct ShippedFetches {
  std::set<std::string> asked, arrived, failed;  // file names
  std::vector<std::string> console;   // "file: problem", for the page's console: shipped files
                                      // are checked when they are built, so these mean a damaged copy
  bool organisation_waiting = false;  // organisation.json is applied once every file is here
  std::string organisation_text;
};

// Files to ask the page for now, most urgent first; each is asked once (see
// retry_failed_files()). `held`: the page events waiting for frameworks.
std::vector<std::string> files_to_fetch(const AppState& state, const std::vector<PageEvent>& held);
void mark_asked(AppState& state, const std::vector<std::string>& files);
// A fetched file (`ok` false: it could not be fetched), added to the library. One
// that does not load counts as not fetched, and its errors go to `console`.
void add_shipped_file(AppState& state, const std::string& file, std::string_view text, bool ok);
// organisation.json is checked against every framework, so it waits for them all:
// once they are here it is applied (use_organisation_file) and its problems returned.
std::optional<std::vector<Problem>> apply_waiting_organisation(AppState& state);
// Whether the current screen has every file it needs.
bool screen_ready(const AppState& state);
// Whether the files a screen is waiting for could not be fetched, and a way to try again.
bool screen_files_failed(const AppState& state);
void retry_failed_files(AppState& state);
// How many of the files the current screen waits for have arrived, of how many.
std::pair<int, int> screen_files_progress(const AppState& state);
// Whether `event` is one that may have to wait for files: a link or an opened file.
bool waits_for_files(const PageEvent& event);
// Whether `event` can be applied now: a link's framework, or for a file every
// shipped file, has arrived (or could not be had).
bool event_ready(const AppState& state, const PageEvent& event);
// The page's events of a frame in the order they are to be applied: first the fetched
// files are added (so a link waiting for one opens in the same frame) and a waiting
// organisation.json applied; then `held` and `incoming`, less the links and files that
// still wait, which go back to `held` in order with those after them. `kept` and
// `now_ms` are for the fetched files' page events (apply_page_event).
std::vector<PageEvent> events_to_apply(AppState& state, KeptData& kept, std::vector<PageEvent>& held,
                                       std::vector<PageEvent> incoming, std::int64_t now_ms);
// The framework a results link or a reply link is for ("" when it cannot be read).
std::string framework_of_link(std::string_view link_text);

}  // namespace capwalk
