#include <catch2/catch.hpp>

#include "app/core/backup.h"

using namespace capwalk;

namespace {
Assessment assessment(const std::string& id, Rating first) {
  Assessment a;
  a.id = id;
  a.framework_id = "core";
  a.framework_version = "1.0";
  a.tier = 1;
  a.capability_ids = {"A1", "B1"};
  a.answers["A1"].rating = first;
  return a;
}
}  // namespace

TEST_CASE("A backup merges by assessment id and never overwrites silently") {
  StoredData phone;
  phone.assessments = {assessment("a-1", Rating::NotYet), assessment("a-2", Rating::Confident),
                       assessment("a-3", Rating::Developing)};
  const std::string file = encode_document(phone, 1000);

  StoredData laptop;
  laptop.assessments = {assessment("a-1", Rating::NotYet), assessment("a-2", Rating::Developing)};
  const BackupMerge merged = merge_backup(laptop, file);
  CHECK(merged.readable);
  CHECK(merged.added == 1);
  CHECK(merged.unchanged == 1);
  CHECK(merged.kept_both == 1);
  REQUIRE(laptop.assessments.size() == 4);
  CHECK(laptop.assessments[1].answers["A1"].rating == Rating::Developing);  // mine kept as it was
  CHECK(laptop.assessments[2].id == "a-2-copy");
  CHECK(laptop.assessments[2].answers["A1"].rating == Rating::Confident);
  CHECK(laptop.assessments[3].id == "a-3");
  CHECK(merged.message ==
        "Imported 1 assessment. 1 was already here. 1 differed from the one with the same name here, so both versions are kept.");

  // Importing the same file again changes nothing more.
  const BackupMerge again = merge_backup(laptop, file);
  CHECK(again.added == 0);
  CHECK(again.kept_both == 0);
  CHECK(again.unchanged == 3);
  CHECK(laptop.assessments.size() == 4);
}

TEST_CASE("A damaged or foreign file imports nothing and says why") {
  StoredData mine;
  mine.assessments = {assessment("a-1", Rating::NotYet)};
  std::string file = encode_document(mine, 5);
  file[file.size() / 2] ^= 1;
  BackupMerge r = merge_backup(mine, file);
  CHECK_FALSE(r.readable);
  CHECK(r.message == "That file is not a capwalk backup, or it is damaged, so nothing was imported.");
  CHECK(merge_backup(mine, "").message == "That file is empty, so nothing was imported.");
  CHECK(mine.assessments.size() == 1);
  CHECK(backup_file_name("2026-11-23") == "capwalk-backup-2026-11-23.json");
}
