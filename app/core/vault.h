// vault.h — keeps StoredData in a key-value store (localStorage in the browser)
// without ever losing a person's answers.
//
// Rules: one current document under kCurrentKey; before it is replaced, the last
// good copy is kept under kPreviousKey; a document that cannot be read is copied
// aside (kSetAsidePrefix + time) and never overwritten, and the previous copy is
// restored if it is good; a document from a newer capwalk is never overwritten:
// saving is switched off and the person is told. Every write can fail (quota,
// storage switched off, private browsing): the vault reports it and the app keeps
// working in memory.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "storage_document.h"

namespace capwalk {

// The browser's localStorage, or an in-memory map in tests.
class KeyValueStore {
 public:
  virtual ~KeyValueStore() = default;
  // nullopt when the key is absent or storage cannot be read at all.
  virtual std::optional<std::string> get(const std::string& key) = 0;
  // false when the write failed (quota exceeded, storage disabled).
  virtual bool set(const std::string& key, const std::string& value) = 0;
  virtual void remove(const std::string& key) = 0;
  // false when storage is unavailable altogether.
  virtual bool available() = 0;
};

class MemoryStore final : public KeyValueStore {
 public:
  std::optional<std::string> get(const std::string& key) override;
  bool set(const std::string& key, const std::string& value) override;
  void remove(const std::string& key) override;
  bool available() override { return !unavailable; }

  std::map<std::string, std::string> values;
  bool unavailable = false;          // behave like disabled storage
  std::size_t quota_bytes = 0;       // 0: no limit; else set() fails past this total
};

enum class VaultState {
  Saving,        // normal: changes are kept on this device
  Unavailable,   // storage cannot be used: answers are kept only until the page closes
  ReadOnly,      // a newer capwalk's data is here: not overwritten, changes not kept
};

struct VaultOpen {
  StoredData data;
  VaultState state = VaultState::Saving;
  std::string message;  // plain English for a banner; empty when all is well
};

class Vault {
 public:
  static constexpr const char* kCurrentKey = "capwalk.data";
  static constexpr const char* kPreviousKey = "capwalk.data.previous";
  static constexpr const char* kSetAsidePrefix = "capwalk.data.unreadable.";

  explicit Vault(KeyValueStore& store) : store_(store) {}

  // Reads what is stored, repairing from the previous copy where needed.
  VaultOpen open(std::int64_t now_ms);
  // Saves `data`; false (and state() changes to Unavailable, with message()) when the
  // write failed. Does nothing in ReadOnly state.
  bool save(const StoredData& data, std::int64_t now_ms);
  // Deletes everything capwalk keeps in the store (current, previous, set aside, and
  // the team of team.h).
  void delete_everything();

  VaultState state() const { return state_; }
  const std::string& message() const { return message_; }

 private:
  KeyValueStore& store_;
  VaultState state_ = VaultState::Saving;
  std::string message_;
};

}  // namespace capwalk
