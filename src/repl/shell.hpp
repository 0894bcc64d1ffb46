#pragma once
// The practice shell's state and commands, independent of where lines come from.
// Every command writes into a string; run_repl prints it (taskwarrior's rule).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bank/bank.hpp"
#include "grade/fixtures.hpp"
#include "repl/case_session.hpp"
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
    std::string open(const std::string& id);
    std::string run_sql(const std::string& sql);
    RenderOptions& render_options() { return m_render; }
    CaseSession& case_session() { return m_case; }  // the open case problem's answers
    bool color() const { return m_color; }
    void request_exit() { m_exit = true; }
    void note_error() { m_had_error = true; }

    // Per-problem progress within this session.
    std::size_t hints_shown = 0;
    bool solution_shown = false;
    std::string last_sql;  // what `submit` grades

private:
    std::string dispatch(const std::string& line);

    const bank::Bank& m_bank;
    grade::Fixtures m_fixtures;
    const bank::Problem* m_current = nullptr;
    std::optional<sql::Sandbox> m_sandbox;  // the current problem's scratch database
    CaseSession m_case;                     // active when the current problem is a case
    std::string m_buffer;
    std::string m_last_statement;
    RenderOptions m_render;
    bool m_color = false;
    bool m_exit = false;
    bool m_had_error = false;
};

}  // namespace prepl::repl
