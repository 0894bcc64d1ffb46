#pragma once
// A problem of the bank: common fields plus the kind-specific part.
// Persisted format: problems/schema.json is the contract; do not rename fields.
#include <filesystem>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "bank/compare_spec.hpp"

namespace prepl::bank {

enum class Kind { sql, numeric, case_study };

struct SqlSpec {
    std::optional<std::string> dataset;  // name of DIR/datasets/<name>.sql
    std::optional<std::string> setup;    // inline setup SQL (instead of dataset)
    std::vector<std::string> hidden_datasets;
    // Per hidden dataset (same size): what kind of case it was built for ("ties on the ranking
    // column"), shown when an answer fails only there; empty when the file gives none.
    std::vector<std::string> hidden_purposes;
    std::string solution;  // reference SQL
    CompareSpec compare;
    std::vector<std::string> wrong_answers;  // plausible wrong queries validate must see rejected
    bool table_state = false;                // mode: "table_state"
    std::vector<std::string> check_tables;
};

// Numeric and case problems are parsed by the grade and lua layers from `Problem::raw`.
struct NumericSpec {
    // Keys of "params" in file order: `raw` is a nlohmann::json whose objects sort their keys,
    // but params are drawn and evaluated in the order written (NUMERIC_FORMAT.md).
    std::vector<std::string> param_order;
};
struct CaseSpec {};

struct Problem {
    std::string id;
    Kind kind = Kind::sql;
    std::string title;
    std::string prompt;
    std::string difficulty = "medium";
    std::vector<std::string> tags;
    std::vector<std::string> companies;
    std::vector<std::string> hints;
    std::vector<std::string> follow_ups;  // ids of problems that change one requirement of this one
    std::string source;                   // public write-up backing `companies` (empty: none)
    std::string explanation;
    std::optional<std::string> grader;  // path under graders/
    std::optional<double> target_minutes;  // expected time to solve, for mock debriefs
    std::variant<SqlSpec, NumericSpec, CaseSpec> spec;

    std::filesystem::path file;  // where it was loaded from, for messages
    nlohmann::json raw;          // the whole JSON object as loaded (for Lua graders' ctx.problem)

    const SqlSpec* sql() const { return std::get_if<SqlSpec>(&spec); }
    const NumericSpec* numeric() const { return std::get_if<NumericSpec>(&spec); }
};

std::string_view to_string(Kind kind);

}  // namespace prepl::bank
