#include "grade/numeric/params.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <set>

#include "bank/bank.hpp"
#include "grade/numeric/numeric_spec.hpp"
#include "support/temp_dir.hpp"

using namespace prepl::grade::numeric;
using prepl::test::TempDir;

namespace {

// A bank file, so params keep their file order (the loader records it).
const char* k_seeded = R"json({
  "id": "seeded", "kind": "numeric", "title": "t", "prompt": "{n} users, rate {p}, {label}, sizes {sizes}",
  "params": {
    "n": {"int": [9000, 12000]},
    "p": {"uniform": [0.03, 0.05], "round": 4},
    "h": {"normal": [100, 15], "round": 1},
    "lift": {"choice": [0.05, 0.08, 0.1]},
    "label": {"choice": ["A", "B"]},
    "sizes": {"list": {"n": 5, "int": [1, 6]}},
    "x": {"expr": "round(n * p)"},
    "alpha": 0.05
  },
  "answers": [{"name": "a", "expr": "x / n"}]
})json";

struct Loaded {
    TempDir dir;
    prepl::bank::Bank bank;
};

NumericSpec spec_of(const char* json, const char* id, TempDir& dir) {
    dir.write(std::string("bank/") + id + ".json", json);
    auto bank = prepl::bank::load_bank(dir.path() / "bank");
    REQUIRE(bank.has_value());
    REQUIRE_MESSAGE(bank->issues().empty(),
                    (bank->issues().empty() ? "" : bank->issues()[0].to_string()));
    auto spec = parse_numeric_spec(*bank->find(id));
    REQUIRE_MESSAGE(spec.has_value(), (spec ? "" : spec.error().message));
    return *spec;
}

double number(const ParamSet& set, const char* name) { return std::get<double>(*set.find(name)); }

}  // namespace

TEST_CASE("the same seed draws the same params; different seeds draw different ones") {
    TempDir dir;
    const NumericSpec spec = spec_of(k_seeded, "seeded", dir);
    auto a = draw_params(spec, 42, "seeded"), b = draw_params(spec, 42, "seeded"),
         c = draw_params(spec, 43, "seeded");
    REQUIRE(a.has_value());
    REQUIRE(c.has_value());
    CHECK(a->entries() == b->entries());
    CHECK(a->entries() != c->entries());
    // The problem id is part of the seed: another problem with the same seed gets other numbers.
    CHECK(draw_params(spec, 42, "other-problem")->entries() != a->entries());
}

TEST_CASE("draws stay in range, round as asked and keep file order") {
    TempDir dir;
    const NumericSpec spec = spec_of(k_seeded, "seeded", dir);
    std::set<double> lifts;
    for (std::uint64_t seed = 0; seed < 200; ++seed) {
        auto p = draw_params(spec, seed, "seeded");
        REQUIRE(p.has_value());
        const double n = number(*p, "n"), rate = number(*p, "p");
        CHECK(n >= 9000);
        CHECK(n <= 12000);
        CHECK(n == std::trunc(n));
        CHECK(rate >= 0.03);
        CHECK(rate <= 0.05);
        CHECK(std::abs(rate * 10000 - std::round(rate * 10000)) < 1e-6);  // 4 decimals
        CHECK(number(*p, "x") == std::round(n * rate));
        lifts.insert(number(*p, "lift"));
        const auto& sizes = std::get<std::vector<double>>(*p->find("sizes"));
        CHECK(sizes.size() == 5);
        for (double s : sizes) CHECK((s >= 1 && s <= 6 && s == std::trunc(s)));
        CHECK(number(*p, "alpha") == 0.05);
        CHECK(p->entries().front().first == "n");
        CHECK(p->entries().back().first == "alpha");
    }
    CHECK(lifts == std::set<double>{0.05, 0.08, 0.1});  // every choice comes up in 200 draws
}

TEST_CASE("the normal draw has roughly its mean and sd") {
    TempDir dir;
    const NumericSpec spec = spec_of(k_seeded, "seeded", dir);
    double sum = 0, squares = 0;
    const int n = 2000;
    for (int seed = 0; seed < n; ++seed) {
        const double h =
            number(*draw_params(spec, static_cast<std::uint64_t>(seed), "seeded"), "h");
        sum += h;
        squares += h * h;
    }
    const double mean = sum / n, sd = std::sqrt(squares / n - mean * mean);
    CHECK(mean == doctest::Approx(100).epsilon(
                      0.02));  // standard error of the mean is 15/sqrt(2000) = 0.34
    CHECK(sd == doctest::Approx(15).epsilon(0.08));
}

TEST_CASE("an expr may only use params declared above it") {
    TempDir dir;
    dir.write("bank/later.json", R"({"id": "later", "kind": "numeric", "title": "t", "prompt": "p",
      "params": {"x": {"expr": "n * 2"}, "n": 10}, "answers": [{"name": "a", "expr": "x"}]})");
    auto bank = prepl::bank::load_bank(dir.path() / "bank");
    REQUIRE(bank.has_value());
    auto spec = parse_numeric_spec(*bank->find("later"));
    REQUIRE_FALSE(spec.has_value());
    CHECK(spec.error().message ==
          "/params/x/expr: n is declared later; params and answers are evaluated in the order "
          "written, so move it above");
}

TEST_CASE("substitute fills {name}, {=answer}, and {{ }} escapes") {
    ParamSet params, answers;
    params.set("n", 10000.0);
    params.set("p", 0.0425);
    params.set("label", std::string("treatment"));
    params.set("x", std::vector<double>{1, 2.5, 3});
    answers.set("z", 2.383995132840505);
    auto out =
        substitute("{label}: {n} users at {p}; x = {x}; z = {=z}; set {{a}}", params, answers);
    REQUIRE(out.has_value());
    CHECK(*out == "treatment: 10000 users at 0.0425; x = 1, 2.5, 3; z = 2.384; set {a}");
    CHECK(substitute("{nn}", params).error().message.find("position 1: {nn} names no param") !=
          std::string::npos);
    CHECK(substitute("{=z}", params).error().message.find("only the explanation") !=
          std::string::npos);
    CHECK_FALSE(substitute("a } b", params).has_value());
    CHECK_FALSE(substitute("a { b", params).has_value());
}

TEST_CASE("format_significant keeps d significant digits without noise") {
    CHECK(format_significant(0.065043, 4) == "0.06504");
    CHECK(format_significant(0.0650, 4) == "0.065");
    CHECK(format_significant(12345.6, 4) == "12350");
    CHECK(format_significant(2.383995132840505, 6) == "2.384");
    CHECK(format_significant(-1.5, 6) == "-1.5");
    CHECK(format_number(10000) == "10000");
    CHECK(format_number(0.0425) == "0.0425");
}
