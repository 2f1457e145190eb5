#include "sharing.h"

#include "walkthrough.h"

namespace capwalk {

std::string share_link(AppState& state, const std::string& page_url) {
  const SharingState& sharing = state.sharing;
  const Assessment* a = current_assessment(state);
  const LibraryEntry* entry = a ? state.library.find(a->framework_id) : nullptr;
  if (!a || !entry) return {};
  return page_url + "#r=" + encode_share_code(*a, entry->framework, sharing.include_notes);
}

void open_share_link(AppState& state, const std::string& code) {
  SharingState& sharing = state.sharing;
  OpenedShare opened;
  opened.code = code;
  ShareDecode decoded = decode_share_code(code);
  if (decoded.error != ShareError::None) {
    opened.error = decoded.message;
  } else if (const LibraryEntry* entry = state.library.find(decoded.results.framework_id)) {
    const RoleCatalogue* roles = state.library.roles();
    const Role* role = roles ? roles->find_role(decoded.results.role_id) : nullptr;
    const std::string title = role ? role->title
                              : decoded.results.role_id.empty() ? "Role not listed"
                                                                : decoded.results.role_id;
    opened.resolved = resolve_share(decoded.results, entry->framework, title);
    opened.framework_title = entry->framework.short_title;
  } else {
    opened.error = foreign_framework_message(decoded.results.framework_id);
  }
  sharing.opened = std::move(opened);
  state.nav.go(Screen::Review);
}

void add_opened_to_team(AppState& state) {
  SharingState& sharing = state.sharing;
  if (sharing.opened && sharing.opened->resolved) {
    sharing.last_add = add_to_team(sharing.team, sharing.opened->code);
    ++sharing.team_changes;
  }
  state.nav.go(Screen::Team);
}

void add_pasted_links(AppState& state) {
  SharingState& sharing = state.sharing;
  sharing.last_add = add_to_team(sharing.team, sharing.paste);
  if (sharing.last_add->added > 0) {
    ++sharing.team_changes;
    sharing.paste.clear();
  }
}

}  // namespace capwalk
