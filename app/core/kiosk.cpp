#include "kiosk.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "storage_document.h"

namespace capwalk {

std::string kiosk_to_json(const KioskConfig& c) {
  return nlohmann::json{{"enabled", c.enabled},
                        {"pin_hash", c.pin_hash},
                        {"idle_seconds", c.idle_seconds},
                        {"warning_seconds", c.warning_seconds}}
      .dump();
}

KioskConfig kiosk_from_json(std::string_view text) {
  KioskConfig c;
  const nlohmann::json j = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
  if (j.is_discarded() || !j.is_object()) return c;
  if (j.contains("enabled") && j["enabled"].is_boolean()) c.enabled = j["enabled"].get<bool>();
  if (j.contains("pin_hash") && j["pin_hash"].is_string()) c.pin_hash = j["pin_hash"].get<std::string>();
  if (j.contains("idle_seconds") && j["idle_seconds"].is_number_integer())
    c.idle_seconds = static_cast<int>(std::clamp<long long>(j["idle_seconds"].get<long long>(), 30, 3600));
  if (j.contains("warning_seconds") && j["warning_seconds"].is_number_integer())
    c.warning_seconds = static_cast<int>(std::clamp<long long>(j["warning_seconds"].get<long long>(), 20, 300));
  if (c.pin_hash.empty()) c.enabled = false;  // never a kiosk nobody can switch off
  return c;
}

bool valid_kiosk_pin(const std::string& pin) {
  return pin.size() >= 4 && pin.size() <= 8 &&
         std::all_of(pin.begin(), pin.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}

std::string kiosk_pin_hash(const std::string& pin) { return fnv1a32_hex("capwalk-kiosk:" + pin); }

bool kiosk_allows(bool kiosk_active, KioskAction action) {
  if (!kiosk_active) return true;
  return action == KioskAction::ShowLinkAsText || action == KioskAction::ShowQrCode;
}

namespace {

std::string counted(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

std::string kiosk_removal_warning(std::size_t saved_assessments, std::size_t team_members) {
  if (saved_assessments == 0 && team_members == 0) return {};
  std::string what;
  if (saved_assessments > 0)
    what = counted(saved_assessments, "saved assessment", "saved assessments") + ", with " +
           (saved_assessments == 1 ? "its" : "their") + " notes and plans";
  if (team_members > 0)
    what += (what.empty() ? "" : ", and ") + counted(team_members, "person", "people") + " in the team view";
  const bool one_assessment_only = saved_assessments == 1 && team_members == 0;
  std::string text = "This device has " + what + ". Switching kiosk mode on removes " +
                     (one_assessment_only ? "it" : "them") +
                     ", and capwalk's settings, from this device, so that nothing of one person is "
                     "left for the next.";
  if (saved_assessments > 0) text += " To keep the assessments, save a backup file first.";
  return text;
}

}  // namespace capwalk
