// Fuzz target, differential: prepl's Lua pattern engine (src/lua/pattern_match.cpp) against stock
// Lua 5.4's string library (tests/support/pattern_oracle.hpp). Input, line by line: the operation
// letter (f find, F plain find, m match, g gmatch, s/S/t gsub with a string/function/table) with an
// optional integer after it (init, or gsub's maximum count); the pattern; the replacement; then
// the subject (the rest, newlines and NULs included). Cases too big for stock Lua's unbounded
// backtracking are skipped. Invariant: same results and same error messages.
#include <charconv>

#include "fuzz_support.hpp"
#include "support/pattern_oracle.hpp"

using namespace prepl;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size > 256) return 0;
    std::string_view text = fuzz::as_text(data, size);
    const std::string_view head = fuzz::take_line(text);
    if (head.empty()) return 0;
    test::PatternCase c;
    c.op = head[0];
    if (std::string_view("fFmgsSt").find(c.op) == std::string_view::npos) return 0;
    if (head.size() > 1) {
        long long arg = 0;
        const auto [end, ec] = std::from_chars(head.data() + 1, head.data() + head.size(), arg);
        if (ec != std::errc() || end != head.data() + head.size() || arg < -100 || arg > 100) return 0;
        c.arg = arg;
    }
    c.pattern = fuzz::take_line(text);
    c.repl = fuzz::take_line(text);
    c.subject = text;
    if (!test::small_enough(c)) return 0;
    const auto result = test::compare_with_stock(c);
    if (!result.same())
        fuzz::fail(test::describe(c) + "\n  stock Lua: " + result.stock + "\n  prepl:     " + result.prepl);
    return 0;
}
