#include "sql/timestamp.hpp"
#include "util/text.hpp"

#include <cctype>
#include <cstdio>

namespace prepl::sql {
namespace {

using namespace std::chrono;

// Reads exactly `width` digits at `pos`, advancing it.
std::optional<int> read_digits(std::string_view text, std::size_t& pos, std::size_t width) {
    if (pos + width > text.size()) return std::nullopt;
    int value = 0;
    for (std::size_t i = 0; i < width; ++i) {
        const char c = text[pos + i];
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    pos += width;
    return value;
}

bool accept(std::string_view text, std::size_t& pos, char c) {
    if (pos < text.size() && text[pos] == c) {
        ++pos;
        return true;
    }
    return false;
}

std::string_view trim(std::string_view text) { return util::trim_view(text); }

year_month_day date_of(sys_seconds t) { return year_month_day{floor<days>(t)}; }

// Index of the month counted from year 0, so that differences count month boundaries.
std::int64_t month_index(sys_seconds t) {
    const auto ymd = date_of(t);
    return std::int64_t{static_cast<int>(ymd.year())} * 12 + static_cast<unsigned>(ymd.month()) - 1;
}

sys_days monday_of(sys_days day) { return day - days{weekday{day}.iso_encoding() - 1}; }

}  // namespace

std::optional<TimeUnit> parse_time_unit(std::string_view text) {
    std::string unit;
    for (char c : trim(text))
        unit.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    if (unit.size() > 1 && unit.back() == 's') unit.pop_back();
    if (unit == "year") return TimeUnit::year;
    if (unit == "quarter") return TimeUnit::quarter;
    if (unit == "month") return TimeUnit::month;
    if (unit == "week") return TimeUnit::week;
    if (unit == "day") return TimeUnit::day;
    if (unit == "hour") return TimeUnit::hour;
    if (unit == "minute") return TimeUnit::minute;
    if (unit == "second") return TimeUnit::second;
    return std::nullopt;
}

std::optional<sys_seconds> parse_timestamp(std::string_view raw) {
    const std::string_view text = trim(raw);
    std::size_t pos = 0;
    const auto y = read_digits(text, pos, 4);
    if (!y || !accept(text, pos, '-')) return std::nullopt;
    const auto m = read_digits(text, pos, 2);
    if (!m || !accept(text, pos, '-')) return std::nullopt;
    const auto d = read_digits(text, pos, 2);
    if (!d) return std::nullopt;
    const year_month_day ymd{year{*y}, month{static_cast<unsigned>(*m)},
                             day{static_cast<unsigned>(*d)}};
    if (!ymd.ok()) return std::nullopt;

    int hh = 0, mm = 0, ss = 0;
    if (accept(text, pos, ' ') || accept(text, pos, 'T')) {
        const auto h = read_digits(text, pos, 2);
        if (!h || !accept(text, pos, ':')) return std::nullopt;
        const auto mi = read_digits(text, pos, 2);
        if (!mi) return std::nullopt;
        hh = *h;
        mm = *mi;
        if (accept(text, pos, ':')) {
            const auto s = read_digits(text, pos, 2);
            if (!s) return std::nullopt;
            ss = *s;
            if (accept(text, pos, '.')) {
                const std::size_t digits_start = pos;
                while (pos < text.size() && std::isdigit(static_cast<unsigned char>(text[pos])))
                    ++pos;
                if (pos == digits_start) return std::nullopt;
            }
        }
        if (hh > 23 || mm > 59 || ss > 59) return std::nullopt;
    }
    accept(text, pos, 'Z');
    if (pos != text.size()) return std::nullopt;
    return sys_days{ymd} + hours{hh} + minutes{mm} + seconds{ss};
}

sys_seconds truncate_to(TimeUnit unit, sys_seconds t) {
    const auto ymd = date_of(t);
    switch (unit) {
        case TimeUnit::year:
            return sys_days{ymd.year() / January / 1};
        case TimeUnit::quarter: {
            const unsigned first = (static_cast<unsigned>(ymd.month()) - 1) / 3 * 3 + 1;
            return sys_days{ymd.year() / month{first} / 1};
        }
        case TimeUnit::month:
            return sys_days{ymd.year() / ymd.month() / 1};
        case TimeUnit::week:
            return monday_of(floor<days>(t));
        case TimeUnit::day:
            return floor<days>(t);
        case TimeUnit::hour:
            return floor<hours>(t);
        case TimeUnit::minute:
            return floor<minutes>(t);
        case TimeUnit::second:
            return t;
    }
    return t;
}

std::string format_truncated(TimeUnit unit, sys_seconds t) {
    const auto start = truncate_to(unit, t);
    const auto day_start = floor<days>(start);
    const year_month_day ymd{day_start};
    const hh_mm_ss time{start - day_start};
    char buffer[64];
    const bool date_only = unit == TimeUnit::year || unit == TimeUnit::quarter ||
                           unit == TimeUnit::month || unit == TimeUnit::week ||
                           unit == TimeUnit::day;
    if (date_only) {
        std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                      static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    } else {
        std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u %02d:%02d:%02d",
                      static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                      static_cast<unsigned>(ymd.day()), static_cast<int>(time.hours().count()),
                      static_cast<int>(time.minutes().count()),
                      static_cast<int>(time.seconds().count()));
    }
    return buffer;
}

std::int64_t boundaries_between(TimeUnit unit, sys_seconds a, sys_seconds b) {
    switch (unit) {
        case TimeUnit::year:
            return static_cast<int>(date_of(b).year()) - static_cast<int>(date_of(a).year());
        case TimeUnit::quarter: {
            const auto quarter_index = [](sys_seconds t) {
                const auto m = month_index(t);
                return m >= 0 ? m / 3 : (m - 2) / 3;
            };
            return quarter_index(b) - quarter_index(a);
        }
        case TimeUnit::month:
            return month_index(b) - month_index(a);
        case TimeUnit::week:
            return (monday_of(floor<days>(b)) - monday_of(floor<days>(a))).count() / 7;
        case TimeUnit::day:
            return (floor<days>(b) - floor<days>(a)).count();
        case TimeUnit::hour:
            return (floor<hours>(b) - floor<hours>(a)).count();
        case TimeUnit::minute:
            return (floor<minutes>(b) - floor<minutes>(a)).count();
        case TimeUnit::second:
            return (b - a).count();
    }
    return 0;
}

}  // namespace prepl::sql
