#include "app/mutants_report.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>
#include <thread>

#include <fmt/format.h>

#include "app/bank_access.hpp"
#include "grade/fixtures.hpp"

namespace prepl::app {
namespace {

using Status = grade::MutantResult::Status;

std::string indent(const std::string& text, std::string_view pad) {
    std::string out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out += std::string(pad) + line + "\n";
    return out;
}

std::string summary_line(const grade::ProblemMutationReport& r) {
    const std::size_t killed = r.count(Status::killed), survived = r.count(Status::survived);
    return fmt::format("{}: {}/{} killed ({:.1f}%), {} equivalent, {} stillborn, {} fuzzed databases, {:.2f} s",
                       r.problem_id, killed, killed + survived, 100.0 * r.score(), r.count(Status::equivalent),
                       r.count(Status::stillborn), r.fuzzed_databases, r.seconds);
}

// The bank's counts over every problem's report, shared by the text and JSON renderings.
struct BankTotals {
    std::size_t killed = 0, survived = 0, equivalent = 0, stillborn = 0;
    std::size_t non_equivalent() const { return killed + survived; }
};

BankTotals totals(const MutationRun& run) {
    BankTotals t;
    for (const auto& r : run.reports) {
        t.killed += r.count(Status::killed);
        t.survived += r.count(Status::survived);
        t.equivalent += r.count(Status::equivalent);
        t.stillborn += r.count(Status::stillborn);
    }
    return t;
}

}  // namespace

MutationRun run_mutation_checks(const bank::Bank& bank, const std::vector<std::string>& ids,
                                const grade::MutationOptions& options, unsigned threads,
                                const std::function<void()>& alongside) {
    const auto started = std::chrono::steady_clock::now();
    std::vector<const bank::Problem*> jobs;
    for (const auto& p : bank.problems())
        if (p.sql() && (ids.empty() || std::find(ids.begin(), ids.end(), p.id) != ids.end())) jobs.push_back(&p);
    std::vector<std::optional<grade::ProblemMutationReport>> reports(jobs.size());
    std::vector<std::string> errors(jobs.size());
    grade::Fixtures fixtures(bank);
    std::atomic<std::size_t> next{0};
    std::atomic<bool> alongside_taken{!alongside};
    auto worker = [&] {
        if (!alongside_taken.exchange(true)) alongside();
        for (std::size_t i = next++; i < jobs.size(); i = next++) {
            auto report = grade::check_mutants(*jobs[i], fixtures, options);
            if (report) reports[i] = std::move(*report);
            else errors[i] = report.error().message;
        }
    };
    const unsigned n = std::max(1u, threads ? threads : std::thread::hardware_concurrency());
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < std::min<std::size_t>(n, jobs.size() + (alongside ? 1 : 0)); ++t) pool.emplace_back(worker);
    worker();
    for (auto& t : pool) t.join();

    MutationRun run;
    for (std::size_t i = 0; i < jobs.size(); ++i) {
        if (reports[i]) run.reports.push_back(std::move(*reports[i]));
        else run.errors.emplace_back(jobs[i]->id, errors[i]);
    }
    run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return run;
}

std::string render_mutation_text(const MutationRun& run, bool all_mutants) {
    std::string out;
    for (const auto& r : run.reports) {
        out += summary_line(r) + "\n";
        for (const auto& m : r.mutants) {
            if (m.status == Status::survived) {
                out += fmt::format("  SURVIVES {} [{}]\n", m.description, m.family);
                if (m.family == "wrong-answer") out += indent(m.sql, "    | ");
                out += "    rows on which it differs from the reference (add them as hidden data):\n";
                out += indent(m.witness_inserts.empty() ? "(no rows: it differs on empty tables)\n" : m.witness_inserts,
                              "      ");
            } else if (all_mutants) {
                out += fmt::format("  {:<10} {} [{}]{}\n", to_string(m.status), m.description, m.family,
                                   m.killed_by.empty() ? "" : " by " + m.killed_by);
            }
        }
    }
    for (const auto& [id, message] : run.errors) out += fmt::format("{}: cannot check mutants: {}\n", id, message);
    const BankTotals t = totals(run);
    const std::size_t total = t.non_equivalent();
    out += fmt::format("mutation score: {}/{} non-equivalent mutants killed ({:.1f}%) over {} problems; {} equivalent, "
                       "{} stillborn; {:.2f} s\n",
                       t.killed, total, total ? 100.0 * static_cast<double>(t.killed) / static_cast<double>(total) : 100.0,
                       run.reports.size(), t.equivalent, t.stillborn, run.seconds);
    return out;
}

nlohmann::json mutation_json(const MutationRun& run, bool all_mutants) {
    nlohmann::json problems = nlohmann::json::array();
    for (const auto& r : run.reports) {
        nlohmann::json mutants = nlohmann::json::array();
        for (const auto& m : r.mutants) {
            if (!all_mutants && m.status != Status::survived) continue;
            nlohmann::json j = {{"status", to_string(m.status)}, {"family", m.family},
                                {"mutation", m.description}, {"sql", m.sql}};
            if (!m.killed_by.empty()) j["killed_by"] = m.killed_by;
            if (m.status == Status::survived) j["distinguishing_rows"] = m.witness_inserts;
            mutants.push_back(std::move(j));
        }
        problems.push_back({{"id", r.problem_id},
                            {"file", r.file},
                            {"killed", r.count(Status::killed)},
                            {"survived", r.count(Status::survived)},
                            {"equivalent", r.count(Status::equivalent)},
                            {"stillborn", r.count(Status::stillborn)},
                            {"score", r.score()},
                            {"fuzzed_databases", r.fuzzed_databases},
                            {"seconds", r.seconds},
                            {all_mutants ? "mutants" : "survivors", mutants}});
    }
    nlohmann::json errors = nlohmann::json::array();
    for (const auto& [id, message] : run.errors) errors.push_back({{"id", id}, {"message", message}});
    const BankTotals t = totals(run);
    const std::size_t total = t.non_equivalent();
    return {{"problems", problems},
            {"errors", errors},
            {"killed", t.killed},
            {"survived", t.survived},
            {"equivalent", t.equivalent},
            {"stillborn", t.stillborn},
            {"score", total ? static_cast<double>(t.killed) / static_cast<double>(total) : 1.0},
            {"seconds", run.seconds}};
}

std::string write_hidden_datasets(const bank::Bank& bank, const MutationRun& run, bool& failed) {
    std::string out;
    for (const auto& report : run.reports) {
        if (report.count(Status::survived) == 0) continue;
        const bank::Problem* problem = bank.find(report.problem_id);
        if (!problem) continue;
        auto drafts = grade::draft_hidden_datasets(*problem, report);
        if (!drafts) {
            out += fmt::format("{}: cannot draft hidden data: {}\n", report.problem_id, drafts.error().message);
            failed = true;
            continue;
        }
        // The problem file keeps its key order and layout: ordered_json, two-space indent.
        std::ifstream in(problem->file, std::ios::binary);
        std::stringstream text;
        text << in.rdbuf();
        nlohmann::ordered_json doc;
        try {
            doc = nlohmann::ordered_json::parse(text.str());
        } catch (const nlohmann::json::exception& e) {
            out += fmt::format("{}: cannot parse to add hidden data: {}\n", problem->file.string(), e.what());
            failed = true;
            continue;
        }
        auto& hidden = doc["hidden_datasets"];
        if (!hidden.is_array()) hidden = nlohmann::ordered_json::array();
        std::string base = problem->id;
        std::replace(base.begin(), base.end(), '-', '_');
        int n = 1;
        for (const auto& draft : *drafts) {
            std::string name;
            do name = fmt::format("{}_mut{}", base, n++);
            while (std::filesystem::exists(bank.dataset_path(name)));
            const auto path = bank.dataset_path(name);
            std::ofstream file(path, std::ios::binary);
            file << draft.sql;
            if (!file) {
                out += fmt::format("{}: cannot write\n", path.string());
                failed = true;
                continue;
            }
            hidden.push_back({{"name", name}, {"purpose", draft.purpose}});
            if (!draft.wrong_answer.empty()) {
                auto& wrong = doc["wrong_answers"];
                if (!wrong.is_array()) wrong = nlohmann::ordered_json::array();
                wrong.push_back(draft.wrong_answer);
            }
            out += fmt::format("{}: wrote {} (purpose: {}) for\n{}", report.problem_id, path.string(), draft.purpose,
                               draft.kept_for);
        }
        std::ofstream json_out(problem->file, std::ios::binary);
        json_out << doc.dump(2, ' ', false) << "\n";
        if (!json_out) {
            out += fmt::format("{}: cannot write\n", problem->file.string());
            failed = true;
        }
    }
    return out;
}

}  // namespace prepl::app

namespace prepl::app {

using Status = grade::MutantResult::Status;

CommandOutput mutants_command(const CommonOptions& common, const MutantsOptions& options) {
    CommandOutput output;
    auto bank = open_bank(common, output, options.id);
    if (!bank) return output;
    const bank::Problem* problem = find_problem(*bank, options.id, output);
    if (!problem) return output;
    if (!problem->sql()) {
        output.err = fmt::format("prepl mutants: {} is a {} problem; mutants are for SQL problems\n", problem->id,
                                 bank::to_string(problem->kind));
        output.code = k_exit_usage;
        return output;
    }
    grade::MutationOptions mo;
    mo.fuzz_databases = options.fuzz;
    mo.seed = options.seed;
    const MutationRun run = run_mutation_checks(*bank, {problem->id}, mo, 1);
    if (options.format == "json")
        output.out = mutation_json(run, true).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    else
        output.out = render_mutation_text(run, true);
    bool survivors = !run.errors.empty();
    for (const auto& r : run.reports) survivors = survivors || r.count(Status::survived) > 0;
    output.code = run.errors.empty() ? (survivors ? k_exit_rejected : k_exit_ok) : k_exit_internal;
    return output;
}

}  // namespace prepl::app
