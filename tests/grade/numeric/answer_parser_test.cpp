#include "grade/numeric/answer_parser.hpp"

#include <doctest/doctest.h>

using prepl::grade::numeric::parse_answer;
using prepl::grade::numeric::parse_number;

namespace {
double number(const char* text) {
    auto v = parse_number(text);
    REQUIRE_MESSAGE(v.has_value(), (v ? "" : v.error().message));
    return *v;
}
}  // namespace

TEST_CASE("one value in every accepted form") {
    CHECK(number("0.0652") == 0.0652);
    CHECK(number("6.52%") == doctest::Approx(0.0652));
    CHECK(number("6.52e-2") == 0.0652);
    CHECK(number("1/16") == 0.0625);
    CHECK(number("1,234") == 1234);
    CHECK(number("1,234,567.5") == 1234567.5);
    CHECK(number("-1.5") == -1.5);
    CHECK(number(".5") == 0.5);
    CHECK(number("+2") == 2);
    CHECK(number("  7  ") == 7);
    CHECK(number("\xE2\x88\x92"
                 "3") == -3);  // U+2212 minus sign
}

TEST_CASE("garbage is refused with a sentence quoting it") {
    for (const char* bad :
         {"abc", "", "1.2.3x", "inf", "nan", "0x10", "1,23", "12,3456", "1/0", "5%%", "two"}) {
        CAPTURE(bad);
        CHECK_FALSE(parse_number(bad).has_value());
    }
    CHECK(parse_number("abc").error().message.find("'abc' is not a number") != std::string::npos);
    CHECK(parse_number("1,23").error().message.find("thousands") != std::string::npos);
}

TEST_CASE("name=value and name: value lines in any order, case-insensitive") {
    auto parsed = parse_answer("p_value: 1.7%\nZ = 2.38\n", {"z", "p_value"});
    REQUIRE(parsed.problem.empty());
    CHECK(parsed.parts[0].value == 2.38);
    CHECK(parsed.parts[1].value == doctest::Approx(0.017));
}

TEST_CASE("several name=value pairs on one line, thousands separators kept") {
    auto parsed = parse_answer("n = 1,234, z=2.5; p_value=0.01", {"z", "p_value", "n"});
    REQUIRE(parsed.problem.empty());
    CHECK(parsed.parts[0].value == 2.5);
    CHECK(parsed.parts[1].value == 0.01);
    CHECK(parsed.parts[2].value == 1234);
}

TEST_CASE("values in answer order: one per line, or separated by commas, semicolons or spaces") {
    auto lines = parse_answer("1,234\n0.05\n", {"n", "p"});
    REQUIRE(lines.problem.empty());
    CHECK(lines.parts[0].value == 1234);  // one per line: thousands separators allowed
    CHECK(lines.parts[1].value == 0.05);
    auto one_line = parse_answer("2.38, 0.0171", {"z", "p_value"});
    CHECK(one_line.parts[0].value == 2.38);
    CHECK(one_line.parts[1].value == 0.0171);
    auto spaces = parse_answer("2.38 1.7% ; 1/16", {"a", "b", "c"});
    CHECK(spaces.parts[1].value == doctest::Approx(0.017));
    CHECK(spaces.parts[2].value == 0.0625);
    auto single = parse_answer("  1,234 \n", {"n"});
    CHECK(single.parts[0].value == 1234);
}

TEST_CASE("comment lines are ignored") {
    auto parsed =
        parse_answer("# pooled z\nz=2.38\n\n# two-sided\np_value=0.017", {"z", "p_value"});
    REQUIRE(parsed.problem.empty());
    CHECK(parsed.parts[1].value == 0.017);
}

TEST_CASE("unknown names, wrong counts, repeats and missing parts are reported") {
    CHECK(parse_answer("zz=2", {"z", "p_value"})
              .problem.find("no part named 'zz'; the parts are z, p_value") != std::string::npos);
    CHECK(parse_answer("1 2 3", {"z", "p_value"})
              .problem.find("expected 2 values (z, p_value, in that order) but found 3") !=
          std::string::npos);
    CHECK(parse_answer("z=1\nz=2", {"z", "p_value"}).problem == "z is given twice");
    CHECK(parse_answer("z=1\n0.5", {"z", "p_value"}).problem.find("'0.5' has no name") !=
          std::string::npos);
    CHECK(parse_answer("", {"z"}).problem.find("no answer given") != std::string::npos);
    auto missing = parse_answer("z=2.38", {"z", "p_value"});
    CHECK(missing.problem.empty());
    CHECK_FALSE(missing.parts[1].value.has_value());
    CHECK(missing.parts[1].problem == "missing");
    auto unreadable = parse_answer("z=abc\np_value=0.01", {"z", "p_value"});
    CHECK_FALSE(unreadable.parts[0].value.has_value());
    CHECK(unreadable.parts[0].problem.find("'abc' is not a number") != std::string::npos);
    CHECK(unreadable.parts[1].value == 0.01);
}

TEST_CASE("a fraction that overflows is not a finite number") {
    // Issue 9 item 8: 1e308/1e-308 evaluated to +inf and was graded as a number.
    for (const char* text : {"1e308/1e-308", "-1e308/1e-308", "1e308 / 1e-10"}) {
        CAPTURE(text);
        auto v = parse_number(text);
        REQUIRE_FALSE(v.has_value());
        // Refused as a plain fraction, or by the arithmetic evaluator naming the operator.
        const std::string& why = v.error().message;
        CHECK_MESSAGE((why.find("is not a finite number") != std::string::npos ||
                       why.find("'/' gives infinity") != std::string::npos),
                      why);
    }
    CHECK(parse_number("1e300/1e-5").has_value());  // 1e305: large, but finite
}

TEST_CASE("an interval as typed gives the two parts") {
    for (const char* typed : {"(4.67, 8.19)", "[4.67, 8.19]", "4.67 to 8.19", "4.67 \xE2\x80\x93 8.19",
                              "4.67 - 8.19", "4.67-8.19", "[4.67; 8.19)"}) {
        CAPTURE(typed);
        auto parsed = parse_answer(typed, {"lower", "upper"});
        REQUIRE(parsed.problem.empty());
        CHECK(parsed.parts[0].value == 4.67);
        CHECK(parsed.parts[1].value == 8.19);
    }
    auto negative = parse_answer("(-0.012, 0.034)", {"lower", "upper"});
    CHECK(negative.parts[0].value == -0.012);
    CHECK(negative.parts[1].value == 0.034);
    auto both_negative = parse_answer("-3.5 to -1.25", {"lower", "upper"});
    CHECK(both_negative.parts[0].value == -3.5);
    CHECK(both_negative.parts[1].value == -1.25);
}

TEST_CASE("arithmetic typed as a value is evaluated; names and junk are refused with a reason") {
    // By hand (python3): 1 - (35/36)**27 = 0.5326204816...
    CHECK(number("1 - (35/36)^27") == doctest::Approx(0.5326204816).epsilon(1e-9));
    CHECK(number("2*(1 - 0.975)") == doctest::Approx(0.05));
    CHECK(number("sqrt(2)/4") == doctest::Approx(0.3535533906));
    auto single = parse_answer("1 - (35/36)^27", {"p"});
    REQUIRE(single.problem.empty());
    CHECK(*single.parts[0].value == doctest::Approx(0.5326204816));
    auto listed = parse_answer("1 - (35/36)^27, 0.5", {"p", "q"});
    REQUIRE(listed.problem.empty());
    CHECK(*listed.parts[1].value == 0.5);
    CHECK(parse_number("1 - x^2").error().message.find("uses the name x") != std::string::npos);
    CHECK(parse_number("1 - (2").error().message.find("neither a number nor arithmetic") != std::string::npos);
    CHECK(parse_number("1/(1-1)").error().message.find("division by zero") != std::string::npos);
}

TEST_CASE("the shell's line hook refuses an unreadable value when typed and echoes arithmetic") {
    using prepl::grade::numeric::check_answer_line;
    CHECK(check_answer_line("p = 0.53", {"p"}).problem.empty());
    auto evaluated = check_answer_line("p = 1 - (35/36)^27", {"p"});
    CHECK(evaluated.problem.empty());
    REQUIRE(evaluated.notes.size() == 1);
    CHECK(evaluated.notes[0] == "p = 1 - (35/36)^27 = 0.53262");
    CHECK(check_answer_line("p = 1 - (35/36", {"p"}).problem.find("p: '1 - (35/36' is neither") == 0);
    CHECK(check_answer_line("q = 3", {"p"}).problem.find("there is no part named 'q'") == 0);
    CHECK(check_answer_line("(4.67, 8.19)", {"lower", "upper"}).problem.empty());
    CHECK(check_answer_line("4.67 abc", {"lower", "upper"}).problem.find("'abc' is not a number") == 0);
}
