#pragma once
// Builds each dataset's Fixture once and caches it, with the reference results on it.
// Thread-safe: `check --all` grades on several threads with one Fixtures.
#include <chrono>
#include <functional>
#include <future>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "bank/bank.hpp"
#include "sql/sandbox.hpp"
#include "util/error.hpp"

namespace prepl::grade {

// One dataset a SQL problem is graded on.
struct ProblemFixture {
    std::string name;  // "sample" for the problem's own data, else the hidden dataset's name
    bool hidden = false;
    std::string purpose;  // hidden: what kind of case it was built for (the bank's "purpose"), may be empty
    sql::Fixture fixture;
};

class Fixtures {
public:
    // `bank_sql_budget`: time allowed to a dataset's setup and to the reference solution (bank SQL
    // is untrusted too, but must not be blamed for a budget meant for answers).
    explicit Fixtures(const bank::Bank& bank,
                      std::chrono::milliseconds bank_sql_budget = sql::k_bank_sql_budget)
        : m_bank(bank), m_bank_sql_budget(bank_sql_budget) {}

    // The sample fixture (dataset or inline setup) followed by every hidden fixture.
    // Fails with an Error naming the dataset file when its SQL does not run.
    util::Result<std::vector<ProblemFixture>> for_problem(const bank::Problem& problem);

    const bank::Bank& bank() const { return m_bank; }
    std::chrono::milliseconds bank_sql_budget() const { return m_bank_sql_budget; }

private:
    util::Result<sql::Fixture> dataset(const std::string& key, const std::string& display_name,
                                       const std::function<util::Result<std::string>()>& load_sql);

    const bank::Bank& m_bank;
    std::chrono::milliseconds m_bank_sql_budget;
    std::mutex m_mutex;
    // One entry per dataset, added by the thread that builds it; the others wait for it.
    std::map<std::string, std::shared_future<util::Result<sql::Fixture>>, std::less<>> m_cache;
};

}  // namespace prepl::grade
