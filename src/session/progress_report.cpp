#include "session/progress_report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

namespace prepl::session {
namespace {

// "2024-05-06" for a local day number (days since 1970-01-01), proleptic Gregorian
// (Howard Hinnant's civil_from_days).
std::string day_label(std::int64_t z) {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
    const std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t y = yoe + era * 400 + (m <= 2);
    return fmt::format("{:04}-{:02}-{:02}", y, m, d);
}

// Monday of the week holding local day `day` (1970-01-01 was a Thursday).
std::int64_t week_start(std::int64_t day) {
    const std::int64_t shifted = day + 3;  // Monday-based: day 0 (Thu) is weekday 3
    const std::int64_t weekday = ((shifted % 7) + 7) % 7;
    return day - weekday;
}

std::vector<SolvedCount> to_rows(
    const std::map<std::string, std::pair<std::set<std::string>, std::set<std::string>>>& m) {
    std::vector<SolvedCount> out;
    for (const auto& [name, sets] : m)
        out.push_back(
            {name, static_cast<int>(sets.first.size()), static_cast<int>(sets.second.size())});
    return out;
}

}  // namespace

ProgressReport build_progress_report(const std::vector<Attempt>& attempts, const bank::Bank& bank,
                                     const Clock& clock) {
    ProgressReport report;
    // name -> (attempted ids, solved ids)
    std::map<std::string, std::pair<std::set<std::string>, std::set<std::string>>> kinds, tags;
    std::map<std::string, UnixMs> first_solve_ms;  // problem -> duration of first accepted attempt
    std::set<std::int64_t> days;

    std::vector<const Attempt*> ordered;
    for (const auto& a : attempts) ordered.push_back(&a);
    std::stable_sort(ordered.begin(), ordered.end(), [](const Attempt* x, const Attempt* y) {
        return x->finished_at < y->finished_at;
    });

    const std::int64_t today = local_day(clock, clock.now());
    const std::int64_t this_week = week_start(today);
    for (std::size_t i = 0; i < k_report_weeks; ++i)
        report.weeks[i].first_day =
            this_week - 7 * static_cast<std::int64_t>(k_report_weeks - 1 - i);

    for (const Attempt* a : ordered) {
        if (a->status == "error") continue;
        if (a->status == k_status_errored) {  // tried: a practice day, but not a graded attempt
            ++report.errored;
            days.insert(local_day(clock, a->finished_at));
            continue;
        }
        ++report.attempts;
        if (a->accepted()) ++report.accepted;
        const bank::Problem* p = bank.find(a->problem_id);
        const std::string kind = p ? std::string(bank::to_string(p->kind)) : a->kind;
        kinds[kind].first.insert(a->problem_id);
        if (a->accepted()) kinds[kind].second.insert(a->problem_id);
        if (p)
            for (const auto& tag : p->tags) {
                tags[tag].first.insert(a->problem_id);
                if (a->accepted()) tags[tag].second.insert(a->problem_id);
            }
        if (a->accepted()) first_solve_ms.emplace(a->problem_id, a->duration_ms());
        const std::int64_t day = local_day(clock, a->finished_at);
        days.insert(day);
        const std::int64_t week = week_start(day);
        for (auto& w : report.weeks)
            if (w.first_day == week) ++w.attempts;
    }
    report.accuracy = report.attempts ? static_cast<double>(report.accepted) / report.attempts : 0;
    report.by_kind = to_rows(kinds);
    report.by_tag = to_rows(tags);

    std::vector<double> minutes;
    for (const auto& [id, ms] : first_solve_ms)
        minutes.push_back(static_cast<double>(ms) / k_ms_per_minute);
    if (!minutes.empty()) {
        std::sort(minutes.begin(), minutes.end());
        const std::size_t n = minutes.size();
        report.median_minutes_to_solve =
            n % 2 ? minutes[n / 2] : (minutes[n / 2 - 1] + minutes[n / 2]) / 2;
    }

    // Streaks over distinct local days. The current streak may end yesterday: today is not
    // over yet, and a streak should not read 0 before the day's first problem.
    int run = 0;
    std::int64_t previous = 0;
    for (std::int64_t day : days) {
        run = (run > 0 && day == previous + 1) ? run + 1 : 1;
        report.longest_streak_days = std::max(report.longest_streak_days, run);
        previous = day;
    }
    if (!days.empty() && (previous == today || previous == today - 1))
        report.current_streak_days = run;
    return report;
}

std::string spark_bar(int value, int max) {
    static const char* const k_levels[] = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
    if (value <= 0 || max <= 0) return " ";
    const int level =
        std::clamp((value * 8 + max - 1) / max, 1, 8);  // any activity shows at least ▁
    return k_levels[level - 1];
}

std::string render_progress_text(const ProgressReport& r, bool unicode) {
    std::string out;
    out += fmt::format("Attempts: {}   accepted: {}   accuracy: {:.0f}%\n", r.attempts, r.accepted,
                       100 * r.accuracy);
    if (r.errored)
        out += fmt::format("Tried but the SQL did not run (syntax errors, not counted above): {}\n", r.errored);
    out += "Median time to solve: " +
           (r.median_minutes_to_solve ? fmt::format("{:.1f} min", *r.median_minutes_to_solve)
                                      : std::string("-")) +
           "\n";
    out += fmt::format("Streak: {} day{} (longest {})\n", r.current_streak_days,
                       r.current_streak_days == 1 ? "" : "s", r.longest_streak_days);
    auto table = [&](const char* title, const std::vector<SolvedCount>& rows) {
        if (rows.empty()) return;
        std::size_t width = 22;  // the names column grows to the longest tag, so columns align
        for (const auto& row : rows) width = std::max(width, row.name.size());  // tags are ASCII (schema)
        out += fmt::format("\n{:<{}} {:>8} {:>9}\n", title, width + 2, "solved", "attempted");
        for (const auto& row : rows)
            out += fmt::format("  {:<{}} {:>8} {:>9}\n", row.name, width, row.solved, row.attempted);
    };
    table("By kind", r.by_kind);
    table("By tag", r.by_tag);

    int max = 0;
    for (const auto& w : r.weeks) max = std::max(max, w.attempts);
    out += fmt::format("\nAttempts per week, last {} weeks (from {}):\n", k_report_weeks,
                       day_label(r.weeks.front().first_day));
    if (unicode) {
        out += "  ";
        for (const auto& w : r.weeks) out += spark_bar(w.attempts, max);
        out += fmt::format("  max {}/week\n", max);
    } else {
        constexpr int k_ascii_width = 30;  // columns for the longest bar
        for (const auto& w : r.weeks) {
            const int width = max ? (w.attempts * k_ascii_width + max - 1) / max : 0;
            out += fmt::format("  {} {:<30} {}\n", day_label(w.first_day),
                               std::string(static_cast<std::size_t>(width), '#'), w.attempts);
        }
    }
    return out;
}

std::string render_progress_json(const ProgressReport& r) {
    auto rows = [](const std::vector<SolvedCount>& list) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& row : list)
            out.push_back(
                {{"name", row.name}, {"solved", row.solved}, {"attempted", row.attempted}});
        return out;
    };
    nlohmann::json weeks = nlohmann::json::array();
    for (const auto& w : r.weeks)
        weeks.push_back({{"week_of", day_label(w.first_day)}, {"attempts", w.attempts}});
    nlohmann::json j = {{"attempts", r.attempts},
                        {"accepted", r.accepted},
                        {"errored", r.errored},
                        {"accuracy", r.accuracy},
                        {"median_minutes_to_solve", r.median_minutes_to_solve
                                                        ? nlohmann::json(*r.median_minutes_to_solve)
                                                        : nlohmann::json(nullptr)},
                        {"current_streak_days", r.current_streak_days},
                        {"longest_streak_days", r.longest_streak_days},
                        {"by_kind", rows(r.by_kind)},
                        {"by_tag", rows(r.by_tag)},
                        {"weeks", weeks}};
    return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace prepl::session
