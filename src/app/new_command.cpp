// `prepl new sql|numeric|case ID`: a skeleton problem that loads, with TODO markers that
// `prepl validate` reports until the author has replaced them.
#include <fstream>
#include <regex>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "app/authoring_commands.hpp"
#include "bank/bank.hpp"
#include "grade/lua_grading.hpp"

namespace prepl::app {
namespace fs = std::filesystem;
using nlohmann::ordered_json;

namespace {

ordered_json common_fields(const NewOptions& o) {
    return {{"id", o.id},
            {"kind", o.kind},
            {"title", "TODO: a short title"},
            {"difficulty", "medium"},
            {"tags", {"TODO"}},
            {"companies", ordered_json::array()}};
}

ordered_json sql_skeleton(const NewOptions& o) {
    ordered_json p = common_fields(o);
    p["prompt"] = "TODO: the question. Name the columns the result must have and what each row is.";
    if (o.dataset) {
        p["dataset"] = *o.dataset;
        p["solution"] = "SELECT 1 AS todo; -- TODO: the reference query on the dataset's tables";
        p["wrong_answers"] = {"SELECT 2 AS todo; -- TODO: a plausible wrong query the data must reject"};
    } else {
        p["setup"] =
            "CREATE TABLE events(user_id INTEGER, day TEXT, amount REAL);\n"
            "INSERT INTO events VALUES (1, '2024-01-01', 10), (1, '2024-01-02', 5), (2, '2024-01-01', 7);\n"
            "-- TODO: your tables and rows (or use \"dataset\")";
        p["solution"] = "SELECT user_id, SUM(amount) AS total FROM events GROUP BY user_id; -- TODO: the reference query";
        p["wrong_answers"] = {"SELECT user_id, COUNT(*) AS total FROM events GROUP BY user_id; -- TODO: a plausible wrong query"};
    }
    p["compare"] = {{"order", "any"}, {"columns", "by_name"}, {"rows", "bag"}};
    p["hints"] = {"TODO: a nudge that does not give the answer away"};
    p["explanation"] = "TODO: why the reference works and the usual mistakes";
    return p;
}

ordered_json numeric_skeleton(const NewOptions& o) {
    ordered_json p = common_fields(o);
    p["prompt"] =
        "TODO: the question. Control showed the page to {n1} users and {x1} converted; treatment showed it to {n2} "
        "users and {x2} converted. Compute the pooled two-proportion z statistic (treatment minus control).";
    p["params"] = {{"n1", {{"int", {4000, 6000}}}},
                   {"n2", {{"int", {4000, 6000}}}},
                   {"p1", {{"uniform", {0.08, 0.12}}, {"round", 3}}},
                   {"x1", {{"expr", "round(n1 * p1)"}}},
                   {"x2", {{"expr", "round(n2 * p1 * 1.1)"}}}};
    p["answers"] = {{{"name", "z"},
                     {"solver", "two_proportion_ztest"},
                     {"field", "z"},
                     {"args", {{"x1", "x1"}, {"n1", "n1"}, {"x2", "x2"}, {"n2", "n2"}}},
                     {"tolerance", {{"relative", 0.01}}}}};
    p["hints"] = {"TODO: a nudge, e.g. which standard error applies under H0"};
    p["explanation"] = "TODO: the formula with the worked numbers, e.g. z = {=z}";
    return p;
}

ordered_json case_skeleton(const NewOptions& o) {
    ordered_json p = common_fields(o);
    p["target_minutes"] = 15;
    p["prompt"] = "TODO: the scenario and what the interviewer asks overall.";
    p["parts"] = {
        {{"id", "approach"}, {"question", "TODO: the first open question"}, {"type", "text"}},
        {{"id", "unit"},
         {"question", "TODO: a multiple-choice question"},
         {"type", "choice"},
         {"choices", {"TODO: the right choice", "TODO: a wrong choice"}},
         {"answer", {0}},
         {"explain", "TODO: why the right choice is right"}}};
    p["rubric"] = {{{"id", "names-metric"},
                    {"part", "approach"},
                    {"points", 2},
                    {"criterion", "TODO: what a good answer does, e.g. names a primary metric and compares it to control"},
                    {"concepts", ordered_json::array({ordered_json::array({"metric", "kpi"}),  // explicit: pairs of
                                                       ordered_json::array({"control", "baseline"})})},  // strings make objects
                    {"feedback", "TODO: what to add when this is missed"}}};
    p["model_answer"] = {{"approach", "TODO: a strong answer, e.g. We compare the primary metric against the control group."},
                         {"unit", 0}};
    p["grader"] = "graders/" + o.id + ".lua";
    p["hints"] = {"TODO: a nudge"};
    p["explanation"] = "TODO: what a strong answer covers and what interviewers listen for";
    return p;
}

std::string case_grader_stub(const std::string& id) {
    return fmt::format(R"(-- Grader for {0}: rubric scoring (graders/lib/rubric.lua) plus checks of your own.
-- Run it on an answer with: prepl test-grader {0} answer.md
local rubric = require "rubric"

return function(answer, ctx)
  local result = rubric.grade(answer, ctx)
  -- TODO: add checks of your own (push to result.feedback, adjust result.score), or delete this
  -- file and the problem's "grader" field to use rubric.lua as it is.
  return result
end
)",
                       id);
}

bool write_new(const fs::path& file, const std::string& text, CommandOutput& output) {
    std::error_code ec;
    fs::create_directories(file.parent_path(), ec);
    std::ofstream out(file, std::ios::binary);
    out << text;
    if (!out) {
        output.err += fmt::format("prepl: cannot write {}\n", file.string());
        output.code = k_exit_internal;
        return false;
    }
    output.out += fmt::format("wrote {}\n", file.string());
    return true;
}

}  // namespace

CommandOutput new_command(const CommonOptions& common, const NewOptions& options) {
    CommandOutput output;
    auto usage = [&](std::string message) {
        output.err = "prepl new: " + message + "\n";
        output.code = k_exit_usage;
        return output;
    };
    if (options.kind != "sql" && options.kind != "numeric" && options.kind != "case")
        return usage("the kind is sql, numeric or case");
    if (!std::regex_match(options.id, std::regex("^[a-z0-9]+(-[a-z0-9]+)*$")))
        return usage(fmt::format("\"{}\" is not a valid id: lower-case words joined by '-', e.g. my-new-problem", options.id));
    if (options.dataset && options.kind != "sql") return usage("--dataset is for sql problems");

    const fs::path root = common.bank_dir.value_or(bank::default_bank_dir());
    std::error_code ec;
    fs::create_directories(root, ec);
    auto loaded = bank::load_bank(root);
    if (!loaded) return usage(loaded.error().message);
    const bank::Bank& bank = *loaded;
    if (bank.find(options.id)) return usage(fmt::format("a problem \"{}\" already exists: {}", options.id, bank.find(options.id)->file.string()));
    if (options.dataset && !fs::exists(bank.dataset_path(*options.dataset)))
        return usage(fmt::format("no dataset \"{}\": expected {}", *options.dataset, bank.dataset_path(*options.dataset).string()));

    const std::string track = options.kind == "numeric" ? "stats" : options.kind;
    const fs::path file = bank.root() / track / (options.id + ".json");
    if (fs::exists(file)) return usage(fmt::format("{} already exists; not overwriting it", file.string()));

    const ordered_json doc = options.kind == "sql"       ? sql_skeleton(options)
                             : options.kind == "numeric" ? numeric_skeleton(options)
                                                         : case_skeleton(options);
    fs::path grader_file, lib_copy;
    if (options.kind == "case") {
        // Graders live in <bank>/graders, or beside the bank when that is where its lib is (the bundled layout).
        const fs::path graders = fs::exists(bank.root() / "graders") || !fs::exists(bank.root().parent_path() / "graders" / "lib")
                                     ? bank.root() / "graders"
                                     : bank.root().parent_path() / "graders";
        grader_file = graders / (options.id + ".lua");
        if (fs::exists(grader_file)) return usage(fmt::format("{} already exists; not overwriting it", grader_file.string()));
        // A shared bank folder carries its own rubric.lua (the bundled one is only a fallback).
        if (!fs::exists(bank.root() / "graders/lib/rubric.lua") &&
            !fs::exists(bank.root().parent_path() / "graders/lib/rubric.lua"))
            lib_copy = graders / "lib" / "rubric.lua";
    }

    if (!write_new(file, doc.dump(2) + "\n", output)) return output;
    if (!grader_file.empty() && !write_new(grader_file, case_grader_stub(options.id), output)) return output;
    if (!lib_copy.empty()) {
        // rubric.lua and the modules it requires (the thesaurus, red flags and STAR scoring).
        fs::create_directories(lib_copy.parent_path(), ec);
        for (const char* module : {"rubric.lua", "thesaurus.lua", "red_flags.lua", "star.lua"}) {
            const fs::path source = bank::bundled_grader_file(std::string("graders/lib/") + module);
            const fs::path target = lib_copy.parent_path() / module;
            if (source.empty() || !fs::copy_file(source, target, ec))
                output.err += fmt::format("prepl new: could not copy {} into {}: copy graders/lib/*.lua there\n", module,
                                          target.parent_path().string());
            else
                output.out += fmt::format("copied {} (the bank's graders need it)\n", target.string());
        }
    }
    output.out += fmt::format("Now replace every TODO, then run: prepl validate --bank {} {}\n", bank.root().string(), options.id);
    return output;
}

}  // namespace prepl::app
