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
        for (const auto& e : *items) {
            auto x = e.evaluate(scope);
            if (!x) return util::fail(x.error());
            out.push_back(*x);
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
    auto outputs = stats::solve(computation.solver, args);
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

util::Result<ReferenceAnswers> compute_references(const NumericSpec& spec, std::uint64_t seed,
                                                  std::string_view problem_id) {
    ReferenceAnswers out;
    out.seed = seed;
    auto params = draw_params(spec, seed, problem_id);
    if (!params) return util::fail(params.error());
    out.params = std::move(*params);
    ParamSet scope = out.params;
    for (const auto& answer : spec.answers) {
        auto value = compute(answer.computation, scope);
        if (!value) return util::fail(value.error());
        out.values.push_back(*value);
        out.answers.set(answer.name, *value);
        scope.set(answer.name, *value);
    }
    return out;
}

}  // namespace prepl::grade::numeric
