#pragma once
// Runs a problem's Lua grader (graders/README.md) from the grading layer: finds and loads the
// file, builds ctx (problem, params, user/reference results, the query/solve/compare bridges) and
// folds the grader's outcome into a Verdict.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "bank/bank.hpp"
#include "grade/fixtures.hpp"
#include "grade/sql_grader.hpp"
#include "grade/verdict.hpp"
#include "lua/grader_host.hpp"
#include "util/error.hpp"

namespace prepl::grade {

// The grader case problems use when they name none: rubric.grade from graders/lib/rubric.lua.
inline constexpr std::string_view k_default_case_grader = "graders/lib/rubric.lua";

struct GraderSource {
    std::string chunkname;       // shown in messages: the path as the problem file wrote it
    std::string source;          // Lua text to run
    std::filesystem::path file;  // where it was read from
};

// True when grading `problem` runs a Lua grader: it names one, or it is a case problem.
bool has_lua_grader(const bank::Problem& problem);

// The grader's source. A grader inside graders/lib (a library module such as rubric.lua) is run
// through `return require("<name>").grade`. Fails naming the file when it cannot be read.
util::Result<GraderSource> load_grader_source(const bank::Problem& problem, const bank::Bank& bank);

// Bridges every problem gets: ctx.solve (stats::solve) and ctx.compare
// (sql::compare_result_sets). With a fixture, ctx.query runs SQL on a fresh sandbox of it.
lua::GraderBridges standard_bridges(const std::optional<sql::Fixture>& fixture,
                                    const sql::SandboxLimits& limits = {});

// Loads and runs the problem's grader with ctx.problem = problem.raw and ctx.lib_dir set.
// Never throws; a missing file or a failing grader is an Outcome with status error whose message
// names the file (and line, when Lua reported one).
lua::GraderOutcome run_problem_grader(const bank::Problem& problem, const bank::Bank& bank,
                                      const nlohmann::json& answer, lua::GraderContext ctx,
                                      const lua::LuaLimits& limits = {});

// Folds a grader's outcome into a verdict the result comparison already produced. The grader can
// veto (its status "rejected", or without a status a score below max, turns accepted into
// rejected with its feedback) but never accept what the comparison rejected. Its feedback is
// appended to verdict.feedback. A grader error makes the verdict Status::error, naming the file.
void apply_grader_outcome(const lua::GraderOutcome& outcome, Verdict& verdict);

// For numeric problems (called by the numeric engine after it compared the numbers): runs the
// problem's grader, if it names one, with the answer and the attempt's params, and applies it.
void apply_lua_grader(const bank::Problem& problem, const bank::Bank& bank, const nlohmann::json& answer,
                      const nlohmann::json& params, Verdict& verdict, const lua::LuaLimits& limits = {});

// For SQL problems, after grade_sql: runs the grader when the problem names one and the user's
// SQL ran, with ctx.user / ctx.reference as {columns, rows} and ctx.query on the sample data.
void apply_sql_lua_grader(const bank::Problem& problem, Fixtures& fixtures, std::string_view answer,
                          Verdict& verdict, const GradeOptions& options = {},
                          const lua::LuaLimits& limits = {});

}  // namespace prepl::grade
