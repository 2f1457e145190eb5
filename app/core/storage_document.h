// storage_document.h — everything a person keeps on their device, as one versioned
// JSON document with a checksum.
//
//   { "app": "capwalk", "schema": 3, "saved_at": 1763856000000,
//     "checksum": "fnv1a32:8c0f3b21", "data": { "assessments": [...], ... } }
//
// The checksum covers the serialised "data" value, so a truncated or edited
// document is recognised as unreadable rather than half-loaded. Older schemas are
// migrated one step at a time; a newer schema is refused without being changed.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "assessment.h"

namespace capwalk {

constexpr int kStorageSchema = 3;

// What each setting may be, for the stored document and for settings.h, which changes them.
constexpr int kMinTextScalePercent = 100;
constexpr int kMaxTextScalePercent = 200;
constexpr const char* kThemeIds[] = {"auto", "light", "dark", "high-contrast"};  // auto: as the device
bool is_theme_id(std::string_view id);

struct Settings {
  int text_scale_percent = kMinTextScalePercent;  // kMinTextScalePercent..kMaxTextScalePercent
  std::string theme = kThemeIds[0];
  bool reduced_motion = false;
  bool operator==(const Settings& o) const {
    return text_scale_percent == o.text_scale_percent && theme == o.theme &&
           reduced_motion == o.reduced_motion;
  }
};

struct StoredData {
  std::vector<Assessment> assessments;  // newest last
  std::string current_id;               // the assessment in progress, if any
  Settings settings;
  bool operator==(const StoredData& o) const {
    return assessments == o.assessments && current_id == o.current_id && settings == o.settings;
  }
};

std::string encode_document(const StoredData& data, std::int64_t saved_at_ms);

enum class DocumentStatus {
  Ok,        // data is filled
  Empty,     // no text at all: nothing saved yet
  Corrupt,   // unreadable: not JSON, wrong checksum, missing fields, wrong types
  Newer,     // written by a newer capwalk (schema > kStorageSchema): leave it alone
};

struct DocumentRead {
  DocumentStatus status = DocumentStatus::Empty;
  StoredData data;
  int schema = 0;               // as found in the document
  std::int64_t saved_at = 0;
  std::string problem;          // for Corrupt/Newer: what was wrong, plain words
};

DocumentRead decode_document(std::string_view text);

// Schema 1 (the first draft format) stored each answer as
//   "ratings": { "A1": "not-yet" }, "training": ["A1"], "notes": { "A1": "..." }
// inside each assessment and had no settings and no plan. Exposed for tests.
std::string example_schema1_document();

// FNV-1a 32-bit of `text`, as 8 lower-case hex digits.
std::string fnv1a32_hex(std::string_view text);

}  // namespace capwalk
