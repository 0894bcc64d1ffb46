#include "sql/bounded_printf.hpp"

#include <doctest/doctest.h>
#include <sqlite3.h>

#include <string>
#include <vector>

#include "sql/sandbox.hpp"

using namespace prepl::sql;

namespace {

const Fixture& empty_fixture() {
    static const Fixture f = *Fixture::build("CREATE TABLE t(x)", "empty");
    return f;
}

// What SQLite's own printf returns for `expr`, on a plain connection with nothing registered:
// the reference the wrapper must reproduce.
std::string stock(const std::string& expr) {
    sqlite3* db = nullptr;
    sqlite3_open(":memory:", &db);
    sqlite3_stmt* stmt = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, ("SELECT quote(" + expr + ")").c_str(), -1, &stmt, nullptr) ==
            SQLITE_OK);
    REQUIRE(sqlite3_step(stmt) == SQLITE_ROW);
    std::string out = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return out;
}

std::string sandboxed(const std::string& expr) {
    auto sandbox = Sandbox::open(empty_fixture());
    REQUIRE(sandbox.has_value());
    auto result = sandbox->run("SELECT quote(" + expr + ")");
    REQUIRE_MESSAGE(result.has_value(), (result ? "" : result.error().message));
    return std::get<std::string>(result->rows.at(0).at(0));
}

}  // namespace

TEST_CASE("printf('%.*c', 2147483647, 'x') is refused at once with a clear error") {
    // The attack of issue 9 item 4: stock SQLite 3.40 loops 2^31 times in one C call.
    auto sandbox = Sandbox::open(empty_fixture());
    REQUIRE(sandbox.has_value());
    for (const std::string sql : {"SELECT printf('%.*c', 2147483647, 'x')",
                                  "SELECT format('%2147483647d', 1)",
                                  "SELECT printf('%.*c%.*c', 600000, 'x', 600000, 'y')",
                                  "SELECT printf('%*.*f', 9, 2000000, 1.5)"}) {
        CAPTURE(sql);
        auto result = sandbox->run(sql);
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().message.find("printf/format: the widths and precisions add up to") !=
              std::string::npos);
        CHECK(result.error().message.find("over the limit of 1000000") != std::string::npos);
    }
}

TEST_CASE("the bounded printf returns what SQLite's own printf returns") {
    // Each expression is run by stock SQLite (the reference) and in a sandbox.
    const std::vector<std::string> exprs = {
        "printf('%d', 42)",
        "printf('%5.2f|%-6s|%05d', 3.14159, 'ab', 42)",
        "printf('%,d', 1234567)",
        "printf('%x %X %o', 255, 255, 8)",
        "printf('%q', 'it''s')",
        "printf('%Q %Q', 'a''b', NULL)",
        "printf('%w', 'col\"x')",
        "printf('%c%c', 'é', 'zz')",
        "printf('%.*f', 3, 2.0/3)",
        "printf('%*d|', -5, 7)",
        "printf('%e %g %!.3g', 12345.678, 0.0001, 2.0)",
        "printf('100%%')",
        "printf('%s and %s', 'one')",
        "printf('%lld', 9007199254740993)",
        "printf('%10.3s|', 'abcdef')",
        "format('%s-%d', 'x', 3)",
        "printf(NULL, 1)",
        "printf(42)",
        "printf('%.3c', 'ab')",
        "printf('%s %T %s', 'a', 'b')",
        "printf('%')",
        "printf()",
    };
    for (const auto& expr : exprs) {
        CAPTURE(expr);
        CHECK(sandboxed(expr) == stock(expr));
    }
}

TEST_CASE("printf_field_work parses widths and precisions as SQLite 3.40 does") {
    // Values worked out by hand from printf.c's parsing loop.
    const std::vector<std::int64_t> big = {2147483647};
    CHECK(printf_field_work("%.*c", big) == 2147483647);
    CHECK(printf_field_work("%5.3f", {}) == 8);
    const std::vector<std::int64_t> star = {-4, 6, 0};
    CHECK(printf_field_work("%*.*d", star) == 10);     // -4 means left-justified width 4
    CHECK(printf_field_work("%s%.*c", big) == 0);      // %s takes the first argument
    CHECK(printf_field_work("%%%.*c", big) == 2147483647);  // %% takes none
    CHECK(printf_field_work("%T%.*c", big) == 0);      // formatting stops at %T
    const std::vector<std::int64_t> wrap = {4294967296 + 7};
    CHECK(printf_field_work("%*d", wrap) == 7);        // (int) cast of the 64-bit value
    CHECK(printf_field_work("%99999999999d", {}) ==
          static_cast<std::int64_t>((99999999999ull & 0xffffffffull) & 0x7fffffffull));
}
