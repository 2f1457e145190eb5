// kiosk.h — a shared device in a community setting, where nothing of one person may be
// left for the next.
//
// Kiosk mode is switched on by opening the page with ?kiosk, and off only through the
// kiosk settings, behind a PIN chosen by whoever set the device up. The kiosk's own
// settings (PIN, idle time) are kept on the device; a person's answers never are:
// they live in memory, and are wiped after a time without input, on "Finish and
// clear", and at every start.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace capwalk {

struct KioskConfig {
  bool enabled = false;
  std::string pin_hash;      // see kiosk_pin_hash()
  int idle_seconds = 180;    // no input for this long: "Are you still there?"
  int warning_seconds = 30;  // then this long to answer (WCAG 2.2.1 asks at least 20)
};

constexpr const char* kKioskKey = "capwalk.kiosk";

std::string kiosk_to_json(const KioskConfig& config);
// Absent, unreadable or odd values give a disabled or corrected config.
KioskConfig kiosk_from_json(std::string_view text);

// 4 to 8 digits.
bool valid_kiosk_pin(const std::string& pin);
// Not a secret store: a PIN on a kiosk only keeps passers-by out of its settings.
std::string kiosk_pin_hash(const std::string& pin);

// Every way the app offers of taking results off the device, or bringing a file in.
// A kiosk keeps only the two that leave nothing behind on it: the link shown as text
// and its QR code. Everything else would leave something for the next person (a file
// in the shared downloads, the clipboard, an email draft, a print-to-file) or read
// what an earlier one left (a backup or other file). Screens ask before offering one.
enum class KioskAction {
  ShowLinkAsText,
  ShowQrCode,
  CopyLink,
  EmailLink,
  ShareSheet,
  Print,          // the browser's print dialog can always save to a file
  SaveBackup,
  ImportBackup,
  OpenFile,       // a framework file, chosen or dropped on the page
  ExportCsv,
};
bool kiosk_allows(bool kiosk_active, KioskAction action);

// What switching kiosk mode on removes from this device (everything it keeps is
// wiped at the next start), in plain words; empty when nothing is saved here.
std::string kiosk_removal_warning(std::size_t saved_assessments, std::size_t team_members);

}  // namespace capwalk
