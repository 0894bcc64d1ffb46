#include "sql/statement_text.hpp"

#include <doctest/doctest.h>

using prepl::sql::has_syntax_error;
using prepl::sql::split_statements;

TEST_CASE("split_statements cuts where sqlite3_complete says a statement ends") {
    const auto parts = split_statements(
        "UPDATE t SET a = ';';\n-- a comment; with a semicolon\nSELECT 1;\n\nCREATE TRIGGER x AFTER INSERT ON t "
        "BEGIN SELECT 1; SELECT 2; END;\nSELECT 3");
    REQUIRE(parts.size() == 4);
    CHECK(parts[0].text == "UPDATE t SET a = ';';");
    CHECK(parts[0].line == 1);
    CHECK(parts[1].text == "SELECT 1;");  // the comment before it is skipped
    CHECK(parts[1].line == 3);
    CHECK(parts[2].text.starts_with("CREATE TRIGGER"));
    CHECK(parts[2].text.ends_with("END;"));
    CHECK(parts[3].text == "SELECT 3");  // no ';' at the end: still a statement
    CHECK(split_statements("  -- only a comment\n").empty());
}

TEST_CASE("has_syntax_error tells a parse error from an unknown name") {
    CHECK(has_syntax_error("SELEC * FROM users;"));
    CHECK(has_syntax_error("SELECT 1; SELECT (1;"));
    CHECK(has_syntax_error("SELECT 'unterminated"));
    CHECK_FALSE(has_syntax_error("SELECT * FROM no_such_table;"));  // names resolve later
    CHECK_FALSE(has_syntax_error("SELECT 1; UPDATE t SET a = 1;"));
}
