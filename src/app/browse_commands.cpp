// `prepl list` and `prepl show`: browsing the bank.
#include <algorithm>
#include <filesystem>
#include <tuple>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "app/bank_access.hpp"
#include "app/commands.hpp"
#include "grade/case_problem.hpp"
#include "grade/fixtures.hpp"
#include "grade/numeric/numeric_prompt.hpp"
#include "grade/numeric/params.hpp"
#include "repl/case_session.hpp"
#include "repl/problem_list.hpp"
#include "repl/problem_render.hpp"
#include "bank/tags.hpp"
#include "session/problem_marks.hpp"
#include "session/progress_store.hpp"
#include "repl/table_render.hpp"
#include "util/text.hpp"

namespace prepl::app {

CommandOutput list_command(const CommonOptions& common, const ListOptions& options) {
    CommandOutput output;
    repl::ListRequest request;
    request.tag_table = options.tag_table;
    request.company = options.company;
    if (options.tag) request.tags.push_back(*options.tag);
    for (const auto& [value, slot, parse] :
         {std::tuple{options.kind, &request.kind, &repl::parse_kind},
          std::tuple{options.difficulty, &request.difficulty, &repl::parse_difficulty}}) {
        if (!value) continue;
        auto checked = parse(*value);
        if (!checked) {
            output.err = "prepl list: " + checked.error().message + "\n";
            output.code = k_exit_usage;
            return output;
        }
        *slot = *checked;
    }
    auto bank = open_bank(common, output);
    if (!bank) return output;
    std::vector<const bank::Problem*> chosen;
    for (const auto& p : bank->problems())
        if (repl::list_matches(p, request)) chosen.push_back(&p);
    if (options.format == "json") {
        nlohmann::json rows = nlohmann::json::array();
        if (request.tag_table) {
            for (const auto& [tag, n] : bank::tag_counts(*bank)) rows.push_back({{"tag", tag}, {"problems", n}});
        } else {
            for (const auto* p : chosen)
                rows.push_back({{"id", p->id}, {"kind", bank::to_string(p->kind)}, {"title", p->title},
                                {"difficulty", p->difficulty}, {"tags", p->tags}, {"companies", p->companies}});
        }
        output.out = rows.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
        return output;
    }
    repl::RenderOptions render;
    render.mode = common.color ? repl::TableMode::box : repl::TableMode::list;
    if (request.tag_table) {
        output.out = repl::render_tag_table(*bank, request, render);
        return output;
    }
    // Progress marks when a store exists; listing never creates one.
    std::optional<std::map<std::string, std::string>> marks;
    const auto db = session::progress_db_path(common.data_dir);
    std::error_code ec;
    if (std::filesystem::exists(db, ec))
        if (auto store = session::ProgressStore::open(db)) {
            auto attempts = store->attempts();
            auto reviews = store->review_states();
            if (attempts && reviews) marks = session::problem_marks(*attempts, *reviews, session::SystemClock().now());
        }
    output.out = repl::render_problem_list(*bank, request, marks, render, true);
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
