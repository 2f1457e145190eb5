// json_checker.h — reads untrusted JSON, reporting every problem with its path
// instead of stopping at the first.
//
// parse_bounded_json() bounds every JSON document from outside (size, nesting) before
// it is read: framework files, role catalogues, the stored document, the team.
// JsonChecker then reads framework and role files into plain structs, bounding string
// and list lengths, and every read names where it looked, e.g.
// `capabilities[12].tiers.2[0]: expected a string`.
#pragma once

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "framework.h"
#include "problems.h"

namespace capwalk {

struct JsonLimits {
  std::size_t max_bytes = 2 * 1024 * 1024;  // 2 MB
  int max_depth = 32;
};

// Parses `text` within `limits`. On failure returns nullopt and adds one problem at
// the root, in plain words ("not valid JSON: line 3, column 7: ...").
std::optional<nlohmann::json> parse_bounded_json(std::string_view text, const JsonLimits& limits,
                                                 std::vector<Problem>& problems);

// Path helpers: child_path("capabilities[2]", "tiers") == "capabilities[2].tiers".
std::string child_path(const std::string& parent, const std::string& key);
std::string index_path(const std::string& parent, std::size_t index);

class JsonChecker {
 public:
  explicit JsonChecker(std::vector<Problem>& problems) : problems_(problems) {}

  void error(const std::string& path, std::string message);
  void warning(const std::string& path, std::string message);
  // How many errors have been reported so far (to tell whether one item was read cleanly).
  std::size_t error_count() const;

  // The object at `path`, or nullptr after reporting that it is not an object.
  const nlohmann::json* object(const nlohmann::json& value, const std::string& path);
  // Warns about each key of `object` not in `known` (newer files may add fields).
  void unknown_fields(const nlohmann::json& object, const std::string& path,
                      std::initializer_list<const char*> known);

  // Field readers: report a missing required field or a wrong type and return false.
  bool string(const nlohmann::json& object, const std::string& path, const char* key,
              std::string& into, bool required, std::size_t max_length);
  bool integer(const nlohmann::json& object, const std::string& path, const char* key, int& into,
               bool required, int min, int max);
  bool boolean(const nlohmann::json& object, const std::string& path, const char* key, bool& into,
               bool required);
  // An array field with at most `max_items` items; nullptr when absent or wrong.
  const nlohmann::json* array(const nlohmann::json& object, const std::string& path,
                              const char* key, bool required, std::size_t max_items,
                              bool non_empty);
  // An array of strings, each at most `max_length` long.
  bool string_list(const nlohmann::json& object, const std::string& path, const char* key,
                   std::vector<std::string>& into, bool required, std::size_t max_items,
                   std::size_t max_length, bool non_empty);

  // The file's "format" field: required, and exactly `current`; a larger one is
  // reported as made for a newer capwalk.
  void format(const nlohmann::json& root, int current);
  // An id, as is_id() in framework.h allows.
  bool id(const nlohmann::json& object, const std::string& path, const char* key,
          std::string& into);
  // Reports `id` if already in `seen` ("duplicate id"), then adds it.
  void unique(const std::string& id, const std::string& path, std::set<std::string>& seen);

  // A list of objects at root[key], each read by read_one(object, path, item) (false:
  // leave it out) and kept when its `id` is new: frameworks' settings, domains and
  // capabilities, roles and sectors, learning resources.
  template <typename Item, typename ReadFn>
  void list(const nlohmann::json& root, const char* key, bool required, std::size_t max_items,
            std::vector<Item>& out, ReadFn read_one) {
    const nlohmann::json* items = array(root, "", key, required, max_items, required);
    if (!items) return;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < items->size(); ++i) {
      const std::string at = index_path(key, i);
      const nlohmann::json* obj = object((*items)[i], at);
      if (!obj) continue;
      Item item;
      if (!read_one(*obj, at, item)) continue;
      unique(item.id, child_path(at, "id"), seen);
      out.push_back(std::move(item));
    }
  }

 private:
  std::vector<Problem>& problems_;
};

// Bounds for the text fields of framework and role files.
namespace text_limits {
constexpr std::size_t kId = kMaxIdLength;  // ids, and short codes such as versions
constexpr std::size_t kShort = 200;   // titles, names
constexpr std::size_t kLong = 4000;   // summaries, statements, attributions
constexpr std::size_t kUrl = 2000;
}  // namespace text_limits

}  // namespace capwalk
