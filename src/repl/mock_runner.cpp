#include "repl/mock_runner.hpp"

#include <fmt/format.h>
#include <sys/time.h>
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <iostream>

#include <nlohmann/json.hpp>

#include "bank/bank.hpp"
#include "grade/grade.hpp"
#include "repl/line_reader.hpp"
#include "repl/terminal_output.hpp"
#include "repl/shell.hpp"
#include "session/mock_debrief.hpp"
#include "session/mock_packet.hpp"
#include "session/mock_session.hpp"
#include "session/progress_store.hpp"
#include "session/record_attempt.hpp"
#include "sql/sandbox.hpp"
#include "util/text.hpp"

namespace prepl::repl {
namespace {

std::atomic<bool> g_mock_interrupted{false};

// Ctrl-C cancels a running query or clears the input, as in the practice shell; it never ends
// the interview (`pause` or Ctrl-D does). Only async-signal-safe work here.
extern "C" void on_mock_sigint(int) {
    g_mock_interrupted.store(true);
    sql::Sandbox::request_interrupt();
}

std::atomic<bool> g_mock_alarm{false};

// The countdown's own wake-up: a read at the prompt returns when a warning or time-up is due,
// so they show (and time-up grades the draft) without waiting for the user's next line.
extern "C" void on_mock_alarm(int) { g_mock_alarm.store(true); }

// Arms a one-shot timer for the next countdown event (5 min left, 1 min left, time up); 0 disarms.
void arm_alarm(std::int64_t remaining_ms) {
    std::int64_t wait = 0;
    for (std::int64_t mark : {5 * 60000ll, 60000ll, 0ll})
        if (remaining_ms > mark) {
            wait = remaining_ms - mark;
            break;
        }
    struct itimerval timer {};
    timer.it_value.tv_sec = wait / 1000;
    timer.it_value.tv_usec = (wait % 1000) * 1000 + (wait > 0 ? 1000 : 0);  // land just past the mark
    setitimer(ITIMER_REAL, &timer, nullptr);
}

std::string kind_label(bank::Kind kind) {
    switch (kind) {
        case bank::Kind::sql:
            return "sql";
        case bank::Kind::numeric:
            return "stats";
        case bank::Kind::case_study:
            return "case";
    }
    return "answer";
}

std::string clock_text(std::int64_t ms) {
    const std::int64_t seconds = (ms + 999) / 1000;  // 0:00.4 left still shows 0:01
    return fmt::format("{:02}:{:02}", seconds / 60, seconds % 60);
}

// One mock in progress: the session, its record and the shell the user explores data with.
class MockRun {
public:
    MockRun(const bank::Bank& bank, session::ProgressStore& store, session::MockSession& session,
            session::MockRecord& record, const session::Clock& clock, bool color)
        : m_bank(bank),
          m_store(store),
          m_session(session),
          m_record(record),
          m_clock(clock),
          m_shell(bank, color) {
        if (!::isatty(0)) m_shell.render_options().mode = TableMode::list;
    }

    std::string show_question() {
        if (m_session.finished()) return "";
        const auto& q = m_session.current();
        const bank::Problem* p = m_bank.find(q.problem_id);
        std::string out = fmt::format(
            "\n=== Question {}/{}{} ===\n", m_session.position() + 1, m_session.questions().size(),
            q.target_minutes ? fmt::format(" (target {:.0f} min)", *q.target_minutes) : "");
        if (!p) return out + "This problem is no longer in the bank; `skip` to go on.\n";
        out += m_shell.open(p->id, session::question_seed(m_record.seed, m_session.position()));
        out += restore_draft(*p, q.answer);
        out += "`submit` when ready; `time`, `pause`" +
               std::string(m_session.allow_hints() ? ", `hint`" : "") +
               ". No solutions during a mock.\n";
        return out;
    }

    std::string prompt() const {
        if (!m_shell.buffer_empty()) return "...> ";
        const bank::Problem* p =
            m_session.finished() ? nullptr : m_bank.find(m_session.current().problem_id);
        return fmt::format("[{}] {}> ", clock_text(m_session.remaining_ms()),
                           p ? kind_label(p->kind) : "mock");
    }

    // Handles one line; returns what to print. Sets `leave` on pause/quit.
    std::string handle(const std::string& line, bool& leave) {
        std::string out = events_text(m_session.tick(grader()));
        if (m_session.finished()) return out;
        const std::string trimmed = util::trim(line);
        const auto space = trimmed.find(' ');
        std::string word = trimmed.substr(0, space);
        const std::string rest =
            space == std::string::npos ? "" : util::trim(trimmed.substr(space));
        if (!word.empty() && word.front() == '.') word.erase(0, 1);
        if (!m_shell.buffer_empty() || word.empty()) return out + feed_shell(line);
        // A case part being written: only a bare command word where a part starts (or a dot
        // command) is a command; "next we would..." is part of the answer.
        const bool dotted = !trimmed.empty() && trimmed.front() == '.';
        if (m_shell.case_session().collecting() && !dotted &&
            (!m_shell.case_session().at_part_start() || !rest.empty()))
            return out + feed_shell(line);
        if (word == "submit" || word == "skip" || word == "next") {
            if (word == "submit" && !rest.empty()) m_session.set_answer(rest);
            out += events_text(m_session.submit(grader()));
            out += m_session.finished()
                       ? ""
                       : "Answer recorded; the verdict comes in the debrief.\n" + show_question();
            save();
            return out;
        }
        if (word == "answer" && !current_is_sql()) return out + feed_shell(line);  // numeric/case: the shell's
        if (word == "answer") {
            m_session.set_answer(rest);
            return out + "Noted. `submit` when ready.\n";
        }
        if (word == "hint") {
            auto n = m_session.use_hint();
            if (!n) return out + n.error().message + "\n";
            save();
            const bank::Problem* p = m_bank.find(m_session.current().problem_id);
            if (!p || static_cast<std::size_t>(*n) > p->hints.size())
                return out + "No more hints for this question.\n";
            return out + fmt::format("hint {} (-{:.0f}% of this question): {}\n", *n,
                                     100 * session::k_hint_penalty,
                                     p->hints[static_cast<std::size_t>(*n) - 1]);
        }
        if (word == "time")
            return out + fmt::format("{} left.\n", clock_text(m_session.remaining_ms()));
        if (word == "pause" || word == "quit" || word == "exit" || word == "\\q") {
            leave = true;
            return out;
        }
        if (word == "solution" || word == "open" || word == "list" || word == "reset")
            return out + fmt::format("`{}` is not available during a mock interview.\n", word);
        return out + feed_shell(line);
    }

    void clear_input() { m_shell.clear_buffer(); }

    std::string after_input() { return events_text(m_session.tick(grader())); }

    void save() {
        if (auto saved = session::save_mock_progress(m_store, m_record, m_session, m_clock.now());
            !saved)
            print("warning: " + saved.error().message + "\n");
    }

private:
    // After `mock --resume`: the answer typed before the pause is the draft again, in the shell
    // too, so `answer`, `submit` and time-up see it (issue 14).
    std::string restore_draft(const bank::Problem& p, const std::string& draft) {
        if (draft.find_first_not_of(" \t\r\n") == std::string::npos) return "";
        if (p.kind == bank::Kind::numeric) {
            m_shell.answer_text() = draft.ends_with('\n') ? draft : draft + "\n";
            return "Your answer lines so far (kept from before the pause):\n" + m_shell.answer_text();
        }
        if (p.kind == bank::Kind::case_study) {
            const auto answers = nlohmann::json::parse(draft, nullptr, false);
            if (!answers.is_object()) return "";
            m_shell.case_session().restore(answers);
            return "Your answers so far are kept from before the pause:\n" + m_shell.case_session().answer("");
        }
        m_shell.run_sql(draft, "kept from before the pause");  // rebuilds the scratch data's state
        return "Your query so far (kept from before the pause; `submit` grades it):\n" + draft + "\n";
    }

    bool current_is_sql() const {
        const bank::Problem* p = m_session.finished() ? nullptr : m_bank.find(m_session.current().problem_id);
        return p && p->sql();
    }

    std::string feed_shell(const std::string& line) {
        std::string out = m_shell.feed(line);
        if (m_session.finished()) return out;
        // The draft answer, graded as it stands at time-up: the last query that ran, the numeric
        // answer lines typed, or the case parts answered so far.
        if (current_is_sql()) {
            std::string none;
            if (!m_shell.last_statement().empty())
                if (auto choice = m_shell.sql_answer(std::nullopt, &none)) m_session.set_answer(choice->text);
        } else if (m_shell.case_session().active()) {
            if (!m_shell.case_session().answers().empty()) m_session.set_answer(m_shell.case_session().answers().dump());
        } else if (!m_shell.answer_text().empty()) {
            m_session.set_answer(m_shell.answer_text());
        }
        return out;
    }

    session::MockGrader grader() {
        return [this](const std::string& problem_id, const std::string& answer) {
            const bank::Problem* p = m_bank.find(problem_id);
            if (!p) return session::MockGrade{"error", 0, 1, "problem no longer in the bank"};
            grade::GradeOptions options;
            options.seed = m_shell.seed();  // numeric: the numbers this question showed
            const grade::Verdict verdict = grade::grade_answer(*p, answer, m_shell.fixtures(), options);
            session::AttemptContext context;
            context.answer = answer;
            context.finished_at = m_clock.now();
            context.started_at = context.finished_at - m_session.current().active_ms;
            context.hints_used = m_session.current().hints_used;
            context.mock_id = m_record.id;
            if (auto recorded = session::record_attempt(m_store, *p, verdict, context); !recorded)
                print("warning: " + recorded.error().message + "\n");
            return session::MockGrade{std::string(grade::to_string(verdict.status)), verdict.score,
                                      verdict.max_score, verdict.message};
        };
    }

    std::string events_text(const std::vector<session::MockEvent>& events) {
        std::string out;
        for (const auto& e : events) {
            if (e.kind == session::MockEvent::Kind::warning) out += "*** " + e.text + " ***\n";
            if (e.kind == session::MockEvent::Kind::time_up)
                out += "*** Time is up: your current answer is graded as it stands. ***\n";
        }
        if (!events.empty()) save();
        return out;
    }

    const bank::Bank& m_bank;
    session::ProgressStore& m_store;
    session::MockSession& m_session;
    session::MockRecord& m_record;
    const session::Clock& m_clock;
    Shell m_shell;
};

}  // namespace

int run_mock(const MockRunOptions& options, const session::Clock& clock) {
    auto bank = bank::load_bank(options.bank_dir.value_or(bank::default_bank_dir()));
    if (!bank) {
        std::cerr << "prepl: " << bank.error().message << "\n";
        return 2;
    }
    auto store = session::ProgressStore::open(session::progress_db_path(options.data_dir));
    if (!store) {
        std::cerr << "prepl: " << store.error().message << "\n";
        return 2;
    }
    session::MockRecord record;
    std::optional<session::MockSession> mock;
    if (options.resume) {
        auto open = store->unfinished_mock();
        if (!open || !*open) {
            std::cerr << "prepl mock --resume: no paused mock interview; `prepl mock` starts one\n";
            return 2;
        }
        record = **open;
        auto restored = session::MockSession::from_json(record.state, clock);
        if (!restored) {
            std::cerr << "prepl: mock #" << record.id << ": " << restored.error().message << "\n";
            return 2;
        }
        mock.emplace(std::move(*restored));
        mock->resume();
        print(fmt::format("Resuming mock #{}: {} left.\n", record.id,
                          clock_text(mock->remaining_ms())));
    } else {
        auto history = store->attempts();
        if (!history) {
            std::cerr << "prepl: " << history.error().message << "\n";
            return 2;
        }
        const auto pick = session::pick_mock_problems(*bank, *history, options.request);
        for (const auto& note : pick.notes) print("note: " + note + "\n");
        if (pick.problem_ids.empty()) {
            std::cerr << "prepl mock: no problems match; try another --mix, --tag or --company\n";
            return 2;
        }
        if (options.packet) {
            const std::string packet = session::render_mock_packet(*bank, pick.problem_ids, options.request.seed,
                                                                   options.request.minutes);
            if (*options.packet == "-") {
                print(packet);
                return 0;
            }
            std::ofstream file(*options.packet, std::ios::binary | std::ios::trunc);
            file << packet;
            if (!file.flush()) {
                std::cerr << "prepl mock: cannot write the packet to " << options.packet->string() << "\n";
                return 2;
            }
            print("Interviewer's packet written to " + options.packet->string() + ".\n");
        }
        std::vector<session::MockQuestion> questions;
        for (const auto& id : pick.problem_ids) {
            session::MockQuestion q;
            q.problem_id = id;
            if (const bank::Problem* p = bank->find(id)) q.target_minutes = p->target_minutes;
            questions.push_back(std::move(q));
        }
        mock.emplace(std::move(questions), options.request.minutes, options.allow_hints, clock);
        record.started_at = clock.now();
        record.minutes = options.request.minutes;
        record.mix = session::to_string(options.request.mix);
        record.seed = static_cast<std::int64_t>(options.request.seed);
        if (auto saved = session::save_mock_progress(*store, record, *mock, clock.now()); !saved) {
            std::cerr << "prepl: " << saved.error().message << "\n";
            return 2;
        }
        print(fmt::format(
            "Mock interview #{}: {} question{}, {} minute{} (seed {}). The clock is running.\n", record.id,
            pick.problem_ids.size(), pick.problem_ids.size() == 1 ? "" : "s", options.request.minutes,
            options.request.minutes == 1 ? "" : "s", options.request.seed));
    }

    const bool interactive = ::isatty(0) != 0;
    MockRun run(*bank, *store, *mock, record, clock, want_color(options.color_mode));
    std::unique_ptr<LineReader> reader =
        interactive ? make_terminal_reader("", nullptr) : make_stream_reader(std::cin);
    struct sigaction action {};
    action.sa_handler = on_mock_sigint;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;  // no SA_RESTART: a read at the prompt returns
    sigaction(SIGINT, &action, nullptr);
    struct sigaction alarm_action {};
    alarm_action.sa_handler = on_mock_alarm;
    sigemptyset(&alarm_action.sa_mask);
    alarm_action.sa_flags = 0;  // no SA_RESTART: the prompt's read returns
    if (interactive) sigaction(SIGALRM, &alarm_action, nullptr);

    print(run.show_question());
    bool leave = false;
    while (!mock->finished() && !leave) {
        bool interrupted = false;
        g_mock_interrupted.store(false);
        if (interactive) arm_alarm(mock->remaining_ms());
        auto line = reader->read_line(interactive ? run.prompt() : "", interrupted);
        if (interactive) arm_alarm(0);
        if (g_mock_alarm.exchange(false) && !line) {
            print("\n" + run.after_input());  // a warning, or time-up grading the draft
            continue;
        }
        if (g_mock_interrupted.exchange(false) || interrupted) {
            run.clear_input();
            if (interactive) print("^C\n");
            if (!line) continue;
        }
        if (!line) break;
        print(run.handle(*line, leave));
        if (!leave) print(run.after_input());
    }
    if (!mock->finished()) {
        mock->pause();
        run.save();
        print(
            fmt::format("\nMock #{} paused with {} left; the clock is stopped. `prepl mock "
                        "--resume` continues.\n",
                        record.id, clock_text(mock->remaining_ms())));
        return 0;
    }
    run.save();
    auto items = store->mock_items(record.id);
    if (!items) {
        std::cerr << "prepl: " << items.error().message << "\n";
        return 2;
    }
    print("\n" + session::render_debrief(session::build_debrief(record, *items, *bank), "text"));
    return 0;
}

}  // namespace prepl::repl
