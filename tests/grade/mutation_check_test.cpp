#include <doctest/doctest.h>

#include <algorithm>

#include "bank/bank.hpp"
#include "grade/fixtures.hpp"
#include "grade/mutation_check.hpp"
#include "support/temp_dir.hpp"

using namespace prepl;
using Status = grade::MutantResult::Status;

namespace {

// A problem whose hidden data is deliberately weak: no age at the boundary 18, no NULL city.
struct WeakBank {
    test::TempDir dir;

    WeakBank() {
        const std::string schema =
            "CREATE TABLE people(id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER NOT NULL, city TEXT);\n";
        dir.write("bank/datasets/people.sql",
                  schema + "INSERT INTO people VALUES (1,'Ann',10,'Oslo'),(2,'Bob',30,'Rome'),(3,'Cy',50,'Oslo');");
        dir.write("bank/datasets/people_hidden.sql",
                  schema + "INSERT INTO people VALUES (1,'Di',12,'Oslo'),(2,'Ed',40,'Rome');");
        dir.write("bank/sql/adults.json", R"({
          "id": "adults", "kind": "sql", "title": "Adults", "prompt": "Names of people aged 18 or more.",
          "dataset": "people", "hidden_datasets": ["people_hidden"],
          "solution": "SELECT name FROM people WHERE age >= 18 ORDER BY name;",
          "compare": {"order": "any"},
          "wrong_answers": ["SELECT name FROM people WHERE age > 20;"]
        })");
    }
    bank::Bank load() const {
        auto b = bank::load_bank(dir.path() / "bank");
        REQUIRE(b.has_value());
        REQUIRE(b->issues().empty());
        return std::move(*b);
    }
};

const grade::MutantResult* find(const grade::ProblemMutationReport& r, std::string_view description) {
    for (const auto& m : r.mutants)
        if (m.description == description) return &m;
    return nullptr;
}

}  // namespace

TEST_CASE("weak hidden data: the boundary mutant survives with a one-row distinguishing database") {
    WeakBank weak;
    const bank::Bank bank = weak.load();
    grade::Fixtures fixtures(bank);
    auto report = grade::check_mutants(*bank.find("adults"), fixtures);
    REQUIRE(report.has_value());
    // `>=` → `>` differs only for age 18, which neither dataset has (ages 10..50 above).
    const auto* boundary = find(*report, "line 1: `>=` → `>`");
    REQUIRE(boundary);
    CHECK(boundary->status == Status::survived);
    REQUIRE(boundary->witness.has_value());
    CHECK(boundary->witness->row_count() == 1);  // shrunk: one person aged 18
    CHECK(boundary->witness_inserts.find(", 18, ") != std::string::npos);
    // ORDER BY name DESC under order "any" computes the same rows: equivalent, not a survivor.
    const auto* order = find(*report, "line 1: ORDER BY `name` → `name DESC`");
    REQUIRE(order);
    CHECK(order->status == Status::equivalent);
    // `>=` → `<` style edits the sample already rejects.
    const auto* flipped = find(*report, "line 1: `18` → `19`");
    REQUIRE(flipped);
    CHECK(flipped->status == Status::survived);  // 18 vs 19: again only age 18 tells them apart
    CHECK(report->score() < 1.0);
}

TEST_CASE("the drafted hidden datasets kill every survivor once they are in the bank") {
    WeakBank weak;
    {
        const bank::Bank bank = weak.load();
        grade::Fixtures fixtures(bank);
        auto report = grade::check_mutants(*bank.find("adults"), fixtures);
        REQUIRE(report.has_value());
        REQUIRE(report->count(Status::survived) > 0);
        auto drafts = grade::draft_hidden_datasets(*bank.find("adults"), *report);
        REQUIRE(drafts.has_value());
        REQUIRE_FALSE(drafts->empty());
        std::string entries;
        for (std::size_t i = 0; i < drafts->size(); ++i) {
            weak.dir.write("bank/datasets/adults_mut" + std::to_string(i) + ".sql", (*drafts)[i].sql);
            entries += ", {\"name\": \"adults_mut" + std::to_string(i) + "\", \"purpose\": \"" + (*drafts)[i].purpose + "\"}";
            CHECK_FALSE((*drafts)[i].purpose.empty());
        }
        weak.dir.write("bank/sql/adults.json", R"({
          "id": "adults", "kind": "sql", "title": "Adults", "prompt": "Names of people aged 18 or more.",
          "dataset": "people", "hidden_datasets": ["people_hidden")" + entries + R"(],
          "solution": "SELECT name FROM people WHERE age >= 18 ORDER BY name;",
          "compare": {"order": "any"},
          "wrong_answers": ["SELECT name FROM people WHERE age > 20;"]
        })");
    }
    const bank::Bank bank = weak.load();
    grade::Fixtures fixtures(bank);
    auto after = grade::check_mutants(*bank.find("adults"), fixtures);
    REQUIRE(after.has_value());
    CHECK(after->count(Status::survived) == 0);
    CHECK(after->score() == 1.0);
    CHECK(after->count(Status::equivalent) > 0);  // still counted, never reported as survivors
}

TEST_CASE("a listed wrong answer the datasets accept is a survivor too") {
    WeakBank weak;
    weak.dir.write("bank/sql/adults.json", R"({
      "id": "adults", "kind": "sql", "title": "Adults", "prompt": "Names of people aged 18 or more.",
      "dataset": "people", "solution": "SELECT name FROM people WHERE age >= 18;",
      "wrong_answers": ["SELECT name FROM people WHERE age >= 18 AND city IS NOT NULL;"]
    })");
    const bank::Bank bank = weak.load();
    grade::Fixtures fixtures(bank);
    auto report = grade::check_mutants(*bank.find("adults"), fixtures);
    REQUIRE(report.has_value());
    const auto* wrong = find(*report, "wrong_answers[0]");
    REQUIRE(wrong);
    CHECK(wrong->status == Status::survived);  // no NULL city in the data; the fuzzer draws one
    CHECK(wrong->witness_inserts.find("NULL") != std::string::npos);
}
