// `prepl validate`: every problem parses, matches the schema and grades honestly.
#include <utility>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "app/bank_access.hpp"
#include "app/commands.hpp"
#include "app/junit.hpp"
#include "app/mutants_report.hpp"
#include "grade/bank_validator.hpp"

namespace prepl::app {

CommandOutput validate_command(const CommonOptions& common, const ValidateOptions& options) {
    CommandOutput output;
    if (options.format != "text" && options.format != "json" && options.format != "junit") {
        output.err = fmt::format("prepl: unknown --format {} (use text, json or junit)\n", options.format);
        output.code = k_exit_usage;
        return output;
    }
    auto bank = open_bank(common, output);
    if (!bank) return output;
    grade::GradeOptions grading;
    grading.reveal = options.reveal;
    grade::ValidationReport report;
    auto validate_all = [&] { report = grade::validate_bank(*bank, options.ids, grading); };

    // --mutants: a survivor is a finding too (its rows are in the mutation section).
    std::optional<MutationRun> mutation;
    std::vector<grade::ValidationFinding> mutant_findings;
    std::string written;
    bool write_failed = false;
    if (options.mutants || options.write_hidden) {
        grade::MutationOptions mo;
        mo.fuzz_databases = options.fuzz;
        mo.seed = options.seed;
        // The bank's own checks are one more job of the mutation pool: on their own they kept
        // one core idle for ~1 s before the pool started.
        mutation = run_mutation_checks(*bank, options.ids, mo, options.threads, validate_all);
        for (const auto& r : mutation->reports)
            for (const auto& m : r.mutants)
                if (m.status == grade::MutantResult::Status::survived)
                    mutant_findings.push_back({r.problem_id, r.file,
                                               fmt::format("mutant survives the sample and hidden data: {} [{}]",
                                                           m.description, m.family)});
        for (const auto& [id, message] : mutation->errors)
            mutant_findings.push_back({id, "", "cannot check mutants: " + message});
        if (options.write_hidden) written = write_hidden_datasets(*bank, *mutation, write_failed);
    } else {
        validate_all();
    }
    const bool ok = report.ok() && mutant_findings.empty() && !write_failed;

    if (options.format == "json") {
        nlohmann::json findings = nlohmann::json::array();
        for (const auto& f : report.findings)
            findings.push_back({{"id", f.problem_id}, {"file", f.file}, {"message", f.message}});
        nlohmann::json out{{"bank", bank->root().string()},
                                    {"problems_checked", report.problems_checked},
                                    {"ok", ok},
                                    {"findings", findings},
                                    {"numeric_rates", report.numeric_rates},
                                    {"notes", report.notes}};
        for (const auto& f : mutant_findings)
            out["findings"].push_back({{"id", f.problem_id}, {"file", f.file}, {"message", f.message}});
        if (mutation) out["mutants"] = mutation_json(*mutation, false);
        if (!written.empty()) out["written"] = written;
        output.out = out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    } else if (options.format == "junit") {
        std::vector<JunitCase> cases;
        for (const auto& p : bank->problems()) {
            if (!options.ids.empty() && std::find(options.ids.begin(), options.ids.end(), p.id) == options.ids.end())
                continue;
            JunitCase c{p.id, "ok", ""};
            for (const std::vector<grade::ValidationFinding>* list : {&std::as_const(report).findings, const_cast<const std::vector<grade::ValidationFinding>*>(&mutant_findings)})
                for (const auto& f : *list)
                if (f.problem_id == p.id) {
                    c.status = "failed";
                    c.message += (c.message.empty() ? "" : "\n") + f.message;
                }
            cases.push_back(c);
        }
        for (const auto& f : report.findings)
            if (f.problem_id.empty()) cases.push_back({f.file, "failed", f.message});
        output.out = render_junit("prepl validate", cases);
    } else {
        for (const auto& line : report.numeric_rates) output.out += line + "\n";
        for (const auto& note : report.notes) output.out += note + "\n";
        for (const auto& f : report.findings)
            output.out += f.problem_id.empty() ? f.message + "\n" : fmt::format("{}: {}: {}\n", f.file, f.problem_id, f.message);
        if (mutation) output.out += render_mutation_text(*mutation, false);
        output.out += written;
        output.out += fmt::format("{} problems checked in {}: {}\n", report.problems_checked, bank->root().string(),
                                  ok ? "all valid"
                                     : fmt::format("{} findings", report.findings.size() + mutant_findings.size()));
    }
    output.code = ok ? k_exit_ok : k_exit_rejected;
    return output;
}

}  // namespace prepl::app
