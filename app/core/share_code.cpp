#include "share_code.h"

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <map>

#include "byte_record.h"
#include "dates.h"

// Nothing here throws: the web build aborts on a throw, and a share code is text
// from anyone. The decoder checks every read against the buffer and keeps nothing
// from a code that does not fit together.

namespace capwalk {

namespace {

constexpr std::size_t kCrcSize = 4;
constexpr std::size_t kMinimumRecord = 2 + kCrcSize;  // format, flags, checksum
// Ratings travel as their Rating values in 3 bits each (share_code.h).
constexpr int kMaxRating = kRatingOptionCount;
static_assert(kMaxRating < 8, "a rating fits in 3 bits");
constexpr std::uint8_t kFlagNotes = 0x01;

std::string_view trim(std::string_view text) {
  const auto space = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && space(text.back())) text.remove_suffix(1);
  return text;
}

struct ShareErrorText {
  ShareError error;
  const char* message;
};

constexpr ShareErrorText kShareErrorTexts[] = {
    {ShareError::None, ""},
    {ShareError::Empty,
     "There is no code in this link. Check that you copied all of the link, including the part "
     "after the # sign, then try again."},
    {ShareError::NotBase64,
     "This link is damaged: it contains characters a capwalk link never has. Copy the link again "
     "exactly as it was sent, or ask for it to be sent again."},
    {ShareError::TooShort,
     "This link is incomplete: part of it is missing. Copy all of the link, or ask for it to be "
     "sent again."},
    {ShareError::ChecksumMismatch,
     "This link is damaged: it has been changed or cut short since it was made. Ask for the link "
     "to be sent again, or copy all of it."},
    {ShareError::NewerFormat,
     "This link was made with a newer version of capwalk. Reload this page to get the newest "
     "version, then open the link again."},
    {ShareError::Malformed,
     "This link is damaged: its contents do not fit together, so nothing has been imported. Ask "
     "for the link to be sent again."},
    {ShareError::TooLong,
     "This link is too long to be a capwalk link. Check that you copied only the link and nothing "
     "else, or ask for it to be sent again."},
    {ShareError::IsReply,
     "This is a manager's reply to someone's results, not results. Send it to the person it is "
     "for: it opens on their own device, beside their answers."},
    {ShareError::NotReply,
     "This is a results link, not a reply. Open it as it is, without changing it, to see the "
     "results."},
};

constexpr bool in_error_order() {
  for (std::size_t i = 0; i < std::size(kShareErrorTexts); ++i)
    if (kShareErrorTexts[i].error != static_cast<ShareError>(i)) return false;
  return true;
}
static_assert(std::size(kShareErrorTexts) == kShareErrorCount && in_error_order(),
              "one message per ShareError, in enum order");

ShareDecode failure(ShareError error) {
  ShareDecode out;
  out.error = error;
  return out;
}

int base64url_value(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '-') return 62;
  if (c == '_') return 63;
  return -1;
}

// Ids in a link are framework, role and setting ids, held to is_id() as framework files
// are. Anything else (such as text that a spreadsheet would run as a formula when the
// team is exported) is refused.
bool plain_id(const std::string& s, bool may_be_empty) { return s.empty() ? may_be_empty : is_id(s); }

// The record after the format byte has been checked; false when it does not fit together.
bool parse_record(Reader& in, SharedResults& r) {
  const int format = in.byte();  // already checked
  const std::uint8_t flags = in.byte();
  if (flags & ~kFlagNotes) return false;
  r.notes_included = (flags & kFlagNotes) != 0;

  r.framework_id = in.short_string();
  r.framework_version = in.short_string();
  r.role_id = in.short_string();
  // Format 1 held one setting id (empty: none); format 2 a count and that many.
  const unsigned setting_count = format == 1 ? 1 : in.byte();
  if (setting_count > kMaxSharedSettings) return false;
  for (unsigned i = 0; i < setting_count; ++i) r.settings.push_back(in.short_string());
  if (format == 1 && r.settings.front().empty()) r.settings.clear();
  const bool settings_ok = std::all_of(r.settings.begin(), r.settings.end(),
                                       [](const std::string& id) { return is_id(id); });
  r.tier = in.byte();
  r.days_since_2020 = static_cast<int>(in.u16());
  if (!in.ok() || !is_tier(r.tier)) return false;
  if (!plain_id(r.framework_id, false) || !plain_id(r.role_id, true) || !settings_ok ||
      r.framework_version.empty() || r.framework_version.size() > kMaxIdLength)
    return false;

  const std::uint32_t n = in.varint();
  if (!in.ok()) return false;
  const std::string_view bitmap = in.take((static_cast<std::uint64_t>(n) + 7) / 8);
  if (!in.ok() || !padding_clear(bitmap, n)) return false;
  r.framework_capability_count = static_cast<int>(n);  // n <= 8 * buffer size here

  std::vector<int> positions;
  for (std::size_t p = 0; p < n; ++p)
    if (bit_at(bitmap, p)) positions.push_back(static_cast<int>(p));
  const std::size_t k = positions.size();

  const std::string_view hashes = in.take(k);
  const std::string_view ratings = in.take((3 * static_cast<std::uint64_t>(k) + 7) / 8);
  const std::string_view training = in.take((static_cast<std::uint64_t>(k) + 7) / 8);
  if (!in.ok() || !padding_clear(ratings, 3 * k) || !padding_clear(training, k)) return false;

  r.items.resize(k);
  for (std::size_t i = 0; i < k; ++i) {
    SharedItem& item = r.items[i];
    item.position = positions[i];
    item.id_hash = static_cast<std::uint8_t>(hashes[i]);
    const unsigned rating = packed_value(ratings, i, 3);
    if (rating > static_cast<unsigned>(kMaxRating)) return false;
    item.rating = static_cast<Rating>(rating);
    item.wants_training = bit_at(training, i);
  }

  if (r.notes_included) {
    for (SharedItem& item : r.items) {
      item.note = in.long_string();
      if (!in.ok()) return false;
    }
    const std::uint32_t plan_count = in.varint();
    // Each plan item takes at least 5 bytes, so a count beyond that cannot be real.
    if (!in.ok() || plan_count > in.remaining() / 5) return false;
    for (std::uint32_t i = 0; i < plan_count; ++i) {
      SharedPlanItem plan;
      const std::uint32_t position = in.varint();
      if (!in.ok() || position >= n || !bit_at(bitmap, position)) return false;
      plan.position = static_cast<int>(position);
      plan.goal = in.long_string();
      plan.action = in.long_string();
      plan.by_when = in.long_string();
      plan.support = in.long_string();
      if (!in.ok()) return false;
      r.plan.push_back(std::move(plan));
    }
  }
  return in.ok() && in.at_end();
}

}  // namespace

// ---- Helpers ----

std::string base64url_encode(const std::vector<std::uint8_t>& bytes) {
  static const char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  std::string out;
  out.reserve((bytes.size() * 4 + 2) / 3);
  std::size_t i = 0;
  for (; i + 3 <= bytes.size(); i += 3) {
    const std::uint32_t v = (std::uint32_t{bytes[i]} << 16) | (std::uint32_t{bytes[i + 1]} << 8) | bytes[i + 2];
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
    out += kAlphabet[(v >> 6) & 63];
    out += kAlphabet[v & 63];
  }
  const std::size_t rest = bytes.size() - i;
  if (rest == 1) {
    const std::uint32_t v = std::uint32_t{bytes[i]} << 16;
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
  } else if (rest == 2) {
    const std::uint32_t v = (std::uint32_t{bytes[i]} << 16) | (std::uint32_t{bytes[i + 1]} << 8);
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
    out += kAlphabet[(v >> 6) & 63];
  }
  return out;
}

bool base64url_decode(std::string_view text, std::vector<std::uint8_t>& out) {
  out.clear();
  if (text.size() % 4 == 1) return false;
  std::vector<std::uint8_t> bytes;
  bytes.reserve(text.size() * 3 / 4);
  std::uint32_t buffer = 0;
  int bits = 0;
  for (char c : text) {
    const int value = base64url_value(c);
    if (value < 0) return false;
    buffer = (buffer << 6) | static_cast<std::uint32_t>(value);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push_back(static_cast<std::uint8_t>((buffer >> bits) & 0xFF));
    }
  }
  // The bits left over must be zero, so each byte string has exactly one spelling.
  if (bits > 0 && (buffer & ((1u << bits) - 1)) != 0) return false;
  out = std::move(bytes);
  return true;
}

std::uint32_t crc32(const std::uint8_t* data, std::size_t size) {
  std::uint32_t crc = 0xFFFFFFFFu;
  for (std::size_t i = 0; i < size; ++i) {
    crc ^= data[i];
    for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  return crc ^ 0xFFFFFFFFu;
}

std::uint8_t capability_id_hash(const std::string& id) {
  std::uint32_t hash = 2166136261u;
  for (unsigned char c : id) {
    hash ^= c;
    hash *= 16777619u;
  }
  return static_cast<std::uint8_t>(hash & 0xFF);
}

// ---- Encoding ----

std::string encode_share_code(const Assessment& a, const Framework& framework, bool include_notes) {
  std::map<std::string, std::size_t> position_of;
  for (std::size_t p = 0; p < framework.capabilities.size(); ++p)
    position_of.emplace(framework.capabilities[p].id, p);

  const std::size_t n = framework.capabilities.size();
  std::vector<bool> assessed(n, false);
  for (const std::string& id : a.capability_ids) {
    auto it = position_of.find(id);
    if (it != position_of.end()) assessed[it->second] = true;
  }
  std::vector<std::size_t> positions;
  for (std::size_t p = 0; p < n; ++p)
    if (assessed[p]) positions.push_back(p);

  const auto answer_for = [&](std::size_t position) -> const Answer* {
    auto it = a.answers.find(framework.capabilities[position].id);
    return it == a.answers.end() ? nullptr : &it->second;
  };

  Writer out;
  out.byte(static_cast<std::uint8_t>(kShareFormat));
  out.byte(include_notes ? kFlagNotes : 0);
  // The positions and hashes below describe `framework`, so its id and version go in.
  out.short_string(framework.id);
  out.short_string(framework.version);
  out.short_string(a.role_id);
  const std::size_t settings = std::min(a.settings.size(), kMaxSharedSettings);
  out.byte(static_cast<std::uint8_t>(settings));
  for (std::size_t i = 0; i < settings; ++i) out.short_string(a.settings[i]);
  out.byte(static_cast<std::uint8_t>(nearest_tier(a.tier)));

  out.u16(static_cast<unsigned>(days_since_2020(a.updated_at)));

  out.varint(n);
  std::vector<unsigned> bitmap(n, 0);
  for (std::size_t p : positions) bitmap[p] = 1;
  out.packed(bitmap, 1);

  std::vector<unsigned> ratings, training;
  for (std::size_t p : positions) {
    out.byte(capability_id_hash(framework.capabilities[p].id));
    const Answer* answer = answer_for(p);
    unsigned rating = answer ? static_cast<unsigned>(answer->rating) : 0;
    if (rating > static_cast<unsigned>(kMaxRating)) rating = 0;
    ratings.push_back(rating);
    training.push_back(answer && answer->wants_training ? 1 : 0);
  }
  out.packed(ratings, 3);
  out.packed(training, 1);

  if (include_notes) {
    for (std::size_t p : positions) {
      const Answer* answer = answer_for(p);
      out.long_string(answer ? answer->note : std::string());
    }
    // Plan items for capabilities that are in the link, in the plan's order.
    std::vector<std::pair<std::size_t, const PlanItem*>> plan;
    for (const PlanItem& item : a.plan) {
      auto it = position_of.find(item.capability_id);
      if (it != position_of.end() && assessed[it->second]) plan.emplace_back(it->second, &item);
    }
    out.varint(plan.size());
    for (const auto& [position, item] : plan) {
      out.varint(position);
      out.long_string(item->goal);
      out.long_string(item->action);
      out.long_string(item->by_when);
      out.long_string(item->support);
    }
  }

  return seal_record(std::move(out.bytes()));
}

// ---- Decoding ----

std::string seal_record(std::vector<std::uint8_t> bytes) {
  const std::uint32_t crc = crc32(bytes.data(), bytes.size());
  for (std::size_t k = 0; k < kCrcSize; ++k) bytes.push_back(static_cast<std::uint8_t>((crc >> (8 * k)) & 0xFF));
  return base64url_encode(bytes);
}

ShareError open_record(std::string_view code, std::string_view key, std::vector<std::uint8_t>& body) {
  body.clear();
  std::string_view text = trim(code);
  if (text.substr(0, 1) == "#" && text.substr(1, key.size()) == key && text.substr(1 + key.size(), 1) == "=") {
    text.remove_prefix(key.size() + 2);
  } else if (text.substr(0, key.size()) == key && text.substr(key.size(), 1) == "=") {
    text.remove_prefix(key.size() + 1);
  }
  text = trim(text);
  if (text.empty()) return ShareError::Empty;
  if (text.size() > kMaxShareCodeLength) return ShareError::TooLong;
  std::vector<std::uint8_t> bytes;
  if (!base64url_decode(text, bytes)) return ShareError::NotBase64;
  if (bytes.size() < kMinimumRecord) return ShareError::TooShort;
  const std::size_t size = bytes.size() - kCrcSize;
  std::uint32_t stored = 0;
  for (std::size_t k = 0; k < kCrcSize; ++k) stored |= std::uint32_t{bytes[size + k]} << (8 * k);
  if (crc32(bytes.data(), size) != stored) return ShareError::ChecksumMismatch;
  bytes.resize(size);
  body = std::move(bytes);
  return ShareError::None;
}

ShareDecode decode_share_code(std::string_view code) {
  std::vector<std::uint8_t> bytes;
  if (const ShareError error = open_record(code, "r", bytes); error != ShareError::None) return failure(error);
  const int format = bytes[0];
  if (format == kReplyMarker) return failure(ShareError::IsReply);
  if (format > kShareFormat) return failure(ShareError::NewerFormat);
  if (format == 0) return failure(ShareError::Malformed);

  Reader in(bytes.data(), bytes.size());
  ShareDecode out;
  if (!parse_record(in, out.results)) return failure(ShareError::Malformed);
  return out;
}

// ---- Resolving ----

ResolvedShare resolve_share(const SharedResults& shared, const Framework& framework,
                            const std::string& role_title) {
  ResolvedShare out;
  Assessment& a = out.assessment;
  a.framework_id = shared.framework_id;
  a.framework_version = shared.framework_version;
  a.role_id = shared.role_id;
  a.role_title = role_title;
  a.tier = shared.tier;
  a.settings = shared.settings;
  a.created_at = a.updated_at = ms_from_days_since_2020(shared.days_since_2020);
  a.finished = true;
  out.version_differs = shared.framework_version != framework.version;

  std::map<int, std::string> matched;  // position -> capability id
  for (const SharedItem& item : shared.items) {
    const bool fits = item.position >= 0 &&
                      static_cast<std::size_t>(item.position) < framework.capabilities.size() &&
                      capability_id_hash(framework.capabilities[static_cast<std::size_t>(item.position)].id) ==
                          item.id_hash;
    if (!fits) {
      out.no_longer_matching.push_back(item.position);
      continue;
    }
    const std::string& id = framework.capabilities[static_cast<std::size_t>(item.position)].id;
    if (!matched.emplace(item.position, id).second) continue;  // a position twice: keep the first
    a.capability_ids.push_back(id);
    if (item.rating != Rating::Unanswered || item.wants_training || !item.note.empty()) {
      Answer& answer = a.answers[id];
      answer.rating = item.rating;
      answer.wants_training = item.wants_training;
      answer.note = item.note;
    }
  }

  for (const SharedPlanItem& item : shared.plan) {
    auto it = matched.find(item.position);
    if (it == matched.end()) continue;
    PlanItem plan;
    plan.capability_id = it->second;
    plan.goal = item.goal;
    plan.action = item.action;
    plan.by_when = item.by_when;
    plan.support = item.support;
    a.plan.push_back(std::move(plan));
  }
  a.capability_ids = walk_order(framework, std::move(a.capability_ids), a.settings);
  return out;
}

const char* share_error_message(ShareError error) {
  const auto i = static_cast<std::size_t>(error);
  return i < std::size(kShareErrorTexts) ? kShareErrorTexts[i].message : "";
}

std::string foreign_framework_message(const std::string& framework_id) {
  return "This link is for the framework “" + framework_id +
         "”, which is not available on this device. If your organisation uses its "
         "own framework, open its file on the framework screen first, then open the link again.";
}

}  // namespace capwalk
