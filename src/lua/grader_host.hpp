#pragma once
// Runs an untrusted Lua 5.4 grader in a sandbox (see docs/SANDBOX.md, Lua section, and
// graders/README.md for the contract graders are written against). lua_State never leaves src/lua/.
#include <chrono>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "util/error.hpp"

namespace prepl::lua {

struct LuaLimits {
    std::size_t memory_bytes = 64u << 20;         // allocator cap for the whole lua_State
    std::chrono::milliseconds time_budget{1000};  // wall clock, checked by an instruction-count hook
    int max_call_depth = 200;  // Lua call depth, checked by the same hook (C stack has LUAI_MAXCCALLS)
};

// Bridges the grader may call; each may be empty (then the ctx function raises
// "ctx.query is not available for this problem").
struct GraderBridges {
    // -> {"columns":[...],"rows":[[...],...]} or Error (the grader sees nil, message)
    std::function<util::Result<nlohmann::json>(std::string_view sql)> query;
    std::function<util::Result<nlohmann::json>(std::string_view solver, const nlohmann::json& args)>
        solve;
    std::function<nlohmann::json(const nlohmann::json& a, const nlohmann::json& b,
                                 const nlohmann::json& opts)>
        compare;
};

struct GraderContext {
    nlohmann::json problem;    // ctx.problem (the problem JSON as a read-only table)
    nlohmann::json params;     // ctx.params (object, may be empty)
    nlohmann::json user;       // ctx.user  ({"columns","rows"} for SQL problems, or null -> nil)
    nlohmann::json reference;  // ctx.reference (same shape, or null -> nil)
    GraderBridges bridges;
    std::filesystem::path lib_dir;  // graders/lib: `require "rubric"` loads lib_dir/rubric.lua only
};

struct GraderOutcome {
    enum class Status { ok, error } status = Status::ok;
    double score = 0, max = 0;
    std::vector<std::string> feedback;
    std::optional<std::string> verdict;  // the grader's optional status= field: "accepted"|"rejected"
    nlohmann::json details;              // any other fields the grader returned, as a JSON object
    // When status==error: "graders/x.lua:12: attempt to index a nil value" /
    // "grader stopped after 1.0 s (time budget)" / "grader exceeded its 64 MiB memory limit"
    std::string error;
    std::chrono::microseconds elapsed{};
};

// Loads `source` (text only, mode "t") named `chunkname` (the grader's file path, used in
// messages), expects it to return a function grade(answer, ctx), calls it with `answer` converted
// to Lua and a read-only ctx, and converts the returned table. Never throws and never lets the
// grader touch the host: every failure, including a hostile grader, is an Outcome with
// status==error. A fresh lua_State is created and closed per call.
GraderOutcome run_grader(std::string_view source, const std::string& chunkname,
                         const nlohmann::json& answer, const GraderContext& ctx,
                         const LuaLimits& limits = {});

}  // namespace prepl::lua
