#include "grade/numeric/numeric_spec.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "util/text.hpp"
#include "stats/registry.hpp"

namespace prepl::grade::numeric {
namespace {

using nlohmann::json;

util::Error at(const std::string& pointer, std::string_view message) {
    return util::Error::invalid(fmt::format("{}: {}", pointer, message));
}

bool is_identifier(std::string_view name) {
    if (name.empty() || !(std::isalpha(static_cast<unsigned char>(name[0])) || name[0] == '_'))
        return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
    });
}

// Names an expression may read at its place in the file.
class Declared {
public:
    void add(std::string name, bool is_text = false) {
        m_names.push_back(name);
        if (is_text) m_text.insert(std::move(name));
    }
    bool has(std::string_view name) const {
        return std::find(m_names.begin(), m_names.end(), name) != m_names.end();
    }
    bool is_text(const std::string& name) const { return m_text.contains(name); }

    // Fails when the expression reads a name not declared yet, saying why.
    util::Status check(const Expression& e, const std::string& pointer,
                       const std::vector<std::string>& later) const {
        for (const auto& name : e.names()) {
            if (has(name)) {
                if (is_text(name))
                    return util::fail(
                        at(pointer,
                           fmt::format("{} is a text param and cannot be computed with", name)));
                continue;
            }
            if (std::find(later.begin(), later.end(), name) != later.end())
                return util::fail(
                    at(pointer,
                       fmt::format("{} is declared later; params and answers are evaluated in the "
                                   "order written, so move it above",
                                   name)));
            auto close = util::closest_matches(name, m_names, 3);
            return util::fail(
                at(pointer,
                   fmt::format(
                       "unknown name {}{}", name,
                       close.empty() ? "" : fmt::format("; did you mean {}?", close.front()))));
        }
        return {};
    }

private:
    std::vector<std::string> m_names;
    std::set<std::string> m_text;
};

// Fails on a key of `object` not in `allowed`, suggesting the closest allowed one.
util::Status only_keys(const json& object, const std::string& pointer,
                       const std::vector<std::string>& allowed) {
    for (const auto& item : object.items()) {
        if (std::find(allowed.begin(), allowed.end(), item.key()) != allowed.end()) continue;
        auto close = util::closest_matches(item.key(), allowed, 3);
        return util::fail(at(pointer + "/" + item.key(),
                             fmt::format("unknown field \"{}\"{}; allowed here: {}", item.key(),
                                         close.empty() ? "" : "; did you mean " + close.front() + "?",
                                         fmt::join(allowed, ", "))));
    }
    return {};
}

util::Result<Expression> parse_expression(const json& value, const std::string& pointer) {
    if (value.is_number()) return Expression::constant(value.get<double>());
    if (!value.is_string())
        return util::fail(at(pointer, "must be an expression (a string) or a number"));
    auto e = Expression::parse(value.get<std::string>());
    if (!e)
        return util::fail(
            at(pointer, fmt::format("\"{}\": {}", value.get<std::string>(), e.error().message)));
    return e;
}

util::Result<std::pair<double, double>> pair_of_numbers(const json& value,
                                                        const std::string& pointer) {
    if (!value.is_array() || value.size() != 2 || !value[0].is_number() || !value[1].is_number())
        return util::fail(at(pointer, "must be a pair of numbers [a, b]"));
    return std::pair{value[0].get<double>(), value[1].get<double>()};
}

util::Result<std::optional<int>> parse_round(const json& object, const std::string& pointer) {
    auto it = object.find("round");
    if (it == object.end()) return std::optional<int>{};
    if (!it->is_number_integer() || it->get<int>() < 0 || it->get<int>() > 15)
        return util::fail(
            at(pointer + "/round", "must be a whole number of decimals from 0 to 15"));
    return std::optional<int>{it->get<int>()};
}

// The "int" / "uniform" / "normal" member of `object`, if any.
util::Result<std::optional<Draw>> parse_draw(const json& object, const std::string& pointer) {
    for (auto [key, kind] :
         {std::pair{"int", Draw::Kind::integer}, std::pair{"uniform", Draw::Kind::uniform},
          std::pair{"normal", Draw::Kind::normal}}) {
        auto it = object.find(key);
        if (it == object.end()) continue;
        const std::string here = pointer + "/" + key;
        auto range = pair_of_numbers(*it, here);
        if (!range) return util::fail(range.error());
        Draw d{kind, range->first, range->second, std::nullopt};
        auto round = parse_round(object, pointer);
        if (!round) return util::fail(round.error());
        d.round = *round;
        if (kind == Draw::Kind::integer) {
            if (d.first != std::trunc(d.first) || d.second != std::trunc(d.second) ||
                std::abs(d.first) > 1e15 || std::abs(d.second) > 1e15)
                return util::fail(at(here, "bounds must be whole numbers"));
            if (d.round) return util::fail(at(pointer + "/round", "an int draw needs no round"));
        }
        if (kind != Draw::Kind::normal && d.first > d.second)
            return util::fail(at(here, "the low bound is above the high bound"));
        if (kind == Draw::Kind::normal && !(d.second >= 0))
            return util::fail(at(here, "the standard deviation must be >= 0"));
        return std::optional<Draw>{d};
    }
    return std::optional<Draw>{};
}

util::Result<ParamSpec> parse_param(const std::string& name, const json& value,
                                    const Declared& declared,
                                    const std::vector<std::string>& later) {
    ParamSpec p;
    p.name = name;
    p.pointer = "/params/" + name;
    if (!is_identifier(name))
        return util::fail(at(
            p.pointer, "a param name must be letters, digits and _ (not starting with a digit)"));
    if (value.is_number()) {
        p.fixed = value.get<double>();
        return p;
    }
    if (value.is_string()) {
        p.fixed = value.get<std::string>();
        return p;
    }
    if (!value.is_object())
        return util::fail(
            at(p.pointer, "must be a number, a text, or an object such as {\"int\": [1, 6]}"));

    if (auto ok = only_keys(value, p.pointer,
                            {"int", "uniform", "normal", "round", "choice", "list", "expr", "binomial"});
        !ok)
        return util::fail(ok.error());
    if (auto b = value.find("binomial"); b != value.end()) {
        p.kind = ParamSpec::Kind::binomial;
        const std::string here = p.pointer + "/binomial";
        if (!b->is_array() || b->size() != 2)
            return util::fail(at(here, "must be [n, p]: the number of trials and the probability "
                                       "(numbers or expressions of earlier params)"));
        for (int k = 0; k < 2; ++k) {
            auto e = parse_expression((*b)[static_cast<std::size_t>(k)], fmt::format("{}/{}", here, k));
            if (!e) return util::fail(e.error());
            if (auto ok = declared.check(*e, fmt::format("{}/{}", here, k), later); !ok)
                return util::fail(ok.error());
            (k == 0 ? p.trials : p.probability) = std::move(*e);
        }
        return p;
    }
    if (auto e = value.find("expr"); e != value.end()) {
        p.kind = ParamSpec::Kind::expr;
        auto expr = parse_expression(*e, p.pointer + "/expr");
        if (!expr) return util::fail(expr.error());
        if (auto ok = declared.check(*expr, p.pointer + "/expr", later); !ok)
            return util::fail(ok.error());
        p.expr = std::move(*expr);
        return p;
    }
    if (auto c = value.find("choice"); c != value.end()) {
        p.kind = ParamSpec::Kind::choice;
        if (!c->is_array() || c->empty())
            return util::fail(
                at(p.pointer + "/choice", "must be a non-empty list of numbers or texts"));
        for (const auto& item : *c) {
            if (item.is_number())
                p.choices.emplace_back(item.get<double>());
            else if (item.is_string())
                p.choices.emplace_back(item.get<std::string>());
            else
                return util::fail(
                    at(p.pointer + "/choice", "each choice must be a number or a text"));
        }
        return p;
    }
    if (auto l = value.find("list"); l != value.end()) {
        p.kind = ParamSpec::Kind::list;
        const std::string here = p.pointer + "/list";
        if (!l->is_object())
            return util::fail(at(here, "must be an object {\"n\": N, \"int\": [lo, hi]}"));
        if (auto ok = only_keys(*l, here, {"n", "int", "uniform", "normal", "round"}); !ok)
            return util::fail(ok.error());
        auto n = l->find("n");
        if (n == l->end())
            return util::fail(at(here, "needs \"n\": the number of draws or the name of a param"));
        if (n->is_number_integer() && n->get<long long>() >= 1 && n->get<long long>() <= 100000) {
            p.list_length = static_cast<std::size_t>(n->get<long long>());
        } else if (n->is_string() && declared.has(n->get<std::string>())) {
            p.list_length = n->get<std::string>();
        } else {
            return util::fail(at(
                here + "/n", "must be a count from 1 to 100000 or the name of an earlier param"));
        }
        auto draw = parse_draw(*l, here);
        if (!draw) return util::fail(draw.error());
        if (!*draw) return util::fail(at(here, "needs one of \"int\", \"uniform\" or \"normal\""));
        p.draw = **draw;
        return p;
    }
    auto draw = parse_draw(value, p.pointer);
    if (!draw) return util::fail(draw.error());
    if (!*draw)
        return util::fail(
            at(p.pointer,
               "needs one of \"int\", \"uniform\", \"normal\", \"choice\", \"list\" or \"expr\""));
    p.kind = ParamSpec::Kind::draw;
    p.draw = **draw;
    return p;
}

// Fills answer.tolerance (and its expression amounts) from the "tolerance" value.
util::Status parse_tolerance(const json& value, const std::string& pointer,
                             const Declared& declared, AnswerSpec& answer) {
    Tolerance& t = answer.tolerance;
    const auto amount_of = [&](const json& amount, const std::string& where,
                               std::optional<Expression>& expr, double& fixed) -> util::Status {
        if (amount.is_string()) {
            auto e = parse_expression(amount, where);
            if (!e) return util::fail(e.error());
            if (auto ok = declared.check(*e, where, {}); !ok) return util::fail(ok.error());
            expr = std::move(*e);
            return {};
        }
        if (!amount.is_number() || !std::isfinite(amount.get<double>()) || amount.get<double>() < 0)
            return util::fail(at(where, "must be a number >= 0 or an expression (a string)"));
        fixed = amount.get<double>();
        return {};
    };
    if (value.is_number()) {
        t.kind = Tolerance::Kind::absolute;
        if (!std::isfinite(value.get<double>()) || value.get<double>() < 0)
            return util::fail(at(pointer, "must be a finite number >= 0"));
        t.amount = value.get<double>();
        return {};
    }
    const std::string shapes =
        "must be a number (absolute) or one of {\"absolute\": a}, {\"relative\": r} (with an "
        "optional \"floor\": a), {\"digits\": d}, {\"factor\": F}";
    if (!value.is_object()) return util::fail(at(pointer, shapes));
    if (auto ok = only_keys(value, pointer, {"absolute", "relative", "floor", "digits", "factor"}); !ok)
        return util::fail(ok.error());
    int kinds = 0;
    for (auto [key, kind] : {std::pair{"absolute", Tolerance::Kind::absolute},
                             std::pair{"relative", Tolerance::Kind::relative},
                             std::pair{"digits", Tolerance::Kind::digits},
                             std::pair{"factor", Tolerance::Kind::factor}}) {
        auto it = value.find(key);
        if (it == value.end()) continue;
        ++kinds;
        t.kind = kind;
        if (auto ok = amount_of(*it, pointer + "/" + key, answer.tolerance_amount, t.amount); !ok)
            return ok;
    }
    if (kinds != 1) return util::fail(at(pointer, shapes));
    if (auto f = value.find("floor"); f != value.end()) {
        if (t.kind != Tolerance::Kind::relative)
            return util::fail(at(pointer + "/floor", "a floor only goes with \"relative\""));
        if (auto ok = amount_of(*f, pointer + "/floor", answer.tolerance_floor, t.floor); !ok)
            return ok;
    }
    if (answer.tolerance_amount) return {};
    if (t.kind == Tolerance::Kind::digits &&
        (t.amount != std::trunc(t.amount) || t.amount < 1 || t.amount > 15))
        return util::fail(at(pointer + "/digits", "must be a whole number from 1 to 15"));
    if (t.kind == Tolerance::Kind::factor && !(t.amount > 1))
        return util::fail(at(pointer + "/factor", "must be a ratio above 1, e.g. 2 (within a factor of 2)"));
    return {};
}

util::Result<ArgSpec> parse_arg(const stats::InputSpec& input, const json& value,
                                const std::string& pointer, const Declared& declared,
                                const std::vector<std::string>& later) {
    const auto one = [&](const json& item, const std::string& where) -> util::Result<Expression> {
        auto e = parse_expression(item, where);
        if (!e) return e;
        if (auto ok = declared.check(*e, where, later); !ok) return util::fail(ok.error());
        return e;
    };
    if (!value.is_array()) {
        if (input.type == stats::InputSpec::Type::matrix)
            return util::fail(
                at(pointer,
                   fmt::format(
                       "{} is a table: give a list of rows, e.g. [[\"a\", \"b\"], [\"c\", \"d\"]]",
                       input.name)));
        auto e = one(value, pointer);
        if (!e) return util::fail(e.error());
        return ArgSpec{std::move(*e)};
    }
    if (input.type == stats::InputSpec::Type::number)
        return util::fail(
            at(pointer, fmt::format("{} is a single number, not a list", input.name)));
    if (input.type == stats::InputSpec::Type::vector) {
        std::vector<Expression> items;
        for (std::size_t i = 0; i < value.size(); ++i) {
            auto e = one(value[i], fmt::format("{}/{}", pointer, i));
            if (!e) return util::fail(e.error());
            items.push_back(std::move(*e));
        }
        return ArgSpec{std::move(items)};
    }
    std::vector<std::vector<Expression>> rows;
    for (std::size_t r = 0; r < value.size(); ++r) {
        if (!value[r].is_array())
            return util::fail(
                at(fmt::format("{}/{}", pointer, r), "each row of a table must be a list"));
        rows.emplace_back();
        for (std::size_t c = 0; c < value[r].size(); ++c) {
            auto e = one(value[r][c], fmt::format("{}/{}/{}", pointer, r, c));
            if (!e) return util::fail(e.error());
            rows.back().push_back(std::move(*e));
        }
    }
    return ArgSpec{std::move(rows)};
}

// `object` is an answer or a mistake: either "expr", or "solver" + "field" + "args".
util::Result<Computation> parse_computation(const json& object, const std::string& pointer,
                                            const Declared& declared,
                                            const std::vector<std::string>& later) {
    Computation c;
    c.pointer = pointer;
    const bool has_expr = object.contains("expr"), has_solver = object.contains("solver");
    if (has_expr == has_solver)
        return util::fail(
            at(pointer,
               "needs either \"expr\" or \"solver\" (with \"field\" and \"args\"), not both"));
    if (has_expr) {
        auto e = parse_expression(object["expr"], pointer + "/expr");
        if (!e) return util::fail(e.error());
        if (auto ok = declared.check(*e, pointer + "/expr", later); !ok)
            return util::fail(ok.error());
        c.expr = std::move(*e);
        return c;
    }
    if (!object["solver"].is_string())
        return util::fail(at(pointer + "/solver", "must be a solver name"));
    c.solver = object["solver"].get<std::string>();
    const stats::SolverInfo* solver = stats::find_solver(c.solver);
    if (!solver) {
        std::vector<std::string> names;
        for (const auto& s : stats::solvers()) names.push_back(s.name);
        auto close = util::closest_matches(c.solver, names, 3);
        return util::fail(at(pointer + "/solver",
                             fmt::format("unknown solver \"{}\"{}", c.solver,
                                         close.empty() ? "; `prepl solve --list` shows them"
                                                       : "; did you mean " + close.front() + "?")));
    }
    auto field = object.find("field");
    if (field == object.end() || !field->is_string())
        return util::fail(
            at(pointer + "/field", fmt::format("needs the solver output to use, one of: {}",
                                               fmt::join(solver->outputs, ", "))));
    c.field = field->get<std::string>();
    if (std::find(solver->outputs.begin(), solver->outputs.end(), c.field) ==
        solver->outputs.end()) {
        auto close = util::closest_matches(c.field, solver->outputs, 3);
        return util::fail(
            at(pointer + "/field",
               fmt::format("{} has no output \"{}\"{}; outputs: {}", c.solver, c.field,
                           close.empty() ? "" : "; did you mean " + close.front() + "?",
                           fmt::join(solver->outputs, ", "))));
    }
    if (auto index = object.find("index"); index != object.end()) {
        if (!index->is_number_unsigned())
            return util::fail(at(pointer + "/index", "must be a 0-based whole number picking one element of a list output"));
        c.index = index->get<std::size_t>();
    }
    const json args = object.value("args", json::object());
    if (!args.is_object())
        return util::fail(
            at(pointer + "/args", "must be an object mapping solver inputs to expressions"));
    for (const auto& [key, value] : args.items()) {
        const std::string here = pointer + "/args/" + key;
        auto input = std::find_if(solver->inputs.begin(), solver->inputs.end(),
                                  [&](const auto& in) { return in.name == key; });
        if (input == solver->inputs.end()) {
            std::vector<std::string> names;
            for (const auto& in : solver->inputs) names.push_back(in.name);
            auto close = util::closest_matches(key, names, 3);
            return util::fail(
                at(here, fmt::format("{} has no input \"{}\"{}; inputs: {}", c.solver, key,
                                     close.empty() ? "" : "; did you mean " + close.front() + "?",
                                     fmt::join(names, ", "))));
        }
        auto arg = parse_arg(*input, value, here, declared, later);
        if (!arg) return util::fail(arg.error());
        c.args.emplace_back(key, std::move(*arg));
    }
    for (const auto& input : solver->inputs)
        if (!input.default_value && !args.contains(input.name))
            return util::fail(
                at(pointer + "/args", fmt::format("{} needs input \"{}\" ({})", c.solver,
                                                  input.name, input.description)));
    return c;
}

}  // namespace

std::vector<std::string> NumericSpec::answer_names() const {
    std::vector<std::string> out;
    for (const auto& a : answers) out.push_back(a.name);
    return out;
}

util::Result<NumericSpec> parse_numeric_spec(const bank::Problem& problem) {
    const json& raw = problem.raw;
    NumericSpec spec;
    const json params = raw.value("params", json::object());
    if (!params.is_object()) return util::fail(at("/params", "must be an object"));
    std::vector<std::string> order;
    // The loader's file order, unless `raw` was changed since (then its keys, sorted).
    if (const auto* numeric = problem.numeric();
        numeric && numeric->param_order.size() == params.size() &&
        std::all_of(numeric->param_order.begin(), numeric->param_order.end(),
                    [&](const std::string& key) { return params.contains(key); }))
        order = numeric->param_order;
    else
        for (const auto& item : params.items())
            order.push_back(item.key());  // built in memory: key order

    const json answers = raw.value("answers", json::array());
    if (!answers.is_array() || answers.empty())
        return util::fail(at("/answers", "must be a non-empty list"));
    std::vector<std::string> answer_names;
    for (std::size_t i = 0; i < answers.size(); ++i) {
        const std::string pointer = fmt::format("/answers/{}", i);
        if (!answers[i].is_object() || !answers[i].contains("name") ||
            !answers[i]["name"].is_string())
            return util::fail(at(pointer + "/name", "each answer needs a \"name\""));
        const std::string name = answers[i]["name"].get<std::string>();
        if (!is_identifier(name))
            return util::fail(
                at(pointer + "/name", "must be letters, digits and _ (not starting with a digit)"));
        if (std::find(answer_names.begin(), answer_names.end(), name) != answer_names.end())
            return util::fail(
                at(pointer + "/name", fmt::format("answer \"{}\" is named twice", name)));
        if (params.contains(name))
            return util::fail(
                at(pointer + "/name", fmt::format("\"{}\" is also a param name", name)));
        answer_names.push_back(name);
    }

    Declared declared;
    for (std::size_t i = 0; i < order.size(); ++i) {
        const std::vector<std::string> later(order.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                                             order.end());
        auto p = parse_param(order[i], params.at(order[i]), declared, later);
        if (!p) return util::fail(p.error());
        const bool is_text =
            p->kind == ParamSpec::Kind::fixed && std::holds_alternative<std::string>(p->fixed);
        declared.add(p->name, is_text);
        spec.params.push_back(std::move(*p));
    }
    for (std::size_t i = 0; i < answers.size(); ++i) {
        const std::string pointer = fmt::format("/answers/{}", i);
        const std::vector<std::string> later(
            answer_names.begin() + static_cast<std::ptrdiff_t>(i) + 1, answer_names.end());
        auto c = parse_computation(answers[i], pointer, declared, later);
        if (!c) return util::fail(c.error());
        if (auto ok = only_keys(answers[i], pointer,
                                {"name", "solver", "field", "index", "args", "expr", "tolerance", "round"});
            !ok)
            return util::fail(ok.error());
        AnswerSpec answer{answer_names[i], std::move(*c), Tolerance{}, {}, {}, Rounding::none};
        if (auto t = answers[i].find("tolerance"); t != answers[i].end())
            if (auto ok = parse_tolerance(*t, pointer + "/tolerance", declared, answer); !ok)
                return util::fail(ok.error());
        if (auto r = answers[i].find("round"); r != answers[i].end()) {
            const std::string how = r->is_string() ? r->get<std::string>() : "";
            answer.rounding = how == "up"        ? Rounding::up
                              : how == "down"    ? Rounding::down
                              : how == "nearest" ? Rounding::nearest
                                                 : Rounding::none;
            if (answer.rounding == Rounding::none)
                return util::fail(at(pointer + "/round",
                                     "must be \"up\", \"down\" or \"nearest\": how the prompt "
                                     "says to make the value whole"));
            if (answers[i].contains("tolerance") &&
                !(answer.tolerance.kind == Tolerance::Kind::absolute && !answer.tolerance_amount))
                return util::fail(at(pointer + "/tolerance",
                                     "a rounded answer is whole: give no tolerance (exact) or an "
                                     "absolute one in whole units"));
            if (!answers[i].contains("tolerance")) {
                answer.tolerance.kind = Tolerance::Kind::absolute;
                answer.tolerance.amount = 0;
            }
        }
        declared.add(answer.name);
        spec.answers.push_back(std::move(answer));
    }

    const json mistakes = raw.value("mistakes", json::array());
    if (!mistakes.is_array()) return util::fail(at("/mistakes", "must be a list"));
    for (std::size_t i = 0; i < mistakes.size(); ++i) {
        const std::string pointer = fmt::format("/mistakes/{}", i);
        const json& m = mistakes[i];
        if (!m.is_object())
            return util::fail(at(pointer, "must be an object {answer, message, expr | solver}"));
        if (auto ok = only_keys(m, pointer,
                                {"answer", "message", "solver", "field", "index", "args", "expr"});
            !ok)
            return util::fail(ok.error());
        const std::string answer = m.value("answer", "");
        auto it = std::find(answer_names.begin(), answer_names.end(), answer);
        if (it == answer_names.end())
            return util::fail(
                at(pointer + "/answer",
                   fmt::format("must name one of the answers: {}", fmt::join(answer_names, ", "))));
        if (!m.contains("message") || !m["message"].is_string() ||
            m["message"].get<std::string>().empty())
            return util::fail(at(pointer + "/message",
                                 "needs the message shown when the user makes this mistake"));
        auto c = parse_computation(m, pointer, declared, {});
        if (!c) return util::fail(c.error());
        spec.mistakes.push_back({static_cast<std::size_t>(it - answer_names.begin()), std::move(*c),
                                 m["message"].get<std::string>()});
    }

    const json require = raw.value("require", json::array());
    if (!require.is_array()) return util::fail(at("/require", "must be a list of conditions"));
    for (std::size_t i = 0; i < require.size(); ++i) {
        const std::string pointer = fmt::format("/require/{}", i);
        if (!require[i].is_string())
            return util::fail(at(pointer, "must be a condition such as \"abs(n1 - n2) > 500\""));
        auto e = Expression::parse_condition(require[i].get<std::string>());
        if (!e)
            return util::fail(at(pointer, fmt::format("\"{}\": {}", require[i].get<std::string>(),
                                                      e.error().message)));
        if (auto ok = declared.check(*e, pointer, {}); !ok) return util::fail(ok.error());
        spec.require.push_back(std::move(*e));
    }
    return spec;
}

}  // namespace prepl::grade::numeric
