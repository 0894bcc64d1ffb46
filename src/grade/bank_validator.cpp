#include "grade/bank_validator.hpp"

#include "bank/tags.hpp"

#include "grade/authoring_validator.hpp"

#include <algorithm>
#include <cctype>
#include <random>

#include <fmt/format.h>

#include "grade/case_examples.hpp"
#include "grade/case_problem.hpp"
#include "grade/numeric/numeric_validator.hpp"
#include "util/text.hpp"

namespace prepl::grade {
namespace {

ValidationFinding finding(const bank::Problem& problem, std::string message) {
    return {problem.id, problem.file.string(), std::move(message)};
}

// True when `sql` has an ORDER BY outside parentheses (a window's OVER (ORDER BY ...) or a
// subquery's does not order the result), skipping string literals, quoted names and comments.
bool orders_its_result(std::string_view sql) {
    int depth = 0;
    std::string word, previous;
    auto end_word = [&] {
        if (word.empty()) return false;
        std::string upper = word;
        for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        const bool hit = depth == 0 && previous == "ORDER" && upper == "BY";
        previous = upper;
        word.clear();
        return hit;
    };
    for (std::size_t i = 0; i < sql.size(); ++i) {
        const char c = sql[i];
        if (c == '\'' || c == '"' || c == '`' || c == '[') {
            if (end_word()) return true;
            const char close = c == '[' ? ']' : c;
            for (++i; i < sql.size() && sql[i] != close; ++i) {}
            previous.clear();
        } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
            if (end_word()) return true;
            while (i < sql.size() && sql[i] != '\n') ++i;
        } else if (c == '/' && i + 1 < sql.size() && sql[i + 1] == '*') {
            if (end_word()) return true;
            const auto close = sql.find("*/", i + 2);
            i = close == std::string_view::npos ? sql.size() : close + 1;
        } else if (std::isalnum(static_cast<unsigned char>(c)) || c == '_') {
            word += c;
        } else {
            if (end_word()) return true;
            if (c == '(') ++depth, previous.clear();
            if (c == ')') --depth, previous.clear();
        }
    }
    return end_word();
}

// Fails when `verdict` is not a rejection: how validate proves a wrong query is caught.
bool rejected(const Verdict& verdict) { return verdict.status == Verdict::Status::rejected; }

}  // namespace

std::vector<ValidationFinding> validate_sql_problem(const bank::Problem& problem, Fixtures& fixtures,
                                                    const GradeOptions& options) {
    std::vector<ValidationFinding> out;
    const bank::SqlSpec& spec = *problem.sql();
    auto all = fixtures.for_problem(problem);
    if (!all) {
        out.push_back(finding(problem, all.error().message));
        return out;
    }

    if (!spec.table_state && spec.compare.order != bank::CompareSpec::Order::any &&
        !orders_its_result(spec.solution))
        out.push_back(finding(problem, "compare.order asks for an order, but the reference has no ORDER BY: "
                                       "its row order is whatever SQLite happens to produce; add an ORDER BY "
                                       "(with a tie-break) or use \"order\": \"any\""));
    // The author may see hidden data: name the dataset and give SQLite's own message.
    GradeOptions author = options;
    author.reveal = true;
    const Verdict reference = grade_sql(problem, spec.solution, fixtures, author);
    if (!reference.accepted()) {
        const std::string where =
            reference.fixture.empty() ? ""
                                      : fmt::format(" on {}dataset {}", reference.hidden_fixture ? "hidden " : "",
                                                    reference.fixture);
        const std::string why = reference.sql_failure ? reference.sql_failure->message : reference.message;
        out.push_back(finding(problem, fmt::format("the reference solution is not accepted{}: {}", where, why)));
        return out;
    }

    if (spec.compare.order == bank::CompareSpec::Order::by_columns && !spec.table_state) {
        auto refs = reference_results(problem, fixtures, options);
        if (refs && !refs->empty()) {
            for (const std::string& entry : spec.compare.order_columns) {
                std::string column = entry;  // "ctr desc" -> ctr
                if (auto space = column.find(' '); space != std::string::npos) column.resize(space);
                const auto& names = refs->front().columns;
                const bool found = std::any_of(names.begin(), names.end(), [&](const std::string& n) {
                    return util::to_lower(n) == util::to_lower(column);
                });
                if (!found)
                    out.push_back(finding(problem, fmt::format("compare.order names column \"{}\", which the "
                                                               "reference does not return (it returns {})",
                                                               column, util::join(names, ", "))));
            }
        }
    }

    if (spec.compare.order == bank::CompareSpec::Order::any && !spec.table_state) {
        auto refs = reference_results(problem, fixtures, options);
        if (refs && !refs->empty()) {
            sql::ResultSet shuffled = refs->front();
            std::mt19937 rng(20261125);  // fixed seed: validate is deterministic
            std::shuffle(shuffled.rows.begin(), shuffled.rows.end(), rng);
            std::reverse(shuffled.rows.begin(), shuffled.rows.end());
            if (!sql::compare_result_sets(shuffled, refs->front(), spec.compare).equal)
                out.push_back(finding(problem, "the reference's rows in another order are rejected, but "
                                               "compare.order is \"any\""));
        }
    }

    for (const char* trivial : {"", "SELECT 1;"}) {
        const Verdict v = grade_sql(problem, trivial, fixtures, options);
        if (!rejected(v) && !(spec.table_state && std::string_view(trivial).empty()))
            out.push_back(finding(problem, fmt::format("the trivial answer \"{}\" is not rejected ({}): the "
                                                       "problem checks nothing",
                                                       trivial, to_string(v.status))));
    }

    // A hidden fixture earns its place by rejecting a wrong answer the sample data lets through.
    std::vector<bool> hidden_catches(all->size(), false);
    for (std::size_t w = 0; w < spec.wrong_answers.size(); ++w) {
        bool caught = false;
        bool sample_rejects = false;
        for (std::size_t f = 0; f < all->size(); ++f) {
            bank::Problem single = problem;  // grade on this fixture alone
            auto& s = std::get<bank::SqlSpec>(single.spec);
            if ((*all)[f].hidden) {
                s.dataset = (*all)[f].name;
                s.setup.reset();
            }
            s.hidden_datasets.clear();
            const Verdict v = grade_sql(single, spec.wrong_answers[w], fixtures, options);
            if (v.status == Verdict::Status::error) {
                out.push_back(finding(problem, fmt::format("wrong_answers[{}]: {}", w, v.message)));
                continue;
            }
            if (rejected(v)) {
                caught = true;
                if (f == 0) sample_rejects = true;  // the sample fixture comes first
                else if (!sample_rejects) hidden_catches[f] = true;
            }
        }
        if (!caught)
            out.push_back(finding(problem, fmt::format("wrong_answers[{}] is accepted on every dataset: "
                                                       "add data that tells it apart",
                                                       w)));
    }
    for (std::size_t f = 0; f < all->size(); ++f) {
        if (!(*all)[f].hidden || hidden_catches[f]) continue;
        out.push_back(finding(problem, fmt::format("hidden dataset \"{}\" rejects no wrong answer that the "
                                                   "sample data accepts: list the wrong query it is meant to catch",
                                                   (*all)[f].name)));
    }
    return out;
}

ValidationReport validate_bank(const bank::Bank& bank, const std::vector<std::string>& ids,
                               const GradeOptions& options) {
    ValidationReport report;
    for (const auto& issue : bank.issues()) report.findings.push_back({"", issue.file.string(), issue.to_string()});
    for (const auto& id : ids) {
        if (bank.find(id)) continue;
        // A file of that name that did not load is already reported above, with the reason.
        const bool reported = std::any_of(bank.issues().begin(), bank.issues().end(),
                                          [&](const auto& issue) { return issue.file.stem() == id; });
        if (!reported) {
            std::string message = fmt::format("no problem with id \"{}\" in the bank", id);
            if (auto close = bank.similar_ids(id); !close.empty())
                message += fmt::format("; did you mean {}?", fmt::join(close, ", "));
            report.findings.push_back({id, bank.root().string(), message});
        }
    }

    Fixtures fixtures(bank);
    std::vector<double> pooled_expected, pooled_got;
    std::size_t adversarial = 0, adversarial_failed = 0, problems_with_examples = 0;
    for (const auto& problem : bank.problems()) {
        if (!ids.empty() && std::find(ids.begin(), ids.end(), problem.id) == ids.end()) continue;
        ++report.problems_checked;
        if (problem.sql()) {
            auto found = validate_sql_problem(problem, fixtures, options);
            report.findings.insert(report.findings.end(), found.begin(), found.end());
        } else if (problem.kind == bank::Kind::numeric) {
            auto numeric = numeric::validate_numeric(problem);
            for (auto& message : numeric.findings) report.findings.push_back(finding(problem, std::move(message)));
            report.numeric_rates.push_back(numeric::describe_rates(problem, numeric));
        }
        // "asked at" must be true: a company is named only with the public write-up that says so.
        if (!problem.companies.empty() && problem.source.empty())
            report.findings.push_back(finding(problem, fmt::format(
                "companies: {} named without a \"source\": give the title of the public write-up that says "
                "they ask this kind of question, or remove the companies",
                util::join(problem.companies, ", "))));
        for (const auto& follow : problem.follow_ups) {
            const bank::Problem* next = bank.find(follow);
            if (!next)
                report.findings.push_back(finding(problem, fmt::format("follow_ups: no problem with id \"{}\"", follow)));
            else if (next->kind != problem.kind || next->id == problem.id)
                report.findings.push_back(finding(problem, fmt::format(
                    "follow_ups: \"{}\" must be another problem of the same kind", follow)));
        }
        for (const auto& tag : problem.tags)
            if (const std::string preferred = bank::preferred_spelling(bank, tag); !preferred.empty())
                report.findings.push_back(finding(problem, fmt::format(
                    "tags: \"{}\" is a near-duplicate of \"{}\", which other problems use; use one spelling so "
                    "`list --tag` finds them all", tag, preferred)));
        auto authoring = validate_authoring(problem, bank, fixtures);  // graders, cases, TODO markers
        const bool authoring_ok = authoring.empty();
        report.findings.insert(report.findings.end(), authoring.begin(), authoring.end());
        if (problem.kind == bank::Kind::case_study && authoring_ok) {
            auto spec = parse_case(problem);
            if (!spec) continue;
            const ExampleReport examples = grade_case_examples(problem, bank, *spec);
            for (const auto& f : examples.findings) report.findings.push_back(finding(problem, f));
            if (examples.scores.empty()) continue;
            ++problems_with_examples;
            std::vector<double> expected, got;
            for (const auto& s : examples.scores) {
                expected.push_back(s.expected);
                got.push_back(s.got);
                if (is_adversarial_label(s.label)) ++adversarial;
            }
            for (const auto& f : examples.findings)
                if (f.find("the rubric can be gamed") != std::string::npos || f.find("example is accepted") != std::string::npos)
                    ++adversarial_failed;
            pooled_expected.insert(pooled_expected.end(), expected.begin(), expected.end());
            pooled_got.insert(pooled_got.end(), got.begin(), got.end());
            const auto rho = spearman(expected, got);
            report.notes.push_back(fmt::format("{}: {} examples, Spearman {}", problem.id, examples.scores.size(),
                                               rho ? fmt::format("{:.2f}", *rho) : std::string("n/a")));
        }
    }
    if (problems_with_examples > 0) {
        const auto rho = spearman(pooled_expected, pooled_got);
        report.notes.push_back(fmt::format(
            "case examples: {} answers over {} problems, pooled Spearman {} (target 0.85); {} of {} keyword-list, "
            "negated, wrong-direction or bad-practice examples not strictly below every strong one or accepted",
            pooled_expected.size(), problems_with_examples, rho ? fmt::format("{:.3f}", *rho) : std::string("n/a"),
            adversarial_failed, adversarial));
    }
    // Grading messages tell a user that a failure is the bank's and to run `prepl validate`;
    // here, inside validate, that advice is circular: keep only what failed.
    for (auto& f : report.findings)
        for (const char* advice : {" (a bank defect, not your answer; run prepl validate)", "; run prepl validate",
                                   " run prepl validate"})
            for (auto at = f.message.find(advice); at != std::string::npos; at = f.message.find(advice))
                f.message.erase(at, std::string_view(advice).size());
    return report;
}

}  // namespace prepl::grade
