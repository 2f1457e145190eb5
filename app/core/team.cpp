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

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::vector<std::string> split_whitespace(const std::string& text) {
  std::vector<std::string> tokens;
  std::string current;
  for (char c : text) {
    if (is_space(c)) {
      if (!current.empty()) tokens.push_back(std::move(current));
      current.clear();
    } else {
      current += c;
    }
  }
  if (!current.empty()) tokens.push_back(std::move(current));
  return tokens;
}

// Punctuation that pasted text often puts around a link ("<https://…>", "(link)",
// "…#r=CODE."). None of it can be part of a share code (base64url).
bool is_wrapping(char c) {
  return c == '<' || c == '>' || c == '(' || c == ')' || c == '[' || c == ']' || c == '"' ||
         c == '\'' || c == '.' || c == ',' || c == ';' || c == ':';
}

// The share code in one pasted token: what follows "#r=" in a URL, what follows a
// leading "r=", or the token itself.
std::string code_from_token(const std::string& token) {
  std::size_t begin = 0, end = token.size();
  while (begin < end && is_wrapping(token[begin])) ++begin;
  while (end > begin && is_wrapping(token[end - 1])) --end;
  std::string t = token.substr(begin, end - begin);
  const std::size_t hash = t.find("#r=");
  if (hash != std::string::npos) return t.substr(hash + 3);
  if (t.compare(0, 2, "r=") == 0) return t.substr(2);
  return t;
}

// "m-" and 8 hex digits of the record's CRC-32 (its last 4 bytes, little-endian);
// the CRC of the code text when the code cannot be unpacked (never for a decoded one).
std::string member_id_for(const std::string& code) {
  std::uint32_t crc = 0;
  std::vector<std::uint8_t> bytes;
  if (base64url_decode(code, bytes) && bytes.size() >= 4) {
    const std::size_t n = bytes.size();
    crc = static_cast<std::uint32_t>(bytes[n - 4]) | (static_cast<std::uint32_t>(bytes[n - 3]) << 8) |
          (static_cast<std::uint32_t>(bytes[n - 2]) << 16) | (static_cast<std::uint32_t>(bytes[n - 1]) << 24);
  } else {
    crc = crc32(reinterpret_cast<const std::uint8_t*>(code.data()), code.size());
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "%08x", static_cast<unsigned>(crc));
  return std::string("m-") + buf;
}

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
std::string next_label(const Team& team) {
  int highest = 0;
  for (const TeamMember& m : team.members) highest = std::max(highest, person_number(m.label));
  for (const KeptMember& k : team.kept) highest = std::max(highest, person_number(k.label));
  return "Person " + std::to_string(highest + 1);
}

bool already_in(const Team& team, const std::string& code, const std::string& id) {
  for (const TeamMember& m : team.members)
    if (m.code == code || m.id == id) return true;
  return false;
}


// Days since 2020-01-01 as YYYY-MM-DD (proleptic Gregorian; H. Hinnant's civil_from_days).
std::string date_from_days_since_2020(int days_since_2020) {
  const long long z0 = 18262LL + days_since_2020;  // 2020-01-01 is day 18262 after 1970-01-01
  const long long z = z0 + 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const long long doe = z - era * 146097;
  const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long long y = yoe + era * 400;
  const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long long mp = (5 * doy + 2) / 153;
  const long long d = doy - (153 * mp + 2) / 5 + 1;
  const long long m = mp < 10 ? mp + 3 : mp - 9;
  if (m <= 2) ++y;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04lld-%02lld-%02lld", y, m, d);
  return buf;
}

std::string csv_field(const std::string& raw) {
  const std::string field = spreadsheet_safe(raw);
  if (field.find_first_of(",\"\r\n") == std::string::npos) return field;
  std::string out = "\"";
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

void append_csv_row(std::string& out, const std::vector<std::string>& row) {
  for (std::size_t i = 0; i < row.size(); ++i) {
    if (i > 0) out += ',';
    out += csv_field(row[i]);
  }
  out += "\r\n";
}

// Kept members of the team's framework whose link now reads join the team again
// (after the team was emptied and took up their framework, say).
void bring_back_kept(Team& team) {
  std::vector<KeptMember> kept = std::move(team.kept);
  team.kept.clear();
  std::vector<TeamMember> back;
  for (KeptMember& k : kept) {
    ShareDecode decoded;
    if (k.reason == KeptReason::OtherFramework) decoded = decode_share_code(k.code);
    if (k.reason != KeptReason::OtherFramework || decoded.error != ShareError::None ||
        decoded.results.framework_id != team.framework_id) {
      team.kept.push_back(std::move(k));
      continue;
    }
    TeamMember member;
    member.id = member_id_for(k.code);
    member.label = k.label;
    member.code = k.code;
    member.results = std::move(decoded.results);
    back.push_back(std::move(member));
  }
  for (TeamMember& m : back)
    if (!already_in(team, m.code, m.id)) team.members.push_back(std::move(m));
  for (TeamMember& m : team.members)  // last, so no number repeats one that came back
    if (m.label.empty()) m.label = next_label(team);
}

std::string links_phrase(int n) { return n == 1 ? "1 link" : std::to_string(n) + " links"; }

}  // namespace

std::string spreadsheet_safe(const std::string& field) {
  if (field.empty()) return field;
  const char c = field[0];
  if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') return "'" + field;
  return field;
}

std::string csv_row(const std::vector<std::string>& fields) {
  std::string out;
  append_csv_row(out, fields);
  return out;
}

std::vector<std::string> kept_member_lines(const Team& team) {
  int unreadable = 0, other = 0;
  for (const KeptMember& k : team.kept) ++(k.reason == KeptReason::Unreadable ? unreadable : other);
  std::vector<std::string> lines;
  if (unreadable > 0)
    lines.push_back(links_phrase(unreadable) + " could not be read by this version of capwalk; " +
                    (unreadable == 1 ? "it is kept." : "they are kept."));
  if (other > 0)
    lines.push_back(links_phrase(other) + (other == 1 ? " is" : " are") +
                    " for another framework than this team; " + (other == 1 ? "it is kept." : "they are kept."));
  return lines;
}

TeamAddOutcome add_to_team(Team& team, const std::string& text) {
  TeamAddOutcome outcome;
  const std::vector<std::string> tokens = split_whitespace(text);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string link = "Link " + std::to_string(i + 1) + ": ";
    const std::string code = code_from_token(tokens[i]);
    ShareDecode decoded = decode_share_code(code);
    if (decoded.error != ShareError::None) {
      outcome.problems.push_back(link + decoded.message());
      continue;
    }
    const std::string& framework_id = decoded.results.framework_id;
    if (team.members.empty() && framework_id != team.framework_id) {
      team.framework_id = framework_id;
      bring_back_kept(team);
    }
    if (framework_id != team.framework_id) {
      outcome.problems.push_back(link + "it is for another framework (“" + framework_id +
                                 "”) than this team (“" + team.framework_id +
                                 "”).");
      continue;
    }
    const std::string id = member_id_for(code);
    if (already_in(team, code, id)) {
      ++outcome.duplicates;
      continue;
    }
    TeamMember member;
    member.id = id;
    member.label = next_label(team);
    member.code = code;
    member.results = std::move(decoded.results);
    team.members.push_back(std::move(member));
    ++outcome.added;
  }
  return outcome;
}

void remove_from_team(Team& team, const std::string& member_id) {
  team.members.erase(std::remove_if(team.members.begin(), team.members.end(),
                                    [&](const TeamMember& m) { return m.id == member_id; }),
                     team.members.end());
  if (team.members.empty()) team.framework_id.clear();
}

bool matches_filter(const TeamMember& m, const TeamFilter& filter) {
  if (!filter.role_id.empty() && m.results.role_id != filter.role_id) return false;
  if (!filter.setting.empty() && !contains(m.results.settings, filter.setting)) return false;
  return true;
}

std::vector<CapabilityTally> tally(const Team& team, const Framework& framework,
                                   const TeamFilter& filter) {
  std::vector<CapabilityTally> out;
  out.reserve(framework.capabilities.size());
  std::map<std::string, std::size_t> index;
  for (const Capability& c : framework.capabilities) {
    CapabilityTally t;
    t.capability_id = c.id;
    for (const RatingInfo& info : rating_options()) t.counts[info.rating] = 0;
    index[c.id] = out.size();
    out.push_back(std::move(t));
  }
  for (const TeamMember& m : team.members) {
    if (!matches_filter(m, filter)) continue;
    if (m.results.framework_id != framework.id) continue;
    const ResolvedShare resolved = resolve_share(m.results, framework, "");
    const Assessment& a = resolved.assessment;
    std::set<std::string> seen;
    for (const std::string& id : a.capability_ids) {
      const auto it = index.find(id);
      if (it == index.end() || !seen.insert(id).second) continue;
      CapabilityTally& t = out[it->second];
      ++t.asked;
      const auto answer = a.answers.find(id);
      if (answer == a.answers.end()) continue;
      if (answer->second.rating != Rating::Unanswered) ++t.counts[answer->second.rating];
      if (answer->second.wants_training) ++t.training_requests;
    }
  }
  return out;
}

std::vector<SettingNeeds> emphasised_needs_by_setting(const Team& team, const Framework& framework,
                                                      const TeamFilter& filter, const RoleCatalogue& roles,
                                                      std::size_t limit) {
  std::vector<SettingNeeds> out;
  for (const Setting& setting : roles.settings) {
    if (!filter.setting.empty() && filter.setting != setting.id) continue;
    TeamFilter here = filter;
    here.setting = setting.id;
    SettingNeeds row;
    row.setting_id = setting.id;
    for (const TeamMember& m : team.members)
      if (m.results.framework_id == framework.id && matches_filter(m, here)) ++row.people;
    if (row.people == 0) continue;
    std::vector<CapabilityTally> emphasised;
    const std::vector<CapabilityTally> tallies = tally(team, framework, here);
    for (std::size_t i = 0; i < tallies.size(); ++i)
      if (emphasis_in(framework.capabilities[i], {setting.id}) == Emphasis::Emphasised)
        emphasised.push_back(tallies[i]);
    row.top = top_needs(emphasised, limit);
    out.push_back(std::move(row));
  }
  return out;
}

std::vector<CapabilityTally> top_needs(const std::vector<CapabilityTally>& tallies, std::size_t limit) {
  auto count = [](const CapabilityTally& t, Rating r) {
    const auto it = t.counts.find(r);
    return it == t.counts.end() ? 0 : it->second;
  };
  std::vector<CapabilityTally> needs;
  for (const CapabilityTally& t : tallies)
    if (count(t, Rating::NotYet) > 0 || count(t, Rating::Developing) > 0 || t.training_requests > 0)
      needs.push_back(t);
  std::stable_sort(needs.begin(), needs.end(), [&](const CapabilityTally& a, const CapabilityTally& b) {
    const int an = count(a, Rating::NotYet), bn = count(b, Rating::NotYet);
    if (an != bn) return an > bn;
    const int ad = count(a, Rating::Developing), bd = count(b, Rating::Developing);
    if (ad != bd) return ad > bd;
    return a.training_requests > b.training_requests;
  });
  if (needs.size() > limit) needs.resize(limit);
  return needs;
}

std::string team_csv(const Team& team, const Framework& framework, const TeamFilter& filter,
                     const RoleCatalogue* roles) {
  const std::vector<CapabilityTally> tallies = tally(team, framework, filter);
  std::vector<const Capability*> columns;
  for (std::size_t i = 0; i < tallies.size() && i < framework.capabilities.size(); ++i)
    if (tallies[i].asked > 0) columns.push_back(&framework.capabilities[i]);

  std::string out;
  std::vector<std::string> row = {"Person", "Role", "Tier", "Setting", "Date"};
  for (const Capability* c : columns) row.push_back(c->title);
  append_csv_row(out, row);

  for (const TeamMember& m : team.members) {
    if (!matches_filter(m, filter)) continue;
    if (m.results.framework_id != framework.id) continue;
    const SharedResults& r = m.results;
    row.clear();
    row.push_back(m.label);
    std::string role;
    if (r.role_id.empty()) {
      role = "Role not listed";
    } else {
      const Role* found = roles ? roles->find_role(r.role_id) : nullptr;
      role = found ? found->title : r.role_id;
    }
    row.push_back(role);
    row.push_back(std::to_string(r.tier));
    row.push_back(setting_names(roles, r.settings));
    row.push_back(date_from_days_since_2020(r.days_since_2020));

    const ResolvedShare resolved = resolve_share(r, framework, "");
    for (const Capability* c : columns) {
      std::string cell;
      const auto answer = resolved.assessment.answers.find(c->id);
      if (answer != resolved.assessment.answers.end()) {
        const RatingInfo* info = rating_info(answer->second.rating);
        if (info) cell = info->label;
      }
      row.push_back(cell);
    }
    append_csv_row(out, row);
  }
  return out;
}

std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool in_quotes = false;
  bool row_started = false;  // anything seen since the last line end
  const std::size_t n = text.size();
  for (std::size_t i = 0; i < n; ++i) {
    const char c = text[i];
    if (in_quotes) {
      if (c == '"') {
        if (i + 1 < n && text[i + 1] == '"') {
          field += '"';
          ++i;
        } else {
          in_quotes = false;
        }
      } else {
        field += c;
      }
      continue;
    }
    if (c == '"') {
      in_quotes = true;
      row_started = true;
    } else if (c == ',') {
      row.push_back(std::move(field));
      field.clear();
      row_started = true;
    } else if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < n && text[i + 1] == '\n') ++i;
      row.push_back(std::move(field));
      field.clear();
      rows.push_back(std::move(row));
      row.clear();
      row_started = false;
    } else {
      field += c;
      row_started = true;
    }
  }
  if (row_started || in_quotes) {
    row.push_back(std::move(field));
    rows.push_back(std::move(row));
  }
  return rows;
}

namespace {

constexpr const char* kTeamAppName = "capwalk-team";
const JsonLimits kTeamLimits{4 * 1024 * 1024, 32};

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

struct StoredEntry {
  const json* entry;
  ShareDecode decoded;
};

// The team's framework: the stored one if any member reads for it, else the first
// readable member's, else none.
std::string settle_framework(const std::string& stored, const std::vector<StoredEntry>& entries) {
  const StoredEntry* first = nullptr;
  for (const StoredEntry& e : entries) {
    if (e.decoded.error != ShareError::None) continue;
    if (e.decoded.results.framework_id == stored) return stored;
    if (!first) first = &e;
  }
  return first ? first->decoded.results.framework_id : std::string();
}

// `seen`: the entries kept so far; the same entry twice is kept once.
void keep(Team& team, const json& entry, KeptReason reason, std::set<std::string>& seen) {
  KeptMember k;
  k.entry = dump_safely(entry);
  if (!seen.insert(k.entry).second) return;
  k.code = text_field(entry, "code");
  k.label = text_field(entry, "label");
  k.reason = reason;
  team.kept.push_back(std::move(k));
}

Team team_from_entries(const std::string& stored_framework, const json& members) {
  std::vector<StoredEntry> entries;
  for (const json& entry : members) {
    const std::string code = text_field(entry, "code");
    entries.push_back({&entry, code.empty() ? ShareDecode{ShareError::Empty, {}} : decode_share_code(code)});
  }
  Team team;
  team.framework_id = settle_framework(stored_framework, entries);
  std::set<std::string> kept;
  for (StoredEntry& e : entries) {
    if (e.decoded.error != ShareError::None) {
      keep(team, *e.entry, KeptReason::Unreadable, kept);
      continue;
    }
    if (e.decoded.results.framework_id != team.framework_id) {
      keep(team, *e.entry, KeptReason::OtherFramework, kept);
      continue;
    }
    const std::string code = text_field(*e.entry, "code");
    const std::string id = member_id_for(code);  // derived again, not trusted from storage
    if (already_in(team, code, id)) continue;
    TeamMember member;
    member.id = id;
    member.label = text_field(*e.entry, "label");
    member.code = code;
    member.results = std::move(e.decoded.results);
    team.members.push_back(std::move(member));
  }
  // Labels last, so a new number never repeats one stored further down.
  for (TeamMember& m : team.members)
    if (m.label.empty()) m.label = next_label(team);
  return team;
}

}  // namespace

std::string team_to_json(const Team& team) {
  json members = json::array();
  for (const TeamMember& m : team.members)
    members.push_back(json{{"id", m.id}, {"label", m.label}, {"code", m.code}});
  for (const KeptMember& k : team.kept) {
    json entry = json::parse(k.entry, nullptr, false);
    if (entry.is_discarded()) entry = json{{"label", k.label}, {"code", k.code}};
    members.push_back(std::move(entry));
  }
  json j = json::object();
  j["app"] = kTeamAppName;
  j["version"] = kTeamDocumentVersion;
  j["framework_id"] = team.members.empty() ? std::string() : team.framework_id;
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
  const auto fw = parsed->find("framework_id");
  const auto members = parsed->find("members");
  if (fw == parsed->end() || !fw->is_string() || members == parsed->end() || !members->is_array()) {
    out.status = TeamDocumentStatus::Unreadable;
    return out;
  }
  out.team = team_from_entries(fw->get<std::string>(), *members);
  return out;
}

bool team_from_json(const std::string& text, Team& out) {
  TeamRead read = read_team_document(text);
  if (read.status != TeamDocumentStatus::Ok) return false;
  out = std::move(read.team);
  return true;
}

}  // namespace capwalk
