#include "learning.h"

#include <algorithm>

#include "framework_loader.h"
#include "learning_reader.h"

namespace capwalk {

using nlohmann::json;
namespace lim = text_limits;

namespace {

struct CostName {
  LearningCost cost;
  const char* key;
  const char* label;
};
constexpr CostName kCosts[] = {
    {LearningCost::Free, "free", "Free"},
    {LearningCost::Paid, "paid", "Paid"},
    {LearningCost::Employer, "employer", "Through your employer"},
};

bool host_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.';
}

bool path_char(char c) {
  return c > ' ' && c < 0x7f && c != '"' && c != '\'' && c != '<' && c != '>' && c != '\\' &&
         c != '`';
}

void read_cost(JsonChecker& check, const json& obj, const std::string& at, LearningCost& out) {
  std::string key;
  if (!check.string(obj, at, "cost", key, true, lim::kId)) return;
  for (const CostName& c : kCosts)
    if (key == c.key) {
      out = c.cost;
      return;
    }
  check.error(child_path(at, "cost"), "unknown cost \"" + key + "\" (free, paid or employer)");
}

void read_resource_tiers(JsonChecker& check, const json& obj, const std::string& at,
                         std::vector<int>& out) {
  const json* list = check.array(obj, at, "tiers", true, kTierCount, true);
  if (!list) return;
  const std::string tiers_at = child_path(at, "tiers");
  for (std::size_t i = 0; i < list->size(); ++i) {
    const json& t = (*list)[i];
    const std::string item_at = index_path(tiers_at, i);
    if (!t.is_number_integer() || !is_tier(t.get<int>()))
      check.error(item_at, "expected a tier from " + std::to_string(kFirstTier) + " to " +
                               std::to_string(kLastTier));
    else if (std::find(out.begin(), out.end(), t.get<int>()) != out.end())
      check.error(item_at, "tier " + std::to_string(t.get<int>()) + " is listed twice");
    else
      out.push_back(t.get<int>());
  }
}

// E-learning and videos are online by nature and need their page; a course, workshop
// or reading may be found another way (a local course, a printed guide); things done
// with people at work have no address at all.
bool needs_address(const std::string& format) { return format == "e-learning" || format == "video"; }

void read_address(JsonChecker& check, const json& obj, const std::string& at, LearningResource& r) {
  check.string(obj, at, "url", r.url, false, lim::kUrl);
  const std::string url_at = child_path(at, "url");
  if (is_in_person(r.format) && !r.url.empty())
    check.error(url_at, "a " + r.format + " has no address: leave \"url\" out");
  else if (r.url.empty() && needs_address(r.format))
    check.error(at, "missing required field \"url\" (e-learning and videos need their address)");
  else if (!r.url.empty() && !is_well_formed_https(r.url))
    check.error(url_at, "must be a well-formed https:// address");
}

void read_served(JsonChecker& check, const json& obj, const std::string& at,
                 const std::vector<const Framework*>& frameworks, LearningResource& r) {
  check.string_list(obj, at, "themes", r.themes, false, 22, lim::kId, false);
  for (std::size_t i = 0; i < r.themes.size(); ++i)
    if (!contains(known_themes(), r.themes[i]))
      check.error(index_path(child_path(at, "themes"), i), "unknown theme \"" + r.themes[i] + "\"");
  check.string_list(obj, at, "settings", r.settings, false, 10, lim::kId, false);
  for (std::size_t i = 0; i < r.settings.size(); ++i)
    if (!is_id(r.settings[i]))
      check.error(index_path(child_path(at, "settings"), i), "\"" + r.settings[i] + "\" is not a setting id");
  auto it = obj.find("capabilities");
  const std::string caps_at = child_path(at, "capabilities");
  if (it != obj.end()) {
    if (const json* by_framework = check.object(*it, caps_at)) {
      for (auto f = by_framework->begin(); f != by_framework->end(); ++f) {
        std::vector<std::string> ids;
        check.string_list(*by_framework, caps_at, f.key().c_str(), ids, true, 500, lim::kId, true);
        const std::string fw_at = child_path(caps_at, f.key());
        auto fw = std::find_if(frameworks.begin(), frameworks.end(),
                               [&](const Framework* x) { return x->id == f.key(); });
        if (fw == frameworks.end())
          check.warning(fw_at, "framework \"" + f.key() + "\" is not loaded, so this was not checked");
        else
          for (std::size_t i = 0; i < ids.size(); ++i)
            if (!(*fw)->find_capability(ids[i]))
              check.error(index_path(fw_at, i), "capability \"" + ids[i] +
                                                    "\" does not exist in \"" + f.key() + "\"");
        r.capabilities[f.key()] = std::move(ids);
      }
    }
  }
  if (r.themes.empty() && r.capabilities.empty())
    check.error(at, "serves no capability: give \"themes\" or \"capabilities\"");
}

bool read_resource(JsonChecker& check, const json& obj, const std::string& at,
                   const std::vector<const Framework*>& frameworks, LearningResource& r) {
  check.unknown_fields(obj, at, {"id", "title", "provider", "url", "format", "minutes", "cost",
                                 "tiers", "themes", "settings", "capabilities"});
  const std::size_t before = check.error_count();
  check.id(obj, at, "id", r.id);
  check.string(obj, at, "title", r.title, true, lim::kShort);
  check.string(obj, at, "provider", r.provider, true, lim::kShort);
  if (check.string(obj, at, "format", r.format, true, lim::kShort) &&
      !contains(known_learning_formats(), r.format))
    check.error(child_path(at, "format"), "unknown format \"" + r.format + "\"");
  read_address(check, obj, at, r);
  check.integer(obj, at, "minutes", r.minutes, false, 1, 100000);
  read_cost(check, obj, at, r.cost);
  read_resource_tiers(check, obj, at, r.tiers);
  read_served(check, obj, at, frameworks, r);
  return check.error_count() == before;
}

int duration_rank(const LearningResource& r) { return r.minutes > 0 ? r.minutes : 1 << 30; }

}  // namespace

void read_resources(JsonChecker& check, const json& root, const char* key, bool required,
                    const std::vector<const Framework*>& frameworks,
                    const std::string& organisation, const LearningCatalogue* taken,
                    std::vector<LearningResource>& out) {
  check.list(root, key, required, 2000, out, [&](const json& obj, const std::string& at, LearningResource& r) {
    r.organisation = organisation;
    if (!read_resource(check, obj, at, frameworks, r)) return false;
    if (!taken || !taken->find(r.id)) return true;
    check.error(child_path(at, "id"), "\"" + r.id + "\" is already in capwalk's catalogue");
    return false;
  });
}

const LearningResource* LearningCatalogue::find(const std::string& resource_id) const {
  auto it = std::find_if(resources.begin(), resources.end(),
                         [&](const LearningResource& r) { return r.id == resource_id; });
  return it == resources.end() ? nullptr : &*it;
}

LearningLoad load_learning(std::string_view text, const std::vector<const Framework*>& frameworks) {
  LearningLoad result;
  std::optional<json> doc = parse_bounded_json(text, JsonLimits{}, result.problems);
  if (!doc) return result;
  JsonChecker check(result.problems);
  const json* root = check.object(*doc, "");
  if (!root) return result;
  check.unknown_fields(*root, "", {"format", "version", "resources"});
  check.format(*root, kFrameworkFormat);
  LearningCatalogue catalogue;
  check.string(*root, "", "version", catalogue.version, true, lim::kId);
  read_resources(check, *root, "resources", true, frameworks, {}, nullptr, catalogue.resources);
  if (!has_errors(result.problems)) result.catalogue = std::move(catalogue);
  return result;
}

const char* cost_label(LearningCost cost) {
  for (const CostName& c : kCosts)
    if (c.cost == cost) return c.label;
  return "";
}

bool is_in_person(const std::string& format) {
  return format == "conversation" || format == "shadowing" || format == "supervision";
}

bool is_online(const LearningResource& r) {
  return !r.url.empty() && (r.format == "e-learning" || r.format == "video" || r.format == "reading");
}

int relevance(const LearningResource& r, const std::string& framework_id, const Capability& capability) {
  constexpr int kNamed = 1000;  // more than any count of shared themes
  auto it = r.capabilities.find(framework_id);
  if (it != r.capabilities.end() && contains(it->second, capability.id)) return kNamed;
  return static_cast<int>(std::count_if(capability.themes.begin(), capability.themes.end(),
                                        [&](const std::string& t) { return contains(r.themes, t); }));
}

bool serves(const LearningResource& r, const std::string& framework_id, const Capability& capability) {
  return relevance(r, framework_id, capability) > 0;
}

bool suits_tier(const LearningResource& r, int tier) {
  return std::find(r.tiers.begin(), r.tiers.end(), tier) != r.tiers.end();
}

std::vector<const LearningResource*> learning_for(const LearningCatalogue& catalogue,
                                                  const std::string& framework_id,
                                                  const Capability& capability, int tier) {
  std::vector<const LearningResource*> out;
  for (const LearningResource& r : catalogue.resources)
    if (suits_tier(r, tier) && serves(r, framework_id, capability)) out.push_back(&r);
  auto rank = [&](const LearningResource* r) {
    return std::make_tuple(r->organisation.empty(), -relevance(*r, framework_id, capability),
                           r->cost != LearningCost::Free, duration_rank(*r));
  };
  std::stable_sort(out.begin(), out.end(),
                   [&](const LearningResource* a, const LearningResource* b) { return rank(a) < rank(b); });
  return out;
}

bool made_for(const LearningResource& r, const std::vector<std::string>& settings) {
  return std::any_of(settings.begin(), settings.end(), [&](const std::string& s) { return contains(r.settings, s); });
}

const LearningResource* start_here(const std::vector<const LearningResource*>& suited,
                                   const std::string& framework_id, const Capability& capability,
                                   const std::vector<std::string>& settings) {
  const LearningResource* best = nullptr;
  auto rank = [&](const LearningResource* r) {
    return std::make_tuple(!made_for(*r, settings), -relevance(*r, framework_id, capability),
                           duration_rank(*r));
  };
  for (const LearningResource* r : suited)
    if (r->cost == LearningCost::Free && is_online(*r) && (!best || rank(r) < rank(best))) best = r;
  return best;
}

std::vector<const LearningResource*> in_shown_order(const std::vector<const LearningResource*>& suited,
                                                   const LearningResource* first) {
  std::vector<const LearningResource*> out;
  for (const LearningResource* r : suited)
    if (!r->organisation.empty()) out.push_back(r);
  if (first && first->organisation.empty()) out.push_back(first);
  for (const LearningResource* r : suited)
    if (r->organisation.empty() && r != first) out.push_back(r);
  return out;
}

NeedLearning need_learning(const LearningCatalogue& catalogue, const std::string& framework_id,
                           const Capability& capability, int tier, const std::vector<std::string>& settings) {
  const std::vector<const LearningResource*> suited = learning_for(catalogue, framework_id, capability, tier);
  NeedLearning out;
  out.start_here = start_here(suited, framework_id, capability, settings);
  out.shown = in_shown_order(suited, out.start_here);
  return out;
}

bool is_well_formed_https(std::string_view address) {
  constexpr std::string_view scheme = "https://";
  if (address.substr(0, scheme.size()) != scheme) return false;
  const std::string_view rest = address.substr(scheme.size());
  const std::size_t host_end = std::min(rest.find_first_of("/?#"), rest.size());
  const std::string_view host = rest.substr(0, host_end);
  if (host.empty() || host.find('.') == std::string_view::npos || host.front() == '.' ||
      host.back() == '.' || host.front() == '-' || host.find("..") != std::string_view::npos ||
      !std::all_of(host.begin(), host.end(), host_char))
    return false;
  const std::string_view tail = rest.substr(host_end);
  return std::all_of(tail.begin(), tail.end(), path_char);
}

std::string learning_facts(const LearningResource& r) {
  std::string format = r.format;
  if (!format.empty()) format[0] = static_cast<char>(format[0] - 'a' + 'A');
  std::string out = format;
  if (r.minutes > 0) {
    const std::string length = r.minutes < 120 ? std::to_string(r.minutes) + " minutes"
                                               : "about " + std::to_string((r.minutes + 30) / 60) + " hours";
    out += " · " + length;
  }
  out += std::string(" · ") + cost_label(r.cost);
  return out;
}

}  // namespace capwalk
