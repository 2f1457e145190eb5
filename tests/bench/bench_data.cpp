// capwalk-bench-data — the native half of scripts/bench.
//
//   capwalk-bench-data FRAMEWORK_DIR [OUT_LINKS_CSV]
//
// Prints one JSON object: how long the app's own loader takes to load and validate
// every shipped framework and the role catalogue (median and max of 25 runs), the
// length of the share link of a fully answered 96-item NOS assessment, and the data
// the browser half needs: a stored document holding that assessment (to open its
// results) and 20 share codes of different people (for a team view).
//
// With OUT_LINKS_CSV it also writes a benchmark service of 10,000 different people
// there, as a form export would list their links (Name,Email,Link; CRLF lines), and
// adds service_links_file and service_people to the JSON.
//
// "disclosure" times the service report of 10,000 people of the 96-item NOS (roles of
// its catalogue, five settings, two rounds) with small numbers protected and without
// (ReportOptions::unprotected), taking turns, for everyone and for one role's group.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "../unit/test_files.h"
#include "app/core/framework_loader.h"
#include "app/core/service_report.h"
#include "app/core/share_code.h"
#include "app/core/storage_document.h"

using namespace capwalk;

namespace {

struct Shipped {
  std::vector<Framework> frameworks;
  bool roles_ok = false;
};

Shipped load_everything(const std::vector<std::string>& framework_texts, const std::string& roles) {
  Shipped out;
  for (const std::string& text : framework_texts) {
    FrameworkLoad load = load_framework(text);
    if (load.framework) out.frameworks.push_back(std::move(*load.framework));
  }
  std::vector<const Framework*> pointers;
  for (const Framework& f : out.frameworks) pointers.push_back(&f);
  out.roles_ok = load_roles(roles, pointers).catalogue.has_value();
  return out;
}

// A fully answered assessment of every capability of `fw`, with a pattern of
// ratings and training requests that differs with `person`.
Assessment answered(const Framework& fw, int person) {
  Assessment a;
  a.id = "a-bench" + std::to_string(1000 + person);
  a.framework_id = fw.id;
  a.framework_version = fw.version;
  a.role_title = "Role not listed";
  a.tier = 3;
  a.created_at = a.updated_at = 1795000000000 + person;
  // A fixed pseudo-random sequence per person, so no two people answer alike (a team
  // keeps one copy of identical results).
  std::uint32_t seed = 2654435761u * static_cast<std::uint32_t>(person + 1);
  for (std::size_t i = 0; i < fw.capabilities.size(); ++i) {
    seed = seed * 1664525u + 1013904223u;
    const std::string& id = fw.capabilities[i].id;
    a.capability_ids.push_back(id);
    a.answers[id].rating = static_cast<Rating>(1 + (seed >> 16) % 6);
    a.answers[id].wants_training = (seed >> 8) % 3 == 0;
  }
  a.finished = true;
  a.current_index = static_cast<int>(fw.capabilities.size()) - 1;
  return a;
}

// One pseudo-random step of a fixed sequence (the LCG of Numerical Recipes), its high
// bits in 0..n-1.
struct Sequence {
  std::uint32_t state;
  unsigned pick(unsigned n) {
    state = state * 1664525u + 1013904223u;
    return (state >> 8) % n;
  }
};

// The CRC-32 a share code ends with.
std::uint32_t link_checksum(const std::string& code) {
  std::vector<std::uint8_t> bytes;
  if (!base64url_decode(code, bytes) || bytes.size() < 4) return crc32(reinterpret_cast<const std::uint8_t*>(code.data()), code.size());
  const std::size_t n = bytes.size();
  return static_cast<std::uint32_t>(bytes[n - 4]) | (static_cast<std::uint32_t>(bytes[n - 3]) << 8) |
         (static_cast<std::uint32_t>(bytes[n - 2]) << 16) | (static_cast<std::uint32_t>(bytes[n - 1]) << 24);
}

constexpr int kServicePeople = 10000;
constexpr std::int64_t kMsPerDay = 86400000;
constexpr std::int64_t kServiceFirstDay = 1767571200000;  // 2026-01-05 00:00 UTC

// The people of a benchmark service, each a share code: most answered the core
// capabilities, some the ESC, NOS or peer support frameworks; many roles of the
// catalogue, each with its sector; the five settings, some people in two; tiers 1-3;
// a mix of every rating, some unanswered, and training asks. No two links alike.
std::vector<std::string> service_codes(const std::vector<Framework>& frameworks, const RoleCatalogue& catalogue) {
  const auto find = [&](const char* id) -> const Framework* {
    for (const Framework& f : frameworks)
      if (f.id == id) return &f;
    return nullptr;
  };
  // Framework by share of people, in percent; whichever of them loaded.
  std::vector<std::pair<const Framework*, unsigned>> shares;
  for (const auto& [id, percent] : std::vector<std::pair<const char*, unsigned>>{
           {"core", 70}, {"esc", 12}, {"nos", 12}, {"peer-support", 6}})
    if (const Framework* f = find(id)) shares.emplace_back(f, percent);
  unsigned share_total = 0;
  for (const auto& s : shares) share_total += s.second;
  // The roles that name each framework.
  std::map<std::string, std::vector<const Role*>> roles_of;
  for (const auto& s : shares)
    for (const Role& r : catalogue.roles)
      if (r.relevant.count(s.first->id)) roles_of[s.first->id].push_back(&r);
  std::vector<std::string> setting_ids;
  for (const Setting& s : catalogue.settings) setting_ids.push_back(s.id);

  std::vector<std::string> codes;
  std::set<std::uint32_t> seen;
  Sequence seq{20260105u};
  for (int person = 1; person <= kServicePeople; ++person) {
    unsigned at = seq.pick(share_total);
    const Framework* fw = shares.front().first;
    for (const auto& s : shares) {
      if (at < s.second) {
        fw = s.first;
        break;
      }
      at -= s.second;
    }
    const std::vector<const Role*>& roles = roles_of[fw->id];
    const Role* role = roles.empty() || seq.pick(20) == 0 ? nullptr : roles[seq.pick(static_cast<unsigned>(roles.size()))];

    Assessment a;
    a.id = "a-service" + std::to_string(100000 + person);
    a.framework_id = fw->id;
    a.framework_version = fw->version;
    a.role_id = role ? role->id : "";
    a.role_title = role ? role->title : "Role not listed";
    a.tier = role && seq.pick(3) != 0 ? role->suggested_tier : kFirstTier + static_cast<int>(seq.pick(kLastTier - kFirstTier + 1));
    const unsigned settings = seq.pick(10);  // 0: none, 1-7: one, 8-9: two
    if (settings > 0 && !setting_ids.empty()) {
      const unsigned first = seq.pick(static_cast<unsigned>(setting_ids.size()));
      a.settings.push_back(setting_ids[first]);
      if (settings >= 8 && setting_ids.size() > 1)
        a.settings.push_back(setting_ids[(first + 1 + seq.pick(static_cast<unsigned>(setting_ids.size() - 1))) % setting_ids.size()]);
    }
    a.capability_ids = capabilities_for(*fw, role, a.tier, a.settings);
    if (a.capability_ids.empty())
      for (const Capability& c : fw->capabilities) a.capability_ids.push_back(c.id);
    for (const std::string& id : a.capability_ids) {
      Answer& answer = a.answers[id];
      answer.rating = seq.pick(25) == 0 ? Rating::Unanswered : static_cast<Rating>(1 + seq.pick(kRatingOptionCount));
      answer.wants_training = seq.pick(4) == 0;
    }
    a.updated_at = kServiceFirstDay + static_cast<std::int64_t>(seq.pick(120)) * kMsPerDay + seq.pick(36000) * 1000;
    a.created_at = a.updated_at - static_cast<std::int64_t>(1 + seq.pick(90)) * 60000;
    a.finished = true;
    a.current_index = static_cast<int>(a.capability_ids.size()) - 1;
    // The same answers again (a short walk can repeat), or a link whose CRC-32 another
    // has (a team knows a person by it): another day makes the link differ.
    std::string code = encode_share_code(a, *fw, false);
    while (!seen.insert(link_checksum(code)).second) {
      a.created_at += kMsPerDay;
      a.updated_at += kMsPerDay;
      code = encode_share_code(a, *fw, false);
    }
    codes.push_back(std::move(code));
  }
  return codes;
}

// The links as a form's CSV export lists them.
bool write_links_csv(const std::string& path, const std::vector<std::string>& codes) {
  std::ofstream out(path, std::ios::binary);
  out << "Name,Email,Link\r\n";
  for (std::size_t i = 0; i < codes.size(); ++i)
    out << "\"Person " << i + 1 << "\",person" << i + 1 << "@example.invalid,https://example.invalid/capwalk/#r="
        << codes[i] << "\r\n";
  return static_cast<bool>(out.flush());
}

// 10,000 people of `fw`, in two rounds, with the roles that name it and the settings.
Team nos_service(const Framework& fw, const RoleCatalogue& catalogue) {
  std::vector<const Role*> roles;
  for (const Role& r : catalogue.roles)
    if (r.relevant.count(fw.id)) roles.push_back(&r);
  std::string rounds[2];
  Sequence seq{96u};
  for (int person = 0; person < kServicePeople; ++person) {
    Assessment a = answered(fw, person);
    const Role* role = roles.empty() ? nullptr : roles[seq.pick(static_cast<unsigned>(roles.size()))];
    a.role_id = role ? role->id : "";
    if (!catalogue.settings.empty()) a.settings = {catalogue.settings[seq.pick(static_cast<unsigned>(catalogue.settings.size()))].id};
    rounds[seq.pick(2)] += "https://example.invalid/#r=" + encode_share_code(a, fw, false) + "\n";
  }
  Team team;
  add_to_team(team, rounds[0], "Spring 2026");
  add_to_team(team, rounds[1], "Autumn 2026");
  return team;
}

// Median milliseconds of the report with and without protection, 5 turns each.
nlohmann::json time_reports(const Team& team, const TeamAnswers& answers, const Framework& fw,
                            const RoleCatalogue& roles, const TeamFilter& group) {
  std::vector<double> with, without;
  int hidden = 0;
  for (int run = 0; run < 5; ++run)
    for (bool unprotected : {false, true}) {
      ReportOptions options;
      options.group = group;
      options.unprotected = unprotected;
      const auto start = std::chrono::steady_clock::now();
      const ServiceReport report = build_service_report(team, answers, fw, &roles, options);
      (unprotected ? without : with).push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
      if (!unprotected) hidden = report.hidden_figures;
    }
  std::sort(with.begin(), with.end());
  std::sort(without.begin(), without.end());
  return {{"protected_ms", with[with.size() / 2]}, {"unprotected_ms", without[without.size() / 2]}, {"hidden", hidden}};
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2 && argc != 3) {
    std::cerr << "usage: capwalk-bench-data FRAMEWORK_DIR [OUT_LINKS_CSV]\n";
    return 2;
  }
  const std::string dir = argv[1];
  std::vector<std::string> texts;
  for (const char* name : {"core", "esc", "nos", "peer-support"})
    texts.push_back(read_file(dir + "/" + name + ".json"));
  const std::string roles = read_file(dir + "/roles.json");

  std::vector<double> ms;
  Shipped shipped;
  for (int run = 0; run < 25; ++run) {
    const auto start = std::chrono::steady_clock::now();
    shipped = load_everything(texts, roles);
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(ms.begin(), ms.end());
  const auto nos = std::find_if(shipped.frameworks.begin(), shipped.frameworks.end(),
                                [](const Framework& f) { return f.id == "nos"; });
  if (shipped.frameworks.size() != 4 || !shipped.roles_ok || nos == shipped.frameworks.end()) {
    std::cerr << "capwalk-bench-data: the shipped frameworks did not load\n";
    return 1;
  }

  StoredData stored;
  stored.assessments.push_back(answered(*nos, 0));
  stored.current_id = stored.assessments.back().id;
  nlohmann::json team = nlohmann::json::array();
  for (int person = 1; person <= 20; ++person) team.push_back(encode_share_code(answered(*nos, person), *nos, false));

  nlohmann::json out;
  out["framework_load_ms"] = {{"median", ms[ms.size() / 2]}, {"max", ms.back()}, {"runs", ms.size()}};
  out["nos_capabilities"] = nos->capabilities.size();
  out["link_characters"] = encode_share_code(stored.assessments.back(), *nos, false).size();
  out["document"] = encode_document(stored, 1795000000000);
  out["team_codes"] = team;
  if (argc == 3) {
    RolesLoad catalogue = load_roles(roles, [&] {
      std::vector<const Framework*> pointers;
      for (const Framework& f : shipped.frameworks) pointers.push_back(&f);
      return pointers;
    }());
    const std::vector<std::string> codes = service_codes(shipped.frameworks, *catalogue.catalogue);
    if (!write_links_csv(argv[2], codes)) {
      std::cerr << "capwalk-bench-data: could not write " << argv[2] << "\n";
      return 1;
    }
    out["service_links_file"] = argv[2];
    out["service_people"] = codes.size();
    const Team service = nos_service(*nos, *catalogue.catalogue);
    const TeamAnswers answers = resolve_team(service, *nos);
    TeamFilter one_role;
    one_role.role_id = service.members.front().results.role_id;
    out["disclosure"] = {{"people", service.members.size()}, {"capabilities", nos->capabilities.size()},
                         {"everyone", time_reports(service, answers, *nos, *catalogue.catalogue, {})},
                         {"one_role", time_reports(service, answers, *nos, *catalogue.catalogue, one_role)}};
  }
  std::cout << out.dump() << "\n";
  return 0;
}
