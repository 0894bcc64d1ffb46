#pragma once
// The practice shell's state and commands, independent of where lines come from.
// Every command writes into a string; run_repl prints it (taskwarrior's rule).
#include <functional>
#include <map>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bank/bank.hpp"
#include "grade/verdict.hpp"
#include "grade/fixtures.hpp"
#include "repl/case_session.hpp"
#include "repl/query_log.hpp"
#include "repl/table_render.hpp"
#include "sql/sandbox.hpp"

namespace prepl::repl {

class Shell;

// One row of the command table: drives dispatch, `help`, completion and "did you mean".
struct ShellCommand {
    std::string_view name;
    std::string_view args;
    std::string_view summary;
    std::string (*handler)(Shell& shell, const std::string& args);
};

const std::vector<ShellCommand>& shell_commands();

class Shell {
public:
    Shell(const bank::Bank& bank, bool color);

    // Feeds one input line. Returns what to print. Lines are either a command (only at the
    // start of an empty buffer) or SQL, buffered until sqlite3_complete says it is complete.
    // With a numeric problem open, non-command lines are answer lines, collected for `submit`.
    std::string feed(const std::string& line);
    // Discards a partly typed statement (Ctrl-C at the prompt).
    void clear_buffer() {
        m_buffer.clear();
        m_case.clear_input();
    }

    std::string prompt() const;
    bool wants_exit() const { return m_exit; }
    bool had_error() const { return m_had_error; }
    bool buffer_empty() const { return m_buffer.empty(); }
    // A complete statement just finished: the caller adds it to history.
    const std::string& last_statement() const { return m_last_statement; }

    std::vector<std::string> complete(const std::string& line, const std::string& word) const;

    // Commands' access to the state.
    const bank::Bank& bank() const { return m_bank; }
    grade::Fixtures& fixtures() { return m_fixtures; }
    const bank::Problem* current() const { return m_current; }
    // Opens a problem; a numeric one gets `seed`, or a fresh random seed per attempt.
    std::string open(const std::string& id, std::optional<std::uint64_t> seed = std::nullopt);
    // The seed of the open numeric problem's numbers.
    std::optional<std::uint64_t> seed() const { return m_seed; }
    // Answer lines typed for the open numeric problem since it was opened or cleared.
    std::string& answer_text() { return m_answer; }
    // Runs SQL in the problem's scratch database and logs it for `submit` (origin: "typed").
    std::string run_sql(const std::string& sql, const std::string& origin = "typed");
    QueryLog& query_log() { return m_log; }
    // What `submit` grades for the open SQL problem: query `number` (1-based) of the log, or
    // the default choice (query_log.hpp); nullopt with `error` set when there is nothing.
    std::optional<SubmitChoice> sql_answer(std::optional<std::size_t> number, std::string* error);
    // After an accepted answer: offers the first follow-up not solved yet (issue 13) and
    // remembers it for `follow`; returns the line to print, empty when there is none.
    std::string offer_follow_up();
    const std::string& follow_up() const { return m_follow_up; }
    // The reference's column names on the sample data (result problems), cached per open.
    const std::vector<std::string>& expected_columns();
    RenderOptions& render_options() { return m_render; }
    CaseSession& case_session() { return m_case; }  // the open case problem's answers
    bool color() const { return m_color; }
    void request_exit() { m_exit = true; }
    void note_error() { m_had_error = true; }

    // psql's \x: off, on (every result one column per line) or auto (only rows too wide).
    enum class Expanded { off, on, automatic };
    Expanded expanded = Expanded::off;

    // Per-problem progress within this session.
    std::size_t hints_shown = 0;
    bool solution_shown = false;
    std::string last_sql;  // the last SQL run (what `edit` starts from)
    std::int64_t opened_at_ms = 0;  // when the current problem was opened, ms since the epoch

    // id -> progress mark for `list` (session/problem_marks.hpp); unset or nullopt: no column.
    std::function<std::optional<std::map<std::string, std::string>>()> progress_marks;

    // Called with every verdict `submit` produces (the progress store records it); returns a
    // note to print, e.g. why the attempt could not be saved. Empty: nothing is recorded.
    std::function<std::string(const bank::Problem&, const grade::Verdict&, const std::string& answer)> on_verdict;

private:
    std::string dispatch(const std::string& line);

    const bank::Bank& m_bank;
    grade::Fixtures m_fixtures;
    const bank::Problem* m_current = nullptr;
    std::optional<sql::Sandbox> m_sandbox;  // the current problem's scratch database
    std::optional<std::uint64_t> m_seed;    // numeric: this attempt's params
    std::string m_answer;                   // numeric: collected answer lines
    CaseSession m_case;                     // active when the current problem is a case
    QueryLog m_log;                         // SQL run since open/reset
    std::string m_follow_up;                // offered after an accepted answer: `follow` opens it
    std::optional<std::vector<std::string>> m_expected_columns;
    std::string m_buffer;
    std::string m_last_statement;
    RenderOptions m_render;
    bool m_color = false;
    bool m_exit = false;
    bool m_had_error = false;
};

}  // namespace prepl::repl
