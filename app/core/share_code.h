// share_code.h — an assessment's results packed into a short link, with no server.
//
// The link carries everything in its fragment (…/#r=CODE), which browsers never send
// to a server. CODE is base64url (no padding) of this binary record:
//
//   byte 0        format version (kShareFormat)
//   byte 1        flags: bit 0 notes and plan included
//   string        framework id        (string = 1 length byte + UTF-8 bytes, <= 255)
//   string        framework version
//   string        role id (empty when the role is not listed)
//   byte          S: how many settings, <= kMaxSharedSettings (format 1: always one
//                 string, empty for none)
//   S strings     setting ids
//   byte          tier (kFirstTier..kLastTier, framework.h)
//   2 bytes       date: days since 2020-01-01 (little-endian)
//   varint        N: capability count of the framework when the link was made
//   ceil(N/8)     bitmap: which of the framework's capabilities were assessed, by
//                 position in the framework (whatever order they were walked in)
//   K bytes       for each assessed capability, the low byte of FNV-1a-32 of its id,
//                 so a framework that changed since can be detected item by item
//   ceil(3K/8)    ratings, 3 bits each (Rating value 0..6), LSB first
//   ceil(K/8)     training flags, 1 bit each
//   if flags bit 0: for each assessed capability a varint-length UTF-8 note, then
//                 varint plan count and per plan item: varint position of its
//                 capability in the framework, then goal, action, by_when, support
//                 as varint-length strings
//   4 bytes       CRC-32 (IEEE) of everything before it, little-endian
//
// A fully answered 96-item NOS assessment without notes is about 180 bytes, 240
// characters. Decoding checks everything and imports nothing partial.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "assessment.h"
#include "framework.h"

namespace capwalk {

constexpr int kShareFormat = 2;  // 2: several settings; format 1 links still open
constexpr std::size_t kMaxSharedSettings = 10;
// The decoder refuses a longer CODE, so nothing longer may ever be offered.
constexpr std::size_t kMaxShareCodeLength = 16384;

struct SharedItem {
  int position = 0;          // in the framework's capabilities, when the link was made
  std::uint8_t id_hash = 0;  // low byte of FNV-1a-32 of the capability id
  Rating rating = Rating::Unanswered;
  bool wants_training = false;
  std::string note;          // only when notes were included
};

struct SharedPlanItem {
  int position = 0;
  std::string goal, action, by_when, support;
};

struct SharedResults {
  std::string framework_id, framework_version, role_id;
  std::vector<std::string> settings;
  int tier = 1;
  int days_since_2020 = 0;
  int framework_capability_count = 0;
  bool notes_included = false;
  std::vector<SharedItem> items;  // framework order
  std::vector<SharedPlanItem> plan;
};

// Packs `a` into a share code (the items go in `framework`'s order).
// Notes and the plan go in only when `include_notes`.
std::string encode_share_code(const Assessment& a, const Framework& framework, bool include_notes);

// Why a link was refused. The words the person sees for each are in one table,
// share_error_message().
enum class ShareError {
  None,
  Empty,             // nothing after "#r="
  NotBase64,         // characters base64url does not have
  TooShort,          // shorter than the smallest record
  ChecksumMismatch,  // the CRC-32 does not match: changed or cut short
  NewerFormat,       // a format version after kShareFormat
  Malformed,         // the record does not fit together
  TooLong,           // longer than kMaxShareCodeLength
  IsReply,           // a supervision reply (reply_code.h) where results were expected
  NotReply,          // results where a supervision reply was expected
};
constexpr int kShareErrorCount = 10;  // None included
// Plain English for the person ("This link is incomplete: ..."); "" for None.
const char* share_error_message(ShareError error);

struct ShareDecode {
  ShareError error = ShareError::None;
  SharedResults results;
  std::string message() const { return share_error_message(error); }
};

// `code` is what follows "r=" (a leading "#r=" or "r=" is also accepted).
ShareDecode decode_share_code(std::string_view code);

// The shared results against the framework as it is on this device. Items whose
// position or id no longer match are listed in `no_longer_matching` (by position)
// and left out of the assessment.
struct ResolvedShare {
  Assessment assessment;   // id empty; capability_ids, answers, plan filled
  std::vector<int> no_longer_matching;
  bool version_differs = false;
};
ResolvedShare resolve_share(const SharedResults& shared, const Framework& framework,
                            const std::string& role_title);

// "This link is for the framework “x”, which is not available on this device."
std::string foreign_framework_message(const std::string& framework_id);

// The first byte of a supervision reply's record (reply_code.h): never a share format,
// so a reply opened as results, or results as a reply, is told apart and named.
constexpr std::uint8_t kReplyMarker = 0x56;  // 'V'

// The sealing both kinds of record share: seal_record() appends the CRC-32 and encodes
// base64url; open_record() takes `code` (with or without "#key=" or "key=" before it),
// checks its length, alphabet and checksum, and gives the record without its checksum.
std::string seal_record(std::vector<std::uint8_t> bytes);
ShareError open_record(std::string_view code, std::string_view key, std::vector<std::uint8_t>& body);

// Helpers, exposed for tests.
std::string base64url_encode(const std::vector<std::uint8_t>& bytes);
bool base64url_decode(std::string_view text, std::vector<std::uint8_t>& out);
std::uint32_t crc32(const std::uint8_t* data, std::size_t size);
std::uint8_t capability_id_hash(const std::string& id);

}  // namespace capwalk
