#include "grade/sql_grader.hpp"

#include <fmt/format.h>

#include <limits>

#include <algorithm>

#include "grade/answer_run.hpp"
#include "util/text.hpp"

namespace prepl::grade {
namespace {

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", n, n == 1 ? one : many);
}

// The results a fixture yields for `sql` (grade/answer_run.hpp); a sandbox that does not open
// is reported through `open_error`.
using Outcome = AnswerOutcome;
Outcome run_on(const bank::Problem& problem, const sql::Fixture& fixture, std::string_view text,
               const GradeOptions& options, util::Error* open_error) {
    auto out = run_answer(problem, fixture, text, options.limits);
    if (!out) {
        *open_error = out.error();
        return {};
    }
    return std::move(*out);
}

std::string_view failure_kind(sql::SqlFailure::Kind kind) {
    switch (kind) {
        case sql::SqlFailure::Kind::syntax: return "a syntax error";
        case sql::SqlFailure::Kind::runtime: return "a runtime error";
        case sql::SqlFailure::Kind::denied: return "a denied operation";
        case sql::SqlFailure::Kind::timeout: return "over the time budget";
        case sql::SqlFailure::Kind::interrupted: return "cancelled";
        case sql::SqlFailure::Kind::memory: return "out of memory";
        case sql::SqlFailure::Kind::too_large: return "a result too large";
        case sql::SqlFailure::Kind::empty: return "no statement";
    }
    return "an error";
}

Verdict error_verdict(const bank::Problem& problem, std::string message) {
    Verdict v;
    v.status = Verdict::Status::error;
    v.problem_id = problem.id;
    v.message = std::move(message);
    return v;
}

std::string table_state_rules(const bank::SqlSpec& spec, const std::string& rules) {
    return fmt::format("the tables {} after your statements run, compared with their state after "
                       "the reference statements; {}",
                       util::join(spec.check_tables, ", "), rules);
}

// The reference is bank SQL: it runs under the bank's budget, not the user's, so a slow machine
// or a short user budget never turns into "a bank defect".
GradeOptions reference_options(const GradeOptions& options, const Fixtures& fixtures) {
    GradeOptions ref = options;
    ref.limits.time_budget = std::max(options.limits.time_budget, fixtures.bank_sql_budget());
    return ref;
}

}  // namespace

std::string summarize_diff(const sql::ResultDiff& diff) {
    std::vector<std::string> parts;
    if (!diff.missing_columns.empty() || !diff.unexpected_columns.empty()) {
        std::string cols = "the columns differ:";
        if (!diff.missing_columns.empty())
            cols += fmt::format(" expected {} not found", util::join(diff.missing_columns, ", "));
        if (!diff.unexpected_columns.empty())
            cols += fmt::format("{} unexpected {}", diff.missing_columns.empty() ? "" : ";",
                                util::join(diff.unexpected_columns, ", "));
        parts.push_back(cols);
    } else if (diff.expected_column_count != diff.actual_column_count) {
        parts.push_back(fmt::format("your result has {} where {} are expected",
                                    plural(diff.actual_column_count, "column", "columns"),
                                    diff.expected_column_count));
    }
    const bool rows_differ = diff.missing_row_count || diff.unexpected_row_count;
    if (rows_differ) {
        std::vector<std::string> rows;
        if (diff.missing_row_count)
            rows.push_back(fmt::format("{} of the {} expected {} {} missing", diff.missing_row_count,
                                       diff.expected_row_count, diff.expected_row_count == 1 ? "row" : "rows",
                                       diff.missing_row_count == 1 ? "is" : "are"));
        if (diff.unexpected_row_count)
            rows.push_back(fmt::format("{} unexpected", plural(diff.unexpected_row_count, "row is", "rows are")));
        parts.push_back(fmt::format("{} (you returned {})", util::join(rows, " and "),
                                    plural(diff.actual_row_count, "row", "rows")));
    }
    if (diff.first_order_mismatch) {
        const std::size_t row = *diff.first_order_mismatch + 1;  // 1-based
        if (diff.order_by_columns)
            // The first row out of order is `row`: it belongs before the row above it.
            parts.push_back(fmt::format("{}the rows are not in the required order: row {} should come before row {}",
                                        rows_differ ? "also, " : "", row, row - 1));
        else
            parts.push_back(fmt::format("the rows are right but their order is not: row {} is the first in the wrong "
                                        "place",
                                        row));
    }
    if (parts.empty()) return "your result differs from the expected one";
    std::string text = util::join(parts, "; ");
    text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
    return text;
}

util::Result<std::vector<sql::ResultSet>> reference_results(const bank::Problem& problem,
                                                            Fixtures& fixtures,
                                                            const GradeOptions& options) {
    auto all = fixtures.for_problem(problem);
    if (!all) return util::fail(all.error());
    util::Error open_error;
    Outcome ref = run_on(problem, all->front().fixture, problem.sql()->solution,
                         reference_options(options, fixtures), &open_error);
    if (!open_error.message.empty()) return util::fail(open_error);
    if (ref.failure || !ref.missing_table.empty())
        return util::fail(util::Error::invalid(fmt::format(
            "{}: the reference solution fails on the sample data: {}", problem.file.string(),
            ref.failure ? ref.failure->message : "table " + ref.missing_table + " is gone")));
    return ref.results;
}

Verdict grade_sql(const bank::Problem& problem, std::string_view answer, Fixtures& fixtures,
                  const GradeOptions& options) {
    const bank::SqlSpec* spec = problem.sql();
    if (!spec) return error_verdict(problem, problem.id + " is not a SQL problem");
    auto all = fixtures.for_problem(problem);
    if (!all) return error_verdict(problem, all.error().message);

    Verdict verdict;
    verdict.problem_id = problem.id;
    verdict.rules = sql::describe_rules(spec->compare);
    if (spec->table_state) verdict.rules = table_state_rules(*spec, verdict.rules);

    for (const ProblemFixture& fixture : *all) {
        util::Error open_error;
        Outcome user = run_on(problem, fixture.fixture, answer, options, &open_error);
        if (!open_error.message.empty()) return error_verdict(problem, open_error.message);
        if (user.failure) {
            verdict.status = Verdict::Status::rejected;
            verdict.sql_failure = user.failure;
            verdict.fixture = fixture.name;
            verdict.hidden_fixture = fixture.hidden;
            // SQLite's message can quote values ("JSON path error near '<hidden rows>'"), so on
            // hidden data only its kind and place are shown unless the user asks to see it.
            verdict.message = !fixture.hidden ? user.failure->message
                              : options.reveal
                                  ? "Your query runs on the sample data but fails on another dataset: " +
                                        user.failure->message
                                  : fmt::format("Your query runs on the sample data but fails on another dataset "
                                                "({}{}{}); `--reveal` shows SQLite's message",
                                                fixture.purpose.empty() ? "" : "one built for " + fixture.purpose + "; ",
                                                failure_kind(user.failure->kind),
                                                user.failure->line ? fmt::format(", line {}", user.failure->line) : "");
            if (fixture.hidden) verdict.hidden_purpose = fixture.purpose;
            if (fixture.hidden && !options.reveal) verdict.sql_failure->message = verdict.message;
            return verdict;
        }
        if (!user.missing_table.empty()) {
            verdict.status = Verdict::Status::rejected;
            verdict.message = fmt::format("After your statements the table {} cannot be read: was it "
                                          "dropped or renamed?",
                                          user.missing_table);
            return verdict;
        }
        Outcome ref = run_on(problem, fixture.fixture, spec->solution,
                             reference_options(options, fixtures), &open_error);
        if (!open_error.message.empty()) return error_verdict(problem, open_error.message);
        if (ref.failure || !ref.missing_table.empty())
            return error_verdict(problem,
                                 fmt::format("{}: the reference solution fails on {}: {} (a bank "
                                             "defect, not your answer; run prepl validate)",
                                             problem.file.string(), fixture.name,
                                             ref.failure ? ref.failure->message : ref.missing_table));
        if (!fixture.hidden && !spec->table_state) verdict.result = user.results.front();

        for (std::size_t i = 0; i < ref.results.size(); ++i) {
            sql::Comparison cmp = sql::compare_result_sets(
                user.results[i], ref.results[i], spec->compare,
                options.full_diff ? std::numeric_limits<std::size_t>::max() : sql::k_diff_rows_shown);
            if (cmp.equal) continue;
            verdict.status = Verdict::Status::rejected;
            verdict.diff = std::move(cmp.diff);
            verdict.fixture = fixture.name;
            verdict.hidden_fixture = fixture.hidden;
            if (fixture.hidden) verdict.hidden_purpose = fixture.purpose;
            std::string what = summarize_diff(*verdict.diff);
            if (spec->table_state) what = fmt::format("Table {}: {}", spec->check_tables[i], what);
            verdict.message =
                fixture.hidden
                    ? fmt::format("Your query returns the right rows on the sample data but not on another "
                                  "dataset{}. {}.",
                                  fixture.purpose.empty() ? "" : fmt::format(" (one built for {})", fixture.purpose),
                                  what)
                    : what + ".";
            return verdict;
        }
    }
    verdict.status = Verdict::Status::accepted;
    verdict.score = verdict.max_score;
    verdict.message = all->size() > 1
                          ? fmt::format("Accepted: right on the sample data and on {} hidden {}", all->size() - 1,
                                        all->size() == 2 ? "dataset" : "datasets")
                          : "Accepted: your result matches the reference";
    return verdict;
}

}  // namespace prepl::grade
