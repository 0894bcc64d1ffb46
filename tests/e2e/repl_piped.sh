# The shell reads commands line by line when stdin is not a terminal: scripted sessions.
source "$(dirname "$0")/../support/e2e_lib.sh"
cat >"$WORK/session.txt" <<'IN'
list sql --tag window
open open-rate-by-channel
.tables
SELECT channel,
       COUNT(*) AS sent
  FROM notifications
 GROUP BY channel;
submit
hint
.bogus
quit
IN
expect_code 1 "scripted session (an unknown command makes the exit code 1)" -- sh -c "\"$PREPL\" < \"$WORK/session.txt\""
expect_match "$WORK/out" "open-rate-by-channel" "problem opened"
expect_match "$WORK/out" "notifications  opens  users" "tables listed"
expect_match "$WORK/out" "^email\|" "multi-line query ran (list mode)"
expect_match "$WORK/out" "rejected" "submit graded the last query"
expect_match "$WORK/out" "hint 1/" "hint shown"
expect_match "$WORK/out" "unknown command .bogus" "unknown dot-command"
expect_no_match "$WORK/out" "prepl>" "no prompt when piped"

printf 'open open-rate-by-channel\nSELECT 1;\nquit\n' >"$WORK/ok.txt"
expect_code 0 "clean scripted session exits 0" -- sh -c "\"$PREPL\" < \"$WORK/ok.txt\""
# `edit` runs the query the editor leaves in the file; `time` shows the clock.
cat >"$WORK/editor.sh" <<'SH'
#!/bin/sh
printf "SELECT 'from-the-editor' AS marker;\n" > "$1"
SH
chmod +x "$WORK/editor.sh"
printf 'open open-rate-by-channel\ntime\nSELECT 1;\nedit\nquit\n' >"$WORK/edit.txt"
expect_code 0 "edit and time" -- sh -c "VISUAL= EDITOR=\"$WORK/editor.sh\" \"$PREPL\" < \"$WORK/edit.txt\""
expect_match "$WORK/out" "^00:0[0-9] on open-rate-by-channel" "time shows the clock"
expect_match "$WORK/out" "^from-the-editor$" "the edited query ran"
# A case left open does not catch the next problem's answers; "next ..." inside a part is text.
printf 'open novelty-primacy-effects\nsubmit\nnext we would compare new and existing users\n.\nopen at-least-one-six 1\np_six = 0.77\nanswer\n' >"$WORK/case.txt"
expect_code 0 "case then numeric" -- sh -c "\"$PREPL\" < \"$WORK/case.txt\""
expect_match "$WORK/out" "Nothing answered yet" "an empty case submit is refused"
expect_no_match "$WORK/out" "model answer \\[" "no model answer before anything was answered"
expect_match "$WORK/out" "saved \\[diagnose\\]" "a line starting with next is part of the answer"
expect_match "$WORK/out" "^p_six = 0.77$" "the numeric answer went to the numeric problem"

# Numeric lines are checked as typed: arithmetic is echoed with its value, an unreadable value
# is refused at once (not at submit).
printf 'open at-least-one-six 1\np_six = 1 - (5/6)^4\np_double_six = banana\nanswer\n' >"$WORK/typed.txt"
expect_code 1 "numeric lines checked as typed" -- sh -c "\"$PREPL\" < \"$WORK/typed.txt\""
expect_match "$WORK/out" "^p_six = 1 - \(5/6\)\^4 = 0\.5177" "arithmetic evaluated when typed"
expect_match "$WORK/out" "^Not added: p_double_six: 'banana' is not a number" "an unreadable value refused when typed"
expect_no_match "$WORK/out" "^p_double_six = banana$" "the refused line is not in the answer"

# Issue 14: the correct UPDATE, then a look at the table, then `submit`: every statement since
# `open` is replayed, so the look does not throw the UPDATE away.
python3 - "$ROOT/problems/sql/update-member-tiers-case.json" >"$WORK/tiers.txt" <<'PY'
import json, sys
print("open update-member-tiers-case")
print(json.load(open(sys.argv[1]))["solution"])
print("SELECT * FROM members;")
print("submit")
PY
expect_code 0 "table-state submit after a look" -- sh -c "\"$PREPL\" < \"$WORK/tiers.txt\""
expect_match "$WORK/out" "Grading the 2 statements you ran since" "says what it grades"
expect_match "$WORK/out" "accepted" "the UPDATE followed by a SELECT is accepted"

# A case submit is recorded like any other.
printf 'open novelty-primacy-effects\nnovelty effect\n.\n2\nsteady state\n.\nsubmit\n' >"$WORK/case-submit.txt"
expect_code 0 "a case submitted in the shell" -- sh -c "\"$PREPL\" < \"$WORK/case-submit.txt\""
expect_code 0 "progress after the case" -- "$PREPL" export
expect_match "$WORK/out" '"problem_id": *"novelty-primacy-effects"' "the case attempt is in the store"

# Text typed after a case's last part is not taken as SQL (which would swallow `submit`).
printf 'open novelty-primacy-effects\nnovelty effect\n.\n2\nsteady state\n.\nI think that is all\nsubmit\n' >"$WORK/case-extra.txt"
expect_code 1 "text after the last part" -- sh -c "\"$PREPL\" < \"$WORK/case-extra.txt\""
expect_match "$WORK/out" "Every part has an answer" "points to submit"
expect_match "$WORK/out" "accepted|rejected" "submit still grades"

# In a mock, a case answer line starting with a mock command word is answer text.
printf 'My metric is saves per user.\nnext we would watch guardrails\n.\n' >"$WORK/mock-case.txt"
expect_code 0 "mock case answer starting with next" -- sh -c "\"$PREPL\" mock --mix case=1 --seed 3 < \"$WORK/mock-case.txt\""
expect_match "$WORK/out" "^Part 2/" "the part was saved and the next part asked"
expect_match "$WORK/out" "paused with 45:00 left" "the mock was not submitted"

printf 'open above-department-average\nSELECT 1 AS x\n' >"$WORK/partial.txt"
expect_code 1 "input ending inside a statement" -- sh -c "\"$PREPL\" < \"$WORK/partial.txt\""
expect_match "$WORK/out" "Incomplete statement discarded" "says the statement was incomplete"
finish
