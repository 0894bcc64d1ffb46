#include "repl/table_render.hpp"

#include "util/terminal_text.hpp"

#include <algorithm>
#include <cmath>
#include <cwchar>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace prepl::repl {
namespace {

// Length of the valid UTF-8 sequence at s[i], or 0 when the bytes there are not valid UTF-8.
std::size_t utf8_sequence(std::string_view s, std::size_t i, char32_t& code_point) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char lead = byte(i);
    std::size_t len = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > s.size()) return 0;
    char32_t cp = len == 1 ? lead : len == 2 ? (lead & 0x1F) : len == 3 ? (lead & 0x0F) : (lead & 0x07);
    for (std::size_t k = 1; k < len; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (byte(i + k) & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are invalid.
    static constexpr char32_t k_min[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < k_min[len] || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return 0;
    code_point = cp;
    return len;
}

int code_point_width(char32_t cp) {
    const int w = ::wcwidth(static_cast<wchar_t>(cp));
    if (w >= 0) return w;
    // The C locale's wcwidth knows nothing beyond ASCII: treat printable code points as 1 wide,
    // and the common East Asian wide ranges as 2.
    if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
        (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0x1F300 && cp <= 0x1FAFF))
        return 2;
    return 1;
}

bool is_numeric(const sql::Value& v) { return sql::is_number(v); }

std::string format_real(double v) {
    if (std::isnan(v)) return "NaN";
    if (std::isinf(v)) return v > 0 ? "Inf" : "-Inf";
    std::string text = fmt::format("{:.15g}", v);
    // Keep a REAL recognisable as such: 2.0, not 2 (as the sqlite3 shell prints it).
    if (text.find_first_of(".eEn") == std::string::npos) text += ".0";
    return text;
}

std::string truncate_to_width(const std::string& text, std::size_t width) {
    if (display_width(text) <= width) return text;
    std::string out;
    std::size_t used = 0;
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = 0;
        std::size_t len = utf8_sequence(text, i, cp);
        if (len == 0) len = 1;
        const std::size_t w = static_cast<std::size_t>(code_point_width(cp));
        if (used + w + 1 > width) break;
        out.append(text, i, len);
        used += w;
        i += len;
    }
    return out + "…";
}

std::string pad(const std::string& text, std::size_t width, bool right_align) {
    const std::size_t w = display_width(text);
    const std::string fill(width > w ? width - w : 0, ' ');
    return right_align ? fill + text : text + fill;
}

std::string csv_field(const std::string& text) {
    if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

nlohmann::json json_cell(const sql::Value& v) {
    if (auto i = std::get_if<std::int64_t>(&v)) return *i;
    if (auto d = std::get_if<double>(&v)) return std::isfinite(*d) ? nlohmann::json(*d) : nlohmann::json(nullptr);
    if (auto s = std::get_if<std::string>(&v)) return *s;
    if (auto b = std::get_if<sql::Blob>(&v)) {
        return sql::to_hex(*b);
    }
    return nullptr;
}

}  // namespace

bool parse_table_mode(std::string_view name, TableMode& mode) {
    static const std::pair<std::string_view, TableMode> k_modes[] = {
        {"box", TableMode::box},   {"table", TableMode::table}, {"markdown", TableMode::markdown},
        {"csv", TableMode::csv},   {"json", TableMode::json},   {"list", TableMode::list},
        {"line", TableMode::line},
    };
    for (const auto& [n, m] : k_modes)
        if (n == name) {
            mode = m;
            return true;
        }
    return false;
}

std::string escape_for_terminal(std::string_view text) { return util::escape_controls(text, false); }

std::size_t display_width(std::string_view text) {
    std::size_t width = 0;
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = 0;
        std::size_t len = utf8_sequence(text, i, cp);
        if (len == 0) {
            len = 1;
            cp = '?';
        }
        width += static_cast<std::size_t>(code_point_width(cp));
        i += len;
    }
    return width;
}

std::string cell_text(const sql::Value& value, const RenderOptions& options) {
    return std::visit(
        [&](const auto& v) -> std::string {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, sql::Null>) return options.null_text;
            else if constexpr (std::is_same_v<T, std::int64_t>) return std::to_string(v);
            else if constexpr (std::is_same_v<T, double>) return format_real(v);
            else if constexpr (std::is_same_v<T, std::string>) return escape_for_terminal(v);
            else {
                return sql::to_sql_literal(v);
            }
        },
        value);
}

std::string render_table(const sql::ResultSet& result, const RenderOptions& options) {
    const std::size_t shown = std::min(result.rows.size(), options.max_rows);
    const std::size_t ncols = result.columns.size();
    std::string out;
    const std::string more =
        result.rows.size() > shown
            ? fmt::format("... {} more rows (not shown; {} in all)\n", result.rows.size() - shown, result.rows.size())
            : "";

    if (options.mode == TableMode::json) {
        nlohmann::json rows = nlohmann::json::array();
        for (std::size_t r = 0; r < shown; ++r) {
            nlohmann::json obj = nlohmann::json::object();
            for (std::size_t c = 0; c < ncols; ++c) obj[result.columns[c]] = json_cell(result.rows[r][c]);
            rows.push_back(std::move(obj));
        }
        return rows.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n" + more;
    }
    if (options.mode == TableMode::csv || options.mode == TableMode::list) {
        const char* sep = options.mode == TableMode::csv ? "," : "|";
        auto field = [&](const std::string& t) { return options.mode == TableMode::csv ? csv_field(t) : t; };
        for (std::size_t c = 0; c < ncols; ++c) out += (c ? sep : "") + field(escape_for_terminal(result.columns[c]));
        out += '\n';
        RenderOptions plain = options;
        if (options.mode == TableMode::csv) plain.null_text = "";
        for (std::size_t r = 0; r < shown; ++r) {
            for (std::size_t c = 0; c < ncols; ++c) out += (c ? sep : "") + field(cell_text(result.rows[r][c], plain));
            out += '\n';
        }
        return out + more;
    }
    if (options.mode == TableMode::line) {
        std::size_t name_width = 0;
        for (const auto& c : result.columns) name_width = std::max(name_width, display_width(c));
        for (std::size_t r = 0; r < shown; ++r) {
            if (r) out += '\n';
            for (std::size_t c = 0; c < ncols; ++c)
                out += pad(escape_for_terminal(result.columns[c]), name_width, true) + " = " +
                       cell_text(result.rows[r][c], options) + "\n";
        }
        return out + more;
    }

    // Grid modes: box, table, markdown.
    std::vector<std::string> headers;
    std::vector<std::size_t> widths(ncols, 0);
    for (std::size_t c = 0; c < ncols; ++c) {
        headers.push_back(escape_for_terminal(result.columns[c]));
        widths[c] = display_width(headers[c]);
    }
    std::vector<std::vector<std::string>> cells(shown);
    for (std::size_t r = 0; r < shown; ++r)
        for (std::size_t c = 0; c < ncols; ++c) {
            cells[r].push_back(cell_text(result.rows[r][c], options));
            widths[c] = std::max(widths[c], display_width(cells[r].back()));
        }
    if (options.max_width > 0 && ncols > 0) {
        // Shrink the widest columns until the row fits: borders take 3 columns per cell + 1.
        const std::size_t budget = options.max_width > 3 * ncols + 1 ? options.max_width - 3 * ncols - 1 : ncols;
        auto total = [&] { std::size_t t = 0; for (auto w : widths) t += w; return t; };
        while (total() > budget) {
            auto widest = std::max_element(widths.begin(), widths.end());
            if (*widest <= 4) break;
            --*widest;
        }
    }
    const bool box = options.mode == TableMode::box;
    const bool md = options.mode == TableMode::markdown;
    auto rule = [&](const char* left, const char* mid, const char* right, const char* fill) {
        std::string line = left;
        for (std::size_t c = 0; c < ncols; ++c) {
            for (std::size_t k = 0; k < widths[c] + 2; ++k) line += fill;
            line += c + 1 < ncols ? mid : right;
        }
        return line + "\n";
    };
    const char* bar = box ? "│" : "|";
    auto row_line = [&](const std::vector<std::string>& texts, const sql::Row* values) {
        std::string line = bar;
        for (std::size_t c = 0; c < ncols; ++c) {
            std::string text = truncate_to_width(texts[c], widths[c]);
            const bool right = values && is_numeric((*values)[c]);
            std::string padded = pad(text, widths[c], right);
            if (values && options.color && sql::is_null((*values)[c])) padded = "\x1b[2m" + padded + "\x1b[0m";
            line += " " + padded + " " + bar;
        }
        return line + "\n";
    };
    if (box) out += rule("┌", "┬", "┐", "─");
    else if (!md) out += rule("+", "+", "+", "-");
    out += row_line(headers, nullptr);
    if (box) out += rule("├", "┼", "┤", "─");
    else if (md) out += rule("|", "|", "|", "-");
    else out += rule("+", "+", "+", "-");
    for (std::size_t r = 0; r < shown; ++r) out += row_line(cells[r], &result.rows[r]);
    if (box) out += rule("└", "┴", "┘", "─");
    else if (!md) out += rule("+", "+", "+", "-");
    out += more;
    if (result.rows.empty()) out += "(no rows)\n";
    return out;
}

}  // namespace prepl::repl
