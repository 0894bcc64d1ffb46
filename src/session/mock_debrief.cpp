#include "session/mock_debrief.hpp"

#include <fmt/format.h>

#include "grade/case_problem.hpp"
#include "grade/fixtures.hpp"
#include "grade/grade.hpp"
#include "grade/numeric/numeric_prompt.hpp"
#include "session/mock_session.hpp"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "util/text.hpp"

namespace prepl::session {

util::Status save_mock_progress(ProgressStore& store, MockRecord& record,
                                const MockSession& session, UnixMs now) {
    MockRecord updated = record;
    updated.state = session.to_json();
    updated.minutes = session.minutes();
    updated.active_ms = session.active_ms();
    updated.paused_ms = session.paused_ms();
    if (session.finished() && !updated.finished_at) updated.finished_at = now;
    auto done = store.transaction([&]() -> util::Status {
        auto id = store.save_mock(updated);
        if (!id) return util::fail(id.error());
        updated.id = *id;
        const auto& questions = session.questions();
        for (std::size_t i = 0; i < questions.size(); ++i) {
            const MockQuestion& q = questions[i];
            if (!q.grade) continue;
            MockItemRecord item;
            item.mock_id = updated.id;
            item.position = static_cast<int>(i);
            item.problem_id = q.problem_id;
            item.status = q.grade->status;
            item.score = q.score();
            item.max_score = q.grade->max_score;
            item.hints_used = q.hints_used;
            item.active_ms = q.active_ms;
            item.answer = q.answer;
            if (auto saved = store.save_mock_item(item); !saved) return saved;
        }
        return {};
    });
    if (!done) return done;
    record = std::move(updated);
    return {};
}

namespace {

// The answer graded again, with everything revealed (the interview is over): one line per part
// and the reference when the answer was not accepted.
void add_details(DebriefItem& di, const bank::Problem& p, const MockItemRecord& item, std::uint64_t seed,
                 grade::Fixtures& fixtures) {
    di.answer = item.answer;
    if (item.answer.find_first_not_of(" \t\r\n") == std::string::npos) {
        di.details.push_back("not answered");
    } else {
        grade::GradeOptions options;
        options.seed = seed;
        options.reveal = true;
        const grade::Verdict v = grade::grade_answer(p, item.answer, fixtures, options);
        if (!v.parts.empty()) {
            for (const auto& part : v.parts) {
                std::string line = fmt::format("{}: {}", part.name, grade::to_string(part.status));
                if (part.given) line += fmt::format(", you gave {:g}", *part.given);
                if (part.status != grade::NumericPart::Status::right)
                    line += fmt::format("; the reference is {:g}{}", part.expected,
                                        part.tolerance.empty() ? "" : ", " + part.tolerance);
                if (!part.mistake.empty()) line += " — " + part.mistake;
                di.details.push_back(std::move(line));
            }
        } else if (p.kind == bank::Kind::case_study) {
            for (const auto& line : v.feedback)
                if (!line.starts_with("Free-text scoring is approximate")) di.details.push_back(line);
        } else {
            di.details.push_back(v.message);
        }
    }
    if (item.status == "accepted") return;
    if (const auto* sql = p.sql()) {
        di.reference = sql->solution;
    } else if (p.kind == bank::Kind::case_study) {
        if (auto spec = grade::parse_case(p))
            for (const auto& part : spec->parts)
                if (auto it = spec->model_answer.find(part.id); it != spec->model_answer.end() && it->is_string())
                    di.reference += fmt::format("[{}] {}\n", part.id, it->get<std::string>());
    } else if (p.kind == bank::Kind::numeric && item.answer.find_first_not_of(" \t\r\n") == std::string::npos) {
        if (auto solution = grade::numeric::numeric_solution(p, seed)) di.reference = *solution;
    }
}

}  // namespace

MockDebrief build_debrief(const MockRecord& mock, const std::vector<MockItemRecord>& items,
                          const bank::Bank& bank) {
    grade::Fixtures fixtures(bank);
    MockDebrief d;
    d.mock_id = mock.id;
    d.started_at = mock.started_at;
    d.minutes = mock.minutes;
    d.active_minutes = static_cast<double>(mock.active_ms) / k_ms_per_minute;
    d.finished = mock.finished_at.has_value();
    std::map<std::string, std::pair<double, int>> by_tag;  // tag -> (sum of fractions, count)
    for (const auto& item : items) {
        DebriefItem di;
        di.position = item.position;
        di.problem_id = item.problem_id;
        di.title = item.problem_id;
        di.status = item.status;
        di.score = item.score;
        di.max_score = item.max_score;
        di.hints_used = item.hints_used;
        di.minutes_taken = static_cast<double>(item.active_ms) / k_ms_per_minute;
        if (const bank::Problem* p = bank.find(item.problem_id)) {
            di.title = p->title;
            di.target_minutes = p->target_minutes;
            di.explanation = p->explanation;
            if (p->kind == bank::Kind::numeric)  // with the numbers this question showed
                if (auto text = grade::numeric::numeric_explanation(*p, question_seed(mock.seed, item.position)))
                    di.explanation = *text;
            di.tags = p->tags;
            add_details(di, *p, item, question_seed(mock.seed, item.position), fixtures);
        }
        const double fraction = item.max_score > 0 ? item.score / item.max_score : 0;
        d.total += fraction;
        for (const auto& tag : di.tags) {
            by_tag[tag].first += fraction;
            by_tag[tag].second += 1;
        }
        d.items.push_back(std::move(di));
    }
    // Questions never reached still count in the total possible.
    d.possible = static_cast<int>(d.items.size());
    std::vector<std::pair<double, std::string>> tags;
    for (const auto& [tag, sum] : by_tag)
        if (sum.first / sum.second < 1.0) tags.emplace_back(sum.first / sum.second, tag);
    std::sort(tags.begin(), tags.end());
    for (std::size_t i = 0; i < tags.size() && i < 3; ++i) d.weakest_tags.push_back(tags[i].second);
    return d;
}

namespace {

std::string time_text(const DebriefItem& item) {
    std::string out = fmt::format("{:.1f} min", item.minutes_taken);
    if (item.target_minutes)
        out += fmt::format(" (target {:.0f}{})", *item.target_minutes,
                           item.minutes_taken > *item.target_minutes ? ", over" : "");
    return out;
}

std::string render_text(const MockDebrief& d, bool markdown) {
    std::string out;
    out += markdown ? fmt::format("# Mock interview #{}\n\n", d.mock_id)
                    : fmt::format("Mock interview #{}\n", d.mock_id);
    out += fmt::format("{}Score: {:.2f} / {}{}   time used: {:.1f} of {} min{}\n",
                       markdown ? "**" : "", d.total, d.possible, markdown ? "**" : "",
                       d.active_minutes, d.minutes, d.finished ? "" : "   (not finished)");
    if (markdown) {
        out += "\n| # | Problem | Verdict | Score | Time | Hints |\n|---|---|---|---|---|---|\n";
        for (const auto& i : d.items)
            out += fmt::format("| {} | {} | {} | {:.2f}/{:g} | {} | {} |\n", i.position + 1,
                               i.problem_id, i.status, i.score, i.max_score, time_text(i),
                               i.hints_used);
        for (const auto& i : d.items)
            if (!i.explanation.empty())
                out += fmt::format("\n## {}. {}\n\n{}\n", i.position + 1, i.title, i.explanation);
    } else {
        for (const auto& i : d.items) {
            out += fmt::format(
                "\n{}. {} [{}]\n   verdict: {}   score: {:.2f}/{:g}   time: {}   hints: {}\n",
                i.position + 1, i.title, i.problem_id, i.status, i.score, i.max_score, time_text(i),
                i.hints_used);
            auto indent = [](const std::string& label, const std::string& text) {
                std::string out = "   " + label;
                for (char c : util::trim(text)) out += c == '\n' ? "\n" + std::string(3 + label.size(), ' ') : std::string(1, c);
                return out + "\n";
            };
            if (!i.answer.empty()) out += indent("your answer: ", i.answer);
            for (const auto& d : i.details) out += "   - " + d + "\n";
            if (!i.reference.empty()) out += indent("reference: ", i.reference);
            if (i.explanation.empty()) continue;
            std::string indented = "   why: ";
            for (char c : i.explanation)
                indented += c == '\n' ? std::string("\n        ") : std::string(1, c);
            out += indented + "\n";
        }
    }
    if (!d.weakest_tags.empty())
        out += fmt::format("{}Weakest tags: {}\n", markdown ? "\n" : "\n",
                           util::join(d.weakest_tags, ", "));
    return out;
}

}  // namespace

std::string render_debrief(const MockDebrief& d, const std::string& format) {
    if (format == "markdown") return render_text(d, true);
    if (format != "json") return render_text(d, false);
    nlohmann::json items = nlohmann::json::array();
    for (const auto& i : d.items)
        items.push_back({{"position", i.position},
                         {"problem_id", i.problem_id},
                         {"title", i.title},
                         {"status", i.status},
                         {"score", i.score},
                         {"max_score", i.max_score},
                         {"hints_used", i.hints_used},
                         {"minutes_taken", i.minutes_taken},
                         {"target_minutes", i.target_minutes ? nlohmann::json(*i.target_minutes)
                                                             : nlohmann::json(nullptr)},
                         {"explanation", i.explanation},
                         {"answer", i.answer},
                         {"details", i.details},
                         {"reference", i.reference},
                         {"tags", i.tags}});
    nlohmann::json j = {{"mock_id", d.mock_id},   {"started_at", d.started_at},
                        {"minutes", d.minutes},   {"active_minutes", d.active_minutes},
                        {"finished", d.finished}, {"total", d.total},
                        {"possible", d.possible}, {"weakest_tags", d.weakest_tags},
                        {"items", items}};
    return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace prepl::session
