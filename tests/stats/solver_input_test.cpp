#include "stats/solver_input.hpp"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <vector>

using namespace prepl::stats;
using nlohmann::json;

namespace {

const SolverInfo& solver(std::string_view name) {
    const SolverInfo* info = find_solver(name);
    REQUIRE(info != nullptr);
    return *info;
}

}  // namespace

TEST_CASE("parse_key_values reads numbers, lists and tables, and fills defaults") {
    auto welch = parse_key_values(solver("welch_ttest"), {"mean1=5.1", "sd1=2.3", "n1=400",
                                                          "mean2=5.4", "sd2=2.9", "n2=380"});
    REQUIRE(welch);
    CHECK(std::get<double>(welch->at("n2")) == 380);

    auto z = parse_key_values(solver("sample_size_proportions"), {"baseline=0.1", "mde=1e-2"});
    REQUIRE(z);
    CHECK(std::get<double>(z->at("mde")) == 0.01);
    CHECK(std::get<double>(z->at("alpha")) == 0.05);  // default
    CHECK(std::get<double>(z->at("power")) == 0.8);   // default

    auto list = parse_key_values(solver("mann_whitney_u"), {"x=1,2,3", "y=4"});
    REQUIRE(list);
    CHECK(std::get<Vector>(list->at("x")) == Vector{1, 2, 3});
    CHECK(std::get<Vector>(list->at("y")) == Vector{4});

    auto table = parse_key_values(solver("chi_square_independence"), {"table=10,20;30,40"});
    REQUIRE(table);
    CHECK(std::get<Matrix>(table->at("table")) == Matrix{{10, 20}, {30, 40}});
}

TEST_CASE("parse_key_values errors name the key") {
    const auto& ztest = solver("two_proportion_ztest");
    auto no_equals = parse_key_values(ztest, {"x1"});
    REQUIRE_FALSE(no_equals);
    CHECK(no_equals.error().message == "expected key=value, got 'x1' (e.g. n1=400)");

    auto not_number = parse_key_values(ztest, {"x1=abc"});
    REQUIRE_FALSE(not_number);
    CHECK(not_number.error().message == "x1 must be a number, got 'abc'");

    auto list_for_number = parse_key_values(ztest, {"x1=1,2"});
    REQUIRE_FALSE(list_for_number);
    CHECK(list_for_number.error().message == "x1 must be a single number, got '1,2'");

    auto twice = parse_key_values(ztest, {"x1=1", "x1=2"});
    REQUIRE_FALSE(twice);
    CHECK(twice.error().message == "x1 is given twice");

    auto unknown = parse_key_values(ztest, {"xl=1"});
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().message.starts_with(
        "two_proportion_ztest has no input 'xl' (did you mean x1"));

    auto missing = parse_key_values(ztest, {"x1=1", "n1=10", "x2=1"});
    REQUIRE_FALSE(missing);
    CHECK(missing.error().message == "two_proportion_ztest needs input 'n2' (trials in group 2)");

    auto nan = parse_key_values(ztest, {"x1=nan", "n1=10", "x2=1", "n2=10"});
    REQUIRE_FALSE(nan);
    CHECK(nan.error().message == "x1 must hold finite numbers (no NaN or infinity)");

    auto empty_item = parse_key_values(solver("describe"), {"values=1,,3"});
    REQUIRE_FALSE(empty_item);
    CHECK(empty_item.error().message == "values must be a number, got ''");
}

TEST_CASE("CLI tokens, JSON and back give the same Args") {
    const auto& info = solver("chi_square_independence");
    auto from_cli = parse_key_values(info, {"table=10,20,30;20,25,15"});
    REQUIRE(from_cli);
    const json as_json = args_to_json(*from_cli);
    CHECK(as_json == json::parse(R"({"table": [[10, 20, 30], [20, 25, 15]]})"));
    auto from_json = args_from_json(info, as_json);
    REQUIRE(from_json);
    CHECK(*from_json == *from_cli);

    const auto& boot = solver("bootstrap_ci");
    auto cli = parse_key_values(boot, {"values=1.5,2.5,4", "seed=7"});
    REQUIRE(cli);
    auto round_trip = args_from_json(boot, args_to_json(*cli));
    REQUIRE(round_trip);
    CHECK(*round_trip == *cli);
}

TEST_CASE("args_from_json checks the object, the keys and the shapes") {
    const auto& info = solver("mann_whitney_u");
    auto ok = args_from_json(info, json::parse(R"({"x": [1, 2], "y": 3})"));
    REQUIRE(ok);
    CHECK(std::get<Vector>(ok->at("y")) == Vector{3});

    auto not_object = args_from_json(info, json::parse("[1, 2]"));
    REQUIRE_FALSE(not_object);
    CHECK(not_object.error().message == "mann_whitney_u inputs must be a JSON object, got [1,2]");

    auto wrong_type = args_from_json(info, json::parse(R"({"x": "1,2", "y": [3]})"));
    REQUIRE_FALSE(wrong_type);
    CHECK(wrong_type.error().message == "x must be a list of numbers, got \"1,2\"");

    auto unknown = args_from_json(info, json::parse(R"({"x": [1], "y": [2], "z": [3]})"));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().message.starts_with("mann_whitney_u has no input 'z'"));
}

TEST_CASE("outputs_to_json writes numbers and lists by name") {
    auto outputs = solve("holm", {{"p_values", Vector{0.01, 0.04}}});
    REQUIRE(outputs);
    CHECK(outputs_to_json(*outputs) ==
          json::parse(R"({"adjusted": [0.02, 0.04], "rejected": [1, 1]})"));
}
