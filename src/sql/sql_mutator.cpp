#include "sql/sql_mutator.hpp"

#include <chrono>
#include <cstdint>
#include <set>
#include <unordered_map>

#include <fmt/format.h>

#include "sql/sql_text.hpp"
#include "sql/sql_tokenizer.hpp"
#include "sql/timestamp.hpp"

namespace prepl::sql {
namespace {

using Tokens = std::vector<SqlToken>;
constexpr std::size_t k_none = static_cast<std::size_t>(-1);

template <class Words>
bool one_of_list(const SqlToken& t, const Words& words) {
    if (t.kind != SqlToken::Kind::word && t.kind != SqlToken::Kind::op) return false;
    for (auto w : words)
        if (t.upper == w) return true;
    return false;
}
bool one_of(const SqlToken& t, std::initializer_list<std::string_view> words) {
    if (t.kind != SqlToken::Kind::word && t.kind != SqlToken::Kind::op) return false;
    for (auto w : words)
        if (t.upper == w) return true;
    return false;
}

// Collects mutants, skipping duplicates and edits that change nothing.
class MutantSink {
public:
    explicit MutantSink(std::string_view sql) : m_sql(sql) {}

    void replace(std::string_view family, std::size_t begin, std::size_t end, std::string_view with,
                 std::string_view what) {
        std::string text;
        text.reserve(m_sql.size() + with.size());
        text.append(m_sql.substr(0, begin)).append(with).append(m_sql.substr(end));
        if (text == m_sql || !m_seen.insert(text).second) return;
        const int line = position_at(m_sql, begin).line;
        m_out.push_back({std::string(family), fmt::format("line {}: {}", line, what), std::move(text), line});
    }
    std::string_view slice(std::size_t begin, std::size_t end) const { return m_sql.substr(begin, end - begin); }
    std::vector<SqlMutant> take() { return std::move(m_out); }

private:
    std::string_view m_sql;
    std::set<std::string> m_seen;
    std::vector<SqlMutant> m_out;
};

// Shortens a fragment of SQL for a one-line description.
std::string brief(std::string_view text) {
    std::string out;
    bool space = false;
    for (char c : text) {
        if (c == '\n' || c == '\t' || c == ' ') {
            space = !out.empty();
            continue;
        }
        if (space) out.push_back(' ');
        space = false;
        out.push_back(c);
    }
    if (out.size() > 60) out = out.substr(0, 57) + "...";
    return out;
}

class Mutator {
public:
    Mutator(std::string_view sql, const Tokens& t) : m_sql(sql), m_t(t), m_sink(sql) {
        m_match.assign(t.size(), k_none);
        m_enclosing.assign(t.size(), k_none);
        std::vector<std::size_t> open;
        for (std::size_t i = 0; i < t.size(); ++i) {
            if (t[i].is_op(")") && !open.empty()) {
                m_match[open.back()] = i;
                m_match[i] = open.back();
                open.pop_back();
            }
            m_enclosing[i] = open.empty() ? k_none : open.back();
            if (t[i].is_op("(")) open.push_back(i);
        }
        // The AND of `x BETWEEN a AND b` is not a conjunction.
        m_between_and.assign(t.size(), false);
        for (std::size_t i = 0; i < t.size(); ++i) {
            if (!t[i].is_word("BETWEEN")) continue;
            for (std::size_t k = i + 1; k < t.size() && t[k].depth >= t[i].depth; ++k)
                if (t[k].depth == t[i].depth && t[k].is_word("AND")) {
                    m_between_and[k] = true;
                    break;
                }
        }
    }

    std::vector<SqlMutant> run() {
        for (std::size_t i = 0; i < m_t.size(); ++i) {
            comparison(i);
            logic(i);
            join(i);
            functions(i);
            order_by(i);
            number(i);
            date_literal(i);
            set_ops(i);
            null_checks(i);
            lists(i);
            casts(i);
        }
        return m_sink.take();
    }

private:
    const SqlToken& t(std::size_t i) const { return m_t[i]; }
    std::string_view text(std::size_t i) const { return m_sink.slice(m_t[i].begin, m_t[i].end); }
    bool conjunction(std::size_t i) const { return m_t[i].is_word("AND") && !m_between_and[i]; }
    bool call(std::size_t i) const { return i + 1 < m_t.size() && m_t[i].kind == SqlToken::Kind::word && m_t[i + 1].is_op("("); }

    void swap_token(std::string_view family, std::size_t i, std::string_view with) {
        m_sink.replace(family, t(i).begin, t(i).end, with, fmt::format("`{}` → `{}`", text(i), with));
    }
    // Removes tokens [first, last] and the blank after them.
    void drop(std::string_view family, std::size_t first, std::size_t last, std::string_view what) {
        const std::size_t end = last + 1 < m_t.size() ? t(last + 1).begin : t(last).end;
        m_sink.replace(family, t(first).begin, end, "",
                       fmt::format("{} `{}`", what, brief(m_sink.slice(t(first).begin, t(last).end))));
    }

    // First index after `from` that ends the expression at `depth`: a closing parenthesis or
    // one of `stops` at the same depth.
    std::size_t scan_end(std::size_t from, int depth, const std::vector<std::string_view>& stops,
                         bool stop_at_and_or) const {
        std::size_t k = from;
        for (; k < m_t.size(); ++k) {
            if (t(k).depth < depth) break;
            if (t(k).depth > depth) continue;
            if (one_of_list(t(k), stops)) break;
            if (stop_at_and_or && (conjunction(k) || t(k).is_word("OR"))) break;
        }
        return k;
    }

    // Top-level comma-separated items of [begin, end) at `depth`.
    std::vector<std::pair<std::size_t, std::size_t>> items(std::size_t begin, std::size_t end, int depth) const {
        std::vector<std::pair<std::size_t, std::size_t>> out;
        std::size_t start = begin;
        for (std::size_t k = begin; k < end; ++k)
            if (t(k).depth == depth && t(k).is_op(",")) {
                out.emplace_back(start, k);
                start = k + 1;
            }
        if (start < end) out.emplace_back(start, end);
        return out;
    }

    void comparison(std::size_t i) {
        if (t(i).kind != SqlToken::Kind::op) return;
        static const std::unordered_map<std::string, std::string> swaps = {
            {">", ">="}, {">=", ">"}, {"<", "<="}, {"<=", "<"}, {"=", "<>"}, {"==", "<>"}, {"<>", "="}, {"!=", "="}};
        if (auto it = swaps.find(t(i).upper); it != swaps.end()) swap_token("comparison", i, it->second);
    }

    inline static const std::vector<std::string_view> k_clause_stops = {
        "GROUP", "ORDER", "HAVING", "LIMIT", "WINDOW", "UNION", "EXCEPT", "INTERSECT", "JOIN", "LEFT", "RIGHT",
        "FULL", "INNER", "CROSS", "NATURAL", "WHERE", "ON", "THEN", "WHEN", "ELSE", "END", "RETURNING", "SET",
        "FROM", "OFFSET", "USING", "DO", ")", ",", ";"};

    void logic(std::size_t i) {
        if (t(i).is_word("OR")) swap_token("and-or", i, "AND");
        if (conjunction(i)) {
            swap_token("and-or", i, "OR");
            const int d = t(i).depth;
            // Drop the conjunct on the right: `AND x`.
            const std::size_t r = scan_end(i + 1, d, k_clause_stops, true);
            if (r > i + 1) drop("drop-conjunct", i, r - 1, "drop");
            // Drop the conjunct on the left: `x AND`, unless an OR binds it (precedence).
            std::size_t l = i;
            while (l > 0) {
                const SqlToken& p = t(l - 1);
                if (p.depth < d) break;
                if (p.depth == d && (conjunction(l - 1) || one_of(p, {"OR", "WHERE", "HAVING", "ON", "WHEN", "THEN", "ELSE",
                                                                     "CASE", "SELECT", ",", ";"})))
                    break;
                --l;
            }
            if (l < i && !(l > 0 && t(l - 1).is_word("OR"))) drop("drop-conjunct", l, i, "drop");
        }
        // A one-condition WHERE, HAVING or ON dropped whole.
        if (one_of(t(i), {"WHERE", "HAVING", "ON"})) {
            const int d = t(i).depth;
            const std::size_t r = scan_end(i + 1, d, k_clause_stops, false);
            bool single = true;
            for (std::size_t k = i + 1; k < r; ++k)
                if (t(k).depth == d && (conjunction(k) || t(k).is_word("OR"))) single = false;
            if (single && r > i + 1) drop("drop-conjunct", i, r - 1, "drop");
        }
    }

    void join(std::size_t i) {
        if (!t(i).is_word("JOIN") || i == 0) return;
        const SqlToken& p = t(i - 1);
        if (p.is_word("LEFT") || (p.is_word("OUTER") && i >= 2 && t(i - 2).is_word("LEFT"))) {
            const std::size_t first = p.is_word("LEFT") ? i - 1 : i - 2;
            m_sink.replace("join", t(first).begin, t(i).end, "JOIN",
                           fmt::format("`{}` → `JOIN`", brief(m_sink.slice(t(first).begin, t(i).end))));
        } else if (p.is_word("INNER")) {
            m_sink.replace("join", p.begin, t(i).end, "LEFT JOIN", "`INNER JOIN` → `LEFT JOIN`");
        } else if (!one_of(p, {"RIGHT", "FULL", "OUTER", "CROSS", "NATURAL"})) {
            swap_token("join", i, "LEFT JOIN");
        }
    }

    void functions(std::size_t i) {
        if (t(i).is_word("DISTINCT")) {
            const bool in_count = i >= 2 && t(i - 1).is_op("(") && t(i - 2).is_word("COUNT");
            drop(in_count ? "count" : "distinct", i, i, "drop");
        }
        if (!call(i)) return;
        static const std::unordered_map<std::string, std::vector<std::pair<std::string, std::string>>> swaps = {
            {"RANK", {{"ranking", "DENSE_RANK"}, {"ranking", "ROW_NUMBER"}}},
            {"DENSE_RANK", {{"ranking", "RANK"}, {"ranking", "ROW_NUMBER"}}},
            {"ROW_NUMBER", {{"ranking", "RANK"}, {"ranking", "DENSE_RANK"}}},
            {"MIN", {{"aggregate", "MAX"}}},
            {"MAX", {{"aggregate", "MIN"}}},
            {"SUM", {{"aggregate", "AVG"}}},
            {"AVG", {{"aggregate", "SUM"}}},
            {"LAG", {{"offset", "LEAD"}}},
            {"LEAD", {{"offset", "LAG"}}},
        };
        if (auto it = swaps.find(t(i).upper); it != swaps.end())
            for (const auto& [family, name] : it->second) swap_token(family, i, name);
        const std::size_t close = m_match[i + 1];
        if (close == k_none) return;
        if (t(i).is_word("COUNT") && close > i + 2 && !t(i + 2).is_op("*") && !t(i + 2).is_word("DISTINCT"))
            m_sink.replace("count", t(i + 2).begin, t(close - 1).end, "*",
                           fmt::format("`COUNT({})` → `COUNT(*)`", brief(m_sink.slice(t(i + 2).begin, t(close - 1).end))));
        if (one_of(t(i), {"COALESCE", "IFNULL"})) {
            const auto args = items(i + 2, close, t(i).depth + 1);
            if (args.size() >= 2 && args[0].second > args[0].first) {
                const auto first = m_sink.slice(t(args[0].first).begin, t(args[0].second - 1).end);
                m_sink.replace("coalesce", t(i).begin, t(close).end, first,
                               fmt::format("`{}` → `{}`", brief(m_sink.slice(t(i).begin, t(close).end)), brief(first)));
            }
        }
    }

    void order_by(std::size_t i) {
        if (!t(i).is_word("ORDER") || i + 1 >= m_t.size() || !t(i + 1).is_word("BY")) return;
        const int d = t(i).depth;
        const std::size_t end = scan_end(i + 2, d, {"LIMIT", "OFFSET", "ROWS", "RANGE", "GROUPS", "UNION", "EXCEPT",
                                                   "INTERSECT", "WINDOW", ")", ";"},
                                         false);
        for (const auto& [s, e] : items(i + 2, end, d)) {
            if (e <= s) continue;
            std::size_t k = e - 1;
            if (k > s + 1 && one_of(t(k), {"FIRST", "LAST"}) && t(k - 1).is_word("NULLS")) k -= 2;
            const std::string key = brief(m_sink.slice(t(s).begin, t(k).end));
            if (t(k).is_word("ASC")) {
                m_sink.replace("order", t(k).begin, t(k).end, "DESC", fmt::format("ORDER BY `{}` → DESC", key));
            } else if (t(k).is_word("DESC")) {
                m_sink.replace("order", t(k).begin, t(k).end, "ASC", fmt::format("ORDER BY `{}` → ASC", key));
            } else {
                m_sink.replace("order", t(k).end, t(k).end, " DESC", fmt::format("ORDER BY `{}` → `{} DESC`", key, key));
            }
        }
    }

    std::string_view number_family(std::size_t i) const {
        if (i > 0 && one_of(t(i - 1), {"LIMIT", "OFFSET"})) return "limit";
        const std::size_t open = m_enclosing[i];
        if (open != k_none && open > 0 && t(open - 1).is_word("ROUND") && t(i - 1).is_op(",")) return "round-digits";
        return "literal";
    }

    void number(std::size_t i) {
        if (t(i).kind != SqlToken::Kind::number) return;
        const std::string_view raw = text(i);
        if (raw.find_first_of("xXeE_") != std::string_view::npos) return;
        const std::string_view family = number_family(i);
        const auto dot = raw.find('.');
        if (dot == std::string_view::npos) {
            std::int64_t n = 0;
            for (char c : raw) n = n * 10 + (c - '0');
            if (raw.size() > 15) return;
            swap_token(family, i, std::to_string(n + 1));
            if (n > 0 || family == "literal") swap_token(family, i, std::to_string(n - 1));
            return;
        }
        const std::string_view whole = raw.substr(0, dot);
        const std::string_view fraction = raw.substr(dot + 1);
        const bool integral = fraction.find_first_not_of('0') == std::string_view::npos;
        if (integral && !whole.empty()) {
            // `1.0 *` and `* 1.0` exist to avoid integer division: drop them; `60.0` → `60`.
            if (whole == "1" && i + 1 < m_t.size() && t(i + 1).is_op("*"))
                m_sink.replace("integer-division", t(i).begin, t(i + 2).begin, "", fmt::format("drop `{} *`", raw));
            else if (whole == "1" && i > 0 && t(i - 1).is_op("*"))
                m_sink.replace("integer-division", t(i - 1).begin, t(i).end, "", fmt::format("drop `* {}`", raw));
            else
                swap_token("integer-division", i, whole);
        }
        const double v = std::stod(std::string(raw));
        const int decimals = static_cast<int>(fraction.size());
        swap_token(family, i, fmt::format("{:.{}f}", v + 1, decimals));
        swap_token(family, i, fmt::format("{:.{}f}", v - 1, decimals));
    }

    void date_literal(std::size_t i) {
        if (t(i).kind != SqlToken::Kind::string) return;
        const std::string_view raw = text(i);
        if (raw.size() != 12 && raw.size() != 21) return;  // 'YYYY-MM-DD' or 'YYYY-MM-DD HH:MM:SS'
        const auto parsed = parse_timestamp(raw.substr(1, raw.size() - 2));
        if (!parsed) return;
        using namespace std::chrono;
        const bool date_only = raw.size() == 12;
        for (int sign : {+1, -1}) {
            const sys_seconds moved = *parsed + (date_only ? seconds(86400 * sign) : seconds(sign));
            const std::string lit =
                "'" + format_truncated(date_only ? TimeUnit::day : TimeUnit::second, moved) + "'";
            swap_token("date-literal", i, lit);
        }
    }

    void set_ops(std::size_t i) {
        if (!t(i).is_word("UNION")) return;
        if (i + 1 < m_t.size() && t(i + 1).is_word("ALL"))
            m_sink.replace("union", t(i).begin, t(i + 1).end, "UNION", "`UNION ALL` → `UNION`");
        else
            swap_token("union", i, "UNION ALL");
    }

    void null_checks(std::size_t i) {
        if (!t(i).is_word("IS") || i + 1 >= m_t.size()) return;
        if (t(i + 1).is_word("NULL"))
            m_sink.replace("null-check", t(i).begin, t(i + 1).end, "IS NOT NULL", "`IS NULL` → `IS NOT NULL`");
        else if (i + 2 < m_t.size() && t(i + 1).is_word("NOT") && t(i + 2).is_word("NULL"))
            m_sink.replace("null-check", t(i).begin, t(i + 2).end, "IS NULL", "`IS NOT NULL` → `IS NULL`");
    }

    // PARTITION BY and GROUP BY: drop the clause (one key) or one of its keys.
    void lists(std::size_t i) {
        const bool partition = t(i).is_word("PARTITION");
        if ((!partition && !t(i).is_word("GROUP")) || i + 1 >= m_t.size() || !t(i + 1).is_word("BY")) return;
        const int d = t(i).depth;
        const std::size_t end =
            partition ? scan_end(i + 2, d, {"ORDER", "ROWS", "RANGE", "GROUPS", ")"}, false)
                      : scan_end(i + 2, d, {"HAVING", "ORDER", "LIMIT", "WINDOW", "UNION", "EXCEPT", "INTERSECT", ")", ";"}, false);
        const auto keys = items(i + 2, end, d);
        const std::string_view family = partition ? "partition-by" : "group-by";
        if (keys.empty()) return;
        if (partition || keys.size() == 1) drop(family, i, end - 1, "drop");
        if (keys.size() < 2) return;
        for (std::size_t k = 0; k < keys.size(); ++k) {
            const auto [s, e] = keys[k];
            if (e <= s) continue;
            const std::string key = brief(m_sink.slice(t(s).begin, t(e - 1).end));
            // Key and its comma: the one before it, or after it for the first key.
            const std::size_t begin = k == 0 ? t(s).begin : t(s - 1).begin;
            const std::size_t stop = k == 0 ? t(keys[1].first).begin : t(e - 1).end;
            m_sink.replace(family, begin, stop, "",
                           fmt::format("drop {} key `{}`{}", partition ? "PARTITION BY" : "GROUP BY", key,
                                       partition ? "" : " (a bare column if still selected)"));
        }
    }

    void casts(std::size_t i) {
        if (!t(i).is_word("CAST") || !call(i)) return;
        const std::size_t close = m_match[i + 1];
        if (close == k_none || close < i + 4) return;
        const std::size_t type = close - 1;
        if (!t(type - 1).is_word("AS") || !one_of(t(type), {"REAL", "FLOAT", "DOUBLE", "NUMERIC", "DECIMAL"})) return;
        const auto inner = m_sink.slice(t(i + 2).begin, t(type - 2).end);
        m_sink.replace("integer-division", t(i).begin, t(close).end, inner,
                       fmt::format("`{}` → `{}`", brief(m_sink.slice(t(i).begin, t(close).end)), brief(inner)));
    }

    std::string_view m_sql;
    const Tokens& m_t;
    MutantSink m_sink;
    std::vector<std::size_t> m_match;      // index of the matching parenthesis
    std::vector<std::size_t> m_enclosing;  // index of the innermost open '(' around each token
    std::vector<bool> m_between_and;
};

}  // namespace

std::vector<SqlMutant> mutate_sql(std::string_view sql) {
    const Tokens tokens = tokenize_sql(sql);
    return Mutator(sql, tokens).run();
}

}  // namespace prepl::sql
