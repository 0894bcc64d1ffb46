#include "lua/grader_context_table.hpp"

#include <exception>

#include "lua/grader_host.hpp"
#include "lua/json_convert.hpp"
#include "lua/lua_vm.hpp"
#include "lua/read_only_proxy.hpp"

// The ctx functions are C functions that may longjmp. Calls into C++ bridges happen in noexcept
// helpers that leave their result in VmState (scratch_json / scratch_text) and return before any
// raising Lua call, so no C++ destructor is ever skipped and no exception crosses Lua.
namespace prepl::lua {
namespace {

enum class BridgeResult { ok, failed, misuse };  // failed: grader sees nil, message; misuse: raise

const GraderBridges& bridges_of(lua_State* L) { return vm_state(L).grader->bridges; }

BridgeResult run_query(lua_State* L, const char* sql, std::size_t len) noexcept {
    VmState& st = vm_state(L);
    try {
        auto result = bridges_of(L).query(std::string_view(sql, len));
        if (!result) {
            st.scratch_text = result.error().message;
            return BridgeResult::failed;
        }
        st.scratch_json = std::move(*result);
        return BridgeResult::ok;
    } catch (const std::exception& e) {
        st.scratch_text.clear();
        st.scratch_text.append("ctx.query failed: ").append(e.what());
        return BridgeResult::failed;
    } catch (...) {
        return BridgeResult::failed;
    }
}

BridgeResult run_solve(lua_State* L, const char* name, std::size_t len) noexcept {
    VmState& st = vm_state(L);
    try {
        auto args = to_json(L, 2, "ctx.solve args");
        if (!args) {
            st.scratch_text = args.error().message;
            return BridgeResult::misuse;
        }
        auto result = bridges_of(L).solve(std::string_view(name, len), *args);
        if (!result) {
            st.scratch_text = result.error().message;
            return BridgeResult::failed;
        }
        st.scratch_json = std::move(*result);
        return BridgeResult::ok;
    } catch (const std::exception& e) {
        st.scratch_text.clear();
        st.scratch_text.append("ctx.solve failed: ").append(e.what());
        return BridgeResult::failed;
    } catch (...) {
        return BridgeResult::failed;
    }
}

BridgeResult run_compare(lua_State* L) noexcept {
    VmState& st = vm_state(L);
    try {
        auto a = to_json(L, 1, "ctx.compare argument 1");
        auto b = a ? to_json(L, 2, "ctx.compare argument 2") : a;
        auto opts = b ? to_json(L, 3, "ctx.compare options") : b;
        if (!opts) {
            st.scratch_text = opts.error().message;
            return BridgeResult::misuse;
        }
        st.scratch_json = bridges_of(L).compare(*a, *b, opts->is_null() ? nlohmann::json::object() : *opts);
        return BridgeResult::ok;
    } catch (const std::exception& e) {
        st.scratch_text.clear();
        st.scratch_text.append("ctx.compare failed: ").append(e.what());
        return BridgeResult::misuse;
    } catch (...) {
        return BridgeResult::misuse;
    }
}

// Pushes the outcome of a bridge call: the JSON value, or nil + message, or raises.
int finish_bridge_call(lua_State* L, BridgeResult result) {
    VmState& st = vm_state(L);
    check_deadline(L);  // a slow bridge still counts against the grader's budget
    if (result == BridgeResult::misuse) {
        lua_pushlstring(L, st.scratch_text.data(), st.scratch_text.size());
        return lua_error(L);
    }
    if (result == BridgeResult::failed) {
        lua_pushnil(L);
        lua_pushlstring(L, st.scratch_text.data(), st.scratch_text.size());
        return 2;
    }
    if (st.scratch_json.is_null()) {
        lua_pushnil(L);
    } else {
        push_json(L, st.scratch_json);
    }
    return 1;
}

int ctx_query(lua_State* L) {
    std::size_t len = 0;
    const char* sql = luaL_checklstring(L, 1, &len);
    if (!bridges_of(L).query) return luaL_error(L, "ctx.query is not available for this problem");
    return finish_bridge_call(L, run_query(L, sql, len));
}

int ctx_solve(lua_State* L) {
    std::size_t len = 0;
    const char* name = luaL_checklstring(L, 1, &len);
    if (!bridges_of(L).solve) return luaL_error(L, "ctx.solve is not available for this problem");
    return finish_bridge_call(L, run_solve(L, name, len));
}

int ctx_compare(lua_State* L) {
    if (!bridges_of(L).compare) return luaL_error(L, "ctx.compare is not available for this problem");
    lua_settop(L, 3);
    return finish_bridge_call(L, run_compare(L));
}

void set_json_field(lua_State* L, const char* name, const nlohmann::json& value) {
    if (value.is_null()) return;  // absent: ctx.user == nil for non-SQL problems
    push_json(L, value);
    lua_setfield(L, -2, name);
}

}  // namespace

int push_grader_context(lua_State* L) {
    const GraderContext& grader = *vm_state(L).grader;
    lua_createtable(L, 0, 8);
    set_json_field(L, "problem", grader.problem);
    if (grader.params.is_null()) {
        lua_newtable(L);
        lua_setfield(L, -2, "params");
    } else {
        set_json_field(L, "params", grader.params);
    }
    set_json_field(L, "user", grader.user);
    set_json_field(L, "reference", grader.reference);
    push_null_sentinel(L);
    lua_setfield(L, -2, "null");
    lua_pushcfunction(L, ctx_query);
    lua_setfield(L, -2, "query");
    lua_pushcfunction(L, ctx_solve);
    lua_setfield(L, -2, "solve");
    lua_pushcfunction(L, ctx_compare);
    lua_setfield(L, -2, "compare");
    push_read_only(L, -1);
    lua_remove(L, -2);  // leave only the proxy
    return 1;
}

}  // namespace prepl::lua
