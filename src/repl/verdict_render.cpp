#include "repl/verdict_render.hpp"

#include <fmt/format.h>

#include "util/terminal_text.hpp"

namespace prepl::repl {
namespace {

std::string paint(bool color, const char* code, const std::string& text) {
    return color ? fmt::format("\x1b[{}m{}\x1b[0m", code, text) : text;
}

// The diff's rows under their column names, then how many there are in all and how to see
// the rest when some were left out.
std::string rows_table(const std::vector<sql::Row>& rows, std::size_t total, const std::vector<std::string>& names,
                       const RenderOptions& options) {
    sql::ResultSet set;
    const std::size_t width = rows.empty() ? names.size() : rows.front().size();
    for (std::size_t c = 0; c < width; ++c) set.columns.push_back(c < names.size() ? names[c] : fmt::format("#{}", c + 1));
    set.rows = rows;
    RenderOptions all = options;
    all.max_rows = rows.size();
    std::string out = render_table(set, all);
    if (total > rows.size())
        out += fmt::format("  ({} of {} shown; `--full` shows them all)\n", rows.size(), total);
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
            if (!d.missing_rows.empty())
                out += fmt::format("Missing rows (in the expected result, not in yours): {}\n", d.missing_row_count) +
                       rows_table(d.missing_rows, d.missing_row_count, d.expected_names, options.table);
            if (!d.unexpected_rows.empty())
                out += fmt::format("Unexpected rows (in yours, not in the expected result): {}\n",
                                   d.unexpected_row_count) +
                       rows_table(d.unexpected_rows, d.unexpected_row_count, d.actual_names, options.table);
        } else {
            out += "(The rows of that dataset stay hidden: think about the edge cases the sample data "
                   "lacks — ties, NULLs, empty groups, duplicates. " + options.reveal_how + ".)\n";
        }
        for (const auto& hint : d.hints) out += paint(options.color, "36", "hint: ") + safe(hint) + "\n";
    }
    for (const auto& note : verdict.feedback) out += "- " + safe(note) + "\n";
    if (options.show_result && verdict.result) out += render_table(*verdict.result, options.table);
    if (!verdict.rules.empty()) out += paint(options.color, "2", "rules: " + safe(verdict.rules)) + "\n";
    return out;
}

}  // namespace prepl::repl

