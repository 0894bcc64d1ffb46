#include "grade/numeric/numeric_validator.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "grade/numeric/answer_parser.hpp"
#include "grade/numeric/part_check.hpp"
#include "grade/numeric/numeric_spec.hpp"
#include "grade/numeric/params.hpp"
#include "grade/numeric/reference_answers.hpp"

namespace prepl::grade::numeric {
namespace {

// Names read by a computation (params and answers alike).
void names_of(const Computation& c, std::set<std::string>& out) {
    const auto add = [&](const Expression& e) {
        for (const auto& n : e.names()) out.insert(n);
    };
    if (c.expr) add(*c.expr);
    for (const auto& [key, arg] : c.args) {
        if (const auto* one = std::get_if<Expression>(&arg))
            add(*one);
        else if (const auto* items = std::get_if<std::vector<Expression>>(&arg))
            std::for_each(items->begin(), items->end(), add);
        else
            for (const auto& row : std::get<std::vector<std::vector<Expression>>>(arg))
                std::for_each(row.begin(), row.end(), add);
    }
}

const ParamSpec* find_param(const NumericSpec& spec, const std::string& name) {
    for (const auto& p : spec.params)
        if (p.name == name) return &p;
    return nullptr;
}

// Whether the user can know `name` from the prompt: shown as {name}, or an expr whose inputs
// all are, or a fixed number written out literally.
bool known_from_prompt(const NumericSpec& spec, const std::string& name, const std::string& prompt,
                       int depth = 0) {
    if (prompt.find("{" + name + "}") != std::string::npos) return true;
    const ParamSpec* p = find_param(spec, name);
    if (!p || depth > 50) return false;
    if (p->kind == ParamSpec::Kind::expr) {
        const auto inputs = p->expr->names();
        return std::all_of(inputs.begin(), inputs.end(), [&](const std::string& input) {
            return known_from_prompt(spec, input, prompt, depth + 1);
        });
    }
    if (p->kind == ParamSpec::Kind::fixed) {
        if (const auto* x = std::get_if<double>(&p->fixed)) {
            const std::string plain = format_number(*x), percent = format_number(*x * 100) + "%";
            return prompt.find(plain) != std::string::npos ||
                   prompt.find(percent) != std::string::npos;
        }
    }
    return false;
}

}  // namespace

NumericValidation validate_numeric(const bank::Problem& problem, int seeds) {
    NumericValidation result;
    auto& out = result.findings;
    auto spec = parse_numeric_spec(problem);
    if (!spec) {
        out.push_back(spec.error().message);
        return result;
    }

    std::set<std::string> used;
    for (const auto& a : spec->answers) names_of(a.computation, used);
    for (const auto& m : spec->mistakes) names_of(m.computation, used);
    for (const auto& name : used) {
        if (!find_param(*spec, name)) continue;  // an answer name
        if (!known_from_prompt(*spec, name, problem.prompt))
            out.push_back(fmt::format(
                "/prompt: the answers use param {} but the prompt never shows it (write {{{}}}{})",
                name, name,
                find_param(*spec, name)->kind == ParamSpec::Kind::expr ? " or show its inputs"
                                                                       : ""));
    }

    for (std::size_t m = 0; m < spec->mistakes.size(); ++m)
        result.mistakes.push_back(
            {m, spec->answers[spec->mistakes[m].answer].name, 0, 0, 0});
    std::set<std::string> reported;  // one message per defect, not one per seed
    const auto report = [&](std::string message) {
        if (reported.insert(message).second) out.push_back(std::move(message));
    };
    std::vector<std::uint64_t> missed_reference;
    std::vector<MistakeRate> rounding_rates;  // per rounded answer: unrounded, other way
    for (const auto& a : spec->answers)
        for (const char* label : {"unrounded", "rounded the other way"})
            rounding_rates.push_back({0, a.name + " " + label, 0, 0, 0});
    for (int i = 0; i < seeds; ++i) {
        const std::uint64_t seed =
            i == 0 ? default_seed(problem.id) : static_cast<std::uint64_t>(i);
        ++result.seeds;
        auto ref = compute_references(*spec, seed, problem.id);
        if (!ref) {
            // One message per defect: the first seed it shows on, not every seed.
            std::string message = ref.error().message;
            if (auto at = message.find(fmt::format(" of seed {}", seed)); at != std::string::npos)
                message.erase(at, fmt::format(" of seed {}", seed).size());
            if (reported.insert(message).second)
                out.push_back(fmt::format("{} (first on seed {})", message, seed));
            continue;
        }
        if (auto s = substitute(problem.prompt, ref->params); !s)
            report("/prompt: " + s.error().message);
        if (auto s = substitute(problem.explanation, ref->params, ref->answers); !s)
            report("/explanation: " + s.error().message);
        const ParamSet scope = ref->scope();
        for (std::size_t m = 0; m < spec->mistakes.size(); ++m) {
            const MistakeSpec& mistake = spec->mistakes[m];
            auto value = compute(mistake.computation, scope);
            if (!value) {
                report(fmt::format("{} (seed {})", value.error().message, seed));
                continue;
            }
            MistakeRate& rate = result.mistakes[m];
            ++rate.seeds;
            auto typed = parse_number(typed_by_hand(*value));
            const PartOutcome outcome = check_part(*spec, mistake.answer, typed ? *typed : *value, *ref);
            if (!outcome.right) {
                ++rate.rejected;
                if (outcome.mistake == m) ++rate.named;
            }
        }
        for (std::size_t a = 0; a < spec->answers.size(); ++a) {
            if (spec->answers[a].rounding == Rounding::none) continue;
            // The two rounding slips every rounded answer is checked against: the unrounded
            // value (2 decimals) and the whole number on the other side of it.
            const double raw = ref->raw[a], whole = ref->values[a];
            const double other = whole == std::ceil(raw) ? std::floor(raw) : std::ceil(raw);
            const double slips[] = {std::round(raw * 100) / 100, other};
            for (int k = 0; k < 2; ++k) {
                MistakeRate& rate = rounding_rates[a * 2 + static_cast<std::size_t>(k)];
                // Nothing to round this draw, or the slip is not a distinct value as typed.
                if (std::abs(raw - std::round(raw)) < 1e-6) continue;
                if (k == 0 && slips[0] == std::trunc(slips[0])) continue;
                ++rate.seeds;
                const PartOutcome outcome = check_part(*spec, a, slips[k], *ref);
                if (!outcome.right) {
                    ++rate.rejected;
                    if (!outcome.note.empty()) ++rate.named;
                }
            }
        }
        bool all_right = true;
        for (std::size_t a = 0; a < spec->answers.size(); ++a) {
            auto typed = parse_number(typed_by_hand(ref->values[a]));
            if (!typed || !check_part(*spec, a, *typed, *ref).right) all_right = false;
        }
        if (all_right)
            ++result.reference_accepted;
        else
            missed_reference.push_back(seed);
    }
    for (std::size_t a = 0; a < spec->answers.size(); ++a)
        if (spec->answers[a].rounding != Rounding::none)
            for (std::size_t k = 0; k < 2; ++k) {
                MistakeRate rate = rounding_rates[a * 2 + k];
                rate.index = spec->mistakes.size() + result.rounding.size();
                result.rounding.push_back(rate);
            }
    if (!missed_reference.empty())
        out.push_back(fmt::format(
            "the reference typed by hand (4 significant digits, whole numbers exactly) is not "
            "accepted on {} of {} seeds (first: seed {}): widen the tolerance or ask for fewer "
            "digits",
            missed_reference.size(), result.seeds, missed_reference.front()));
    for (const MistakeRate& rate : result.rounding)
        if (rate.seeds > 0 && (rate.rejected < rate.seeds || rate.named < rate.seeds))
            out.push_back(fmt::format("{}: rejected on {} and named on {} of {} seeds (a bug: "
                                      "rounding slips are always told apart)",
                                      rate.answer, rate.rejected, rate.named, rate.seeds));
    for (const MistakeRate& rate : result.mistakes) {
        if (rate.seeds == 0) continue;
        const double rejected = static_cast<double>(rate.rejected) / rate.seeds;
        const double named = static_cast<double>(rate.named) / rate.seeds;
        if (rejected < k_mistake_bar)
            out.push_back(fmt::format(
                "/mistakes/{}: typed by hand it is accepted as the reference on {} of {} seeds "
                "(rejected {:.1f}%, the bar is {:.0f}%): constrain the params (\"require\") or "
                "tighten the tolerance",
                rate.index, rate.seeds - rate.rejected, rate.seeds, rejected * 100,
                k_mistake_bar * 100));
        else if (named < k_mistake_bar)
            out.push_back(fmt::format(
                "/mistakes/{}: rejected but not named on {} of {} seeds (named {:.1f}%): an "
                "earlier mistake of {} matches the same value",
                rate.index, rate.rejected - rate.named, rate.seeds, named * 100, rate.answer));
    }
    return result;
}

std::vector<std::string> validate_numeric_problem(const bank::Problem& problem) {
    return validate_numeric(problem).findings;
}

std::string describe_rates(const bank::Problem& problem, const NumericValidation& v) {
    std::string out = fmt::format("{}: reference accepted {}/{}", problem.id,
                                  v.reference_accepted, v.seeds);
    for (const MistakeRate& rate : v.mistakes)
        out += fmt::format("; mistake {} ({}) rejected {:.1f}% named {:.1f}%", rate.index,
                           rate.answer,
                           rate.seeds ? 100.0 * rate.rejected / rate.seeds : 0.0,
                           rate.seeds ? 100.0 * rate.named / rate.seeds : 0.0);
    for (const MistakeRate& rate : v.rounding)
        out += fmt::format("; {} rejected {:.1f}% named {:.1f}%", rate.answer,
                           rate.seeds ? 100.0 * rate.rejected / rate.seeds : 100.0,
                           rate.seeds ? 100.0 * rate.named / rate.seeds : 100.0);
    return out;
}

}  // namespace prepl::grade::numeric
