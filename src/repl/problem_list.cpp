#include "repl/problem_list.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "bank/tags.hpp"
#include "util/text.hpp"

namespace prepl::repl {
namespace {

const std::vector<std::string> k_kinds = {"sql", "numeric", "stats", "case"};
const std::vector<std::string> k_difficulties = {"easy", "medium", "hard"};

bool one_of(const std::vector<std::string>& list, const std::string& word) {
    return std::find(list.begin(), list.end(), word) != list.end();
}

}  // namespace

util::Result<std::string> parse_kind(const std::string& value) {
    const std::string v = util::to_lower(value);
    if (!one_of(k_kinds, v))
        return util::fail(util::Error::invalid(fmt::format(
            "unknown kind \"{}\": choose sql, numeric (or stats) or case", value)));
    return v == "stats" ? std::string("numeric") : v;
}

util::Result<std::string> parse_difficulty(const std::string& value) {
    const std::string v = util::to_lower(value);
    if (!one_of(k_difficulties, v))
        return util::fail(util::Error::invalid(fmt::format(
            "unknown difficulty \"{}\": choose easy, medium or hard", value)));
    return v;
}

util::Result<ListRequest> parse_list_words(const std::vector<std::string>& words) {
    ListRequest request;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& w = words[i];
        const std::string lower = util::to_lower(w);
        auto value = [&](const char* flag) -> util::Result<std::string> {
            if (i + 1 >= words.size())
                return util::fail(util::Error::invalid(fmt::format("{} needs a value", flag)));
            return words[++i];
        };
        if (w == "--tags") {
            request.tag_table = true;
        } else if (w == "--kind" || w == "--difficulty" || w == "--tag" || w == "--company") {
            auto v = value(w.c_str());
            if (!v) return util::fail(v.error());
            if (w == "--tag") {
                request.tags.push_back(*v);
                continue;
            }
            if (w == "--company") {
                request.company = *v;
                continue;
            }
            auto checked = w == "--kind" ? parse_kind(*v) : parse_difficulty(*v);
            if (!checked) return util::fail(checked.error());
            (w == "--kind" ? request.kind : request.difficulty) = *checked;
        } else if (w.starts_with("--")) {
            return util::fail(util::Error::invalid(fmt::format(
                "unknown option {}: list takes --kind, --difficulty, --tag, --company and --tags", w)));
        } else if (one_of(k_kinds, lower)) {
            request.kind = *parse_kind(lower);
        } else if (one_of(k_difficulties, lower)) {
            request.difficulty = lower;
        } else {
            request.tags.push_back(w);
        }
    }
    return request;
}

bool list_matches(const bank::Problem& p, const ListRequest& request) {
    if (request.kind && bank::to_string(p.kind) != *request.kind) return false;
    if (request.difficulty && util::to_lower(p.difficulty) != *request.difficulty) return false;
    if (request.company && std::none_of(p.companies.begin(), p.companies.end(), [&](const std::string& c) {
            return util::to_lower(c) == util::to_lower(*request.company);
        }))
        return false;
    for (const auto& query : request.tags)
        if (std::none_of(p.tags.begin(), p.tags.end(), [&](const std::string& t) { return bank::tag_matches(t, query); }))
            return false;
    return true;
}

std::string render_problem_list(const bank::Bank& bank, const ListRequest& request,
                                const std::optional<std::map<std::string, std::string>>& marks,
                                const RenderOptions& options, bool tags_column) {
    sql::ResultSet table;
    table.columns = {"id", "kind", "difficulty", "title"};
    if (tags_column) table.columns.push_back("tags");
    if (marks) table.columns.push_back("progress");
    std::size_t solved = 0;
    for (const auto& p : bank.problems()) {
        if (!list_matches(p, request)) continue;
        sql::Row row = {p.id, std::string(bank::to_string(p.kind)), p.difficulty, p.title};
        if (tags_column) row.push_back(util::join(p.tags, ", "));
        if (marks) {
            const auto found = marks->find(p.id);
            const std::string mark = found == marks->end() ? "" : found->second;
            if (mark.starts_with("solved")) ++solved;
            row.push_back(mark);
        }
        table.rows.push_back(std::move(row));
    }
    if (table.rows.empty())
        return "No problem matches. `list --tags` shows every tag with its count; tags match by prefix, in any case.\n";
    RenderOptions all = options;
    all.max_rows = 100000;
    std::string out = render_table(table, all);
    out += fmt::format("{} problem{}", table.rows.size(), table.rows.size() == 1 ? "" : "s");
    if (marks) out += fmt::format(", {} solved", solved);
    return out + "\n";
}

std::string render_tag_table(const bank::Bank& bank, const ListRequest& request, const RenderOptions& options) {
    ListRequest scope = request;
    scope.tags.clear();
    std::map<std::string, std::pair<int, std::map<std::string, int>>> counts;  // tag -> total, per kind
    for (const auto& p : bank.problems()) {
        if (!list_matches(p, scope)) continue;
        for (const auto& t : p.tags) {
            if (!request.tags.empty() && std::none_of(request.tags.begin(), request.tags.end(), [&](const std::string& q) {
                    return bank::tag_matches(t, q);
                }))
                continue;
            ++counts[t].first;
            ++counts[t].second[std::string(bank::to_string(p.kind))];
        }
    }
    std::vector<std::pair<std::string, int>> ordered;
    for (const auto& [tag, c] : counts) ordered.emplace_back(tag, c.first);
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    sql::ResultSet table;
    table.columns = {"tag", "problems", "sql", "numeric", "case"};
    for (const auto& [tag, n] : ordered) {
        const auto& per_kind = counts[tag].second;
        auto of = [&](const char* kind) {
            const auto f = per_kind.find(kind);
            return static_cast<std::int64_t>(f == per_kind.end() ? 0 : f->second);
        };
        table.rows.push_back({tag, static_cast<std::int64_t>(n), of("sql"), of("numeric"), of("case")});
    }
    RenderOptions all = options;
    all.max_rows = 100000;
    return render_table(table, all) + fmt::format("{} tags. `list TAG` lists a tag's problems.\n", table.rows.size());
}

}  // namespace prepl::repl
