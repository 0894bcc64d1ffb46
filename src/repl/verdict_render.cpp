#include "repl/verdict_render.hpp"

#include <fmt/format.h>

#include "util/terminal_text.hpp"

namespace prepl::repl {
namespace {

std::string paint(bool color, const char* code, const std::string& text) {
    return color ? fmt::format("\x1b[{}m{}\x1b[0m", code, text) : text;
}

std::string rows_table(const std::vector<sql::Row>& rows, std::size_t total, std::size_t column_count,
                       const RenderOptions& options) {
    sql::ResultSet set;
    for (std::size_t c = 0; c < column_count; ++c) set.columns.push_back(fmt::format("#{}", c + 1));
    set.rows = rows;
    std::string out = render_table(set, options);
    if (total > rows.size()) out += fmt::format("  ... and {} more\n", total - rows.size());
    return out;
}

}  // namespace

std::string render_verdict(const grade::Verdict& verdict, const VerdictRenderOptions& options) {
    using Status = grade::Verdict::Status;
    std::string out;
    switch (verdict.status) {
        case Status::accepted: out += paint(options.color, "1;32", "✔ accepted") + "  "; break;
        case Status::rejected: out += paint(options.color, "1;31", "✘ rejected") + "  "; break;
        case Status::error: out += paint(options.color, "1;33", "! error") + "  "; break;
    }
    // Untrusted text (answers, banks, graders) is escaped here; prepl adds its colours after.
    const auto safe = [](const std::string& s) { return util::escape_controls(s, true); };
    out += safe(verdict.problem_id) + "\n" + safe(verdict.message) + "\n";
    if (!verdict.parts.empty()) out += fmt::format("score {}/{}\n", verdict.score, verdict.max_score);
    if (verdict.sql_failure && verdict.sql_failure->line > 0 && verdict.message.find("line") == std::string::npos)
        out += fmt::format("(at line {}, column {})\n", verdict.sql_failure->line, verdict.sql_failure->column);
    if (verdict.diff) {
        const sql::ResultDiff& d = *verdict.diff;
        const bool show_rows = !verdict.hidden_fixture || options.reveal_hidden;
        if (show_rows) {
            const std::size_t width = std::max(d.expected_column_count, d.actual_column_count);
            if (!d.missing_rows.empty())
                out += "Missing rows (in the expected result, not in yours):\n" +
                       rows_table(d.missing_rows, d.missing_row_count, d.missing_rows.front().size(), options.table);
            if (!d.unexpected_rows.empty())
                out += "Unexpected rows (in yours, not in the expected result):\n" +
                       rows_table(d.unexpected_rows, d.unexpected_row_count,
                                  d.unexpected_rows.empty() ? width : d.unexpected_rows.front().size(), options.table);
        } else {
            out += "(The rows of that dataset stay hidden: think about the edge cases the sample data "
                   "lacks — ties, NULLs, empty groups, duplicates. `check --reveal` shows them.)\n";
        }
        for (const auto& hint : d.hints) out += paint(options.color, "36", "hint: ") + safe(hint) + "\n";
    }
    for (const auto& note : verdict.feedback) out += "- " + safe(note) + "\n";
    if (options.show_result && verdict.result) out += render_table(*verdict.result, options.table);
    if (!verdict.rules.empty()) out += paint(options.color, "2", "rules: " + safe(verdict.rules)) + "\n";
    return out;
}

}  // namespace prepl::repl

