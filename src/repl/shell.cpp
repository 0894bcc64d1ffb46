#include "repl/shell.hpp"

#include <algorithm>
#include <chrono>
#include <sstream>
#include <cctype>
#include <charconv>
#include <random>

#include <fmt/format.h>

#include "grade/grade.hpp"
#include "grade/numeric/numeric_grader.hpp"
#include "grade/numeric/numeric_prompt.hpp"
#include "grade/sql_grader.hpp"
#include "repl/case_session.hpp"
#include "repl/editor.hpp"
#include "repl/problem_list.hpp"
#include "repl/problem_render.hpp"
#include "repl/text_wrap.hpp"
#include "repl/verdict_render.hpp"
#include "sql/statement_text.hpp"
#include "util/text.hpp"

namespace prepl::repl {
namespace {

// Input over this size is refused before it reaches SQLite (SANDBOX.md: parser and size).
constexpr std::size_t k_max_input_bytes = 100 * 1024;

const std::vector<std::string_view> k_sql_keywords = {
    "SELECT", "FROM", "WHERE", "GROUP BY", "ORDER BY", "HAVING", "LIMIT", "JOIN", "LEFT JOIN", "INNER JOIN",
    "ON", "AS", "WITH", "RECURSIVE", "DISTINCT", "COUNT", "SUM", "AVG", "MIN", "MAX", "CASE", "WHEN", "THEN",
    "ELSE", "END", "OVER", "PARTITION BY", "ROW_NUMBER", "RANK", "DENSE_RANK", "LAG", "LEAD", "ROUND",
    "COALESCE", "NULLIF", "CAST", "UNION", "UNION ALL", "EXISTS", "NOT", "IN", "IS NULL", "BETWEEN", "LIKE",
    "date", "strftime", "julianday", "MEDIAN", "PERCENTILE_CONT", "STDDEV", "DATE_TRUNC", "DATEDIFF"};

std::string first_word(const std::string& line, std::string& rest) {
    const std::string t = util::trim(line);
    const auto space = t.find_first_of(" \t");
    rest = space == std::string::npos ? "" : util::trim(t.substr(space));
    return space == std::string::npos ? t : t.substr(0, space);
}

const ShellCommand* find_command(std::string_view word) {
    if (!word.empty() && word.front() == '.') word.remove_prefix(1);
    if (word == "\\q" || word == "exit") word = "quit";
    if (word == "\\x") word = "expanded";
    for (const auto& c : shell_commands())
        if (c.name == word) return &c;
    return nullptr;
}

std::string need_problem(const Shell& shell) {
    return shell.current() ? "" : "No problem is open: `list` shows them, `open ID` opens one.\n";
}

std::string cmd_help(Shell&, const std::string&) {
    std::string out = "Commands (also with a leading dot, e.g. .tables); anything else is SQL, ended by ';' — or,\n"
        "with a numeric problem open, an answer line such as `z = 2.38`.\n";
    for (const auto& c : shell_commands())
        out += fmt::format("  {:<22} {}\n", std::string(c.name) + (c.args.empty() ? "" : " " + std::string(c.args)),
                           c.summary);
    out += "Ctrl-C cancels a running query or clears the input; Ctrl-D quits.\n";
    return out;
}

std::string cmd_list(Shell& shell, const std::string& args) {
    std::vector<std::string> words;
    std::string rest = args, word;
    while (!(word = first_word(rest, rest)).empty()) words.push_back(word);
    auto request = parse_list_words(words);
    if (!request) {
        shell.note_error();
        return "list: " + request.error().message + "\n";
    }
    if (request->tag_table) return render_tag_table(shell.bank(), *request, shell.render_options());
    const auto marks = shell.progress_marks ? shell.progress_marks() : std::nullopt;
    std::string out = render_problem_list(shell.bank(), *request, marks, shell.render_options(), false);
    return out + "`open ID` to start one; `list --tags` shows the tags.\n";
}

std::string cmd_open(Shell& shell, const std::string& args) {
    if (args.empty()) return "usage: open ID [SEED] (`list` shows the ids)\n";
    std::string seed_text;
    const std::string id = first_word(args, seed_text);
    if (seed_text.empty()) return shell.open(id);
    std::uint64_t seed = 0;
    const auto [end, ec] = std::from_chars(seed_text.data(), seed_text.data() + seed_text.size(), seed);
    if (ec != std::errc() || end != seed_text.data() + seed_text.size())
        return "usage: open ID [SEED]: the seed is a whole number\n";
    return shell.open(id, seed);
}

bool is_numeric(const Shell& shell) { return shell.current() && shell.current()->kind == bank::Kind::numeric; }

// A line "name = value" or "name: value": the name, else empty.
std::string answer_line_name(const std::string& line) {
    const auto end = line.find_first_of("=:");
    if (end == std::string::npos) return "";
    const std::string name = util::to_lower(util::trim(line.substr(0, end)));
    const bool identifier = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
    });
    return identifier ? name : "";
}

// Adds an answer line; a line naming a part already given replaces that part's line, so a
// corrected value can simply be typed again after a rejected submit.
void add_answer_line(std::string& answer, const std::string& line) {
    const std::string name = answer_line_name(line);
    std::string out;
    bool replaced = false;
    std::size_t start = 0;
    while (start < answer.size()) {
        const auto end = answer.find('\n', start);
        const std::string existing = answer.substr(start, end - start);
        if (!name.empty() && !replaced && answer_line_name(existing) == name) {
            out += line + "\n";
            replaced = true;
        } else {
            out += existing + "\n";
        }
        start = end == std::string::npos ? answer.size() : end + 1;
    }
    if (!replaced) out += line + "\n";
    answer = out;
}

std::string cmd_answer(Shell& shell, const std::string& args) {
    if (shell.current() && shell.current()->kind == bank::Kind::case_study) return case_answer_command(shell, args);
    if (shell.current() && shell.current()->sql()) {
        const bool table_state = shell.current()->sql()->table_state;
        if (!args.empty()) {
            if (table_state) return "This problem grades the tables after all your statements; `answer` lists them.\n";
            std::size_t number = 0;
            const auto [end, ec] = std::from_chars(args.data(), args.data() + args.size(), number);
            if (ec != std::errc() || end != args.data() + args.size()) return "usage: answer [N] (`answer` lists your queries)\n";
            if (auto failed = shell.query_log().pick(number)) return *failed + "\n";
            return fmt::format("`submit` will grade query {}: {}\n", number, first_line(shell.query_log().queries()[number - 1].text));
        }
        return shell.query_log().listing(table_state ? std::vector<std::string>{} : shell.expected_columns(), table_state);
    }
    if (!is_numeric(shell)) return "`answer` shows a numeric problem's answer lines or answers a case's part; neither is open.\n";
    if (shell.answer_text().empty()) return "No answer lines yet: type e.g. `z = 2.38`, then `submit`.\n";
    return shell.answer_text();
}

std::string cmd_clear(Shell& shell, const std::string&) {
    if (!is_numeric(shell)) return "`clear` empties a numeric problem's answer; none is open.\n";
    shell.answer_text().clear();
    return "Answer cleared.\n";
}

std::string cmd_show(Shell& shell, const std::string&) {
    if (auto none = need_problem(shell); !none.empty()) return none;
    return wrap_prose(render_problem(*shell.current(), shell.fixtures(), shell.color(), shell.seed()),
                      shell.render_options().max_width);
}

std::string cmd_tables(Shell& shell, const std::string&) {
    if (auto none = need_problem(shell); !none.empty()) return none;
    auto all = shell.fixtures().for_problem(*shell.current());
    if (!all) return all.error().message + "\n";
    return util::join(all->front().fixture.tables(), "  ") + "\n";
}

std::string cmd_schema(Shell& shell, const std::string& args) {
    if (auto none = need_problem(shell); !none.empty()) return none;
    const std::string all = render_schema(*shell.current(), shell.fixtures());
    if (args.empty()) return all;
    std::string out;
    std::istringstream lines(all);
    for (std::string line; std::getline(lines, line);)
        if (util::starts_with_icase(util::trim(line), args + "(")) out += line + "\n";
    return out.empty() ? "no table named " + args + "\n" : out;
}

std::string cmd_submit(Shell& shell, const std::string& typed) {
    if (auto none = need_problem(shell); !none.empty()) return none;
    // `submit [N] [--full] [--reveal]`; anything else after `submit` is an answer text.
    bool full = false, reveal = false;
    std::string args = typed;
    {
        std::string rest = typed, word, number;
        bool only_flags_and_number = true;
        while (!(word = first_word(rest, rest)).empty()) {
            if (word == "--full") full = true;
            else if (word == "--reveal") reveal = true;
            else if (number.empty() && std::all_of(word.begin(), word.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) number = word;
            else only_flags_and_number = false;
        }
        if (only_flags_and_number) args = number;
        else full = reveal = false;
    }
    if (shell.case_session().active()) {  // case problems: all parts at once
        std::string out = shell.case_session().submit();
        if (shell.on_verdict && shell.case_session().verdict())
            out += shell.on_verdict(*shell.current(), *shell.case_session().verdict(),
                                    shell.case_session().answers().dump());
        return out;
    }
    const bool numeric = is_numeric(shell);
    std::string answer, graded_note;
    if (numeric) {
        answer = !args.empty() ? args : shell.answer_text();
        if (util::trim(answer).empty())
            return "Nothing to submit yet: type your answer lines (e.g. `z = 2.38`) first.\n";
    } else if (!args.empty() && std::all_of(args.begin(), args.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
        std::string error;
        auto choice = shell.sql_answer(static_cast<std::size_t>(std::stoul(args.substr(0, 9))), &error);
        if (!choice) return error;
        answer = choice->text;
        graded_note = choice->description;
    } else if (!args.empty()) {
        answer = args;  // `submit SELECT ...`: that text
    } else {
        std::string error;
        auto choice = shell.sql_answer(std::nullopt, &error);
        if (!choice) return error;
        answer = choice->text;
        graded_note = choice->description;
    }
    grade::GradeOptions options;
    options.seed = shell.seed();
    options.reveal = shell.solution_shown || reveal;  // the reference is no secret once the solution was shown
    options.full_diff = full;
    const grade::Verdict verdict = grade::grade_answer(*shell.current(), answer, shell.fixtures(), options);
    VerdictRenderOptions render;
    render.color = shell.color();
    render.table = shell.render_options();
    render.reveal_hidden = options.reveal;
    render.reveal_how = "`submit --reveal` shows them (a spoiler: that data is hidden so you think of edge cases)";
    std::string out = graded_note + render_verdict(verdict, render);
    if (shell.on_verdict) out += shell.on_verdict(*shell.current(), verdict, answer);
    if (verdict.accepted()) {
        std::string explanation = shell.current()->explanation;
        if (numeric && shell.seed() && !explanation.empty())
            if (auto filled = grade::numeric::numeric_explanation(*shell.current(), *shell.seed())) explanation = *filled;
        if (!explanation.empty()) out += "\nWhy:\n" + wrap_prose(explanation, shell.render_options().max_width) + "\n";
        if (numeric) shell.answer_text().clear();
        out += shell.offer_follow_up();
        if (shell.follow_up().empty()) out += "`next` for another problem.\n";
    } else if (verdict.status == grade::Verdict::Status::rejected) {
        if (numeric) out += "Type a corrected `name = value` line to replace a part, or `clear` to start over.\n";
        if (shell.hints_shown < shell.current()->hints.size()) out += "`hint` for a nudge.\n";
    }
    return out;
}

std::string cmd_hint(Shell& shell, const std::string&) {
    if (auto none = need_problem(shell); !none.empty()) return none;
    const auto& hints = shell.current()->hints;
    if (hints.empty()) return "This problem has no hints.\n";
    if (shell.hints_shown >= hints.size()) return "No more hints; `solution` shows the reference.\n";
    ++shell.hints_shown;
    return wrap_prose(fmt::format("hint {}/{}: {}\n", shell.hints_shown, hints.size(), hints[shell.hints_shown - 1]),
                      shell.render_options().max_width);
}

std::string cmd_solution(Shell& shell, const std::string&) {
    if (auto none = need_problem(shell); !none.empty()) return none;
    const bank::Problem& p = *shell.current();
    shell.solution_shown = true;
    std::string out = shell.case_session().active() ? shell.case_session().model_answers() : "";
    if (const auto* sql = p.sql()) {
        out += "Reference solution:\n" + sql->solution + "\n";
        auto results = grade::reference_results(p, shell.fixtures());
        if (results)
            for (const auto& r : *results) out += render_table(r, shell.render_options());
    }
    std::string explanation = p.explanation;
    if (p.kind == bank::Kind::numeric && shell.seed()) {
        auto solution = grade::numeric::numeric_solution(p, *shell.seed());
        out += solution ? fmt::format("Reference (seed {}):\n{}", *shell.seed(), *solution) : solution.error().message + "\n";
        if (auto filled = grade::numeric::numeric_explanation(p, *shell.seed()); filled && !explanation.empty()) explanation = *filled;
    }
    if (!explanation.empty()) out += "\n" + explanation + "\n";
    return out;
}

std::string cmd_next(Shell& shell, const std::string&) {
    const auto& problems = shell.bank().problems();
    if (problems.empty()) return "The bank is empty.\n";
    std::size_t i = 0;
    if (shell.current()) {
        for (; i < problems.size() && &problems[i] != shell.current(); ++i) {
        }
        i = (i + 1) % problems.size();
        // Stay with the same kind when the bank has more of it.
        for (std::size_t k = 0; k < problems.size(); ++k) {
            const std::size_t j = (i + k) % problems.size();
            if (problems[j].kind == shell.current()->kind) {
                i = j;
                break;
            }
        }
    }
    return shell.open(problems[i].id);
}

std::string cmd_follow(Shell& shell, const std::string&) {
    if (shell.follow_up().empty())
        return "No follow-up offered: one is offered after an accepted answer to a problem that has them.\n";
    return shell.open(shell.follow_up());
}

std::string cmd_reset(Shell& shell, const std::string&) {
    if (auto none = need_problem(shell); !none.empty()) return none;
    return shell.open(shell.current()->id);
}

std::string cmd_mode(Shell& shell, const std::string& args) {
    TableMode mode;
    if (!parse_table_mode(args, mode)) return "usage: mode box|table|markdown|csv|json|list|line\n";
    shell.render_options().mode = mode;
    return "";
}

// `expanded [on|off|auto]` (also \\x, as in psql): one column per line.
std::string cmd_expanded(Shell& shell, const std::string& args) {
    using E = Shell::Expanded;
    if (args.empty()) shell.expanded = shell.expanded == E::off ? E::on : E::off;
    else if (args == "on") shell.expanded = E::on;
    else if (args == "off") shell.expanded = E::off;
    else if (args == "auto") shell.expanded = E::automatic;
    else return "usage: expanded [on|off|auto] (also \\x)\n";
    return fmt::format("Expanded display is {}.\n", shell.expanded == E::on    ? "on"
                                                    : shell.expanded == E::off ? "off"
                                                                               : "auto (for rows wider than the screen)");
}

std::string cmd_nullvalue(Shell& shell, const std::string& args) {
    shell.render_options().null_text = args;
    return "";
}

// `edit`: the current answer in $EDITOR. SQL: the last query, run again when the editor closes
// (as psql's \e); numeric: the answer lines; case: the current part.
std::string cmd_edit(Shell& shell, const std::string& args) {
    if (auto none = need_problem(shell); !none.empty()) return none;
    if (shell.current()->kind == bank::Kind::case_study) return case_edit_command(shell, args);
    const bool numeric = shell.current()->kind == bank::Kind::numeric;
    auto edited = edit_in_editor(numeric ? shell.answer_text() : shell.last_sql);
    if (!edited) return edited.error().message + "\n";
    if (numeric) {
        shell.answer_text() = *edited;
        return "Answer updated; `answer` shows it, `submit` grades it.\n";
    }
    if (util::trim(*edited).empty()) return "Nothing to run.\n";
    return shell.run_sql(*edited, "from `edit`");
}

// `time`: how long the current problem has been open.
std::string cmd_time(Shell& shell, const std::string&) {
    if (auto none = need_problem(shell); !none.empty()) return none;
    const auto now_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                            std::chrono::system_clock::now().time_since_epoch())
                            .count();
    const std::int64_t seconds = std::max<std::int64_t>(0, (now_ms - shell.opened_at_ms) / 1000);
    std::string out = fmt::format("{:02}:{:02} on {}", seconds / 60, seconds % 60, shell.current()->id);
    if (shell.current()->target_minutes) out += fmt::format(" (target {:.0f} min)", *shell.current()->target_minutes);
    return out + "\n";
}

std::string cmd_quit(Shell& shell, const std::string&) {
    shell.request_exit();
    return "";
}

}  // namespace

const std::vector<ShellCommand>& shell_commands() {
    static const std::vector<ShellCommand> commands = {
        {"help", "", "this list", cmd_help},
        {"list", "[sql|stats|case] [easy|medium|hard] [TAG] [--tags]", "problems in the bank, with your progress; --tags counts per tag", cmd_list},
        {"open", "ID [SEED]", "open a problem: prompt, tables, fresh data (numeric: fresh numbers)", cmd_open},
        {"show", "", "the current problem's prompt again", cmd_show},
        {"tables", "", "tables of the current problem", cmd_tables},
        {"schema", "[TABLE]", "columns of the tables", cmd_schema},
        {"submit", "[N] [--full] [--reveal]", "grade your answer (it says which): SQL query N, or the numeric answer lines, or a case's parts", cmd_submit},
        {"answer", "[N|PART]", "SQL: list your queries, pick N for submit; numeric: the answer lines; case: a part", cmd_answer},
        {"clear", "", "numeric: empty the answer", cmd_clear},
        {"edit", "", "your answer in $EDITOR (SQL: runs it when you close the editor)", cmd_edit},
        {"time", "", "how long the current problem has been open", cmd_time},
        {"met", "CRITERION", "case problems: mark a missed criterion as met (self-assessment)", case_met_command},
        {"hint", "", "the next hint", cmd_hint},
        {"solution", "", "the reference answer and explanation", cmd_solution},
        {"next", "", "the next problem", cmd_next},
        {"follow", "", "open the follow-up offered after an accepted answer", cmd_follow},
        {"skip", "", "skip to the next problem", cmd_next},
        {"reset", "", "a fresh copy of the problem's data", cmd_reset},
        {"mode", "MODE", "output: box, table, markdown, csv, json, list, line", cmd_mode},
        {"nullvalue", "TEXT", "how NULL is shown", cmd_nullvalue},
        {"expanded", "[on|off|auto]", "one column per line for wide rows (also \\x, as in psql)", cmd_expanded},
        {"quit", "", "leave (also exit, .quit, \\q, Ctrl-D)", cmd_quit},
    };
    return commands;
}

Shell::Shell(const bank::Bank& bank, bool color) : m_bank(bank), m_fixtures(bank), m_color(color) {
    m_render.color = color;
    m_render.mode = TableMode::box;  // run_repl switches to list when stdin is not a terminal
}

std::string Shell::prompt() const {
    if (!m_buffer.empty()) return "...> ";
    if (m_case.collecting()) return m_case.prompt();
    if (!m_current) return "prepl> ";
    switch (m_current->kind) {
        case bank::Kind::numeric: return m_current->id + " answer> ";
        case bank::Kind::case_study: return m_current->id + " case> ";
        case bank::Kind::sql: break;
    }
    return m_current->id + " sql> ";
}

std::string Shell::open(const std::string& id, std::optional<std::uint64_t> seed) {
    const bank::Problem* problem = m_bank.find(id);
    if (!problem) {
        auto close = m_bank.similar_ids(id);
        note_error();
        return fmt::format("No problem \"{}\".{}\n", id,
                           close.empty() ? " `list` shows the ids." : " Did you mean " + util::join(close, ", ") + "?");
    }
    m_current = problem;
    m_follow_up.clear();
    opened_at_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                       std::chrono::system_clock::now().time_since_epoch())
                       .count();
    hints_shown = 0;
    solution_shown = false;
    last_sql.clear();
    m_log.clear();
    m_expected_columns.reset();
    m_sandbox.reset();
    m_seed.reset();
    m_answer.clear();
    m_case.reset();  // before any kind's branch: a case left open must not catch the next answers
    if (problem->kind == bank::Kind::numeric) {
        if (!seed) {
            std::random_device device;  // a fresh attempt: new numbers each time
            seed = (static_cast<std::uint64_t>(device()) << 32) ^ device();
        }
        m_seed = seed;
        std::string names;
        for (const auto& a : problem->raw.value("answers", nlohmann::json::array()))
            if (a.is_object() && a.contains("name") && a["name"].is_string())
                names += (names.empty() ? "" : ", ") + a["name"].get<std::string>();
        return wrap_prose(render_problem(*problem, m_fixtures, m_color, m_seed), m_render.max_width) +
               fmt::format("\nType your answer, one `name = value` per line ({}) or the values in that order, then "
                           "`submit`. `answer` shows it, `clear` empties it; `open {} {}` brings these numbers back.\n",
                           names, problem->id, *m_seed);
    }
    if (problem->kind == bank::Kind::case_study)
        return wrap_prose(render_problem(*problem, m_fixtures, m_color) + m_case.start(*problem, m_bank, m_color),
                          m_render.max_width);
    if (problem->sql()) {
        auto all = m_fixtures.for_problem(*problem);
        if (!all) return all.error().message + "\n";
        auto sandbox = sql::Sandbox::open(all->front().fixture);
        if (!sandbox) return sandbox.error().message + "\n";
        m_sandbox.emplace(std::move(*sandbox));
    }
    return wrap_prose(render_problem(*problem, m_fixtures, m_color), m_render.max_width) +
           "\nType SQL ending with ';' to run it, then `submit`.\n";
}

std::string Shell::run_sql(const std::string& text, const std::string& origin) {
    if (!m_current || !m_sandbox) {
        note_error();
        return "No SQL problem is open: `open ID` first (`list sql` shows them).\n";
    }
    last_sql = text;
    auto result = m_sandbox->run(text);
    m_log.add({text, origin, result.has_value(), result ? result->columns : std::vector<std::string>{}});
    if (!result) {
        if (result.error().kind == sql::SqlFailure::Kind::interrupted) return "query cancelled\n";  // Ctrl-C: one line
        note_error();
        return "Error: " + result.error().message + "\n";
    }
    if (result->columns.empty()) return "";
    if (expanded == Expanded::on) {
        RenderOptions line = m_render;
        line.mode = TableMode::line;
        return render_table(*result, line);
    }
    if (expanded == Expanded::automatic && m_render.max_width > 0 &&
        (m_render.mode == TableMode::box || m_render.mode == TableMode::table)) {
        // psql's \x auto: rows wider than the terminal are shown one column per line.
        RenderOptions unbounded = m_render;
        unbounded.max_width = 0;
        unbounded.max_rows = 3;
        const std::string probe = render_table(*result, unbounded);
        const auto first_end = probe.find('\n');
        if (display_width(probe.substr(0, first_end)) > m_render.max_width) {
            RenderOptions line = m_render;
            line.mode = TableMode::line;
            return render_table(*result, line);
        }
    }
    return render_table(*result, m_render);
}

std::string Shell::offer_follow_up() {
    m_follow_up.clear();
    if (!m_current) return "";
    const auto marks = progress_marks ? progress_marks() : std::nullopt;
    for (const auto& id : m_current->follow_ups) {
        const bank::Problem* next = m_bank.find(id);
        if (!next) continue;
        if (marks) {
            const auto mark = marks->find(id);
            if (mark != marks->end() && mark->second.starts_with("solved")) continue;
        }
        m_follow_up = id;
        return fmt::format("Follow-up: {} — `follow` opens it, `next` skips.\n", next->title);
    }
    return "";
}

const std::vector<std::string>& Shell::expected_columns() {
    if (!m_expected_columns) {
        m_expected_columns.emplace();
        if (m_current && m_current->sql() && !m_current->sql()->table_state)
            if (auto results = grade::reference_results(*m_current, m_fixtures); results && !results->empty())
                *m_expected_columns = results->front().columns;
    }
    return *m_expected_columns;
}

std::optional<SubmitChoice> Shell::sql_answer(std::optional<std::size_t> number, std::string* error) {
    if (!m_current || !m_current->sql()) {
        *error = "No SQL problem is open.\n";
        return std::nullopt;
    }
    if (m_current->sql()->table_state) {
        if (number) {
            *error = "This problem grades the tables after all your statements: `submit` replays every statement "
                     "since `open`/`reset` (`reset` starts over).\n";
            return std::nullopt;
        }
        return m_log.for_table_state(error);
    }
    return m_log.for_result(expected_columns(), number, error);
}

std::string Shell::dispatch(const std::string& line) {
    std::string args;
    const std::string word = first_word(line, args);
    if (const ShellCommand* command = find_command(word)) return command->handler(*this, args);
    note_error();
    std::vector<std::string> names;
    for (const auto& c : shell_commands()) names.emplace_back(c.name);
    auto close = util::closest_matches(word.front() == '.' ? word.substr(1) : word, names, 2);
    return fmt::format("unknown command {}{}; see help\n", word,
                       close.empty() ? "" : " (did you mean " + util::join(close, ", ") + "?)");
}

std::string Shell::feed(const std::string& line) {
    m_last_statement.clear();
    if (line.find('\0') != std::string::npos) {
        note_error();
        return "Input contains a NUL byte; it was discarded.\n";
    }
    // Case problems: lines answer the current part. Where a part starts, a line that is only a
    // command word (`submit`, `next`) or a dot command runs it; "next we would..." is an answer.
    if (m_case.collecting() && m_buffer.empty()) {
        const std::string trimmed = util::trim(line);
        std::string rest;
        const std::string word = first_word(trimmed, rest);
        // Commands with an argument count when it is one word (`answer PART`, `met CRITERION`)
        // or a problem id (`open ID [SEED]`).
        std::string after;
        const std::string argument = first_word(rest, after);
        const bool one_argument = !rest.empty() && ((word == "open" && m_bank.find(argument)) ||
                                                    (after.empty() && (word == "answer" || word == "met" ||
                                                                       word == "mode" || word == "schema")));
        // `submit` alone on a line, even mid-part, ends the part and grades: a line holding only
        // that word is not an answer.
        if ((word == "submit" || word == ".submit") && rest.empty() && !m_case.at_part_start()) {
            m_last_statement = trimmed;
            return "(`submit` alone on a line ends the part and grades all parts.)\n" + dispatch("submit");
        }
        const bool command = m_case.at_part_start() && !word.empty() &&
                             (word.front() == '.' || word.front() == '\\' ||
                              (find_command(word) && (rest.empty() || one_argument)));
        if (!command) return m_case.feed_line(line);
    }
    if (m_buffer.empty()) {
        const std::string trimmed = util::trim(line);
        if (trimmed.empty()) return "";
        std::string rest;
        const std::string word = first_word(trimmed, rest);
        // A command is one line at the start of a statement (as in the sqlite3 shell): a known
        // word, or anything starting with '.' or '\\'. (A leading '.' on a numeric answer like
        // ".5" is a value, not a command.)
        const bool numeric = m_current && m_current->kind == bank::Kind::numeric;
        const bool dot_command = word.front() == '.' && !(numeric && word.size() > 1 && std::isdigit(static_cast<unsigned char>(word[1])));
        // "clear = 3" is the answer part `clear`, not the command.
        const bool answer_line = numeric && (word.find_first_of("=:") != std::string::npos ||
                                             (!rest.empty() && (rest.front() == '=' || rest.front() == ':')));
        if (!answer_line && (find_command(word) || dot_command || word.front() == '\\')) {
            m_last_statement = trimmed;
            return dispatch(trimmed);
        }
        if (m_current && m_current->kind == bank::Kind::case_study) {
            note_error();
            return "Every part has an answer: `submit` grades them, `answer PART` changes one.\n";
        }
        if (numeric) {
            if (m_answer.size() + trimmed.size() > k_max_input_bytes) {
                note_error();
                return "Answer over 100 KB was discarded.\n";
            }
            // Checked as typed (stats' hook): an unreadable value is refused now, not at submit;
            // arithmetic is echoed with its value.
            const auto check = grade::numeric::check_numeric_line(*m_current, trimmed);
            m_last_statement = trimmed;
            if (!check.problem.empty()) {
                note_error();
                return "Not added: " + check.problem + "\n";
            }
            add_answer_line(m_answer, trimmed);
            std::string notes;
            for (const auto& note : check.notes) notes += note + "\n";
            return notes;
        }
    }
    m_buffer += m_buffer.empty() ? line : "\n" + line;
    if (m_buffer.size() > k_max_input_bytes) {
        m_buffer.clear();
        note_error();
        return "Input over 100 KB was discarded.\n";
    }
    if (!sql::is_complete_statement(m_buffer)) return "";
    const std::string statement = std::move(m_buffer);
    m_buffer.clear();
    m_last_statement = statement;
    return run_sql(statement);
}

std::vector<std::string> Shell::complete(const std::string& line, const std::string& word) const {
    std::vector<std::string> out;
    const std::string before = util::trim(line);
    auto add_if = [&](std::string_view candidate) {
        if (util::starts_with_icase(candidate, word)) out.emplace_back(candidate);
    };
    if (before.empty() && m_buffer.empty()) {
        for (const auto& c : shell_commands()) add_if(c.name);
    }
    if (m_case.active() && (before == "answer" || before == "met")) {
        for (const auto& id : m_case.completions(before)) add_if(id);
        return out;
    }
    if (before == "open" || before == ".open") {
        for (const auto& p : m_bank.problems()) add_if(p.id);
        return out;
    }
    if (m_sandbox) {
        for (const auto& table : m_sandbox->fixture().tables()) {
            add_if(table);
            for (const auto& column : m_sandbox->columns_of(table)) add_if(column.name);
        }
    }
    for (auto keyword : k_sql_keywords) add_if(keyword);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

}  // namespace prepl::repl
