// csv.h — RFC 4180 CSV for the team's exports, safe to open in a spreadsheet.
//
// Every export starts with kUtf8Bom, so Excel reads the file as UTF-8 (curly quotes
// and dashes in capability titles) instead of the machine's old code page; other
// tools skip it. Rows end in CRLF; a field with a comma, quote or line break is quoted.
#pragma once

#include <string>
#include <vector>

namespace capwalk {

constexpr const char* kUtf8Bom = "\xEF\xBB\xBF";

// A spreadsheet runs a cell that begins with = + - @ (or a tab or carriage return
// before one) as a formula. Such a field gets a leading ' so it is shown as text
// (OWASP's advice on CSV injection); any other field is returned unchanged.
std::string spreadsheet_safe(const std::string& field);
// One CSV row: each field made spreadsheet-safe, quoted where needed, then CRLF.
std::string csv_row(const std::vector<std::string>& fields);
// Parses RFC 4180 CSV (for tests and imports): rows of fields. A leading byte order
// mark is skipped.
std::vector<std::vector<std::string>> parse_csv(const std::string& text);

}  // namespace capwalk
