#include "grade/lua_grading.hpp"

#include <fmt/format.h>

#include "grade/verdict_json.hpp"
#include "sql/comparator.hpp"
#include "stats/registry.hpp"
#include "stats/solver_input.hpp"
#include "util/file.hpp"

namespace prepl::grade {
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

sql::Value value_from_json(const json& v) {
    if (v.is_null()) return sql::Null{};
    if (v.is_boolean()) return std::int64_t{v.get<bool>() ? 1 : 0};
    if (v.is_number_integer()) return v.get<std::int64_t>();
    if (v.is_number()) return v.get<double>();
    if (v.is_string()) return v.get<std::string>();
    return v.dump();
}

// {columns, rows} -> ResultSet; throws json::exception on a wrong shape (caught by the host).
sql::ResultSet result_set_from_json(const json& j, const char* which) {
    if (!j.is_object() || !j.contains("columns") || !j.contains("rows"))
        throw std::invalid_argument(fmt::format("ctx.compare: argument {} must be a table {{columns=, rows=}}", which));
    sql::ResultSet out;
    for (const auto& c : j.at("columns")) out.columns.push_back(c.is_string() ? c.get<std::string>() : c.dump());
    for (const auto& row : j.at("rows")) {
        sql::Row r;
        for (const auto& v : row) r.push_back(value_from_json(v));
        out.rows.push_back(std::move(r));
    }
    return out;
}

// The `compare` options of ctx.compare, written like the bank's `compare` object.
bank::CompareSpec compare_spec_from_json(const json& opts) {
    bank::CompareSpec spec;
    if (!opts.is_object()) return spec;
    if (auto o = opts.find("order"); o != opts.end()) {
        if (o->is_array()) {
            spec.order = bank::CompareSpec::Order::by_columns;
            for (const auto& c : *o) spec.order_columns.push_back(c.get<std::string>());
        } else if (o->is_string()) {
            spec.order = *o == "exact" ? bank::CompareSpec::Order::exact : bank::CompareSpec::Order::any;
        }
    }
    if (auto c = opts.find("columns"); c != opts.end() && c->is_string()) spec.columns_by_name = *c != "positional";
    if (auto r = opts.find("rows"); r != opts.end() && r->is_string()) spec.rows_as_set = *r == "set";
    if (auto t = opts.find("tolerance"); t != opts.end() && t->is_number()) spec.tolerance = t->get<double>();
    return spec;
}

json compare_report(const sql::Comparison& cmp, const bank::CompareSpec& spec) {
    const sql::ResultDiff& d = cmp.diff;
    json missing = json::array(), unexpected = json::array();
    for (const auto& r : d.missing_rows) missing.push_back(to_json(r));
    for (const auto& r : d.unexpected_rows) unexpected.push_back(to_json(r));
    return {{"equal", cmp.equal},
            {"summary", cmp.equal ? std::string("equal") : summarize_diff(d)},
            {"rules", sql::describe_rules(spec)},
            {"missing_columns", d.missing_columns},
            {"unexpected_columns", d.unexpected_columns},
            {"missing_row_count", d.missing_row_count},
            {"unexpected_row_count", d.unexpected_row_count},
            {"missing_rows", missing},
            {"unexpected_rows", unexpected},
            {"first_order_mismatch", d.first_order_mismatch ? json(*d.first_order_mismatch + 1) : json(nullptr)},
            {"hints", d.hints}};
}

lua::GraderOutcome error_outcome(std::string message) {
    lua::GraderOutcome out;
    out.status = lua::GraderOutcome::Status::error;
    out.error = std::move(message);
    return out;
}

bool inside(const fs::path& file, const fs::path& dir) {
    std::error_code ec;
    return fs::equivalent(file.parent_path(), dir, ec);
}

}  // namespace

bool has_lua_grader(const bank::Problem& problem) {
    return problem.grader.has_value() || problem.kind == bank::Kind::case_study;
}

util::Result<GraderSource> load_grader_source(const bank::Problem& problem, const bank::Bank& bank) {
    const std::string name = problem.grader.value_or(std::string(k_default_case_grader));
    GraderSource out;
    out.chunkname = name;
    out.file = bank.resolve_grader(name);
    auto text = util::read_file(out.file);
    if (!text)
        return util::fail(util::Error::missing(fmt::format(
            "{}: grader {} cannot be read ({})", problem.file.string(), name, text.error().message)));
    if (inside(out.file, bank.grader_lib_dir())) {
        // A library module returns its table; its grade function is the grader.
        out.chunkname = "@" + name + " (as a grader)";
        out.source = fmt::format(
            "local m = require(\"{}\")\n"
            "if type(m) == \"table\" and type(m.grade) == \"function\" then return m.grade end\n"
            "return m\n",
            out.file.stem().string());
        return out;
    }
    out.source = std::move(*text);
    return out;
}

lua::GraderBridges standard_bridges(const std::optional<sql::Fixture>& fixture, const sql::SandboxLimits& limits) {
    lua::GraderBridges bridges;
    bridges.solve = [](std::string_view name, const json& args) -> util::Result<json> {
        const stats::SolverInfo* solver = stats::find_solver(name);
        if (!solver) {
            auto probe = stats::solve(name, {});  // the registry's own "did you mean" message
            return util::fail(probe ? util::Error::missing(fmt::format("no solver named {}", name)) : probe.error());
        }
        auto parsed = stats::args_from_json(*solver, args.is_null() ? json::object() : args);
        if (!parsed) return util::fail(parsed.error());
        auto outputs = stats::solve(name, *parsed);
        if (!outputs) return util::fail(outputs.error());
        return stats::outputs_to_json(*outputs);
    };
    bridges.compare = [](const json& a, const json& b, const json& opts) -> json {
        const bank::CompareSpec spec = compare_spec_from_json(opts);
        return compare_report(sql::compare_result_sets(result_set_from_json(a, "1"), result_set_from_json(b, "2"), spec),
                              spec);
    };
    if (fixture) {
        bridges.query = [fixture = *fixture, limits](std::string_view text) -> util::Result<json> {
            auto sandbox = sql::Sandbox::open(fixture, limits);
            if (!sandbox) return util::fail(sandbox.error());
            auto result = sandbox->run(text);
            if (!result) return util::fail(util::Error::invalid(result.error().message));
            return to_json(*result);
        };
    }
    return bridges;
}

lua::GraderOutcome run_problem_grader(const bank::Problem& problem, const bank::Bank& bank, const json& answer,
                                      lua::GraderContext ctx, const lua::LuaLimits& limits) {
    auto source = load_grader_source(problem, bank);
    if (!source) return error_outcome(source.error().message);
    ctx.problem = problem.raw;
    ctx.lib_dir = bank.grader_lib_dir();
    if (ctx.params.is_null()) ctx.params = json::object();
    return lua::run_grader(source->source, source->chunkname, answer, ctx, limits);
}

void apply_grader_outcome(const lua::GraderOutcome& outcome, Verdict& verdict) {
    if (outcome.status == lua::GraderOutcome::Status::error) {
        verdict.status = Verdict::Status::error;
        verdict.message = "The problem's grader failed (a bank defect, not your answer; run prepl validate): " +
                          outcome.error;
        return;
    }
    const bool grader_rejects =
        outcome.verdict ? *outcome.verdict == "rejected" : outcome.score < outcome.max;
    if (verdict.accepted() && grader_rejects) {
        verdict.status = Verdict::Status::rejected;
        verdict.score = 0;
        verdict.message = outcome.feedback.empty()
                              ? "Your result matches, but the problem's grader rejects the answer."
                              : "Your result matches, but the problem's grader rejects the answer: " +
                                    outcome.feedback.front();
    }
    verdict.feedback.insert(verdict.feedback.end(), outcome.feedback.begin(), outcome.feedback.end());
}

void apply_lua_grader(const bank::Problem& problem, const bank::Bank& bank, const json& answer, const json& params,
                      Verdict& verdict, const lua::LuaLimits& limits) {
    if (!problem.grader) return;
    lua::GraderContext ctx;
    ctx.params = params;
    ctx.bridges = standard_bridges(std::nullopt);
    apply_grader_outcome(run_problem_grader(problem, bank, answer, std::move(ctx), limits), verdict);
}

void apply_sql_lua_grader(const bank::Problem& problem, Fixtures& fixtures, std::string_view answer, Verdict& verdict,
                          const GradeOptions& options, const lua::LuaLimits& limits) {
    if (!problem.grader || !problem.sql() || verdict.status == Verdict::Status::error || verdict.sql_failure) return;
    auto all = fixtures.for_problem(problem);
    if (!all) return;  // grade_sql already reported it
    lua::GraderContext ctx;
    if (verdict.result) ctx.user = to_json(*verdict.result);  // the sample data's result (result mode)
    if (auto refs = reference_results(problem, fixtures, options); refs && !refs->empty() && !problem.sql()->table_state)
        ctx.reference = to_json(refs->front());
    ctx.bridges = standard_bridges(all->front().fixture, options.limits);
    apply_grader_outcome(run_problem_grader(problem, fixtures.bank(), json(std::string(answer)), std::move(ctx), limits),
                         verdict);
}

}  // namespace prepl::grade
