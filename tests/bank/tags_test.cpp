#include "bank/tags.hpp"

#include <doctest/doctest.h>

#include "grade/bank_validator.hpp"
#include "support/tiny_bank.hpp"

using namespace prepl::bank;
using prepl::test::TempDir;

TEST_CASE("tag keys fold case, separators and plurals, so near-duplicates collide") {
    CHECK(tag_key("window-functions") == tag_key("window-function"));
    CHECK(tag_key("Window_Function") == tag_key("window-function"));
    CHECK(tag_key("ab-testing") != tag_key("ab-test"));  // only a plural 's' is dropped
    CHECK(tag_key("gas") == "gas");                       // words under four letters keep their s
    CHECK(tag_key("glass") == "glass");                   // and so do words ending in ss
    CHECK(tag_key("t-test") != tag_key("z-test"));
}

TEST_CASE("a tag query matches any case, by prefix of the tag or of one of its words") {
    CHECK(tag_matches("window-function", "window"));
    CHECK(tag_matches("window-function", "WINDOW-F"));
    CHECK(tag_matches("ab-testing", "test"));
    CHECK_FALSE(tag_matches("window-function", "unction"));
    CHECK_FALSE(tag_matches("joins", "window"));
}

TEST_CASE("tag counts and validate's near-duplicate finding") {
    TempDir dir;
    prepl::test::write_sql_problem(dir, "a", R"(["window-function", "joins"])");
    prepl::test::write_sql_problem(dir, "b", R"(["window-function"])");
    prepl::test::write_sql_problem(dir, "c", R"(["Window-Functions"])");
    auto bank = load_bank(dir.path() / "bank");
    REQUIRE(bank.has_value());
    const auto counts = tag_counts(*bank);
    REQUIRE(counts.size() == 3);
    CHECK(counts[0] == std::pair<std::string, int>{"window-function", 2});  // most used first
    CHECK(preferred_spelling(*bank, "Window-Functions") == "window-function");
    CHECK(preferred_spelling(*bank, "window-function").empty());

    const auto report = prepl::grade::validate_bank(*bank);
    int near_duplicates = 0;
    for (const auto& f : report.findings)
        if (f.message.find("near-duplicate") != std::string::npos) {
            ++near_duplicates;
            CHECK(f.problem_id == "c");
            CHECK(f.message.find("\"Window-Functions\" is a near-duplicate of \"window-function\"") != std::string::npos);
        }
    CHECK(near_duplicates == 1);
}
