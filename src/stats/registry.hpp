#pragma once
// The solver registry: every reference solver by name, with its inputs and outputs. Used by
// `prepl solve`, numeric problems (answers computed from params) and the Lua ctx.solve bridge.
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "stats/args.hpp"
#include "util/error.hpp"

namespace prepl::stats {

using OutputValue = std::variant<double, Vector>;

struct Output {
    std::string name;
    OutputValue value;
};

using Outputs = std::vector<Output>;  // in the solver's declared order

struct InputSpec {
    std::string name;
    enum class Type { number, vector, matrix } type;
    std::string description;
    std::optional<double> default_value;  // used when the input is omitted
};

struct SolverInfo {
    std::string name;
    std::string summary;
    std::vector<InputSpec> inputs;
    std::vector<std::string> outputs;
    // Expects complete, well-typed args (solve() ensures it); fails on invalid values.
    util::Result<Outputs> (*run)(const Args&);
};

// Every solver, sorted by name. The table is built once and never changes.
const std::vector<SolverInfo>& solvers();
// nullptr when no solver has this exact name.
const SolverInfo* find_solver(std::string_view name);
// Checks the argument names and types, fills defaults, runs the solver. An unknown name fails
// with a not_found Error suggesting close names; bad inputs fail with an Error naming the key;
// a result that is not finite fails too, so callers only ever see finite numbers.
util::Result<Outputs> solve(std::string_view name, const Args& args);
// The named output if it is a number.
std::optional<double> output_number(const Outputs& outputs, std::string_view name);

}  // namespace prepl::stats
