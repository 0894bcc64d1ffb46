#include "grade/mutation_check.hpp"

#include <map>

#include <fmt/format.h>

#include "grade/answer_run.hpp"
#include "sql/sql_mutator.hpp"

namespace prepl::grade {
namespace {

using Status = MutantResult::Status;

sql::SandboxLimits mutant_limits() {
    sql::SandboxLimits limits;
    limits.time_budget = k_mutant_time_budget;
    return limits;
}

// Runs texts on one database: on one kept connection when the text only reads, else on a
// fresh sandbox each time (DML must not leak from one run into the next).
class OneDatabase {
public:
    OneDatabase(const bank::Problem& problem, const sql::Fixture& fixture) : m_problem(problem), m_fixture(fixture) {}

    util::Result<AnswerOutcome> run(std::string_view text) { return run(text, reads_only(m_problem, text)); }
    // `reads`: reads_only(problem, text), worked out once per text by the caller.
    util::Result<AnswerOutcome> run(std::string_view text, bool reads) {
        if (!reads) return run_answer(m_problem, m_fixture, text, mutant_limits());
        if (!m_sandbox) {
            auto opened = sql::Sandbox::open(m_fixture, mutant_limits());
            if (!opened) return util::fail(opened.error());
            m_sandbox.emplace(std::move(*opened));
        }
        return run_answer_in(*m_sandbox, text);
    }

private:
    const bank::Problem& m_problem;
    const sql::Fixture& m_fixture;
    std::optional<sql::Sandbox> m_sandbox;
};

// Reference and mutant on one database: true when told apart. A database where the reference
// itself fails (a fuzzed value it cannot handle) tells nothing.
struct Probe {
    const bank::Problem& problem;
    std::string_view mutant;

    util::Result<bool> on(const sql::Fixture& fixture) const {
        OneDatabase db(problem, fixture);
        auto ref = db.run(problem.sql()->solution);
        if (!ref) return util::fail(ref.error());
        if (!ref->ok()) return false;
        auto got = db.run(mutant);
        if (!got) return util::fail(got.error());
        return outcomes_differ(problem, *got, *ref);
    }
};

// Removes rows one at a time while the database still tells the mutant apart (ddmin's last
// step, which is all a database of a few dozen rows needs).
util::Result<sql::FuzzedRows> shrink(const Probe& probe, const sql::DatasetProfile& profile, sql::FuzzedRows rows) {
    for (bool changed = true; changed;) {
        changed = false;
        for (std::size_t t = 0; t < rows.tables.size(); ++t)
            for (std::size_t r = rows.tables[t].size(); r-- > 0;) {
                sql::FuzzedRows smaller = rows;
                smaller.tables[t].erase(smaller.tables[t].begin() + static_cast<std::ptrdiff_t>(r));
                auto fixture = sql::materialize(profile, smaller, "shrunk");
                if (!fixture) return util::fail(fixture.error());
                auto differs = probe.on(*fixture);
                if (!differs) return util::fail(differs.error());
                if (*differs) {
                    rows = std::move(smaller);
                    changed = true;
                }
            }
    }
    return rows;
}

std::string_view purpose_for(std::string_view family) {
    static const std::map<std::string, std::string, std::less<>> purposes = {
        {"comparison", "a value exactly on a comparison boundary"},
        {"and-or", "rows that meet only some of the conditions"},
        {"drop-conjunct", "rows that fail one condition of a filter or a join"},
        {"join", "rows with no match in the joined table"},
        {"count", "duplicates or NULLs in the counted column"},
        {"distinct", "duplicate values"},
        {"ranking", "ties in the ranking order"},
        {"aggregate", "groups whose values spread out"},
        {"offset", "neighbouring rows in both directions"},
        {"order", "rows whose order matters"},
        {"literal", "a value one step from a constant of the rules"},
        {"limit", "more rows than the limit, and ties at the cut"},
        {"round-digits", "values that round differently at another precision"},
        {"date-literal", "a date on the edge of the range"},
        {"union", "the same row from both parts of a union"},
        {"coalesce", "NULLs that need a default"},
        {"null-check", "NULL and non-NULL values side by side"},
        {"partition-by", "several groups inside one window"},
        {"group-by", "several groups that share a key"},
        {"integer-division", "ratios that are not whole numbers"},
        {"wrong-answer", "a classic mistake for this problem"},
    };
    auto it = purposes.find(family);
    return it == purposes.end() ? std::string_view("an edge case of the rules") : std::string_view(it->second);
}

}  // namespace

std::size_t ProblemMutationReport::count(MutantResult::Status status) const {
    std::size_t n = 0;
    for (const auto& m : mutants) n += m.status == status;
    return n;
}

double ProblemMutationReport::score() const {
    const std::size_t killed = count(Status::killed);
    const std::size_t total = killed + count(Status::survived);
    return total == 0 ? 1.0 : static_cast<double>(killed) / static_cast<double>(total);
}

std::string_view to_string(MutantResult::Status status) {
    switch (status) {
        case Status::killed: return "killed";
        case Status::survived: return "survived";
        case Status::equivalent: return "equivalent";
        case Status::stillborn: return "stillborn";
    }
    return "?";
}

util::Result<ProblemMutationReport> check_mutants(const bank::Problem& problem, Fixtures& fixtures,
                                                  const MutationOptions& options) {
    const auto started = std::chrono::steady_clock::now();
    const bank::SqlSpec* spec = problem.sql();
    if (!spec) return util::fail(util::Error::bug(problem.id + " is not a SQL problem"));
    auto all = fixtures.for_problem(problem);
    if (!all) return util::fail(all.error());

    ProblemMutationReport report;
    report.problem_id = problem.id;
    report.file = problem.file.string();

    std::vector<AnswerOutcome> refs;
    for (const auto& f : *all) {
        auto ref = run_answer(problem, f.fixture, spec->solution, sql::SandboxLimits{});
        if (!ref) return util::fail(ref.error());
        if (!ref->ok())
            return util::fail(util::Error::invalid(fmt::format(
                "{}: the reference solution fails on {}: {}", problem.file.string(), f.name,
                ref->failure ? ref->failure->message : "table " + ref->missing_table + " is gone")));
        refs.push_back(std::move(*ref));
    }

    for (auto& m : sql::mutate_sql(spec->solution))
        report.mutants.push_back({std::move(m.family), std::move(m.description), std::move(m.sql)});
    for (std::size_t w = 0; w < spec->wrong_answers.size(); ++w)
        report.mutants.push_back({"wrong-answer", fmt::format("wrong_answers[{}]", w), spec->wrong_answers[w]});

    // Tokenizing a text for reads_only on every run cost 3% of `validate --mutants`: once each.
    std::vector<bool> reads(report.mutants.size());
    for (std::size_t i = 0; i < report.mutants.size(); ++i) reads[i] = reads_only(problem, report.mutants[i].sql);
    const bool reference_reads = reads_only(problem, spec->solution);

    // 1. The problem's own datasets.
    std::vector<OneDatabase> own;
    for (const auto& f : *all) own.emplace_back(problem, f.fixture);
    std::vector<std::size_t> undecided;
    for (std::size_t i = 0; i < report.mutants.size(); ++i) {
        MutantResult& m = report.mutants[i];
        bool decided = false;
        for (std::size_t f = 0; f < all->size() && !decided; ++f) {
            auto got = own[f].run(m.sql, reads[i]);
            if (!got) return util::fail(got.error());
            if (f == 0 && got->failure && m.family != "wrong-answer" &&
                got->failure->kind != sql::SqlFailure::Kind::timeout) {
                m.status = Status::stillborn;
                decided = true;
            } else if (outcomes_differ(problem, *got, refs[f])) {
                m.status = Status::killed;
                m.killed_by = (*all)[f].name;
                decided = true;
            }
        }
        if (!decided) undecided.push_back(i);
    }
    if (undecided.empty()) {
        report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        return report;
    }

    // 2. Fuzzed databases for the rest.
    std::vector<sql::Fixture> datasets;
    for (const auto& f : *all) datasets.push_back(f.fixture);
    std::vector<std::string> queries = {spec->solution};
    queries.insert(queries.end(), spec->wrong_answers.begin(), spec->wrong_answers.end());
    auto profile = sql::profile_datasets(datasets, queries);
    if (!profile) return util::fail(profile.error());
    report.profile = *profile;

    std::map<std::size_t, sql::FuzzedRows> witnesses;
    // Texts that only read run on one kept sandbox that generate_rows leaves holding each
    // database's rows (sql::refill), with their statements prepared once (Sandbox::run_kept):
    // opening, hardening and preparing anew for each of hundreds of databases was most of the
    // time. Texts that write get a fresh sandbox of the database, as before; so does every text
    // when the schema has triggers (emptying the tables would fire them).
    std::optional<sql::Sandbox> kept;
    if (sql::refillable(*profile)) {
        auto empty = sql::materialize(*profile, sql::FuzzedRows{}, "fuzzed");
        if (!empty) return util::fail(empty.error());
        auto opened = sql::Sandbox::open(*empty, mutant_limits());
        if (!opened) return util::fail(opened.error());
        kept.emplace(std::move(*opened));
    }
    for (std::size_t k = 0; k < options.fuzz_databases && !undecided.empty(); ++k) {
        auto rows = sql::generate_rows(*profile, options.seed * 1000003 + k, kept ? &*kept : nullptr);
        if (!rows) return util::fail(rows.error());
        ++report.fuzzed_databases;
        std::optional<sql::Fixture> fixture;  // built when a text that writes needs it
        std::optional<OneDatabase> db;
        auto run = [&](std::string_view text, bool text_reads) -> util::Result<AnswerOutcome> {
            if (kept && text_reads) return run_answer_in(*kept, text, true);
            if (!db) {
                auto built = sql::materialize(*profile, *rows, fmt::format("fuzzed #{}", k));
                if (!built) return util::fail(built.error());
                fixture.emplace(std::move(*built));
                db.emplace(problem, *fixture);
            }
            return db->run(text, text_reads);
        };
        auto ref = run(spec->solution, reference_reads);
        if (!ref) return util::fail(ref.error());
        if (!ref->ok()) continue;  // a database the reference cannot handle tells nothing
        std::vector<std::size_t> still;
        for (std::size_t i : undecided) {
            auto got = run(report.mutants[i].sql, reads[i]);
            if (!got) return util::fail(got.error());
            if (outcomes_differ(problem, *got, *ref)) witnesses.emplace(i, *rows);
            else still.push_back(i);
        }
        undecided = std::move(still);
    }
    for (std::size_t i : undecided) report.mutants[i].status = Status::equivalent;

    // 3. Survivors: shrink the database that tells each apart.
    for (auto& [i, rows] : witnesses) {
        MutantResult& m = report.mutants[i];
        m.status = Status::survived;
        auto small = shrink(Probe{problem, m.sql}, *profile, std::move(rows));
        if (!small) return util::fail(small.error());
        m.witness_inserts = sql::insert_statements(*profile, *small);
        m.witness = std::move(*small);
    }
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return report;
}

util::Result<std::vector<HiddenDatasetDraft>> draft_hidden_datasets(const bank::Problem& problem,
                                                                    const ProblemMutationReport& report) {
    std::vector<HiddenDatasetDraft> drafts;
    if (!report.profile) return drafts;
    const sql::DatasetProfile& profile = *report.profile;
    std::vector<sql::Fixture> chosen;
    std::vector<std::vector<std::string>> kept_for;
    for (const auto& m : report.mutants) {
        if (m.status != Status::survived || !m.witness) continue;
        const Probe probe{problem, m.sql};
        bool covered = false;
        for (std::size_t c = 0; c < chosen.size() && !covered; ++c) {
            auto differs = probe.on(chosen[c]);
            if (!differs) return util::fail(differs.error());
            if (*differs) {
                covered = true;
                kept_for[c].push_back(m.description);
            }
        }
        if (covered) continue;
        auto fixture = sql::materialize(profile, *m.witness, "draft");
        if (!fixture) return util::fail(fixture.error());
        chosen.push_back(*fixture);
        kept_for.push_back({m.description});
        HiddenDatasetDraft draft;
        draft.purpose = std::string(purpose_for(m.family));
        if (m.family != "wrong-answer") draft.wrong_answer = fmt::format("-- mutant of the reference, {}\n{}", m.description, m.sql);
        std::string body;
        for (const auto& ddl : profile.schema_sql) body += ddl + ";\n";
        body += m.witness_inserts;
        draft.sql = std::move(body);
        drafts.push_back(std::move(draft));
    }
    for (std::size_t d = 0; d < drafts.size(); ++d) {
        std::string comment;
        for (const auto& k : kept_for[d]) comment += "--   " + k + "\n";
        drafts[d].kept_for = comment;
        drafts[d].sql = fmt::format("-- Hidden data for {}, written by `prepl validate --mutants --write-hidden`.\n"
                                    "-- Purpose: {}. It tells the reference from these mutants:\n{}{}",
                                    problem.id, drafts[d].purpose, comment, drafts[d].sql);
    }
    return drafts;
}

}  // namespace prepl::grade
