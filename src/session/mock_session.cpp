#include "session/mock_session.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>

namespace prepl::session {

double MockQuestion::score() const {
    if (!grade) return 0;
    return std::max(0.0, grade->raw_score * (1.0 - k_hint_penalty * hints_used));
}

MockSession::MockSession(std::vector<MockQuestion> questions, int minutes, bool allow_hints,
                         const Clock& clock)
    : m_clock(&clock),
      m_questions(std::move(questions)),
      m_minutes(minutes),
      m_allow_hints(allow_hints) {
    m_running_since = clock.now();
}

std::int64_t MockSession::active_ms() const {
    return m_active_before_ms + (m_running_since ? m_clock->now() - *m_running_since : 0);
}

std::int64_t MockSession::remaining_ms() const {
    return std::max<std::int64_t>(0, m_minutes * k_ms_per_minute - active_ms());
}

std::int64_t MockSession::paused_ms() const {
    return m_paused_ms + (m_paused_since ? m_clock->now() - *m_paused_since : 0);
}

void MockSession::pause() {
    if (!m_running_since) return;
    m_active_before_ms = active_ms();
    m_running_since.reset();
    m_paused_since = m_clock->now();
}

void MockSession::resume() {
    if (m_running_since) return;
    if (m_paused_since) m_paused_ms += std::max<std::int64_t>(0, m_clock->now() - *m_paused_since);
    m_paused_since.reset();
    m_running_since = m_clock->now();
}

std::vector<MockEvent> MockSession::tick(const MockGrader& grade) {
    std::vector<MockEvent> events;
    if (finished()) return events;
    const std::int64_t remaining = remaining_ms();
    if (remaining <= 0) {
        m_warned_first = m_warned_last = true;
        events.push_back({MockEvent::Kind::time_up, m_position, "Time is up."});
        grade_current(grade, true, events);
        finish_rest(events);
        return events;
    }
    // Only warnings that mean something: a 3-minute mock gets no "5 minutes left"; when both
    // thresholds pass at once (a long silence) only the more urgent one is shown.
    const bool first_due = m_minutes > k_first_warning_minutes &&
                           remaining <= k_first_warning_minutes * k_ms_per_minute;
    const bool last_due =
        m_minutes > k_last_warning_minutes && remaining <= k_last_warning_minutes * k_ms_per_minute;
    if (last_due && !m_warned_last) {
        m_warned_first = m_warned_last = true;
        events.push_back({MockEvent::Kind::warning, m_position, "1 minute left."});
    } else if (first_due && !m_warned_first) {
        m_warned_first = true;
        events.push_back({MockEvent::Kind::warning, m_position, "5 minutes left."});
    }
    return events;
}

void MockSession::set_answer(std::string answer) {
    if (!finished()) current().answer = std::move(answer);
}

std::vector<MockEvent> MockSession::submit(const MockGrader& grade) {
    std::vector<MockEvent> events;
    if (finished()) return events;
    grade_current(grade, false, events);
    if (finished())
        events.push_back({MockEvent::Kind::finished, m_position, "The interview is over."});
    return events;
}

util::Result<int> MockSession::use_hint() {
    if (!m_allow_hints)
        return util::fail(
            util::Error::invalid("Hints are off in this mock (start it with --allow-hints)."));
    if (finished()) return util::fail(util::Error::invalid("The interview is over."));
    return ++current().hints_used;
}

void MockSession::grade_current(const MockGrader& grade, bool timed_out,
                                std::vector<MockEvent>& events) {
    MockQuestion& q = current();
    const std::int64_t now_active = active_ms();
    q.active_ms += now_active - m_question_started_ms;
    q.timed_out = timed_out;
    if (q.answer.find_first_not_of(" \t\r\n") == std::string::npos)
        q.grade = MockGrade{"unanswered", 0, 1, "No answer was given."};
    else
        q.grade = grade(q.problem_id, q.answer);
    events.push_back({MockEvent::Kind::graded, m_position, q.grade->status});
    ++m_position;
    m_question_started_ms = now_active;
}

void MockSession::finish_rest(std::vector<MockEvent>& events) {
    for (; m_position < m_questions.size(); ++m_position) {
        m_questions[m_position].grade =
            MockGrade{"unanswered", 0, 1, "Not reached before time ran out."};
        events.push_back({MockEvent::Kind::graded, m_position, "unanswered"});
    }
    events.push_back({MockEvent::Kind::finished, m_position, "The interview is over."});
}

double MockSession::total_score() const {
    double total = 0;
    for (const auto& q : m_questions)
        if (q.grade && q.grade->max_score > 0) total += q.score() / q.grade->max_score;
    return total;
}

std::string MockSession::to_json() const {
    nlohmann::json questions = nlohmann::json::array();
    for (const auto& q : m_questions) {
        nlohmann::json j = {{"problem_id", q.problem_id},
                            {"answer", q.answer},
                            {"hints_used", q.hints_used},
                            {"active_ms", q.active_ms},
                            {"timed_out", q.timed_out}};
        j["target_minutes"] =
            q.target_minutes ? nlohmann::json(*q.target_minutes) : nlohmann::json(nullptr);
        if (q.grade)
            j["grade"] = {{"status", q.grade->status},
                          {"raw_score", q.grade->raw_score},
                          {"max_score", q.grade->max_score},
                          {"message", q.grade->message}};
        questions.push_back(std::move(j));
    }
    // Persisted in mocks.state: add fields, never rename them.
    nlohmann::json j = {{"version", 1},
                        {"minutes", m_minutes},
                        {"allow_hints", m_allow_hints},
                        {"position", m_position},
                        {"active_ms", active_ms()},
                        {"paused_ms", paused_ms()},
                        {"saved_at", m_clock->now()},
                        {"question_started_ms", m_question_started_ms},
                        {"warned_first", m_warned_first},
                        {"warned_last", m_warned_last},
                        {"questions", questions}};
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

util::Result<MockSession> MockSession::from_json(const std::string& text, const Clock& clock) {
    try {
        const auto j = nlohmann::json::parse(text);
        std::vector<MockQuestion> questions;
        for (const auto& jq : j.at("questions")) {
            MockQuestion q;
            q.problem_id = jq.at("problem_id").get<std::string>();
            q.answer = jq.value("answer", "");
            q.hints_used = jq.value("hints_used", 0);
            q.active_ms = jq.value("active_ms", std::int64_t{0});
            q.timed_out = jq.value("timed_out", false);
            if (jq.contains("target_minutes") && jq["target_minutes"].is_number())
                q.target_minutes = jq["target_minutes"].get<double>();
            if (jq.contains("grade")) {
                const auto& g = jq["grade"];
                q.grade = MockGrade{g.at("status").get<std::string>(), g.value("raw_score", 0.0),
                                    g.value("max_score", 1.0), g.value("message", "")};
            }
            questions.push_back(std::move(q));
        }
        MockSession s(std::move(questions), j.at("minutes").get<int>(),
                      j.value("allow_hints", false), clock);
        s.m_position = std::min(j.at("position").get<std::size_t>(), s.m_questions.size());
        s.m_active_before_ms = j.at("active_ms").get<std::int64_t>();
        s.m_paused_ms = j.value("paused_ms", std::int64_t{0});
        s.m_question_started_ms = j.value("question_started_ms", std::int64_t{0});
        s.m_warned_first = j.value("warned_first", false);
        s.m_warned_last = j.value("warned_last", false);
        s.m_running_since.reset();
        // Away since it was saved: paused, whether it was closed cleanly or the process died.
        s.m_paused_since = j.value("saved_at", clock.now());
        return s;
    } catch (const nlohmann::json::exception& e) {
        return util::fail(
            util::Error::invalid(std::string("a saved mock interview is unreadable: ") + e.what()));
    }
}

}  // namespace prepl::session
