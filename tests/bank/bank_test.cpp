#include <doctest/doctest.h>

#include <cstdio>

#include "bank/bank.hpp"
#include "bank/problem_schema.hpp"
#include "support/temp_dir.hpp"

using prepl::bank::load_bank;
using prepl::test::TempDir;

namespace {

const char* k_good_sql = R"({
  "id": "count-users", "kind": "sql", "title": "Count users", "prompt": "How many users?",
  "dataset": "tiny", "solution": "SELECT COUNT(*) AS n FROM users;",
  "compare": {"order": ["n desc"], "rows": "set", "tolerance": 0.01}
})";

void write_tiny_dataset(const TempDir& dir) {
    dir.write("bank/datasets/tiny.sql", "CREATE TABLE users(id INTEGER); INSERT INTO users VALUES (1),(2);");
}

}  // namespace

TEST_CASE("a valid SQL problem loads with its compare options") {
    TempDir dir;
    write_tiny_dataset(dir);
    dir.write("bank/sql/count-users.json", k_good_sql);
    auto bank = load_bank(dir.path() / "bank");
    REQUIRE(bank.has_value());
    CHECK(bank->issues().empty());
    const auto* p = bank->find("count-users");
    REQUIRE(p != nullptr);
    REQUIRE(p->sql() != nullptr);
    CHECK(p->sql()->dataset == "tiny");
    CHECK(p->sql()->compare.order == prepl::bank::CompareSpec::Order::by_columns);
    CHECK(p->sql()->compare.order_columns == std::vector<std::string>{"n desc"});
    CHECK(p->sql()->compare.rows_as_set);
    CHECK(p->sql()->compare.tolerance == doctest::Approx(0.01));
    CHECK(p->difficulty == "medium");  // default
}

TEST_CASE("a JSON syntax error names the file and line, and the other problems still load") {
    TempDir dir;
    write_tiny_dataset(dir);
    dir.write("bank/sql/count-users.json", k_good_sql);
    dir.write("bank/sql/broken.json", "{\n  \"id\": \"broken\",\n  \"kind\": \"sql\",,\n}");
    auto bank = load_bank(dir.path() / "bank");
    REQUIRE(bank.has_value());
    CHECK(bank->problems().size() == 1);
    REQUIRE(bank->issues().size() == 1);
    const std::string msg = bank->issues()[0].to_string();
    CHECK(msg.find("broken.json") != std::string::npos);
    CHECK(msg.find("line 3") != std::string::npos);
}

TEST_CASE("a schema violation is reported with its JSON pointer") {
    TempDir dir;
    write_tiny_dataset(dir);
    dir.write("bank/sql/bad-order.json", R"({"id": "bad-order", "kind": "sql", "title": "t", "prompt": "p",
      "dataset": "tiny", "solution": "SELECT 1;", "compare": {"order": "sorted"}})");
    auto bank = load_bank(dir.path() / "bank");
    REQUIRE(bank.has_value());
    REQUIRE(bank->issues().size() == 1);
    CHECK(bank->issues()[0].location == "/compare/order");
    CHECK(bank->problems().empty());
}

TEST_CASE("a missing required field, a misspelt field and a wrong kind are schema errors") {
    using prepl::bank::check_against_schema;
    nlohmann::json base = nlohmann::json::parse(k_good_sql);
    auto no_prompt = base;
    no_prompt.erase("prompt");
    CHECK_FALSE(check_against_schema(no_prompt).empty());
    auto typo = base;
    typo["hintz"] = nlohmann::json::array();
    CHECK_FALSE(check_against_schema(typo).empty());
    auto kind = base;
    kind["kind"] = "essay";
    CHECK_FALSE(check_against_schema(kind).empty());
    auto both = base;
    both["setup"] = "CREATE TABLE t(x);";
    CHECK_FALSE(check_against_schema(both).empty());  // dataset and setup are exclusive
    CHECK(check_against_schema(base).empty());
}

TEST_CASE("an id that differs from the file name is rejected with the fix") {
    TempDir dir;
    write_tiny_dataset(dir);
    dir.write("bank/sql/other-name.json", k_good_sql);
    auto bank = load_bank(dir.path() / "bank");
    REQUIRE(bank->issues().size() == 1);
    CHECK(bank->issues()[0].message.find("rename the file") != std::string::npos);
}

TEST_CASE("a missing dataset names the expected path") {
    TempDir dir;
    dir.write("bank/sql/count-users.json", k_good_sql);
    auto bank = load_bank(dir.path() / "bank");
    REQUIRE(bank->issues().size() == 1);
    CHECK(bank->issues()[0].location == "/dataset");
    CHECK(bank->issues()[0].message.find("tiny.sql") != std::string::npos);
}

TEST_CASE("duplicate ids keep the first file and report the second") {
    TempDir dir;
    write_tiny_dataset(dir);
    dir.write("bank/a/count-users.json", k_good_sql);
    dir.write("bank/b/count-users.json", k_good_sql);
    auto bank = load_bank(dir.path() / "bank");
    CHECK(bank->problems().size() == 1);
    REQUIRE(bank->issues().size() == 1);
    CHECK(bank->issues()[0].message.find("duplicate id") != std::string::npos);
}

TEST_CASE("schema.json is not a problem and a missing folder is an error") {
    TempDir dir;
    dir.write("bank/schema.json", "{}");
    auto bank = load_bank(dir.path() / "bank");
    REQUIRE(bank.has_value());
    CHECK(bank->issues().empty());
    CHECK_FALSE(load_bank(dir.path() / "nope").has_value());
}

TEST_CASE("similar ids suggest what the user meant") {
    TempDir dir;
    write_tiny_dataset(dir);
    dir.write("bank/sql/count-users.json", k_good_sql);
    auto bank = load_bank(dir.path() / "bank");
    CHECK(bank->similar_ids("count-user") == std::vector<std::string>{"count-users"});
    CHECK(bank->similar_ids("zzzzzzzzzzzz").empty());
}

TEST_CASE("a number too big for a double is a load issue naming the file, not a crash") {
    // Found by the bank_file fuzz target (tests/fuzz/corpus/bank_file/number_overflow.json):
    // nlohmann throws out_of_range 406, not parse_error, for a number past DBL_MAX.
    TempDir dir;
    write_tiny_dataset(dir);
    dir.write("bank/sql/count-users.json", k_good_sql);
    dir.write("bank/sql/huge.json", R"({"id": "huge", "kind": "sql", "target_minutes": 1e999})");
    auto bank = load_bank(dir.path() / "bank");
    REQUIRE(bank.has_value());
    CHECK(bank->problems().size() == 1);
    REQUIRE(bank->issues().size() == 1);
    CHECK(bank->issues()[0].to_string().find("huge.json") != std::string::npos);
}

TEST_CASE("a large bank (loaded on several threads) keeps every problem and reports its issues in file order") {
    TempDir dir;
    write_tiny_dataset(dir);
    // 300 files: every 7th is broken JSON, every 11th (not 7th) names a missing dataset.
    std::size_t good = 0;
    std::vector<std::string> broken;
    for (int i = 0; i < 300; ++i) {
        char id[32];
        std::snprintf(id, sizeof id, "p%03d", i);
        const std::string file = std::string("bank/sql/") + id + ".json";
        if (i % 7 == 0) {
            dir.write(file, "{ not json");
            broken.push_back(id);
        } else if (i % 11 == 0) {
            dir.write(file, std::string(R"({"id": ")") + id + R"(", "kind": "sql", "title": "t", "prompt": "p",
              "dataset": "nowhere", "solution": "SELECT 1;"})");
            broken.push_back(id);
        } else {
            dir.write(file, std::string(R"({"id": ")") + id + R"(", "kind": "sql", "title": "t", "prompt": "p",
              "dataset": "tiny", "solution": "SELECT 1;"})");
            ++good;
        }
    }
    auto bank = load_bank(dir.path() / "bank");
    REQUIRE(bank.has_value());
    CHECK(bank->problems().size() == good);
    REQUIRE(bank->issues().size() == broken.size());
    for (std::size_t k = 0; k < broken.size(); ++k)
        CHECK(bank->issues()[k].file.stem().string() == broken[k]);  // in file order, one each
    for (std::size_t k = 1; k < bank->problems().size(); ++k)
        CHECK(bank->problems()[k - 1].id < bank->problems()[k].id);
}
