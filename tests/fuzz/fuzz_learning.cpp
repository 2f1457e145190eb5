// The learning catalogue and an organisation's file come from whoever deployed a copy
// of capwalk: the loaders must turn any bytes into a catalogue, an organisation or a
// list of problems, within their limits, without crashing. The same bytes are tried as
// both, against a framework with tiers and a role catalogue.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string_view>

#include "app/core/framework_loader.h"
#include "app/core/learning.h"
#include "app/core/organisation.h"
#include "fuzz_support.h"

namespace {

const capwalk::Framework& framework() { return fuzz::minimal_framework(); }

const capwalk::RoleCatalogue& roles() {
  static const capwalk::RoleCatalogue catalogue = [] {
    std::ifstream in(CAPWALK_SOURCE_DIR "/tests/frameworks/minimal-roles.json");
    std::stringstream text;
    text << in.rdbuf();
    capwalk::RolesLoad load = capwalk::load_roles(text.str(), {&framework()});
    if (!load.catalogue) std::abort();
    return *load.catalogue;
  }();
  return catalogue;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  capwalk::LearningLoad learning = capwalk::load_learning(text, {&framework()});
  const capwalk::LearningCatalogue catalogue = learning.catalogue ? *learning.catalogue : capwalk::LearningCatalogue{};
  capwalk::OrganisationLoad org = capwalk::load_organisation(text, {&framework()}, &roles(), catalogue);
  if (org.organisation) {
    const capwalk::LearningCatalogue merged = capwalk::with_organisation(catalogue, *org.organisation);
    for (const capwalk::Capability& c : framework().capabilities)
      for (int tier = capwalk::kFirstTier; tier <= capwalk::kLastTier; ++tier) {
        const auto suited = capwalk::learning_for(merged, framework().id, c, tier);
        (void)capwalk::in_shown_order(suited, capwalk::start_here(suited, framework().id, c));
      }
  }
  return 0;
}
