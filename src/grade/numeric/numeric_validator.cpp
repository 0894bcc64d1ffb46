#include "grade/numeric/numeric_validator.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "grade/numeric/numeric_grader.hpp"
#include "grade/numeric/numeric_spec.hpp"
#include "grade/numeric/params.hpp"
#include "grade/numeric/reference_answers.hpp"

namespace prepl::grade::numeric {
namespace {

// Names read by a computation (params and answers alike).
void names_of(const Computation& c, std::set<std::string>& out) {
    const auto add = [&](const Expression& e) {
        for (const auto& n : e.names()) out.insert(n);
    };
    if (c.expr) add(*c.expr);
    for (const auto& [key, arg] : c.args) {
        if (const auto* one = std::get_if<Expression>(&arg))
            add(*one);
        else if (const auto* items = std::get_if<std::vector<Expression>>(&arg))
            std::for_each(items->begin(), items->end(), add);
        else
            for (const auto& row : std::get<std::vector<std::vector<Expression>>>(arg))
                std::for_each(row.begin(), row.end(), add);
    }
}

const ParamSpec* find_param(const NumericSpec& spec, const std::string& name) {
    for (const auto& p : spec.params)
        if (p.name == name) return &p;
    return nullptr;
}

// Whether the user can know `name` from the prompt: shown as {name}, or an expr whose inputs
// all are, or a fixed number written out literally.
bool known_from_prompt(const NumericSpec& spec, const std::string& name, const std::string& prompt,
                       int depth = 0) {
    if (prompt.find("{" + name + "}") != std::string::npos) return true;
    const ParamSpec* p = find_param(spec, name);
    if (!p || depth > 50) return false;
    if (p->kind == ParamSpec::Kind::expr) {
        const auto inputs = p->expr->names();
        return std::all_of(inputs.begin(), inputs.end(), [&](const std::string& input) {
            return known_from_prompt(spec, input, prompt, depth + 1);
        });
    }
    if (p->kind == ParamSpec::Kind::fixed) {
        if (const auto* x = std::get_if<double>(&p->fixed)) {
            const std::string plain = format_number(*x), percent = format_number(*x * 100) + "%";
            return prompt.find(plain) != std::string::npos ||
                   prompt.find(percent) != std::string::npos;
        }
    }
    return false;
}

// The reference as a user would type it.
std::string typed(double value) {
    return value == std::trunc(value) && std::abs(value) < 1e15 ? format_number(value)
                                                                : format_significant(value, 6);
}

}  // namespace

std::vector<std::string> validate_numeric_problem(const bank::Problem& problem) {
    std::vector<std::string> out;
    auto spec = parse_numeric_spec(problem);
    if (!spec) {
        out.push_back(spec.error().message);
        return out;
    }

    std::set<std::string> used;
    for (const auto& a : spec->answers) names_of(a.computation, used);
    for (const auto& m : spec->mistakes) names_of(m.computation, used);
    for (const auto& name : used) {
        if (!find_param(*spec, name)) continue;  // an answer name
        if (!known_from_prompt(*spec, name, problem.prompt))
            out.push_back(fmt::format(
                "/prompt: the answers use param {} but the prompt never shows it (write {{{}}}{})",
                name, name,
                find_param(*spec, name)->kind == ParamSpec::Kind::expr ? " or show its inputs"
                                                                       : ""));
    }

    std::vector<bool> mistake_differs(spec->mistakes.size(), false);
    std::set<std::string> reported;  // one message per defect, not one per seed
    const auto report = [&](std::string message) {
        if (reported.insert(message).second) out.push_back(std::move(message));
    };
    for (int i = 0; i < k_validate_seeds; ++i) {
        const std::uint64_t seed =
            i == 0 ? default_seed(problem.id) : static_cast<std::uint64_t>(i);
        auto ref = compute_references(*spec, seed, problem.id);
        if (!ref) {
            report(fmt::format("{} (seed {})", ref.error().message, seed));
            continue;
        }
        if (auto s = substitute(problem.prompt, ref->params); !s)
            report("/prompt: " + s.error().message);
        if (auto s = substitute(problem.explanation, ref->params, ref->answers); !s)
            report("/explanation: " + s.error().message);
        const ParamSet scope = ref->scope();
        for (std::size_t m = 0; m < spec->mistakes.size(); ++m) {
            const MistakeSpec& mistake = spec->mistakes[m];
            auto value = compute(mistake.computation, scope);
            if (!value) {
                report(fmt::format("{} (seed {})", value.error().message, seed));
                continue;
            }
            if (!spec->answers[mistake.answer].tolerance.accepts(*value,
                                                                 ref->values[mistake.answer]))
                mistake_differs[m] = true;
        }
        std::string answer;
        for (std::size_t a = 0; a < spec->answers.size(); ++a)
            answer += fmt::format("{} = {}\n", spec->answers[a].name, typed(ref->values[a]));
        const Verdict v = grade_numeric(problem, answer, seed);
        if (!v.accepted())
            report(
                fmt::format("the reference typed to 6 significant digits is not accepted (seed "
                            "{}): {} — widen the "
                            "tolerance or ask for fewer digits",
                            seed, v.message));
    }
    for (std::size_t m = 0; m < spec->mistakes.size(); ++m)
        if (!mistake_differs[m])
            out.push_back(fmt::format(
                "/mistakes/{}: its value is within the tolerance of the reference for all {} seeds "
                "tried, so it can never be shown",
                m, k_validate_seeds));
    return out;
}

}  // namespace prepl::grade::numeric
