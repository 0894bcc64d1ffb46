#include <CLI/CLI.hpp>

#include "app/authoring_commands.hpp"

namespace prepl::app {

void add_authoring_commands(CLI::App& app, AuthoringCli& cli) {
    cli.new_cmd = app.add_subcommand("new", "write a skeleton problem to fill in (then `prepl validate`)");
    cli.new_cmd->add_option("kind", cli.new_options.kind, "sql, numeric or case")
        ->required()
        ->check(CLI::IsMember({"sql", "numeric", "case"}));
    cli.new_cmd->add_option("id", cli.new_options.id, "the new problem's id (kebab-case)")->required();
    cli.new_cmd->add_option("--dataset", cli.new_options.dataset, "sql: a dataset of the bank (datasets/NAME.sql)");

    cli.test_grader_cmd = app.add_subcommand("test-grader", "run a problem's Lua grader on one answer and show all it returns");
    cli.test_grader_cmd->add_option("id", cli.test_grader_options.id, "problem id")->required();
    cli.test_grader_cmd->add_option("answer", cli.test_grader_options.answer_path, "answer file, or - for standard input")
        ->required();
}

std::optional<CommandOutput> run_authoring_command(const CommonOptions& common, const AuthoringCli& cli) {
    if (cli.new_cmd && cli.new_cmd->parsed()) return new_command(common, cli.new_options);
    if (cli.test_grader_cmd && cli.test_grader_cmd->parsed()) return test_grader_command(common, cli.test_grader_options);
    return std::nullopt;
}

}  // namespace prepl::app
