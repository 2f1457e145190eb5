// web_storage.h — the browser's localStorage as a KeyValueStore. Every call is
// guarded: storage may be switched off, full, or missing (some private modes), and
// the app must keep working in memory whatever it does.
#pragma once

#include "app/core/vault.h"

namespace capwalk::web {

class LocalStorage final : public KeyValueStore {
 public:
  std::optional<std::string> get(const std::string& key) override;
  bool set(const std::string& key, const std::string& value) override;
  void remove(const std::string& key) override;
  bool available() override;
};

std::int64_t now_ms();
std::uint64_t random_bits();  // from crypto.getRandomValues

}  // namespace capwalk::web
