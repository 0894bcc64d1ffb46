#include "app/run.hpp"

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <unistd.h>

#include <CLI/CLI.hpp>

#include "app/authoring_commands.hpp"
#include "app/commands.hpp"
#include "repl/repl.hpp"

namespace prepl::app {
namespace {

bool want_color(const std::string& mode) {
    if (mode == "always") return true;
    if (mode == "never") return false;
    const char* term = std::getenv("TERM");
    return ::isatty(1) && !std::getenv("NO_COLOR") && !(term && std::string(term) == "dumb");
}

int emit(const CommandOutput& output) {
    std::fwrite(output.out.data(), 1, output.out.size(), stdout);
    std::fflush(stdout);
    std::fwrite(output.err.data(), 1, output.err.size(), stderr);
    return output.code;
}

int run_cli(int argc, char** argv) {
    CLI::App app{"prepl — practise and grade data-science interview problems (SQL, statistics, product cases)"};
    app.set_version_flag("--version", std::string("prepl ") + PREPL_VERSION);
    app.require_subcommand(0, 1);
    app.fallthrough();

    CommonOptions common;
    std::string bank_dir, color = "auto";
    app.add_option("--bank", bank_dir, "problem folder (default: the bundled bank)");
    app.add_option("--color", color, "colour: auto, always or never")->check(CLI::IsMember({"auto", "always", "never"}));

    CheckOptions check;
    std::string all_dir;
    auto* check_cmd = app.add_subcommand("check", "grade an answer file offline (exit 0 accepted, 1 rejected, 2 usage, 3 error)");
    check_cmd->add_option("id", check.id, "problem id");
    check_cmd->add_option("answer", check.answer_path, "answer file, or - for standard input");
    check_cmd->add_option("--all", all_dir, "grade every <id>.sql in this folder");
    check_cmd->add_option("--format", check.format, "text, json or junit")->check(CLI::IsMember({"text", "json", "junit"}));
    check_cmd->add_flag("--reveal", check.reveal, "show the rows of a diff on hidden data");
    check_cmd->add_option("--seed", check.seed, "seed for numeric problems' parameters");
    check_cmd->add_option("--threads", check.threads, "threads for --all (default: one per core)");

    ValidateOptions validate;
    auto* validate_cmd = app.add_subcommand("validate", "check that every problem of a bank loads and grades honestly");
    validate_cmd->add_option("ids", validate.ids, "only these problems");
    validate_cmd->add_option("--format", validate.format, "text, json or junit")->check(CLI::IsMember({"text", "json", "junit"}));

    ListOptions list;
    auto* list_cmd = app.add_subcommand("list", "list the problems of the bank");
    list_cmd->add_option("--kind", list.kind, "sql, numeric or case")->check(CLI::IsMember({"sql", "numeric", "case"}));
    list_cmd->add_option("--tag", list.tag, "only problems with this tag");
    list_cmd->add_option("--company", list.company, "only problems asked at this company");
    list_cmd->add_option("--difficulty", list.difficulty, "easy, medium or hard");
    list_cmd->add_option("--format", list.format, "text or json")->check(CLI::IsMember({"text", "json"}));

    std::string show_id, show_format = "text";
    auto* show_cmd = app.add_subcommand("show", "print a problem's prompt and tables");
    show_cmd->add_option("id", show_id, "problem id")->required();
    show_cmd->add_option("--format", show_format, "text or json")->check(CLI::IsMember({"text", "json"}));

    AuthoringCli authoring;
    add_authoring_commands(app, authoring);  // new, test-grader

    repl::ReplOptions repl_options;
    auto* repl_cmd = app.add_subcommand("repl", "open the practice shell (the default)");
    repl_cmd->add_option("id", repl_options.open_id, "open this problem first");

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
    common.color = want_color(color);

    if (check_cmd->parsed()) {
        if (!all_dir.empty()) {
            check.all_dir = all_dir;
        } else if (check.id.empty() || check.answer_path.empty()) {
            std::cerr << "prepl check: give a problem id and an answer file (or - for stdin), or --all DIR\n"
                         "  e.g. prepl check ctr-by-format answer.sql --format json\n";
            return k_exit_usage;
        }
        return emit(check_command(common, check));
    }
    if (validate_cmd->parsed()) return emit(validate_command(common, validate));
    if (auto authored = run_authoring_command(common, authoring)) return emit(*authored);
    if (list_cmd->parsed()) return emit(list_command(common, list));
    if (show_cmd->parsed()) return emit(show_command(common, show_id, show_format));
    repl_options.bank_dir = common.bank_dir;
    repl_options.color_mode = color;
    return repl::run_repl(repl_options);
}

}  // namespace

int run(int argc, char** argv) {
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
