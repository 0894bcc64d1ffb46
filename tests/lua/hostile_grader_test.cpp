// Each SANDBOX.md (Lua) attack, tried by a grader under a 200 ms budget: it must end with
// status==error and a clear message, and touch no file.
#include "build_info.hpp"
#include <doctest/doctest.h>

#include <filesystem>

#include "lua/grader_host.hpp"
#include "lua/lua_test_support.hpp"

using namespace prepl::lua;
using namespace prepl::lua::testing;

namespace {

const std::string k_time_message = "grader stopped after 0.2 s (time budget)";
const std::string k_memory_message = "grader exceeded its 64 MiB memory limit";
const std::string k_small_memory_message = "grader exceeded its 8 MiB memory limit";

// The graders/lib of this repository, so that require has a real directory to refuse from.
GraderContext context_with_lib() {
    GraderContext ctx;
    ctx.lib_dir = std::filesystem::path(prepl::build::source_dir()) / "graders" / "lib";
    return ctx;
}

GraderOutcome attack(const std::string& body, const LuaLimits& limits = test_limits()) {
    return grade("return function(answer, ctx)\n" + body + "\nreturn {score = 1, max = 1} end", "",
                 context_with_lib(), limits);
}

// Allocation-bound bombs run under an 8 MiB cap and a 5 s budget: they test the allocator, so the
// clock must not win the race on a loaded machine or a sanitizer build (they end in milliseconds).
void expect_stopped_by_small_memory_cap(const std::string& body) {
    CAPTURE(body);
    LuaLimits limits = test_limits();
    limits.memory_bytes = 8u << 20;
    limits.time_budget = std::chrono::milliseconds(5000);
    const auto out = attack(body, limits);
    CHECK(out.status == GraderOutcome::Status::error);
    CHECK(out.error == k_small_memory_message);
}

void expect_stopped_by_time(const std::string& body) {
    CAPTURE(body);
    const auto out = attack(body);
    CHECK(out.status == GraderOutcome::Status::error);
    CHECK(out.error == k_time_message);
}

void expect_stopped_by_memory(const std::string& body) {
    CAPTURE(body);
    const auto out = attack(body);
    CHECK(out.status == GraderOutcome::Status::error);
    CHECK(out.error == k_memory_message);
}

void expect_error_containing(const std::string& body, const std::string& message) {
    CAPTURE(body);
    const auto out = attack(body);
    CHECK(out.status == GraderOutcome::Status::error);
    CHECK_MESSAGE(contains(out.error, message), out.error);
}

}  // namespace

TEST_CASE("endless loops are stopped by the time budget") {
    expect_stopped_by_time("while true do end");
    expect_stopped_by_time("::top:: goto top");
    expect_stopped_by_time("repeat local x = {} until false");
    expect_stopped_by_time("local function f() return f() end f()");  // tail calls: no depth
}

TEST_CASE("a loop inside pcall, xpcall or an error handler still stops") {
    expect_stopped_by_time("while true do pcall(function() while true do end end) end");
    expect_stopped_by_time(
        "while true do xpcall(function() while true do end end, function() while true do end end) end");
    expect_stopped_by_time("local ok = pcall(function() while true do end end) while true do end");
}

TEST_CASE("coroutines are not available, so cannot host a loop") {
    expect_error_containing("local co = coroutine.wrap(function() while true do end end) co()",
                            "global 'coroutine'");
}

TEST_CASE("__gc metamethods are refused, so no finalizer can loop where hooks are off") {
    expect_error_containing(
        "setmetatable({}, {__gc = function() while true do end end})", "__gc metamethods are not allowed");
    expect_error_containing("setmetatable({}, {__gc = true})", "__gc metamethods are not allowed");
    // Added after setmetatable, __gc is never called: Lua marks objects only at setmetatable.
    const auto out = attack(
        "local mt = {} local t = setmetatable({}, mt) mt.__gc = function() while true do end end t = nil");
    CHECK(out.status == GraderOutcome::Status::ok);
}

TEST_CASE("a looping __close handler is stopped") {
    expect_stopped_by_time(
        "do local x <close> = setmetatable({}, {__close = function() while true do end end}) end");
    expect_stopped_by_time(
        "pcall(function() local x <close> = setmetatable({}, {__close = function() while true do end end}) "
        "error('boom') end) while true do end");
}

TEST_CASE("string.rep cannot build strings over the memory cap, or loop over empty ones") {
    expect_stopped_by_memory("local s = string.rep('x', 2^31 - 1)");
    expect_stopped_by_memory("local s = string.rep('x', 1e8, 'y')");
    expect_stopped_by_memory("local s = ('x'):rep(2^40)");
    expect_stopped_by_memory("local s = pcall(string.rep, 'x', 2^31) while true do end");
    // An empty string and separator used to copy nothing 2^53 times inside C.
    const auto out = attack("assert(string.rep('', 2^53) == '') assert(string.rep('', 2^53, '') == '')");
    CHECK(out.status == GraderOutcome::Status::ok);
}

TEST_CASE("memory bombs hit the allocator cap") {
    expect_stopped_by_small_memory_cap("local t = {} for i = 1, 1e9 do t[i] = i end");
    expect_stopped_by_memory("local s = 'x' while true do s = s .. s end");
    expect_stopped_by_small_memory_cap("local t = {} for i = 1, 1e9 do t[#t + 1] = ('x'):rep(1000) .. i end");
    // Catching the memory error does not help: the stop is sticky.
    expect_stopped_by_small_memory_cap("pcall(function() local t = {} for i = 1, 1e9 do t[i] = {i} end end)");
}

TEST_CASE("collectgarbage only counts, so the collector cannot be stopped") {
    expect_error_containing("collectgarbage('stop')", "only \"count\" is allowed");
    expect_error_containing("collectgarbage()", "only \"count\" is allowed");
    expect_stopped_by_small_memory_cap(
        "pcall(collectgarbage, 'stop') local t = {} for i = 1, 1e9 do t[#t + 1] = ('y'):rep(10000) .. i end");
}

TEST_CASE("deep recursion is an error, not a crash") {
    expect_error_containing("local function f() return 1 + f() end f()", "call depth limit (200)");
    expect_error_containing("local function f(n) return 1 + f(n + 1) end pcall(f, 1) f(1)",
                            "call depth limit");
    // Recursion through C functions (gsub callbacks) is caught too, before Lua's C-stack limit.
    expect_error_containing("local function f() return ('x'):gsub('x', f) end f()", "call depth limit");
    expect_error_containing("local t = setmetatable({}, {}) getmetatable(t).__index = function(s, k) return s[k] end "
                            "return t.x", "");
}

TEST_CASE("no host access: os, io, package, dofile, loadfile, debug") {
    expect_error_containing("os.execute('touch /tmp/prepl-lua-attack')", "field 'execute'");
    expect_error_containing("os.exit(1)", "field 'exit'");
    expect_error_containing("os.remove('/tmp/prepl-lua-attack')", "field 'remove'");
    expect_error_containing("os.getenv('HOME')", "field 'getenv'");
    expect_error_containing("io.open('/tmp/prepl-lua-attack', 'w'):write('x')", "global 'io'");
    expect_error_containing("require 'io'", "module 'io' not found");
    expect_error_containing("package.loadlib('libc.so.6', 'system')", "global 'package'");
    expect_error_containing("dofile('/etc/passwd')", "global 'dofile'");
    expect_error_containing("loadfile('/etc/passwd')", "global 'loadfile'");
    expect_error_containing("debug.getregistry()", "global 'debug'");
    expect_error_containing("print('\\27[2J')", "global 'print'");
    CHECK_FALSE(std::filesystem::exists("/tmp/prepl-lua-attack"));
}

TEST_CASE("load is text-only and sees only the sandbox environment") {
    // A binary chunk (the signature \27Lua) is refused: load returns nil and a message.
    auto out = grade(R"lua(
        return function()
          local f, err = load("\27Lua\84\0\25\147\13\10\26\10")
          return {score = f and 1 or 0, max = 1, feedback = {err}}
        end)lua");
    REQUIRE(out.status == GraderOutcome::Status::ok);
    CHECK(out.score == 0);
    REQUIRE(out.feedback.size() == 1);
    CHECK(contains(out.feedback[0], "attempt to load a binary chunk"));

    out = grade(R"lua(
        return function()
          local sandbox_os = load("return os")()
          local ok = sandbox_os == os and sandbox_os.execute == nil and sandbox_os.getenv == nil
            and load("return io")() == nil and load("return package")() == nil
          return {score = ok and 1 or 0, max = 1}
        end)lua");
    REQUIRE(out.status == GraderOutcome::Status::ok);
    CHECK(out.score == 1);

    expect_error_containing("load(function() return nil end)", "only load source strings");
    expect_error_containing("load(string.dump(print))", "field 'dump'");
}

TEST_CASE("string.dump is gone, also through the string metatable") {
    expect_error_containing("string.dump(function() end)", "field 'dump'");
    expect_error_containing("local d = ('').dump d(function() end)", "local 'd'");
}

TEST_CASE("the string metatable is locked") {
    expect_error_containing("getmetatable('').__index = {}", "boolean value");
    expect_error_containing("getmetatable('').__index.rep = nil", "boolean value");
    expect_error_containing("setmetatable('', {})", "table expected");
    const auto out = attack("assert(getmetatable('') == false)");
    CHECK(out.status == GraderOutcome::Status::ok);
}

TEST_CASE("an error object with a looping __tostring is never formatted") {
    expect_error_containing(
        "error(setmetatable({}, {__tostring = function() while true do end end}))",
        "(error object is a table value)");
    const auto out = attack("error(setmetatable({}, {__tostring = function() while true do end end}))");
    CHECK(out.error == "(error object is a table value)");
}

TEST_CASE("a grader that returns a non-table, or is not a function, fails clearly") {
    auto out = grade("return function() return 'full marks' end");
    REQUIRE(out.status == GraderOutcome::Status::error);
    CHECK(contains(out.error, "grade() must return a table"));
    out = grade("return function() return setmetatable({}, {__index = function() while true do end end}) end");
    CHECK(out.status == GraderOutcome::Status::error);  // raw reads: __index never runs
    CHECK(contains(out.error, "no 'score'"));
    out = grade("return function() local t = {score = 1, max = 1} t.self = t return t end");
    CHECK(out.status == GraderOutcome::Status::error);
    CHECK(contains(out.error, "cycle"));
}

TEST_CASE("a syntax error names the file and line") {
    const auto out = grade("return function(answer, ctx)\n  local x = = 1\nend");
    REQUIRE(out.status == GraderOutcome::Status::error);
    CHECK(contains(out.error, "graders/test.lua:2:"));
    CHECK(contains(out.error, "unexpected symbol"));
}

TEST_CASE("catastrophic patterns are stopped by the time budget") {
    expect_stopped_by_time("string.find(string.rep('a', 1e6), '.-.-.-.-.-b')");
    expect_stopped_by_time("local s = ('a'):rep(1e5) for w in s:gmatch('a-a-a-a-b') do end");
    expect_stopped_by_time("local s = ('a'):rep(1e5) s:gsub('(a*)*b', '')");
    expect_stopped_by_time("('a'):rep(1e6):match('(.-)(.-)(.-)(.-)$x')");
}

TEST_CASE("a plain find at the size caps checks the clock inside C") {
    // 2^20 positions x 4000 compared bytes is tens of milliseconds of memcmp on an idle
    // machine, under the 0.2 s budget: with a 5 ms budget the in-C deadline check must stop it.
    LuaLimits limits = test_limits();
    limits.time_budget = std::chrono::milliseconds(5);
    const auto out = attack("local s = ('a'):rep(2^20) local p = ('a'):rep(4000) .. 'b' s:find(p, 1, true)", limits);
    CHECK(out.status == GraderOutcome::Status::error);
    CHECK(contains(out.error, "time budget"));
}

TEST_CASE("pattern functions cap subject and pattern sizes") {
    expect_error_containing("string.find(('a'):rep(2^20 + 1), 'b')", "over the 1048576-byte limit");
    expect_error_containing("string.find('a', ('a'):rep(5000))", "pattern of 5000 bytes");
    expect_error_containing("string.find('a', '%')", "malformed pattern");
    expect_error_containing("string.find('a', ('('):rep(40))", "too many captures");
}

TEST_CASE("table functions cannot be made to loop inside C") {
    const std::string fake_len = "local t = setmetatable({}, {__len = function() return 2^40 end}) ";
    expect_error_containing(fake_len + "table.insert(t, 1, 'x')", "over the sandbox limit");
    expect_error_containing(fake_len + "table.remove(t, 1)", "over the sandbox limit");
    expect_error_containing("table.move({}, 1, 2^40, 1, {})", "over the sandbox limit");
    expect_error_containing(fake_len + "table.unpack(t)", "too many results");
}

// These graders run far fewer than 1000 VM instructions, so the count hook never fires: the
// deadline (1 ms) passes inside C (string.rep of 20 MB), and only the checks inside table.sort
// and table.move can stop them. Without those checks the grader would return normally.
TEST_CASE("table.sort and table.move check the deadline inside C") {
    LuaLimits limits = test_limits();
    limits.time_budget = std::chrono::milliseconds(1);
    const std::string prelude =
        "local t = {5, 3, 8, 1, 9, 2, 7, 4} for _ = 1, 10 do table.move(t, 1, #t, #t + 1) end "
        "local slow = ('x'):rep(2e7) ";
    for (const char* call : {"table.sort(t)", "table.sort(t, rawequal)", "table.move(t, 1, #t, 1, {})"}) {
        CAPTURE(call);
        const auto out = attack(prelude + call, limits);
        CHECK(out.status == GraderOutcome::Status::error);
        CHECK(out.error == "grader stopped after 0.0 s (time budget)");
    }
    // The same graders finish under a normal budget, with the results Lua 5.4 gives.
    const auto out = grade(R"lua(
        return function()
          local t = {5, 3, 8, 1} table.sort(t) table.sort(t, function(a, b) return a > b end)
          local m = table.move({1, 2, 3, 4, 5}, 1, 3, 3)   -- overlapping: copies backwards
          local d = table.move({1, 2, 3}, 1, 3, 2, {})
          local ok = t[1] == 8 and t[4] == 1 and table.concat(m, ",") == "1,2,1,2,3"
                     and d[1] == nil and d[4] == 3
          return {score = ok and 1 or 0, max = 1}
        end)lua");
    REQUIRE(out.status == GraderOutcome::Status::ok);
    CHECK(out.score == 1);
}

TEST_CASE("table.concat over a C __index is stopped by the budget (issue 9 item 2)") {
    // The exact attack: each key calls table.concat (C) from C; no Lua instruction runs. Stock
    // Lua 5.4 ran 18 s at 3e7 keys against a 1 s budget, days at 2^40, and returned "accepted".
    expect_stopped_by_time(
        "local t = setmetatable({}, {__index = table.concat}) table.concat(t, '', 1, 2^40)");
    // The same through table.unpack: at most the stack's million results, but each a C call.
    expect_stopped_by_time(
        "local t = setmetatable({}, {__index = table.concat}) "
        "for _ = 1, 1e9 do table.unpack(t, 1, 999000) end");
}

// As for table.sort: the deadline (1 ms) passes inside C, and only the checks inside concat and
// unpack can see it; these graders would otherwise return normally.
TEST_CASE("table.concat and table.unpack check the deadline inside C") {
    LuaLimits limits = test_limits();
    limits.time_budget = std::chrono::milliseconds(1);
    const std::string prelude = "local slow = ('x'):rep(2e7) "
                                "local t = setmetatable({}, {__index = table.concat}) ";
    for (const char* call : {"table.concat(t, '', 1, 5000)", "table.unpack(t, 1, 5000)"}) {
        CAPTURE(call);
        const auto out = attack(prelude + call, limits);
        CHECK(out.status == GraderOutcome::Status::error);
        CHECK(out.error == "grader stopped after 0.0 s (time budget)");
    }
    // Lua 5.4's results and messages, kept.
    const auto out = grade(R"lua(
        return function()
          local ok = table.concat({1, 2, "x"}, "-") == "1-2-x"
            and table.concat({1, 2, 3}, ",", 2) == "2,3"
            and table.concat({1, 2, 3}, ",", 3, 2) == ""
            and table.concat({}, ",") == ""
            and select("#", table.unpack({1, nil, 3})) == 3
            and select("#", table.unpack({}, 1, 0)) == 0
            and table.unpack({1, 2, 3}, 2) == 2
          local bad, msg = pcall(table.concat, {1, {}, 3})
          ok = ok and not bad and msg:find("invalid value %(at index 2%) in table for 'concat'") ~= nil
          local bad2, msg2 = pcall(table.concat, 42)
          ok = ok and not bad2 and msg2:find("table expected") ~= nil
          local p = setmetatable({}, {__index = function(_, k) return k * 2 end, __len = function() return 3 end})
          ok = ok and table.concat(p, " ") == "2 4 6" and select(3, table.unpack(p)) == 6
          return {score = ok and 1 or 0, max = 1}
        end)lua");
    REQUIRE(out.status == GraderOutcome::Status::ok);
    CHECK(out.score == 1);
}

TEST_CASE("hostile graders leave no file behind") {
    std::filesystem::remove("/tmp/prepl-lua-attack");
    for (const char* body : {"io.open('/tmp/prepl-lua-attack', 'w')", "os.execute('touch /tmp/prepl-lua-attack')",
                             "load('io.open(\"/tmp/prepl-lua-attack\", \"w\")')()",
                             "require('../../../../tmp/prepl-lua-attack')",
                             "os.tmpname()", "os.rename('/tmp/a', '/tmp/prepl-lua-attack')"}) {
        const auto out = attack(body);
        CHECK(out.status == GraderOutcome::Status::error);
    }
    CHECK_FALSE(std::filesystem::exists("/tmp/prepl-lua-attack"));
}

TEST_CASE("the budget applies per call: a fresh state each time") {
    const auto first = attack("x_global = 1");
    const auto second = grade("return function() return {score = x_global == nil and 1 or 0, max = 1} end");
    CHECK(first.status == GraderOutcome::Status::ok);
    REQUIRE(second.status == GraderOutcome::Status::ok);
    CHECK(second.score == 1);
}
