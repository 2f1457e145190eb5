#include "sharing.h"

#include <algorithm>
#include <string_view>

#include "walkthrough.h"

namespace capwalk {

namespace {

bool is_kiosk_parameter(std::string_view parameter) {
  return parameter.substr(0, parameter.find('=')) == "kiosk";
}

// `query` (without its "?") without any kiosk parameter.
std::string without_kiosk(std::string_view query) {
  std::string kept;
  while (!query.empty()) {
    const std::size_t end = std::min(query.find('&'), query.size());
    const std::string_view parameter = query.substr(0, end);
    if (!parameter.empty() && !is_kiosk_parameter(parameter))
      kept += (kept.empty() ? "" : "&") + std::string(parameter);
    query.remove_prefix(std::min(end + 1, query.size()));
  }
  return kept;
}

}  // namespace

std::string link_base(const std::string& page_url) {
  const std::string_view url = std::string_view(page_url).substr(0, page_url.find('#'));
  const std::size_t question = url.find('?');
  if (question == std::string_view::npos) return std::string(url);
  const std::string query = without_kiosk(url.substr(question + 1));
  return std::string(url.substr(0, question)) + (query.empty() ? "" : "?" + query);
}

std::string results_link(const std::string& page_url, const std::string& code) {
  return link_base(page_url) + "#r=" + code;
}

ShareOffer share_offer(AppState& state, const std::string& page_url) {
  const Assessment* a = current_assessment(state);
  const LibraryEntry* entry = a ? state.library.find(a->framework_id) : nullptr;
  if (!a || !entry) return {};
  ShareOffer offer;
  if (state.sharing.include_notes) {
    const std::string code = encode_share_code(*a, entry->framework, true);
    if (code.size() <= kMaxShareCodeLength) {
      offer.link = results_link(page_url, code);
      return offer;
    }
    offer.notes_left_out = true;
  }
  offer.link = results_link(page_url, encode_share_code(*a, entry->framework, false));
  return offer;
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
