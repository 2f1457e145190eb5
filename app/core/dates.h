// dates.h — dates as people read them ("22 November 2026"), from milliseconds since
// 1970 UTC. Plain arithmetic, no locale or time zone database.
#pragma once

#include <cstdint>
#include <string>

namespace capwalk {

std::string format_date(std::int64_t ms_since_epoch);
// "2026-11-22"
std::string format_date_iso(std::int64_t ms_since_epoch);

// Links carry dates as whole days since 2020-01-01 (UTC), 0..65535; these convert,
// rounding towards the past.
int days_since_2020(std::int64_t ms_since_epoch);
std::int64_t ms_from_days_since_2020(int days);

}  // namespace capwalk
