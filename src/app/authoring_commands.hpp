#pragma once
// Commands for problem authors: `prepl new` (a skeleton to fill in) and `prepl test-grader`
// (a grader's full output on one answer). `prepl validate` is in commands.hpp.
#include <optional>
#include <string>

#include "app/commands.hpp"

namespace CLI {
class App;
}

namespace prepl::app {

struct NewOptions {
    std::string kind;  // sql | numeric | case
    std::string id;
    std::optional<std::string> dataset;  // sql: use DIR/datasets/<name>.sql instead of inline setup
};
// Writes <bank>/<track>/<id>.json (track: sql, stats, case) and, for a case, graders/<id>.lua,
// both with "TODO" markers that `validate` reports until they are finished. Refuses to overwrite
// anything or to reuse an id (exit 2).
CommandOutput new_command(const CommonOptions& common, const NewOptions& options);

struct TestGraderOptions {
    std::string id;
    std::string answer_path;  // "-" for stdin
};
// Runs the problem's grader on one answer: status, score, max, feedback, details and time.
// Exit 0 when the grader ran, 2 on usage errors, 3 when the grader failed.
CommandOutput test_grader_command(const CommonOptions& common, const TestGraderOptions& options);

// CLI wiring for run.cpp: adds the subcommands, then runs the one that was parsed (if any).
struct AuthoringCli {
    CLI::App* new_cmd = nullptr;
    CLI::App* test_grader_cmd = nullptr;
    NewOptions new_options;
    TestGraderOptions test_grader_options;
};
void add_authoring_commands(CLI::App& app, AuthoringCli& cli);
std::optional<CommandOutput> run_authoring_command(const CommonOptions& common, const AuthoringCli& cli);

}  // namespace prepl::app
