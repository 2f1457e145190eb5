// A backup file comes from anywhere. Importing it into someone's data must either
// change nothing (a file that does not read) or leave data that saves and reads back
// the same; importing the same file again must add nothing. Each input is imported as
// it is, then again with its checksum put right, so mutated data reaches the merge.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "app/core/backup.h"
#include "app/core/storage_document.h"
#include "fuzz_support.h"

namespace {

// Someone's data before the import: the schema 1 example, migrated.
const capwalk::StoredData& before() {
  static const capwalk::StoredData data = [] {
    const capwalk::DocumentRead read = capwalk::decode_document(capwalk::example_schema1_document());
    if (read.status != capwalk::DocumentStatus::Ok) std::abort();
    return read.data;
  }();
  return data;
}

void import_twice(std::string_view file) {
  capwalk::StoredData mine = before();
  const capwalk::BackupMerge first = capwalk::merge_backup(mine, file);
  if (!first.readable) {
    if (!(mine == before())) std::abort();
    return;
  }
  const capwalk::DocumentRead saved = capwalk::decode_document(capwalk::encode_document(mine, 0));
  if (saved.status != capwalk::DocumentStatus::Ok || !(saved.data == mine)) std::abort();
  capwalk::StoredData again = mine;
  const capwalk::BackupMerge second = capwalk::merge_backup(again, file);
  if (second.added != 0 || second.kept_both != 0 || !(again == mine)) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  import_twice(text);
  if (const auto fixed = fuzz::with_matching_checksum(text)) import_twice(*fixed);
  return 0;
}
