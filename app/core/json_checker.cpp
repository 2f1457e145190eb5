#include "json_checker.h"

#include <algorithm>

namespace capwalk {

using nlohmann::json;

namespace {

// Counts bracket nesting outside strings, so a hostile file cannot make the parser
// (or the destructor of what it built) recurse deeply.
int max_nesting(std::string_view text, int stop_after) {
  int depth = 0, deepest = 0;
  bool in_string = false, escaped = false;
  for (char c : text) {
    if (in_string) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') in_string = true;
    else if (c == '{' || c == '[') {
      deepest = std::max(deepest, ++depth);
      if (deepest > stop_after) return deepest;
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return deepest;
}

// Finds the first syntax error without throwing: the web build cannot catch
// exceptions (Emscripten aborts on throw unless built with exception support).
struct SyntaxErrorFinder final : nlohmann::json_sax<json> {
  std::size_t byte = 0;
  std::string message;
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t position, const std::string&,
                   const nlohmann::detail::exception& ex) override {
    byte = position;
    message = ex.what();
    return false;
  }
};

void line_and_column(std::string_view text, std::size_t offset, std::size_t& line,
                     std::size_t& column) {
  line = 1;
  column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
}

const char* type_name(const json& value) {
  switch (value.type()) {
    case json::value_t::null: return "null";
    case json::value_t::object: return "an object";
    case json::value_t::array: return "a list";
    case json::value_t::string: return "text";
    case json::value_t::boolean: return "true/false";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned: return "a whole number";
    case json::value_t::number_float: return "a number";
    default: return "something else";
  }
}

std::string expected(const char* what, const json& got) {
  return std::string("expected ") + what + ", found " + type_name(got);
}

}  // namespace

std::optional<json> parse_bounded_json(std::string_view text, const JsonLimits& limits,
                                       std::vector<Problem>& problems) {
  if (text.size() > limits.max_bytes) {
    problems.push_back({Severity::Error, "",
                        "the file is too large (" + std::to_string(text.size() / 1024) +
                            " KB); the limit is " + std::to_string(limits.max_bytes / 1024) +
                            " KB"});
    return std::nullopt;
  }
  if (max_nesting(text, limits.max_depth) > limits.max_depth) {
    problems.push_back({Severity::Error, "",
                        "the file is nested too deeply (more than " +
                            std::to_string(limits.max_depth) + " levels)"});
    return std::nullopt;
  }
  json value = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (!value.is_discarded()) return value;
  SyntaxErrorFinder finder;
  json::sax_parse(text.begin(), text.end(), &finder);
  std::size_t line = 0, column = 0;
  line_and_column(text, finder.byte > 0 ? finder.byte - 1 : 0, line, column);
  // nlohmann's message is "[json.exception...] parse error at line L, column C: WHAT;
  // last read: 'BYTES'". Only WHAT is for people: the bytes may not even be text.
  std::string what = finder.message;
  const auto last_read = what.find("; last read:");
  if (last_read != std::string::npos) what.erase(last_read);
  const auto column_at = what.find("column ");
  const auto colon = what.find(": ", column_at == std::string::npos ? 0 : column_at);
  if (colon != std::string::npos) what = what.substr(colon + 2);
  problems.push_back({Severity::Error, "",
                      "this is not valid JSON (line " + std::to_string(line) + ", column " +
                          std::to_string(column) + "): " + what});
  return std::nullopt;
}

std::string child_path(const std::string& parent, const std::string& key) {
  return parent.empty() ? key : parent + "." + key;
}

std::string index_path(const std::string& parent, std::size_t index) {
  return parent + "[" + std::to_string(index) + "]";
}

void JsonChecker::error(const std::string& path, std::string message) {
  problems_.push_back({Severity::Error, path, std::move(message)});
}

std::size_t JsonChecker::error_count() const {
  return static_cast<std::size_t>(count(problems_, Severity::Error));
}

void JsonChecker::warning(const std::string& path, std::string message) {
  problems_.push_back({Severity::Warning, path, std::move(message)});
}

const json* JsonChecker::object(const json& value, const std::string& path) {
  if (value.is_object()) return &value;
  error(path, expected("an object", value));
  return nullptr;
}

void JsonChecker::unknown_fields(const json& object, const std::string& path,
                                 std::initializer_list<const char*> known) {
  for (auto it = object.begin(); it != object.end(); ++it) {
    const bool is_known = std::any_of(known.begin(), known.end(),
                                      [&](const char* k) { return it.key() == k; });
    if (!is_known && it.key() != "$schema")
      warning(child_path(path, it.key()), "unknown field, ignored");
  }
}

bool JsonChecker::string(const json& object, const std::string& path, const char* key,
                         std::string& into, bool required, std::size_t max_length) {
  const std::string at = child_path(path, key);
  auto it = object.find(key);
  if (it == object.end()) {
    if (required) error(path, std::string("missing required field \"") + key + "\"");
    return false;
  }
  if (!it->is_string()) {
    error(at, expected("text", *it));
    return false;
  }
  const auto& s = it->get_ref<const std::string&>();
  if (s.size() > max_length) {
    error(at, "too long (" + std::to_string(s.size()) + " characters; the limit is " +
                  std::to_string(max_length) + ")");
    return false;
  }
  if (required && s.find_first_not_of(" \t\r\n") == std::string::npos) {
    error(at, "must not be empty");
    return false;
  }
  into = s;
  return true;
}

bool JsonChecker::integer(const json& object, const std::string& path, const char* key, int& into,
                          bool required, int min, int max) {
  auto it = object.find(key);
  if (it == object.end()) {
    if (required) error(path, std::string("missing required field \"") + key + "\"");
    return false;
  }
  if (!it->is_number_integer()) {
    error(child_path(path, key), expected("a whole number", *it));
    return false;
  }
  const auto v = it->get<long long>();
  if (v < min || v > max) {
    error(child_path(path, key), "must be from " + std::to_string(min) + " to " +
                                     std::to_string(max) + ", found " + std::to_string(v));
    return false;
  }
  into = static_cast<int>(v);
  return true;
}

bool JsonChecker::boolean(const json& object, const std::string& path, const char* key,
                          bool& into, bool required) {
  auto it = object.find(key);
  if (it == object.end()) {
    if (required) error(path, std::string("missing required field \"") + key + "\"");
    return false;
  }
  if (!it->is_boolean()) {
    error(child_path(path, key), expected("true or false", *it));
    return false;
  }
  into = it->get<bool>();
  return true;
}

const json* JsonChecker::array(const json& object, const std::string& path, const char* key,
                               bool required, std::size_t max_items, bool non_empty) {
  auto it = object.find(key);
  if (it == object.end()) {
    if (required) error(path, std::string("missing required field \"") + key + "\"");
    return nullptr;
  }
  const std::string at = child_path(path, key);
  if (!it->is_array()) {
    error(at, expected("a list", *it));
    return nullptr;
  }
  if (it->size() > max_items) {
    error(at, "too many items (" + std::to_string(it->size()) + "; the limit is " +
                  std::to_string(max_items) + ")");
    return nullptr;
  }
  if (non_empty && it->empty()) {
    error(at, "must not be empty");
    return nullptr;
  }
  return &*it;
}

bool JsonChecker::string_list(const json& object, const std::string& path, const char* key,
                              std::vector<std::string>& into, bool required,
                              std::size_t max_items, std::size_t max_length, bool non_empty) {
  const json* list = array(object, path, key, required, max_items, non_empty);
  if (!list) return false;
  const std::string at = child_path(path, key);
  bool ok = true;
  into.clear();
  for (std::size_t i = 0; i < list->size(); ++i) {
    const json& item = (*list)[i];
    if (!item.is_string()) {
      error(index_path(at, i), expected("text", item));
      ok = false;
    } else if (item.get_ref<const std::string&>().size() > max_length) {
      error(index_path(at, i), "too long (" + std::to_string(item.get_ref<const std::string&>().size()) +
                                   " characters; the limit is " + std::to_string(max_length) + ")");
      ok = false;
    } else if (item.get_ref<const std::string&>().find_first_not_of(" \t\r\n") == std::string::npos) {
      error(index_path(at, i), "must not be empty");
      ok = false;
    } else {
      into.push_back(item.get<std::string>());
    }
  }
  return ok;
}

void JsonChecker::format(const json& root, int current) {
  auto it = root.find("format");
  if (it != root.end() && it->is_number_integer() && it->get<long long>() > current) {
    error("format", "this file was made for a newer version of capwalk (format " +
                        std::to_string(it->get<long long>()) + "; this version reads " +
                        std::to_string(current) + ")");
    return;
  }
  int format = 0;
  integer(root, "", "format", format, true, current, current);
}

bool JsonChecker::id(const json& object, const std::string& path, const char* key,
                     std::string& into) {
  std::string value;
  if (!string(object, path, key, value, true, text_limits::kShort)) return false;
  if (!is_id(value)) {
    error(child_path(path, key), "\"" + value + "\" is not a valid id (use 1 to " +
                                     std::to_string(kMaxIdLength) +
                                     " letters, digits, '-', '_' or '.')");
    return false;
  }
  into = value;
  return true;
}

void JsonChecker::unique(const std::string& id_value, const std::string& path,
                         std::set<std::string>& seen) {
  if (!seen.insert(id_value).second) error(path, "duplicate id \"" + id_value + "\"");
}

}  // namespace capwalk
