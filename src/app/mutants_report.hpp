#pragma once
// Mutation checks for commands: `validate --mutants`, `mutants ID`, and `--write-hidden`.
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/commands.hpp"
#include "bank/bank.hpp"
#include "grade/mutation_check.hpp"

namespace prepl::app {

struct MutationRun {
    std::vector<grade::ProblemMutationReport> reports;  // in bank order
    std::vector<std::pair<std::string, std::string>> errors;  // problem id, message
    double seconds = 0;
};

// check_mutants for every SQL problem in `ids` (all when empty), on `threads` threads
// (0: one per core). `alongside`, when given, is one more job for the pool, taken first
// (validate's own checks, which would otherwise run on one thread before the pool starts).
MutationRun run_mutation_checks(const bank::Bank& bank, const std::vector<std::string>& ids,
                                const grade::MutationOptions& options, unsigned threads,
                                const std::function<void()>& alongside = {});

// "ctr-by-format: 41/41 killed (100.0%), 6 equivalent, 3 stillborn, 0.21 s" and, with
// `survivors`, each survivor with its mutation, SQL and INSERT statements.
std::string render_mutation_text(const MutationRun& run, bool all_mutants);
nlohmann::json mutation_json(const MutationRun& run, bool all_mutants);

// Writes one new hidden dataset per uncovered survivor of each report and lists it in the
// problem file ({name, purpose}); returns lines saying what was written, or an error message.
std::string write_hidden_datasets(const bank::Bank& bank, const MutationRun& run, bool& failed);

}  // namespace prepl::app
