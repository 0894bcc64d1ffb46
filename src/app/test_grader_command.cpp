// `prepl test-grader ID ANSWER`: the grader's whole outcome on one answer, for authors.
#include <chrono>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "app/authoring_commands.hpp"
#include "app/bank_access.hpp"
#include "grade/case_answer.hpp"
#include "grade/case_grader.hpp"
#include "grade/fixtures.hpp"
#include "grade/lua_grading.hpp"
#include "grade/sql_grader.hpp"
#include "grade/verdict_json.hpp"
#include "util/file.hpp"

namespace prepl::app {
using nlohmann::json;

namespace {

// The answer and ctx the grader would get when grading, for each kind.
struct GraderInput {
    json answer;
    lua::GraderContext ctx;
    std::vector<std::string> notes;
};

util::Result<GraderInput> build_input(const bank::Problem& problem, const bank::Bank& bank, const std::string& text) {
    GraderInput in;
    switch (problem.kind) {
        case bank::Kind::sql: {
            grade::Fixtures fixtures(bank);
            auto all = fixtures.for_problem(problem);
            if (!all) return util::fail(all.error());
            in.answer = text;
            if (auto sandbox = sql::Sandbox::open(all->front().fixture)) {
                auto result = sandbox->run(text);
                if (result) in.ctx.user = grade::to_json(*result);
                else in.notes.push_back("your SQL failed on the sample data, so ctx.user is nil: " + result.error().message);
            }
            if (auto refs = grade::reference_results(problem, fixtures); refs && !refs->empty())
                in.ctx.reference = grade::to_json(refs->front());
            in.ctx.bridges = grade::standard_bridges(all->front().fixture);
            break;
        }
        case bank::Kind::case_study: {
            auto spec = grade::parse_case(problem);
            if (!spec) return util::fail(spec.error());
            auto parsed = grade::parse_case_answer(*spec, text);
            if (!parsed) return util::fail(parsed.error());
            in.answer = *parsed;
            in.ctx.bridges = grade::standard_bridges(std::nullopt);
            break;
        }
        case bank::Kind::numeric: {
            in.answer = text;
            in.ctx.params = json::object();
            // Only fixed params here; drawn ones come from the numeric engine when grading.
            if (auto p = problem.raw.find("params"); p != problem.raw.end() && p->is_object())
                for (const auto& [name, value] : p->items())
                    if (value.is_number() || value.is_string()) in.ctx.params[name] = value;
            in.notes.push_back("ctx.params holds only the problem's fixed params here (drawn ones need a seed)");
            in.ctx.bridges = grade::standard_bridges(std::nullopt);
            break;
        }
    }
    return in;
}

}  // namespace

CommandOutput test_grader_command(const CommonOptions& common, const TestGraderOptions& options) {
    CommandOutput output;
    auto bank = open_bank(common, output, options.id);
    if (!bank) return output;
    const bank::Problem* problem = find_problem(*bank, options.id, output);
    if (!problem) return output;
    if (!grade::has_lua_grader(*problem)) {
        output.err = fmt::format("prepl test-grader: {} has no \"grader\"\n", problem->id);
        output.code = k_exit_usage;
        return output;
    }
    auto text = util::read_file(options.answer_path);
    if (!text) {
        output.err = "prepl: " + text.error().message + "\n";
        output.code = k_exit_usage;
        return output;
    }
    auto input = build_input(*problem, *bank, *text);
    if (!input) {
        output.err = "prepl test-grader: " + input.error().message + "\n";
        output.code = k_exit_usage;
        return output;
    }
    auto source = grade::load_grader_source(*problem, *bank);
    const lua::GraderOutcome outcome = grade::run_problem_grader(*problem, *bank, input->answer, input->ctx);

    std::string& out = output.out;
    out += fmt::format("grader:   {}\n", source ? source->file.string() : problem->grader.value_or("?"));
    out += fmt::format("answer:   {}\n", input->answer.dump(-1, ' ', false, json::error_handler_t::replace));
    for (const auto& note : input->notes) out += "note:     " + note + "\n";
    if (outcome.status == lua::GraderOutcome::Status::error) {
        out += "status:   error\n";
        out += "error:    " + outcome.error + "\n";
        output.code = k_exit_internal;
    } else {
        out += fmt::format("status:   {}\n", outcome.verdict.value_or("(none: decided from the score)"));
        out += fmt::format("score:    {:g}\nmax:      {:g}\n", outcome.score, outcome.max);
        out += "feedback:\n";
        for (const auto& line : outcome.feedback) out += "  - " + line + "\n";
        out += "details:  " + outcome.details.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
    }
    out += fmt::format("time:     {:.1f} ms\n", static_cast<double>(outcome.elapsed.count()) / 1000.0);
    if (problem->kind == bank::Kind::case_study && outcome.status == lua::GraderOutcome::Status::ok) {
        const grade::Verdict v = grade::grade_case(*problem, *bank, *text);
        out += fmt::format("verdict:  {} {:g}/{:g} (with the choice parts, scored by prepl)\n", grade::to_string(v.status),
                           v.score, v.max_score);
    }
    return output;
}

}  // namespace prepl::app
