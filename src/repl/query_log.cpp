#include "repl/query_log.hpp"

#include <fmt/format.h>

#include "util/text.hpp"

namespace prepl::repl {
namespace {

bool same_columns(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    if (a.size() != b.size() || a.empty()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (util::to_lower(a[i]) != util::to_lower(b[i])) return false;
    return true;
}

std::string ordinal_place(std::size_t index, std::size_t count) {
    return fmt::format("query {} of {}", index + 1, count);
}

}  // namespace

std::string first_line(const std::string& sql, std::size_t width) {
    std::string line;
    for (std::size_t start = 0; start < sql.size();) {
        const auto end = sql.find('\n', start);
        line = util::trim(sql.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (!line.empty()) break;
        start = end == std::string::npos ? sql.size() : end + 1;
    }
    const bool more = line.size() < util::trim(sql).size();
    if (line.size() > width) return line.substr(0, width - 3) + "...";
    return more ? line + " ..." : line;
}

std::optional<std::string> QueryLog::pick(std::size_t number) {
    if (m_queries.empty()) return "No query typed for this problem yet.";
    if (number < 1 || number > m_queries.size())
        return fmt::format("No query {}: `answer` lists 1 to {}.", number, m_queries.size());
    if (!m_queries[number - 1].ran) return fmt::format("Query {} failed to run; pick one that ran.", number);
    m_picked = number - 1;
    return std::nullopt;
}

std::optional<std::size_t> QueryLog::result_choice(const std::vector<std::string>& expected_columns,
                                                   std::string* why) const {
    auto say = [&](std::string text) {
        if (why) *why = std::move(text);
    };
    if (m_picked) {
        say("the one you picked with `answer`");
        return m_picked;
    }
    for (std::size_t i = m_queries.size(); i-- > 0;)
        if (m_queries[i].ran && same_columns(m_queries[i].columns, expected_columns)) {
            say(i + 1 == m_queries.size() ? "your last query"
                                          : "the last one returning the expected columns (" +
                                                util::join(expected_columns, ", ") + ")");
            return i;
        }
    for (std::size_t i = m_queries.size(); i-- > 0;)
        if (m_queries[i].ran && !m_queries[i].columns.empty()) {
            say(i + 1 == m_queries.size() ? "your last query" : "the last one that returned rows");
            return i;
        }
    for (std::size_t i = m_queries.size(); i-- > 0;)
        if (m_queries[i].ran) {
            say("the last one that ran");
            return i;
        }
    return std::nullopt;
}

std::optional<SubmitChoice> QueryLog::for_result(const std::vector<std::string>& expected_columns,
                                                 std::optional<std::size_t> number, std::string* error) const {
    std::size_t index = 0;
    std::string why;
    if (number) {
        if (*number < 1 || *number > m_queries.size()) {
            *error = m_queries.empty() ? "No query typed for this problem yet: type one ending with ';'.\n"
                                       : fmt::format("No query {}: `answer` lists 1 to {}.\n", *number,
                                                     m_queries.size());
            return std::nullopt;
        }
        index = *number - 1;
        why = "the one you asked for";
    } else {
        auto chosen = result_choice(expected_columns, &why);
        if (!chosen) {
            *error = m_queries.empty() ? "Nothing to submit yet: type a query ending with ';' first.\n"
                                       : "None of your queries ran without an error: fix one first.\n";
            return std::nullopt;
        }
        index = *chosen;
    }
    const LoggedQuery& q = m_queries[index];
    std::string description =
        fmt::format("Grading {} ({}), {}: {}\n", ordinal_place(index, m_queries.size()), q.origin, why,
                    first_line(q.text));
    if (m_queries.size() > 1) description += "`answer` lists your queries; `submit N` grades another.\n";
    return SubmitChoice{q.text, std::move(description)};
}

std::optional<SubmitChoice> QueryLog::for_table_state(std::string* error) const {
    std::string script;
    std::vector<std::string> lines;
    std::size_t ran = 0, failed = 0;
    for (const auto& q : m_queries) {
        if (!q.ran) {
            ++failed;
            continue;
        }
        ++ran;
        script += util::trim(q.text) + "\n";
        lines.push_back(fmt::format("  {}. {}", lines.size() + 1, first_line(q.text)));
    }
    if (ran == 0) {
        *error = m_queries.empty() ? "Nothing to submit yet: type your statements ending with ';' first.\n"
                                   : "None of your statements ran without an error: fix them first.\n";
        return std::nullopt;
    }
    std::string description = fmt::format(
        "Grading the {} since `open` or `reset`, replayed in order on each dataset{}:\n{}\n",
        ran == 1 ? std::string("statement you ran") : fmt::format("{} statements you ran", ran),
        failed ? fmt::format(" ({} that failed left out)", failed) : "", util::join(lines, "\n"));
    return SubmitChoice{script, std::move(description)};
}

std::string QueryLog::listing(const std::vector<std::string>& expected_columns, bool table_state) const {
    if (m_queries.empty()) return "No query typed for this problem yet.\n";
    const auto chosen = table_state ? std::nullopt : result_choice(expected_columns);
    std::string out;
    for (std::size_t i = 0; i < m_queries.size(); ++i) {
        const LoggedQuery& q = m_queries[i];
        const char* mark = table_state ? (q.ran ? "+" : " ") : (chosen && *chosen == i ? ">" : " ");
        out += fmt::format("{} {:>2}. {}{}\n", mark, i + 1, first_line(q.text), q.ran ? "" : "  (failed)");
    }
    out += table_state ? "`submit` replays the statements marked + in order.\n"
                       : "`submit` grades the query marked >; `answer N` picks another, `submit N` grades one.\n";
    return out;
}

}  // namespace prepl::repl
