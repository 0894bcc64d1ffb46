# Answering a case problem in the shell, part by part, from piped input.
source "$(dirname "$0")/../support/e2e_lib.sh"
BANK="$WORK/bank"
mkdir -p "$BANK/case" "$BANK/graders/lib"
cp "$ROOT"/graders/lib/*.lua "$BANK/graders/lib/"
cat >"$BANK/case/ab.json" <<'JSON'
{"id": "ab", "kind": "case", "title": "Test a button", "prompt": "A new button. Design the test.",
 "parts": [
   {"id": "metric", "question": "Which metric?", "type": "text"},
   {"id": "unit", "question": "Randomization unit?", "type": "choice", "choices": ["session", "user"], "answer": [1],
    "explain": "Sessions of one user are not independent."},
   {"id": "guards", "question": "Guardrails?", "type": "multi", "choices": ["latency", "revenue", "font size"], "answer": [0, 1]}
 ],
 "rubric": [
   {"id": "names-ctr", "part": "metric", "points": 2, "criterion": "Names click-through rate", "concepts": [["ctr", "click-through"]]},
   {"id": "denominator", "part": "metric", "points": 1, "criterion": "Gives the denominator", "concepts": [["per impression", "per user"]]}
 ],
 "model_answer": {"metric": "CTR: clicks per impression."}}
JSON
cat >"$WORK/session.txt" <<'IN'
open ab
We would track the CTR
of the button.
.
3
user
latency, revenue
submit
met denominator
met nope
answer metric
We would track the CTR per impression.
.
submit
solution
quit
IN
expect_code 0 "case session" -- sh -c "\"$PREPL\" --bank \"$BANK\" < \"$WORK/session.txt\""
expect_match "$WORK/out" "1\. \[metric\] \(text\) Which metric\?" "parts listed on open"
expect_match "$WORK/out" "Part 1/3 \[metric\]: Which metric" "asks part 1"
expect_match "$WORK/out" "there is no choice 3" "bad choice explained"
expect_match "$WORK/out" "Part 3/3 \[guards\]" "moves to the next part"
expect_match "$WORK/out" "Score 4/5 \\(80%\\): accepted" "first submit: ctr 2 + unit 1 + guards 1"
expect_match "$WORK/out" "missed  \[denominator\]" "missed criterion shown"
expect_match "$WORK/out" "Self-assessed score: 5/5 \(the automatic score stays 4/5\)" "self-assessment"
expect_match "$WORK/out" "no criterion \"nope\"" "unknown criterion"
expect_match "$WORK/out" "Score 5/5" "revised answer scores full marks"
expect_match "$WORK/out" "^\[metric\] CTR: clicks per impression" "solution shows the model answers"

# `answer` alone lists the parts and what is answered; `submit` alone mid-part ends it and grades.
printf 'open ab\nWe would track the CTR\n.\nanswer\nanswer metric\nCTR per impression\nsubmit\n' >"$WORK/mid.txt"
expect_code 0 "submit mid-part" -- sh -c "\"$PREPL\" --bank \"$BANK\" < \"$WORK/mid.txt\""
expect_match "$WORK/out" "^  1\. \[metric\] answered: We would track the CTR$" "answer lists an answered part"
expect_match "$WORK/out" "^  2\. \[unit\] not answered  \(being asked\)$" "and the one being asked"
expect_match "$WORK/out" "submit. alone on a line ends the part" "submit ends the part"
expect_match "$WORK/out" "Score 3/5" "the part was graded without the word submit: ctr 2 + per impression 1"

# show: the parts, and in JSON nothing that gives the answers away.
expect_code 0 "show a case" -- "$PREPL" show ab --bank "$BANK"
expect_match "$WORK/out" "2\. \[unit\] \(choice\) Randomization unit\?" "parts listed"
expect_code 0 "show a case as JSON" -- "$PREPL" show ab --bank "$BANK" --format json
expect_no_match "$WORK/out" '"rubric"|"answer"|"explain"|model_answer' "no rubric, right choices or model answer"

# edit: $EDITOR runs on a temp file with the part's text (fork/exec, no shell).
cat >"$WORK/editor.sh" <<'SH'
#!/bin/sh
printf 'Edited: CTR per user\n' >>"$1"
SH
chmod +x "$WORK/editor.sh"
printf 'open ab\nedit\n2\n1,2\nsubmit\nquit\n' >"$WORK/edit.txt"
expect_code 0 "edit in an editor" -- sh -c "EDITOR=\"$WORK/editor.sh\" \"$PREPL\" --bank \"$BANK\" < \"$WORK/edit.txt\""
expect_match "$WORK/out" "saved \[metric\]" "edited text saved"
expect_match "$WORK/out" "Score 5/5" "edited answer graded"
printf 'open ab\nedit\nquit\n' >"$WORK/noed.txt"
expect_code 0 "edit without an editor" -- sh -c "unset EDITOR VISUAL; \"$PREPL\" --bank \"$BANK\" < \"$WORK/noed.txt\""
expect_match "$WORK/out" "no editor: set \\\$EDITOR" "explains"

# A grader that fails: the verdict is an error naming the file and line, and the shell goes on.
sed 's/"id": "ab"/"id": "broken", "grader": "graders\/broken.lua"/' "$BANK/case/ab.json" >"$BANK/case/broken.json"
printf 'return function(answer, ctx)\n  return {score = "lots"}\nend\n' >"$BANK/graders/broken.lua"
printf 'open broken\nCTR\n.\n2\n1\nsubmit\nopen ab\nWe track the CTR per user.\n.\n2\n1,2\nsubmit\nquit\n' >"$WORK/broken.txt"
expect_code 0 "a failing grader does not end the session" -- sh -c "\"$PREPL\" --bank \"$BANK\" < \"$WORK/broken.txt\""
expect_match "$WORK/out" "! error  broken" "error verdict"
expect_match "$WORK/out" "graders/broken.lua: 'score' must be a number" "names the grader file"
expect_match "$WORK/out" "Score 5/5" "the next problem still grades"
finish
