#include "lua/grader_host.hpp"

#include <cmath>

#include <fmt/format.h>

#include "lua/grader_context_table.hpp"
#include "lua/json_convert.hpp"
#include "lua/lua_vm.hpp"
#include "lua/sandbox_env.hpp"

namespace prepl::lua {
namespace {

using json = nlohmann::json;

constexpr std::size_t k_max_grader_source_bytes = 1u << 20;  // 1 MiB: parsing is not interruptible
constexpr std::size_t k_max_error_message_bytes = 2000;      // a grader's error, as shown
constexpr std::size_t k_max_feedback_items = 200;
constexpr std::size_t k_max_feedback_item_bytes = 4000;

struct GradeArguments {
    const json* answer;
};

// lua_CFunction under pcall: pushes answer and ctx (which may raise on memory).
int push_grade_arguments(lua_State* L) {
    const auto* args = static_cast<const GradeArguments*>(lua_touserdata(L, 1));
    lua_settop(L, 0);
    if (args->answer->is_null()) {
        lua_pushnil(L);
    } else {
        push_json(L, *args->answer);
    }
    return 1 + push_grader_context(L);
}

std::string truncated(std::string text, std::size_t limit) {
    if (text.size() > limit) {
        text.resize(limit);
        text = sanitize_utf8(text) + " …";
    }
    return text;
}

// The message for a failed lua_pcall/lua_load, with the error value on top of the stack.
// The stop flags win over whatever the grader raised last. Only string errors are read: a table
// error's __tostring is never called.
std::string failure_message(lua_State* L, int status, const VmState& st) {
    if (st.time_exceeded) return time_budget_message(st.budget);
    if (st.memory_exceeded || status == LUA_ERRMEM) return memory_limit_message(st.cap_bytes);
    if (lua_type(L, -1) == LUA_TSTRING) {
        std::size_t len = 0;
        const char* s = lua_tolstring(L, -1, &len);
        const std::string_view text(s, len);
        if (text == "not enough memory") return memory_limit_message(st.cap_bytes);
        return truncated(sanitize_utf8(text), k_max_error_message_bytes);
    }
    return fmt::format("(error object is a {} value)", luaL_typename(L, -1));
}

std::string display_name(const std::string& chunkname) {
    if (!chunkname.empty() && (chunkname[0] == '@' || chunkname[0] == '=')) return chunkname.substr(1);
    return chunkname;
}

// Fills score/max/feedback/verdict/details from the grader's returned table, as JSON.
util::Status read_result(const json& result, const std::string& grader, GraderOutcome& out) {
    if (result.is_array() && result.empty()) {
        return util::fail(util::Error::invalid(grader + ": the returned table has no 'score'"));
    }
    if (!result.is_object()) {
        return util::fail(util::Error::invalid(
            grader + ": grade() must return a table {score=, max=, feedback=}"));
    }
    const auto number = [&](const char* key) -> util::Result<double> {
        const auto it = result.find(key);
        if (it == result.end()) {
            return util::fail(util::Error::invalid(fmt::format("{}: the returned table has no '{}'", grader, key)));
        }
        if (!it->is_number()) {
            return util::fail(util::Error::invalid(fmt::format("{}: '{}' must be a number", grader, key)));
        }
        return it->get<double>();
    };
    auto score = number("score");
    if (!score) return util::fail(score.error());
    auto max = number("max");
    if (!max) return util::fail(max.error());
    if (*max < 0 || *score < 0 || *score > *max) {
        return util::fail(util::Error::invalid(
            fmt::format("{}: score {} must be between 0 and max {}", grader, *score, *max)));
    }
    out.score = *score;
    out.max = *max;

    if (const auto it = result.find("feedback"); it != result.end()) {
        const json items = it->is_array() ? *it : json::array({*it});
        for (const auto& item : items) {
            if (!item.is_string()) {
                return util::fail(util::Error::invalid(grader + ": feedback must be a string or a list of strings"));
            }
            if (out.feedback.size() == k_max_feedback_items) {
                out.feedback.push_back(fmt::format("({} more feedback lines left out)", items.size() - k_max_feedback_items));
                break;
            }
            out.feedback.push_back(truncated(item.get<std::string>(), k_max_feedback_item_bytes));
        }
    }
    if (const auto it = result.find("status"); it != result.end()) {
        if (!it->is_string() || (*it != "accepted" && *it != "rejected")) {
            return util::fail(util::Error::invalid(grader + ": status must be \"accepted\" or \"rejected\""));
        }
        out.verdict = it->get<std::string>();
    }
    out.details = json::object();
    for (const auto& [key, value] : result.items()) {
        if (key != "score" && key != "max" && key != "feedback" && key != "status") out.details[key] = value;
    }
    return {};
}

GraderOutcome run_in(LuaVm& vm, std::string_view source, const std::string& chunkname,
                     const json& answer) {
    GraderOutcome out;
    const auto fail = [&](std::string message) {
        out.status = GraderOutcome::Status::error;
        out.error = std::move(message);
        return out;
    };
    const std::string grader = display_name(chunkname);
    if (source.size() > k_max_grader_source_bytes) {
        return fail(fmt::format("{}: grader file is over the 1 MiB limit", grader));
    }
    lua_State* L = vm.get();
    if (L == nullptr) return fail(memory_limit_message(vm.state().cap_bytes));
    const VmState& st = vm.state();

    // Every call below that can raise runs under lua_pcall (or is protected itself, like
    // luaL_loadbufferx); the rest only push values within the guaranteed stack slots.
    lua_pushcfunction(L, install_sandbox);
    if (int status = lua_pcall(L, 0, 0, 0); status != LUA_OK) {
        return fail("could not set up the grader sandbox: " + failure_message(L, status, st));
    }

    const std::string name = (chunkname.empty() || (chunkname[0] != '@' && chunkname[0] != '='))
                                 ? "@" + chunkname
                                 : chunkname;
    if (int status = luaL_loadbufferx(L, source.data(), source.size(), name.c_str(), "t");
        status != LUA_OK) {
        return fail(failure_message(L, status, st));
    }
    if (int status = lua_pcall(L, 0, 1, 0); status != LUA_OK) return fail(failure_message(L, status, st));
    if (lua_type(L, -1) != LUA_TFUNCTION) {
        return fail(fmt::format("{}: the file must return a function grade(answer, ctx), not a {} value",
                                grader, luaL_typename(L, -1)));
    }

    GradeArguments args{&answer};
    lua_pushcfunction(L, push_grade_arguments);
    lua_pushlightuserdata(L, &args);
    if (int status = lua_pcall(L, 1, 2, 0); status != LUA_OK) {
        return fail("could not pass the answer to the grader: " + failure_message(L, status, st));
    }
    if (int status = lua_pcall(L, 2, 1, 0); status != LUA_OK) return fail(failure_message(L, status, st));
    if (st.time_exceeded) return fail(time_budget_message(st.budget));
    if (st.memory_exceeded) return fail(memory_limit_message(st.cap_bytes));

    if (lua_type(L, -1) != LUA_TTABLE) {
        return fail(fmt::format("{}: grade() must return a table {{score=, max=, feedback=}}, not a {} value",
                                grader, luaL_typename(L, -1)));
    }
    auto result = to_json(L, -1, "the returned table");
    if (!result) return fail(grader + ": " + result.error().message);
    if (auto status = read_result(*result, grader, out); !status) return fail(status.error().message);
    return out;
}

}  // namespace

GraderOutcome run_grader(std::string_view source, const std::string& chunkname, const json& answer,
                         const GraderContext& ctx, const LuaLimits& limits) {
    const auto start = std::chrono::steady_clock::now();
    GraderOutcome out;
    try {
        LuaVm vm(limits.memory_bytes, limits.time_budget, limits.max_call_depth);
        vm.state().grader = &ctx;
        vm.state().lib_dir = ctx.lib_dir;
        out = run_in(vm, source, chunkname, answer);
    } catch (const std::exception& e) {  // json/fmt/bad_alloc on our side: report, never throw
        out = GraderOutcome{};
        out.status = GraderOutcome::Status::error;
        out.error = std::string("internal error while running the grader: ") + e.what();
    }
    out.elapsed = std::chrono::duration_cast<std::chrono::microseconds>(
        std::chrono::steady_clock::now() - start);
    return out;
}

}  // namespace prepl::lua
