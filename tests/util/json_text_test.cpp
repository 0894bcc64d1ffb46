#include "util/json_text.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace prepl::util;

namespace {

std::string nested_arrays(int depth) { return std::string(depth, '[') + std::string(depth, ']'); }

}  // namespace

TEST_CASE("parse_json refuses a document nested 70,000 deep with a short message, no crash") {
    // Issue 9 item 5: a case answer this deep overflowed the stack in nlohmann's recursive dump.
    const std::string text = "{\"a\": " + nested_arrays(70000) + "}";
    auto parsed = parse_json(text);
    REQUIRE_FALSE(parsed.has_value());
    CHECK(parsed.error().message ==
          "nested more than 256 levels deep (arrays and objects inside one another)");
    CHECK(parsed.error().byte == 6 + 255);  // level 257: the object is level 1, so the 256th [
}

TEST_CASE("parse_json accepts nesting up to the bound and reads ordinary JSON unchanged") {
    CHECK(parse_json(nested_arrays(k_max_json_nesting)).has_value());
    CHECK_FALSE(parse_json(nested_arrays(k_max_json_nesting + 1)).has_value());
    // Brackets inside strings are text, not nesting.
    const std::string brackets = "[\"" + std::string(1000, '[') + "\\\"{\"]";
    auto text = parse_json(brackets);
    REQUIRE(text.has_value());
    CHECK((*text)[0].get<std::string>().size() == 1002);
    auto doc = parse_json(R"({"id": "x", "n": [1, 2.5, null, true], "o": {"k": "v"}})");
    REQUIRE(doc.has_value());
    CHECK((*doc)["n"][1] == 2.5);
    CHECK((*doc)["o"]["k"] == "v");
}

TEST_CASE("a syntax error never quotes kilobytes of the input") {
    // An unterminated 1 MB string: nlohmann's message quotes the whole token it read.
    const std::string text = "{\"a\": \"" + std::string(1 << 20, 'x');
    auto parsed = parse_json(text);
    REQUIRE_FALSE(parsed.has_value());
    CHECK(parsed.error().message.starts_with("syntax error"));
    CHECK(parsed.error().message.size() <= 2 * k_max_quoted_bytes + 3);
    CHECK(parsed.error().message.ends_with("…"));
}

TEST_CASE("shorten cuts on a character boundary and marks the cut") {
    CHECK(shorten("short") == "short");
    CHECK(shorten(std::string(10, 'a'), 4) == "aaaa…");
    CHECK(shorten("aaé", 3) == "aa…");  // é is two bytes: never split
}
