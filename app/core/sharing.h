// sharing.h — what the share, review and team screens do, as functions on AppState.
//
// A person shares their results as a link (share_code.h); whoever opens it sees a
// read-only review, built on their own device, and can add it to their team view.
// Opening a link never touches the viewer's own saved assessments.
#pragma once

#include <optional>
#include <string>

#include "app_state.h"

namespace capwalk {

// The link for the current assessment: `page_url` (without any fragment) + "#r=" + code.
std::string share_link(AppState& state, const std::string& page_url);

// Reads a link's code (everything after "#r=" or the bare code) and shows the review.
void open_share_link(AppState& state, const std::string& code);
// Adds the reviewed link to the team and shows the team.
void add_opened_to_team(AppState& state);
void add_pasted_links(AppState& state);

}  // namespace capwalk
