#pragma once
// The `numeric` part of a problem (params, answers, mistakes), typed and checked once, from
// bank::Problem::raw. The format is NUMERIC_FORMAT.md; problems/schema.json only checks shapes.
#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "bank/problem.hpp"
#include "grade/numeric/expression.hpp"
#include "grade/numeric/param_set.hpp"
#include "grade/numeric/tolerance.hpp"
#include "util/error.hpp"

namespace prepl::grade::numeric {

// A draw of one number: the "int", "uniform" or "normal" forms (also a list's element).
struct Draw {
    enum class Kind { integer, uniform, normal };
    Kind kind = Kind::integer;
    double first = 0,
           second = 0;         // integer/uniform: lo, hi (inclusive for integer); normal: mean, sd
    std::optional<int> round;  // decimals for uniform and normal
};

struct ParamSpec {
    enum class Kind { fixed, draw, choice, list, expr, binomial };
    std::string name;
    std::string pointer;  // "/params/n1", for messages
    Kind kind = Kind::fixed;
    ParamValue fixed;                 // fixed: a number or a text
    Draw draw;                        // draw, and each element of a list
    std::vector<ParamValue> choices;  // choice
    std::variant<std::size_t, std::string>
        list_length;                 // list: a count or the name of an earlier param
    std::optional<Expression> expr;  // expr
    std::optional<Expression> trials, probability;  // binomial: a draw of Binomial(n, p)
};

// A solver argument: one expression, a vector of them, or a table of them.
using ArgSpec =
    std::variant<Expression, std::vector<Expression>, std::vector<std::vector<Expression>>>;

// How a value is computed: a registry solver's output field, or an expression.
struct Computation {
    std::string pointer;  // "/answers/0", for messages
    std::string solver;   // empty when `expr` is set
    std::string field;
    std::optional<std::size_t> index;  // "index": k picks element k (0-based) of a list output
    std::vector<std::pair<std::string, ArgSpec>> args;
    std::optional<Expression> expr;
};

// How an answer the prompt says to round is made whole from its computed value.
enum class Rounding { none, up, down, nearest };

struct AnswerSpec {
    std::string name;
    Computation computation;
    Tolerance tolerance;  // with amounts given as expressions, resolved per seed (ReferenceAnswers)
    std::optional<Expression> tolerance_amount, tolerance_floor;  // expression amounts, if any
    Rounding rounding = Rounding::none;  // "round": the reference is the computed value made whole
};

struct MistakeSpec {
    std::size_t answer = 0;  // index into NumericSpec::answers
    Computation computation;
    std::string message;
};

struct NumericSpec {
    std::vector<ParamSpec> params;  // in file order
    std::vector<AnswerSpec> answers;
    std::vector<MistakeSpec> mistakes;
    // "require": conditions on params and answers; a draw where one fails is redrawn.
    std::vector<Expression> require;

    std::vector<std::string> answer_names() const;
};

// Reads and checks the numeric part: every expression parses and names only what is declared
// before it (params in file order, then answers in order; mistakes see every answer), every
// solver exists, has the field and the inputs given. Fails with an invalid_input Error whose
// message starts with the JSON pointer, e.g.
// `/answers/1/solver: unknown solver "ztest"; did you mean two_proportion_ztest?`.
util::Result<NumericSpec> parse_numeric_spec(const bank::Problem& problem);

}  // namespace prepl::grade::numeric
