#pragma once
// Choosing the questions of a mock interview: by a mix of kinds, unseen and weak problems first,
// deterministic for a seed and a given history.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "bank/bank.hpp"
#include "session/records.hpp"
#include "util/error.hpp"

namespace prepl::session {

// How many questions of each kind, in order: {{"sql", 2}, {"numeric", 2}, {"case", 1}}.
using MockMix = std::vector<std::pair<std::string, int>>;

// "sql=2,stats=2,case=1" (stats is an alias of numeric). Fails on an unknown kind or a count
// that is not 0..20.
util::Result<MockMix> parse_mix(std::string_view text);
std::string to_string(const MockMix& mix);  // "sql=2,numeric=2,case=1"

struct MockRequest {
    int minutes = 45;
    MockMix mix = {{"sql", 2}, {"numeric", 2}, {"case", 1}};
    std::optional<std::string> tag, company;
    std::uint64_t seed = 0;
};

struct MockPick {
    std::vector<std::string> problem_ids;  // in the order asked
    std::vector<std::string> notes;        // "only 0 of 2 numeric problems match; ..." for the user
};

// For each kind of the mix, problems matching tag and company ranked unseen, then weak (never
// accepted, or the last attempt was rejected), then solved; ties broken by a hash of the seed
// and the id, so the same seed and history give the same interview on every machine. Each
// question takes the best-ranked problem whose target_minutes fits a fair share of the minutes
// left (else what is left, else the shortest, with a note); then, while time remains, the
// first follow-up of each picked problem that fits comes right after it.
MockPick pick_mock_problems(const bank::Bank& bank, const std::vector<Attempt>& history,
                            const MockRequest& request);

}  // namespace prepl::session
