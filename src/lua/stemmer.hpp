#pragma once
// The Snowball English stemmer (Debian libstemmer) exposed to graders as the global
// `stem(word)`: lower-cases nothing, returns the stem of one word ("randomized" -> "random").
// Used by graders/lib/rubric.lua so that answers and rubric synonyms meet on the same stems.
#include <string>
#include <string_view>

#include <lua.hpp>

namespace prepl::lua {

// The Snowball English stem of `word` (expected lower case). Thread-safe: one stemmer per thread.
std::string snowball_stem(std::string_view word);

// Sets the global `stem` in the state (called by install_sandbox).
void install_stemmer(lua_State* L);

}  // namespace prepl::lua
