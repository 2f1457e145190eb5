// The frameworks and role catalogue capwalk ships, loaded once per test run through
// the app's own loader, for tests that need real data.
#pragma once

#include <map>
#include <string>

#include <catch2/catch.hpp>

#include "app/core/framework_loader.h"
#include "test_files.h"

namespace capwalk::testdata {

inline const Framework& shipped_framework(const std::string& id) {
  static std::map<std::string, Framework> cache;
  auto it = cache.find(id);
  if (it == cache.end()) {
    FrameworkLoad load = load_framework(read_source_file("frameworks/" + id + ".json"));
    INFO(id);
    REQUIRE(load.framework.has_value());
    it = cache.emplace(id, std::move(*load.framework)).first;
  }
  return it->second;
}

inline const Framework& core() { return shipped_framework("core"); }
inline const Framework& esc() { return shipped_framework("esc"); }
inline const Framework& nos() { return shipped_framework("nos"); }

inline const RoleCatalogue& shipped_roles() {
  static const RoleCatalogue catalogue = [] {
    RolesLoad load = load_roles(read_source_file("frameworks/roles.json"),
                                {&core(), &esc(), &nos(), &shipped_framework("peer-support")});
    REQUIRE(load.catalogue.has_value());
    return *load.catalogue;
  }();
  return catalogue;
}

}  // namespace capwalk::testdata
