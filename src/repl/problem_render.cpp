#include "repl/problem_render.hpp"

#include <fmt/format.h>

#include "grade/numeric/numeric_prompt.hpp"
#include "grade/numeric/params.hpp"
#include "sql/sandbox.hpp"
#include "util/text.hpp"

namespace prepl::repl {

std::string render_schema(const bank::Problem& problem, grade::Fixtures& fixtures) {
    auto all = fixtures.for_problem(problem);
    if (!all) return "(the dataset did not load: " + all.error().message + ")\n";
    auto sandbox = sql::Sandbox::open(all->front().fixture);
    if (!sandbox) return "(the dataset did not open: " + sandbox.error().message + ")\n";
    std::string out;
    for (const auto& table : all->front().fixture.tables()) {
        std::vector<std::string> cols;
        for (const auto& c : sandbox->columns_of(table)) cols.push_back(c.type.empty() ? c.name : c.name + " " + c.type);
        out += fmt::format("  {}({})\n", table, util::join(cols, ", "));
    }
    return out;
}

std::string render_problem(const bank::Problem& problem, grade::Fixtures& fixtures, bool color,
                           std::optional<std::uint64_t> seed) {
    const auto bold = [&](const std::string& s) { return color ? "\x1b[1m" + s + "\x1b[0m" : s; };
    std::string out = bold(problem.title) + fmt::format("  [{} · {} · {}]\n", problem.id,
                                                        bank::to_string(problem.kind), problem.difficulty);
    if (!problem.tags.empty()) out += "tags: " + util::join(problem.tags, ", ") + "\n";
    if (!problem.companies.empty()) out += "asked at: " + util::join(problem.companies, ", ") + "\n";
    if (problem.kind == bank::Kind::numeric) {
        const std::uint64_t s = seed.value_or(grade::numeric::default_seed(problem.id));
        auto prompt = grade::numeric::numeric_prompt(problem, s);
        out += "\n" + (prompt ? *prompt : problem.prompt + "\n(the numbers could not be drawn: " + prompt.error().message + ")") + "\n";
        out += fmt::format("\nseed: {}\n", s);
        return out;
    }
    out += "\n" + problem.prompt + "\n";
    if (problem.sql()) out += "\nTables:\n" + render_schema(problem, fixtures);
    return out;
}

}  // namespace prepl::repl
