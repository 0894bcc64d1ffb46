#pragma once
// Draws result sets as text: box (Unicode), table (ASCII), markdown, csv, json, list and line,
// like the sqlite3 shell's .mode. Untrusted cell text is escaped (control characters, invalid UTF-8).
#include <cstddef>
#include <string>
#include <string_view>

#include "sql/result_set.hpp"

namespace prepl::repl {

enum class TableMode { box, table, markdown, csv, json, list, line };

struct RenderOptions {
    TableMode mode = TableMode::box;
    bool color = false;                // NULL dimmed when on
    std::string null_text = "NULL";    // .nullvalue
    std::size_t max_rows = 1000;       // then "... N more rows"
    std::size_t max_width = 0;         // terminal columns; 0: no limit. Wider cells are cut with "…"
};

// Parses "box", "csv", ...; false when unknown.
bool parse_table_mode(std::string_view name, TableMode& mode);

std::string render_table(const sql::ResultSet& result, const RenderOptions& options);

// Display text of one cell (no padding): NULL as null_text, reals with up to 15 significant
// digits, blobs as x'..', text escaped.
std::string cell_text(const sql::Value& value, const RenderOptions& options);

// Escapes C0/C1 controls and DEL as \xNN, invalid UTF-8 bytes as \xNN; keeps valid UTF-8.
std::string escape_for_terminal(std::string_view text);

// Display width of UTF-8 text in terminal columns (wcwidth per code point).
std::size_t display_width(std::string_view text);

}  // namespace prepl::repl
