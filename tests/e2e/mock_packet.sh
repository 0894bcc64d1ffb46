# Mocks on the bundled bank, piped: the interviewer's packet, drafts kept across --resume, and
# a debrief that shows each answer, each part's verdict and the reference.
source "$(dirname "$0")/../support/e2e_lib.sh"

expect_code 0 "packet printed" -- "$PREPL" mock --mix sql=1,case=1 --seed 3 --minutes 40 --packet -
expect_match "$WORK/out" "^# Mock interview: interviewer's packet" "packet title"
expect_match "$WORK/out" "^\*\*What to listen for:\*\*" "what to listen for"
expect_match "$WORK/out" '^```sql' "the SQL reference"
expect_match "$WORK/out" "^- \[[a-z-]+\] .*\([0-9.]+ points?\)" "the case rubric"
expect_code 2 "the packet alone starts no mock" -- "$PREPL" mock --report LAST
expect_code 0 "packet to a file, then the mock" -- sh -c "printf 'pause\n' | \"$PREPL\" mock --mix sql=1 --seed 3 --minutes 20 --packet \"$WORK/packet.md\""
expect_match "$WORK/out" "Interviewer's packet written to" "says where"
expect_match "$WORK/packet.md" "^## 1\. " "the file has the question"

# A numeric answer line typed before the pause (end of input) is there after --resume.
printf '0.125\n' >"$WORK/first.txt"
expect_code 0 "stats mock paused" -- sh -c "\"$PREPL\" mock --mix stats=1 --seed 5 --minutes 30 < \"$WORK/first.txt\""
printf 'answer\nsubmit\n' >"$WORK/second.txt"
expect_code 0 "stats mock resumed" -- sh -c "\"$PREPL\" mock --resume < \"$WORK/second.txt\""
expect_match "$WORK/out" "kept from before the pause" "the draft is restored"
expect_match "$WORK/out" "^0\.125$" "answer shows the line typed before the pause"
expect_no_match "$WORK/out" "No answer lines yet" "not lost"
expect_match "$WORK/out" "your answer: 0\.125" "the debrief shows the answer"
expect_match "$WORK/out" "^   - [a-z_0-9]+: (missing|unreadable|wrong).*the reference is" "each part's verdict with the reference"

# A SQL draft too; the debrief gives the reference solution of a rejected answer.
printf 'SELECT 1 AS draft_marker;\n' >"$WORK/sql1.txt"
expect_code 0 "sql mock paused" -- sh -c "\"$PREPL\" mock --mix sql=1 --seed 7 --minutes 30 < \"$WORK/sql1.txt\""
printf 'submit\n' >"$WORK/sql2.txt"
expect_code 0 "sql mock resumed" -- sh -c "\"$PREPL\" mock --resume < \"$WORK/sql2.txt\""
expect_match "$WORK/out" "your answer: SELECT 1 AS draft_marker;" "the kept query was graded"
expect_match "$WORK/out" "^   reference: (SELECT|WITH)" "the reference of the rejected answer"
finish
