#include "backup.h"

#include <algorithm>

namespace capwalk {

std::string backup_file_name(const std::string& date_iso) {
  return "capwalk-backup-" + date_iso + ".json";
}

namespace {

const Assessment* find(const StoredData& data, const std::string& id) {
  auto it = std::find_if(data.assessments.begin(), data.assessments.end(),
                         [&](const Assessment& a) { return a.id == id; });
  return it == data.assessments.end() ? nullptr : &*it;
}

// True when `theirs` is already here under another id (a copy kept by an earlier import).
bool already_copied(const StoredData& data, const Assessment& theirs) {
  return std::any_of(data.assessments.begin(), data.assessments.end(), [&](const Assessment& a) {
    Assessment same = theirs;
    same.id = a.id;
    same.previous_id = a.previous_id;
    return a.id.rfind(theirs.id + "-copy", 0) == 0 && a == same;
  });
}

std::string unused_copy_id(const StoredData& data, const std::string& id) {
  for (int n = 2;; ++n) {
    const std::string candidate = id + "-copy" + (n == 2 ? "" : std::to_string(n));
    if (!find(data, candidate)) return candidate;
  }
}

std::string plural(int n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

BackupMerge merge_backup(StoredData& mine, std::string_view file_text) {
  BackupMerge result;
  const DocumentRead read = decode_document(file_text);
  switch (read.status) {
    case DocumentStatus::Empty:
      result.message = "That file is empty, so nothing was imported.";
      return result;
    case DocumentStatus::Corrupt:
      result.message = "That file is not a capwalk backup, or it is damaged, so nothing was imported.";
      return result;
    case DocumentStatus::Newer:
      result.message = "That backup was made with a newer version of capwalk. Reload this page to get "
                       "the newest version, then import it again. Nothing was imported.";
      return result;
    case DocumentStatus::Ok: break;
  }
  result.readable = true;
  for (const Assessment& theirs : read.data.assessments) {
    const Assessment* existing = find(mine, theirs.id);
    if (!existing) {
      mine.assessments.push_back(theirs);
      ++result.added;
    } else if (*existing == theirs || already_copied(mine, theirs)) {
      ++result.unchanged;
    } else {
      Assessment copy = theirs;
      copy.id = unused_copy_id(mine, theirs.id);
      if (!copy.previous_id.empty() && !find(mine, copy.previous_id)) copy.previous_id.clear();
      mine.assessments.push_back(std::move(copy));
      ++result.kept_both;
    }
  }
  result.message = "Imported " + plural(result.added, "assessment", "assessments") + ".";
  if (result.unchanged) result.message += " " + std::to_string(result.unchanged) + (result.unchanged == 1 ? " was" : " were") + " already here.";
  if (result.kept_both)
    result.message += " " + std::to_string(result.kept_both) + (result.kept_both == 1 ? " differed" : " differed") +
                      " from the one with the same name here, so both versions are kept.";
  return result;
}

}  // namespace capwalk
