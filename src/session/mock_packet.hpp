#pragma once
// `prepl mock --packet FILE`: the interviewer's side of a mock, in markdown. For each picked
// question: the prompt as the candidate sees it, what to listen for, hints to give when the
// candidate is stuck, follow-up questions, and the reference. The candidate answers in the shell.
#include <cstdint>
#include <string>
#include <vector>

#include "bank/bank.hpp"

namespace prepl::session {

// `seed` is the mock's seed: numeric questions show the numbers of question_seed(seed, position).
std::string render_mock_packet(const bank::Bank& bank, const std::vector<std::string>& problem_ids,
                               std::uint64_t seed, int minutes);

}  // namespace prepl::session
