#pragma once
// Turning user input into solver Args and solver Outputs into JSON.
#include <nlohmann/json_fwd.hpp>  // callers that build or read JSON include json.hpp
#include <string>
#include <vector>

#include "stats/registry.hpp"
#include "util/error.hpp"

namespace prepl::stats {

// CLI tokens `key=value`: a number (n1=400), a list (x=1,2,3) or a table (table=10,20;30,40).
// Fails on a token without '=', a repeated or unknown key (suggesting close names), a value
// that is not a number, or a missing input without a default. Defaults are filled in.
util::Result<Args> parse_key_values(const SolverInfo& solver,
                                    const std::vector<std::string>& tokens);

// A JSON object {"x1": 120, "x": [1, 2], "table": [[10, 20], [30, 40]]}; same checks as above.
util::Result<Args> args_from_json(const SolverInfo& solver, const nlohmann::json& object);

// Args as the JSON object args_from_json reads (for problem params and round trips).
nlohmann::json args_to_json(const Args& args);

// {"name": number or [numbers], ...}.
nlohmann::json outputs_to_json(const Outputs& outputs);

// Checks args against the solver's declared inputs: no unknown keys, every input present or
// defaulted, a list where a number is expected (or a table where a list is) rejected, a single
// number accepted for a list, every number finite. Returns the completed args.
util::Result<Args> complete_args(const SolverInfo& solver, Args args);

}  // namespace prepl::stats
