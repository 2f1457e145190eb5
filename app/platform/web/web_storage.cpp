#include "web_storage.h"

#include <cstdlib>

#include <emscripten.h>

namespace capwalk::web {

// clang-format off
EM_JS(int, capwalk_js_storage_ok, (), {
  try { const k = 'capwalk.probe'; localStorage.setItem(k, '1'); localStorage.removeItem(k); return 1; }
  catch (e) { return 0; }
});
// Returns a malloc'ed UTF-8 copy, or 0 when absent or unreadable.
EM_JS(char*, capwalk_js_storage_get, (const char* key), {
  let value = null;
  try { value = localStorage.getItem(UTF8ToString(key)); } catch (e) { return 0; }
  if (value === null) return 0;
  const size = lengthBytesUTF8(value) + 1;
  const ptr = _malloc(size);
  stringToUTF8(value, ptr, size);
  return ptr;
});
EM_JS(int, capwalk_js_storage_set, (const char* key, const char* value), {
  try { localStorage.setItem(UTF8ToString(key), UTF8ToString(value)); return 1; }
  catch (e) { console.warn('capwalk: could not save: ' + e.name); return 0; }
});
EM_JS(void, capwalk_js_storage_remove, (const char* key), {
  try { localStorage.removeItem(UTF8ToString(key)); } catch (e) {}
});
EM_JS(double, capwalk_js_now, (), { return Date.now(); });
EM_JS(double, capwalk_js_random, (), {
  const words = new Uint32Array(2);
  crypto.getRandomValues(words);
  return words[0] * 4294967296 + words[1];
});
// clang-format on

std::optional<std::string> LocalStorage::get(const std::string& key) {
  char* value = capwalk_js_storage_get(key.c_str());
  if (!value) return std::nullopt;
  std::string out(value);
  std::free(value);
  return out;
}

bool LocalStorage::set(const std::string& key, const std::string& value) {
  return capwalk_js_storage_set(key.c_str(), value.c_str()) != 0;
}

void LocalStorage::remove(const std::string& key) { capwalk_js_storage_remove(key.c_str()); }

bool LocalStorage::available() { return capwalk_js_storage_ok() != 0; }

std::int64_t now_ms() { return static_cast<std::int64_t>(capwalk_js_now()); }

std::uint64_t random_bits() { return static_cast<std::uint64_t>(capwalk_js_random()); }

}  // namespace capwalk::web
