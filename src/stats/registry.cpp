#include "stats/registry.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <exception>

#include "stats/close_names.hpp"
#include "stats/solver_input.hpp"
#include "stats/solver_tables.hpp"

namespace prepl::stats {
namespace {

std::vector<SolverInfo> build_table() {
    std::vector<SolverInfo> table;
    for (auto family :
         {descriptive_solvers, hypothesis_test_solvers, power_solvers, interval_solvers,
          multiple_testing_solvers, metric_solvers, bayes_solvers, experiment_variance_solvers,
          sequential_solvers, resampling_solvers, probability_solvers}) {
        auto entries = family();
        std::move(entries.begin(), entries.end(), std::back_inserter(table));
    }
    std::sort(table.begin(), table.end(),
              [](const SolverInfo& a, const SolverInfo& b) { return a.name < b.name; });
    return table;
}

bool is_finite(const OutputValue& value) {
    if (const auto* number = std::get_if<double>(&value)) return std::isfinite(*number);
    const auto& values = std::get<Vector>(value);
    return std::all_of(values.begin(), values.end(), [](double x) { return std::isfinite(x); });
}

}  // namespace

const std::vector<SolverInfo>& solvers() {
    static const std::vector<SolverInfo> table = build_table();  // immutable after first use
    return table;
}

const SolverInfo* find_solver(std::string_view name) {
    const auto& table = solvers();
    auto it = std::lower_bound(table.begin(), table.end(), name,
                               [](const SolverInfo& s, std::string_view n) { return s.name < n; });
    return (it != table.end() && it->name == name) ? &*it : nullptr;
}

util::Result<Outputs> solve(std::string_view name, const Args& args) {
    const SolverInfo* solver = find_solver(name);
    if (solver == nullptr) {
        std::vector<std::string> names;
        for (const auto& s : solvers()) names.push_back(s.name);
        const auto close = close_names(name, names);
        std::string message = fmt::format("no solver named '{}'", name);
        if (!close.empty()) message += fmt::format("; did you mean {}?", fmt::join(close, ", "));
        return util::fail(util::Error::missing(std::move(message)));
    }
    auto complete = complete_args(*solver, args);
    if (!complete) return util::fail(complete.error());
    util::Result<Outputs> outputs = util::fail(util::Error::bug("solver did not run"));
    try {
        outputs = solver->run(*complete);
    } catch (const std::exception& e) {  // Boost.Math or the standard library; never expected
        return util::fail(util::Error::bug(fmt::format("{} failed: {}", solver->name, e.what())));
    }
    if (!outputs) return outputs;
    for (const auto& output : *outputs)
        if (!is_finite(output.value))
            return util::fail(util::Error::invalid(
                fmt::format("{} has no finite {} for these inputs", solver->name, output.name)));
    return outputs;
}

std::optional<double> output_number(const Outputs& outputs, std::string_view name) {
    for (const auto& output : outputs)
        if (output.name == name)
            if (const auto* number = std::get_if<double>(&output.value)) return *number;
    return std::nullopt;
}

}  // namespace prepl::stats
