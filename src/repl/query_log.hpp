#pragma once
// The SQL typed for the open problem since `open`/`reset`, and which of it `submit` grades.
// Table-state problems: every statement that ran, replayed in order. Result problems: the query
// the user picked (`answer N`), else the last one whose columns are the expected ones, else the
// last one that ran; the shell always says which (issue 14).
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace prepl::repl {

struct LoggedQuery {
    std::string text;
    std::string origin;                // "typed", "from `edit`"
    bool ran = false;                  // ran without an error
    std::vector<std::string> columns;  // of its result; empty for statements without rows
};

// What `submit` grades, and the sentence that says so.
struct SubmitChoice {
    std::string text;
    std::string description;
};

class QueryLog {
public:
    void clear() {
        m_queries.clear();
        m_picked.reset();
    }
    void add(LoggedQuery query) { m_queries.push_back(std::move(query)); }
    const std::vector<LoggedQuery>& queries() const { return m_queries; }
    bool empty() const { return m_queries.empty(); }

    // `answer N` (1-based): the query `submit` grades from now on. Fails with a message.
    std::optional<std::string> pick(std::size_t number);
    std::optional<std::size_t> picked() const { return m_picked; }

    // 0-based index of the query `submit` would grade for a result problem whose reference
    // returns `expected_columns` (case-insensitive names), and why; nullopt when none ran.
    std::optional<std::size_t> result_choice(const std::vector<std::string>& expected_columns,
                                             std::string* why = nullptr) const;
    // Result problem: query `number` (1-based) or the default choice.
    std::optional<SubmitChoice> for_result(const std::vector<std::string>& expected_columns,
                                           std::optional<std::size_t> number, std::string* error) const;
    // Table-state problem: every statement that ran, in order.
    std::optional<SubmitChoice> for_table_state(std::string* error) const;

    // `answer` for SQL: the numbered queries, the one `submit` grades marked with '>'.
    std::string listing(const std::vector<std::string>& expected_columns, bool table_state) const;

private:
    std::vector<LoggedQuery> m_queries;
    std::optional<std::size_t> m_picked;  // 0-based
};

// "SELECT region, SUM(x) ..." : the first non-blank line of `sql`, cut to `width` characters.
std::string first_line(const std::string& sql, std::size_t width = 60);

}  // namespace prepl::repl
