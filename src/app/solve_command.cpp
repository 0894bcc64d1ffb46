// `prepl solve`: the reference solvers from the command line (stats::solve and its registry).
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "app/commands.hpp"
#include "util/json_text.hpp"
#include "util/text.hpp"
#include "stats/registry.hpp"
#include "stats/solver_input.hpp"

namespace prepl::app {
namespace {

std::string_view type_name(stats::InputSpec::Type type) {
    switch (type) {
        case stats::InputSpec::Type::number:
            return "number";
        case stats::InputSpec::Type::vector:
            return "list";
        case stats::InputSpec::Type::matrix:
            return "table";
    }
    return "value";
}

std::string example_value(stats::InputSpec::Type type) {
    switch (type) {
        case stats::InputSpec::Type::number:
            return "…";
        case stats::InputSpec::Type::vector:
            return "1,2,3";
        case stats::InputSpec::Type::matrix:
            return "1,2;3,4";
    }
    return "…";
}

std::string solver_usage(const stats::SolverInfo& solver) {
    std::string out = fmt::format("{} — {}\n\ninputs:\n", solver.name, solver.summary);
    std::string example = "prepl solve " + solver.name;
    for (const auto& input : solver.inputs) {
        out += fmt::format(
            "  {:<14} {:<7} {}{}\n", input.name, type_name(input.type), input.description,
            input.default_value && input.description.find("default") == std::string::npos
                ? fmt::format(" (default {})", *input.default_value)
                : "");
        if (!input.default_value)
            example += fmt::format(" {}={}", input.name, example_value(input.type));
    }
    out += fmt::format(
        "\noutputs: {}\n\nusage: {}\n   or: prepl solve {} --input '{{\"key\": value, ...}}' "
        "[--format json]\n",
        fmt::join(solver.outputs, ", "), example, solver.name);
    return out;
}

nlohmann::json solver_json(const stats::SolverInfo& solver) {
    nlohmann::json inputs = nlohmann::json::array();
    for (const auto& input : solver.inputs) {
        nlohmann::json in = {{"name", input.name},
                             {"type", type_name(input.type)},
                             {"description", input.description}};
        if (input.default_value) in["default"] = *input.default_value;
        inputs.push_back(std::move(in));
    }
    return {{"name", solver.name},
            {"summary", solver.summary},
            {"inputs", inputs},
            {"outputs", solver.outputs}};
}

std::string list_text() {
    std::string out;
    for (const auto& solver : stats::solvers()) {
        std::vector<std::string> inputs;
        for (const auto& input : solver.inputs)
            inputs.push_back(input.default_value ? "[" + input.name + "]" : input.name);
        out += fmt::format("{}\n  {}\n  inputs:  {}\n  outputs: {}\n", solver.name, solver.summary,
                           fmt::join(inputs, " "), fmt::join(solver.outputs, ", "));
    }
    out += fmt::format(
        "{} solvers; [x] has a default. `prepl solve NAME --help` for one solver's inputs.\n",
        stats::solvers().size());
    return out;
}

std::string value_text(const stats::OutputValue& value) {
    // fmt's "{}" for double is the shortest text that reads back to the same double.
    if (const auto* x = std::get_if<double>(&value)) return fmt::format("{}", *x);
    return fmt::format("{}", fmt::join(std::get<stats::Vector>(value), ","));
}

CommandOutput usage_error(std::string message) {
    CommandOutput output;
    output.err = "prepl solve: " + std::move(message) + "\n";
    output.code = k_exit_usage;
    return output;
}

}  // namespace

// The whole of `prepl solve --help`: solve parses its own words, so CLI11's generated help
// would only show "words".
constexpr const char* k_solve_help = R"(
Runs one of prepl's reference solvers (the same code that grades numeric problems) and prints
its outputs.

Arguments:
  NAME                 the solver, e.g. two_proportion_ztest, welch_ttest, sample_size_proportions
  key=value ...        its inputs; lists as x=1,2,3; tables as t=1,2;3,4

Options:
  --input JSON|-       the inputs as one JSON object, or - to read that object from standard input
  --format text|json   json prints every output with full precision (values round-trip)
  --list               every solver with its inputs and outputs
  -h, --help           this help; `prepl solve NAME --help` shows that solver's inputs

Global options (before or after the subcommand):
  --bank DIR, --data-dir DIR, --color WHEN, -V/--version

Examples:
  prepl solve --list
  prepl solve two_proportion_ztest --help
  prepl solve welch_ttest mean1=5.1 sd1=2.3 n1=400 mean2=5.4 sd2=2.9 n2=380
  echo '{"values": [3, 1, 4]}' | prepl solve describe --input - --format json

Exit codes: 0 solved, 2 unknown solver or bad input (the message names the key).
)";

CommandOutput solve_command(const SolveOptions& options, const std::string& stdin_text) {
    CommandOutput output;
    if (options.format != "text" && options.format != "json")
        return usage_error(fmt::format("unknown --format {} (use text or json)", options.format));
    if (options.list) {
        if (options.format == "json") {
            nlohmann::json all = nlohmann::json::array();
            for (const auto& solver : stats::solvers()) all.push_back(solver_json(solver));
            output.out = all.dump(2) + "\n";
        } else {
            output.out = list_text();
        }
        return output;
    }
    if (options.words.empty()) {
        const std::string usage =
            "usage: prepl solve NAME key=value ... | prepl solve NAME --input JSON|- | prepl solve "
            "--list\n";
        if (options.help) {
            output.out = usage + k_solve_help;
            return output;
        }
        return usage_error("give a solver name\n" + usage +
                           "(`prepl solve --list` shows the solvers)");
    }
    const std::string& name = options.words.front();
    const stats::SolverInfo* solver = stats::find_solver(name);
    if (!solver) {
        std::vector<std::string> names;
        for (const auto& s : stats::solvers()) names.push_back(s.name);
        const auto close = util::closest_matches(name, names, 3);
        return usage_error(fmt::format(
            "unknown solver \"{}\"{}; `prepl solve --list` shows them", name,
            close.empty() ? "" : fmt::format(" (did you mean {}?)", fmt::join(close, ", "))));
    }
    const std::vector<std::string> tokens(options.words.begin() + 1, options.words.end());
    if (options.help) {
        output.out = solver_usage(*solver);
        return output;
    }
    if (tokens.empty() && !options.input) {
        output.err = solver_usage(*solver);
        output.code = k_exit_usage;
        return output;
    }
    if (!tokens.empty() && options.input)
        return usage_error("give the inputs either as key=value words or with --input, not both");

    util::Result<stats::Args> args;
    if (options.input) {
        const std::string& text = *options.input == "-" ? stdin_text : *options.input;
        auto object = util::parse_json(text);
        if (!object)
            return usage_error(fmt::format("--input is not valid JSON: {}", object.error().message));
        args = stats::args_from_json(*solver, *object);
    } else {
        args = stats::parse_key_values(*solver, tokens);
    }
    if (!args) return usage_error(args.error().message);
    auto outputs = stats::solve(solver->name, *args);
    if (!outputs) {
        output.err = fmt::format("prepl solve: {}\n", outputs.error().message);
        output.code =
            outputs.error().code == util::Error::Code::internal ? k_exit_internal : k_exit_usage;
        return output;
    }
    if (options.format == "json") {
        output.out = stats::outputs_to_json(*outputs).dump() +
                     "\n";  // nlohmann writes doubles round-trippably
        return output;
    }
    std::size_t width = 0;
    for (const auto& o : *outputs) width = std::max(width, o.name.size());
    for (const auto& o : *outputs)
        output.out += fmt::format("{:<{}}  {}\n", o.name, width, value_text(o.value));
    return output;
}

}  // namespace prepl::app
