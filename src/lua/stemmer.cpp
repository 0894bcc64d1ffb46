#include "lua/stemmer.hpp"

#include <memory>

#include <libstemmer.h>

namespace prepl::lua {
namespace {

struct StemmerDeleter {
    void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};

// Words longer than this are returned as they are: no English word needs more, and it bounds
// the stemmer's work on hostile input.
constexpr std::size_t k_max_word_bytes = 64;

// stem(word) -> string. Does no Lua allocation before the stemmer has run, and the stemmer
// itself cannot raise, so no C++ object is skipped by a longjmp.
int lua_stem(lua_State* L) {
    std::size_t len = 0;
    const char* word = luaL_checklstring(L, 1, &len);
    if (len == 0 || len > k_max_word_bytes) {
        lua_pushvalue(L, 1);
        return 1;
    }
    thread_local std::string out;
    out = snowball_stem(std::string_view(word, len));
    lua_pushlstring(L, out.data(), out.size());
    return 1;
}

}  // namespace

std::string snowball_stem(std::string_view word) {
    thread_local std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer(sb_stemmer_new("english", "UTF_8"));
    if (!stemmer || word.empty() || word.size() > k_max_word_bytes) return std::string(word);
    const sb_symbol* stemmed =
        sb_stemmer_stem(stemmer.get(), reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
    if (!stemmed) return std::string(word);  // out of memory inside the stemmer: keep the word
    return std::string(reinterpret_cast<const char*>(stemmed), static_cast<std::size_t>(sb_stemmer_length(stemmer.get())));
}

void install_stemmer(lua_State* L) {
    lua_pushcfunction(L, lua_stem);
    lua_setglobal(L, "stem");
}

}  // namespace prepl::lua
