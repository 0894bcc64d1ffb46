#include "grade/numeric/expression.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <numeric>
#include <variant>

#include "stats/distributions.hpp"

namespace prepl::grade::numeric {

struct Expression::Node {
    enum class Kind { number, name, negate, add, subtract, multiply, divide, power, call, compare } kind;
    std::size_t position = 0;  // 1-based character position, for messages
    double number = 0;
    std::string name;  // variable or function name
    std::vector<std::shared_ptr<const Node>> children;
};

namespace {

using Node = Expression::Node;
using NodePtr = std::shared_ptr<const Node>;
using Value = std::variant<double, std::vector<double>>;

util::Error error_at(std::size_t position, std::string_view message) {
    return util::Error::invalid(fmt::format("position {}: {}", position, message));
}

// Recursive descent over the grammar in expression.hpp; errors are values, never exceptions.
class Parser {
public:
    explicit Parser(std::string_view text, bool condition = false)
        : m_text(text), m_condition(condition) {}

    util::Result<NodePtr> parse_all() {
        auto root = parse_expr();
        if (!root) return root;
        if (m_condition) {
            const std::size_t at = here();
            static constexpr std::string_view k_operators[] = {"<=", ">=", "==", "!=", "<", ">"};
            for (std::string_view op : k_operators) {
                if (m_text.substr(m_pos, op.size()) != op) continue;
                m_pos += op.size();
                auto right = parse_expr();
                if (!right) return right;
                root = make(Node::Kind::compare, at, {*root, *right});
                std::const_pointer_cast<Node>(*root)->name = std::string(op);
                break;
            }
        }
        skip_space();
        if (m_pos < m_text.size())
            return util::fail(error_at(m_pos + 1, fmt::format("unexpected '{}'", m_text[m_pos])));
        return root;
    }

private:
    static constexpr int k_max_depth = 200;  // nesting limit: keeps hostile input off the stack

    void skip_space() {
        while (m_pos < m_text.size() && std::isspace(static_cast<unsigned char>(m_text[m_pos])))
            ++m_pos;
    }
    bool accept(char c) {
        skip_space();
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    std::size_t here() {
        skip_space();
        return m_pos + 1;
    }

    static NodePtr make(Node::Kind kind, std::size_t position, std::vector<NodePtr> children = {}) {
        auto node = std::make_shared<Node>();
        node->kind = kind;
        node->position = position;
        node->children = std::move(children);
        return node;
    }

    util::Result<NodePtr> parse_expr() {
        if (++m_depth > k_max_depth)
            return util::fail(error_at(here(), "expression nested too deeply"));
        auto left = parse_term();
        while (left) {
            const std::size_t at = here();
            Node::Kind kind;
            if (accept('+'))
                kind = Node::Kind::add;
            else if (accept('-'))
                kind = Node::Kind::subtract;
            else
                break;
            auto right = parse_term();
            if (!right) return right;
            left = make(kind, at, {*left, *right});
        }
        --m_depth;
        return left;
    }

    util::Result<NodePtr> parse_term() {
        auto left = parse_unary();
        while (left) {
            const std::size_t at = here();
            Node::Kind kind;
            if (accept('*'))
                kind = Node::Kind::multiply;
            else if (accept('/'))
                kind = Node::Kind::divide;
            else
                break;
            auto right = parse_unary();
            if (!right) return right;
            left = make(kind, at, {*left, *right});
        }
        return left;
    }

    util::Result<NodePtr> parse_unary() {
        if (++m_depth > k_max_depth)
            return util::fail(error_at(here(), "expression nested too deeply"));
        const std::size_t at = here();
        util::Result<NodePtr> out;
        if (accept('-')) {
            auto operand = parse_unary();
            out =
                operand ? util::Result<NodePtr>(make(Node::Kind::negate, at, {*operand})) : operand;
        } else if (accept('+')) {
            out = parse_unary();
        } else {
            out = parse_power();
        }
        --m_depth;
        return out;
    }

    util::Result<NodePtr> parse_power() {
        auto base = parse_atom();
        if (!base) return base;
        const std::size_t at = here();
        if (!accept('^')) return base;
        auto exponent = parse_unary();
        if (!exponent) return exponent;
        return make(Node::Kind::power, at, {*base, *exponent});
    }

    util::Result<NodePtr> parse_atom() {
        const std::size_t at = here();
        if (m_pos >= m_text.size())
            return util::fail(
                error_at(at, "expected a number, a name or '(' but the expression ended"));
        const char c = m_text[m_pos];
        if (accept('(')) {
            auto inner = parse_expr();
            if (!inner) return inner;
            if (!accept(')'))
                return util::fail(error_at(
                    here(), fmt::format("expected ')' to close the '(' at position {}", at)));
            return inner;
        }
        if (std::isdigit(static_cast<unsigned char>(c)) || c == '.') return parse_number(at);
        if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
            const std::size_t start = m_pos;
            while (
                m_pos < m_text.size() &&
                (std::isalnum(static_cast<unsigned char>(m_text[m_pos])) || m_text[m_pos] == '_'))
                ++m_pos;
            std::string name(m_text.substr(start, m_pos - start));
            if (!accept('(')) {
                auto node = make(Node::Kind::name, at);
                std::const_pointer_cast<Node>(node)->name = std::move(name);
                return node;
            }
            std::vector<NodePtr> args;
            if (!accept(')')) {
                do {
                    auto arg = parse_expr();
                    if (!arg) return arg;
                    args.push_back(*arg);
                } while (accept(','));
                if (!accept(')'))
                    return util::fail(error_at(
                        here(), fmt::format("expected ',' or ')' in the call of {}", name)));
            }
            auto node = make(Node::Kind::call, at, std::move(args));
            std::const_pointer_cast<Node>(node)->name = std::move(name);
            return node;
        }
        return util::fail(error_at(at, fmt::format("unexpected '{}'", c)));
    }

    util::Result<NodePtr> parse_number(std::size_t at) {
        const std::size_t start = m_pos;
        while (m_pos < m_text.size() &&
               (std::isdigit(static_cast<unsigned char>(m_text[m_pos])) || m_text[m_pos] == '.'))
            ++m_pos;
        if (m_pos < m_text.size() && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
            std::size_t p = m_pos + 1;
            if (p < m_text.size() && (m_text[p] == '+' || m_text[p] == '-')) ++p;
            if (p < m_text.size() && std::isdigit(static_cast<unsigned char>(m_text[p]))) {
                m_pos = p;
                while (m_pos < m_text.size() &&
                       std::isdigit(static_cast<unsigned char>(m_text[m_pos])))
                    ++m_pos;
            }
        }
        const std::string_view token = m_text.substr(start, m_pos - start);
        double value = 0;
        const auto [end, ec] = std::from_chars(token.data(), token.data() + token.size(), value);
        if (ec != std::errc() || end != token.data() + token.size())
            return util::fail(error_at(at, fmt::format("'{}' is not a number", token)));
        auto node = make(Node::Kind::number, at);
        std::const_pointer_cast<Node>(node)->number = value;
        return node;
    }

    std::string_view m_text;
    bool m_condition = false;
    std::size_t m_pos = 0;
    int m_depth = 0;
};

util::Result<double> finite(double value, const Node& node, std::string_view what) {
    if (std::isfinite(value)) return value;
    return util::fail(error_at(
        node.position, fmt::format("{} gives {}", what, std::isnan(value) ? "NaN" : "infinity")));
}

class Evaluator {
public:
    explicit Evaluator(const ParamSet& scope) : m_scope(scope) {}

    util::Result<Value> value(const Node& node) {
        if (node.kind == Node::Kind::name) {
            const ParamValue* found = m_scope.find(node.name);
            if (!found)
                return util::fail(
                    error_at(node.position, fmt::format("unknown name {}", node.name)));
            if (const auto* number = std::get_if<double>(found)) return Value{*number};
            if (const auto* list = std::get_if<std::vector<double>>(found)) return Value{*list};
            return util::fail(
                error_at(node.position, fmt::format("{} is text, not a number", node.name)));
        }
        auto number_result = number(node);
        if (!number_result) return util::fail(number_result.error());
        return Value{*number_result};
    }

    util::Result<double> number(const Node& node) {
        switch (node.kind) {
            case Node::Kind::number:
                return node.number;
            case Node::Kind::name: {
                auto v = value(node);
                if (!v) return util::fail(v.error());
                if (const auto* number = std::get_if<double>(&*v)) return *number;
                return util::fail(error_at(
                    node.position, fmt::format("{} is a list; use it in sum(), mean(), count(), "
                                               "sd(), min() or max()",
                                               node.name)));
            }
            case Node::Kind::negate: {
                auto x = number(*node.children[0]);
                if (!x) return x;
                return -*x;
            }
            case Node::Kind::call:
                return call(node);
            default:
                break;
        }
        auto a = number(*node.children[0]);
        if (!a) return a;
        auto b = number(*node.children[1]);
        if (!b) return b;
        switch (node.kind) {
            case Node::Kind::add:
                return finite(*a + *b, node, "'+'");
            case Node::Kind::subtract:
                return finite(*a - *b, node, "'-'");
            case Node::Kind::multiply:
                return finite(*a * *b, node, "'*'");
            case Node::Kind::divide:
                if (*b == 0) return util::fail(error_at(node.position, "division by zero"));
                return finite(*a / *b, node, "'/'");
            case Node::Kind::power:
                return finite(std::pow(*a, *b), node, "'^'");
            case Node::Kind::compare: {
                const std::string& op = node.name;
                const bool holds = op == "<"    ? *a < *b
                                   : op == "<=" ? *a <= *b
                                   : op == ">"  ? *a > *b
                                   : op == ">=" ? *a >= *b
                                   : op == "==" ? *a == *b
                                                : *a != *b;
                return holds ? 1.0 : 0.0;
            }
            default:
                return util::fail(util::Error::bug("unhandled expression node"));
        }
    }

private:
    util::Result<double> call(const Node& node) {
        const std::string& f = node.name;
        const std::size_t n = node.children.size();
        static constexpr std::string_view k_list_functions[] = {"sum", "mean", "count",
                                                                "sd",  "min",  "max"};
        const bool list_function =
            std::find(std::begin(k_list_functions), std::end(k_list_functions), f) !=
            std::end(k_list_functions);
        // A list function takes lists and numbers, all joined into one sample: sd(a, b) is the
        // sd of list a followed by list b.
        bool any_list = false;
        if (list_function)
            for (const auto& child : node.children)
                if (child->kind == Node::Kind::name)
                    if (const ParamValue* found = m_scope.find(child->name))
                        any_list = any_list || std::holds_alternative<std::vector<double>>(*found);
        if (list_function && (n == 1 || any_list)) {
            std::vector<double> xs;
            for (const auto& child : node.children) {
                auto v = value(*child);
                if (!v) return util::fail(v.error());
                if (const auto* x = std::get_if<double>(&*v))
                    xs.push_back(*x);
                else
                    for (double x : std::get<std::vector<double>>(*v)) xs.push_back(x);
            }
            if (f == "count") return static_cast<double>(xs.size());
            if (xs.empty())
                return util::fail(error_at(node.position, fmt::format("{}() of an empty list", f)));
            const double sum = std::accumulate(xs.begin(), xs.end(), 0.0);
            if (f == "sum") return finite(sum, node, "sum()");
            const double mean = sum / static_cast<double>(xs.size());
            if (f == "mean") return finite(mean, node, "mean()");
            if (f == "min") return *std::min_element(xs.begin(), xs.end());
            if (f == "max") return *std::max_element(xs.begin(), xs.end());
            if (xs.size() < 2)
                return util::fail(error_at(node.position, "sd() needs at least 2 values"));
            double squares = 0;  // two-pass: the one-pass formula loses digits when sd << mean
            for (double x : xs) squares += (x - mean) * (x - mean);
            return finite(std::sqrt(squares / static_cast<double>(xs.size() - 1)), node, "sd()");
        }
        std::vector<double> args;
        for (const auto& child : node.children) {
            auto x = number(*child);
            if (!x) return x;
            args.push_back(*x);
        }
        const auto arity = [&](std::size_t lo, std::size_t hi) -> util::Status {
            if (n >= lo && n <= hi) return {};
            return util::fail(error_at(
                node.position,
                lo == hi
                    ? fmt::format("{}() takes {} argument{}, got {}", f, lo, lo == 1 ? "" : "s", n)
                    : fmt::format("{}() takes {} to {} arguments, got {}", f, lo, hi, n)));
        };
        if (f == "min" || f == "max") {
            if (n == 0)
                return util::fail(
                    error_at(node.position, fmt::format("{}() needs at least one argument", f)));
            return f == "min" ? *std::min_element(args.begin(), args.end())
                              : *std::max_element(args.begin(), args.end());
        }
        if (f == "choose") {  // binomial coefficient, through lgamma for large n
            if (auto ok = arity(2, 2); !ok) return util::fail(ok.error());
            const double n_ = args[0], k = args[1];
            if (n_ != std::trunc(n_) || k != std::trunc(k) || n_ < 0 || k < 0 || k > n_)
                return util::fail(error_at(node.position, "choose(n, k) needs whole numbers 0 <= k <= n"));
            if (n_ <= 60) {  // exact in a double
                double c = 1;
                for (double i = 1; i <= k; ++i) c = c * (n_ - k + i) / i;
                return std::round(c);
            }
            return finite(std::exp(std::lgamma(n_ + 1) - std::lgamma(k + 1) - std::lgamma(n_ - k + 1)),
                          node, "choose()");
        }
        if (f == "eq") {  // 1 when a == b exactly (tied scores), else 0
            if (auto ok = arity(2, 2); !ok) return util::fail(ok.error());
            return args[0] == args[1] ? 1.0 : 0.0;
        }
        if (f == "qnorm") {
            if (auto ok = arity(1, 1); !ok) return util::fail(ok.error());
            if (!(args[0] > 0 && args[0] < 1))
                return util::fail(error_at(node.position, "qnorm(p) needs 0 < p < 1"));
            return finite(stats::normal_quantile(args[0]), node, "qnorm()");
        }
        if (f == "round") {
            if (auto ok = arity(1, 2); !ok) return util::fail(ok.error());
            const double k = n == 2 ? args[1] : 0;
            if (k != std::trunc(k) || k < 0 || k > 15)
                return util::fail(
                    error_at(node.position, "round(x, k) needs k a whole number from 0 to 15"));
            return round_to(args[0], static_cast<int>(k));
        }
        using Fn = double (*)(double);
        static const std::pair<std::string_view, Fn> k_unary[] = {
            {"floor", [](double x) { return std::floor(x); }},
            {"ceil", [](double x) { return std::ceil(x); }},
            {"sqrt", [](double x) { return std::sqrt(x); }},
            {"exp", [](double x) { return std::exp(x); }},
            {"log", [](double x) { return std::log(x); }},
            {"abs", [](double x) { return std::abs(x); }},
            {"pnorm", [](double x) { return stats::normal_cdf(x); }},
        };
        for (const auto& [name, fn] : k_unary) {
            if (name != f) continue;
            if (auto ok = arity(1, 1); !ok) return util::fail(ok.error());
            if (f == "sqrt" && args[0] < 0)
                return util::fail(error_at(node.position, "sqrt of a negative number"));
            if (f == "log" && args[0] <= 0)
                return util::fail(error_at(node.position, "log of a number that is not positive"));
            return finite(fn(args[0]), node, f + "()");
        }
        return util::fail(
            error_at(node.position,
                     fmt::format("unknown function {}(); known: round, floor, ceil, sqrt, exp, "
                                 "log, abs, pnorm, qnorm, choose, eq, min, max, sum, mean, count, sd",
                                 f)));
    }

    const ParamSet& m_scope;
};

void collect_names(const Node& node, std::vector<std::string>& out) {
    if (node.kind == Node::Kind::name && std::find(out.begin(), out.end(), node.name) == out.end())
        out.push_back(node.name);
    for (const auto& child : node.children) collect_names(*child, out);
}

}  // namespace

double round_to(double value, int decimals) {
    double scale = 1;
    for (int i = 0; i < decimals; ++i) scale *= 10;  // exact powers of ten (std::pow need not be)
    return std::round(value * scale) / scale;
}

util::Result<Expression> Expression::parse_condition(std::string_view text) {
    auto root = Parser(text, true).parse_all();
    if (!root) return util::fail(root.error());
    Expression e;
    e.m_root = *root;
    e.m_text = std::string(text);
    return e;
}

util::Result<Expression> Expression::parse(std::string_view text) {
    auto root = Parser(text).parse_all();
    if (!root) return util::fail(root.error());
    Expression e;
    e.m_root = *root;
    e.m_text = std::string(text);
    return e;
}

Expression Expression::constant(double value) {
    auto node = std::make_shared<Node>();
    node->kind = Node::Kind::number;
    node->position = 1;
    node->number = value;
    Expression e;
    e.m_root = node;
    e.m_text = format_number(value);
    return e;
}

util::Result<double> Expression::evaluate(const ParamSet& scope) const {
    if (!m_root) return util::fail(util::Error::bug("evaluating an empty expression"));
    return Evaluator(scope).number(*m_root);
}

util::Result<ParamValue> Expression::evaluate_value(const ParamSet& scope) const {
    if (!m_root) return util::fail(util::Error::bug("evaluating an empty expression"));
    auto v = Evaluator(scope).value(*m_root);
    if (!v) return util::fail(v.error());
    if (const auto* number = std::get_if<double>(&*v)) return ParamValue{*number};
    return ParamValue{std::get<std::vector<double>>(*v)};
}

std::vector<std::string> Expression::names() const {
    std::vector<std::string> out;
    if (m_root) collect_names(*m_root, out);
    return out;
}

}  // namespace prepl::grade::numeric
