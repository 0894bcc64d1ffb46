#pragma once
// Date/time text as the dialect functions read and write it (DATE_TRUNC, DATEDIFF).
//
// Accepted input, the forms SQLite's date() and datetime() produce: 'YYYY-MM-DD',
// 'YYYY-MM-DD HH:MM', 'YYYY-MM-DD HH:MM:SS', 'YYYY-MM-DD HH:MM:SS.fff' (any number of fraction
// digits), a 'T' instead of the space, an optional trailing 'Z'. Times are taken as UTC; no
// time zones, no 'now' (the functions stay deterministic).
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace prepl::sql {

enum class TimeUnit { year, quarter, month, week, day, hour, minute, second };

// "year", "Month", "days" ... (case-insensitive, a plural 's' allowed); nullopt otherwise.
std::optional<TimeUnit> parse_time_unit(std::string_view text);

// Seconds since 1970-01-01 00:00:00 UTC, fraction dropped; nullopt when `text` is not a date.
std::optional<std::chrono::sys_seconds> parse_timestamp(std::string_view text);

// Start of the `unit` containing `t`. Weeks start on Monday (ISO 8601).
std::chrono::sys_seconds truncate_to(TimeUnit unit, std::chrono::sys_seconds t);

// 'YYYY-MM-DD' for year..day (like SQLite's date()), 'YYYY-MM-DD HH:MM:SS' for hour..second
// (like datetime()), so results compare as text with SQLite's own date functions.
std::string format_truncated(TimeUnit unit, std::chrono::sys_seconds t);

// b - a counted in `unit` boundaries crossed (Snowflake/Redshift DATEDIFF):
// day between '2024-01-01 23:00' and '2024-01-02 01:00' is 1; week counts Mondays.
std::int64_t boundaries_between(TimeUnit unit, std::chrono::sys_seconds a,
                                std::chrono::sys_seconds b);

}  // namespace prepl::sql
