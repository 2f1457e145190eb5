#include "framework_loader.h"

#include <algorithm>
#include <set>

#include "json_checker.h"

namespace capwalk {

using nlohmann::json;
namespace lim = text_limits;

namespace {

// True if every check passed. Every check runs (a braced list evaluates them all, in
// order), so one file reports all of its problems at once.
bool all_of(std::initializer_list<bool> results) {
  return std::all_of(results.begin(), results.end(), [](bool ok) { return ok; });
}

// ---- framework parts ----

void read_source(JsonChecker& check, const json& root, SourceInfo& out) {
  auto it = root.find("source");
  if (it == root.end()) return;
  const json* src = check.object(*it, "source");
  if (!src) return;
  check.unknown_fields(*src, "source", {"title", "publisher", "year", "url"});
  check.string(*src, "source", "title", out.title, true, lim::kShort);
  check.string(*src, "source", "publisher", out.publisher, false, lim::kShort);
  check.integer(*src, "source", "year", out.year, false, 1800, 2200);
  check.string(*src, "source", "url", out.url, false, lim::kUrl);
}

void read_tiers(JsonChecker& check, const json& root, std::vector<Tier>& out) {
  const json* list = check.array(root, "", "tiers", false, kTierCount, true);
  if (!list) return;
  std::set<std::string> seen;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const std::string at = index_path("tiers", i);
    const json* t = check.object((*list)[i], at);
    if (!t) continue;
    check.unknown_fields(*t, at, {"level", "name", "summary"});
    Tier tier;
    const bool ok = all_of({check.integer(*t, at, "level", tier.level, true, kFirstTier, kLastTier),
                            check.string(*t, at, "name", tier.name, true, lim::kShort),
                            check.string(*t, at, "summary", tier.summary, true, lim::kLong)});
    if (!ok) continue;
    check.unique(std::to_string(tier.level), child_path(at, "level"), seen);
    out.push_back(std::move(tier));
  }
}

void read_learning(JsonChecker& check, const json& cap, const std::string& at,
                   std::vector<LearningSuggestion>& out) {
  const json* list = check.array(cap, at, "learning", false, 20, false);
  if (!list) return;
  const std::string list_at = child_path(at, "learning");
  for (std::size_t i = 0; i < list->size(); ++i) {
    const std::string item_at = index_path(list_at, i);
    const json* obj = check.object((*list)[i], item_at);
    if (!obj) continue;
    check.unknown_fields(*obj, item_at, {"title", "provider", "format", "url"});
    LearningSuggestion s;
    bool ok = all_of({check.string(*obj, item_at, "title", s.title, true, lim::kShort),
                      check.string(*obj, item_at, "provider", s.provider, true, lim::kShort),
                      check.string(*obj, item_at, "format", s.format, true, lim::kShort)});
    check.string(*obj, item_at, "url", s.url, false, lim::kUrl);
    if (ok && !contains(known_learning_formats(), s.format)) {
      check.error(child_path(item_at, "format"), "unknown format \"" + s.format + "\"");
      ok = false;
    }
    if (!s.url.empty() && s.url.rfind("https://", 0) != 0 && s.url.rfind("http://", 0) != 0) {
      check.error(child_path(item_at, "url"), "must start with https:// or http://");
      ok = false;
    }
    if (ok) out.push_back(std::move(s));
  }
}

void read_capability_tiers(JsonChecker& check, const json& cap, const std::string& at,
                           const std::vector<Tier>& declared, Capability& out) {
  auto it = cap.find("tiers");
  if (it == cap.end()) return;
  const std::string tiers_at = child_path(at, "tiers");
  const json* tiers = check.object(*it, tiers_at);
  if (!tiers) return;
  for (auto t = tiers->begin(); t != tiers->end(); ++t) {
    const std::string& key = t.key();
    const bool declared_level = std::any_of(declared.begin(), declared.end(), [&](const Tier& d) {
      return std::to_string(d.level) == key;
    });
    if (!declared_level) {
      std::string known;
      for (const Tier& d : declared) known += (known.empty() ? "" : ", ") + std::to_string(d.level);
      check.error(child_path(tiers_at, key),
                  "unknown tier \"" + key + "\"" +
                      (declared.empty() ? std::string(": the framework declares no tiers")
                                        : ": the framework declares tiers " + known));
      continue;
    }
    std::vector<std::string> statements;
    if (check.string_list(*tiers, tiers_at, key.c_str(), statements, true, 30, lim::kLong, true))
      out.tiers[std::stoi(key)] = std::move(statements);
  }
}

// The words a file uses for Emphasis; a setting not listed is "core".
const char* const kEmphasisWords[] = {"optional", "core", "emphasised"};
// One or two sentences beside the tier statements.
constexpr std::size_t kInPracticeMax = 300;

// "settings": {"crisis": {"emphasis": "emphasised", "in_practice": "..."}, ...}. Only a
// framework capwalk wrote may say what a capability looks like in a setting: published
// frameworks keep their own words and carry the mapping alone.
void read_capability_settings(JsonChecker& check, const json& cap, const std::string& at,
                              const Framework& fw, Capability& out) {
  auto it = cap.find("settings");
  if (it == cap.end()) return;
  const std::string settings_at = child_path(at, "settings");
  const json* settings = check.object(*it, settings_at);
  if (!settings) return;
  for (auto s = settings->begin(); s != settings->end(); ++s) {
    const std::string s_at = child_path(settings_at, s.key());
    if (!is_id(s.key())) {
      check.error(s_at, "\"" + s.key() + "\" is not a setting id (letters, digits, '-', '_' or '.')");
      continue;
    }
    const json* obj = check.object(s.value(), s_at);
    if (!obj) continue;
    check.unknown_fields(*obj, s_at, {"emphasis", "in_practice"});
    std::string word;
    InSetting in;
    if (!check.string(*obj, s_at, "emphasis", word, true, lim::kId)) continue;
    const auto known = std::find(std::begin(kEmphasisWords), std::end(kEmphasisWords), word);
    if (known == std::end(kEmphasisWords)) {
      check.error(child_path(s_at, "emphasis"),
                  "unknown emphasis \"" + word + "\": use \"emphasised\", \"core\" or \"optional\"");
      continue;
    }
    in.emphasis = static_cast<Emphasis>(known - std::begin(kEmphasisWords));
    check.string(*obj, s_at, "in_practice", in.in_practice, false, kInPracticeMax);
    if (!in.in_practice.empty() && !fw.written_by_capwalk)
      check.error(child_path(s_at, "in_practice"),
                  "only a framework written by capwalk may describe a setting in its own words; "
                  "a published framework keeps its text and maps the setting alone");
    else if (!in.in_practice.empty() && in.emphasis != Emphasis::Emphasised)
      check.error(child_path(s_at, "in_practice"), "only an emphasised capability says what it looks like there");
    else if (in.in_practice.empty() && in.emphasis == Emphasis::Emphasised && fw.written_by_capwalk)
      check.error(s_at, "an emphasised capability needs \"in_practice\": what it looks like in this setting");
    out.settings[s.key()] = std::move(in);
  }
}

bool read_capability(JsonChecker& check, const json& cap, const std::string& at,
                     const Framework& fw, Capability& out) {
  check.unknown_fields(cap, at, {"id", "number", "domain", "title", "summary", "tiers",
                                 "indicators", "applies_to", "themes", "settings", "learning"});
  bool ok = all_of({check.id(cap, at, "id", out.id),
                    check.string(cap, at, "number", out.number, true, lim::kId),
                    check.string(cap, at, "domain", out.domain, true, lim::kId),
                    check.string(cap, at, "title", out.title, true, lim::kShort),
                    check.string(cap, at, "summary", out.summary, true, lim::kLong)});
  check.string(cap, at, "applies_to", out.applies_to, false, lim::kLong);
  if (!out.domain.empty() && !fw.find_domain(out.domain)) {
    check.error(child_path(at, "domain"), "domain \"" + out.domain + "\" does not exist");
    ok = false;
  }
  read_capability_tiers(check, cap, at, fw.tiers, out);
  check.string_list(cap, at, "indicators", out.indicators, false, 60, lim::kLong, true);
  if (out.tiers.empty() && out.indicators.empty() && !cap.contains("tiers") &&
      !cap.contains("indicators")) {
    check.error(at, "needs \"tiers\" or \"indicators\"");
    ok = false;
  }
  if (check.string_list(cap, at, "themes", out.themes, false, 22, lim::kId, false)) {
    for (std::size_t i = 0; i < out.themes.size(); ++i)
      if (!contains(known_themes(), out.themes[i])) {
        check.error(index_path(child_path(at, "themes"), i),
                    "unknown theme \"" + out.themes[i] + "\"");
        ok = false;
      }
  }
  read_capability_settings(check, cap, at, fw, out);
  read_learning(check, cap, at, out.learning);
  return ok;
}

}  // namespace

FrameworkLoad load_framework(std::string_view text) {
  FrameworkLoad result;
  std::optional<json> doc = parse_bounded_json(text, JsonLimits{}, result.problems);
  if (!doc) return result;
  JsonChecker check(result.problems);
  const json* root = check.object(*doc, "");
  if (!root) return result;
  if (root->contains("roles") && !root->contains("capabilities")) {
    check.error("", "this is a role catalogue, not a framework");
    return result;
  }
  check.unknown_fields(*root, "", {"format", "id", "version", "title", "short_title", "description",
                                   "written_by_capwalk", "attribution", "source", "notes", "tiers",
                                   "domains", "capabilities"});
  check.format(*root, kFrameworkFormat);
  Framework fw;
  check.id(*root, "", "id", fw.id);
  check.string(*root, "", "version", fw.version, true, lim::kId);
  check.string(*root, "", "title", fw.title, true, lim::kShort);
  check.string(*root, "", "short_title", fw.short_title, true, lim::kShort);
  check.string(*root, "", "description", fw.description, true, lim::kLong);
  check.boolean(*root, "", "written_by_capwalk", fw.written_by_capwalk, true);
  check.string(*root, "", "attribution", fw.attribution, true, lim::kLong);
  read_source(check, *root, fw.source);
  check.string_list(*root, "", "notes", fw.notes, false, 30, lim::kLong, false);
  read_tiers(check, *root, fw.tiers);
  check.list(*root, "domains", true, 50, fw.domains,
            [&](const json& obj, const std::string& at, Domain& d) {
              check.unknown_fields(obj, at, {"id", "title", "summary"});
              check.string(obj, at, "summary", d.summary, false, lim::kLong);
              return all_of({check.id(obj, at, "id", d.id),
                             check.string(obj, at, "title", d.title, true, lim::kShort)});
            });
  check.list(*root, "capabilities", true, 500, fw.capabilities,
            [&](const json& obj, const std::string& at, Capability& c) {
              return read_capability(check, obj, at, fw, c);
            });
  if (!has_errors(result.problems)) result.framework = std::move(fw);
  return result;
}

// ---- roles ----

namespace {

void read_relevance(JsonChecker& check, const json& role_obj, const std::string& at,
                    const std::vector<const Framework*>& frameworks, Role& role) {
  auto it = role_obj.find("relevant");
  const std::string rel_at = child_path(at, "relevant");
  if (it == role_obj.end()) {
    check.error(at, "missing required field \"relevant\"");
    return;
  }
  const json* rel = check.object(*it, rel_at);
  if (!rel) return;
  std::size_t matched = 0;
  for (auto f = rel->begin(); f != rel->end(); ++f) {
    const std::string fw_at = child_path(rel_at, f.key());
    const json* obj = check.object(f.value(), fw_at);
    if (!obj) continue;
    check.unknown_fields(*obj, fw_at, {"all", "themes", "capabilities"});
    RoleRelevance r;
    check.boolean(*obj, fw_at, "all", r.all, false);
    check.string_list(*obj, fw_at, "themes", r.themes, false, 22, lim::kId, false);
    check.string_list(*obj, fw_at, "capabilities", r.capabilities, false, 500, lim::kId, false);
    for (std::size_t i = 0; i < r.themes.size(); ++i)
      if (!contains(known_themes(), r.themes[i]))
        check.error(index_path(child_path(fw_at, "themes"), i), "unknown theme \"" + r.themes[i] + "\"");
    auto fw = std::find_if(frameworks.begin(), frameworks.end(),
                           [&](const Framework* x) { return x->id == f.key(); });
    role.relevant[f.key()] = r;
    if (fw == frameworks.end()) {
      check.warning(fw_at, "framework \"" + f.key() + "\" is not loaded, so this was not checked");
      matched += r.all || !r.themes.empty() || !r.capabilities.empty();
      continue;
    }
    for (std::size_t i = 0; i < r.capabilities.size(); ++i)
      if (!(*fw)->find_capability(r.capabilities[i]))
        check.error(index_path(child_path(fw_at, "capabilities"), i),
                    "capability \"" + r.capabilities[i] + "\" does not exist in \"" + f.key() + "\"");
    const std::size_t n = relevant_capabilities(role, **fw).size();
    if (n == 0) check.error(fw_at, "matches no capability of \"" + f.key() + "\"");
    matched += n;
  }
  if (matched == 0) check.error(rel_at, "the role needs at least one relevant capability");
}

bool read_role(JsonChecker& check, const json& obj, const std::string& at,
               const RoleCatalogue& catalogue, const std::vector<const Framework*>& frameworks,
               Role& role) {
  const std::vector<Sector>& sectors = catalogue.sectors;
  check.unknown_fields(obj, at, {"id", "title", "sector", "summary", "synonyms", "suggested_tier",
                                 "suggested_settings", "relevant"});
  bool ok = all_of({check.id(obj, at, "id", role.id),
                    check.string(obj, at, "title", role.title, true, lim::kShort),
                    check.string(obj, at, "sector", role.sector, true, lim::kId),
                    check.string(obj, at, "summary", role.summary, true, lim::kLong),
                    check.integer(obj, at, "suggested_tier", role.suggested_tier, true, kFirstTier,
                                  kLastTier)});
  check.string_list(obj, at, "synonyms", role.synonyms, false, 30, lim::kShort, false);
  const bool sector_known = std::any_of(sectors.begin(), sectors.end(),
                                        [&](const Sector& s) { return s.id == role.sector; });
  if (!role.sector.empty() && !sector_known) {
    check.error(child_path(at, "sector"), "sector \"" + role.sector + "\" does not exist");
    ok = false;
  }
  if (check.string_list(obj, at, "suggested_settings", role.suggested_settings, false, 10, lim::kId, false))
    for (std::size_t i = 0; i < role.suggested_settings.size(); ++i)
      if (!catalogue.find_setting(role.suggested_settings[i])) {
        check.error(index_path(child_path(at, "suggested_settings"), i),
                    "setting \"" + role.suggested_settings[i] + "\" does not exist");
        ok = false;
      }
  read_relevance(check, obj, at, frameworks, role);
  return ok;
}

}  // namespace

RolesLoad load_roles(std::string_view text, const std::vector<const Framework*>& frameworks) {
  RolesLoad result;
  std::optional<json> doc = parse_bounded_json(text, JsonLimits{}, result.problems);
  if (!doc) return result;
  JsonChecker check(result.problems);
  const json* root = check.object(*doc, "");
  if (!root) return result;
  if (root->contains("capabilities") && !root->contains("roles")) {
    check.error("", "this is a framework, not a role catalogue");
    return result;
  }
  check.unknown_fields(*root, "", {"format", "version", "sectors", "settings", "roles"});
  check.format(*root, kFrameworkFormat);
  RoleCatalogue catalogue;
  check.string(*root, "", "version", catalogue.version, true, lim::kId);
  check.list(*root, "sectors", true, 100, catalogue.sectors,
            [&](const json& obj, const std::string& at, Sector& s) {
              check.unknown_fields(obj, at, {"id", "name"});
              return all_of({check.id(obj, at, "id", s.id),
                             check.string(obj, at, "name", s.name, true, lim::kShort)});
            });
  check.list(*root, "settings", true, 20, catalogue.settings,
            [&](const json& obj, const std::string& at, Setting& s) {
              check.unknown_fields(obj, at, {"id", "name", "short_name"});
              return all_of({check.id(obj, at, "id", s.id),
                             check.string(obj, at, "name", s.name, true, lim::kShort),
                             check.string(obj, at, "short_name", s.short_name, true, lim::kShort)});
            });
  check.list(*root, "roles", true, 500, catalogue.roles,
            [&](const json& obj, const std::string& at, Role& r) {
              return read_role(check, obj, at, catalogue, frameworks, r);
            });
  for (const Framework* fw : frameworks)
    for (Problem& p : unknown_settings(*fw, catalogue)) result.problems.push_back(std::move(p));
  if (!has_errors(result.problems)) result.catalogue = std::move(catalogue);
  return result;
}

std::vector<Problem> unknown_settings(const Framework& framework, const RoleCatalogue& catalogue) {
  std::vector<Problem> out;
  for (std::size_t i = 0; i < framework.capabilities.size(); ++i)
    for (const auto& [id, in] : framework.capabilities[i].settings)
      if (!catalogue.find_setting(id))
        out.push_back({Severity::Warning, child_path(child_path(index_path("capabilities", i), "settings"), id),
                       "framework \"" + framework.id + "\": setting \"" + id +
                           "\" is not in the role catalogue, so nobody is asked about it"});
  return out;
}

FileKind guess_file_kind(std::string_view text) {
  std::vector<Problem> ignored;
  std::optional<json> doc = parse_bounded_json(text, JsonLimits{}, ignored);
  if (!doc || !doc->is_object()) return FileKind::Unknown;
  if (doc->contains("capabilities") || doc->contains("domains")) return FileKind::Framework;
  if (doc->contains("sectors")) return FileKind::RoleCatalogue;
  if (doc->contains("name")) return FileKind::Organisation;  // may list the roles it offers
  if (doc->contains("roles")) return FileKind::RoleCatalogue;
  if (doc->contains("resources")) return FileKind::LearningCatalogue;
  return FileKind::Unknown;
}

}  // namespace capwalk
