#include "framework.h"

#include <algorithm>

namespace capwalk {

namespace {
template <typename T>
const T* find_by_id(const std::vector<T>& items, const std::string& id) {
  auto it = std::find_if(items.begin(), items.end(), [&](const T& item) { return item.id == id; });
  return it == items.end() ? nullptr : &*it;
}

}  // namespace

bool contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

bool is_id(std::string_view text) {
  if (text.empty() || text.size() > kMaxIdLength) return false;
  return std::all_of(text.begin(), text.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '-' || c == '_' || c == '.';
  });
}

const Capability* Framework::find_capability(const std::string& capability_id) const {
  return find_by_id(capabilities, capability_id);
}

const Domain* Framework::find_domain(const std::string& domain_id) const {
  return find_by_id(domains, domain_id);
}

int Framework::indicator_count() const {
  int total = 0;
  for (const Capability& c : capabilities) total += static_cast<int>(c.indicators.size());
  return total;
}

const Role* RoleCatalogue::find_role(const std::string& role_id) const {
  return find_by_id(roles, role_id);
}

const Setting* RoleCatalogue::find_setting(const std::string& setting_id) const {
  return find_by_id(settings, setting_id);
}

std::string setting_names(const RoleCatalogue* catalogue, const std::vector<std::string>& setting_ids) {
  std::string out;
  for (std::size_t i = 0; i < setting_ids.size(); ++i) {
    const Setting* s = catalogue ? catalogue->find_setting(setting_ids[i]) : nullptr;
    if (i > 0) out += i + 1 == setting_ids.size() ? " and " : ", ";
    out += s ? s->name : setting_ids[i];
  }
  return out;
}

Emphasis emphasis_in(const Capability& capability, const std::vector<std::string>& setting_ids) {
  if (setting_ids.empty()) return Emphasis::Core;
  bool optional_everywhere = true;
  for (const std::string& id : setting_ids) {
    auto it = capability.settings.find(id);
    const Emphasis here = it == capability.settings.end() ? Emphasis::Core : it->second.emphasis;
    if (here == Emphasis::Emphasised) return Emphasis::Emphasised;
    if (here != Emphasis::Optional) optional_everywhere = false;
  }
  return optional_everywhere ? Emphasis::Optional : Emphasis::Core;
}

std::vector<const Capability*> relevant_capabilities(const Role& role, const Framework& framework) {
  std::vector<const Capability*> out;
  auto it = role.relevant.find(framework.id);
  if (it == role.relevant.end()) return out;
  const RoleRelevance& r = it->second;
  for (const Capability& c : framework.capabilities) {
    const bool by_theme = std::any_of(c.themes.begin(), c.themes.end(),
                                      [&](const std::string& t) { return contains(r.themes, t); });
    if (r.all || by_theme || contains(r.capabilities, c.id)) out.push_back(&c);
  }
  return out;
}

const std::vector<std::string>& known_themes() {
  static const std::vector<std::string> themes = {
      "awareness",         "communication",          "trauma-informed",
      "co-existing-conditions", "recovery",          "crisis",
      "self-harm-and-suicide", "physical-health",    "families-and-carers",
      "children-and-young-people", "older-people",   "law-and-safeguarding",
      "own-wellbeing",     "leadership",             "diversity-and-inclusion",
      "lived-experience",  "risk",                   "assessment-and-planning",
      "partnership-working", "promotion-and-prevention", "ethics-and-values",
      "service-improvement",
  };
  return themes;
}

const std::vector<std::string>& known_learning_formats() {
  static const std::vector<std::string> formats = {"e-learning", "course",      "reading",
                                                   "video",      "workshop",    "supervision",
                                                   "shadowing",  "conversation"};
  return formats;
}

}  // namespace capwalk
