#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "lua/grader_host.hpp"
#include "lua/lua_test_support.hpp"

using namespace prepl::lua;
using namespace prepl::lua::testing;
using nlohmann::json;

namespace {

struct TempLibDir {
    std::filesystem::path root;
    TempLibDir() {
        root = std::filesystem::temp_directory_path() / ("prepl-lua-test-" + std::to_string(::getpid()));
        std::filesystem::create_directories(root / "graders" / "lib");
    }
    ~TempLibDir() { std::filesystem::remove_all(root); }
    std::filesystem::path lib() const { return root / "graders" / "lib"; }
    void write(const std::string& name, const std::string& text) const {
        std::ofstream(lib() / name) << text;
    }
};

}  // namespace

TEST_CASE("a normal grader returns score, max and feedback") {
    const auto out = grade(R"lua(
        return function(answer, ctx)
          local ok = answer == "SELECT 1"
          return {score = ok and 2 or 0, max = 2, feedback = {"checked", "done"}, status = "accepted"}
        end)lua", "SELECT 1");
    REQUIRE(out.status == GraderOutcome::Status::ok);
    CHECK(out.score == 2);
    CHECK(out.max == 2);
    CHECK(out.feedback == std::vector<std::string>{"checked", "done"});
    CHECK(out.verdict == "accepted");
    CHECK(out.details == json::object());
}

TEST_CASE("extra result fields come back as JSON details") {
    const auto out = grade(R"lua(
        return function()
          return {score = 1, max = 3, feedback = "one line",
                  criteria = {{name = "window", points = 1}, {name = "dedupe", points = 0}},
                  note = {a = 1.5, b = true}}
        end)lua");
    REQUIRE(out.status == GraderOutcome::Status::ok);
    CHECK(out.feedback == std::vector<std::string>{"one line"});
    CHECK(out.details["criteria"] == json::parse(R"([{"name":"window","points":1},{"name":"dedupe","points":0}])"));
    CHECK(out.details["note"] == json::parse(R"({"a":1.5,"b":true})"));
}

TEST_CASE("answers arrive as Lua values: strings, and objects/arrays as tables") {
    const auto out = grade(R"lua(
        return function(answer)
          local ok = answer.parts[1] == "a" and answer.parts[2] == "b" and #answer.parts == 2
                     and answer.confidence == 0.9
          return {score = ok and 1 or 0, max = 1}
        end)lua", json::parse(R"({"parts":["a","b"],"confidence":0.9})"));
    REQUIRE(out.status == GraderOutcome::Status::ok);
    CHECK(out.score == 1);
}

TEST_CASE("ctx fields are readable, nested tables too, and JSON null in rows is ctx.null") {
    GraderContext ctx;
    ctx.problem = json::parse(R"({"id":"p1","tags":["window","join"]})");
    ctx.params = json::parse(R"({"n":10})");
    ctx.user = json::parse(R"({"columns":["id","v"],"rows":[[1,null],[2,"x"]]})");
    const auto out = grade(R"lua(
        return function(answer, ctx)
          local fb = {}
          local ok = ctx.problem.id == "p1" and #ctx.problem.tags == 2 and ctx.params.n == 10
            and ctx.user.rows[1][2] == ctx.null and #ctx.user.rows[1] == 2
            and table.concat(ctx.problem.tags, ",") == "window,join"
            and ctx.reference == nil and ctx.problem == ctx.problem
          local n = 0
          for _, row in ipairs(ctx.user.rows) do n = n + 1 end
          for k, v in pairs(ctx.params) do fb[#fb+1] = k .. "=" .. v end
          return {score = (ok and n == 2) and 1 or 0, max = 1, feedback = fb}
        end)lua", "", ctx);
    REQUIRE(out.status == GraderOutcome::Status::ok);
    CHECK(out.score == 1);
    CHECK(out.feedback == std::vector<std::string>{"n=10"});
}

TEST_CASE("ctx rejects writes, at the top level and nested, and its metatable is locked") {
    GraderContext ctx;
    ctx.problem = json::parse(R"({"id":"p1","tags":["a"]})");
    for (const char* attack : {"ctx.user = {}", "ctx.problem.id = 'x'", "ctx.problem.tags[1] = 'b'",
                               "table.insert(ctx.problem.tags, 'b')", "rawset(ctx, 'user', 1)",
                               "setmetatable(ctx, nil)"}) {
        CAPTURE(attack);
        const auto out = grade(std::string("return function(a, ctx) ") + attack +
                                   " return {score=1, max=1} end",
                               "", ctx);
        CHECK(out.status == GraderOutcome::Status::error);
        CHECK((contains(out.error, "read-only") || contains(out.error, "protected metatable")));
    }
    const auto out = grade("return function(a, ctx) return {score=1, max=1, mt=getmetatable(ctx)} end", "", ctx);
    CHECK(out.details["mt"] == "read-only");
}

TEST_CASE("ctx.query, ctx.solve and ctx.compare call the bridges") {
    GraderContext ctx;
    std::string seen_sql, seen_solver;
    json seen_args, seen_compare;
    ctx.bridges.query = [&](std::string_view sql) -> prepl::util::Result<json> {
        seen_sql = sql;
        if (sql == "bad") return prepl::util::fail(prepl::util::Error::invalid("near \"bad\": syntax error"));
        return json::parse(R"({"columns":["n"],"rows":[[42]]})");
    };
    ctx.bridges.solve = [&](std::string_view solver, const json& args) -> prepl::util::Result<json> {
        seen_solver = solver;
        seen_args = args;
        return json::parse(R"({"z":2.5,"p_value":0.0124})");
    };
    ctx.bridges.compare = [&](const json& a, const json& b, const json& opts) {
        seen_compare = json::array({a, b, opts});
        return json::parse(R"({"equal":true})");
    };
    ctx.user = json::parse(R"({"columns":["n"],"rows":[[42]]})");
    const auto out = grade(R"lua(
        return function(answer, ctx)
          local r = ctx.query("SELECT 42 AS n")
          local none, err = ctx.query("bad")
          local s = ctx.solve("two_proportion_ztest", {x1 = 1, n1 = 2, list = {1, 2}})
          local c = ctx.compare(ctx.user, {columns = {"n"}, rows = {{42}}}, {order = "any"})
          return {score = r.rows[1][1] == 42 and 1 or 0, max = 1, feedback = {err},
                  z = s.z, equal = c.equal, none = none == nil}
        end)lua", "", ctx);
    REQUIRE(out.status == GraderOutcome::Status::ok);
    CHECK(out.score == 1);
    CHECK(seen_sql == "bad");
    CHECK(out.feedback == std::vector<std::string>{"near \"bad\": syntax error"});
    CHECK(seen_solver == "two_proportion_ztest");
    CHECK(seen_args == json::parse(R"({"x1":1,"n1":2,"list":[1,2]})"));
    CHECK(out.details["z"] == 2.5);
    CHECK(out.details["equal"] == true);
    CHECK(out.details["none"] == true);
    CHECK(seen_compare == json::parse(R"([{"columns":["n"],"rows":[[42]]},{"columns":["n"],"rows":[[42]]},{"order":"any"}])"));
}

TEST_CASE("a ctx function whose bridge is empty raises a clear error") {
    const auto out = grade("return function(a, ctx) ctx.query('SELECT 1') return {score=1,max=1} end");
    REQUIRE(out.status == GraderOutcome::Status::error);
    CHECK(contains(out.error, "ctx.query is not available for this problem"));
}

TEST_CASE("bridge arguments that have no JSON form are rejected") {
    GraderContext ctx;
    ctx.bridges.solve = [](std::string_view, const json&) -> prepl::util::Result<json> { return json{}; };
    for (const char* args : {"{f = print or tostring}", "(function() local t = {} t.self = t return t end)()",
                             "{x = 0/0}"}) {
        CAPTURE(args);
        const auto out = grade(std::string("return function(a, ctx) ctx.solve('s', ") + args +
                                   ") return {score=1,max=1} end", "", ctx);
        CHECK(out.status == GraderOutcome::Status::error);
    }
}

TEST_CASE("require loads lib_dir/<name>.lua, cached, and nothing else") {
    TempLibDir dir;
    dir.write("rubric.lua", "local M = {} M.loads = (M.loads or 0) + 1 function M.double(x) return 2 * x end return M\n");
    dir.write("broken.lua", "local x = \n");
    GraderContext ctx;
    ctx.lib_dir = dir.lib();
    auto out = grade(R"lua(
        return function(a, ctx)
          local r = require "rubric"
          local again = require "rubric"
          return {score = r.double(1), max = 2, same = r == again}
        end)lua", "", ctx);
    REQUIRE(out.status == GraderOutcome::Status::ok);
    CHECK(out.score == 2);
    CHECK(out.details["same"] == true);

    for (const char* name : {"../x", "os", "io", "rubric.lua", "Rubric", "/etc/passwd", "missing"}) {
        CAPTURE(name);
        out = grade(std::string("return function() require '") + name + "' return {score=0,max=1} end", "", ctx);
        CHECK(out.status == GraderOutcome::Status::error);
    }
    out = grade("return function() require 'broken' return {score=0,max=1} end", "", ctx);
    REQUIRE(out.status == GraderOutcome::Status::error);
    CHECK(contains(out.error, "graders/lib/broken.lua:2:"));
}

TEST_CASE("errors name the grader file and line") {
    auto out = grade("return function(a, ctx)\n  local t = nil\n  return t.x\nend");
    REQUIRE(out.status == GraderOutcome::Status::error);
    CHECK(contains(out.error, "graders/test.lua:3:"));
    CHECK(contains(out.error, "attempt to index a nil value"));
}

TEST_CASE("results that break the contract are errors") {
    for (const char* body : {"return 42", "return {max = 1}", "return {score = 2, max = 1}",
                             "return {score = 1, max = 1, status = 'maybe'}",
                             "return {score = 1, max = 1, feedback = {{}}}", "return {score = 0/0, max = 1}",
                             "return {}"}) {
        CAPTURE(body);
        const auto out = grade(std::string("return function() ") + body + " end");
        CHECK(out.status == GraderOutcome::Status::error);
        CHECK(contains(out.error, "graders/test.lua"));
    }
}

TEST_CASE("a grader file that does not return a function is an error") {
    const auto out = grade("return 1");
    REQUIRE(out.status == GraderOutcome::Status::error);
    CHECK(contains(out.error, "must return a function grade(answer, ctx)"));
}

TEST_CASE("safe parts of the standard library work as usual") {
    const auto out = grade(R"lua(
        return function()
          local s = ("a,b,,c"):gsub(",", ";")
          local words = {}
          for w in ("one two  three"):gmatch("%a+") do words[#words+1] = w end
          local i, j, cap = string.find("select x over (partition", "over%s*(%()")
          local t = {3, 1, 2} table.sort(t) local r = {1, 3, 2} table.sort(r, function(a, b) return a > b end) table.insert(t, 4) table.remove(t, 1)
          local ok = s == "a;b;;c" and #words == 3 and i == 10 and cap == "(" and t[1] == 2 and r[1] == 3 and r[3] == 1
            and ("%d-%s"):format(5, "x") == "5-x" and utf8.len("héllo") == 5 and math.floor(2.5) == 2
            and string.match("key=val", "(%w+)=(%w+)") == "key" and ("x"):rep(3, ",") == "x,x,x"
            and os.time() > 0 and type(os.clock()) == "number" and collectgarbage("count") > 0
            and select(2, pcall(error, "e", 0)) == "e"
            and select(2, xpcall(error, function(m) return "handled " .. m end, "e", 0)) == "handled e"
            and select("#", xpcall(function(a, b) return a, b end, tostring, 1, 2)) == 3 and load("return 1 + 1")() == 2
            and string.gsub("hello world", "(o)", "[%1]") == "hell[o] w[o]rld"
            and string.find("a.b", ".", 1, true) == 2 and ("THE (quick) fox"):find("%f[%a]%a+", 5) == 6
            and string.match("  x  ", "^%s*(.-)%s*$") == "x" and string.gsub("abc", "", "-") == "-a-b-c-"
          return {score = ok and 1 or 0, max = 1}
        end)lua");
    REQUIRE(out.status == GraderOutcome::Status::ok);
    CHECK(out.score == 1);
}

TEST_CASE("2,000 references to one 1 MiB string are refused at the Lua -> host boundary") {
    // Issue 9 item 3: 32 KiB inside Lua, 2 GB once each reference is copied into JSON
    // (std::bad_alloc before the byte cap). Refused with a clear message in each direction out.
    const std::string many = "local s = ('x'):rep(2^20) local t = {} for i = 1, 2000 do t[i] = s end ";
    const std::string cap = "more than 16 MiB of text to convert";
    LuaLimits limits = test_limits();
    limits.time_budget = std::chrono::milliseconds(10000);  // about bytes, not time: no race
    GraderContext ctx;
    bool called = false;
    ctx.bridges.solve = [&](std::string_view, const json&) -> prepl::util::Result<json> {
        called = true;
        return json{};
    };
    ctx.bridges.compare = [&](const json&, const json&, const json&) {
        called = true;
        return json::object();
    };
    for (const std::string& tail :
         {std::string("do return {score = 1, max = 1, big = t} end"), std::string("ctx.solve('s', t)"),
          std::string("ctx.compare(t, {})"), std::string("ctx.compare({}, {}, {k = t})")}) {
        CAPTURE(tail);
        const auto out = grade("return function(a, ctx) " + many + tail +
                                   " return {score = 1, max = 1} end", "", ctx, limits);
        CHECK(out.status == GraderOutcome::Status::error);
        CHECK_MESSAGE(contains(out.error, cap), out.error);
    }
    CHECK_FALSE(called);
    // Keys count too, and a result just under the cap still converts.
    const auto keys = grade("return function() local s = ('k'):rep(2^20) local t = {} "
                            "for i = 1, 20 do t[s .. i] = 1 end return {score = 1, max = 1, t = t} end",
                            "", {}, limits);
    CHECK(contains(keys.error, cap));
    const auto fits = grade("return function() local s = ('x'):rep(2^20) local t = {} "
                            "for i = 1, 15 do t[i] = s end return {score = 1, max = 1, t = t} end",
                            "", {}, limits);
    CHECK(fits.status == GraderOutcome::Status::ok);
}
