// app_state.h — everything the screens read and change, in one plain struct.
//
// Screens (app/ui) draw from this and change what is kept (`stored`) only through core
// functions (walkthrough.h, settings.h). What the screens alone need between frames
// lives in `screen`. Nothing here knows about ImGui or the browser.
#pragma once

#include <optional>
#include <set>
#include <string>

#include "assessment.h"
#include "framework_library.h"
#include "kiosk.h"
#include "navigation.h"
#include "share_code.h"
#include "storage_document.h"
#include "service_report.h"
#include "team.h"

namespace capwalk {

// Answers given during set-up, before an assessment exists.
struct SetupDraft {
  std::string role_id;            // empty: not chosen yet, or not listed
  bool role_not_listed = false;
  std::string role_search;        // what the person typed in "Search roles"
  std::optional<ContactFrequency> frequency;
  std::optional<Autonomy> autonomy;
  int tier = 0;                   // 0: not chosen yet
  bool changing_tier = false;     // asked to change the role's suggested tier: the questions show
  std::vector<std::string> settings;  // where they work: the role's suggestion until changed
  bool several_settings = false;  // chose "I work across several" (ticks follow)
};

struct OpenedShare {
  std::string code;
  std::string error;                  // plain English; empty when the link was read
  std::optional<ResolvedShare> resolved;
  std::string framework_title;
};

// What became of a reply the person opened.
enum class ReplyOutcome {
  Added,          // kept with the assessment; its actions joined the plan
  AlreadyAdded,   // opened before: nothing changed
  ShownOnly,      // kiosk: shown (beside the answers when they are here), nothing stored
  NotOnDevice,    // no assessment here has the answers it was written for
  StartedAgain,   // it answers an assessment the person has since started again
  Refused,        // damaged, or not a reply
};

struct OpenedReply {
  ReplyOutcome outcome = ReplyOutcome::Refused;
  std::string message;        // plain English for the screen
  std::string assessment_id;  // the assessment it answers, when found
  SupervisionReply reply;
  int actions_added = 0;      // new plan items or fields filled
};

// How the person grid is ordered.
enum class PersonOrder { Added, Name, MostNeeds };

// The team view and the service report, for the framework being viewed: worked out
// again only when the team, the framework, the group or the smallest group change,
// never once a frame (sharing.h, team_view()).
struct TeamViewCache {
  unsigned team_changes = ~0u;
  std::string framework_id;
  TeamAnswers answers;
  // What the framework's people have, each once, for the group choices.
  std::vector<std::string> roles, settings, sectors, rounds;
  TeamFilter group;
  int smallest = 0;
  std::optional<ServiceReport> report;  // with its settings and the two rounds compared
  std::string compare_first, compare_second;
  PersonOrder order = PersonOrder::Added;
  std::vector<std::size_t> people;      // rows of `answers` in the group, in `order`
  std::vector<int> people_needs;        // per row of `answers`: Not yet and Developing answers
};

struct SharingState {
  bool include_notes = false;         // "Include my notes and plan" on the share screen
  std::optional<OpenedShare> opened;  // the link being reviewed
  std::optional<OpenedReply> opened_reply;  // a manager's reply, opened by the person
  Team team;
  std::string framework_id;           // the framework the team view shows
  TeamFilter filter;                  // the group the team view and the report show
  bool choosing_group = false;        // "Look at one group" is ticked
  std::string paste;                  // the "Paste one or more links" field
  std::string round;                  // the "Round" field: the label of the next import
  std::string file_name;              // the file of links being added, if any
  std::optional<TeamImport> import;   // links being added, a step each frame
  std::optional<TeamAddOutcome> last_add;
  std::string compare_first, compare_second;  // the rounds the report compares
  bool show_people = true;            // the person grid is shown
  PersonOrder order = PersonOrder::Added;
  int page = 0;                       // of the person grid
  std::string renaming;               // the member whose new name is being typed
  std::string new_name;
  TeamViewCache view;
  unsigned team_changes = 0;          // counts team changes, so the app knows to save
  std::string team_banner;            // plain words when the team is not being kept
  bool team_read_only = false;        // the stored team must not be overwritten
  std::string notice;                 // "Link copied", etc.
  std::string viewing;                // the member whose view the manager is writing
};

// A shared device (kiosk.h): whether it is on, and the state of its screens.
struct KioskState {
  bool active = false;       // answers live in memory only
  bool setting_up = false;   // opened with ?kiosk on a device not set up yet
  KioskConfig config;
  int warning_left = 0;      // > 0: "Are you still there?" is showing, seconds left
  bool unlocked = false;     // the right PIN was entered on the kiosk settings screen
  std::string pin, pin_again, message;
};

// What the screens remember between frames that is not the person's data: the
// questions they have open. forget_everything() clears it with the data.
struct ScreenState {
  bool confirm_delete_all = false;  // settings: "Delete every assessment, plan and setting ...?"
  std::string confirm_delete;       // welcome: the assessment whose "Delete this assessment?" is open
  std::set<std::string> more_learning;  // results: the needs whose whole learning list is open
  std::string learning_qr;          // kiosk: the resource whose address and QR code are showing
  bool several_settings = false;    // all capabilities: "I work across several" chosen
  bool more_detail_open = false;    // capability pages: the lower tiers' statements and the setting's words shown
};

struct AppState {
  Navigator nav;
  FrameworkLibrary library;
  ShippedFetches shipped;         // which of the library's own files are fetched (shipped_files.h)
  std::string chosen_framework = "core";      // the framework the assessment will use
  std::optional<FileImport> last_file_import;  // the outcome of the last opened file
  SetupDraft setup;
  StoredData stored;              // everything kept on this device
  unsigned changes = 0;           // counts changes to `stored`, so the app knows to save
  std::string storage_banner;     // plain words when answers are not being kept
  std::string organisation_banner;  // plain words when organisation.json could not be used
  std::string other_tab_notice;   // one line: another tab changed what this one shows
  SharingState sharing;
  bool next_file_is_backup = false;  // the file chooser was opened to import a backup
  bool next_file_is_links = false;   // the file chooser was opened for a file of links
  bool update_ready = false;         // a newer capwalk is downloaded and waiting
  KioskState kiosk;
  std::string backup_notice;         // the outcome of the last backup import
  ScreenState screen;
};

// Takes a framework file the person opened: on success it becomes the chosen framework
// and the framework list shows the outcome; on failure the problems screen does.
void open_framework_file(AppState& state, const std::string& file_name, const std::string& text);

// The deployment's organisation.json: when it loads, its default framework is chosen;
// when it does not, the page says so in a banner and carries on without it. Returns
// every problem, with paths, for whoever looks after the site.
std::vector<Problem> use_organisation_file(AppState& state, std::string_view text);

// A file chosen or dropped on the page: a file of links (when the chooser was opened
// for one) is added to the team; a backup (when the chooser was opened for one, or the
// file is a capwalk storage document) is merged; anything else is a framework.
void open_file(AppState& state, const std::string& file_name, const std::string& text);

}  // namespace capwalk
