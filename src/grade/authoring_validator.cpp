#include "grade/authoring_validator.hpp"

#include <algorithm>
#include <cctype>
#include <set>

#include <fmt/format.h>

#include "grade/case_answer.hpp"
#include "grade/case_estimate.hpp"
#include "grade/case_grader.hpp"
#include "grade/case_problem.hpp"
#include "grade/grade.hpp"
#include "grade/lua_grading.hpp"
#include "util/file.hpp"
#include "util/text.hpp"

namespace prepl::grade {
using nlohmann::json;

namespace {

ValidationFinding finding(const bank::Problem& problem, std::string message) {
    return {problem.id, problem.file.string(), std::move(message)};
}

// A Lua long-bracket level whose closing bracket does not occur in `text`.
std::string long_bracket_equals(const std::string& text) {
    std::string eq;
    while (text.find("]" + eq + "]") != std::string::npos) eq += "=";
    return eq;
}

void scan_todo(const json& value, const std::string& pointer, std::vector<std::string>& out) {
    if (value.is_string()) {
        if (value.get<std::string>().find(k_todo_marker) != std::string::npos) out.push_back(pointer.empty() ? "/" : pointer);
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i) scan_todo(value[i], fmt::format("{}/{}", pointer, i), out);
    } else if (value.is_object()) {
        for (const auto& [key, item] : value.items()) scan_todo(item, pointer + "/" + key, out);
    }
}

bool criterion_met(const Verdict& v, const std::string& id) {
    for (const auto& c : v.criteria)
        if (c.id == id) return c.met;
    return false;
}

// Whether a phrase contains a negation word (the list graders/lib/rubric.lua treats as one).
bool has_negation_word(std::string_view phrase) {
    static const std::set<std::string, std::less<>> k_negations = {
        "not", "no", "never", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "wont", "cant",
        "cannot", "shouldnt", "wouldnt", "couldnt", "neednt", "mustnt", "nor", "neither", "without", "none"};
    std::string word;
    auto flush = [&] {
        const bool hit = k_negations.count(word) > 0;
        word.clear();
        return hit;
    };
    for (char ch : phrase) {
        const auto u = static_cast<unsigned char>(ch);
        if (std::isalnum(u)) word += static_cast<char>(std::tolower(u));
        else if (ch == '\'') continue;  // don't -> dont
        else if (flush()) return true;
    }
    return flush();
}

std::string missing_concepts(const RubricCriterion& c) {
    std::vector<std::string> groups;
    for (const auto& group : c.concepts) groups.push_back("(" + util::join(group, " | ") + ")");
    return util::join(groups, " and ");
}

}  // namespace

std::vector<ValidationFinding> validate_grader_loads(const bank::Problem& problem, const bank::Bank& bank) {
    std::vector<ValidationFinding> out;
    if (!has_lua_grader(problem)) return out;
    auto source = load_grader_source(problem, bank);
    if (!source) {
        out.push_back(finding(problem, source.error().message));
        return out;
    }
    // Compile and run the file's top level inside the sandbox, without calling grade().
    const std::string eq = long_bracket_equals(source->source);
    std::string shown = source->chunkname;
    if (!shown.empty() && shown.front() == '@') shown.erase(0, 1);
    const std::string probe = fmt::format(
        "local f, err = load([{0}[\n{1}\n]{0}], \"@{2}\", \"t\")\n"
        "if not f then error(err, 0) end\n"
        "local g = f()\n"
        "if type(g) ~= \"function\" then error(\"{2}: the file must return a function grade(answer, ctx), not a \" .. "
        "type(g) .. \" value\", 0) end\n"
        "return function() return {{score = 0, max = 0}} end\n",
        eq, source->source, shown);
    lua::GraderContext ctx;
    ctx.problem = problem.raw;
    ctx.lib_dir = bank.grader_lib_dir();
    const lua::GraderOutcome outcome = lua::run_grader(probe, "validate probe", nullptr, ctx);
    if (outcome.status == lua::GraderOutcome::Status::error)
        out.push_back(finding(problem, "grader does not load: " + outcome.error));
    return out;
}

std::vector<ValidationFinding> find_todo_markers(const bank::Problem& problem, const bank::Bank& bank) {
    std::vector<ValidationFinding> out;
    std::vector<std::string> pointers;
    scan_todo(problem.raw, "", pointers);
    for (const auto& p : pointers) out.push_back(finding(problem, fmt::format("{}: still says {}: finish it", p, k_todo_marker)));
    if (problem.grader) {
        const auto file = bank.resolve_grader(*problem.grader);
        if (auto text = util::read_file(file); text && file.parent_path() != bank.grader_lib_dir()) {
            std::size_t line = 1, start = 0;
            while (start < text->size()) {
                const auto end = text->find('\n', start);
                const std::string_view l = std::string_view(*text).substr(start, end == std::string::npos ? std::string::npos : end - start);
                if (l.find(k_todo_marker) != std::string_view::npos)
                    out.push_back(finding(problem, fmt::format("{}:{}: {}", *problem.grader, line, util::trim(l))));
                if (end == std::string::npos) break;
                start = end + 1;
                ++line;
            }
        }
    }
    return out;
}

std::vector<ValidationFinding> validate_case_problem(const bank::Problem& problem, const bank::Bank& bank) {
    std::vector<ValidationFinding> out;
    auto parsed = parse_case(problem);
    if (!parsed) {
        out.push_back(finding(problem, parsed.error().message));
        return out;
    }
    const CaseProblem& spec = *parsed;
    bool structural_ok = true;
    auto bad = [&](std::string message) {
        out.push_back(finding(problem, std::move(message)));
        structural_ok = false;
    };

    std::set<std::string> seen;
    for (std::size_t i = 0; i < spec.parts.size(); ++i) {
        const CasePart& part = spec.parts[i];
        if (!seen.insert(part.id).second) bad(fmt::format("/parts/{}/id: part id \"{}\" is used twice", i, part.id));
        if (part.type == CasePart::Type::text) continue;
        if (part.type == CasePart::Type::estimate) {
            if (!(part.answer_value > 0))
                bad(fmt::format("/parts/{}/answer_value: an estimate part needs a positive reference value", i));
            if (!(part.factor > 1))
                bad(fmt::format("/parts/{}/factor: an estimate part needs a factor above 1 (3 = within 3x either way)", i));
            continue;
        }
        if (part.choices.size() < 2) bad(fmt::format("/parts/{}/choices: a {} part needs at least two choices", i, to_string(part.type)));
        for (std::size_t k = 0; k < part.answer.size(); ++k)
            if (part.answer[k] < 0 || static_cast<std::size_t>(part.answer[k]) >= part.choices.size())
                bad(fmt::format("/parts/{}/answer/{}: index {} is out of range: {} choices, numbered from 0", i, k,
                                part.answer[k], part.choices.size()));
        if (part.type == CasePart::Type::choice && part.answer.size() != 1)
            bad(fmt::format("/parts/{}/answer: a \"choice\" part has exactly one right answer (use \"multi\" for several)", i));
    }
    std::set<std::string> criterion_ids;
    for (std::size_t i = 0; i < spec.rubric.size(); ++i) {
        const RubricCriterion& c = spec.rubric[i];
        if (!criterion_ids.insert(c.id).second) bad(fmt::format("/rubric/{}/id: criterion id \"{}\" is used twice", i, c.id));
        const CasePart* part = spec.find_part(c.part);
        if (!part) {
            std::vector<std::string> ids;
            for (const auto& p : spec.parts) ids.push_back(p.id);
            bad(fmt::format("/rubric/{}/part: criterion {} names part \"{}\", which does not exist (parts: {})", i, c.id,
                            c.part, util::join(ids, ", ")));
        } else if (part->type != CasePart::Type::text) {
            bad(fmt::format("/rubric/{}/part: criterion {} scores part \"{}\", a {} part (rubrics score text parts)", i, c.id,
                            c.part, to_string(part->type)));
        }
    }
    for (const auto& [id, value] : spec.model_answer.items())
        if (!spec.find_part(id)) bad(fmt::format("/model_answer/{}: no part \"{}\"", id, id));
    if (!structural_ok) return out;  // grading would only repeat these

    // The model answer: text from model_answer; choices from it when given, else the right ones.
    json model = empty_case_answer(spec);
    for (const auto& part : spec.parts) {
        const auto it = spec.model_answer.find(part.id);
        if (part.type == CasePart::Type::text) {
            if (it != spec.model_answer.end() && it->is_string()) model[part.id] = *it;
            else if (std::any_of(spec.rubric.begin(), spec.rubric.end(), [&](const auto& c) { return c.part == part.id; }))
                bad(fmt::format("/model_answer/{}: missing: give a strong answer to the text part \"{}\"", part.id, part.id));
            continue;
        }
        if (part.type == CasePart::Type::estimate) {
            model[part.id] = part.answer_value;
            if (it != spec.model_answer.end() && it->is_number() &&
                estimate_score(part, it->get<double>()) < part.points)
                bad(fmt::format("/model_answer/{}: is not within the part's factor of its answer_value", part.id));
            continue;
        }
        model[part.id] = part.answer;
        if (it == spec.model_answer.end()) continue;
        // For a choice part the model answer may be prose that names the right choice in short
        // ("user"); only a value that does pick choices must agree with the part's answer.
        auto picked = it->is_string() ? parse_choice_text(part, it->get<std::string>()) : parse_choice_json(part, *it);
        if (!picked) {
            if (!it->is_string()) bad(fmt::format("/model_answer/{}: {}", part.id, picked.error().message));
            continue;
        }
        std::vector<int> a = *picked, b = part.answer;
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        if (a != b) bad(fmt::format("/model_answer/{}: differs from the part's \"answer\"", part.id));
    }

    const Verdict full = grade_case_answer(problem, bank, spec, model);
    if (full.status == Verdict::Status::error) {
        out.push_back(finding(problem, full.message));
        return out;
    }
    for (std::size_t i = 0; i < spec.rubric.size(); ++i) {
        const RubricCriterion& c = spec.rubric[i];
        if (!full.criteria.empty() && !criterion_met(full, c.id))
            out.push_back(finding(problem, fmt::format("/model_answer/{}: misses rubric criterion {} (/rubric/{}): it "
                                                       "needs {}",
                                                       c.part, c.id, i, missing_concepts(c))));
    }
    if (full.score + 1e-9 < full.max_score)
        out.push_back(finding(problem, fmt::format("/model_answer: the model answer scores {:g}/{:g}, not full marks",
                                                   full.score, full.max_score)));

    const Verdict empty = grade_case_answer(problem, bank, spec, empty_case_answer(spec));
    if (empty.status == Verdict::Status::error) out.push_back(finding(problem, empty.message));
    else if (empty.score > 0)
        out.push_back(finding(problem, fmt::format("an empty answer scores {:g}/{:g}; it must earn zero", empty.score,
                                                   empty.max_score)));

    // Each criterion is met by its own concepts stated as one claim in a full sentence, trying the
    // k-th synonym of every group for each k.
    for (std::size_t i = 0; i < spec.rubric.size(); ++i) {
        const RubricCriterion& c = spec.rubric[i];
        std::size_t widest = 0;
        for (const auto& g : c.concepts) widest = std::max(widest, g.size());
        for (std::size_t k = 0; k < widest; ++k) {
            std::vector<std::string> phrases;
            for (const auto& g : c.concepts) phrases.push_back(g[std::min(k, g.size() - 1)]);
            json answer = empty_case_answer(spec);
            answer[c.part] = "We should say that " + util::join(phrases, ", and that ") + " here.";
            const Verdict v = grade_case_answer(problem, bank, spec, answer);
            if (v.status == Verdict::Status::error || v.criteria.empty()) break;
            if (!criterion_met(v, c.id)) {
                out.push_back(finding(problem, fmt::format("/rubric/{}/concepts: criterion {} is not met by its own "
                                                           "concepts: the answer \"{}\" does not score it",
                                                           i, c.id, answer[c.part].get<std::string>())));
                break;
            }
        }
    }

    // A synonym with a negation word describes an absence: the criterion must say so.
    for (std::size_t i = 0; i < spec.rubric.size(); ++i) {
        const RubricCriterion& c = spec.rubric[i];
        if (c.absence || !c.negatable) continue;
        for (const auto& g : c.concepts)
            for (const auto& synonym : g)
                if (has_negation_word(synonym)) {
                    out.push_back(finding(problem, fmt::format("/rubric/{}: criterion {} has the negated synonym \"{}\": "
                                                               "mark it \"absence\": true (CASE_FORMAT.md, \"Negation\")",
                                                               i, c.id, synonym)));
                    goto next_criterion;
                }
        if (!full.criteria.empty()) {
            for (const auto& r : full.criteria)
                if (r.id == c.id && r.outcome == "negated")
                    out.push_back(finding(problem, fmt::format("/rubric/{}: the model answer states criterion {} only "
                                                               "negated: if the claim is an absence, add the negated "
                                                               "phrase as a synonym and mark it \"absence\": true",
                                                               i, c.id)));
        }
    next_criterion:;
    }
    return out;
}

std::vector<ValidationFinding> validate_authoring(const bank::Problem& problem, const bank::Bank& bank,
                                                  Fixtures& fixtures) {
    std::vector<ValidationFinding> out = find_todo_markers(problem, bank);
    auto loads = validate_grader_loads(problem, bank);
    const bool grader_ok = loads.empty();
    out.insert(out.end(), loads.begin(), loads.end());
    if (!grader_ok) return out;
    if (problem.kind == bank::Kind::case_study) {
        auto more = validate_case_problem(problem, bank);
        out.insert(out.end(), more.begin(), more.end());
    } else if (problem.sql() && problem.grader) {
        const Verdict v = grade_answer(problem, problem.sql()->solution, fixtures);
        if (v.status == Verdict::Status::error) out.push_back(finding(problem, v.message));
        else if (!v.accepted())
            out.push_back(finding(problem, "the grader rejects the reference solution: " + v.message));
    }
    return out;
}

}  // namespace prepl::grade
