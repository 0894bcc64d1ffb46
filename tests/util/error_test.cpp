#include <doctest/doctest.h>

#include "util/error.hpp"

TEST_CASE("a failed Result carries its error message") {
    prepl::util::Result<int> r = prepl::util::fail(prepl::util::Error::missing("no such problem: x"));
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().code == prepl::util::Error::Code::not_found);
    CHECK(r.error().message == "no such problem: x");
}
