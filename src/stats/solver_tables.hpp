#pragma once
// Registry entries, one function per solver family (the adapters from Args to the pure
// functions live beside each family in *_solvers.cpp). registry.cpp merges and sorts them.
#include <optional>
#include <string>
#include <vector>

#include "stats/registry.hpp"

namespace prepl::stats {

std::vector<SolverInfo> descriptive_solvers();
std::vector<SolverInfo> hypothesis_test_solvers();
std::vector<SolverInfo> power_solvers();
std::vector<SolverInfo> interval_solvers();
std::vector<SolverInfo> multiple_testing_solvers();
std::vector<SolverInfo> metric_solvers();
std::vector<SolverInfo> bayes_solvers();
std::vector<SolverInfo> experiment_variance_solvers();
std::vector<SolverInfo> sequential_solvers();
std::vector<SolverInfo> resampling_solvers();
std::vector<SolverInfo> probability_solvers();

// Maps a pure solver's result to registry outputs (std::expected::transform arrives in g++ 13).
template <class T, class ToOutputs>
util::Result<Outputs> to_outputs(util::Result<T> result, ToOutputs to) {
    if (!result) return util::fail(std::move(result.error()));
    return to(std::move(*result));
}

// Input declarations.
inline InputSpec number_input(std::string name, std::string description,
                              std::optional<double> default_value = std::nullopt) {
    return {std::move(name), InputSpec::Type::number, std::move(description), default_value};
}
inline InputSpec vector_input(std::string name, std::string description) {
    return {std::move(name), InputSpec::Type::vector, std::move(description), std::nullopt};
}
inline InputSpec matrix_input(std::string name, std::string description) {
    return {std::move(name), InputSpec::Type::matrix, std::move(description), std::nullopt};
}

// Inputs many solvers share, with the defaults interviews assume.
inline InputSpec alpha_input() {
    return number_input("alpha", "significance level, two-sided (default 0.05)", 0.05);
}
inline InputSpec power_input() {
    return number_input("power", "desired power 1 - beta (default 0.8)", 0.8);
}
inline InputSpec confidence_input() {
    return number_input("confidence", "confidence level (default 0.95)", 0.95);
}

}  // namespace prepl::stats
