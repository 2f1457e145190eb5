#include "accessibility_mirror.h"

#include <cmath>
#include <cstring>

#include <nlohmann/json.hpp>

namespace capwalk::platform {

const char* to_string(MirrorRole role) {
  switch (role) {
    case MirrorRole::Heading: return "heading";
    case MirrorRole::Text: return "text";
    case MirrorRole::Button: return "button";
    case MirrorRole::Checkbox: return "checkbox";
    case MirrorRole::Radio: return "radio";
    case MirrorRole::TextBox: return "textbox";
    case MirrorRole::ProgressBar: return "progressbar";
    case MirrorRole::Status: return "status";
    case MirrorRole::Image: return "img";
    case MirrorRole::Link: return "link";
  }
  return "text";
}

bool MirrorNode::operator==(const MirrorNode& o) const {
  return id == o.id && role == o.role && name == o.name && level == o.level &&
         checked == o.checked && disabled == o.disabled && value == o.value &&
         value_now == o.value_now && value_max == o.value_max && group == o.group &&
         description == o.description && multiline == o.multiline && read_only == o.read_only && secret == o.secret &&
         max_length == o.max_length && href == o.href && copies == o.copies && rect == o.rect;
}

namespace {

double eighth(float v) { return std::round(v * 8.0) / 8.0; }

nlohmann::json node_json(const MirrorNode& n) {
  nlohmann::json j = {
      {"id", n.id},
      {"role", to_string(n.role)},
      {"name", n.name},
      {"rect", {eighth(n.rect.x), eighth(n.rect.y), eighth(n.rect.width), eighth(n.rect.height)}},
  };
  // Only what applies to the role, to keep the message small.
  if (n.role == MirrorRole::Heading) j["level"] = n.level;
  if (n.role == MirrorRole::Checkbox || n.role == MirrorRole::Radio) j["checked"] = n.checked;
  if (n.role == MirrorRole::Radio) j["group"] = n.group;
  if (n.role == MirrorRole::TextBox || n.role == MirrorRole::ProgressBar) j["value"] = n.value;
  if (n.role == MirrorRole::ProgressBar) {
    j["now"] = n.value_now;
    j["max"] = n.value_max;
  }
  if (n.disabled) j["disabled"] = true;
  if (!n.description.empty()) j["description"] = n.description;
  if (n.multiline) j["multiline"] = true;
  if (n.read_only) j["readonly"] = true;
  if (n.secret) j["secret"] = true;
  if (n.max_length > 0) j["maxlength"] = n.max_length;
  if (!n.href.empty()) j["href"] = n.href;
  if (!n.copies.empty()) j["copies"] = n.copies;
  return j;
}

}  // namespace

std::string to_json(const MirrorSnapshot& snapshot) {
  nlohmann::json nodes = nlohmann::json::array();
  for (const MirrorNode& n : snapshot.nodes) nodes.push_back(node_json(n));
  nlohmann::json doc = {
      {"title", snapshot.title},
      {"height", eighth(snapshot.content_height)},
      {"nodes", std::move(nodes)},
  };
  // Replace rather than throw on invalid UTF-8: a label must never take the page down.
  return doc.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string visible_label(const char* label) {
  if (!label) return {};
  const char* end = std::strstr(label, "##");
  std::string text = end ? std::string(label, end) : std::string(label);
  const auto first = text.find_first_not_of(" \t\n");
  if (first == std::string::npos) return {};
  const auto last = text.find_last_not_of(" \t\n");
  return text.substr(first, last - first + 1);
}

const MirrorNode* MemoryAccessibilityMirror::find(MirrorRole role, const std::string& name) const {
  for (const MirrorNode& n : last.nodes)
    if (n.role == role && n.name == name) return &n;
  return nullptr;
}

}  // namespace capwalk::platform
