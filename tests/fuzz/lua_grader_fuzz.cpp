// Fuzz target: arbitrary grader source in the Lua host (lua/grader_host). Input: the Lua source
// (text; binary chunks are refused by the host). It runs with a small budget against a fixed
// answer and ctx whose bridges answer. Invariants: run_grader returns (no crash, no throw, no
// sanitizer report) and an ok outcome has a finite score within 0..max.
#include <chrono>
#include <cmath>

#include "fuzz_support.hpp"
#include "lua/grader_host.hpp"

using namespace prepl;
using nlohmann::json;

namespace {
const lua::GraderContext& context() {
    static const lua::GraderContext ctx = [] {
        lua::GraderContext c;
        c.problem = json{{"id", "fuzz"}, {"kind", "case"}, {"tags", json::array({"a", "b"})}};
        c.params = json{{"n", 10}, {"label", "x"}};
        c.user = json{{"columns", json::array({"a", "b"})}, {"rows", json::array({json::array({1, "x"}), json::array({nullptr, 2.5})})}};
        c.reference = c.user;
        c.bridges.query = [](std::string_view sql) -> util::Result<json> {
            if (sql.size() > 64) return util::fail(util::Error::invalid("query too long"));
            return json{{"columns", json::array({"q"})}, {"rows", json::array({json::array({std::string(sql)})})}};
        };
        c.bridges.solve = [](std::string_view, const json& args) -> util::Result<json> {
            return json{{"value", args.size()}};
        };
        c.bridges.compare = [](const json& a, const json& b, const json&) {
            return json{{"equal", a == b}};
        };
        c.lib_dir = fuzz::source_dir() / "graders" / "lib";
        return c;
    }();
    return ctx;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size > (16u << 10)) return 0;
    lua::LuaLimits limits;
    limits.memory_bytes = 16u << 20;
    limits.time_budget = std::chrono::milliseconds(100);
    static const json answer = json{{"summary", "retention fell"}, {"unit", json::array({0, 2})}};
    const auto outcome = lua::run_grader(fuzz::as_text(data, size), "graders/fuzz.lua", answer, context(), limits);
    if (outcome.status == lua::GraderOutcome::Status::ok &&
        (!std::isfinite(outcome.score) || outcome.score < 0 || outcome.score > outcome.max))
        fuzz::fail("grader outcome ok with a score out of range");
    return 0;
}
