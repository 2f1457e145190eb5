// team.h — a manager's team, or a whole service, built on the manager's own device
// from the links their staff send. Each member is one decoded share link; nothing
// goes anywhere else.
//
//   Team team;
//   TeamImport job = start_import(file_text, "Spring 2026");
//   while (!job.done()) continue_import(team, job, 500);  // a frame's worth each time
//   for (const std::string& line : outcome_lines(job.outcome)) show(line);
//
// A team may hold people of several frameworks; they are viewed one framework at a
// time (team_answers.h). Each import can be labelled as a round, so the report can
// compare one round with another (service_report.h). Exports are in team_export.h.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "csv.h"
#include "link_finder.h"
#include "reply_code.h"
#include "share_code.h"

namespace capwalk {

struct TeamMember {
  std::string id;       // stable within the team: derived from the code (team.cpp)
  std::string label;    // what the manager calls them: "Person 1" until renamed
  std::string code;     // the share code they sent
  std::string round;    // the round the link came in with ("Spring 2026"); may be empty
  SharedResults results;
  // The manager's own view of these results (reply_code.h), once they start one: kept
  // here and sent back to the person as a reply link.
  std::optional<SupervisionReply> view;
};

// A stored member this version cannot read: a link from a newer capwalk or a damaged
// one. It is kept exactly as it was stored, written back on every save, and counted
// nowhere.
struct KeptMember {
  std::string code;    // as stored; empty when the entry had no code text
  std::string label;   // as stored, if any
  std::string entry;   // the stored entry as JSON, written back unchanged
};

struct Team {
  std::vector<TeamMember> members;
  std::vector<KeptMember> kept;
};

// The frameworks and the rounds of the team's members, each once, in the order they
// first appear. Rounds leave out the empty label.
std::vector<std::string> team_frameworks(const Team& team);
std::vector<std::string> team_rounds(const Team& team);
int members_of_framework(const Team& team, const std::string& framework_id);

// A member's id: "m-" and 16 hex digits of the FNV-1a 64-bit hash of `code`.
std::string member_id_for(const std::string& code);

// ---- Adding links ----

constexpr std::size_t kMaxRoundLength = 40;

struct TeamAddOutcome {
  int found = 0;       // links found in the text
  int added = 0;
  int duplicates = 0;  // already in the team, or twice in the text
  std::map<ShareError, std::vector<int>> refused;  // the lines of the refused links, by reason
  int refused_count() const;
};

// Plain English, one line each: how many were added and already there, then each kind
// of refusal with its reason and where ("3 links on lines 4, 9 and 12 were not added.
// This link is damaged: …"). "No links were found in the text." when there were none.
std::vector<std::string> outcome_lines(const TeamAddOutcome& outcome);

// Adding is done in steps, so thousands of links can be added with a progress bar.
struct TeamImport {
  std::vector<FoundLink> links;
  std::size_t next = 0;   // links[next] is the next to add
  std::string round;
  TeamAddOutcome outcome;
  bool done() const { return next >= links.size(); }
  // Filled by the first step, from the team as it is then.
  bool started = false;
  std::unordered_set<std::string> ids;
  int highest_person = 0;
};

// `round` is trimmed and cut to kMaxRoundLength.
TeamImport start_import(std::string_view text, const std::string& round);
// Adds up to `max_links` more of the import's links to the team.
void continue_import(Team& team, TeamImport& import, std::size_t max_links);
// Every link in `text` at once.
TeamAddOutcome add_to_team(Team& team, std::string_view text, const std::string& round = "");

void remove_from_team(Team& team, const std::string& member_id);

// The manager's own name for a member ("Sam"), kept on this device with the team.
// Trimmed and cut to kMaxLabelLength; false (and nothing changed) when it is empty.
constexpr std::size_t kMaxLabelLength = 60;
bool rename_member(Team& team, const std::string& member_id, const std::string& name);

// Plain English for the team view about the kept members ("1 link could not be read
// by this version of capwalk; it is kept."); empty when there are none.
std::vector<std::string> kept_member_lines(const Team& team);

// "1 person", "1,234 people": counts read as English everywhere.
std::string with_thousands(long long n);
std::string people_phrase(long long n);

// ---- The team document ----
//
// The team is kept under its own key (kTeamKey), apart from the person's own
// storage document, as versioned JSON:
//
//   { "app": "capwalk-team", "version": 3,
//     "members": [ { "label": "Person 1", "code": "…", "round": "Spring 2026",
//                    "view": "…" }, … ] }
//
// "round" is left out when empty, and "view" (the manager's view as a reply code,
// reply_code.h) until there is one; a view that does not decode, or answers other
// results, keeps its whole entry as a kept member. Version 3 had no "view". Version 2 also had a "framework_id" (a team was one
// framework) and an "id" per member; version 1 had neither "app" nor "version". Both
// are read as they are. Kept members go back into "members" as they were found, so
// the capwalk that wrote them still finds them. Every code is decoded again on
// reading, and ids derived again; nothing stored is trusted.
constexpr const char* kTeamKey = "capwalk.team";
// Where an unreadable team document is put aside (one copy), never overwritten.
constexpr const char* kTeamSetAsideKey = "capwalk.team.unreadable";
constexpr int kTeamDocumentVersion = 4;

enum class TeamDocumentStatus {
  Ok,          // team is filled
  Empty,       // no text at all
  Unreadable,  // not JSON, or not a team document
  Newer,       // written by a newer capwalk: leave it alone
};

struct TeamRead {
  TeamDocumentStatus status = TeamDocumentStatus::Empty;
  Team team;
  int version = 0;  // as found (1 for a document without a version)
};

TeamRead read_team_document(std::string_view text);
std::string team_to_json(const Team& team);
// True (and `out` replaced) only when `text` is a team document this version reads.
bool team_from_json(const std::string& text, Team& out);

}  // namespace capwalk
