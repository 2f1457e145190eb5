#include "organisation.h"

#include <algorithm>

#include "framework_loader.h"
#include "learning_reader.h"

namespace capwalk {

using nlohmann::json;
namespace lim = text_limits;

namespace {

bool looks_like_email(const std::string& s) {
  const std::size_t at = s.find('@');
  return at != std::string::npos && at > 0 && s.find('.', at) != std::string::npos &&
         s.find_first_of(" <>\"'\\,;:") == std::string::npos && s.back() != '.';
}

bool looks_like_phone(const std::string& s) {
  const auto digits = std::count_if(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  return digits >= 5 && std::all_of(s.begin(), s.end(), [](char c) {
           return (c >= '0' && c <= '9') || c == ' ' || c == '+' || c == '(' || c == ')' || c == '-';
         });
}

void read_contact(JsonChecker& check, const json& root, TrainingContact& out) {
  auto it = root.find("contact");
  if (it == root.end()) return;
  const json* c = check.object(*it, "contact");
  if (!c) return;
  check.unknown_fields(*c, "contact", {"name", "email", "phone", "url"});
  check.string(*c, "contact", "name", out.name, true, lim::kShort);
  check.string(*c, "contact", "email", out.email, false, lim::kShort);
  check.string(*c, "contact", "phone", out.phone, false, lim::kId);
  check.string(*c, "contact", "url", out.url, false, lim::kUrl);
  if (!out.email.empty() && !looks_like_email(out.email))
    check.error("contact.email", "expected an email address such as learning@example.nhs.uk");
  if (!out.phone.empty() && !looks_like_phone(out.phone))
    check.error("contact.phone", "expected a phone number: digits, spaces, + ( ) and -");
  if (!out.url.empty() && !is_well_formed_https(out.url))
    check.error("contact.url", "must be a well-formed https:// address");
  if (out.email.empty() && out.phone.empty() && out.url.empty())
    check.error("contact", "give at least one of \"email\", \"phone\" or \"url\"");
}

void read_offer(JsonChecker& check, const json& root, const std::vector<const Framework*>& frameworks,
                const RoleCatalogue* roles, Organisation& out) {
  check.string_list(root, "", "frameworks", out.frameworks, false, 100, lim::kId, true);
  check.string_list(root, "", "roles", out.roles, false, 500, lim::kId, true);
  check.string(root, "", "default_framework", out.default_framework, false, lim::kId);
  for (std::size_t i = 0; i < out.frameworks.size(); ++i)
    if (std::none_of(frameworks.begin(), frameworks.end(),
                     [&](const Framework* f) { return f->id == out.frameworks[i]; }))
      check.error(index_path("frameworks", i), "framework \"" + out.frameworks[i] + "\" is not part of capwalk");
  for (std::size_t i = 0; roles && i < out.roles.size(); ++i)
    if (!roles->find_role(out.roles[i]))
      check.error(index_path("roles", i), "role \"" + out.roles[i] + "\" is not in capwalk's role list");
  const std::string& d = out.default_framework;
  if (d.empty()) return;
  if (std::none_of(frameworks.begin(), frameworks.end(), [&](const Framework* f) { return f->id == d; }))
    check.error("default_framework", "framework \"" + d + "\" is not part of capwalk");
  else if (!out.offers_framework(d))
    check.error("default_framework", "\"" + d + "\" is not one of the frameworks offered in \"frameworks\"");
}

}  // namespace

bool Organisation::offers_framework(const std::string& framework_id) const {
  return frameworks.empty() || contains(frameworks, framework_id);
}

bool Organisation::offers_role(const std::string& role_id) const {
  return roles.empty() || contains(roles, role_id);
}

OrganisationLoad load_organisation(std::string_view text, const std::vector<const Framework*>& frameworks,
                                   const RoleCatalogue* roles, const LearningCatalogue& catalogue) {
  OrganisationLoad result;
  std::optional<json> doc = parse_bounded_json(text, JsonLimits{}, result.problems);
  if (!doc) return result;
  JsonChecker check(result.problems);
  const json* root = check.object(*doc, "");
  if (!root) return result;
  check.unknown_fields(*root, "", {"format", "name", "contact", "resources", "frameworks", "roles",
                                   "default_framework", "smallest_group"});
  check.format(*root, kFrameworkFormat);
  Organisation org;
  check.string(*root, "", "name", org.name, true, lim::kShort);
  read_contact(check, *root, org.contact);
  read_resources(check, *root, "resources", false, frameworks, org.name, &catalogue, org.resources);
  read_offer(check, *root, frameworks, roles, org);
  check.integer(*root, "", "smallest_group", org.smallest_group, false, kLeastSmallestGroup, kMostSmallestGroup);
  if (!has_errors(result.problems)) result.organisation = std::move(org);
  return result;
}

LearningCatalogue with_organisation(const LearningCatalogue& catalogue, const Organisation& organisation) {
  LearningCatalogue out;
  out.version = catalogue.version;
  out.resources = organisation.resources;
  out.resources.insert(out.resources.end(), catalogue.resources.begin(), catalogue.resources.end());
  return out;
}

std::string organisation_file_banner(const std::vector<Problem>& problems) {
  const int errors = count(problems, Severity::Error);
  return "This organisation's settings file (organisation.json) could not be used, so capwalk is "
         "showing its own choices and learning. " +
         std::string(errors == 1 ? "It has 1 problem" : "It has " + std::to_string(errors) + " problems") +
         ": please tell whoever looks after this site.";
}

}  // namespace capwalk
