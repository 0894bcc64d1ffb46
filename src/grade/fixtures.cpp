#include "grade/fixtures.hpp"

#include <fstream>
#include <functional>
#include <optional>
#include <sstream>

#include <fmt/format.h>

namespace prepl::grade {

util::Result<sql::Fixture> Fixtures::dataset(const std::string& key, const std::string& display_name,
                                             const std::function<util::Result<std::string>()>& load_sql) {
    // Built once: the first thread to ask builds it outside the lock, later ones wait for that
    // build. (Letting each thread build its own copy made `check --all` on two threads over 8
    // copies of the bank build 99 datasets instead of 91: neighbouring jobs share datasets.)
    std::shared_future<util::Result<sql::Fixture>> entry;
    std::optional<std::promise<util::Result<sql::Fixture>>> mine;
    {
        std::lock_guard lock(m_mutex);
        if (auto it = m_cache.find(key); it != m_cache.end()) {
            entry = it->second;
        } else {
            mine.emplace();
            entry = mine->get_future().share();
            m_cache.emplace(key, entry);
        }
    }
    if (mine) {
        try {
            util::Result<std::string> text = load_sql();
            mine->set_value(text ? sql::Fixture::build(*text, display_name, m_bank_sql_budget)
                                 : util::fail(text.error()));
        } catch (...) {
            mine->set_exception(std::current_exception());  // the waiters see it too
        }
    }
    return entry.get();
}

util::Result<std::vector<ProblemFixture>> Fixtures::for_problem(const bank::Problem& problem) {
    const bank::SqlSpec* spec = problem.sql();
    if (!spec) return util::fail(util::Error::bug(problem.id + " is not a SQL problem"));

    auto from_file = [&](const std::string& name) {
        const auto path = m_bank.dataset_path(name);
        return [path]() -> util::Result<std::string> {
            std::ifstream in(path, std::ios::binary);
            if (!in)
                return util::fail(util::Error::io_failure(
                    fmt::format("{}: cannot read the dataset file", path.string())));
            std::stringstream text;
            text << in.rdbuf();
            return text.str();
        };
    };

    std::vector<ProblemFixture> out;
    util::Result<sql::Fixture> sample =
        spec->dataset
            ? dataset("dataset:" + *spec->dataset, m_bank.dataset_path(*spec->dataset).string(),
                      from_file(*spec->dataset))
            : dataset("setup:" + problem.id, problem.file.string() + " (setup)",
                      [&]() -> util::Result<std::string> { return *spec->setup; });
    if (!sample) return util::fail(sample.error());
    out.push_back({"sample", false, "", *sample});
    for (std::size_t i = 0; i < spec->hidden_datasets.size(); ++i) {
        const std::string& name = spec->hidden_datasets[i];
        auto hidden = dataset("dataset:" + name, m_bank.dataset_path(name).string(), from_file(name));
        if (!hidden) return util::fail(hidden.error());
        out.push_back({name, true, i < spec->hidden_purposes.size() ? spec->hidden_purposes[i] : "", *hidden});
    }
    return out;
}

}  // namespace prepl::grade
