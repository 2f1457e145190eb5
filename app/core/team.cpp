#include "team.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <set>
#include <utility>

#include <nlohmann/json.hpp>

#include "json_checker.h"

namespace capwalk {

namespace {

using nlohmann::json;


// The K of a "Person K" label, or 0.
int person_number(const std::string& label) {
  static const std::string prefix = "Person ";
  if (label.compare(0, prefix.size(), prefix) != 0 || label.size() == prefix.size()) return 0;
  if (label.size() - prefix.size() > 6) return 0;  // keeps the number small
  int n = 0;
  for (std::size_t i = prefix.size(); i < label.size(); ++i) {
    const char c = label[i];
    if (c < '0' || c > '9') return 0;
    n = n * 10 + (c - '0');
  }
  return n;
}

// Kept members count too, so a member who comes back never shares a number.
int highest_person(const Team& team) {
  int highest = 0;
  for (const TeamMember& m : team.members) highest = std::max(highest, person_number(m.label));
  for (const KeptMember& k : team.kept) highest = std::max(highest, person_number(k.label));
  return highest;
}

std::string trimmed(const std::string& text, std::size_t max_bytes) {
  const std::size_t begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string::npos) return {};
  const std::size_t end = text.find_last_not_of(" \t\r\n");
  std::string out = text.substr(begin, end - begin + 1);
  for (char& c : out)
    if (c == '\r' || c == '\n' || c == '\t') c = ' ';
  if (out.size() > max_bytes) {
    std::size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;  // whole characters
    out.resize(cut);
  }
  return out;
}

std::string links_phrase(int n) { return n == 1 ? "1 link" : with_thousands(n) + " links"; }

// "line 4", "lines 4, 9 and 12", "lines 4, 9, 12 and 40 others".
std::string lines_phrase(const std::vector<int>& lines) {
  constexpr std::size_t kNamed = 5;
  if (lines.size() == 1) return "line " + std::to_string(lines[0]);
  std::string out = "lines ";
  const std::size_t named = std::min(lines.size(), kNamed);
  for (std::size_t i = 0; i < named; ++i) {
    if (i > 0) out += (i + 1 == named && named == lines.size()) ? " and " : ", ";
    out += std::to_string(lines[i]);
  }
  if (lines.size() > named) out += " and " + with_thousands(static_cast<long long>(lines.size() - named)) + " others";
  return out;
}

void add_one(Team& team, TeamImport& import, const FoundLink& link) {
  ShareDecode decoded = decode_share_code(link.code);
  if (decoded.error != ShareError::None) {
    import.outcome.refused[decoded.error].push_back(link.line);
    return;
  }
  const std::string id = member_id_for(link.code);
  if (!import.ids.insert(id).second) {
    ++import.outcome.duplicates;
    return;
  }
  TeamMember member;
  member.id = id;
  member.label = "Person " + std::to_string(++import.highest_person);
  member.code = link.code;
  member.round = import.round;
  member.results = std::move(decoded.results);
  team.members.push_back(std::move(member));
  ++import.outcome.added;
}

}  // namespace

// The code text of a
// record is canonical (base64url without padding), so the same link is the same id;
// 64 bits keep two different people of a service of thousands from ever sharing one
// (a 32-bit checksum would, about once in a hundred services of 10,000).
std::string member_id_for(const std::string& code) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (unsigned char c : code) {
    hash ^= c;
    hash *= 0x100000001b3ULL;
  }
  char buf[24];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(hash));
  return std::string("m-") + buf;
}

std::string with_thousands(long long n) {
  std::string digits = std::to_string(n < 0 ? -n : n);
  for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(static_cast<std::size_t>(i), ",");
  return (n < 0 ? "-" : "") + digits;
}

std::string people_phrase(long long n) { return n == 1 ? "1 person" : with_thousands(n) + " people"; }

std::vector<std::string> team_frameworks(const Team& team) {
  std::vector<std::string> out;
  for (const TeamMember& m : team.members)
    if (std::find(out.begin(), out.end(), m.results.framework_id) == out.end()) out.push_back(m.results.framework_id);
  return out;
}

std::vector<std::string> team_rounds(const Team& team) {
  std::vector<std::string> out;
  for (const TeamMember& m : team.members)
    if (!m.round.empty() && std::find(out.begin(), out.end(), m.round) == out.end()) out.push_back(m.round);
  return out;
}

int members_of_framework(const Team& team, const std::string& framework_id) {
  int n = 0;
  for (const TeamMember& m : team.members) n += m.results.framework_id == framework_id;
  return n;
}

int TeamAddOutcome::refused_count() const {
  int n = 0;
  for (const auto& [reason, lines] : refused) n += static_cast<int>(lines.size());
  return n;
}

std::vector<std::string> outcome_lines(const TeamAddOutcome& o) {
  if (o.found == 0) return {"No links were found in the text. A link looks like https://…#r= followed by letters and digits."};
  std::string first = (o.added == 1 ? "1 person" : with_thousands(o.added) + " people") + " added.";
  if (o.duplicates > 0) first += " " + with_thousands(o.duplicates) + " already in the team.";
  const int refused = o.refused_count();
  if (refused > 0) first += " " + links_phrase(refused) + " not added.";
  std::vector<std::string> lines = {first};
  for (const auto& [reason, where] : o.refused) {
    const int n = static_cast<int>(where.size());
    lines.push_back(links_phrase(n) + " (" + lines_phrase(where) + ") " + (n == 1 ? "was" : "were") +
                    " not added. " + share_error_message(reason));
  }
  return lines;
}

TeamImport start_import(std::string_view text, const std::string& round) {
  TeamImport import;
  import.links = find_links(text);
  import.round = trimmed(round, kMaxRoundLength);
  import.outcome.found = static_cast<int>(import.links.size());
  return import;
}

void continue_import(Team& team, TeamImport& import, std::size_t max_links) {
  if (!import.started) {
    import.started = true;
    import.highest_person = highest_person(team);
    import.ids.reserve(team.members.size() + import.links.size());
    for (const TeamMember& m : team.members) import.ids.insert(m.id);
  }
  const std::size_t end = std::min(import.links.size(), import.next + max_links);
  for (; import.next < end; ++import.next) add_one(team, import, import.links[import.next]);
}

TeamAddOutcome add_to_team(Team& team, std::string_view text, const std::string& round) {
  TeamImport import = start_import(text, round);
  continue_import(team, import, import.links.size());
  return import.outcome;
}

void remove_from_team(Team& team, const std::string& member_id) {
  team.members.erase(std::remove_if(team.members.begin(), team.members.end(),
                                    [&](const TeamMember& m) { return m.id == member_id; }),
                     team.members.end());
}

bool rename_member(Team& team, const std::string& member_id, const std::string& name) {
  const std::string label = trimmed(name, kMaxLabelLength);
  if (label.empty()) return false;
  for (TeamMember& m : team.members)
    if (m.id == member_id) {
      m.label = label;
      return true;
    }
  return false;
}

std::vector<std::string> kept_member_lines(const Team& team) {
  const int n = static_cast<int>(team.kept.size());
  if (n == 0) return {};
  return {links_phrase(n) + " could not be read by this version of capwalk; " +
          (n == 1 ? "it is kept." : "they are kept.")};
}

namespace {

constexpr const char* kTeamAppName = "capwalk-team";
// Room for 10,000 people and more: a member takes about 150 bytes.
const JsonLimits kTeamLimits{8 * 1024 * 1024, 32};

std::string dump_safely(const json& value) {
  // Invalid UTF-8 (a label typed elsewhere) is replaced rather than thrown about.
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string text_field(const json& entry, const char* key) {
  if (!entry.is_object()) return {};
  const auto it = entry.find(key);
  return it != entry.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// The version of a parsed document: 1 without "app" and "version", 0 when it is not
// a team document at all.
int team_version(const json& doc, TeamDocumentStatus& status) {
  status = TeamDocumentStatus::Unreadable;
  if (!doc.is_object()) return 0;
  const auto app = doc.find("app");
  const auto version = doc.find("version");
  if (app == doc.end() && version == doc.end()) {
    status = TeamDocumentStatus::Ok;
    return 1;
  }
  if (app == doc.end() || *app != kTeamAppName || version == doc.end() || !version->is_number_unsigned())
    return 0;
  const std::uint64_t v = version->get<std::uint64_t>();
  if (v < 1) return 0;
  status = v > static_cast<std::uint64_t>(kTeamDocumentVersion) ? TeamDocumentStatus::Newer : TeamDocumentStatus::Ok;
  return v > 1000000 ? 1000000 : static_cast<int>(v);
}

// `seen`: the entries kept so far; the same entry twice is kept once.
void keep(Team& team, const json& entry, std::set<std::string>& seen) {
  KeptMember k;
  k.entry = dump_safely(entry);
  if (!seen.insert(k.entry).second) return;
  k.code = text_field(entry, "code");
  k.label = text_field(entry, "label");
  team.kept.push_back(std::move(k));
}

Team team_from_entries(const json& members) {
  Team team;
  std::set<std::string> kept;
  std::unordered_set<std::string> ids;
  for (const json& entry : members) {
    const std::string code = text_field(entry, "code");
    ShareDecode decoded = code.empty() ? ShareDecode{ShareError::Empty, {}} : decode_share_code(code);
    if (decoded.error != ShareError::None) {
      keep(team, entry, kept);
      continue;
    }
    std::optional<SupervisionReply> view;
    if (const std::string view_code = text_field(entry, "view"); !view_code.empty()) {
      ReplyDecode reply = decode_reply(view_code);
      if (reply.error != ShareError::None || reply.reply.binding != results_binding(decoded.results)) {
        keep(team, entry, kept);
        continue;
      }
      view = std::move(reply.reply);
    }
    const std::string id = member_id_for(code);  // derived again, not trusted from storage
    if (!ids.insert(id).second) continue;
    TeamMember member;
    member.view = std::move(view);
    member.id = id;
    member.label = trimmed(text_field(entry, "label"), kMaxLabelLength);
    member.code = code;
    member.round = trimmed(text_field(entry, "round"), kMaxRoundLength);
    member.results = std::move(decoded.results);
    team.members.push_back(std::move(member));
  }
  // Labels last, so a new number never repeats one stored further down.
  int highest = highest_person(team);
  for (TeamMember& m : team.members)
    if (m.label.empty()) m.label = "Person " + std::to_string(++highest);
  return team;
}

}  // namespace

std::string team_to_json(const Team& team) {
  json members = json::array();
  for (const TeamMember& m : team.members) {
    json entry = json{{"label", m.label}, {"code", m.code}};
    if (!m.round.empty()) entry["round"] = m.round;
    if (m.view) entry["view"] = encode_reply(*m.view);
    members.push_back(std::move(entry));
  }
  for (const KeptMember& k : team.kept) {
    json entry = json::parse(k.entry, nullptr, false);
    if (entry.is_discarded()) entry = json{{"label", k.label}, {"code", k.code}};
    members.push_back(std::move(entry));
  }
  json j = json::object();
  j["app"] = kTeamAppName;
  j["version"] = kTeamDocumentVersion;
  j["members"] = std::move(members);
  return dump_safely(j);
}

TeamRead read_team_document(std::string_view text) {
  TeamRead out;
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) return out;  // Empty
  std::vector<Problem> problems;
  const std::optional<json> parsed = parse_bounded_json(text, kTeamLimits, problems);
  out.status = TeamDocumentStatus::Unreadable;
  if (!parsed) return out;
  TeamDocumentStatus status;
  out.version = team_version(*parsed, status);
  out.status = status;
  if (status != TeamDocumentStatus::Ok) return out;
  const auto members = parsed->find("members");
  if (members == parsed->end() || !members->is_array()) {
    out.status = TeamDocumentStatus::Unreadable;
    return out;
  }
  out.team = team_from_entries(*members);
  return out;
}

bool team_from_json(const std::string& text, Team& out) {
  TeamRead read = read_team_document(text);
  if (read.status != TeamDocumentStatus::Ok) return false;
  out = std::move(read.team);
  return true;
}

}  // namespace capwalk
