// sharing.h — what the share, review and team screens do, as functions on AppState.
//
// A person shares their results as a link (share_code.h); whoever opens it sees a
// read-only review, built on their own device, and can add it to their team view.
// Opening a link never touches the viewer's own saved assessments.
#pragma once

#include <optional>
#include <string>

#include "app_state.h"
#include "vault.h"

namespace capwalk {

// The page's address as the base of a link: without its #fragment, and without the
// `kiosk` query parameter, so a link made on a kiosk (or its QR code) opens as an
// ordinary page on the person's own phone. Other query parameters are kept.
std::string link_base(const std::string& page_url);
// link_base(page_url) + "#r=" + code.
std::string results_link(const std::string& page_url, const std::string& code);

// The link the share screen offers for the current assessment, always one the decoder
// takes: notes and the plan go in only when asked for and when they fit within
// kMaxShareCodeLength. Without them a code always fits: even a framework at the
// loader's limits (500 capabilities, 40-byte ids) makes about 1,320 characters.
struct ShareOffer {
  std::string link;             // empty when there is no current assessment
  bool notes_left_out = false;  // asked for, but the link would be too long to open
};
ShareOffer share_offer(AppState& state, const std::string& page_url);

// Reads a link's code (everything after "#r=" or the bare code) and shows the review.
void open_share_link(AppState& state, const std::string& code);
// Adds the reviewed link to the team and shows the team.
void add_opened_to_team(AppState& state);
// Starts adding the links in the paste field, or in a file of links, labelled with
// the round field. They are added a step at a time by continue_team_import().
void add_pasted_links(AppState& state);
void add_links_file(AppState& state, const std::string& file_name, const std::string& text);
// Adds the next `step` links of the running import; when it is done, the outcome
// goes to sharing.last_add and the team view shows the first framework added.
// Returns whether links are still waiting (so the page draws another frame).
bool continue_team_import(AppState& state, std::size_t step);
void remove_team_member(AppState& state, const std::string& member_id);
// The manager's name for a member; see rename_member() in team.h.
void rename_team_member(AppState& state, const std::string& member_id, const std::string& name);

// The organisation's smallest group (organisation.h), or 5.
int smallest_group(const AppState& state);
// The answers, the service report, the round comparison and the person grid's order
// for the framework being viewed, worked out again only when something they depend on
// changed since the last call.
const TeamViewCache& team_view(AppState& state, const Framework& framework);

// Reads the team kept in `store` (team.h has the document). A team saved by a newer
// capwalk is left untouched and not saved over; an unreadable one is put aside under
// kTeamSetAsideKey first, or, when that is not possible, left as it is and not saved
// over. Either way sharing.team_banner says so in plain words.
void open_team(AppState& state, KeyValueStore& store);
// Saves the team. When that fails (storage full or switched off) sharing.team_banner
// says so; the next save that works clears it.
void save_team(AppState& state, KeyValueStore& store);

}  // namespace capwalk
