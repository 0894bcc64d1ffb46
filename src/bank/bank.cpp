#include "build_info.hpp"
#include "bank/bank.hpp"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <fstream>
#include <locale>
#include <optional>
#include <sstream>
#include <thread>
#include <unistd.h>

#include <fmt/format.h>

#include "bank/problem_schema.hpp"
#include "util/json_text.hpp"
#include "util/text.hpp"

namespace prepl::bank {
namespace fs = std::filesystem;
using nlohmann::json;

std::string_view to_string(Kind kind) {
    switch (kind) {
        case Kind::sql: return "sql";
        case Kind::numeric: return "numeric";
        case Kind::case_study: return "case";
    }
    return "?";
}

std::string LoadIssue::to_string() const {
    if (location.empty() || message.starts_with(location + ":")) return fmt::format("{}: {}", file.string(), message);
    return fmt::format("{}: {}: {}", file.string(), location, message);
}

namespace {

// 1-based line and column of a byte offset, for JSON syntax errors.
std::string line_and_column(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return fmt::format("line {}, column {}", line, column);
}

std::vector<std::string> string_list(const json& doc, const char* key) {
    std::vector<std::string> out;
    if (auto it = doc.find(key); it != doc.end())
        for (const auto& item : *it) out.push_back(item.get<std::string>());
    return out;
}

std::string string_or(const json& doc, const char* key, std::string fallback) {
    if (auto it = doc.find(key); it != doc.end()) return it->get<std::string>();
    return fallback;
}

CompareSpec parse_compare(const json& doc) {
    CompareSpec spec;
    auto it = doc.find("compare");
    if (it == doc.end()) return spec;
    const json& c = *it;
    if (auto o = c.find("order"); o != c.end()) {
        if (o->is_array()) {
            spec.order = CompareSpec::Order::by_columns;
            for (const auto& col : *o) spec.order_columns.push_back(col.get<std::string>());
        } else {
            spec.order = o->get<std::string>() == "exact" ? CompareSpec::Order::exact
                                                          : CompareSpec::Order::any;
        }
    }
    spec.columns_by_name = string_or(c, "columns", "by_name") == "by_name";
    spec.rows_as_set = string_or(c, "rows", "bag") == "set";
    if (auto t = c.find("tolerance"); t != c.end()) spec.tolerance = t->get<double>();
    return spec;
}

// Builds the typed problem from a document that already matches the schema.
Problem to_problem(const json& doc, const fs::path& file) {
    Problem p;
    p.id = doc.at("id").get<std::string>();
    const std::string kind = doc.at("kind").get<std::string>();
    p.kind = kind == "sql" ? Kind::sql : kind == "numeric" ? Kind::numeric : Kind::case_study;
    p.title = doc.at("title").get<std::string>();
    p.prompt = doc.at("prompt").get<std::string>();
    p.difficulty = string_or(doc, "difficulty", "medium");
    p.tags = string_list(doc, "tags");
    p.companies = string_list(doc, "companies");
    p.hints = string_list(doc, "hints");
    p.follow_ups = string_list(doc, "follow_ups");
    p.source = string_or(doc, "source", "");
    p.explanation = string_or(doc, "explanation", "");
    if (auto g = doc.find("grader"); g != doc.end()) p.grader = g->get<std::string>();
    if (auto t = doc.find("target_minutes"); t != doc.end()) p.target_minutes = t->get<double>();
    switch (p.kind) {
        case Kind::sql: {
            SqlSpec s;
            if (auto d = doc.find("dataset"); d != doc.end()) s.dataset = d->get<std::string>();
            if (auto d = doc.find("setup"); d != doc.end()) s.setup = d->get<std::string>();
            // Each entry is a dataset name or {name, purpose} (the purpose is shown, never the rows).
            if (auto h = doc.find("hidden_datasets"); h != doc.end())
                for (const auto& entry : *h) {
                    const bool plain = entry.is_string();
                    s.hidden_datasets.push_back(plain ? entry.get<std::string>() : entry.at("name").get<std::string>());
                    s.hidden_purposes.push_back(plain ? std::string() : string_or(entry, "purpose", ""));
                }
            s.solution = doc.at("solution").get<std::string>();
            s.compare = parse_compare(doc);
            s.wrong_answers = string_list(doc, "wrong_answers");
            s.table_state = string_or(doc, "mode", "result") == "table_state";
            s.check_tables = string_list(doc, "check_tables");
            p.spec = std::move(s);
            break;
        }
        case Kind::numeric: p.spec = NumericSpec{}; break;
        case Kind::case_study: p.spec = CaseSpec{}; break;
    }
    p.file = file;
    p.raw = doc;
    return p;
}

std::string schema_message(const std::vector<SchemaViolation>& violations) {
    // Every specific violation in plain words (an unknown field and a bad enum value are both
    // worth fixing in one pass); valijson's enclosing "failed to validate against allOf/items"
    // lines only repeat them, so they are left out unless nothing else explains the failure.
    std::vector<std::string> lines;
    for (const auto& v : violations) {
        const bool explained_enum = v.explanation.find("is not allowed; use one of") != std::string::npos;
        const bool enclosing = !explained_enum && (v.message.find("Failed to validate") != std::string::npos ||
                                                   v.message.find("failed to validate") != std::string::npos ||
                                                   v.message.find("Failed to match against any") != std::string::npos);
        if (enclosing) continue;
        if (std::find(lines.begin(), lines.end(), v.explanation) == lines.end()) lines.push_back(v.explanation);
    }
    if (lines.empty()) lines.push_back(violations.front().explanation);
    constexpr std::size_t k_max_lines = 6;  // enough to fix a file in one pass, short enough to read
    std::string msg = lines.front();
    for (std::size_t i = 1; i < lines.size() && i < k_max_lines; ++i) msg += "\n    " + lines[i];
    if (lines.size() > k_max_lines) msg += fmt::format("\n    (and {} more)", lines.size() - k_max_lines);
    return msg + "\n    (the format: problems/schema.json and docs/authoring.md)";
}

}  // namespace

const Problem* Bank::find(std::string_view id) const {
    auto it = std::lower_bound(m_problems.begin(), m_problems.end(), id,
                               [](const Problem& p, std::string_view key) { return p.id < key; });
    return it != m_problems.end() && it->id == id ? &*it : nullptr;
}

std::vector<std::string> Bank::similar_ids(std::string_view id) const {
    std::vector<std::string> ids;
    for (const auto& p : m_problems) ids.push_back(p.id);
    return util::closest_matches(id, ids, 3);
}

fs::path Bank::dataset_path(std::string_view name) const {
    return m_root / "datasets" / (std::string(name) + ".sql");
}

fs::path Bank::resolve_grader(std::string_view grader) const {
    const fs::path inside = m_root / grader;
    if (fs::exists(inside)) return inside;
    const fs::path beside = m_root.parent_path() / grader;
    // The shared library (graders/lib, rubric.lua for every case problem) ships with prepl: a
    // bank folder that does not carry its own copy uses the bundled one.
    if (!fs::exists(beside) && std::string_view(grader).starts_with("graders/lib"))
        if (fs::path bundled = bundled_grader_file(grader); !bundled.empty()) return bundled;
    return beside;
}

fs::path bundled_grader_file(std::string_view relative) {
    std::error_code ec;
    const fs::path file = default_bank_dir().parent_path() / relative;
    return fs::exists(file, ec) ? file : fs::path();
}

fs::path Bank::grader_lib_dir() const { return resolve_grader("graders/lib"); }

util::Result<Bank> load_bank(const fs::path& dir, std::string_view only_id) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        return util::fail(util::Error::missing(
            fmt::format("{}: not a directory; pass --bank DIR with a folder of problem files",
                        dir.string())));
    Bank bank;
    bank.m_root = fs::weakly_canonical(dir, ec);
    if (ec) bank.m_root = dir;

    std::vector<fs::path> files;
    for (auto it = fs::recursive_directory_iterator(
             bank.m_root, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        const fs::path& path = it->path();
        if (it->is_regular_file(ec) && path.extension() == ".json" && path.filename() != "schema.json" &&
            (only_id.empty() || path.stem() == only_id))
            files.push_back(path);
    }
    if (ec)
        return util::fail(util::Error::io_failure(
            fmt::format("{}: cannot read the folder: {}", bank.m_root.string(), ec.message())));
    std::sort(files.begin(), files.end());

    // One file: its problem, or the issues that keep it out. Independent of the other files, so
    // large banks load on every core (`check --all` over 800 problems spent 90% of its serial
    // start here: parsing and schema-checking the JSON).
    struct Loaded {
        std::vector<LoadIssue> issues;
        std::optional<Problem> problem;
    };
    auto load_one = [&bank](const fs::path& file) {
        Loaded out;
        std::error_code ec;
        auto issue = [&](std::string location, std::string message) {
            out.issues.push_back({fs::relative(file, bank.m_root.parent_path(), ec), std::move(location),
                                  std::move(message)});
        };
        std::ifstream in(file, std::ios::binary);
        if (!in) {
            issue("", "cannot be read (check its permissions)");
            return out;
        }
        std::stringstream buffer;
        buffer << in.rdbuf();
        const std::string text = buffer.str();

        auto parsed = util::parse_json(text);  // bounded nesting, short messages
        if (!parsed) {
            issue(line_and_column(text, parsed.error().byte), "not valid JSON: " + parsed.error().message);
            return out;
        }
        json doc = std::move(*parsed);
        if (auto violations = check_against_schema(doc); !violations.empty()) {
            // The location is the most specific pointer; the message's lines name their own fields.
            issue(violations.front().pointer.empty() ? "/" : violations.front().pointer, schema_message(violations));
            return out;
        }
        Problem problem = to_problem(doc, file);
        if (problem.kind == Kind::numeric) {
            // A second, order-preserving parse of the same valid text: only for the params' order.
            const auto ordered = nlohmann::ordered_json::parse(text);
            if (auto params = ordered.find("params"); params != ordered.end() && params->is_object())
                for (const auto& item : params->items())
                    std::get<NumericSpec>(problem.spec).param_order.push_back(item.key());
        }
        if (problem.id != file.stem().string()) {
            issue("/id", fmt::format("id \"{}\" differs from the file name; rename the file to {}.json "
                                     "or set \"id\": \"{}\"",
                                     problem.id, problem.id, file.stem().string()));
            return out;
        }
        bool ok = true;
        if (const SqlSpec* sql = problem.sql()) {
            std::vector<std::pair<std::string, std::string>> needed;  // pointer, dataset
            if (sql->dataset) needed.emplace_back("/dataset", *sql->dataset);
            for (std::size_t i = 0; i < sql->hidden_datasets.size(); ++i)
                needed.emplace_back(fmt::format("/hidden_datasets/{}", i), sql->hidden_datasets[i]);
            for (const auto& [pointer, name] : needed) {
                if (!fs::exists(bank.dataset_path(name))) {
                    issue(pointer, fmt::format("dataset \"{}\" not found: expected {}", name,
                                               bank.dataset_path(name).string()));
                    ok = false;
                }
            }
            if (sql->table_state && sql->check_tables.empty()) {
                issue("/check_tables", "mode \"table_state\" needs check_tables: the tables to compare");
                ok = false;
            }
        }
        if (problem.grader && !fs::exists(bank.resolve_grader(*problem.grader))) {
            issue("/grader", fmt::format("grader file {} not found (looked in {} and its parent)",
                                         *problem.grader, bank.m_root.string()));
            ok = false;
        }
        if (ok) out.problem = std::move(problem);
        return out;
    };
    std::vector<Loaded> loaded(files.size());
    std::atomic<std::size_t> next{0};
    auto worker = [&] {
        for (std::size_t i = next++; i < files.size(); i = next++) loaded[i] = load_one(files[i]);
    };
    // Threads only when there is enough to share: one per 64 files, at most one per core.
    const std::size_t threads = std::min<std::size_t>(std::max(1u, std::thread::hardware_concurrency()), files.size() / 64 + 1);
    if (threads > 1) {
        // std::regex (the schema's "pattern"s) fills ctype<char>'s narrow() cache lazily, from
        // every thread (libstdc++ PR 77704: same values, but a data race to ThreadSanitizer):
        // fill it here, before the threads start.
        const auto& ctype = std::use_facet<std::ctype<char>>(std::locale());
        for (int c = 0; c < 256; ++c) ctype.narrow(static_cast<char>(c), '\0');
    }
    std::vector<std::thread> pool;
    for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(worker);
    worker();
    for (auto& t : pool) t.join();
    for (auto& one : loaded) {  // in file order, as before
        for (auto& i : one.issues) bank.m_issues.push_back(std::move(i));
        if (one.problem) bank.m_problems.push_back(std::move(*one.problem));
    }

    std::stable_sort(bank.m_problems.begin(), bank.m_problems.end(),
                     [](const Problem& a, const Problem& b) { return a.id < b.id; });
    // Two files with the same id: keep the first (by path), report the others.
    for (std::size_t i = 1; i < bank.m_problems.size();) {
        if (bank.m_problems[i].id == bank.m_problems[i - 1].id) {
            bank.m_issues.push_back(
                {fs::relative(bank.m_problems[i].file, bank.m_root.parent_path(), ec), "/id",
                 fmt::format("duplicate id \"{}\": also used by {}", bank.m_problems[i].id,
                             bank.m_problems[i - 1].file.string())});
            bank.m_problems.erase(bank.m_problems.begin() + static_cast<std::ptrdiff_t>(i));
        } else {
            ++i;
        }
    }
    return bank;
}

fs::path default_bank_dir() {
    if (const char* env = std::getenv("PREPL_BANK"); env && *env) return env;
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        // build/src/prepl -> <source>/problems; <prefix>/bin/prepl -> <prefix>/share/prepl/problems
        for (fs::path dir = exe.parent_path(); !dir.empty() && dir != dir.root_path();
             dir = dir.parent_path()) {
            if (fs::exists(dir / "problems" / "schema.json")) return dir / "problems";
            if (fs::exists(dir / "share" / "prepl" / "problems")) return dir / "share" / "prepl" / "problems";
        }
    }
    if (fs::exists(fs::path(prepl::build::data_dir()) / "problems")) return fs::path(prepl::build::data_dir()) / "problems";
    return fs::path(prepl::build::source_dir()) / "problems";
}

}  // namespace prepl::bank
