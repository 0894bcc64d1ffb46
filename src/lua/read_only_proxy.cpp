#include "lua/read_only_proxy.hpp"

namespace prepl::lua {
namespace {

// Registry keys (their addresses are unique light userdata).
char k_proxy_metatable;
char k_backing_of_proxy;  // proxy -> backing
char k_proxy_of_backing;  // backing -> proxy

int proxy_index(lua_State* L) {
    if (!push_proxy_backing(L, 1)) return 0;
    lua_pushvalue(L, 2);
    if (lua_rawget(L, -2) == LUA_TTABLE) push_read_only(L, lua_gettop(L));
    return 1;
}

int proxy_newindex(lua_State* L) {
    if (lua_type(L, 2) == LUA_TSTRING) {
        return luaL_error(L, "ctx is read-only (cannot set field '%s')", lua_tostring(L, 2));
    }
    return luaL_error(L, "ctx is read-only (cannot set a field)");
}

int proxy_len(lua_State* L) {
    if (!push_proxy_backing(L, 1)) return 0;
    lua_pushinteger(L, static_cast<lua_Integer>(lua_rawlen(L, -1)));
    return 1;
}

int proxy_next(lua_State* L) {
    lua_settop(L, 2);
    if (!push_proxy_backing(L, 1)) return 0;
    lua_pushvalue(L, 2);
    if (lua_next(L, -2) == 0) return 0;  // "invalid key to 'next'" is a normal Lua error here
    if (lua_type(L, -1) == LUA_TTABLE) {
        push_read_only(L, lua_gettop(L));
        lua_replace(L, -2);
    }
    return 2;
}

int proxy_pairs(lua_State* L) {
    lua_pushcfunction(L, proxy_next);
    lua_pushvalue(L, 1);
    lua_pushnil(L);
    return 3;
}

}  // namespace

void install_read_only_proxies(lua_State* L) {
    lua_newtable(L);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &k_backing_of_proxy);
    lua_newtable(L);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &k_proxy_of_backing);

    lua_createtable(L, 0, 5);
    lua_pushcfunction(L, proxy_index);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, proxy_newindex);
    lua_setfield(L, -2, "__newindex");
    lua_pushcfunction(L, proxy_len);
    lua_setfield(L, -2, "__len");
    lua_pushcfunction(L, proxy_pairs);
    lua_setfield(L, -2, "__pairs");
    lua_pushliteral(L, "read-only");
    lua_setfield(L, -2, "__metatable");
    lua_rawsetp(L, LUA_REGISTRYINDEX, &k_proxy_metatable);
}

void push_read_only(lua_State* L, int index) {
    index = lua_absindex(L, index);
    lua_rawgetp(L, LUA_REGISTRYINDEX, &k_proxy_of_backing);
    lua_pushvalue(L, index);
    if (lua_rawget(L, -2) == LUA_TTABLE) {
        lua_remove(L, -2);
        return;
    }
    lua_pop(L, 1);  // cache table stays at -1
    lua_newtable(L);  // the proxy
    lua_rawgetp(L, LUA_REGISTRYINDEX, &k_proxy_metatable);
    lua_setmetatable(L, -2);
    lua_pushvalue(L, index);
    lua_pushvalue(L, -2);
    lua_rawset(L, -4);  // cache[backing] = proxy
    lua_rawgetp(L, LUA_REGISTRYINDEX, &k_backing_of_proxy);
    lua_pushvalue(L, -2);
    lua_pushvalue(L, index);
    lua_rawset(L, -3);  // backing_of[proxy] = backing
    lua_pop(L, 1);
    lua_remove(L, -2);  // drop the cache table, leaving the proxy
}

bool is_read_only_proxy(lua_State* L, int index) {
    if (lua_type(L, index) != LUA_TTABLE || !lua_checkstack(L, 2)) return false;
    if (!lua_getmetatable(L, index)) return false;
    lua_rawgetp(L, LUA_REGISTRYINDEX, &k_proxy_metatable);
    const bool same = lua_rawequal(L, -1, -2) != 0;
    lua_pop(L, 2);
    return same;
}

bool push_proxy_backing(lua_State* L, int index) {
    index = lua_absindex(L, index);
    if (!is_read_only_proxy(L, index) || !lua_checkstack(L, 2)) return false;
    lua_rawgetp(L, LUA_REGISTRYINDEX, &k_backing_of_proxy);
    lua_pushvalue(L, index);
    lua_rawget(L, -2);
    lua_remove(L, -2);
    return true;
}

}  // namespace prepl::lua
