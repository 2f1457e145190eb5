// dates.h — dates as people read them ("22 November 2026"), from milliseconds since
// 1970 UTC. Plain arithmetic, no locale or time zone database.
#pragma once

#include <cstdint>
#include <string>

namespace capwalk {

std::string format_date(std::int64_t ms_since_epoch);
// "2026-11-22"
std::string format_date_iso(std::int64_t ms_since_epoch);

}  // namespace capwalk
