#pragma once
// Read-only views of Lua tables, used for ctx (internal to src/lua/).
//
// A proxy is an empty table whose locked metatable (__metatable = "read-only") forwards reads to a
// hidden backing table: __index wraps nested tables in proxies too (cached, so ctx.problem ==
// ctx.problem), __newindex raises, __len and __pairs work, so #, ipairs, pairs and table.concat
// behave as on plain tables. The backing tables live only in the registry, out of reach of Lua
// code; the sandbox's rawset refuses proxies. rawget/next/rawlen see an empty table.
#include <lua.hpp>

namespace prepl::lua {

// Creates the shared proxy metatable and registry maps. Raises on memory errors (run under pcall).
void install_read_only_proxies(lua_State* L);

// Pushes the read-only proxy of the table at `index` (the same proxy each time). May raise.
void push_read_only(lua_State* L, int index);

// True if the value at `index` is a proxy. Never raises.
bool is_read_only_proxy(lua_State* L, int index);

// If the value at `index` is a proxy, pushes its backing table and returns true. Never raises.
bool push_proxy_backing(lua_State* L, int index);

}  // namespace prepl::lua
