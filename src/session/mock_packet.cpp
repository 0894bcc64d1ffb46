#include "session/mock_packet.hpp"

#include <fmt/format.h>

#include "grade/case_problem.hpp"
#include "grade/numeric/numeric_prompt.hpp"
#include "session/mock_session.hpp"
#include "util/text.hpp"

namespace prepl::session {
namespace {

std::string block_quote(const std::string& text) {
    std::string out = "> ";
    for (char c : util::trim(text)) out += c == '\n' ? std::string("\n> ") : std::string(1, c);
    return out + "\n";
}

}  // namespace

std::string render_mock_packet(const bank::Bank& bank, const std::vector<std::string>& problem_ids,
                               std::uint64_t seed, int minutes) {
    std::string out = fmt::format(
        "# Mock interview: interviewer's packet\n\n{} question{}, {} minutes (seed {}). The candidate runs "
        "`prepl mock` with the same options and answers in the shell; this packet stays with you.\n",
        problem_ids.size(), problem_ids.size() == 1 ? "" : "s", minutes, seed);
    for (std::size_t i = 0; i < problem_ids.size(); ++i) {
        const bank::Problem* p = bank.find(problem_ids[i]);
        if (!p) continue;
        out += fmt::format("\n## {}. {} ({}, {}{})\n\n", i + 1, p->title, bank::to_string(p->kind), p->difficulty,
                           p->target_minutes ? fmt::format(", target {:g} min", *p->target_minutes) : "");
        std::string prompt = p->prompt;
        std::string reference;
        const std::uint64_t question = question_seed(static_cast<std::int64_t>(seed), i);
        if (p->kind == bank::Kind::numeric) {
            if (auto text = grade::numeric::numeric_prompt(*p, question)) prompt = *text;
            if (auto solution = grade::numeric::numeric_solution(*p, question)) reference = *solution;
        }
        out += "**Prompt** (what the candidate sees):\n\n" + block_quote(prompt);
        std::vector<std::string> listen;
        if (auto spec = grade::parse_case(*p); spec && p->kind == bank::Kind::case_study) {
            out += "\n**Parts:**\n\n";
            for (std::size_t k = 0; k < spec->parts.size(); ++k) out += fmt::format("{}. {}\n", k + 1, spec->parts[k].question);
            for (const auto& c : spec->rubric)
                listen.push_back(fmt::format("[{}] {} ({:g} point{})", c.part, c.criterion, c.points, c.points == 1 ? "" : "s"));
            for (const auto& part : spec->parts) {
                if (part.type == grade::CasePart::Type::text) {
                    if (auto it = spec->model_answer.find(part.id); it != spec->model_answer.end() && it->is_string())
                        reference += fmt::format("- [{}] {}\n", part.id, it->get<std::string>());
                    continue;
                }
                std::vector<std::string> right;
                for (int k : part.answer)
                    if (static_cast<std::size_t>(k) < part.choices.size()) right.push_back(part.choices[static_cast<std::size_t>(k)]);
                listen.push_back(fmt::format("[{}] picks {}", part.id, util::join(right, ", ")));
                reference += fmt::format("- [{}] {}{}\n", part.id, util::join(right, ", "), part.explain.empty() ? "" : " — " + part.explain);
            }
        } else if (const auto* sql = p->sql()) {
            listen.push_back("states the grain of the result (one row per what?) before writing SQL");
            listen.push_back("asks about or handles the edge cases: NULLs, ties, duplicates, empty groups");
            reference = "```sql\n" + sql->solution + "\n```\n";
        } else {
            listen.push_back("names the method and its assumptions before computing");
            listen.push_back("gives each requested value with its unit and a sanity check");
        }
        out += "\n**What to listen for:**\n\n";
        for (const auto& l : listen) out += "- " + l + "\n";
        if (!p->hints.empty()) {
            out += "\n**Hints to give when the candidate is stuck** (in order; each costs them 25% when hints are on):\n\n";
            for (std::size_t k = 0; k < p->hints.size(); ++k) out += fmt::format("{}. {}\n", k + 1, p->hints[k]);
        }
        if (!p->follow_ups.empty()) {
            out += "\n**Follow-up questions** (the same data, one requirement changed):\n\n";
            for (const auto& id : p->follow_ups)
                if (const bank::Problem* f = bank.find(id))
                    out += fmt::format("- {} — {}\n", f->title, util::trim(f->prompt).substr(0, 300));
        }
        if (!reference.empty()) out += "\n**Reference:**\n\n" + reference;
        if (!p->explanation.empty()) out += "\n**Explanation:**\n\n" + p->explanation + "\n";
    }
    return out;
}

}  // namespace prepl::session
