// reply_code.h — a manager's view of someone's results, sent back to them in a link.
//
// The manager opens a results link (share_code.h), adds their view beside each
// rating, agrees actions with the person, and sends a reply link (…/#v=CODE). The
// person opens it on their own device, where capwalk finds the assessment it answers
// and shows both views side by side; the agreed actions join their plan
// (supervision.h). Nothing passes through a server: the reply is inside the link.
//
//   SupervisionReply reply;
//   reply.binding = results_binding(shared);    // the results it answers
//   reply.views.push_back({3, ViewKind::Differently, Rating::Confident, "I saw you…"});
//   const std::string code = encode_reply(reply);
//   ReplyDecode back = decode_reply(code);       // back.error == ShareError::None
//
// CODE is base64url (no padding) of this record, sealed like a share code:
//
//   byte 0        kReplyMarker ('V'): never a share format, so the two are told apart
//   byte 1        format version (kReplyFormat)
//   8 bytes       binding: results_binding() of the results answered, little-endian
//   string        framework id        (string = 1 length byte + UTF-8 bytes, <= 255)
//   string        framework version
//   2 bytes       date the view was sent: days since 2020-01-01 (little-endian)
//   varint        V: how many capability views, then per view in position order:
//                   varint position in the framework (as in the results link)
//                   byte   bits 0-1 ViewKind, bits 2-4 the manager's Rating
//                          (Differently only, else 0), bit 5 a comment follows
//                   [varint-length UTF-8 comment]
//   varint        A: how many agreed actions, then per action: varint position of
//                 its capability, then what, by when and support as varint-length
//                 strings
//   varint-length the overall comment
//   4 bytes       CRC-32 (IEEE) of everything before it, little-endian
//
// A view on each of the 10 core capabilities with three agreed actions and short
// comments is about 400 characters. Decoding checks everything and keeps nothing of
// a reply that does not fit together.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "assessment.h"
#include "share_code.h"

namespace capwalk {

constexpr int kReplyFormat = 1;

// How the manager sees one capability, beside the person's own rating.
enum class ViewKind : std::uint8_t {
  Same = 0,         // "I see it the same way"
  Differently = 1,  // "I see it differently", with the manager's rating
  TalkAbout = 2,    // "Let's talk about this"
};
constexpr int kViewKindCount = 3;
// The words for each kind, as the manager chooses them and the person reads them.
const char* view_kind_label(ViewKind kind);

struct CapabilityView {
  int position = 0;  // in the framework, as in the results link
  ViewKind kind = ViewKind::Same;
  Rating rating = Rating::Unanswered;  // Differently only: how the manager rates it
  std::string comment;
  bool operator==(const CapabilityView& o) const {
    return position == o.position && kind == o.kind && rating == o.rating && comment == o.comment;
  }
};

struct AgreedAction {
  int position = 0;  // the capability (the need) it is for
  std::string what, by_when, support;
  bool operator==(const AgreedAction& o) const {
    return position == o.position && what == o.what && by_when == o.by_when && support == o.support;
  }
};

struct SupervisionReply {
  std::uint64_t binding = 0;  // results_binding() of the results it answers
  std::string framework_id, framework_version;
  int days_since_2020 = 0;    // when it was sent
  std::vector<CapabilityView> views;  // by position, each position once
  std::vector<AgreedAction> actions;
  std::string overall;        // a short overall comment
  bool operator==(const SupervisionReply& o) const {
    return binding == o.binding && framework_id == o.framework_id && framework_version == o.framework_version &&
           days_since_2020 == o.days_since_2020 && views == o.views && actions == o.actions && overall == o.overall;
  }
};

// What a reply is bound to: a 64-bit hash of the answers in a results link (framework,
// version, role, settings, tier, and each capability's position, id hash, rating and
// training request), leaving out the date, the notes and the plan, so writing a plan
// after sharing does not unbind a reply, while any changed rating does.
std::uint64_t results_binding(const SharedResults& results);
// The same for an assessment on this device, as its results link would carry it.
std::uint64_t assessment_binding(const Assessment& assessment, const Framework& framework);

// Comments and action fields are cut to these many bytes (at a character boundary).
constexpr std::size_t kMaxViewComment = 500;
constexpr std::size_t kMaxActionField = 300;
constexpr std::size_t kMaxOverallComment = 1000;

// The reply as a code; views are written in position order, and a position twice
// keeps its first view.
std::string encode_reply(const SupervisionReply& reply);

struct ReplyDecode {
  ShareError error = ShareError::None;
  SupervisionReply reply;
  std::string message() const { return share_error_message(error); }
};
// `code` is what follows "v=" (a leading "#v=" or "v=" is also accepted).
ReplyDecode decode_reply(std::string_view code);

// link_base(page_url) + "#v=" + code: see sharing.h for link_base.
constexpr const char* kReplyKey = "v";

}  // namespace capwalk
