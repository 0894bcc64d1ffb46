#include "session/progress_report.hpp"

#include <doctest/doctest.h>

#include "support/tiny_bank.hpp"

using namespace prepl::session;
using prepl::test::TempDir;

namespace {

// Local day 19739 is Wednesday 2024-01-17 (days since 1970-01-01).
constexpr std::int64_t k_today = 19739;

Attempt at(const std::string& id, std::int64_t day, int hour, const std::string& status,
           int minutes, const std::string& kind = "sql") {
    Attempt a;
    a.problem_id = id;
    a.kind = kind;
    a.finished_at = day * k_ms_per_day + hour * 60 * k_ms_per_minute;
    a.started_at = a.finished_at - minutes * k_ms_per_minute;
    a.status = status;
    a.score = status == "accepted" ? 1 : 0;
    return a;
}

}  // namespace

TEST_CASE("progress report numbers from a hand-built attempt list") {
    TempDir dir;
    prepl::test::write_sql_problem(dir, "p1", R"(["window", "join"])");
    prepl::test::write_sql_problem(dir, "p2", R"(["window"])");
    auto bank = prepl::bank::load_bank(dir.path() / "bank");
    REQUIRE(bank.has_value());
    REQUIRE(bank->problems().size() == 2);
    const std::vector<Attempt> attempts = {
        at("p2", k_today - 11, 10, "rejected", 3),  // Sat 01-06: week of 01-01
        at("p2", k_today - 10, 10, "rejected", 3),  // Sun 01-07: week of 01-01
        at("p1", k_today - 2, 9, "rejected", 10),   // Mon 01-15
        at("p1", k_today - 2, 10, "accepted", 4),   // first solve of p1: 4 min
        at("p2", k_today - 1, 10, "accepted", 6),   // first solve of p2: 6 min
        at("p1", k_today, 8, "accepted", 1),        // a later solve does not count for the median
        at("p3", k_today, 9, "rejected", 2, "numeric"),  // no longer in the bank
        at("p1", k_today, 9, "error", 1),                // a broken grader: not counted
        at("p2", k_today, 9, "errored", 1),              // a typo: counted apart
    };
    FakeClock clock(k_today * k_ms_per_day + 12 * 60 * k_ms_per_minute);
    const ProgressReport r = build_progress_report(attempts, *bank, clock);
    CHECK(r.attempts == 7);
    CHECK(r.errored == 1);
    CHECK(r.accepted == 3);
    CHECK(r.accuracy == doctest::Approx(3.0 / 7));
    REQUIRE(r.median_minutes_to_solve.has_value());
    CHECK(*r.median_minutes_to_solve == doctest::Approx(5.0));  // median of {4, 6}
    CHECK(r.current_streak_days == 3);                          // 01-15, 01-16, 01-17
    CHECK(r.longest_streak_days == 3);
    REQUIRE(r.by_kind.size() == 2);
    CHECK(r.by_kind[0].name == "numeric");
    CHECK(r.by_kind[0].attempted == 1);
    CHECK(r.by_kind[0].solved == 0);
    CHECK(r.by_kind[1].name == "sql");
    CHECK(r.by_kind[1].attempted == 2);
    CHECK(r.by_kind[1].solved == 2);
    REQUIRE(r.by_tag.size() == 2);
    CHECK(r.by_tag[0].name == "join");
    CHECK(r.by_tag[0].solved == 1);
    CHECK(r.by_tag[1].name == "window");
    CHECK(r.by_tag[1].attempted == 2);
    // Weeks start on Monday; the last bucket is this week (from Mon 01-15).
    CHECK(r.weeks.back().first_day == k_today - 2);
    CHECK(r.weeks.back().attempts == 5);
    CHECK(r.weeks[10].attempts == 0);  // week of 01-08: nothing
    CHECK(r.weeks[9].attempts == 2);   // week of 01-01
    const std::string text = render_progress_text(r, false);
    CHECK(text.find("accuracy: 43%") != std::string::npos);
    CHECK(text.find("2024-01-15 ##############################") != std::string::npos);
    CHECK(render_progress_text(r, true).find("█") != std::string::npos);
    CHECK(render_progress_json(r).find("\"median_minutes_to_solve\": 5.0") != std::string::npos);
}

TEST_CASE("streaks count local days: the same UTC day can be two local days") {
    TempDir dir;
    prepl::test::write_sql_problem(dir, "p1", "[]");
    auto bank = prepl::bank::load_bank(dir.path() / "bank");
    REQUIRE(bank.has_value());
    const std::vector<Attempt> attempts = {at("p1", k_today, 21, "accepted", 1),
                                           at("p1", k_today, 23, "accepted", 1)};
    FakeClock utc(k_today * k_ms_per_day + 23 * 60 * k_ms_per_minute);
    CHECK(build_progress_report(attempts, *bank, utc).longest_streak_days == 1);
    FakeClock east(k_today * k_ms_per_day + 23 * 60 * k_ms_per_minute,
                   2 * 3600);  // UTC+2: 23:00 is 01:00 next day
    const auto r = build_progress_report(attempts, *bank, east);
    CHECK(r.longest_streak_days == 2);
    CHECK(r.current_streak_days == 2);
}

TEST_CASE("a streak that ended before yesterday is not current") {
    TempDir dir;
    prepl::test::write_sql_problem(dir, "p1", "[]");
    auto bank = prepl::bank::load_bank(dir.path() / "bank");
    REQUIRE(bank.has_value());
    const std::vector<Attempt> attempts = {at("p1", k_today - 5, 9, "accepted", 1),
                                           at("p1", k_today - 4, 9, "rejected", 1),
                                           at("p1", k_today - 1, 9, "rejected", 1)};
    FakeClock clock(k_today * k_ms_per_day);
    auto r = build_progress_report(attempts, *bank, clock);
    CHECK(r.longest_streak_days == 2);
    CHECK(r.current_streak_days == 1);  // yesterday counts: today is not over
    clock.set((k_today + 1) * k_ms_per_day);
    CHECK(build_progress_report(attempts, *bank, clock).current_streak_days == 0);
}

TEST_CASE("spark bars use eight levels and show any activity") {
    CHECK(spark_bar(0, 10) == " ");
    CHECK(spark_bar(1, 100) == "▁");
    CHECK(spark_bar(10, 10) == "█");
    CHECK(spark_bar(5, 10) == "▄");
}

TEST_CASE("the progress tag table aligns when a tag is longer than the default column") {
    ProgressReport r;
    r.by_tag = {{"window", 2, 1}, {"conditional-aggregation-with-case", 3, 2}};
    const std::string text = render_progress_text(r, true);
    // Each row ends with the solved and attempted counts in the same columns as the header.
    const auto header = text.find("By tag");
    REQUIRE(header != std::string::npos);
    const auto line_end = text.find('\n', header);
    const std::string head = text.substr(header, line_end - header);
    const auto short_row = text.find("  window ");
    const auto long_row = text.find("  conditional-aggregation-with-case ");
    REQUIRE(short_row != std::string::npos);
    REQUIRE(long_row != std::string::npos);
    const std::size_t width = head.size();
    CHECK(text.find('\n', short_row) - short_row == width);
    CHECK(text.find('\n', long_row) - long_row == width);
}
