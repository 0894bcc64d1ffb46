#pragma once
// `prepl progress`: what the attempts say about the user, computed from a list of attempts so
// tests can hand-build one; rendering is separate from the numbers.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "bank/bank.hpp"
#include "session/clock.hpp"
#include "session/records.hpp"

namespace prepl::session {

// Weeks in the activity chart.
inline constexpr std::size_t k_report_weeks = 12;

struct SolvedCount {
    std::string name;   // a kind (sql | numeric | case) or a tag
    int attempted = 0;  // distinct problems with at least one attempt
    int solved = 0;     // distinct problems with at least one accepted attempt
};

struct WeekActivity {
    std::int64_t first_day = 0;  // local day (days since 1970-01-01) of the week's Monday
    int attempts = 0;
};

struct ProgressReport {
    int attempts = 0;  // graded attempts (status error excluded: a broken bank is not the user's)
    int accepted = 0;
    int errored = 0;  // answers whose SQL did not compile (status errored): tried, not graded
    double accuracy = 0;               // accepted / attempts, 0 when there are none
    std::vector<SolvedCount> by_kind;  // sorted by name
    std::vector<SolvedCount> by_tag;   // sorted by name
    // Median over solved problems of the duration of their first accepted attempt, in minutes.
    std::optional<double> median_minutes_to_solve;
    int current_streak_days =
        0;  // consecutive local days with an attempt ending today or yesterday
    int longest_streak_days = 0;
    std::array<WeekActivity, k_report_weeks> weeks{};  // oldest first; the last holds today
};

// Problems no longer in the bank count under kind from the attempt and no tags.
ProgressReport build_progress_report(const std::vector<Attempt>& attempts, const bank::Bank& bank,
                                     const Clock& clock);

// Human text; `unicode` draws the weekly chart with ▁▂▃▄▅▆▇█, else with '#'.
std::string render_progress_text(const ProgressReport& report, bool unicode);
std::string render_progress_json(const ProgressReport& report);

// One bar character of eight levels for `value` out of `max` (space for 0).
std::string spark_bar(int value, int max);

}  // namespace prepl::session
