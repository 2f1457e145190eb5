#include "storage_document.h"

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <limits>
#include <utility>

#include "json_checker.h"

namespace capwalk {

using nlohmann::json;

namespace {

constexpr const char* kAppName = "capwalk";
constexpr const char* kChecksumPrefix = "fnv1a32:";
constexpr const char* kDamaged = "the saved data is damaged: ";
const JsonLimits kDocumentLimits{8 * 1024 * 1024, 32};

// The one serialisation the checksum is computed over. Invalid UTF-8 in a string is
// replaced rather than thrown about, so encoding never fails; the parsed-back value
// dumps to the same text.
std::string canonical_dump(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string checksum_of(const json& data) { return kChecksumPrefix + fnv1a32_hex(canonical_dump(data)); }

// ---- Writing ----

json answer_to_json(const Answer& answer) {
  json j = json::object();
  if (const RatingInfo* info = rating_info(answer.rating)) j["rating"] = info->key;
  if (answer.wants_training) j["training"] = true;
  if (!answer.note.empty()) j["note"] = answer.note;
  if (answer.skipped) j["skipped"] = true;
  return j;
}

json plan_item_to_json(const PlanItem& item) {
  json j{{"capability_id", item.capability_id},
         {"goal", item.goal},
         {"action", item.action},
         {"by_when", item.by_when},
         {"support", item.support}};
  if (!item.learning.empty()) j["learning"] = item.learning;
  if (item.booked_at != 0) j["booked_at"] = item.booked_at;
  if (item.done_at != 0) j["done_at"] = item.done_at;
  return j;
}

json assessment_to_json(const Assessment& a) {
  json answers = json::object();
  for (const auto& [capability_id, answer] : a.answers) answers[capability_id] = answer_to_json(answer);
  json plan = json::array();
  for (const PlanItem& item : a.plan) plan.push_back(plan_item_to_json(item));
  return json{{"id", a.id},
              {"framework_id", a.framework_id},
              {"framework_version", a.framework_version},
              {"role_id", a.role_id},
              {"role_title", a.role_title},
              {"tier", a.tier},
              {"settings", a.settings},
              {"created_at", a.created_at},
              {"updated_at", a.updated_at},
              {"capability_ids", a.capability_ids},
              {"answers", std::move(answers)},
              {"current_index", a.current_index},
              {"finished", a.finished},
              {"plan", std::move(plan)},
              {"previous_id", a.previous_id},
              {"replies", a.replies}};
}

json data_to_json(const StoredData& data) {
  json assessments = json::array();
  for (const Assessment& a : data.assessments) assessments.push_back(assessment_to_json(a));
  return json{{"assessments", std::move(assessments)},
              {"current_id", data.current_id},
              {"settings",
               {{"text_scale_percent", data.settings.text_scale_percent},
                {"theme", data.settings.theme},
                {"reduced_motion", data.settings.reduced_motion}}}};
}

// The document is written by hand so its fields keep a readable order and the
// "data" text is exactly the text the checksum was computed over.
std::string document_text(int schema, std::int64_t saved_at, const json& data) {
  const std::string data_text = canonical_dump(data);
  return std::string("{\"app\":\"") + kAppName + "\",\"schema\":" + std::to_string(schema) +
         ",\"saved_at\":" + std::to_string(saved_at) + ",\"checksum\":\"" + kChecksumPrefix +
         fnv1a32_hex(data_text) + "\",\"data\":" + data_text + "}";
}

// ---- Reading ----
//
// Nothing here throws: the web build cannot catch exceptions, so a damaged document
// must never reach a throwing path. The first problem found is kept; readers go on
// with defaults and the caller checks ok() before trusting the result.

class Reader {
 public:
  bool ok() const { return problem_.empty(); }
  const std::string& problem() const { return problem_; }
  void fail(const std::string& what) {
    if (problem_.empty()) problem_ = kDamaged + what;
  }

  const json* field(const json& object, const std::string& path, const char* key, bool required) {
    const auto it = object.find(key);
    if (it != object.end()) return &*it;
    if (required) fail(std::string("\"") + key + "\" is missing" + (path.empty() ? "" : " at " + path));
    return nullptr;
  }

  bool is_object(const json& value, const std::string& path) {
    if (value.is_object()) return true;
    fail("expected an object at " + path);
    return false;
  }

  bool is_array(const json& value, const std::string& path) {
    if (value.is_array()) return true;
    fail("expected a list at " + path);
    return false;
  }

  std::string text(const json& value, const std::string& path) {
    if (value.is_string()) return value.get<std::string>();
    fail("expected text at " + path);
    return {};
  }

  bool boolean(const json& value, const std::string& path) {
    if (value.is_boolean()) return value.get<bool>();
    fail("expected true/false at " + path);
    return false;
  }

  std::int64_t int64(const json& value, const std::string& path) {
    if (value.is_number_unsigned()) {
      const auto u = value.get<std::uint64_t>();
      if (u <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
        return static_cast<std::int64_t>(u);
      fail("number too large at " + path);
      return 0;
    }
    if (value.is_number_integer()) return value.get<std::int64_t>();
    fail("expected a whole number at " + path);
    return 0;
  }

  int integer(const json& value, const std::string& path) {
    const std::int64_t v = int64(value, path);
    if (v >= std::numeric_limits<int>::min() && v <= std::numeric_limits<int>::max()) return static_cast<int>(v);
    fail("number out of range at " + path);
    return 0;
  }

  std::vector<std::string> text_list(const json& value, const std::string& path) {
    std::vector<std::string> out;
    if (!is_array(value, path)) return out;
    for (std::size_t i = 0; i < value.size(); ++i) out.push_back(text(value[i], index_path(path, i)));
    return out;
  }

  std::string text_field(const json& object, const std::string& path, const char* key, bool required) {
    const json* v = field(object, path, key, required);
    return v ? text(*v, child_path(path, key)) : std::string();
  }

 private:
  std::string problem_;
};

Answer answer_from_json(Reader& r, const json& value, const std::string& path) {
  Answer answer;
  if (!r.is_object(value, path)) return answer;
  if (const json* v = r.field(value, path, "rating", false))
    answer.rating = rating_from_key(r.text(*v, child_path(path, "rating")));  // unknown: Unanswered
  if (const json* v = r.field(value, path, "training", false))
    answer.wants_training = r.boolean(*v, child_path(path, "training"));
  answer.note = r.text_field(value, path, "note", false);
  if (const json* v = r.field(value, path, "skipped", false))
    answer.skipped = r.boolean(*v, child_path(path, "skipped"));
  return answer;
}

PlanItem plan_item_from_json(Reader& r, const json& value, const std::string& path) {
  PlanItem item;
  if (!r.is_object(value, path)) return item;
  item.capability_id = r.text_field(value, path, "capability_id", true);
  item.goal = r.text_field(value, path, "goal", false);
  item.action = r.text_field(value, path, "action", false);
  item.by_when = r.text_field(value, path, "by_when", false);
  item.support = r.text_field(value, path, "support", false);
  if (const json* list = r.field(value, path, "learning", false))
    item.learning = r.text_list(*list, child_path(path, "learning"));
  if (const json* v = r.field(value, path, "booked_at", false))
    item.booked_at = r.int64(*v, child_path(path, "booked_at"));
  if (const json* v = r.field(value, path, "done_at", false))
    item.done_at = r.int64(*v, child_path(path, "done_at"));
  return item;
}

Assessment assessment_from_json(Reader& r, const json& value, const std::string& path) {
  Assessment a;
  if (!r.is_object(value, path)) return a;
  a.id = r.text_field(value, path, "id", true);
  a.framework_id = r.text_field(value, path, "framework_id", true);
  a.framework_version = r.text_field(value, path, "framework_version", false);
  a.role_id = r.text_field(value, path, "role_id", false);
  a.role_title = r.text_field(value, path, "role_title", false);
  if (const json* v = r.field(value, path, "tier", true))
    a.tier = nearest_tier(r.integer(*v, child_path(path, "tier")));
  // Before settings could be several, one "setting" was kept (empty: not said).
  if (const json* list = r.field(value, path, "settings", false))
    a.settings = r.text_list(*list, child_path(path, "settings"));
  else if (std::string one = r.text_field(value, path, "setting", false); !one.empty())
    a.settings = {one};
  if (const json* v = r.field(value, path, "created_at", false))
    a.created_at = r.int64(*v, child_path(path, "created_at"));
  if (const json* v = r.field(value, path, "updated_at", false))
    a.updated_at = r.int64(*v, child_path(path, "updated_at"));

  const std::string ids_path = child_path(path, "capability_ids");
  if (const json* ids = r.field(value, path, "capability_ids", true); ids && r.is_array(*ids, ids_path))
    for (std::size_t i = 0; i < ids->size(); ++i)
      a.capability_ids.push_back(r.text((*ids)[i], index_path(ids_path, i)));

  const std::string answers_path = child_path(path, "answers");
  if (const json* answers = r.field(value, path, "answers", true); answers && r.is_object(*answers, answers_path))
    for (const auto& [capability_id, answer] : answers->items())
      a.answers[capability_id] = answer_from_json(r, answer, child_path(answers_path, capability_id));

  if (const json* v = r.field(value, path, "current_index", false)) {
    const int index = r.integer(*v, child_path(path, "current_index"));
    const auto last = std::min<std::size_t>(a.capability_ids.size(), std::numeric_limits<int>::max());
    a.current_index = std::clamp(index, 0, static_cast<int>(last));
  }
  if (const json* v = r.field(value, path, "finished", false)) a.finished = r.boolean(*v, child_path(path, "finished"));
  const std::string plan_path = child_path(path, "plan");
  if (const json* plan = r.field(value, path, "plan", false); plan && r.is_array(*plan, plan_path))
    for (std::size_t i = 0; i < plan->size(); ++i)
      a.plan.push_back(plan_item_from_json(r, (*plan)[i], index_path(plan_path, i)));
  a.previous_id = r.text_field(value, path, "previous_id", false);
  const std::string replies_path = child_path(path, "replies");
  if (const json* replies = r.field(value, path, "replies", true); replies && r.is_array(*replies, replies_path))
    for (std::size_t i = 0; i < replies->size(); ++i) a.replies.push_back(r.text((*replies)[i], index_path(replies_path, i)));
  return a;
}

}  // namespace

bool is_theme_id(std::string_view id) {
  return std::any_of(std::begin(kThemeIds), std::end(kThemeIds),
                     [&](const char* known) { return id == known; });
}

namespace {

// Settings only change how the app looks: a strange value falls back to the default
// rather than making the person's answers unreadable.
Settings settings_from_json(const json* value) {
  Settings s;
  if (!value || !value->is_object()) return s;
  if (const auto v = value->find("text_scale_percent"); v != value->end() && v->is_number()) {
    const double scale = v->get<double>();
    s.text_scale_percent = scale >= kMaxTextScalePercent   ? kMaxTextScalePercent
                           : scale <= kMinTextScalePercent ? kMinTextScalePercent
                                                           : static_cast<int>(scale);
  }
  if (const auto v = value->find("theme"); v != value->end() && v->is_string()) {
    const std::string theme = v->get<std::string>();
    if (is_theme_id(theme)) s.theme = theme;
  }
  if (const auto v = value->find("reduced_motion"); v != value->end() && v->is_boolean())
    s.reduced_motion = v->get<bool>();
  return s;
}

StoredData data_from_json(Reader& r, const json& data) {
  StoredData out;
  if (!r.is_object(data, "data")) return out;
  if (const json* list = r.field(data, "data", "assessments", true); list && r.is_array(*list, "data.assessments"))
    for (std::size_t i = 0; i < list->size(); ++i)
      out.assessments.push_back(assessment_from_json(r, (*list)[i], index_path("data.assessments", i)));
  out.current_id = r.text_field(data, "data", "current_id", false);
  const auto settings = data.find("settings");
  out.settings = settings_from_json(settings == data.end() ? nullptr : &*settings);
  return out;
}

// ---- Migrations: one function per step, each taking "data" from schema N to N+1 ----

void migrate_1_to_2(Reader& r, json& data) {
  if (!r.is_object(data, "data")) return;
  json* assessments = data.contains("assessments") ? &data["assessments"] : nullptr;
  if (!assessments) return r.fail("\"assessments\" is missing at data");
  if (!r.is_array(*assessments, "data.assessments")) return;
  for (std::size_t i = 0; i < assessments->size(); ++i) {
    const std::string path = index_path("data.assessments", i);
    json& a = (*assessments)[i];
    if (!r.is_object(a, path)) return;
    json answers = json::object();
    const std::string ratings_path = child_path(path, "ratings");
    if (const json* ratings = r.field(a, path, "ratings", false); ratings && r.is_object(*ratings, ratings_path))
      for (const auto& [id, key] : ratings->items())
        answers[id]["rating"] = r.text(key, child_path(ratings_path, id));
    const std::string training_path = child_path(path, "training");
    if (const json* training = r.field(a, path, "training", false); training && r.is_array(*training, training_path))
      for (std::size_t t = 0; t < training->size(); ++t)
        answers[r.text((*training)[t], index_path(training_path, t))]["training"] = true;
    const std::string notes_path = child_path(path, "notes");
    if (const json* notes = r.field(a, path, "notes", false); notes && r.is_object(*notes, notes_path))
      for (const auto& [id, note] : notes->items()) answers[id]["note"] = r.text(note, child_path(notes_path, id));
    if (!r.ok()) return;
    a.erase("ratings");
    a.erase("training");
    a.erase("notes");
    a["answers"] = std::move(answers);
    a["plan"] = json::array();
    a["finished"] = false;
    a["previous_id"] = "";
  }
  data["settings"] = json{{"text_scale_percent", 100}, {"theme", "auto"}, {"reduced_motion", false}};
}

// Schema 3 keeps managers' replies with each assessment.
void migrate_2_to_3(Reader& r, json& data) {
  if (!r.is_object(data, "data")) return;
  json* assessments = data.contains("assessments") ? &data["assessments"] : nullptr;
  if (!assessments) return r.fail("\"assessments\" is missing at data");
  if (!r.is_array(*assessments, "data.assessments")) return;
  for (std::size_t i = 0; i < assessments->size(); ++i) {
    json& a = (*assessments)[i];
    if (!r.is_object(a, index_path("data.assessments", i))) return;
    a["replies"] = json::array();
  }
}

using MigrationStep = void (*)(Reader&, json&);
// kMigrations[n - 1] takes schema n to n + 1.
constexpr MigrationStep kMigrations[] = {migrate_1_to_2, migrate_2_to_3};
static_assert(sizeof(kMigrations) / sizeof(kMigrations[0]) == kStorageSchema - 1,
              "every older schema needs a migration step");

bool only_whitespace(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

void read_document(std::string_view text, Reader& r, DocumentRead& out) {
  // parse_bounded_json never throws (the web build cannot catch), so it reads the text once.
  std::vector<Problem> problems;
  std::optional<json> parsed = parse_bounded_json(text, kDocumentLimits, problems);
  if (!parsed)
    return r.fail(problems.empty() ? "it is not valid JSON (it may have been cut short)"
                                   : problems.front().message);
  json& doc = *parsed;
  const auto app = doc.is_object() ? doc.find("app") : doc.end();
  if (!doc.is_object() || app == doc.end() || !app->is_string() || app->get<std::string>() != kAppName)
    return r.fail("it is not a capwalk document");

  const json* schema = r.field(doc, "", "schema", true);
  if (!schema) return;
  if (schema->is_number_unsigned() && schema->get<std::uint64_t>() > static_cast<std::uint64_t>(kStorageSchema)) {
    const auto n = schema->get<std::uint64_t>();
    out.schema = n > static_cast<std::uint64_t>(std::numeric_limits<int>::max())
                     ? std::numeric_limits<int>::max()
                     : static_cast<int>(n);
    if (const auto saved = doc.find("saved_at"); saved != doc.end() && saved->is_number_integer())
      out.saved_at = saved->get<std::int64_t>();
    out.status = DocumentStatus::Newer;
    out.problem = "saved by a newer version of capwalk (schema " + std::to_string(n) + ")";
    return;
  }
  const int schema_number = r.integer(*schema, "schema");
  if (!r.ok()) return;
  out.schema = schema_number;
  if (schema_number < 1) return r.fail("schema " + std::to_string(schema_number) + " does not exist");

  if (const json* saved = r.field(doc, "", "saved_at", true)) out.saved_at = r.int64(*saved, "saved_at");
  const json* checksum = r.field(doc, "", "checksum", true);
  const std::string checksum_text = checksum ? r.text(*checksum, "checksum") : std::string();
  const auto data = doc.find("data");
  if (data == doc.end()) return r.fail("\"data\" is missing");
  if (!r.ok() || !r.is_object(*data, "data")) return;
  if (checksum_text != checksum_of(*data)) return r.fail("the checksum does not match");

  for (int s = schema_number; s < kStorageSchema && r.ok(); ++s) kMigrations[s - 1](r, *data);
  if (!r.ok()) return;
  StoredData read = data_from_json(r, *data);
  if (!r.ok()) return;
  out.data = std::move(read);
  out.status = DocumentStatus::Ok;
}

}  // namespace

std::string encode_document(const StoredData& data, std::int64_t saved_at_ms) {
  return document_text(kStorageSchema, saved_at_ms, data_to_json(data));
}

DocumentRead decode_document(std::string_view text) {
  DocumentRead out;
  if (only_whitespace(text)) return out;  // Empty
  Reader reader;
#if defined(__cpp_exceptions)
  try {
    read_document(text, reader, out);
  } catch (const std::exception& e) {  // a safety net only: nothing above should throw
    reader.fail(e.what());
  }
#else
  read_document(text, reader, out);
#endif
  if (!reader.ok()) {
    out.status = DocumentStatus::Corrupt;
    out.data = StoredData{};
    out.problem = reader.problem();
  }
  return out;
}

std::string example_schema1_document() {
  json assessment = {
      {"id", "a-first-draft"},
      {"framework_id", "core"},
      {"framework_version", "1.0"},
      {"role_id", "support-worker"},
      {"role_title", "Support worker"},
      {"tier", 2},
      {"setting", "community"},
      {"created_at", 1751328000000},
      {"updated_at", 1751331600000},
      {"capability_ids", {"A1", "A2", "B1", "B2"}},
      {"ratings", {{"A1", "not-yet"}, {"A2", "confident"}, {"B1", "not-sure"}}},
      {"training", {"A1"}},
      {"notes", {{"B1", "Ask my supervisor about this."}}},
      {"current_index", 3},
  };
  json data = {{"assessments", json::array({assessment})}, {"current_id", "a-first-draft"}};
  return document_text(1, 1751331600000, data);
}

std::string fnv1a32_hex(std::string_view text) {
  std::uint32_t hash = 2166136261u;
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 16777619u;
  }
  char buffer[9];
  std::snprintf(buffer, sizeof buffer, "%08x", static_cast<unsigned>(hash));
  return buffer;
}

}  // namespace capwalk
