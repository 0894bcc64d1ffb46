// The example graders under graders/examples, run as the grading layer would, with fake bridges.
#include "build_info.hpp"
#include <doctest/doctest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "lua/grader_host.hpp"

using namespace prepl::lua;
using nlohmann::json;

namespace {

const std::filesystem::path k_graders = std::filesystem::path(prepl::build::source_dir()) / "graders";

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

GraderOutcome run_example(const std::string& name, const json& answer, GraderContext ctx) {
    ctx.lib_dir = k_graders / "lib";
    return run_grader(read_file(k_graders / "examples" / name), "graders/examples/" + name, answer, ctx);
}

// Pooled two-proportion z statistic, the textbook formula the real solver implements.
prepl::util::Result<json> fake_solve(std::string_view solver, const json& a) {
    if (solver != "two_proportion_ztest") return prepl::util::fail(prepl::util::Error::missing("no solver"));
    const double x1 = a["x1"], n1 = a["n1"], x2 = a["x2"], n2 = a["n2"];
    const double pooled = (x1 + x2) / (n1 + n2);
    const double se = std::sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
    return json{{"z", (x1 / n1 - x2 / n2) / se}};
}

}  // namespace

TEST_CASE("example SQL grader: window function and unique session ids") {
    GraderContext ctx;
    ctx.user = json::parse(R"({"columns":["session_id","pages"],"rows":[[1,3],[2,5],[3,1]]})");
    const std::string window_sql =
        "SELECT session_id, pages FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY session_id) AS rn FROM hits) WHERE rn = 1";
    auto out = run_example("sql_window_sessions.lua", window_sql, ctx);
    REQUIRE(out.status == GraderOutcome::Status::ok);
    CHECK(out.score == 2);
    CHECK(out.max == 2);
    CHECK(out.verdict == "accepted");

    // Wrong: GROUP BY without a window, and a duplicated session in the result.
    ctx.user = json::parse(R"({"columns":["session_id","pages"],"rows":[[1,3],[1,5],[3,1]]})");
    out = run_example("sql_window_sessions.lua", "SELECT session_id, pages FROM hits", ctx);
    REQUIRE(out.status == GraderOutcome::Status::ok);
    CHECK(out.score == 0);
    CHECK(out.verdict == "rejected");
    REQUIRE(out.feedback.size() == 2);
    CHECK(out.feedback[1] == "session_id 1 appears more than once");
}

TEST_CASE("example numeric grader: z of a two-proportion test via ctx.solve") {
    GraderContext ctx;
    ctx.params = json::parse(R"({"x1":120,"n1":1000,"x2":150,"n2":1000})");
    ctx.bridges.solve = fake_solve;
    // z = (0.12 - 0.15) / sqrt(0.135 * 0.865 * (2/1000)) = -1.963 (worked by hand).
    auto out = run_example("numeric_two_proportion.lua", "z = -1.963", ctx);
    REQUIRE(out.status == GraderOutcome::Status::ok);
    CHECK(out.score == 1);
    CHECK(out.verdict == "accepted");

    out = run_example("numeric_two_proportion.lua", "-2.5", ctx);
    REQUIRE(out.status == GraderOutcome::Status::ok);
    CHECK(out.score == 0);
    CHECK(out.verdict == "rejected");
    CHECK(out.details["expected_z"].get<double>() == doctest::Approx(-1.963).epsilon(1e-3));

    out = run_example("numeric_two_proportion.lua", "I am not sure", ctx);
    REQUIRE(out.status == GraderOutcome::Status::ok);
    CHECK(out.score == 0);
}
