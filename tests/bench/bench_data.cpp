// capwalk-bench-data — the native half of scripts/bench.
//
//   capwalk-bench-data FRAMEWORK_DIR
//
// Prints one JSON object: how long the app's own loader takes to load and validate
// every shipped framework and the role catalogue (median and max of 25 runs), the
// length of the share link of a fully answered 96-item NOS assessment, and the data
// the browser half needs: a stored document holding that assessment (to open its
// results) and 20 share codes of different people (for a team view).
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/core/framework_loader.h"
#include "app/core/share_code.h"
#include "app/core/storage_document.h"

using namespace capwalk;

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

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

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: capwalk-bench-data FRAMEWORK_DIR\n";
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
  std::cout << out.dump() << "\n";
  return 0;
}
