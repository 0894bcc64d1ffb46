// `prepl check`: grade one answer file, or a folder of them, offline, with an exit code.
#include <algorithm>
#include <atomic>
#include <mutex>
#include <set>
#include <thread>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "app/bank_access.hpp"
#include "app/commands.hpp"
#include "app/junit.hpp"
#include "grade/grade.hpp"
#include "grade/verdict_json.hpp"
#include "repl/query_log.hpp"
#include "repl/verdict_render.hpp"
#include "sql/sql_text.hpp"
#include "sql/statement_text.hpp"
#include "util/file.hpp"

namespace prepl::app {
namespace fs = std::filesystem;
using grade::Verdict;

namespace {

std::string dump(const nlohmann::json& j) { return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); }

bool known_format(const std::string& f) { return f == "text" || f == "json" || f == "junit"; }

// For an answer file of several SQL statements, which of them the verdict is about: all of
// them for a table-state problem, else the last that returns rows (what the grader keeps).
std::string graded_statement_note(const bank::Problem& problem, const std::string& answer) {
    if (!problem.sql()) return "";
    const auto statements = sql::split_statements(answer);
    if (statements.size() < 2) return "";
    if (problem.sql()->table_state)
        return fmt::format("Graded the tables after all {} statements of the file, run in order.\n", statements.size());
    static const std::set<std::string> k_row_keywords = {"SELECT", "WITH", "VALUES", "PRAGMA", "EXPLAIN"};
    std::size_t graded = statements.size() - 1;
    for (std::size_t i = statements.size(); i-- > 0;)
        if (k_row_keywords.count(sql::leading_keyword(statements[i].text))) {
            graded = i;
            break;
        }
    return fmt::format("Graded the result of statement {} of {} (line {}: {}); the ones before it ran first on "
                       "the same data.\n",
                       graded + 1, statements.size(), statements[graded].line, repl::first_line(statements[graded].text));
}

// `check --all DIR`: every DIR/<id>.sql whose id is in the bank, graded on all cores.
CommandOutput check_all(const bank::Bank& bank, const CheckOptions& options) {
    CommandOutput output;
    std::error_code ec;
    if (!fs::is_directory(*options.all_dir, ec)) {
        output.err = fmt::format("prepl: {}: not a directory of answers (<id>.sql files)\n", options.all_dir->string());
        output.code = k_exit_usage;
        return output;
    }
    struct Job {
        const bank::Problem* problem;
        fs::path file;
        Verdict verdict;
    };
    std::vector<Job> jobs;
    std::vector<std::string> unknown;
    for (const auto& entry : fs::directory_iterator(*options.all_dir, ec)) {
        // <id>.sql for SQL problems, <id>.txt for numeric ones.
        // <id>.sql for SQL, <id>.txt for numeric, <id>.md or <id>.json for case answers.
        static const std::set<std::string> k_answer_extensions = {".sql", ".txt", ".md", ".json"};
        const std::string extension = entry.path().extension().string();
        if (!entry.is_regular_file() || !k_answer_extensions.count(extension)) continue;
        const std::string id = entry.path().stem().string();
        const bank::Problem* p = bank.find(id);
        const bool fits = p && (p->kind == bank::Kind::sql       ? extension == ".sql"
                                : p->kind == bank::Kind::numeric ? extension == ".txt"
                                                                 : extension == ".md" || extension == ".json");
        if (fits) jobs.push_back({p, entry.path(), {}});
        else unknown.push_back(entry.path().filename().string());
    }
    std::sort(jobs.begin(), jobs.end(), [](const Job& a, const Job& b) { return a.problem->id < b.problem->id; });
    std::sort(unknown.begin(), unknown.end());

    grade::Fixtures fixtures(bank);
    grade::GradeOptions grade_options;
    grade_options.seed = options.seed;
    grade_options.reveal = options.reveal;
    std::atomic<std::size_t> next{0};
    auto worker = [&] {
        for (std::size_t i = next++; i < jobs.size(); i = next++) {
            auto text = util::read_file(jobs[i].file);
            if (!text) {
                jobs[i].verdict.problem_id = jobs[i].problem->id;
                jobs[i].verdict.message = text.error().message;
                continue;
            }
            jobs[i].verdict = grade::grade_answer(*jobs[i].problem, *text, fixtures, grade_options);
        }
    };
    const unsigned threads = std::max(1u, options.threads ? options.threads : std::thread::hardware_concurrency());
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < std::min<std::size_t>(threads, jobs.size()); ++t) pool.emplace_back(worker);
    worker();
    for (auto& t : pool) t.join();

    std::size_t accepted = 0, rejected = 0, errors = 0;
    for (const auto& job : jobs) {
        switch (job.verdict.status) {
            case Verdict::Status::accepted: ++accepted; break;
            case Verdict::Status::rejected: ++rejected; break;
            case Verdict::Status::error: ++errors; break;
        }
    }
    const std::string summary = fmt::format("{} answers: {} accepted, {} rejected, {} errors", jobs.size(),
                                            accepted, rejected, errors);
    if (options.format == "json") {
        nlohmann::json results = nlohmann::json::array();
        for (const auto& job : jobs) results.push_back(grade::to_json(job.verdict, options.reveal));
        output.out = dump({{"summary", {{"total", jobs.size()}, {"accepted", accepted}, {"rejected", rejected},
                                        {"errors", errors}}},
                           {"results", results},
                           {"unknown_files", unknown}}) + "\n";
    } else if (options.format == "junit") {
        std::vector<JunitCase> cases;
        for (const auto& job : jobs)
            cases.push_back({job.problem->id, std::string(grade::to_string(job.verdict.status)), job.verdict.message});
        output.out = render_junit("prepl check", cases);
    } else {
        for (const auto& job : jobs)
            output.out += fmt::format("{:<9} {}  {}\n", grade::to_string(job.verdict.status), job.problem->id,
                                      job.verdict.accepted() ? "" : job.verdict.message);
        output.out += summary + "\n";
    }
    for (const auto& name : unknown)
        output.err += fmt::format("prepl: skipped {}: no problem with that id, or not the extension of its kind "
                                  "(.sql for SQL, .txt for numeric, .md or .json for case)\n",
                                  name);
    if (jobs.empty()) {
        output.err += fmt::format("prepl: no answers found in {}: name them <id>.sql, <id>.txt, <id>.md or <id>.json\n",
                                  options.all_dir->string());
        output.code = k_exit_usage;
        return output;
    }
    output.code = rejected ? k_exit_rejected : errors ? k_exit_internal : k_exit_ok;
    return output;
}

}  // namespace

CommandOutput check_command(const CommonOptions& common, const CheckOptions& options) {
    CommandOutput output;
    if (!known_format(options.format)) {
        output.err = fmt::format("prepl: unknown --format {} (use text, json or junit)\n", options.format);
        output.code = k_exit_usage;
        return output;
    }
    auto bank = open_bank(common, output, options.all_dir ? "" : options.id);
    if (!bank) return output;
    if (options.all_dir) return check_all(*bank, options);

    const bank::Problem* problem = find_problem(*bank, options.id, output);
    if (!problem) return output;
    auto answer = util::read_file(options.answer_path);
    if (!answer) {
        output.err = "prepl: " + answer.error().message + "\n";
        output.code = k_exit_usage;
        return output;
    }
    grade::Fixtures fixtures(*bank);
    grade::GradeOptions grade_options;
    grade_options.seed = options.seed;
    grade_options.reveal = options.reveal;
    grade_options.full_diff = options.full;
    const Verdict verdict = grade::grade_answer(*problem, *answer, fixtures, grade_options);
    if (options.format == "json") {
        output.out = dump(grade::to_json(verdict, options.reveal)) + "\n";
    } else if (options.format == "junit") {
        output.out = render_junit("prepl check", {{problem->id, std::string(grade::to_string(verdict.status)),
                                                   verdict.message}});
    } else {
        repl::VerdictRenderOptions render;
        render.color = common.color;
        render.reveal_hidden = options.reveal;
        render.table.mode = common.color ? repl::TableMode::box : repl::TableMode::table;
        render.table.color = common.color;
        output.out = graded_statement_note(*problem, *answer) + repl::render_verdict(verdict, render);
    }
    output.code = grade::exit_code(verdict);
    return output;
}

}  // namespace prepl::app
