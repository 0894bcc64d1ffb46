#include "grade/answer_run.hpp"

#include <set>

#include "sql/comparator.hpp"
#include "sql/sql_tokenizer.hpp"

namespace prepl::grade {

util::Result<AnswerOutcome> run_answer(const bank::Problem& problem, const sql::Fixture& fixture,
                                       std::string_view text, const sql::SandboxLimits& limits) {
    AnswerOutcome out;
    auto sandbox = sql::Sandbox::open(fixture, limits);
    if (!sandbox) return util::fail(sandbox.error());
    auto result = sandbox->run(text);
    if (!result) {
        out.failure = result.error();
        return out;
    }
    const bank::SqlSpec& spec = *problem.sql();
    if (!spec.table_state) {
        out.results.push_back(std::move(*result));
        return out;
    }
    for (const auto& table : spec.check_tables) {
        auto rows = sandbox->read_table(table);
        if (!rows) {
            out.missing_table = table;
            return out;
        }
        out.results.push_back(std::move(*rows));
    }
    return out;
}

AnswerOutcome run_answer_in(sql::Sandbox& sandbox, std::string_view text, bool keep_statements) {
    AnswerOutcome out;
    auto result = keep_statements ? sandbox.run_kept(text) : sandbox.run(text);
    if (!result) out.failure = result.error();
    else out.results.push_back(std::move(*result));
    return out;
}

bool reads_only(const bank::Problem& problem, std::string_view text) {
    if (problem.sql()->table_state) return false;
    static const std::set<std::string, std::less<>> k_writers = {
        "INSERT", "UPDATE",  "DELETE", "REPLACE", "CREATE", "DROP",   "ALTER",    "PRAGMA",  "ATTACH",
        "DETACH", "VACUUM", "REINDEX", "ANALYZE", "BEGIN",  "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE"};
    for (const auto& token : sql::tokenize_sql(text))
        if (token.kind == sql::SqlToken::Kind::word && k_writers.count(token.upper)) return false;
    return true;
}

bool outcomes_differ(const bank::Problem& problem, const AnswerOutcome& a, const AnswerOutcome& reference) {
    if (a.ok() != reference.ok()) return true;
    if (!a.ok()) return false;
    if (a.results.size() != reference.results.size()) return true;
    for (std::size_t i = 0; i < a.results.size(); ++i)
        if (!sql::compare_result_sets(a.results[i], reference.results[i], problem.sql()->compare).equal) return true;
    return false;
}

}  // namespace prepl::grade
