#pragma once
// The end of a mock interview: saving it, and the debrief read back from the store
// (`prepl mock --report LAST|ID`).
#include <optional>
#include <string>
#include <vector>

#include "bank/bank.hpp"
#include "session/mock_session.hpp"
#include "session/progress_store.hpp"
#include "session/records.hpp"

namespace prepl::session {

// Writes the session's state, clock totals and every graded question into `record` and the
// store in one transaction; inserts the mock when record.id is 0 and sets it.
util::Status save_mock_progress(ProgressStore& store, MockRecord& record,
                                const MockSession& session, UnixMs now);

struct DebriefItem {
    int position = 0;
    std::string problem_id;
    std::string title;  // from the bank; the id when the problem is gone
    std::string status;
    double score = 0;  // after the hint penalty, out of max_score
    double max_score = 1;
    int hints_used = 0;
    double minutes_taken = 0;
    std::optional<double> target_minutes;
    std::string explanation;
    std::vector<std::string> tags;
    std::string answer;                // what was graded ("" when unanswered)
    std::vector<std::string> details;  // each part's verdict (numeric parts, case parts and criteria)
    std::string reference;             // the reference, for an answer that was not accepted
};

struct MockDebrief {
    std::int64_t mock_id = 0;
    UnixMs started_at = 0;
    int minutes = 0;
    double active_minutes = 0;
    bool finished = false;
    std::vector<DebriefItem> items;
    double total = 0;  // one point per question, fractions for partial credit
    int possible = 0;
    std::vector<std::string>
        weakest_tags;  // lowest mean score first, at most three, all below full marks
};

MockDebrief build_debrief(const MockRecord& mock, const std::vector<MockItemRecord>& items,
                          const bank::Bank& bank);

// format: text | json | markdown
std::string render_debrief(const MockDebrief& debrief, const std::string& format);

}  // namespace prepl::session
