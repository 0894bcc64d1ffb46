#include "grade/numeric/expression.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <string>

using prepl::grade::numeric::Expression;
using prepl::grade::numeric::ParamSet;

namespace {

double eval(const std::string& text, const ParamSet& scope = {}) {
    auto e = Expression::parse(text);
    REQUIRE_MESSAGE(e.has_value(), (e ? "" : e.error().message));
    auto v = e->evaluate(scope);
    REQUIRE_MESSAGE(v.has_value(), (v ? "" : v.error().message));
    return *v;
}

std::string parse_error(const std::string& text) {
    auto e = Expression::parse(text);
    REQUIRE_FALSE(e.has_value());
    return e.error().message;
}

std::string eval_error(const std::string& text, const ParamSet& scope = {}) {
    auto e = Expression::parse(text);
    REQUIRE(e.has_value());
    auto v = e->evaluate(scope);
    REQUIRE_FALSE(v.has_value());
    return v.error().message;
}

}  // namespace

TEST_CASE(
    "arithmetic follows the usual precedence; ^ is right-associative and binds tighter than unary "
    "minus") {
    CHECK(eval("1 + 2 * 3") == 7);
    CHECK(eval("(1 + 2) * 3") == 9);
    CHECK(eval("10 - 4 - 3") == 3);
    CHECK(eval("2 ^ 3 ^ 2") == 512);  // 2^(3^2)
    CHECK(eval("-2 ^ 2") == -4);      // -(2^2), as in mathematics
    CHECK(eval("2 ^ -1") == 0.5);
    CHECK(eval("--3") == 3);
    CHECK(eval(".5 + 1e-3") == doctest::Approx(0.501));
}

TEST_CASE("names are looked up in the scope") {
    ParamSet scope;
    scope.set("n1", 10000.0);
    scope.set("p1", 0.04);
    CHECK(eval("round(n1 * p1)", scope) == 400);
    CHECK(eval("n1 * p1 * (1 + 0.1)", scope) == doctest::Approx(440));
}

TEST_CASE("functions: round with decimals, floor, ceil, sqrt, exp, log, abs, min, max") {
    CHECK(eval("round(2.5)") == 3);  // half away from zero
    CHECK(eval("round(-2.5)") == -3);
    CHECK(eval("round(0.12345, 3)") == doctest::Approx(0.123));
    CHECK(eval("floor(-1.5)") == -2);
    CHECK(eval("ceil(1.2)") == 2);
    CHECK(eval("sqrt(16)") == 4);
    CHECK(eval("log(exp(2))") == doctest::Approx(2));
    CHECK(eval("abs(-3)") == 3);
    CHECK(eval("min(3, 1, 2)") == 1);
    CHECK(eval("max(3, 1, 2)") == 3);
}

TEST_CASE("list params work in sum, mean, count, sd, min and max (extension)") {
    ParamSet scope;
    scope.set("x", std::vector<double>{2, 4, 4, 4, 5, 5, 7, 9});
    CHECK(eval("sum(x)", scope) == 40);
    CHECK(eval("mean(x)", scope) == 5);
    CHECK(eval("count(x)", scope) == 8);
    // Sample sd of this textbook set: sum of squared deviations 32, / 7.
    CHECK(eval("sd(x)", scope) == doctest::Approx(std::sqrt(32.0 / 7.0)));
    CHECK(eval("max(x)", scope) == 9);
    CHECK(eval_error("x + 1", scope).find("x is a list") != std::string::npos);
}

TEST_CASE("parse errors name the position") {
    CHECK(parse_error("1 +") ==
          "position 4: expected a number, a name or '(' but the expression ended");
    CHECK(parse_error("(1 + 2").find("position 7: expected ')'") != std::string::npos);
    CHECK(parse_error("2 * # 3").find("position 5: unexpected '#'") != std::string::npos);
    CHECK(parse_error("1 2").find("position 3") != std::string::npos);
    CHECK(parse_error(std::string(1000, '(') + "1" + std::string(1000, ')'))
              .find("nested too deeply") != std::string::npos);
}

TEST_CASE("evaluation errors name the position and the cause") {
    CHECK(eval_error("1 / (2 - 2)") == "position 3: division by zero");
    CHECK(eval_error("3 * nn") == "position 5: unknown name nn");
    CHECK(eval_error("sqrt(-1)").find("sqrt of a negative") != std::string::npos);
    CHECK(eval_error("log(0)").find("not positive") != std::string::npos);
    CHECK(eval_error("foo(1)").find("unknown function foo()") != std::string::npos);
    CHECK(eval_error("round(1, 2, 3)").find("takes 1 to 2 arguments") != std::string::npos);
    ParamSet scope;
    scope.set("label", std::string("treatment"));
    CHECK(eval_error("label * 2", scope).find("label is text") != std::string::npos);
}

TEST_CASE("names() lists the names read, once each, not function names") {
    auto e = Expression::parse("round(n2 * p1 * (1 + lift)) + n2");
    REQUIRE(e.has_value());
    CHECK(e->names() == std::vector<std::string>{"n2", "p1", "lift"});
}
