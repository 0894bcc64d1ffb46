#include "sql/statement_text.hpp"

#include <memory>
#include <string>

#include <sqlite3.h>

#include "sql/sql_text.hpp"

namespace prepl::sql {

bool is_complete_statement(std::string_view text) {
    const std::string copy(text);  // sqlite3_complete needs a NUL-terminated string
    return sqlite3_complete(copy.c_str()) != 0;
}

std::vector<StatementSpan> split_statements(std::string_view text) {
    std::vector<StatementSpan> out;
    auto add = [&](std::size_t begin, std::size_t end) {
        const std::string_view piece = text.substr(begin, end - begin);
        const std::size_t skip = skip_blank(piece);
        if (skip >= piece.size()) return;
        std::string_view body = piece.substr(skip);
        while (!body.empty() && (body.back() == ' ' || body.back() == '\n' || body.back() == '\t' || body.back() == '\r'))
            body.remove_suffix(1);
        out.push_back({std::string(body), position_at(text, begin + skip).line});
    };
    // A statement can only end at a ';', so sqlite3_complete is asked there alone.
    std::size_t start = 0;
    for (std::size_t i = text.find(';'); i != std::string_view::npos; i = text.find(';', i + 1)) {
        if (!is_complete_statement(text.substr(start, i + 1 - start))) continue;
        add(start, i + 1);
        start = i + 1;
    }
    if (start < text.size()) add(start, text.size());
    return out;
}

bool has_syntax_error(std::string_view text) {
    sqlite3* raw = nullptr;
    if (sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY, nullptr) != SQLITE_OK) {
        sqlite3_close(raw);
        return false;
    }
    std::unique_ptr<sqlite3, int (*)(sqlite3*)> db(raw, sqlite3_close);
    for (const StatementSpan& s : split_statements(text)) {
        sqlite3_stmt* stmt = nullptr;
        const int rc = sqlite3_prepare_v2(db.get(), s.text.c_str(), static_cast<int>(s.text.size()), &stmt, nullptr);
        sqlite3_finalize(stmt);
        if (rc == SQLITE_OK) continue;
        const std::string message = sqlite3_errmsg(db.get());
        if (message.find("syntax error") != std::string::npos || message.find("unrecognized token") != std::string::npos ||
            message.find("incomplete input") != std::string::npos)
            return true;
    }
    return false;
}

}  // namespace prepl::sql
