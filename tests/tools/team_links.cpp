// capwalk-team-links — a file of share links for the browser tests of the team view.
//
//   capwalk-team-links PAGE_URL PEOPLE OUT_CSV
//
// Writes a CSV as a form would export it ("Name","Email","Link", CRLF) with one link
// per person, each a different person of the core framework. The last four are the
// pharmacy sector (a group too small to show): two pharmacists and two pharmacy
// assistants, each a role of two; the rest are spread over GP receptionists, housing
// officers and ward nurses. Person i rates capability j by (i + j) % 6, and
// asks for training on the first capability when i % 4 == 0, so a test can count.
#include <cstdint>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "app/core/framework_loader.h"
#include "app/core/share_code.h"

using namespace capwalk;

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: capwalk-team-links PAGE_URL PEOPLE OUT_CSV\n";
    return 2;
  }
  std::ifstream in(std::string(CAPWALK_SOURCE_DIR) + "/frameworks/core.json", std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  FrameworkLoad load = load_framework(text.str());
  if (!load.framework) {
    std::cerr << "core.json did not load\n";
    return 1;
  }
  const Framework& fw = *load.framework;
  const int people = std::stoi(argv[2]);
  const char* roles[] = {"gp-receptionist", "housing-officer", "ward-nurse"};
  const char* settings[] = {"community", "supported-living", "inpatient"};
  std::ofstream out(argv[3], std::ios::binary);
  out << "Name,Email,Link\r\n";
  for (int i = 0; i < people; ++i) {
    Assessment a;
    a.id = "a-" + std::to_string(i);
    a.framework_id = fw.id;
    a.framework_version = fw.version;
    const bool pharmacy = i >= people - 4;
    a.role_id = pharmacy ? (i >= people - 2 ? "pharmacy-assistant" : "pharmacist") : roles[i % 3];
    a.settings = {pharmacy ? "crisis" : settings[i % 3]};
    a.tier = 1 + (i / 3) % 3;  // each role has people of every tier
    // A day each, so every person's link is their own.
    a.created_at = a.updated_at = 1772366400000LL + static_cast<std::int64_t>(i) * 86400000LL;
    for (std::size_t j = 0; j < fw.capabilities.size(); ++j) {
      const std::string& id = fw.capabilities[j].id;
      a.capability_ids.push_back(id);
      a.answers[id].rating = static_cast<Rating>(1 + (i + static_cast<int>(j)) % kRatingOptionCount);
    }
    a.answers[fw.capabilities[0].id].wants_training = i % 4 == 0;
    out << "\"Person " << i + 1 << "\",person" << i + 1 << "@example.invalid," << argv[1] << "#r="
        << encode_share_code(a, fw, false) << "\r\n";
  }
  return out ? 0 : 1;
}
