// prepl's Lua pattern engine against stock Lua 5.4 (support/pattern_oracle.hpp): the reference is
// the liblua5.4 string library this binary links, run on a plain lua_State.
#include <doctest/doctest.h>

#include <random>

#include "support/pattern_oracle.hpp"

using prepl::test::compare_with_stock;
using prepl::test::PatternCase;

namespace {

// Pattern pieces: every class letter (and its complement), sets, ranges, %b, %f, captures,
// back-references, anchors, and malformed pieces ("%", "[a", ")") so errors are compared too.
constexpr const char* k_atoms[] = {
    "a", "b", "z", ".", "%a", "%A", "%c", "%d", "%D", "%g", "%l", "%p", "%s", "%S", "%u", "%w", "%x",
    "%z", "%Z", "%%", "%.", "%]", "[az]", "[^a]", "[a-c]", "[%z]", "[^%z]", "[%a_]", "[]]", "[^]]",
    "[a-]", "%bab", "%b()", "%f[%w]", "%f[%W]", "%f[%z]", "%f[^%z]", "(", ")", "()", "%1", "%2",
    "%0", "$", "^", "-", "%", "[a", "%f", "%b", "%q",
};
constexpr const char* k_quantifiers[] = {"", "", "", "*", "+", "-", "?"};
constexpr char k_subject_chars[] = {'a', 'b', 'z', ' ', '\0', 'A', '1', '.', '-', '_', '%', '(', ')', '\n', 'Z', '\xe9'};
constexpr char k_ops[] = {'f', 'F', 'm', 'g', 's', 'S', 't'};
constexpr const char* k_replacements[] = {"<%0>", "%1", "%2-%1", "x", "%%", "%", "%a", "", "[%1]"};

PatternCase generate(std::mt19937& rng) {
    auto pick = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
    PatternCase c;
    c.op = k_ops[pick(std::size(k_ops))];
    if (pick(3) == 0) c.arg = static_cast<long long>(pick(10)) - 4;
    if (pick(4) == 0) c.pattern += '^';
    for (std::size_t i = 0, n = 1 + pick(4); i < n; ++i) {
        c.pattern += k_atoms[pick(std::size(k_atoms))];
        c.pattern += k_quantifiers[pick(std::size(k_quantifiers))];
    }
    if (pick(4) == 0) c.pattern += '$';
    c.repl = k_replacements[pick(std::size(k_replacements))];
    for (std::size_t i = 0, n = pick(13); i < n; ++i) c.subject += k_subject_chars[pick(std::size(k_subject_chars))];
    return c;
}

}  // namespace

TEST_CASE("%z matches the NUL byte and %Z anything else, as in stock Lua 5.4") {
    // Lua 5.4's lstrlib.c keeps `case 'z': res = (c == 0);` ("deprecated option") in match_class.
    for (const std::string pattern : {"%z", "%Z", "[%z]", "[^%z]", "%z+", "a%zz", "%f[%z]"}) {
        const PatternCase c{'f', std::nullopt, pattern, "", std::string("a\0z", 3)};
        const auto result = compare_with_stock(c);
        CAPTURE(pattern);
        CHECK(result.stock == result.prepl);
    }
    const auto z = compare_with_stock({'f', std::nullopt, "%z", "", std::string("a\0z", 3)});
    CHECK(z.stock == "ok 2,2");  // position 2 holds the NUL
}

TEST_CASE("prepl's pattern engine equals stock Lua 5.4 on 4000 generated calls") {
    std::mt19937 rng(20260101);  // fixed seed: the same cases every run
    int compared = 0, errors = 0;
    while (compared < 4000) {
        const PatternCase c = generate(rng);
        if (!prepl::test::small_enough(c)) continue;
        const auto result = compare_with_stock(c);
        ++compared;
        if (result.stock.starts_with("error")) ++errors;
        if (!result.same()) {
            INFO(prepl::test::describe(c));
            CHECK(result.prepl == result.stock);
        }
    }
    // The generator must reach both paths: results and error messages.
    CHECK(errors > 200);
    CHECK(compared - errors > 2000);
}
