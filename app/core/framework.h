// framework.h — a capability framework and the role catalogue, as plain data.
//
// A framework (frameworks/README.md) is lettered domains of numbered capabilities;
// each capability has statements per tier (Tier 1 awareness, Tier 2 regular
// contact, Tier 3 specialist; cumulative) or a list of practice indicators, plus
// theme tags, what it looks like in each service setting and suggested learning.
// Roles say which capabilities of each framework they need and suggest a tier and
// settings. The tier range and the id rule, which files, stored assessments and share
// links all follow, are here, and so is what a service setting changes (emphasis_in()).
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace capwalk {

// Tier levels run from kFirstTier (awareness) to kLastTier (specialist); a framework
// declares some or all of them (frameworks/README.md). Framework files, stored
// assessments and share links are all held to this range.
constexpr int kFirstTier = 1;
constexpr int kLastTier = 3;
constexpr int kTierCount = kLastTier - kFirstTier + 1;
constexpr bool is_tier(int level) { return level >= kFirstTier && level <= kLastTier; }
// The nearest tier to `level`.
constexpr int nearest_tier(int level) {
  return level < kFirstTier ? kFirstTier : level > kLastTier ? kLastTier : level;
}

// The ids of frameworks, domains, capabilities, settings, sectors and roles, wherever
// they come from (a file, a share link): 1 to kMaxIdLength letters, digits, '-', '_'
// or '.'. Nothing else, so an id is never markup or a spreadsheet formula.
constexpr std::size_t kMaxIdLength = 40;
bool is_id(std::string_view text);

// Whether a list of ids or theme tags holds `value`.
bool contains(const std::vector<std::string>& list, const std::string& value);

struct LearningSuggestion {
  std::string title, provider, format, url;
};

// How much a capability matters in one service setting. The 2025 core capabilities
// framework differentiates pathways by service type: in a crisis team some capabilities
// come first (Emphasised), most are asked as usual (Core), and a few can be skipped
// (Optional). Ordered so that a larger value matters more.
enum class Emphasis { Optional, Core, Emphasised };

struct InSetting {
  Emphasis emphasis = Emphasis::Core;
  std::string in_practice;  // what it looks like there (capwalk's own frameworks only)
};

struct Capability {
  std::string id, number, domain, title, summary, applies_to;
  std::map<int, std::vector<std::string>> tiers;  // tier level -> statements
  std::vector<std::string> indicators;
  std::vector<std::string> themes;
  std::map<std::string, InSetting> settings;  // setting id -> emphasis; not listed: Core
  std::vector<LearningSuggestion> learning;
};

// How much `capability` matters to someone working in all of `setting_ids` (none
// chosen: Core). Emphasised in any of them wins; Optional only when it is optional in
// every one, as it must be skippable wherever the person works.
Emphasis emphasis_in(const Capability& capability, const std::vector<std::string>& setting_ids);

struct Domain {
  std::string id, title, summary;
};

struct Tier {
  int level = 0;
  std::string name, summary;
};

// A kind of service people work in (the role catalogue's list). `short_name` reads in
// a sentence: "In crisis services this matters most".
struct Setting {
  std::string id, name, short_name;
};

struct SourceInfo {
  std::string title, publisher, url;
  int year = 0;
};

struct Framework {
  std::string id, version, title, short_title, description, attribution;
  bool written_by_capwalk = false;
  SourceInfo source;
  std::vector<std::string> notes;
  std::vector<Tier> tiers;
  std::vector<Domain> domains;
  std::vector<Capability> capabilities;

  const Capability* find_capability(const std::string& capability_id) const;
  const Domain* find_domain(const std::string& domain_id) const;
  bool is_tiered() const { return !tiers.empty(); }
  int indicator_count() const;
};

struct Sector {
  std::string id, name;
};

// Which capabilities of one framework a role needs: the union of all of them (`all`),
// those carrying any of `themes`, and those listed in `capabilities`.
struct RoleRelevance {
  bool all = false;
  std::vector<std::string> themes, capabilities;
};

struct Role {
  std::string id, title, sector, summary;
  std::vector<std::string> synonyms;
  int suggested_tier = kFirstTier;
  std::vector<std::string> suggested_settings;     // setting ids, usually none or one
  std::map<std::string, RoleRelevance> relevant;  // framework id -> relevance
};

struct RoleCatalogue {
  std::string version;
  std::vector<Sector> sectors;
  std::vector<Setting> settings;  // where people work; frameworks' settings refer to these ids
  std::vector<Role> roles;

  const Role* find_role(const std::string& role_id) const;
  const Setting* find_setting(const std::string& setting_id) const;
};

// "Crisis and urgent care", "Community services and Crisis and urgent care"; the ids
// themselves for settings the catalogue does not know (a link from a newer version).
std::string setting_names(const RoleCatalogue* catalogue, const std::vector<std::string>& setting_ids);

// The capabilities of `framework` that `role` needs, in the framework's order.
std::vector<const Capability*> relevant_capabilities(const Role& role, const Framework& framework);

// The closed list of theme tags (frameworks/README.md).
const std::vector<std::string>& known_themes();
// The kinds of suggested learning.
const std::vector<std::string>& known_learning_formats();

}  // namespace capwalk
