// `prepl list` and `prepl show`: browsing the bank.
#include <algorithm>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "app/bank_access.hpp"
#include "app/commands.hpp"
#include "grade/case_problem.hpp"
#include "grade/fixtures.hpp"
#include "grade/numeric/numeric_prompt.hpp"
#include "grade/numeric/params.hpp"
#include "repl/case_session.hpp"
#include "repl/problem_render.hpp"
#include "repl/table_render.hpp"
#include "util/text.hpp"

namespace prepl::app {

namespace {

bool contains(const std::vector<std::string>& items, const std::string& wanted) {
    return std::any_of(items.begin(), items.end(),
                       [&](const std::string& item) { return util::to_lower(item) == util::to_lower(wanted); });
}

}  // namespace

CommandOutput list_command(const CommonOptions& common, const ListOptions& options) {
    CommandOutput output;
    auto bank = open_bank(common, output);
    if (!bank) return output;
    std::vector<const bank::Problem*> chosen;
    for (const auto& p : bank->problems()) {
        if (options.kind && bank::to_string(p.kind) != *options.kind) continue;
        if (options.tag && !contains(p.tags, *options.tag)) continue;
        if (options.company && !contains(p.companies, *options.company)) continue;
        if (options.difficulty && p.difficulty != *options.difficulty) continue;
        chosen.push_back(&p);
    }
    if (options.format == "json") {
        nlohmann::json rows = nlohmann::json::array();
        for (const auto* p : chosen)
            rows.push_back({{"id", p->id}, {"kind", bank::to_string(p->kind)}, {"title", p->title},
                            {"difficulty", p->difficulty}, {"tags", p->tags}, {"companies", p->companies}});
        output.out = rows.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
        return output;
    }
    sql::ResultSet table;
    table.columns = {"id", "kind", "difficulty", "title", "tags"};
    for (const auto* p : chosen)
        table.rows.push_back({p->id, std::string(bank::to_string(p->kind)), p->difficulty, p->title,
                              util::join(p->tags, ", ")});
    repl::RenderOptions render;
    render.mode = common.color ? repl::TableMode::box : repl::TableMode::list;
    render.max_rows = 100000;
    output.out = repl::render_table(table, render);
    output.out += fmt::format("{} problems\n", chosen.size());
    if (!bank->issues().empty())
        output.err += fmt::format("prepl: {} problem files did not load; run `prepl validate`\n", bank->issues().size());
    return output;
}

CommandOutput show_command(const CommonOptions& common, const std::string& id, const std::string& format,
                           std::optional<unsigned long long> seed) {
    CommandOutput output;
    auto bank = open_bank(common, output, id);
    if (!bank) return output;
    const bank::Problem* problem = find_problem(*bank, id, output);
    if (!problem) return output;
    if (format == "json") {
        // The problem without what would spoil it.
        nlohmann::json shown = problem->raw;
        for (const char* key : {"solution", "wrong_answers", "explanation", "hints", "answers", "mistakes", "model_answer"})
            shown.erase(key);
        if (problem->kind == bank::Kind::numeric) {
            shown.erase("params");
            const std::uint64_t s = seed.value_or(grade::numeric::default_seed(problem->id));
            shown["seed"] = s;
            if (auto prompt = grade::numeric::numeric_prompt(*problem, s)) shown["prompt"] = *prompt;
        }
        shown.erase("rubric");  // case problems: the rubric's concepts and the right choices spoil them
        if (auto parts = shown.find("parts"); parts != shown.end() && parts->is_array())
            for (auto& part : *parts) {
                part.erase("answer");
                part.erase("explain");
            }
        output.out = shown.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
        return output;
    }
    grade::Fixtures fixtures(*bank);
    output.out = repl::render_problem(*problem, fixtures, common.color, seed);
    if (auto spec = grade::parse_case(*problem); spec && !spec->parts.empty())
        output.out += "\n" + repl::render_case_parts(*spec);
    return output;
}

}  // namespace prepl::app
