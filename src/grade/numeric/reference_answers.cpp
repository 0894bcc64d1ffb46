#include "grade/numeric/reference_answers.hpp"

#include <fmt/format.h>

#include <cmath>

#include "grade/numeric/params.hpp"
#include "stats/registry.hpp"

namespace prepl::grade::numeric {
namespace {

util::Error at(const std::string& pointer, const std::string& message) {
    return util::Error::invalid(fmt::format("{}: {}", pointer, message));
}

util::Result<stats::Arg> evaluate_arg(const ArgSpec& spec, const ParamSet& scope) {
    if (const auto* one = std::get_if<Expression>(&spec)) {
        auto value = one->evaluate_value(scope);
        if (!value) return util::fail(value.error());
        if (const auto* number = std::get_if<double>(&*value)) return stats::Arg{*number};
        return stats::Arg{std::get<std::vector<double>>(*value)};
    }
    if (const auto* items = std::get_if<std::vector<Expression>>(&spec)) {
        stats::Vector out;
        for (const auto& e : *items) {  // a list param among the items is spliced in
            auto x = e.evaluate_value(scope);
            if (!x) return util::fail(x.error());
            if (const auto* number = std::get_if<double>(&*x))
                out.push_back(*number);
            else if (const auto* list = std::get_if<std::vector<double>>(&*x))
                out.insert(out.end(), list->begin(), list->end());
        }
        return stats::Arg{std::move(out)};
    }
    stats::Matrix rows;
    for (const auto& row : std::get<std::vector<std::vector<Expression>>>(spec)) {
        rows.emplace_back();
        for (const auto& e : row) {
            auto x = e.evaluate(scope);
            if (!x) return util::fail(x.error());
            rows.back().push_back(*x);
        }
    }
    return stats::Arg{std::move(rows)};
}

std::string computation_pointer(const AnswerSpec& answer) { return answer.computation.pointer; }

// stats::solve with the last results kept: a problem's answers and mistakes often call the same
// solver with the same inputs (a bootstrap's lower and upper bound), and Monte-Carlo solvers are
// the slow part of grading and of validate's 200 seeds. Solvers are pure functions of their args.
util::Result<stats::Outputs> solve_memo(const std::string& solver, const stats::Args& args) {
    static constexpr std::size_t k_kept = 32;
    thread_local std::vector<std::pair<std::string, util::Result<stats::Outputs>>> kept;
    std::string key = solver;
    for (const auto& [name, arg] : args) {
        key += '|' + name + '=';
        if (const auto* x = std::get_if<double>(&arg)) {
            key += fmt::format("{}", *x);
        } else if (const auto* v = std::get_if<stats::Vector>(&arg)) {
            for (double x : *v) key += fmt::format("{},", x);
        } else {
            for (const auto& row : std::get<stats::Matrix>(arg)) {
                for (double x : row) key += fmt::format("{},", x);
                key += ';';
            }
        }
    }
    for (const auto& [k, result] : kept)
        if (k == key) return result;
    auto result = stats::solve(solver, args);
    if (kept.size() >= k_kept) kept.erase(kept.begin());
    kept.emplace_back(std::move(key), result);
    return result;
}

}  // namespace

ParamSet ReferenceAnswers::scope() const {
    ParamSet out = params;
    for (const auto& [name, value] : answers.entries()) out.set(name, value);
    return out;
}

util::Result<double> compute(const Computation& computation, const ParamSet& scope) {
    if (computation.expr) {
        auto value = computation.expr->evaluate(scope);
        if (!value)
            return util::fail(
                at(computation.pointer + "/expr",
                   fmt::format("\"{}\": {}", computation.expr->text(), value.error().message)));
        return *value;
    }
    stats::Args args;
    for (const auto& [key, spec] : computation.args) {
        auto arg = evaluate_arg(spec, scope);
        if (!arg) return util::fail(at(computation.pointer + "/args/" + key, arg.error().message));
        args.emplace(key, std::move(*arg));
    }
    auto outputs = solve_memo(computation.solver, args);
    if (!outputs)
        return util::fail(at(computation.pointer,
                             fmt::format("{}: {}", computation.solver, outputs.error().message)));
    std::optional<double> value;
    if (computation.index) {
        for (const auto& output : *outputs)
            if (output.name == computation.field)
                if (const auto* list = std::get_if<stats::Vector>(&output.value)) {
                    if (*computation.index >= list->size())
                        return util::fail(at(computation.pointer + "/index",
                                             fmt::format("{} output {} has {} elements; index {} is past the end",
                                                         computation.solver, computation.field, list->size(),
                                                         *computation.index)));
                    value = (*list)[*computation.index];
                }
    } else {
        value = stats::output_number(*outputs, computation.field);
    }
    if (!value)
        return util::fail(
            at(computation.pointer + "/field", fmt::format("{} output {} is not a single number (a list output needs \"index\")",
                                                           computation.solver, computation.field)));
    if (!std::isfinite(*value))
        return util::fail(
            at(computation.pointer,
               fmt::format("{} gives a non-finite {}", computation.solver, computation.field)));
    return *value;
}

namespace {

double made_whole(double value, Rounding rounding) {
    if (rounding == Rounding::none) return value;
    // A computed value a hair above a whole number (1e-9 relative) is that number: float noise
    // must not round a sample size of exactly 400 up to 401.
    const double nearest = std::round(value);
    if (std::abs(value - nearest) <= 1e-9 * std::max(1.0, std::abs(value))) return nearest;
    switch (rounding) {
        case Rounding::up: return std::ceil(value);
        case Rounding::down: return std::floor(value);
        case Rounding::nearest: return nearest;
        case Rounding::none: break;
    }
    return value;
}

util::Result<ReferenceAnswers> draw_once(const NumericSpec& spec, std::uint64_t seed,
                                         std::string_view problem_id, int attempt) {
    ReferenceAnswers out;
    out.seed = seed;
    out.attempts = attempt + 1;
    auto params = draw_params(spec, seed, problem_id, attempt);
    if (!params) return util::fail(params.error());
    out.params = std::move(*params);
    ParamSet scope = out.params;
    for (const auto& answer : spec.answers) {
        auto value = compute(answer.computation, scope);
        if (!value) return util::fail(value.error());
        Tolerance tolerance = answer.tolerance;
        for (auto [expr, target] : {std::pair{&answer.tolerance_amount, &tolerance.amount},
                                    std::pair{&answer.tolerance_floor, &tolerance.floor}}) {
            if (!*expr) continue;
            auto amount = (*expr)->evaluate(scope);
            if (!amount || !(*amount >= 0))
                return util::fail(at(
                    computation_pointer(answer) + "/tolerance",
                    amount ? fmt::format("\"{}\" gives {}, not an amount >= 0", (*expr)->text(),
                                         format_number(*amount))
                           : fmt::format("\"{}\": {}", (*expr)->text(), amount.error().message)));
            *target = *amount;
        }
        const double whole = made_whole(*value, answer.rounding);
        out.raw.push_back(*value);
        out.values.push_back(whole);
        out.tolerances.push_back(tolerance);
        out.answers.set(answer.name, whole);
        scope.set(answer.name, whole);
    }
    return out;
}

}  // namespace

util::Result<ReferenceAnswers> compute_references(const NumericSpec& spec, std::uint64_t seed,
                                                  std::string_view problem_id) {
    std::size_t failed = 0;
    for (int attempt = 0; attempt < k_max_draws; ++attempt) {
        auto out = draw_once(spec, seed, problem_id, attempt);
        if (!out) return out;
        if (spec.require.empty()) return out;
        const ParamSet scope = out->scope();
        bool holds = true;
        for (std::size_t i = 0; i < spec.require.size() && holds; ++i) {
            auto value = spec.require[i].evaluate(scope);
            if (!value)
                return util::fail(at(fmt::format("/require/{}", i),
                                     fmt::format("\"{}\": {}", spec.require[i].text(),
                                                 value.error().message)));
            if (*value == 0) {
                holds = false;
                failed = i;
            }
        }
        if (holds) return out;
    }
    return util::fail(at(fmt::format("/require/{}", failed),
                         fmt::format("\"{}\" failed on all {} draws of seed {}: loosen it or "
                                     "change the param ranges",
                                     spec.require[failed].text(), k_max_draws, seed)));
}

}  // namespace prepl::grade::numeric
