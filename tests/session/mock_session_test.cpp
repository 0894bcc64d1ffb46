#include "session/mock_session.hpp"

#include <doctest/doctest.h>

using namespace prepl::session;

namespace {

std::vector<MockQuestion> questions(int n) {
    std::vector<MockQuestion> out;
    for (int i = 0; i < n; ++i) {
        MockQuestion q;
        q.problem_id = "p" + std::to_string(i);
        q.target_minutes = 5;
        out.push_back(q);
    }
    return out;
}

// Accepts "right", rejects anything else; counts calls.
struct CountingGrader {
    int calls = 0;
    std::vector<std::string> seen;
    MockGrader fn() {
        return [this](const std::string&, const std::string& answer) {
            ++calls;
            seen.push_back(answer);
            return answer == "right" ? MockGrade{"accepted", 1, 1, ""}
                                     : MockGrade{"rejected", 0, 1, ""};
        };
    }
};

bool has(const std::vector<MockEvent>& events, MockEvent::Kind kind, const std::string& text = "") {
    for (const auto& e : events)
        if (e.kind == kind && (text.empty() || e.text == text)) return true;
    return false;
}

}  // namespace

TEST_CASE("the countdown warns once at 5 and at 1 minute left") {
    FakeClock clock(1'000'000);
    CountingGrader grader;
    MockSession s(questions(2), 10, false, clock);
    CHECK(s.remaining_ms() == 10 * k_ms_per_minute);
    clock.advance(4 * k_ms_per_minute);
    CHECK(s.tick(grader.fn()).empty());
    clock.advance(1 * k_ms_per_minute);  // 5:00 left
    auto events = s.tick(grader.fn());
    REQUIRE(events.size() == 1);
    CHECK(events[0].text == "5 minutes left.");
    CHECK(s.tick(grader.fn()).empty());  // once only
    clock.advance(4 * k_ms_per_minute);  // 1:00 left
    CHECK(has(s.tick(grader.fn()), MockEvent::Kind::warning, "1 minute left."));
    CHECK(s.tick(grader.fn()).empty());
    CHECK(grader.calls == 0);
}

TEST_CASE("a long silence past both thresholds shows only the more urgent warning") {
    FakeClock clock;
    CountingGrader grader;
    MockSession s(questions(1), 10, false, clock);
    clock.advance(9 * k_ms_per_minute + 30 * k_ms_per_second);
    auto events = s.tick(grader.fn());
    REQUIRE(events.size() == 1);
    CHECK(events[0].text == "1 minute left.");
    CHECK(s.tick(grader.fn()).empty());
}

TEST_CASE("at time-up the current answer is graded as it stands and the rest are unanswered") {
    FakeClock clock;
    CountingGrader grader;
    MockSession s(questions(3), 10, false, clock);
    s.set_answer("right");
    clock.advance(2 * k_ms_per_minute);
    s.submit(grader.fn());
    CHECK(s.position() == 1);
    s.set_answer("half done");
    clock.advance(9 * k_ms_per_minute);  // past the end
    auto events = s.tick(grader.fn());
    CHECK(has(events, MockEvent::Kind::time_up));
    CHECK(has(events, MockEvent::Kind::finished));
    CHECK(s.finished());
    CHECK(grader.calls == 2);
    CHECK(grader.seen.back() == "half done");
    const auto& q = s.questions();
    CHECK(q[0].grade->status == "accepted");
    CHECK(q[0].active_ms == 2 * k_ms_per_minute);
    CHECK(q[1].grade->status == "rejected");
    CHECK(q[1].timed_out);
    CHECK(q[1].active_ms == 9 * k_ms_per_minute);
    CHECK(q[2].grade->status == "unanswered");
    CHECK(s.total_score() == doctest::Approx(1.0));
    CHECK(s.remaining_ms() == 0);
}

TEST_CASE("an empty answer is unanswered without calling the grader") {
    FakeClock clock;
    CountingGrader grader;
    MockSession s(questions(1), 10, false, clock);
    s.set_answer("  \n");
    auto events = s.submit(grader.fn());
    CHECK(grader.calls == 0);
    CHECK(s.questions()[0].grade->status == "unanswered");
    CHECK(has(events, MockEvent::Kind::finished));
}

TEST_CASE("hints are refused unless allowed, and each costs 25% of the question's score") {
    FakeClock clock;
    CountingGrader grader;
    MockSession strict(questions(1), 10, false, clock);
    CHECK_FALSE(strict.use_hint().has_value());
    MockSession s(questions(2), 10, true, clock);
    CHECK(s.use_hint() == 1);
    CHECK(s.use_hint() == 2);
    s.set_answer("right");
    s.submit(grader.fn());
    CHECK(s.questions()[0].score() == doctest::Approx(0.5));
    for (int i = 0; i < 5; ++i) REQUIRE(s.use_hint().has_value());
    s.set_answer("right");
    s.submit(grader.fn());
    CHECK(s.questions()[1].score() == doctest::Approx(0.0));  // never negative
    CHECK(s.total_score() == doctest::Approx(0.5));
}

TEST_CASE(
    "pause stops the countdown; a saved session resumes paused and counts the time away as "
    "paused") {
    FakeClock clock(50'000);
    CountingGrader grader;
    MockSession s(questions(2), 30, false, clock);
    clock.advance(3 * k_ms_per_minute);
    s.pause();
    clock.advance(60 * k_ms_per_minute);  // away for an hour
    CHECK(s.active_ms() == 3 * k_ms_per_minute);
    CHECK(s.paused_ms() == 60 * k_ms_per_minute);
    CHECK(s.tick(grader.fn()).empty());  // no time-up while paused
    s.resume();
    clock.advance(2 * k_ms_per_minute);
    s.set_answer("right");
    const std::string saved = s.to_json();
    CHECK(s.active_ms() == 5 * k_ms_per_minute);

    clock.advance(24 * 60 * k_ms_per_minute);  // the process died; back the next day
    auto restored = MockSession::from_json(saved, clock);
    REQUIRE(restored.has_value());
    CHECK_FALSE(restored->running());
    CHECK(restored->active_ms() == 5 * k_ms_per_minute);
    restored->resume();
    CHECK(restored->paused_ms() == (60 + 24 * 60) * k_ms_per_minute);
    CHECK(restored->remaining_ms() == 25 * k_ms_per_minute);
    CHECK(restored->current().answer == "right");
    clock.advance(k_ms_per_minute);
    restored->submit(grader.fn());
    CHECK(restored->questions()[0].active_ms == 6 * k_ms_per_minute);
    CHECK(restored->questions()[0].grade->status == "accepted");
}

TEST_CASE("a short mock gets no 5-minute warning") {
    FakeClock clock;
    CountingGrader grader;
    MockSession s(questions(1), 3, false, clock);
    clock.advance(k_ms_per_minute);
    CHECK(s.tick(grader.fn()).empty());
    clock.advance(k_ms_per_minute);
    CHECK(has(s.tick(grader.fn()), MockEvent::Kind::warning, "1 minute left."));
}
