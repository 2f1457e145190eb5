#include "vault.h"

#include <string_view>
#include <vector>

#include "team.h"

namespace capwalk {

// ---- MemoryStore ----

std::optional<std::string> MemoryStore::get(const std::string& key) {
  if (unavailable) return std::nullopt;
  const auto it = values.find(key);
  if (it == values.end()) return std::nullopt;
  return it->second;
}

bool MemoryStore::set(const std::string& key, const std::string& value) {
  if (unavailable) return false;
  if (quota_bytes > 0) {
    std::size_t total = key.size() + value.size();
    for (const auto& [k, v] : values)
      if (k != key) total += k.size() + v.size();
    if (total > quota_bytes) return false;
  }
  values[key] = value;
  return true;
}

void MemoryStore::remove(const std::string& key) {
  if (unavailable) return;
  values.erase(key);
}

// ---- Vault ----

namespace {

const char* const kUnavailableMessage =
    "Your browser is not letting capwalk save on this device, so your answers will be lost when "
    "you close this page. Everything else still works.";
const char* const kNewerMessage =
    "This device has answers saved by a newer version of capwalk. They have been left untouched. "
    "Reload the page to get the newer version; until then nothing you do here is saved.";
const char* const kRestoredMessage =
    "Your saved answers could not be read, so capwalk went back to the copy saved before it. The "
    "unreadable copy has been kept on this device.";
const char* const kFreshStartMessage =
    "Your saved answers could not be read. They have been kept on this device in case they can be "
    "recovered, and capwalk has started afresh.";
const char* const kCannotSetAsideWithPreviousMessage =
    "Your saved answers could not be read, and there is no room on this device to keep a copy of "
    "them aside. They have been left as they are, and capwalk is showing the copy saved before "
    "them. Until this is sorted out nothing you do here is saved.";
const char* const kCannotSetAsideMessage =
    "Your saved answers could not be read, and there is no room on this device to keep a copy of "
    "them aside. They have been left as they are in case they can be recovered. Until this is "
    "sorted out nothing you do here is saved.";
const char* const kSaveFailedMessage =
    "capwalk could not save your latest answers on this device (the browser's storage is full or "
    "switched off). Your answers are kept until you close this page.";

// The KeyValueStore interface cannot list keys, so the names of set-aside copies are
// recorded, one a line, under this key (which deliberately does not start with
// kSetAsidePrefix). delete_everything() removes the keys listed here. Limitation: a
// copy whose name could not be recorded (the list's own write failed while the copy's
// write succeeded) is not found by delete_everything().
const char* const kSetAsideListKey = "capwalk.data.unreadable-list";

std::vector<std::string> set_aside_keys(KeyValueStore& store) {
  std::vector<std::string> keys;
  const std::optional<std::string> list = store.get(kSetAsideListKey);
  if (!list) return keys;
  const std::string prefix = Vault::kSetAsidePrefix;
  std::string_view rest = *list;
  while (!rest.empty()) {
    const std::size_t end = rest.find('\n');
    const std::string_view line = rest.substr(0, end);
    // Only ever names of set-aside copies, whatever the list has been edited to say.
    if (line.size() > prefix.size() && line.substr(0, prefix.size()) == prefix) keys.emplace_back(line);
    if (end == std::string_view::npos) break;
    rest.remove_prefix(end + 1);
  }
  return keys;
}

bool record_set_aside_key(KeyValueStore& store, const std::string& key) {
  std::string list;
  for (const std::string& k : set_aside_keys(store)) {
    if (k == key) return true;
    list += k + "\n";
  }
  return store.set(kSetAsideListKey, list + key);
}

// Makes sure `raw` is kept under a set-aside key that nothing will overwrite. True
// when it is (already, or now) kept.
bool set_aside(KeyValueStore& store, const std::string& raw, std::int64_t now_ms) {
  for (const std::string& key : set_aside_keys(store))
    if (store.get(key) == raw) return true;  // already kept
  const std::string base = Vault::kSetAsidePrefix + std::to_string(now_ms);
  for (int attempt = 0; attempt < 100; ++attempt) {
    const std::string key = attempt == 0 ? base : base + "-" + std::to_string(attempt + 1);
    const std::optional<std::string> existing = store.get(key);
    if (existing && *existing != raw) continue;  // another copy: never overwrite it
    // The name is recorded first, so a copy is never written without it when possible.
    const bool recorded = record_set_aside_key(store, key);
    if (!existing && !store.set(key, raw)) return false;
    if (!recorded) record_set_aside_key(store, key);  // try again now the copy is safe
    return true;
  }
  return false;
}

}  // namespace

VaultOpen Vault::open(std::int64_t now_ms) {
  VaultOpen result;
  state_ = VaultState::Saving;
  message_.clear();

  if (!store_.available()) {
    state_ = VaultState::Unavailable;
    message_ = kUnavailableMessage;
  } else if (const std::optional<std::string> current = store_.get(kCurrentKey)) {
    DocumentRead read = decode_document(*current);
    switch (read.status) {
      case DocumentStatus::Ok:
        result.data = std::move(read.data);
        break;
      case DocumentStatus::Empty:
        break;
      case DocumentStatus::Newer:
        state_ = VaultState::ReadOnly;
        message_ = kNewerMessage;
        break;
      case DocumentStatus::Corrupt: {
        const bool kept = set_aside(store_, *current, now_ms);
        const std::optional<std::string> previous_text = store_.get(kPreviousKey);
        DocumentRead previous;
        if (previous_text) previous = decode_document(*previous_text);
        if (previous.status == DocumentStatus::Newer) {
          // The previous copy is a newer capwalk's: it must not be replaced later on.
          state_ = VaultState::ReadOnly;
          message_ = kNewerMessage;
        } else if (!kept) {
          // The unreadable text is the only copy: current must not be overwritten.
          state_ = VaultState::ReadOnly;
          if (previous.status == DocumentStatus::Ok) {
            result.data = std::move(previous.data);
            message_ = kCannotSetAsideWithPreviousMessage;
          } else {
            message_ = kCannotSetAsideMessage;
          }
        } else if (previous.status == DocumentStatus::Ok) {
          // If this write fails the next save() tries again; the unreadable text is kept.
          store_.set(kCurrentKey, *previous_text);
          result.data = std::move(previous.data);
          message_ = kRestoredMessage;
        } else {
          message_ = kFreshStartMessage;
        }
        break;
      }
    }
  }
  result.state = state_;
  result.message = message_;
  return result;
}

bool Vault::save(const StoredData& data, std::int64_t now_ms) {
  if (state_ == VaultState::ReadOnly) return false;
  const std::string text = encode_document(data, now_ms);

  bool written = false;
  if (store_.available()) {
    const std::optional<std::string> current = store_.get(kCurrentKey);
    DocumentStatus status = DocumentStatus::Empty;
    if (current) status = decode_document(*current).status;
    if (status == DocumentStatus::Newer) {
      // A newer capwalk (in another tab, say) has saved since this one opened.
      state_ = VaultState::ReadOnly;
      message_ = kNewerMessage;
      return false;
    }
    if (status == DocumentStatus::Corrupt && !set_aside(store_, *current, now_ms)) {
      state_ = VaultState::ReadOnly;
      message_ = kCannotSetAsideMessage;
      return false;
    }
    // A failed copy still leaves an older good one (or none) under kPreviousKey, and
    // the current document is still worth writing.
    if (status == DocumentStatus::Ok && *current != text) store_.set(kPreviousKey, *current);
    written = store_.set(kCurrentKey, text);
  }

  if (!written) {
    state_ = VaultState::Unavailable;
    message_ = kSaveFailedMessage;
    return false;
  }
  if (state_ == VaultState::Unavailable) {
    state_ = VaultState::Saving;
    message_.clear();
  }
  return true;
}

void Vault::delete_everything() {
  for (const std::string& key : set_aside_keys(store_)) store_.remove(key);
  store_.remove(kSetAsideListKey);
  store_.remove(kPreviousKey);
  store_.remove(kTeamSetAsideKey);
  store_.remove(kTeamKey);
  store_.remove(kCurrentKey);  // last: a half-finished delete never leaves only an old copy
  if (store_.available()) {
    state_ = VaultState::Saving;
    message_.clear();
  } else {
    state_ = VaultState::Unavailable;
    message_ = kUnavailableMessage;
  }
}

}  // namespace capwalk
