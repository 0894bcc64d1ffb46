#pragma once
// Helpers shared by the Lua grader tests.
#include <doctest/doctest.h>

#include <string>

#include "lua/grader_host.hpp"

namespace prepl::lua::testing {

// The budget the hostile tests run under (they assert status and message, not wall time).
inline LuaLimits test_limits() {
    LuaLimits limits;
    limits.time_budget = std::chrono::milliseconds(200);
    return limits;
}

inline GraderOutcome grade(const std::string& source, const nlohmann::json& answer = "",
                           const GraderContext& ctx = {}, const LuaLimits& limits = test_limits()) {
    return run_grader(source, "graders/test.lua", answer, ctx, limits);
}

inline bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

}  // namespace prepl::lua::testing
