#include "repl/problem_render.hpp"

#include <fmt/format.h>

#include "grade/numeric/numeric_prompt.hpp"
#include "grade/numeric/params.hpp"
#include "sql/sandbox.hpp"
#include "util/terminal_text.hpp"
#include "util/text.hpp"

namespace prepl::repl {

std::string render_schema(const bank::Problem& problem, grade::Fixtures& fixtures) {
    auto all = fixtures.for_problem(problem);
    if (!all) return "(the dataset did not load: " + util::escape_controls(all.error().message, true) + ")\n";
    auto sandbox = sql::Sandbox::open(all->front().fixture);
    if (!sandbox) return "(the dataset did not open: " + sandbox.error().message + ")\n";
    std::string out;
    for (const auto& table : all->front().fixture.tables()) {
        std::vector<std::string> cols;
        for (const auto& c : sandbox->columns_of(table)) cols.push_back(c.type.empty() ? c.name : c.name + " " + c.type);
        out += util::escape_controls(fmt::format("  {}({})", table, util::join(cols, ", ")), false) + "\n";
    }
    return out;
}

std::string render_problem(const bank::Problem& problem, grade::Fixtures& fixtures, bool color,
                           std::optional<std::uint64_t> seed) {
    const auto bold = [&](const std::string& s) { return color ? "\x1b[1m" + s + "\x1b[0m" : s; };
    // Bank text is untrusted: escaped before prepl adds its own colours.
    const auto safe = [](const std::string& s) { return util::escape_controls(s, true); };
    std::string out = bold(safe(problem.title)) + safe(fmt::format("  [{} · {} · {}]", problem.id,
                                                        bank::to_string(problem.kind), problem.difficulty)) + "\n";
    if (!problem.tags.empty()) out += "tags: " + safe(util::join(problem.tags, ", ")) + "\n";
    if (!problem.companies.empty()) {
        out += "asked at: " + safe(util::join(problem.companies, ", "));
        if (!problem.source.empty()) out += " (source: " + safe(problem.source) + ")";
        out += "\n";
    }
    if (problem.kind == bank::Kind::numeric) {
        const std::uint64_t s = seed.value_or(grade::numeric::default_seed(problem.id));
        auto prompt = grade::numeric::numeric_prompt(problem, s);
        out += "\n" + safe(prompt ? *prompt : problem.prompt + "\n(the numbers could not be drawn: " + prompt.error().message + ")") + "\n";
        out += fmt::format("\nseed: {}\n", s);
        return out;
    }
    out += "\n" + safe(problem.prompt) + "\n";
    if (problem.sql()) out += "\nTables:\n" + render_schema(problem, fixtures);
    return out;
}

}  // namespace prepl::repl
