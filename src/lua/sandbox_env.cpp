#include "lua/sandbox_env.hpp"

#include <climits>
#include <cstring>
#include <fstream>
#include <iterator>

#include "lua/lua_vm.hpp"
#include "lua/pattern_match.hpp"
#include "lua/read_only_proxy.hpp"
#include "lua/stemmer.hpp"

// C functions below may longjmp (luaL_error): C++ work that owns memory is done in helpers that
// return before any Lua call that can raise, with results parked in VmState.
namespace prepl::lua {
namespace {

char k_require_cache;   // registry key: module name -> value, per state
char k_require_loading; // sentinel value while a module's chunk runs (detects require loops)

// load(chunk [, chunkname [, mode [, env]]]): source strings only, text mode always, env
// defaults to the sandbox globals. A custom env table is allowed: it can only hold less.
int sandbox_load(lua_State* L) {
    if (lua_type(L, 1) != LUA_TSTRING) {
        return luaL_error(L, "load: graders may only load source strings (no reader functions)");
    }
    std::size_t len = 0;
    const char* chunk = lua_tolstring(L, 1, &len);
    if (len > k_max_chunk_bytes) {
        return luaL_error(L, "load: chunk of %d bytes is over the %d-byte limit",
                          static_cast<int>(len), static_cast<int>(k_max_chunk_bytes));
    }
    const char* name = luaL_optstring(L, 2, "=(load)");
    const bool custom_env = !lua_isnoneornil(L, 4);
    if (custom_env) luaL_checktype(L, 4, LUA_TTABLE);
    if (luaL_loadbufferx(L, chunk, len, name, "t") != LUA_OK) {
        lua_pushnil(L);
        lua_insert(L, -2);
        return 2;  // nil, message
    }
    if (custom_env) {
        lua_pushvalue(L, 4);
    } else {
        lua_rawgeti(L, LUA_REGISTRYINDEX, LUA_RIDX_GLOBALS);
    }
    if (lua_setupvalue(L, -2, 1) == nullptr) lua_pop(L, 1);
    return 1;
}

int count_only_collectgarbage(lua_State* L) {
    const char* option = luaL_optstring(L, 1, "collect");
    if (std::strcmp(option, "count") != 0) {
        return luaL_error(L, "collectgarbage: only \"count\" is allowed in graders");
    }
    const int kib = lua_gc(L, LUA_GCCOUNT);
    const int rest = lua_gc(L, LUA_GCCOUNTB);
    lua_pushnumber(L, static_cast<lua_Number>(kib) + static_cast<lua_Number>(rest) / 1024.0);
    return 1;
}

// Calls the original function kept as upvalue 1 with all arguments.
int call_original(lua_State* L) {
    const int nargs = lua_gettop(L);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, nargs, LUA_MULTRET);
    return lua_gettop(L);
}

// Finalizers run with debug hooks switched off (lgc.c GCTM), so a looping __gc could never be
// stopped, not even at lua_close: refuse metatables that carry one. Lua only marks an object for
// finalization when setmetatable sees __gc, so adding __gc later has no effect.
int sandbox_setmetatable(lua_State* L) {
    if (lua_type(L, 2) == LUA_TTABLE) {
        lua_pushliteral(L, "__gc");
        if (lua_rawget(L, 2) != LUA_TNIL) {
            return luaL_error(L, "setmetatable: __gc metamethods are not allowed in graders");
        }
        lua_pop(L, 1);
    }
    return call_original(L);
}

// xpcall(f, handler, ...): Lua runs a message handler inside the raise, and an error raised by
// the count hook is raised with hooks switched off (ldo.c luaD_hook sets allowhook = 0), so a
// looping handler could never be stopped. Here the handler runs after the stack has unwound,
// with hooks on, under its own pcall. Without the debug library a handler cannot tell the
// difference.
int sandbox_xpcall(lua_State* L) {
    const int nargs = lua_gettop(L);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    luaL_checkstack(L, nargs + 2, "too many arguments to xpcall");
    lua_pushvalue(L, 1);
    for (int i = 3; i <= nargs; i++) lua_pushvalue(L, i);
    const int base = nargs;  // results start above the original arguments
    if (lua_pcall(L, nargs - 2, LUA_MULTRET, 0) == LUA_OK) {
        lua_pushboolean(L, 1);
        lua_insert(L, base + 1);
        return lua_gettop(L) - base;
    }
    lua_pushvalue(L, 2);
    lua_insert(L, -2);
    lua_pcall(L, 1, 1, 0);  // the handler's result, or the error it raised
    lua_pushboolean(L, 0);
    lua_insert(L, -2);
    return 2;
}

int sandbox_rawset(lua_State* L) {
    if (is_read_only_proxy(L, 1)) return luaL_error(L, "ctx is read-only (rawset refused)");
    return call_original(L);
}

// string.rep runs entirely in C: with an empty string and separator it loops n times copying
// nothing, and a large result is built in one go. A result larger than the whole memory cap is
// refused up front (and counts as exceeding it); one that fits the cap but not what is left fails
// in the allocator, after Lua's emergency collection, like any other allocation.
int safe_rep(lua_State* L) {
    std::size_t l = 0, lsep = 0;
    luaL_checklstring(L, 1, &l);
    const lua_Integer n = luaL_checkinteger(L, 2);
    luaL_optlstring(L, 3, "", &lsep);
    if (n <= 0 || l + lsep == 0) {
        lua_pushliteral(L, "");
        return 1;
    }
    // total = n*l + (n-1)*lsep = n*(l+lsep) - lsep, compared without overflow.
    VmState& st = vm_state(L);
    if (static_cast<lua_Unsigned>(n) > (st.cap_bytes + lsep) / (l + lsep)) {
        st.memory_exceeded = true;
        raise_stopped(L);
    }
    return call_original(L);
}

// table.insert/remove shift elements in a C loop up to #t, and #t comes from __len, so a table
// claiming a length of 2^40 would keep C busy for hours. No real table can be longer than the
// memory cap allows (16+ bytes per slot).
lua_Integer max_table_length(lua_State* L) {
    return static_cast<lua_Integer>(vm_state(L).cap_bytes / 16);
}

int safe_insert_or_remove(lua_State* L) {
    const lua_Integer n = luaL_len(L, 1);
    if (n > max_table_length(L) || n < 0) {
        return luaL_error(L, "table length %I is over the sandbox limit", static_cast<LUAI_UACINT>(n));
    }
    return call_original(L);
}

// table.move(a1, f, e, t [, a2]), written for the sandbox with the semantics of Lua 5.4's: the
// copy loop runs in C (growing the destination rehashes as it goes), so it checks the deadline
// every 1024 elements and refuses ranges longer than any table that fits in memory.
int checked_move(lua_State* L) {
    const lua_Integer f = luaL_checkinteger(L, 2);
    const lua_Integer e = luaL_checkinteger(L, 3);
    const lua_Integer t = luaL_checkinteger(L, 4);
    const int destination = lua_isnoneornil(L, 5) ? 1 : 5;
    luaL_checktype(L, 1, LUA_TTABLE);
    luaL_checktype(L, destination, LUA_TTABLE);
    if (e >= f) {
        luaL_argcheck(L, f > 0 || e < LUA_MAXINTEGER + f, 3, "too many elements to move");
        const lua_Integer n = e - f + 1;
        if (n > max_table_length(L)) {
            return luaL_error(L, "table.move: range of %I elements is over the sandbox limit",
                              static_cast<LUAI_UACINT>(n));
        }
        luaL_argcheck(L, t <= LUA_MAXINTEGER - n + 1, 4, "destination wrap around");
        const bool forward = t > e || t <= f || (destination != 1 && !lua_rawequal(L, 1, destination));
        for (lua_Integer i = 0; i < n; i++) {
            if (i % 1024 == 1023) check_deadline(L);
            const lua_Integer k = forward ? i : n - 1 - i;  // overlapping ranges copy backwards
            lua_geti(L, 1, f + k);
            lua_seti(L, destination, t + k);
        }
    }
    lua_pushvalue(L, destination);
    return 1;
}

// table.sort compares inside C: with the default order (or a C function as comparator) no Lua
// instruction runs, so sorting a few million numbers would overrun the budget unseen. Every
// comparison goes through this C closure instead, which checks the deadline as it goes.
int checked_less_than(lua_State* L) {
    constexpr unsigned k_compares_between_clock_checks = 1024;
    static_assert(k_compares_between_clock_checks > 0);
    auto* compares = static_cast<lua_Integer*>(lua_touserdata(L, lua_upvalueindex(2)));
    if (++*compares % k_compares_between_clock_checks == 0) check_deadline(L);
    if (lua_isnil(L, lua_upvalueindex(1))) {
        lua_pushboolean(L, lua_compare(L, 1, 2, LUA_OPLT));
        return 1;
    }
    lua_settop(L, 2);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, 2, 1);
    return 1;
}

int safe_sort(lua_State* L) {
    if (!lua_isnoneornil(L, 2)) luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_settop(L, 2);
    *static_cast<lua_Integer*>(lua_newuserdatauv(L, sizeof(lua_Integer), 0)) = 0;
    lua_pushcclosure(L, checked_less_than, 2);  // upvalues: the grader's comparator, the counter
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, 2, 0);
    return 0;
}

// Deadline checks inside C loops: every this many elements (a clock read costs ~20 ns, an
// element at least as much).
constexpr lua_Integer k_elements_between_clock_checks = 1024;

// Lua 5.4's checktab (ltablib.c): a table, or a value whose metatable has __index and __len.
void check_table_like(lua_State* L, int arg) {
    if (lua_type(L, arg) == LUA_TTABLE) return;
    int pushed = 0;
    bool ok = lua_getmetatable(L, arg) != 0;
    if (ok) {
        pushed = 1;
        for (const char* field : {"__index", "__len"}) {
            lua_pushstring(L, field);
            ++pushed;
            if (lua_rawget(L, -pushed) == LUA_TNIL) {
                ok = false;
                break;
            }
        }
    }
    if (!ok) luaL_checktype(L, arg, LUA_TTABLE);
    lua_pop(L, pushed);
}

// table.concat(list [, sep [, i [, j]]]) with Lua 5.4's semantics and messages. Lua's own loops
// over i..j in C, and each lua_geti may call a C __index (setmetatable({}, {__index =
// table.concat})): no Lua instruction runs, the count hook never fires, and table.concat(t, "",
// 1, 2^40) ran for days (issue 9 item 2). This one checks the deadline as it goes.
int checked_concat(lua_State* L) {
    check_table_like(L, 1);
    lua_Integer last = luaL_len(L, 1);
    std::size_t sep_len = 0;
    const char* sep = luaL_optlstring(L, 2, "", &sep_len);
    lua_Integer i = luaL_optinteger(L, 3, 1);
    last = luaL_optinteger(L, 4, last);
    luaL_Buffer buffer;
    luaL_buffinit(L, &buffer);
    const auto add_field = [&](lua_Integer at) {
        lua_geti(L, 1, at);
        if (!lua_isstring(L, -1)) {
            luaL_error(L, "invalid value (at index %I) in table for 'concat'",
                       static_cast<LUAI_UACINT>(at));
        }
        luaL_addvalue(&buffer);
    };
    for (lua_Integer done = 0; i < last; ++i) {
        if (++done % k_elements_between_clock_checks == 0) check_deadline(L);
        add_field(i);
        luaL_addlstring(&buffer, sep, sep_len);
    }
    if (i == last) add_field(i);
    luaL_pushresult(&buffer);
    return 1;
}

// table.unpack(list [, i [, j]]) with Lua 5.4's semantics: at most the stack's million results,
// but each lua_geti may call a C __index, so the deadline is checked here too.
int checked_unpack(lua_State* L) {
    lua_Integer i = luaL_optinteger(L, 2, 1);
    const lua_Integer e = lua_isnoneornil(L, 3) ? luaL_len(L, 1) : luaL_checkinteger(L, 3);
    if (i > e) return 0;
    lua_Unsigned n = static_cast<lua_Unsigned>(e) - static_cast<lua_Unsigned>(i);
    if (n >= static_cast<unsigned int>(INT_MAX) || !lua_checkstack(L, static_cast<int>(++n)))
        return luaL_error(L, "too many results to unpack");
    for (lua_Integer done = 0; i < e; ++i) {
        if (++done % k_elements_between_clock_checks == 0) check_deadline(L);
        lua_geti(L, 1, i);
    }
    lua_geti(L, 1, e);
    return static_cast<int>(n);
}

bool valid_module_name(const char* name, std::size_t len) {
    if (len == 0 || len > 64) return false;
    if (!(name[0] == '_' || (name[0] >= 'a' && name[0] <= 'z'))) return false;
    for (std::size_t i = 1; i < len; i++) {
        const char c = name[i];
        if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return false;
    }
    return true;
}

// Reads lib_dir/<name>.lua into st.scratch_text and its chunk name into st.scratch_json (a
// string); on failure st.scratch_text holds the message. Never touches Lua, never throws.
bool read_lib_module(VmState& st, const char* name_data, std::size_t name_len) noexcept {
    try {
        const std::string name(name_data, name_len);
        if (st.lib_dir.empty()) {
            st.scratch_text = "require is not available (no graders/lib directory)";
            return false;
        }
        std::ifstream in(st.lib_dir / (name + ".lua"), std::ios::binary);
        if (!in) {
            st.scratch_text = "module '" + name + "' not found in graders/lib";
            return false;
        }
        std::string text;
        char buffer[8192];
        while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
            text.append(buffer, static_cast<std::size_t>(in.gcount()));
            if (text.size() > k_max_lib_file_bytes) {
                st.scratch_text = "module '" + name + "' is over the 1 MiB limit";
                return false;
            }
        }
        const std::filesystem::path shown =
            st.lib_dir.parent_path().filename() / st.lib_dir.filename() / (name + ".lua");
        std::string chunkname = "@";
        chunkname += shown.generic_string();
        st.scratch_json = std::move(chunkname);
        st.scratch_text = std::move(text);
        return true;
    } catch (const std::exception&) {
        st.scratch_text = "require failed";  // short enough for SSO: cannot throw
        return false;
    }
}

int sandbox_require(lua_State* L) {
    std::size_t len = 0;
    const char* name = luaL_checklstring(L, 1, &len);
    if (!valid_module_name(name, len)) {
        return luaL_error(L, "require: '%s' is not a graders/lib module name (use names like \"rubric\")",
                          name);
    }
    lua_settop(L, 1);
    lua_rawgetp(L, LUA_REGISTRYINDEX, &k_require_cache);  // 2
    lua_pushvalue(L, 1);
    if (lua_rawget(L, 2) != LUA_TNIL) {
        if (lua_touserdata(L, -1) == &k_require_loading) {
            return luaL_error(L, "require: module '%s' requires itself (a loop)", name);
        }
        return 1;
    }
    lua_pop(L, 1);
    VmState& st = vm_state(L);
    if (!read_lib_module(st, name, len)) {
        lua_pushlstring(L, st.scratch_text.data(), st.scratch_text.size());
        return lua_error(L);
    }
    const std::string& chunkname = st.scratch_json.get_ref<const std::string&>();
    if (luaL_loadbufferx(L, st.scratch_text.data(), st.scratch_text.size(), chunkname.c_str(), "t") !=
        LUA_OK) {
        return lua_error(L);
    }
    lua_pushlightuserdata(L, &k_require_loading);
    lua_setfield(L, 2, name);  // cache[name] = loading
    lua_pushvalue(L, 1);
    lua_call(L, 1, 1);  // the module's chunk, env = sandbox globals (the default upvalue)
    if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        lua_pushboolean(L, 1);
    }
    lua_pushvalue(L, -1);
    lua_setfield(L, 2, name);
    return 1;
}

void set_wrapped_global(lua_State* L, const char* name, lua_CFunction wrapper) {
    lua_getglobal(L, name);
    lua_pushcclosure(L, wrapper, 1);
    lua_setglobal(L, name);
}

void wrap_field(lua_State* L, int table, const char* name, lua_CFunction wrapper) {
    lua_getfield(L, table, name);
    lua_pushcclosure(L, wrapper, 1);
    lua_setfield(L, table, name);
}

void open_library(lua_State* L, const char* name, lua_CFunction open) {
    luaL_requiref(L, name, open, 1);
    lua_pop(L, 1);
}

}  // namespace

int install_sandbox(lua_State* L) {
    open_library(L, LUA_GNAME, luaopen_base);
    open_library(L, LUA_STRLIBNAME, luaopen_string);
    open_library(L, LUA_TABLIBNAME, luaopen_table);
    open_library(L, LUA_MATHLIBNAME, luaopen_math);
    open_library(L, LUA_UTF8LIBNAME, luaopen_utf8);

    // os: time, clock and date only. The full table is dropped from the registry as well.
    luaL_requiref(L, LUA_OSLIBNAME, luaopen_os, 0);
    lua_createtable(L, 0, 3);
    for (const char* name : {"time", "clock", "date"}) {
        lua_getfield(L, -2, name);
        lua_setfield(L, -2, name);
    }
    lua_setglobal(L, LUA_OSLIBNAME);
    lua_pop(L, 1);
    luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);
    lua_pushnil(L);
    lua_setfield(L, -2, LUA_OSLIBNAME);
    lua_pop(L, 1);

    // Base: no file access, no printing to the user's terminal, no binary chunks.
    for (const char* name : {"dofile", "loadfile", "print", "warn", "require"}) {
        lua_pushnil(L);
        lua_setglobal(L, name);
    }
    lua_pushcfunction(L, sandbox_load);
    lua_setglobal(L, "load");
    lua_pushcfunction(L, count_only_collectgarbage);
    lua_setglobal(L, "collectgarbage");
    set_wrapped_global(L, "setmetatable", sandbox_setmetatable);
    set_wrapped_global(L, "rawset", sandbox_rawset);
    lua_pushcfunction(L, sandbox_xpcall);
    lua_setglobal(L, "xpcall");

    lua_newtable(L);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &k_require_cache);
    lua_pushcfunction(L, sandbox_require);
    lua_setglobal(L, "require");

    // The real string table: it is also the string metatable's __index, so ("").dump and
    // ("x"):rep(...) reach these entries too.
    lua_getglobal(L, LUA_STRLIBNAME);
    const int string_table = lua_gettop(L);
    lua_pushnil(L);
    lua_setfield(L, string_table, "dump");
    wrap_field(L, string_table, "rep", safe_rep);
    install_pattern_functions(L, string_table);
    lua_pop(L, 1);

    lua_pushliteral(L, "");
    lua_getmetatable(L, -1);
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");  // getmetatable("") now returns false
    lua_pop(L, 2);

    lua_getglobal(L, LUA_TABLIBNAME);
    const int table_table = lua_gettop(L);
    wrap_field(L, table_table, "insert", safe_insert_or_remove);
    wrap_field(L, table_table, "remove", safe_insert_or_remove);
    lua_pushcfunction(L, checked_move);
    lua_setfield(L, table_table, "move");
    wrap_field(L, table_table, "sort", safe_sort);
    lua_pushcfunction(L, checked_concat);
    lua_setfield(L, table_table, "concat");
    lua_pushcfunction(L, checked_unpack);
    lua_setfield(L, table_table, "unpack");
    lua_pop(L, 1);

    install_stemmer(L);  // global stem(word): Snowball English, for graders/lib/rubric.lua
    install_read_only_proxies(L);
    return 0;
}

}  // namespace prepl::lua
