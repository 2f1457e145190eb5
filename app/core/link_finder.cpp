#include "link_finder.h"

namespace capwalk {

namespace {

// Characters that end a token: none of them can be part of a link or a code.
bool ends_token(char c) {
  switch (c) {
    case ' ': case '\t': case '\n': case '\r': case '\f': case '\v':
    case ',': case ';': case '"': case '\'': case '<': case '>':
    case '(': case ')': case '[': case ']': case '{': case '}': case '|':
      return true;
    default:
      return false;
  }
}

bool is_code_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_';
}

// Full stops and colons often end a sentence around a link ("…#r=CODE."); base64url
// has neither, so they are trimmed from the end of the code.
std::string_view trim_end(std::string_view code) {
  while (!code.empty() && (code.back() == '.' || code.back() == ':')) code.remove_suffix(1);
  return code;
}

// The code in one token, or nothing (empty and false) when the token is other text.
bool code_in(std::string_view token, std::string& code) {
  const std::size_t hash = token.find("#r=");
  if (hash != std::string_view::npos) {
    code = std::string(trim_end(token.substr(hash + 3)));
    return true;
  }
  if (token.substr(0, 2) == "r=") {
    code = std::string(trim_end(token.substr(2)));
    return true;
  }
  const std::string_view bare = trim_end(token);
  if (bare.size() < kMinBareCode) return false;
  for (char c : bare)
    if (!is_code_char(c)) return false;
  code = std::string(bare);
  return true;
}

}  // namespace

std::vector<FoundLink> find_links(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::vector<FoundLink> found;
  int line = 1;
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n) {
    const char c = text[i];
    if (ends_token(c)) {
      if (c == '\n' || (c == '\r' && (i + 1 >= n || text[i + 1] != '\n'))) ++line;
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < n && !ends_token(text[end])) ++end;
    std::string code;
    if (code_in(text.substr(i, end - i), code)) found.push_back({std::move(code), line});
    i = end;
  }
  return found;
}

}  // namespace capwalk
