#pragma once
// One-edit mutants of a SQL text, for proving that a problem's datasets catch wrong answers
// (Spider's test-suite accuracy idea, issue 12). Works on tokens (sql/sql_tokenizer.hpp), so a
// mutant may not parse; the caller runs it and sets aside those that fail on the sample data.
#include <string>
#include <string_view>
#include <vector>

namespace prepl::sql {

struct SqlMutant {
    std::string family;       // "comparison", "and-or", "drop-conjunct", "join", "count", ...
    std::string description;  // "line 12: `>` → `>=`"
    std::string sql;          // the whole mutated text
    int line = 0;             // 1-based line of the edit in the original text
};

// Every mutant of `sql`, in text order, without duplicates and without the original itself.
// Families (issue 12): comparison swaps, AND↔OR, dropping a WHERE/HAVING/ON/WHEN conjunct or a
// one-condition WHERE/HAVING, LEFT JOIN↔JOIN, COUNT(DISTINCT x)→COUNT(x)→COUNT(*), dropping
// DISTINCT, RANK↔DENSE_RANK↔ROW_NUMBER, MIN↔MAX, SUM↔AVG, LAG↔LEAD, ASC↔DESC (and DESC added
// to an undirected ORDER BY key), numbers ±1 (LIMIT and ROUND digits included), dates ±1 day,
// UNION↔UNION ALL, COALESCE/IFNULL dropped, IS NULL↔IS NOT NULL, a PARTITION BY or one of its
// columns dropped, a GROUP BY column dropped (SQLite then reads it as a bare column), the
// `1.0 *` / CAST(.. AS REAL) / `.0` that avoids integer division removed.
std::vector<SqlMutant> mutate_sql(std::string_view sql);

}  // namespace prepl::sql
