#pragma once
// A mock interview as a state machine over a Clock and a grading callback: no terminal, no
// store, so every rule (countdown, warnings, time-up, hints, pause/resume) is testable.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "session/clock.hpp"
#include "util/error.hpp"

namespace prepl::session {

// Each hint costs this fraction of the question's score (4 hints leave nothing).
inline constexpr double k_hint_penalty = 0.25;
// Warnings when this many minutes remain.
inline constexpr int k_first_warning_minutes = 5;
inline constexpr int k_last_warning_minutes = 1;

// What the grader said about one answer, before the hint penalty.
struct MockGrade {
    std::string status;  // accepted | rejected | error | unanswered
    double raw_score = 0;
    double max_score = 1;
    std::string message;
};

struct MockQuestion {
    std::string problem_id;
    std::optional<double> target_minutes;
    std::string answer;  // the draft so far; graded as it stands at time-up
    int hints_used = 0;
    std::int64_t active_ms = 0;  // clock time spent on this question
    std::optional<MockGrade> grade;
    bool timed_out = false;  // graded because time ran out

    // The grade after hints: raw * (1 - 0.25 * hints), at least 0; 0 when ungraded.
    double score() const;
};

// The parameter seed of a numeric question: fixed by the mock's seed and the question's
// position, so a resumed mock and its debrief show the numbers the user saw.
inline std::uint64_t question_seed(std::int64_t mock_seed, std::size_t position) {
    // splitmix64 finaliser: neighbouring positions get unrelated seeds.
    std::uint64_t z = static_cast<std::uint64_t>(mock_seed) + 0x9E3779B97F4A7C15ull * (position + 1);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

struct MockEvent {
    enum class Kind { warning, time_up, graded, finished };
    Kind kind;
    std::size_t position = 0;  // the question, for graded
    std::string text;          // "5 minutes left", ...
};

// Grades `answer` to `problem_id` as it stands.
using MockGrader =
    std::function<MockGrade(const std::string& problem_id, const std::string& answer)>;

class MockSession {
public:
    // Starts the countdown now (the clock is read, never owned: it must outlive the session).
    MockSession(std::vector<MockQuestion> questions, int minutes, bool allow_hints,
                const Clock& clock);
    // A session saved with to_json(). It comes back paused: call resume() to restart the clock;
    // the time away counts as paused, not as interview time.
    static util::Result<MockSession> from_json(const std::string& text, const Clock& clock);
    std::string to_json() const;

    std::int64_t active_ms() const;  // time the clock has run
    std::int64_t remaining_ms() const;
    std::int64_t paused_ms() const;  // time spent paused (closed, away)
    int minutes() const { return m_minutes; }
    bool running() const { return m_running_since.has_value(); }
    bool allow_hints() const { return m_allow_hints; }
    void pause();
    void resume();

    // Call after each input and before each prompt: emits each warning once, and at time-up
    // grades the current answer as it stands, marks the rest unanswered and finishes.
    std::vector<MockEvent> tick(const MockGrader& grade);

    bool finished() const { return m_position >= m_questions.size(); }
    std::size_t position() const { return m_position; }
    const std::vector<MockQuestion>& questions() const { return m_questions; }
    MockQuestion& current() { return m_questions.at(m_position); }

    void set_answer(std::string answer);
    // Grades the current question and moves to the next (events: graded, then finished after
    // the last). An empty answer is recorded as unanswered without calling the grader.
    std::vector<MockEvent> submit(const MockGrader& grade);
    // Counts a hint on the current question: its 1-based number, or an Error when hints are off.
    util::Result<int> use_hint();

    double total_score() const;  // sum of score() / max_score: one point per question
    std::size_t total_possible() const { return m_questions.size(); }

private:
    void grade_current(const MockGrader& grade, bool timed_out, std::vector<MockEvent>& events);
    void finish_rest(std::vector<MockEvent>& events);

    const Clock* m_clock;
    std::vector<MockQuestion> m_questions;
    std::size_t m_position = 0;
    int m_minutes = 45;
    bool m_allow_hints = false;
    std::int64_t m_active_before_ms = 0;    // active time before the current run
    std::optional<UnixMs> m_running_since;  // set while the clock runs
    std::optional<UnixMs> m_paused_since;   // set while paused
    std::int64_t m_paused_ms = 0;
    std::int64_t m_question_started_ms = 0;  // active_ms() when the current question began
    bool m_warned_first = false;
    bool m_warned_last = false;
};

}  // namespace prepl::session
