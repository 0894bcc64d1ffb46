#include "repl/case_session.hpp"

#include <fmt/format.h>

#include "grade/case_answer.hpp"
#include "grade/case_estimate.hpp"
#include "grade/case_grader.hpp"
#include "repl/editor.hpp"
#include "repl/shell.hpp"
#include "repl/verdict_render.hpp"
#include "util/text.hpp"

namespace prepl::repl {
using grade::CasePart;

namespace {

constexpr std::size_t k_max_part_bytes = 100 * 1024;  // as the shell's SQL input limit

std::string part_label(std::size_t index, std::size_t count, const CasePart& part) {
    return fmt::format("Part {}/{} [{}]", index + 1, count, part.id);
}

}  // namespace

std::string render_case_parts(const grade::CaseProblem& spec) {
    std::string out = "Parts:\n";
    for (std::size_t i = 0; i < spec.parts.size(); ++i) {
        const CasePart& p = spec.parts[i];
        out += fmt::format("  {}. [{}] ({}) {}\n", i + 1, p.id, grade::to_string(p.type), p.question);
    }
    return out;
}

void CaseSession::reset() { *this = CaseSession{}; }

std::string CaseSession::start(const bank::Problem& problem, const bank::Bank& bank, bool color) {
    reset();
    auto spec = grade::parse_case(problem);
    if (!spec) return spec.error().message + "\n";
    m_problem = &problem;
    m_bank = &bank;
    m_spec = std::move(*spec);
    m_color = color;
    m_answers = grade::empty_case_answer(m_spec);
    std::string out = "\n" + render_case_parts(m_spec);
    out += "End a text answer with a line holding only '.'; `edit` opens $EDITOR on the current part, `answer PART` "
           "revisits one, `submit` grades them all.\n";
    if (m_spec.parts.empty()) return out;
    return out + ask(0, true);
}

std::string CaseSession::ask(std::size_t index, bool sequential) {
    m_part = index;
    m_sequential = sequential;
    m_buffer.clear();
    const CasePart& p = m_spec.parts[index];
    std::string out = fmt::format("\n{}: {}\n", part_label(index, m_spec.parts.size(), p), p.question);
    if (p.type == CasePart::Type::text) {
        const auto& current = m_answers[p.id];
        if (current.is_string() && !current.get<std::string>().empty())
            out += "(your answer so far is replaced; `edit` starts from it)\n";
        return out + "(type your answer; a line with only '.' ends it)\n";
    }
    if (p.type == CasePart::Type::estimate) return out + "(one number: 2.5 million, 2.5e6 or 2,500,000)\n";
    for (std::size_t i = 0; i < p.choices.size(); ++i) out += fmt::format("  {}) {}\n", i + 1, p.choices[i]);
    return out + (p.type == CasePart::Type::choice ? "(one number, or the choice text)\n"
                                                   : "(all that apply: numbers like 1,3, or the choice texts)\n");
}

std::string CaseSession::store(const std::string& text) {
    const std::size_t index = *m_part;
    const CasePart& p = m_spec.parts[index];
    if (p.type == CasePart::Type::text) {
        m_answers[p.id] = util::trim(text);
    } else if (p.type == CasePart::Type::estimate) {
        auto x = grade::parse_estimate(text);
        if (!x) return x.error().message + "; try again\n";
        m_answers[p.id] = *x;
    } else {
        auto picked = grade::parse_choice_text(p, text);
        if (!picked) return picked.error().message + "; try again\n";
        m_answers[p.id] = *picked;
    }
    m_buffer.clear();
    std::string out = fmt::format("saved [{}]\n", p.id);
    if (m_sequential && index + 1 < m_spec.parts.size()) return out + ask(index + 1, true);
    m_part.reset();
    return out + "Every part has an answer: `submit` to grade them, `answer PART` to change one.\n";
}

void CaseSession::restore(const nlohmann::json& answers) {
    if (!active() || !answers.is_object()) return;
    for (const auto& part : m_spec.parts)
        if (auto it = answers.find(part.id); it != answers.end() && it->type() == m_answers[part.id].type())
            m_answers[part.id] = *it;
    m_buffer.clear();
    m_part.reset();
    for (std::size_t i = 0; i < m_spec.parts.size(); ++i) {
        const auto& a = m_answers[m_spec.parts[i].id];
        if ((a.is_string() && util::trim(a.get<std::string>()).empty()) || (a.is_array() && a.empty())) {
            m_part = i;
            m_sequential = true;
            break;
        }
    }
}

std::string CaseSession::feed_line(const std::string& line) {
    if (!m_part) return "";
    const CasePart& p = m_spec.parts[*m_part];
    if (p.type != CasePart::Type::text) {
        if (util::trim(line).empty()) return "";
        return store(line);
    }
    if (util::trim(line) == ".") return store(m_buffer);
    if (m_buffer.size() + line.size() > k_max_part_bytes) {
        m_buffer.clear();
        return "An answer over 100 KB was discarded; type it again, shorter.\n";
    }
    m_buffer += m_buffer.empty() ? line : "\n" + line;
    return "";
}

std::string CaseSession::answer(const std::string& part_id) {
    if (!active()) return "No case problem is open.\n";
    if (part_id.empty()) {  // the parts and what is answered so far
        std::string out = "Parts:\n";
        for (std::size_t i = 0; i < m_spec.parts.size(); ++i) {
            const CasePart& p = m_spec.parts[i];
            const auto& a = m_answers[p.id];
            std::string state = "not answered";
            if (a.is_string() && !util::trim(a.get<std::string>()).empty()) {
                const std::string text = util::trim(a.get<std::string>());
                const auto cut = text.find('\n');
                state = "answered: " + (cut == std::string::npos && text.size() <= 60
                                            ? text
                                            : text.substr(0, std::min<std::size_t>(cut, 57)) + "...");
            } else if (a.is_number()) {  // an estimate part
                state = "answered: " + grade::format_estimate(a.get<double>());
            } else if (a.is_array() && !a.empty()) {
                std::vector<std::string> picked;
                for (const auto& n : a)
                    if (n.is_number_integer()) picked.push_back(std::to_string(n.get<int>() + 1));
                state = "answered: " + util::join(picked, ",");
            }
            out += fmt::format("  {}. [{}] {}{}\n", i + 1, p.id, state,
                               m_part && *m_part == i ? (m_buffer.empty() ? "  (being asked)" : "  (being typed)") : "");
        }
        return out + "`answer PART` answers or revises one; `submit` grades them all.\n";
    }
    for (std::size_t i = 0; i < m_spec.parts.size(); ++i)
        if (m_spec.parts[i].id == part_id || std::to_string(i + 1) == part_id) return ask(i, false);
    std::vector<std::string> ids;
    for (const auto& p : m_spec.parts) ids.push_back(p.id);
    return fmt::format("No part \"{}\"; the parts are {}\n", part_id, util::join(ids, ", "));
}

std::string CaseSession::edit() {
    if (!active()) return "No case problem is open.\n";
    if (!m_part) return "Choose a part first: `answer PART`, then `edit`.\n";
    const CasePart& p = m_spec.parts[*m_part];
    if (p.type != CasePart::Type::text) return "Part " + p.id + " is a choice: type the number(s).\n";
    std::string initial = m_buffer;
    if (initial.empty() && m_answers[p.id].is_string()) initial = m_answers[p.id].get<std::string>();
    auto edited = edit_in_editor(initial);
    if (!edited) return edited.error().message + "\n";
    return store(*edited);
}

std::string CaseSession::submit() {
    if (!active()) return "No case problem is open.\n";
    if (m_part && !m_buffer.empty()) store(m_buffer);  // the part being typed counts too
    const bool any = std::any_of(m_answers.begin(), m_answers.end(), [](const nlohmann::json& a) {
        return a.is_string() ? util::trim(a.get<std::string>()).size() > 0 : a.is_array() ? !a.empty() : !a.is_null();
    });
    if (!any)  // grading nothing would only print the model answers
        return "Nothing answered yet: type an answer to the part shown, or `answer PART`; `solution` shows the "
               "model answers.\n";
    m_part.reset();
    m_buffer.clear();
    m_verdict = grade::grade_case_answer(*m_problem, *m_bank, m_spec, m_answers);
    VerdictRenderOptions render;
    render.color = m_color;
    std::string out = render_verdict(*m_verdict, render);
    bool missed = false;
    for (const auto& c : m_verdict->criteria) missed |= !c.met;
    if (missed) out += "`met CRITERION` marks a missed criterion you did cover (self-assessment, kept separately).\n";
    return out;
}

std::string CaseSession::met(const std::string& criterion) {
    if (!active()) return "No case problem is open.\n";
    if (!m_verdict) return "Submit first: `met` marks a criterion after grading.\n";
    if (criterion.empty()) return "usage: met CRITERION (the id in brackets in the verdict)\n";
    auto self = grade::mark_criterion_met(*m_verdict, criterion);
    if (!self) return self.error().message + "\n";
    return fmt::format("Marked {} as met. Self-assessed score: {:g}/{:g} (the automatic score stays {:g}/{:g}).\n",
                       criterion, *self, m_verdict->max_score, m_verdict->score, m_verdict->max_score);
}

std::string CaseSession::model_answers() const {
    std::string out;
    for (const auto& part : m_spec.parts) {
        if (part.type == CasePart::Type::estimate) {
            out += fmt::format("[{}] about {}{}\n", part.id, grade::format_estimate(part.answer_value),
                               part.explain.empty() ? "" : " — " + part.explain);
        } else if (part.type != CasePart::Type::text) {
            std::vector<std::string> right;
            for (int i : part.answer)
                if (static_cast<std::size_t>(i) < part.choices.size()) right.push_back(part.choices[static_cast<std::size_t>(i)]);
            out += fmt::format("[{}] {}{}\n", part.id, util::join(right, ", "), part.explain.empty() ? "" : " — " + part.explain);
        } else if (auto it = m_spec.model_answer.find(part.id); it != m_spec.model_answer.end() && it->is_string()) {
            out += fmt::format("[{}] {}\n", part.id, it->get<std::string>());
        }
    }
    return out.empty() ? out : "Model answers:\n" + out;
}

std::vector<std::string> CaseSession::completions(std::string_view command) const {
    std::vector<std::string> out;
    if (command == "answer")
        for (const auto& p : m_spec.parts) out.push_back(p.id);
    if (command == "met")
        for (const auto& c : m_spec.rubric) out.push_back(c.id);
    return out;
}

std::string CaseSession::prompt() const {
    if (!m_part) return "";
    if (!m_buffer.empty()) return m_spec.parts[*m_part].type == CasePart::Type::text ? "...('.' ends the part)> " : "...> ";
    return m_problem->id + " [" + m_spec.parts[*m_part].id + "]> ";
}

std::string case_answer_command(Shell& shell, const std::string& args) { return shell.case_session().answer(args); }
std::string case_edit_command(Shell& shell, const std::string&) { return shell.case_session().edit(); }
std::string case_met_command(Shell& shell, const std::string& args) { return shell.case_session().met(args); }

}  // namespace prepl::repl
