#include "reply_code.h"

#include <algorithm>
#include <iterator>
#include <set>

#include "byte_record.h"

namespace capwalk {

namespace {

constexpr std::uint8_t kKindBits = 0x03;
constexpr unsigned kRatingShift = 2;
constexpr std::uint8_t kRatingBits = 0x07 << kRatingShift;
constexpr std::uint8_t kCommentFollows = 0x20;
constexpr std::size_t kBindingBytes = 8;
constexpr std::uint32_t kMaxPosition = 0x7FFFFFFF;  // positions are ints

struct ViewKindText {
  ViewKind kind;
  const char* label;
};
constexpr ViewKindText kViewKindTexts[] = {
    {ViewKind::Same, "I see it the same way"},
    {ViewKind::Differently, "I see it differently"},
    {ViewKind::TalkAbout, "Let's talk about this"},
};
static_assert(std::size(kViewKindTexts) == kViewKindCount, "one label per ViewKind");

class Fnv64 {
 public:
  void byte(std::uint8_t b) {
    hash_ ^= b;
    hash_ *= 1099511628211ull;
  }
  void number(std::uint32_t n) {
    for (int k = 0; k < 4; ++k) byte(static_cast<std::uint8_t>((n >> (8 * k)) & 0xFF));
  }
  // Length first, so "ab" + "c" and "a" + "bc" differ.
  void text(const std::string& s) {
    number(static_cast<std::uint32_t>(s.size()));
    for (unsigned char c : s) byte(c);
  }
  std::uint64_t value() const { return hash_; }

 private:
  std::uint64_t hash_ = 14695981039346656037ull;
};

bool read_view(Reader& in, CapabilityView& view) {
  const std::uint32_t position = in.varint();
  const std::uint8_t bits = in.byte();
  if (!in.ok() || position > kMaxPosition || (bits & ~(kKindBits | kRatingBits | kCommentFollows))) return false;
  view.position = static_cast<int>(position);
  const unsigned kind = bits & kKindBits;
  const unsigned rating = (bits & kRatingBits) >> kRatingShift;
  if (kind >= static_cast<unsigned>(kViewKindCount)) return false;
  view.kind = static_cast<ViewKind>(kind);
  // Only "differently" carries a rating, and then a real one.
  if ((view.kind == ViewKind::Differently) != (rating != 0) || rating > static_cast<unsigned>(kRatingOptionCount))
    return false;
  view.rating = static_cast<Rating>(rating);
  if (bits & kCommentFollows) {
    view.comment = in.long_string();
    if (view.comment.empty() || view.comment.size() > kMaxViewComment) return false;
  }
  return in.ok();
}

bool read_action(Reader& in, AgreedAction& action) {
  const std::uint32_t position = in.varint();
  action.position = static_cast<int>(std::min<std::uint32_t>(position, kMaxPosition));
  action.what = in.long_string();
  action.by_when = in.long_string();
  action.support = in.long_string();
  return in.ok() && position <= kMaxPosition && action.what.size() <= kMaxActionField &&
         action.by_when.size() <= kMaxActionField && action.support.size() <= kMaxActionField;
}

// The record after its marker; false when it does not fit together.
bool parse_reply(Reader& in, SupervisionReply& r) {
  in.byte();  // the marker, already checked
  if (in.byte() != kReplyFormat) return false;
  for (std::size_t k = 0; k < kBindingBytes; ++k) r.binding |= std::uint64_t{in.byte()} << (8 * k);
  r.framework_id = in.short_string();
  r.framework_version = in.short_string();
  r.days_since_2020 = static_cast<int>(in.u16());
  if (!in.ok() || !is_id(r.framework_id) || r.framework_version.empty() || r.framework_version.size() > kMaxIdLength)
    return false;
  // Each view takes at least 2 bytes and each action 4, so larger counts cannot be real.
  const std::uint32_t views = in.varint();
  if (!in.ok() || views > in.remaining() / 2) return false;
  int previous = -1;
  for (std::uint32_t i = 0; i < views; ++i) {
    CapabilityView view;
    if (!read_view(in, view) || view.position <= previous) return false;
    previous = view.position;
    r.views.push_back(std::move(view));
  }
  const std::uint32_t actions = in.varint();
  if (!in.ok() || actions > in.remaining() / 4) return false;
  for (std::uint32_t i = 0; i < actions; ++i) {
    AgreedAction action;
    if (!read_action(in, action) || action.what.empty()) return false;
    r.actions.push_back(std::move(action));
  }
  r.overall = in.long_string();
  return in.ok() && in.at_end() && r.overall.size() <= kMaxOverallComment;
}

ReplyDecode failure(ShareError error) {
  ReplyDecode out;
  out.error = error;
  return out;
}

}  // namespace

const char* view_kind_label(ViewKind kind) {
  const auto i = static_cast<std::size_t>(kind);
  return i < std::size(kViewKindTexts) ? kViewKindTexts[i].label : "";
}

std::uint64_t results_binding(const SharedResults& r) {
  Fnv64 h;
  h.text(r.framework_id);
  h.text(r.framework_version);
  h.text(r.role_id);
  h.number(static_cast<std::uint32_t>(r.settings.size()));
  for (const std::string& s : r.settings) h.text(s);
  h.number(static_cast<std::uint32_t>(r.tier));
  h.number(static_cast<std::uint32_t>(r.framework_capability_count));
  h.number(static_cast<std::uint32_t>(r.items.size()));
  for (const SharedItem& item : r.items) {
    h.number(static_cast<std::uint32_t>(item.position));
    h.byte(item.id_hash);
    h.byte(static_cast<std::uint8_t>(item.rating));
    h.byte(item.wants_training ? 1 : 0);
  }
  return h.value();
}

std::uint64_t assessment_binding(const Assessment& a, const Framework& framework) {
  // Through the results link itself, so both sides hash exactly what travels.
  const ShareDecode decoded = decode_share_code(encode_share_code(a, framework, false));
  return decoded.error == ShareError::None ? results_binding(decoded.results) : 0;
}

std::string encode_reply(const SupervisionReply& reply) {
  Writer out;
  out.byte(kReplyMarker);
  out.byte(static_cast<std::uint8_t>(kReplyFormat));
  for (std::size_t k = 0; k < kBindingBytes; ++k) out.byte(static_cast<std::uint8_t>((reply.binding >> (8 * k)) & 0xFF));
  out.short_string(reply.framework_id);
  out.short_string(reply.framework_version);
  out.u16(static_cast<unsigned>(std::clamp(reply.days_since_2020, 0, 65535)));

  std::vector<const CapabilityView*> views;
  std::set<int> seen;
  for (const CapabilityView& v : reply.views)
    if (v.position >= 0 && seen.insert(v.position).second) views.push_back(&v);
  std::sort(views.begin(), views.end(), [](const auto* a, const auto* b) { return a->position < b->position; });
  out.varint(views.size());
  for (const CapabilityView* v : views) {
    // "Differently" without a rating says only that the manager wants to talk it over.
    const bool differently = v->kind == ViewKind::Differently && v->rating != Rating::Unanswered;
    const ViewKind kind = v->kind == ViewKind::Differently && !differently ? ViewKind::TalkAbout : v->kind;
    const std::string comment = clean_utf8(v->comment, kMaxViewComment);
    std::uint8_t bits = static_cast<std::uint8_t>(static_cast<unsigned>(kind) & kKindBits);
    if (differently) bits = static_cast<std::uint8_t>(bits | ((static_cast<unsigned>(v->rating) << kRatingShift) & kRatingBits));
    if (!comment.empty()) bits |= kCommentFollows;
    out.varint(static_cast<std::uint64_t>(v->position));
    out.byte(bits);
    if (!comment.empty()) out.long_string(comment);
  }
  std::vector<const AgreedAction*> actions;
  for (const AgreedAction& a : reply.actions)
    if (a.position >= 0 && !clean_utf8(a.what, kMaxActionField).empty()) actions.push_back(&a);
  out.varint(actions.size());
  for (const AgreedAction* a : actions) {
    out.varint(static_cast<std::uint64_t>(a->position));
    out.long_string(clean_utf8(a->what, kMaxActionField));
    out.long_string(clean_utf8(a->by_when, kMaxActionField));
    out.long_string(clean_utf8(a->support, kMaxActionField));
  }
  out.long_string(clean_utf8(reply.overall, kMaxOverallComment));
  return seal_record(std::move(out.bytes()));
}

ReplyDecode decode_reply(std::string_view code) {
  std::vector<std::uint8_t> bytes;
  if (const ShareError error = open_record(code, kReplyKey, bytes); error != ShareError::None) return failure(error);
  if (bytes[0] != kReplyMarker) {
    // Results where a reply was expected; a damaged reply is just damaged.
    return failure(bytes[0] >= 1 && bytes[0] <= kShareFormat ? ShareError::NotReply : ShareError::Malformed);
  }
  if (bytes.size() >= 2 && bytes[1] > kReplyFormat) return failure(ShareError::NewerFormat);
  Reader in(bytes.data(), bytes.size());
  ReplyDecode out;
  if (!parse_reply(in, out.reply)) return failure(ShareError::Malformed);
  return out;
}

}  // namespace capwalk
