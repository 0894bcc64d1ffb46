#pragma once
// Solver arguments: named numbers, vectors and matrices, as the registry, the CLI and JSON see
// them.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "util/error.hpp"

namespace prepl::stats {

using Vector = std::vector<double>;
using Matrix = std::vector<Vector>;
using Arg = std::variant<double, Vector, Matrix>;
using Args = std::map<std::string, Arg, std::less<>>;

// Reads typed arguments for one solver call and remembers the first problem (a missing key or a
// value of the wrong shape), so an adapter reads every field and then checks once:
//   ArgReader in(args); Foo f{in.number("n"), in.vector("x")}; if (!in.ok()) return
//   fail(in.error());
// A failed read returns 0 / an empty vector.
class ArgReader {
public:
    explicit ArgReader(const Args& args) : m_args(args) {}

    double number(std::string_view key);
    Vector vector(std::string_view key);  // a single number is read as a vector of one
    Matrix matrix(std::string_view key);

    bool ok() const { return !m_first_error.has_value(); }
    const util::Error& error() const { return *m_first_error; }

private:
    const Arg* find(std::string_view key);
    void record(util::Error error);

    const Args& m_args;
    std::optional<util::Error> m_first_error;
};

}  // namespace prepl::stats
