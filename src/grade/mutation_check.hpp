#pragma once
// Mutation testing of a SQL problem's datasets (`prepl validate --mutants`, `prepl mutants ID`).
//
// Each one-edit mutant of the reference (sql/sql_mutator.hpp) and each listed wrong answer is
// run on the problem's sample and hidden datasets. One that some dataset tells apart from the
// reference is *killed*. Otherwise seeded fuzzed databases (sql/fuzz_database.hpp) look for a
// database that tells it apart: none in `fuzz_databases` tries makes it *equivalent* (it
// computes the same thing); one found makes it a *survivor*, reported with that database
// shrunk row by row to the few rows that still tell it apart. A mutant that fails on the sample
// data (it no longer parses, say) is *stillborn* and left out of the score.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "bank/problem.hpp"
#include "grade/fixtures.hpp"
#include "sql/fuzz_database.hpp"
#include "util/error.hpp"

namespace prepl::grade {

// Fuzzed databases per problem: "hundreds" (issue 12). Each equivalent mutant runs on all of
// them, so the cost grows linearly; `--fuzz N` raises it when an author doubts an equivalence.
inline constexpr std::size_t k_default_fuzz_databases = 200;
// Budget of one mutant run: a mutated recursive CTE can loop; the references run in ~1 ms.
inline constexpr std::chrono::milliseconds k_mutant_time_budget{250};

struct MutationOptions {
    std::size_t fuzz_databases = k_default_fuzz_databases;
    std::uint64_t seed = 1;
};

struct MutantResult {
    enum class Status { killed, survived, equivalent, stillborn };
    std::string family;       // sql::SqlMutant::family, or "wrong-answer"
    std::string description;  // "line 12: `>` → `>=`" or "wrong_answers[2]"
    std::string sql;
    Status status = Status::killed;
    std::string killed_by;  // killed: the dataset that rejects it ("sample" or a hidden name)
    std::optional<sql::FuzzedRows> witness;  // survived: the shrunk database that tells it apart
    std::string witness_inserts;              // survived: the same rows as INSERT statements
};

struct ProblemMutationReport {
    std::string problem_id;
    std::string file;
    std::vector<MutantResult> mutants;
    std::size_t fuzzed_databases = 0;  // databases generated (fewer when all were decided early)
    double seconds = 0;
    std::optional<sql::DatasetProfile> profile;  // set when fuzzing ran

    std::size_t count(MutantResult::Status status) const;
    // killed / (killed + survived); 1 when there is nothing to kill.
    double score() const;
};

std::string_view to_string(MutantResult::Status status);

// Fails (Error) when a dataset does not build or the reference fails on its own data.
util::Result<ProblemMutationReport> check_mutants(const bank::Problem& problem, Fixtures& fixtures,
                                                  const MutationOptions& options = {});

// A hidden dataset proposed for the survivors (`--write-hidden`): one per witness that is not
// already covered by an earlier proposal.
struct HiddenDatasetDraft {
    std::string purpose;      // what kind of case it holds, in words fit for a user (no rows)
    std::string kept_for;     // the mutants it kills, for the file's comment
    std::string sql;          // the dataset file: comment, the sample's DDL, the rows
    // The survivor it was drafted for, as a wrong answer to list (so plain `validate` keeps
    // proving the dataset earns its place); empty when that survivor is a listed wrong answer.
    std::string wrong_answer;
};
util::Result<std::vector<HiddenDatasetDraft>> draft_hidden_datasets(const bank::Problem& problem,
                                                                    const ProblemMutationReport& report);

}  // namespace prepl::grade
