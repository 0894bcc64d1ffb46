#include "lua/lua_vm.hpp"

#include <cstdio>
#include <cstdlib>

#include <fmt/format.h>

namespace prepl::lua {
namespace {

// Every 1000 VM instructions: cheap (one clock read) yet stops a loop within microseconds.
constexpr int k_hook_instruction_interval = 1000;

void* counting_alloc(void* ud, void* ptr, std::size_t osize, std::size_t nsize) {
    auto* st = static_cast<VmState*>(ud);
    const std::size_t old = ptr ? osize : 0;  // with ptr==NULL, osize is a type tag, not a size
    if (nsize == 0) {
        std::free(ptr);
        st->used_bytes -= old;
        return nullptr;
    }
    if (nsize > old && nsize - old > st->cap_bytes - st->used_bytes) {
        // Lua answers the first refusal with an emergency full GC and asks again; the second
        // refusal in a row is a real overrun.
        if (++st->refusals_in_row >= 2) st->memory_exceeded = true;
        return nullptr;
    }
    void* block = std::realloc(ptr, nsize);
    if (block == nullptr) return nullptr;
    if (nsize > old) st->refusals_in_row = 0;
    st->used_bytes = st->used_bytes - old + nsize;
    return block;
}

void budget_hook(lua_State* L, lua_Debug*) {
    VmState& st = vm_state(L);
    if (st.time_exceeded || st.memory_exceeded || std::chrono::steady_clock::now() >= st.deadline) {
        raise_stopped(L);
    }
    lua_Debug frame;
    if (lua_getstack(L, st.max_call_depth, &frame)) {
        char message[96];
        std::snprintf(message, sizeof message, "grader exceeded the call depth limit (%d)",
                      st.max_call_depth);
        luaL_error(L, "%s", message);
    }
}

}  // namespace

VmState& vm_state(lua_State* L) {
    void* ud = nullptr;
    lua_getallocf(L, &ud);
    return *static_cast<VmState*>(ud);
}

void raise_stopped(lua_State* L) {
    VmState& st = vm_state(L);
    if (!st.memory_exceeded) st.time_exceeded = true;
    lua_sethook(L, budget_hook, LUA_MASKCOUNT, 1);
    // Fixed messages, no C++ strings here: lua_error longjmps. run_grader rewrites the message
    // from the flags, so a grader cannot disguise the stop by catching and rethrowing.
    if (st.memory_exceeded) {
        lua_pushliteral(L, "grader exceeded its memory limit");
    } else {
        lua_pushliteral(L, "grader stopped (time budget)");
    }
    lua_error(L);
    std::abort();  // lua_error does not return
}

void check_deadline(lua_State* L) {
    VmState& st = vm_state(L);
    if (st.time_exceeded || std::chrono::steady_clock::now() >= st.deadline) raise_stopped(L);
}

std::string time_budget_message(std::chrono::milliseconds budget) {
    return fmt::format("grader stopped after {:.1f} s (time budget)", budget.count() / 1000.0);
}

std::string memory_limit_message(std::size_t cap_bytes) {
    if (cap_bytes % (1u << 20) == 0) {
        return fmt::format("grader exceeded its {} MiB memory limit", cap_bytes >> 20);
    }
    return fmt::format("grader exceeded its {:.2f} MiB memory limit",
                       static_cast<double>(cap_bytes) / (1u << 20));
}

LuaVm::LuaVm(std::size_t memory_bytes, std::chrono::milliseconds budget, int max_call_depth) {
    m_state.cap_bytes = memory_bytes;
    m_state.budget = budget;
    m_state.max_call_depth = max_call_depth;
    m_state.deadline = std::chrono::steady_clock::now() + budget;
    m_L = lua_newstate(counting_alloc, &m_state);
    if (m_L != nullptr) lua_sethook(m_L, budget_hook, LUA_MASKCOUNT, k_hook_instruction_interval);
}

// The hook stays armed through lua_close. No Lua finalizer can run there anyway: the sandbox's
// setmetatable refuses __gc, because finalizers run with hooks disabled.
LuaVm::~LuaVm() {
    if (m_L != nullptr) lua_close(m_L);
}

}  // namespace prepl::lua
