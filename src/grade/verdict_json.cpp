#include "grade/verdict_json.hpp"

#include <cmath>

#include <fmt/format.h>

namespace prepl::grade {
using nlohmann::json;

json to_json(const sql::Row& row) {
    json out = json::array();
    for (const auto& value : row) {
        std::visit(
            [&](const auto& v) {
                using T = std::decay_t<decltype(v)>;
                if constexpr (std::is_same_v<T, sql::Null>) out.push_back(nullptr);
                else if constexpr (std::is_same_v<T, std::int64_t>) out.push_back(v);
                else if constexpr (std::is_same_v<T, double>) {
                    if (std::isfinite(v)) out.push_back(v);
                    else out.push_back(std::isnan(v) ? "NaN" : (v > 0 ? "Infinity" : "-Infinity"));
                } else if constexpr (std::is_same_v<T, std::string>) {
                    // May hold invalid UTF-8: callers dump with error_handler_t::replace.
                    out.push_back(v);
                } else {
                    out.push_back(sql::to_sql_literal(v));
                }
            },
            value);
    }
    return out;
}

json to_json(const sql::ResultSet& result) {
    json rows = json::array();
    for (const auto& row : result.rows) rows.push_back(to_json(row));
    return {{"columns", result.columns}, {"rows", rows}};
}

namespace {

json rows_json(const std::vector<sql::Row>& rows) {
    json out = json::array();
    for (const auto& row : rows) out.push_back(to_json(row));
    return out;
}

}  // namespace

json to_json(const Verdict& verdict, bool reveal_hidden) {
    json out = {
        {"id", verdict.problem_id},
        {"status", std::string(to_string(verdict.status))},
        {"message", verdict.message},
        {"rules", verdict.rules},
        {"score", verdict.score},
        {"max_score", verdict.max_score},
        {"diff", nullptr},
    };
    if (verdict.status != Verdict::Status::accepted && verdict.parts.empty()) {  // SQL only
        out["fixture"] = verdict.hidden_fixture ? "hidden" : "sample";
        if (verdict.hidden_fixture && reveal_hidden) out["fixture_name"] = verdict.fixture;
        if (verdict.hidden_fixture && !verdict.hidden_purpose.empty()) out["hidden_purpose"] = verdict.hidden_purpose;
    }
    if (verdict.sql_failure) {
        out["error"] = {{"message", verdict.sql_failure->message},
                        {"line", verdict.sql_failure->line},
                        {"column", verdict.sql_failure->column}};
    }
    if (verdict.diff) {
        const sql::ResultDiff& d = *verdict.diff;
        const bool show_rows = !verdict.hidden_fixture || reveal_hidden;
        json diff = {
            {"missing_columns", d.missing_columns},
            {"unexpected_columns", d.unexpected_columns},
            {"expected_row_count", d.expected_row_count},
            {"actual_row_count", d.actual_row_count},
            {"missing_row_count", d.missing_row_count},
            {"unexpected_row_count", d.unexpected_row_count},
            {"first_order_mismatch", d.first_order_mismatch ? json(*d.first_order_mismatch) : json(nullptr)},
            {"hints", d.hints},
        };
        if (show_rows) {
            diff["missing_rows"] = rows_json(d.missing_rows);
            diff["unexpected_rows"] = rows_json(d.unexpected_rows);
        } else {
            diff["rows_hidden"] = true;
        }
        out["diff"] = std::move(diff);
    }
    if (!verdict.feedback.empty()) out["feedback"] = verdict.feedback;
    if (verdict.seed) out["seed"] = *verdict.seed;
    if (!verdict.params.empty()) {
        json params = json::array();  // an array of pairs keeps the file order
        for (const auto& [name, value] : verdict.params) params.push_back({{"name", name}, {"value", value}});
        out["params"] = std::move(params);
    }
    if (!verdict.parts.empty()) {
        json parts = json::array();
        for (const auto& part : verdict.parts) {
            json p = {{"name", part.name}, {"status", std::string(to_string(part.status))}, {"tolerance", part.tolerance}};
            if (part.given) p["given"] = *part.given;
            // The reference of a part the user has not got right is a spoiler: only on request.
            if (part.status == NumericPart::Status::right || reveal_hidden) p["expected"] = part.expected;
            if (!part.mistake.empty()) p["mistake"] = part.mistake;
            if (!part.note.empty()) p["note"] = part.note;
            parts.push_back(std::move(p));
        }
        out["parts"] = std::move(parts);
    }
    if (!verdict.criteria.empty()) {
        json criteria = json::array();
        for (const auto& c : verdict.criteria)
            criteria.push_back({{"id", c.id}, {"part", c.part}, {"points", c.points}, {"met", c.met},
                                {"earned", c.earned}, {"outcome", c.outcome}, {"self_met", c.self_met}});
        out["criteria"] = std::move(criteria);
    }
    if (verdict.self_score) out["self_score"] = *verdict.self_score;
    return out;
}

}  // namespace prepl::grade
