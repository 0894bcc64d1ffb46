#pragma once
// The small arithmetic language of numeric problems' `expr` fields (NUMERIC_FORMAT.md):
// numbers, names, + - * / ^, unary minus, parentheses and a few functions. Hand-written: no
// packaged library in our stack parses and evaluates such expressions with positioned errors.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "grade/numeric/param_set.hpp"
#include "util/error.hpp"

namespace prepl::grade::numeric {

// A parsed expression; cheap to copy (the tree is shared and immutable).
//
// Grammar (^ binds tighter than unary minus and is right-associative: -2^2 = -4, 2^3^2 = 512):
//   expr  := term (('+' | '-') term)*
//   term  := unary (('*' | '/') unary)*
//   unary := '-' unary | '+' unary | power
//   power := atom ('^' unary)?
//   atom  := number | name | name '(' expr (',' expr)* ')' | '(' expr ')'
// Functions: round(x[, k]) (half away from zero, k decimals), floor, ceil, sqrt, exp, log
// (natural), abs, pnorm(z) (standard normal cdf), qnorm(p) (its inverse), choose(n, k), eq(a, b) (1 when equal, else 0),
// min(a, b, ...), max(a, b, ...). Extension: on a list param, sum(x), mean(x),
// count(x), sd(x) (sample, n - 1), min(x), max(x); given several lists (and numbers) they act on
// all of them joined: sd(small, large).
class Expression {
public:
    struct Node;

    // Fails with an invalid_input Error "position N: ..." (N counts characters from 1).
    static util::Result<Expression> parse(std::string_view text);
    // A condition (a "require" entry): an expression, or two compared with < <= > >= == !=;
    // it evaluates to 1 when it holds, else 0.
    static util::Result<Expression> parse_condition(std::string_view text);
    // The expression standing for one literal number (a JSON number in `args`).
    static Expression constant(double value);

    // The value, with names looked up in `scope`. Fails (naming the position) on an unknown
    // name, a text param, a list where a number is needed, a wrong function arity, or a
    // result that is not finite (division by zero, log of 0, ...).
    util::Result<double> evaluate(const ParamSet& scope) const;
    // As evaluate, but a bare name of a list param yields the list (solver vector inputs).
    util::Result<ParamValue> evaluate_value(const ParamSet& scope) const;

    // The names the expression reads (not function names), each once, in order of appearance.
    std::vector<std::string> names() const;
    const std::string& text() const { return m_text; }

private:
    std::shared_ptr<const Node> m_root;
    std::string m_text;
};

// round(x, k) as the expression language computes it: half away from zero at k decimals.
double round_to(double value, int decimals);

}  // namespace prepl::grade::numeric
