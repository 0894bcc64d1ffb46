#include "sql/bounded_printf.hpp"

#include <fmt/format.h>
#include <sqlite3.h>

#include <array>
#include <climits>
#include <string>
#include <vector>

namespace prepl::sql {
namespace {

// How a conversion character uses the argument list in SQLite 3.40 (printf.c's fmtinfo[] with
// SQLITE_PRINTF_SQLFUNC): one argument, none ('%' and 'n'), or the end of formatting (an unknown
// character, or %T/%S, which only SQLite's internal calls may use).
enum class Consumes { one, none, stop };

Consumes conversion_use(char c) {
    switch (c) {
        case 'd':
        case 'i':
        case 'u':
        case 'x':
        case 'X':
        case 'o':
        case 'p':
        case 'r':  // integers
        case 'f':
        case 'e':
        case 'E':
        case 'g':
        case 'G':  // doubles
        case 's':
        case 'z':
        case 'q':
        case 'Q':
        case 'w':
        case 'c':  // text
            return Consumes::one;
        case '%':
        case 'n':
            return Consumes::none;
        default:
            return Consumes::stop;
    }
}

// printf.c's field-width and precision parsing (the do-while over flags, digits, '*', '.' and
// 'l' of SQLite 3.40), kept step for step so that the arguments a '*' reads are the same ones.
// Hand-written because SQLite exposes no way to ask what a format string would do.
class FieldWalker {
public:
    FieldWalker(std::string_view format, std::span<const std::int64_t> args)
        : m_fmt(format), m_args(args) {}

    std::int64_t total() {
        std::int64_t work = 0;
        while (m_at < m_fmt.size()) {
            if (m_fmt[m_at++] != '%') continue;
            std::int64_t width = 0;
            std::int64_t precision = -1;
            char c = peek();
            if (c == 0) break;
            bool done = false;
            do {
                switch (c) {
                    case '-':
                    case '+':
                    case ' ':
                    case '#':
                    case '!':
                    case '0':
                    case ',':
                        break;
                    default:
                        done = true;
                        break;
                    case 'l':
                        c = advance();
                        if (c == 'l') c = advance();
                        done = true;
                        break;
                    case '1':
                    case '2':
                    case '3':
                    case '4':
                    case '5':
                    case '6':
                    case '7':
                    case '8':
                    case '9': {
                        unsigned wx = static_cast<unsigned>(c - '0');
                        while ((c = advance()) >= '0' && c <= '9')
                            wx = wx * 10 + static_cast<unsigned>(c - '0');
                        width = wx & 0x7fffffffu;
                        if (c != '.' && c != 'l')
                            done = true;
                        else
                            --m_at;
                        break;
                    }
                    case '*': {
                        int w = static_cast<int>(int_arg());
                        width = w < 0 ? (w >= -INT_MAX ? -static_cast<std::int64_t>(w) : 0) : w;
                        const char next = m_at + 1 < m_fmt.size() ? m_fmt[m_at + 1] : 0;
                        c = next;
                        if (next != '.' && next != 'l') {
                            c = advance();
                            done = true;
                        }
                        break;
                    }
                    case '.': {
                        c = advance();
                        if (c == '*') {
                            int p = static_cast<int>(int_arg());
                            precision =
                                p < 0 ? (p >= -INT_MAX ? -static_cast<std::int64_t>(p) : -1) : p;
                            c = advance();
                        } else {
                            unsigned px = 0;
                            while (c >= '0' && c <= '9') {
                                px = px * 10 + static_cast<unsigned>(c - '0');
                                c = advance();
                            }
                            precision = px & 0x7fffffffu;
                        }
                        if (c == 'l')
                            --m_at;
                        else
                            done = true;
                        break;
                    }
                }
            } while (!done && (c = advance()) != 0);
            if (c == 0) break;
            work += width + (precision > 0 ? precision : 0);
            const Consumes use = conversion_use(c);
            if (use == Consumes::stop) break;
            if (use == Consumes::one && m_next_arg < m_args.size()) ++m_next_arg;
            ++m_at;  // past the conversion character
        }
        return work;
    }

private:
    // The character at the cursor (0 past the end, like the NUL printf.c stops at).
    char peek() const { return m_at < m_fmt.size() ? m_fmt[m_at] : 0; }
    // printf.c's `*++fmt`.
    char advance() {
        ++m_at;
        return peek();
    }
    // getIntArg: the next argument as an integer, 0 when they have run out.
    std::int64_t int_arg() {
        if (m_next_arg >= m_args.size()) return 0;
        return m_args[m_next_arg++];
    }

    std::string_view m_fmt;
    std::span<const std::int64_t> m_args;
    std::size_t m_at = 0;  // index of printf.c's fmt pointer
    std::size_t m_next_arg = 0;
};

// A private connection where printf is SQLite's own, with one prepared `SELECT printf(?1, ...)`
// per argument count. One per registration; closed by SQLite through destroy_helper.
struct StockPrintf {
    sqlite3* db = nullptr;
    std::array<sqlite3_stmt*, 128> by_argc{};
};

void destroy_helper(void* p) {
    auto* helper = static_cast<StockPrintf*>(p);
    for (sqlite3_stmt* stmt : helper->by_argc) sqlite3_finalize(stmt);
    if (helper->db) sqlite3_close_v2(helper->db);
    delete helper;
}

sqlite3_stmt* stock_statement(StockPrintf& helper, int argc) {
    if (argc < 1 || argc >= static_cast<int>(helper.by_argc.size())) return nullptr;
    if (!helper.db &&
        sqlite3_open_v2(":memory:", &helper.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        nullptr) != SQLITE_OK) {
        return nullptr;
    }
    sqlite3_stmt*& stmt = helper.by_argc[static_cast<std::size_t>(argc)];
    if (!stmt) {
        std::string sql = "SELECT printf(?1";
        for (int i = 2; i <= argc; ++i) sql += fmt::format(", ?{}", i);
        sql += ")";
        sqlite3_prepare_v2(helper.db, sql.c_str(), -1, &stmt, nullptr);
    }
    return stmt;
}

void bounded_printf(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
    if (argc < 1) return;  // NULL, as stock printf() with no argument
    const auto* format = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    if (!format) return;  // NULL format: NULL
    const auto format_bytes = static_cast<std::size_t>(sqlite3_value_bytes(argv[0]));
    std::vector<std::int64_t> ints;
    try {
        ints.reserve(static_cast<std::size_t>(argc - 1));
        for (int i = 1; i < argc; ++i) ints.push_back(sqlite3_value_int64(argv[i]));
    } catch (...) {
        sqlite3_result_error_nomem(ctx);
        return;
    }
    sqlite3* caller = sqlite3_context_db_handle(ctx);
    const int max_length = sqlite3_limit(caller, SQLITE_LIMIT_LENGTH, -1);
    const std::int64_t work = printf_field_work(std::string_view(format, format_bytes), ints);
    if (work > max_length) {
        const std::string message = fmt::format(
            "printf/format: the widths and precisions add up to {} characters, over the limit "
            "of {} (values are limited to {} bytes)",
            work, max_length, max_length);
        sqlite3_result_error(ctx, message.c_str(), -1);
        return;
    }
    auto* helper = static_cast<StockPrintf*>(sqlite3_user_data(ctx));
    sqlite3_stmt* stmt = stock_statement(*helper, argc);
    if (!stmt) {
        sqlite3_result_error(ctx, "printf/format: cannot prepare SQLite's printf", -1);
        return;
    }
    sqlite3_limit(helper->db, SQLITE_LIMIT_LENGTH, max_length);
    for (int i = 0; i < argc; ++i) sqlite3_bind_value(stmt, i + 1, argv[i]);
    const int rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW) {
        sqlite3_result_value(ctx, sqlite3_column_value(stmt, 0));
    } else {
        const int code = sqlite3_reset(stmt);
        if ((code & 0xff) == SQLITE_TOOBIG)
            sqlite3_result_error_toobig(ctx);
        else if ((code & 0xff) == SQLITE_NOMEM)
            sqlite3_result_error_nomem(ctx);
        else
            sqlite3_result_error(ctx, sqlite3_errmsg(helper->db), -1);
    }
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
}

}  // namespace

std::int64_t printf_field_work(std::string_view format, std::span<const std::int64_t> int_args) {
    return FieldWalker(format, int_args).total();
}

int register_bounded_printf(sqlite3* db) {
    // INNOCUOUS and DETERMINISTIC like the built-in: dataset views may call printf with
    // TRUSTED_SCHEMA off.
    constexpr int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    for (const char* name : {"printf", "format"}) {
        auto* helper = new StockPrintf;
        const int rc = sqlite3_create_function_v2(db, name, -1, flags, helper, bounded_printf,
                                                  nullptr, nullptr, destroy_helper);
        // On failure SQLite has already called destroy_helper.
        if (rc != SQLITE_OK) return rc;
    }
    return SQLITE_OK;
}

}  // namespace prepl::sql
