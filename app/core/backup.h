// backup.h — moving a person's data between devices as a file.
//
// The backup file is the storage document itself (storage_document.h), so it has the
// same version, checksum and migrations. Importing merges by assessment id and never
// overwrites silently: an assessment already here and unchanged is skipped; one with
// the same id but different content is kept alongside, as a copy with a new id.
#pragma once

#include <cstdint>
#include <string>

#include "storage_document.h"

namespace capwalk {

struct BackupMerge {
  bool readable = false;
  std::string message;     // plain English: what happened, or why nothing did
  int added = 0, unchanged = 0, kept_both = 0;
};

std::string backup_file_name(const std::string& date_iso);  // "capwalk-backup-2026-11-23.json"

BackupMerge merge_backup(StoredData& mine, std::string_view file_text);

}  // namespace capwalk
