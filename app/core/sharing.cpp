#include "sharing.h"

#include <algorithm>
#include <string_view>

#include "team_answers.h"
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
    opened.error = decoded.message();
  } else if (const LibraryEntry* entry = state.library.find(decoded.results.framework_id)) {
    const RoleCatalogue* roles = state.library.roles();
    const std::string title = role_title_of(roles, decoded.results.role_id);
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
    sharing.framework_id = sharing.opened->resolved->assessment.framework_id;
  }
  state.nav.go(Screen::Team);
}

void add_pasted_links(AppState& state) {
  SharingState& sharing = state.sharing;
  sharing.file_name.clear();
  sharing.last_add.reset();
  sharing.import = start_import(sharing.paste, sharing.round);
}

void add_links_file(AppState& state, const std::string& file_name, const std::string& text) {
  SharingState& sharing = state.sharing;
  sharing.file_name = file_name;
  sharing.last_add.reset();
  sharing.import = start_import(text, sharing.round);
  state.nav.go(Screen::Team);
}

bool continue_team_import(AppState& state, std::size_t step) {
  SharingState& sharing = state.sharing;
  if (!sharing.import) return false;
  continue_import(sharing.team, *sharing.import, step);
  if (!sharing.import->done()) return true;
  sharing.last_add = std::move(sharing.import->outcome);
  sharing.import.reset();
  if (sharing.last_add->added > 0) {
    ++sharing.team_changes;
    if (sharing.file_name.empty()) sharing.paste.clear();
    const std::vector<std::string> frameworks = team_frameworks(sharing.team);
    if (!contains(frameworks, sharing.framework_id) || members_of_framework(sharing.team, sharing.framework_id) == 0)
      for (const std::string& id : frameworks)
        if (state.library.find(id) || state.library.shipped_framework(id)) {  // here, or fetched when shown
          sharing.framework_id = id;
          break;
        }
  }
  return false;
}

void remove_team_member(AppState& state, const std::string& member_id) {
  const std::size_t before = state.sharing.team.members.size();
  remove_from_team(state.sharing.team, member_id);
  if (state.sharing.team.members.size() != before) ++state.sharing.team_changes;
}

void rename_team_member(AppState& state, const std::string& member_id, const std::string& name) {
  if (rename_member(state.sharing.team, member_id, name)) ++state.sharing.team_changes;
}

int smallest_group(const AppState& state) {
  const Organisation* org = state.library.organisation();
  return org ? org->smallest_group : kDefaultSmallestGroup;
}

namespace {

void add_once(std::vector<std::string>& list, const std::string& value) {
  if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(value);
}

void list_choices(const Team& team, TeamViewCache& view, const RoleCatalogue* roles) {
  view.roles.clear();
  view.settings.clear();
  view.sectors.clear();
  view.rounds.clear();
  for (std::size_t m : view.answers.members) {
    const TeamMember& member = team.members[m];
    add_once(view.roles, member.results.role_id);
    for (const std::string& s : member.results.settings) add_once(view.settings, s);
    add_once(view.sectors, member_sector(member, roles));
    if (!member.round.empty()) add_once(view.rounds, member.round);
  }
}

void order_people(const Team& team, TeamViewCache& view, const RoleCatalogue* roles) {
  const TeamAnswers& answers = view.answers;
  view.people_needs.assign(answers.members.size(), 0);
  for (std::size_t i = 0; i < answers.members.size(); ++i) {
    const std::uint8_t* row = answers.row(i);
    for (std::size_t c = 0; c < answers.width; ++c) {
      const Rating r = cell_rating(row[c]);
      view.people_needs[i] += (row[c] & kCellAsked) && (r == Rating::NotYet || r == Rating::Developing);
    }
  }
  view.people.clear();
  for (std::size_t i = 0; i < answers.members.size(); ++i)
    if (matches_filter(team.members[answers.members[i]], view.group, roles)) view.people.push_back(i);
  const auto label = [&](std::size_t i) -> const std::string& { return team.members[answers.members[i]].label; };
  if (view.order == PersonOrder::Name)
    std::stable_sort(view.people.begin(), view.people.end(), [&](std::size_t a, std::size_t b) { return label(a) < label(b); });
  if (view.order == PersonOrder::MostNeeds)
    std::stable_sort(view.people.begin(), view.people.end(),
                     [&](std::size_t a, std::size_t b) { return view.people_needs[a] > view.people_needs[b]; });
}

}  // namespace

const TeamViewCache& team_view(AppState& state, const Framework& framework) {
  SharingState& sharing = state.sharing;
  TeamViewCache& view = sharing.view;
  const RoleCatalogue* roles = state.library.roles();
  const int smallest = smallest_group(state);
  const bool team_changed = view.team_changes != sharing.team_changes || view.framework_id != framework.id;
  if (team_changed) {
    view.answers = resolve_team(sharing.team, framework);
    list_choices(sharing.team, view, roles);
    view.team_changes = sharing.team_changes;
    view.framework_id = framework.id;
  }
  const bool group_changed = team_changed || view.group != sharing.filter || view.smallest != smallest;
  const bool rounds_changed = view.compare_first != sharing.compare_first || view.compare_second != sharing.compare_second;
  if (group_changed || rounds_changed) {
    view.group = sharing.filter;
    view.smallest = smallest;
    view.compare_first = sharing.compare_first;
    view.compare_second = sharing.compare_second;
    ReportOptions options;
    options.group = sharing.filter;
    options.smallest = smallest;
    options.compare_first = sharing.compare_first;
    options.compare_second = sharing.compare_second;
    view.report = build_service_report(sharing.team, view.answers, framework, roles, options);
  }
  if (group_changed || view.order != sharing.order) {
    view.order = sharing.order;
    order_people(sharing.team, view, roles);
  }
  return view;
}

namespace {

const char* const kTeamSaveFailedMessage =
    "capwalk could not save your team on this device (the browser's storage is full or switched "
    "off). The team is kept until you close this page.";
const char* const kTeamNewerMessage =
    "The team on this device was saved by a newer version of capwalk. It has been left untouched. "
    "Reload the page to get the newer version; until then changes to the team are not saved.";
const char* const kTeamSetAsideMessage =
    "Your saved team could not be read. It has been kept on this device in case it can be "
    "recovered, and a new team has been started.";
const char* const kTeamCannotSetAsideMessage =
    "Your saved team could not be read, and there is no room on this device to keep a copy of it "
    "aside. It has been left as it is; until this is sorted out changes to the team are not saved.";

// Puts `text` where nothing overwrites it; false when the one place is taken by
// something else or the write fails.
bool set_team_aside(KeyValueStore& store, const std::string& text) {
  const std::optional<std::string> aside = store.get(kTeamSetAsideKey);
  if (aside) return *aside == text;
  return store.set(kTeamSetAsideKey, text);
}

// What stops the stored team being replaced, as a banner; empty when nothing does.
std::string reason_not_to_overwrite(KeyValueStore& store) {
  const std::optional<std::string> stored = store.get(kTeamKey);
  if (!stored) return {};
  switch (read_team_document(*stored).status) {
    case TeamDocumentStatus::Newer: return kTeamNewerMessage;
    case TeamDocumentStatus::Unreadable:
      return set_team_aside(store, *stored) ? std::string() : kTeamCannotSetAsideMessage;
    default: return {};
  }
}

}  // namespace

void open_team(AppState& state, KeyValueStore& store) {
  SharingState& sharing = state.sharing;
  sharing.team = Team{};
  sharing.team_banner.clear();
  sharing.team_read_only = false;
  const std::optional<std::string> stored = store.get(kTeamKey);
  if (!stored) return;
  TeamRead read = read_team_document(*stored);
  switch (read.status) {
    case TeamDocumentStatus::Ok: sharing.team = std::move(read.team); break;
    case TeamDocumentStatus::Empty: break;
    case TeamDocumentStatus::Newer:
      sharing.team_read_only = true;
      sharing.team_banner = kTeamNewerMessage;
      break;
    case TeamDocumentStatus::Unreadable:
      sharing.team_read_only = !set_team_aside(store, *stored);
      sharing.team_banner = sharing.team_read_only ? kTeamCannotSetAsideMessage : kTeamSetAsideMessage;
      break;
  }
}

void save_team(AppState& state, KeyValueStore& store) {
  SharingState& sharing = state.sharing;
  if (sharing.team_read_only) return;
  // Another tab (perhaps of a newer capwalk) may have saved since this one opened.
  const std::string reason = reason_not_to_overwrite(store);
  if (!reason.empty()) {
    sharing.team_read_only = true;
    sharing.team_banner = reason;
  } else if (store.set(kTeamKey, team_to_json(sharing.team))) {
    sharing.team_banner.clear();
  } else {
    sharing.team_banner = kTeamSaveFailedMessage;
  }
}

}  // namespace capwalk
