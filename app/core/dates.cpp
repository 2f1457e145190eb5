#include "dates.h"

#include <algorithm>
#include <cstdio>

namespace capwalk {

namespace {

struct CivilDate {
  std::int64_t year, month, day;
};

// Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
CivilDate civil(std::int64_t ms) {
  std::int64_t z = (ms >= 0 ? ms : ms - 86399999) / 86400000 + 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const std::int64_t day = doy - (153 * mp + 2) / 5 + 1;
  const std::int64_t month = mp < 10 ? mp + 3 : mp - 9;
  return {yoe + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

}  // namespace

std::string format_date_iso(std::int64_t ms) {
  const CivilDate d = civil(ms);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04lld-%02lld-%02lld", static_cast<long long>(d.year),
                static_cast<long long>(d.month), static_cast<long long>(d.day));
  return buf;
}

std::string format_date(std::int64_t ms) {
  static const char* kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                  "July",    "August",   "September", "October", "November", "December"};
  const CivilDate d = civil(ms);
  return std::to_string(d.day) + " " + kMonths[d.month - 1] + " " + std::to_string(d.year);
}

namespace {
constexpr std::int64_t kMsPerDay = 86400000;
constexpr std::int64_t kEpoch2020Ms = 1577836800000;  // 2020-01-01T00:00:00Z
}  // namespace

int days_since_2020(std::int64_t ms_since_epoch) {
  const std::int64_t since = ms_since_epoch - kEpoch2020Ms;
  std::int64_t days = since / kMsPerDay;
  if (since % kMsPerDay < 0) --days;
  return static_cast<int>(std::clamp<std::int64_t>(days, 0, 65535));
}

std::int64_t ms_from_days_since_2020(int days) { return static_cast<std::int64_t>(days) * kMsPerDay + kEpoch2020Ms; }

}  // namespace capwalk
