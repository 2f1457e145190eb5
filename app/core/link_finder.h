// link_finder.h — finds every capwalk results link in pasted text or an opened file.
//
// A manager pastes a few links from an email, or opens a file of thousands: a column
// exported from a form (CSV or TSV, cells quoted or not, several links to a cell), a
// mailbox search saved as text. Whatever the shape, each link is found on its own:
//
//   for (const FoundLink& link : find_links(text)) decode_share_code(link.code);
//
// A link is a token holding "#r=" (a full address) or starting "r=", or a bare code:
// a run of at least kMinBareCode characters that base64url has. Everything else
// (names, dates, column headings, email addresses) is other text and is passed over.
// Tokens end at white space, commas, semicolons, quotes and brackets, none of which a
// link or a code can contain. A byte order mark at the start is skipped; CR, LF and
// CRLF all end a line.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace capwalk {

// Shorter bare tokens are words, not codes: the smallest result a person can share
// (one framework id, one rating) is longer than this.
constexpr std::size_t kMinBareCode = 20;

struct FoundLink {
  std::string code;  // what follows "#r=" or "r=", or the bare code; may be damaged
  int line = 1;      // where it was found, counting from 1
};

std::vector<FoundLink> find_links(std::string_view text);

}  // namespace capwalk
