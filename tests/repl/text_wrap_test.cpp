#include "repl/text_wrap.hpp"

#include <doctest/doctest.h>

using prepl::repl::wrap_prose;

TEST_CASE("prose wraps at word boundaries, keeping indentation and bullets") {
    CHECK(wrap_prose("the quick brown fox jumps", 10) == "the quick\nbrown fox\njumps");
    CHECK(wrap_prose("- one two three four", 10) == "- one two\n  three\n  four");
    CHECK(wrap_prose("short\n", 10) == "short\n");
    CHECK(wrap_prose("```\nSELECT a, b, c FROM t\n```", 10) == "```\nSELECT a, b, c FROM t\n```");
    CHECK(wrap_prose("| a | b | c | d |", 5) == "| a | b | c | d |");
    CHECK(wrap_prose("averyveryverylongword", 5) == "averyveryverylongword");
    CHECK(wrap_prose("no limit here at all", 0) == "no limit here at all");
}
