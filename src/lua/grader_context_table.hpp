#pragma once
// The ctx table handed to grade(answer, ctx) (internal to src/lua/).
#include <lua.hpp>

namespace prepl::lua {

// lua_CFunction, run under lua_pcall with vm_state(L).grader set: pushes the read-only ctx proxy
// (problem, params, user, reference, null, query, solve, compare). Raises on memory errors.
int push_grader_context(lua_State* L);

}  // namespace prepl::lua
