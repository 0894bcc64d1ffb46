#include "build_info.hpp"
#include "app/run.hpp"

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <iterator>
#include <optional>
#include <unistd.h>

#include <CLI/CLI.hpp>

#include "util/terminal_text.hpp"

#include "app/authoring_commands.hpp"
#include "app/commands.hpp"
#include "app/session_commands.hpp"
#include "repl/mock_runner.hpp"
#include "repl/repl.hpp"
#include "repl/terminal_output.hpp"
#include "session/clock.hpp"
#include "session/mock_picker.hpp"
#include "sql/sqlite_memory.hpp"

namespace prepl::app {
namespace {

// Unicode bars only on a terminal whose locale says UTF-8.
bool utf8_terminal() {
    if (!::isatty(1)) return false;
    for (const char* name : {"LC_ALL", "LC_CTYPE", "LANG"}) {
        const char* value = std::getenv(name);
        if (!value || !*value) continue;
        const std::string v(value);
        return v.find("UTF-8") != std::string::npos || v.find("utf8") != std::string::npos ||
               v.find("utf-8") != std::string::npos || v.find("UTF8") != std::string::npos;
    }
    return false;
}

// "Delete 3 attempts? [y/N] " on the terminal; only y or yes agrees.
bool ask_terminal(const std::string& question) {
    std::cout << question << std::flush;
    std::string answer;
    if (!std::getline(std::cin, answer)) return false;
    return answer == "y" || answer == "Y" || answer == "yes" || answer == "YES";
}

// The output boundary of every command: text from answers, banks and graders reaches it inside
// messages, findings and titles, so control characters are escaped here (prepl's colours pass).
int emit(const CommandOutput& output) {
    const std::string out = util::escape_output(output.out);
    const std::string err = util::escape_output(output.err);
    std::fwrite(out.data(), 1, out.size(), stdout);
    std::fflush(stdout);
    std::fwrite(err.data(), 1, err.size(), stderr);
    return output.code;
}

int run_cli(int argc, char** argv) {
    CLI::App app{"prepl — practise and grade data-science interview problems (SQL, statistics, product cases)"};
    app.set_version_flag("-V,--version", std::string("prepl ") + std::string(prepl::build::version()));
    app.require_subcommand(0, 1);
    app.fallthrough();

    CommonOptions common;
    std::string bank_dir, data_dir, color = "auto";
    app.add_option("--bank", bank_dir, "problem folder (default: the bundled bank)");
    app.add_option("--data-dir", data_dir, "where progress.db lives (default: $XDG_DATA_HOME/prepl)");
    app.add_option("--color", color, "colour: auto, always or never")->check(CLI::IsMember({"auto", "always", "never"}));

    CheckOptions check;
    std::string all_dir;
    auto* check_cmd = app.add_subcommand("check", "grade an answer file offline (exit 0 accepted, 1 rejected, 2 usage, 3 error)");
    check_cmd->add_option("id", check.id, "problem id");
    check_cmd->add_option("answer", check.answer_path, "answer file, or - for standard input");
    check_cmd->add_option("--all", all_dir, "grade every answer in this folder: <id>.sql, <id>.txt (numeric), <id>.md or <id>.json (case)");
    check_cmd->add_option("--format", check.format, "text, json or junit")->check(CLI::IsMember({"text", "json", "junit"}));
    check_cmd->add_flag("--reveal", check.reveal, "show the rows of a diff on hidden data");
    check_cmd->add_flag("--full", check.full, "show every missing and unexpected row (default: the first 20)");
    check_cmd->add_option("--seed", check.seed, "seed for numeric problems' parameters");
    check_cmd->add_option("--threads", check.threads, "threads for --all (default: one per core)");

    ValidateOptions validate;
    auto* validate_cmd = app.add_subcommand("validate", "check that every problem of a bank loads and grades honestly");
    validate_cmd->add_option("ids", validate.ids, "only these problems");
    validate_cmd->add_option("--format", validate.format, "text, json or junit")->check(CLI::IsMember({"text", "json", "junit"}));
    validate_cmd->add_flag("--mutants", validate.mutants,
                           "prove the datasets reject every mutant of each SQL reference that some database tells apart");
    validate_cmd->add_flag("--write-hidden", validate.write_hidden,
                           "with --mutants: write each survivor's distinguishing rows as a new hidden dataset");
    validate_cmd->add_option("--fuzz", validate.fuzz, "fuzzed databases per problem for --mutants (default 200)");
    validate_cmd->add_option("--seed", validate.seed, "seed of the fuzzed databases (default 1)");
    validate_cmd->add_option("--threads", validate.threads, "threads for --mutants (default: one per core)");

    MutantsOptions mutants;
    auto* mutants_cmd = app.add_subcommand("mutants", "mutants of a SQL problem's reference: killed, surviving, equivalent");
    mutants_cmd->add_option("id", mutants.id, "problem id")->required();
    mutants_cmd->add_option("--format", mutants.format, "text or json")->check(CLI::IsMember({"text", "json"}));
    mutants_cmd->add_option("--fuzz", mutants.fuzz, "fuzzed databases (default 200)");
    mutants_cmd->add_option("--seed", mutants.seed, "seed of the fuzzed databases (default 1)");
    validate_cmd->add_flag("--reveal", validate.reveal, "show hidden rows in findings (the author may see them)");

    ListOptions list;
    auto* list_cmd = app.add_subcommand("list", "list the problems of the bank");
    list_cmd->add_option("--kind", list.kind, "sql, numeric (or stats) or case");
    list_cmd->add_option("--tag", list.tag, "only problems with a tag starting with this (any case)");
    list_cmd->add_flag("--tags", list.tag_table, "every tag with its number of problems");
    list_cmd->add_option("--company", list.company, "only problems asked at this company");
    list_cmd->add_option("--difficulty", list.difficulty, "easy, medium or hard");
    list_cmd->add_option("--format", list.format, "text or json")->check(CLI::IsMember({"text", "json"}));

    std::string show_id, show_format = "text";
    std::optional<unsigned long long> show_seed;
    auto* show_cmd = app.add_subcommand("show", "print a problem's prompt and tables");
    show_cmd->add_option("id", show_id, "problem id")->required();
    show_cmd->add_option("--format", show_format, "text or json")->check(CLI::IsMember({"text", "json"}));
    show_cmd->add_option("--seed", show_seed, "seed for a numeric problem's numbers (default: from the id, as check)");

    SolveOptions solve;
    auto* solve_cmd = app.add_subcommand("solve", "run a reference solver: prepl solve NAME key=value ... (--list shows them)");
    solve_cmd->set_help_flag();  // `prepl solve NAME --help` shows the solver's inputs instead
    solve_cmd->add_option("words", solve.words, "solver name, then key=value inputs (lists: x=1,2,3; tables: t=1,2;3,4)");
    solve_cmd->add_option("--input", solve.input, "inputs as a JSON object, or - to read it from standard input");
    solve_cmd->add_option("--format", solve.format, "text or json")->check(CLI::IsMember({"text", "json"}));
    solve_cmd->add_flag("--list", solve.list, "every solver with its inputs and outputs");
    solve_cmd->add_flag("-h,--help", solve.help, "usage; with a NAME, that solver's inputs");

    ProgressOptions progress;
    bool ascii = false;
    auto* progress_cmd = app.add_subcommand("progress", "solved and attempted problems, accuracy, streaks, weekly activity");
    progress_cmd->add_option("--format", progress.format, "text or json")->check(CLI::IsMember({"text", "json"}));
    progress_cmd->add_flag("--ascii", ascii, "draw the chart with # instead of block characters");

    auto* export_cmd = app.add_subcommand("export", "print all attempts, review state and mock interviews as JSON");

    ResetOptions reset;
    std::string reset_id;
    auto* reset_cmd = app.add_subcommand("reset", "delete the progress of one problem, or --all");
    reset_cmd->add_option("id", reset_id, "problem id");
    reset_cmd->add_flag("--all", reset.all, "delete every attempt, the review queue and the mocks");
    reset_cmd->add_flag("--yes", reset.yes, "do not ask (required when stdin is not a terminal)");

    bool review_list_only = false;
    auto* review_cmd = app.add_subcommand("review", "problems due for spaced review; opens the first in the shell");
    review_cmd->add_flag("--list", review_list_only, "only list them");

    repl::MockRunOptions mock;
    std::string mix = "sql=2,stats=2,case=1", report_which, report_format = "text";
    std::optional<unsigned long long> mock_seed;
    auto* mock_cmd = app.add_subcommand("mock", "a timed mock interview with a debrief");
    mock_cmd->add_option("--minutes", mock.request.minutes, "length of the interview")->check(CLI::Range(1, 600));
    mock_cmd->add_option("--mix", mix, "questions per kind, e.g. sql=2,stats=2,case=1");
    mock_cmd->add_option("--tag", mock.request.tag, "only problems with this tag");
    mock_cmd->add_option("--company", mock.request.company, "only problems asked at this company");
    mock_cmd->add_option("--seed", mock_seed, "same seed and history, same questions (default: from the clock)");
    mock_cmd->add_flag("--allow-hints", mock.allow_hints, "allow hints, each costing 25% of that question");
    mock_cmd->add_flag("--resume", mock.resume, "continue the paused mock interview");
    mock_cmd->add_option("--packet", mock.packet,
                         "also write the interviewer's packet (markdown) to FILE; - prints it and starts nothing");
    mock_cmd->add_option("--report", report_which, "show the debrief of LAST or of a mock id");
    mock_cmd->add_option("--format", report_format, "with --report: text, json or markdown")
        ->check(CLI::IsMember({"text", "json", "markdown"}));

    AuthoringCli authoring;
    add_authoring_commands(app, authoring);  // new, test-grader

    repl::ReplOptions repl_options;
    auto* repl_cmd = app.add_subcommand("repl", "open the practice shell (the default)");
    repl_cmd->add_option("id", repl_options.open_id, "open this problem first");

    // CLI11 prints a subcommand's own options only; the global ones work there too (fallthrough).
    for (CLI::App* sub : app.get_subcommands({}))
        sub->footer(
            "Global options (before or after the subcommand):\n"
            "  --bank DIR        problem folder (default: the bundled bank)\n"
            "  --data-dir DIR    where progress.db and the shell history live (default: $XDG_DATA_HOME/prepl)\n"
            "  --color WHEN      auto, always or never (NO_COLOR and TERM=dumb also turn colour off)\n"
            "  -V, --version     print the version\n");

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return k_exit_usage;
    }
    if (!bank_dir.empty()) common.bank_dir = bank_dir;
    if (!data_dir.empty()) common.data_dir = data_dir;
    session::SystemClock clock;
    common.color = repl::want_color(color);

    if (check_cmd->parsed()) {
        if (!all_dir.empty()) {
            if (!check.id.empty() || !check.answer_path.empty()) {
                std::cerr << "prepl check: --all DIR grades a whole folder and takes no problem id or answer file"
                             " (got \"" << check.id << (check.answer_path.empty() ? "" : " " + check.answer_path)
                          << "\")\n";
                return k_exit_usage;
            }
            check.all_dir = all_dir;
        } else if (check.id.empty() || check.answer_path.empty()) {
            std::cerr << "prepl check: give a problem id and an answer file (or - for stdin), or --all DIR\n"
                         "  e.g. prepl check ctr-by-format-new-users answer.sql --format json\n";
            return k_exit_usage;
        }
        return emit(check_command(common, check));
    }
    if (validate_cmd->parsed()) return emit(validate_command(common, validate));
    if (mutants_cmd->parsed()) return emit(mutants_command(common, mutants));
    if (auto authored = run_authoring_command(common, authoring)) return emit(*authored);
    if (list_cmd->parsed()) return emit(list_command(common, list));
    if (show_cmd->parsed()) return emit(show_command(common, show_id, show_format, show_seed));
    if (solve_cmd->parsed()) {
        std::string stdin_text;
        if (solve.input && *solve.input == "-") stdin_text.assign(std::istreambuf_iterator<char>(std::cin), {});
        return emit(solve_command(solve, stdin_text));
    }
    if (progress_cmd->parsed()) {
        progress.unicode = !ascii && utf8_terminal();
        return emit(progress_command(common, progress, clock));
    }
    if (export_cmd->parsed()) return emit(export_command(common, clock));
    if (reset_cmd->parsed()) {
        if (!reset_id.empty()) reset.id = reset_id;
        if (::isatty(0)) reset.confirm = ask_terminal;
        return emit(reset_command(common, reset));
    }
    std::string first_due;
    if (review_cmd->parsed()) {
        const CommandOutput listed = review_command(common, clock, first_due);
        const int code = emit(listed);
        if (code != k_exit_ok || review_list_only || first_due.empty()) return code;
        repl_options.open_id = first_due;
    }
    if (mock_cmd->parsed()) {
        if (!report_which.empty()) return emit(mock_report_command(common, report_which, report_format));
        auto parsed_mix = session::parse_mix(mix);
        if (!parsed_mix) {
            std::cerr << "prepl mock: " << parsed_mix.error().message << "\n";
            return k_exit_usage;
        }
        mock.request.mix = *parsed_mix;
        mock.request.seed = mock_seed ? *mock_seed : static_cast<unsigned long long>(clock.now());
        mock.bank_dir = common.bank_dir;
        mock.data_dir = common.data_dir;
        mock.color_mode = color;
        return repl::run_mock(mock, clock);
    }
    repl_options.bank_dir = common.bank_dir;
    repl_options.data_dir = common.data_dir;
    repl_options.color_mode = color;
    return repl::run_repl(repl_options);
}

}  // namespace

int run(int argc, char** argv) {
    // Before any SQLite use: a heap cap without SQLite's global memory mutex (threads scale).
    sql::configure_sqlite_memory();
    // The one top-level catch: anything thrown here is a bug, reported with exit code 3.
    try {
        return run_cli(argc, argv);
    } catch (const std::exception& e) {
        std::cerr << "prepl: internal error: " << e.what() << "\n";
    } catch (...) {
        std::cerr << "prepl: internal error\n";
    }
    return k_exit_internal;
}

}  // namespace prepl::app
