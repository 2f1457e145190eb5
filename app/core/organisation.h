// organisation.h — an organisation's own deployment: organisation.json beside
// index.html (optional). It names the organisation (shown in the header), who to ask
// for help with training, its own learning offer (shown first, "from <name>"), and
// which frameworks and roles to offer, with the framework chosen by default.
//
// The file is read by the same checker as every other file (every problem with its
// path); a broken file is refused as a whole, the page says so in a banner, and the
// app carries on as if there were none. README, "Deploying for your organisation".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "framework.h"
#include "learning.h"
#include "small_numbers.h"
#include "problems.h"

namespace capwalk {

struct TrainingContact {
  std::string name, email, phone, url;
};

struct Organisation {
  std::string name;
  TrainingContact contact;                  // all empty: no contact given
  std::vector<LearningResource> resources;  // its own offer, each marked with `name`
  std::vector<std::string> frameworks;      // offered; empty: all
  std::vector<std::string> roles;           // offered; empty: all
  std::string default_framework;            // empty: capwalk's default
  // The team report shows no figure about fewer people than this (small_numbers.h);
  // 3 to 100, 5 when the file does not say.
  int smallest_group = kDefaultSmallestGroup;

  bool offers_framework(const std::string& framework_id) const;
  bool offers_role(const std::string& role_id) const;
};

struct OrganisationLoad {
  std::optional<Organisation> organisation;
  std::vector<Problem> problems;
};

// Framework, role and capability ids are checked against what is loaded; resource ids
// must not repeat those of `catalogue`.
OrganisationLoad load_organisation(std::string_view text, const std::vector<const Framework*>& frameworks,
                                   const RoleCatalogue* roles, const LearningCatalogue& catalogue);

// The organisation's resources first, then the catalogue's.
LearningCatalogue with_organisation(const LearningCatalogue& catalogue, const Organisation& organisation);

// The banner a person sees when the file is broken: plain words, no paths.
std::string organisation_file_banner(const std::vector<Problem>& problems);

}  // namespace capwalk
