# prepl new + validate round trip, and test-grader, on a fresh bank folder.
source "$(dirname "$0")/../support/e2e_lib.sh"
BANK="$WORK/mybank"

expect_code 0 "new case writes a skeleton" -- "$PREPL" new case my-case --bank "$BANK"
expect_match "$WORK/out" "case/my-case.json" "names the JSON file"
expect_match "$WORK/out" "graders/my-case.lua" "names the grader stub"
[ -f "$BANK/graders/lib/rubric.lua" ] && passes=$((passes+1)) || { echo "FAIL: rubric.lua copied into the bank"; failures=$((failures+1)); }
expect_code 2 "new refuses to overwrite" -- "$PREPL" new case my-case --bank "$BANK"
expect_match "$WORK/err" "already exists" "says why"
expect_code 2 "new refuses a bad id" -- "$PREPL" new sql Bad_Id --bank "$BANK"
expect_code 0 "new sql" -- "$PREPL" new sql my-query --bank "$BANK"
expect_code 0 "new numeric" -- "$PREPL" new numeric my-number --bank "$BANK"
expect_code 2 "new sql with an unknown dataset" -- "$PREPL" new sql other --dataset nope --bank "$BANK"

# The skeletons load (list shows them) but validate flags every TODO by pointer and Lua line.
expect_code 0 "skeletons load" -- "$PREPL" list --bank "$BANK"
expect_match "$WORK/out" "my-case" "case listed"
expect_match "$WORK/out" "my-query" "sql listed"
expect_code 1 "validate flags the TODOs" -- "$PREPL" validate --bank "$BANK" my-case my-query
expect_match "$WORK/out" "my-case.json: my-case: /title: still says TODO" "JSON pointer of a TODO"
expect_match "$WORK/out" "my-case: graders/my-case.lua:[0-9]+: -- TODO" "Lua line of a TODO"
expect_match "$WORK/out" "my-query.json: my-query: /solution: still says TODO" "sql TODO"
expect_code 1 "validate --format json" -- "$PREPL" validate --bank "$BANK" my-case --format json
expect_match "$WORK/out" '"ok": false' "json report"

# Finish them: drop the markers, and validate passes.
sed -i 's/TODO: //g; s/"TODO"/"todo-done"/g' "$BANK/case/my-case.json" "$BANK/sql/my-query.json"
sed -i '/TODO/d' "$BANK/graders/my-case.lua"
expect_code 0 "validate passes once finished" -- "$PREPL" validate --bank "$BANK" my-case my-query
expect_match "$WORK/out" "2 problems checked .*: all valid" "all valid"

# A broken rubric is caught with the pointer.
sed -i 's/"part": "approach"/"part": "approch"/' "$BANK/case/my-case.json"
expect_code 1 "validate catches a bad part reference" -- "$PREPL" validate --bank "$BANK" my-case --format junit
expect_match "$WORK/out" '/rubric/0/part: criterion names-metric names part' "junit names the pointer"
sed -i 's/"part": "approch"/"part": "approach"/' "$BANK/case/my-case.json"

# test-grader: the grader's whole outcome on one answer.
printf '## approach\nWe watch the metric against the control group.\n## unit\n1\n' >"$WORK/answer.md"
expect_code 0 "test-grader runs the case grader" -- "$PREPL" test-grader my-case "$WORK/answer.md" --bank "$BANK"
expect_match "$WORK/out" "^score: +2" "score"
expect_match "$WORK/out" "^max: +2" "max"
expect_match "$WORK/out" "met     \[names-metric\]" "feedback"
expect_match "$WORK/out" '"criteria"' "details JSON"
expect_match "$WORK/out" "^time: +[0-9.]+ ms" "timing"
expect_match "$WORK/out" "verdict: +accepted 3/3" "whole verdict with the choice part"
printf 'return function(a, ctx)\n  error("boom")\nend\n' >"$BANK/graders/my-case.lua"
expect_code 3 "test-grader shows a grader error" -- "$PREPL" test-grader my-case "$WORK/answer.md" --bank "$BANK"
expect_match "$WORK/out" "graders/my-case.lua:2: boom" "file and line"
expect_code 2 "test-grader on a problem without a grader" -- "$PREPL" test-grader my-query "$WORK/answer.md" --bank "$BANK"

# check grades a case answer file with an exit code.
printf 'local r = require "rubric"\nreturn function(a, ctx) return r.grade(a, ctx) end\n' >"$BANK/graders/my-case.lua"
expect_code 0 "check a case answer" -- "$PREPL" check --bank "$BANK" my-case "$WORK/answer.md" --format json
expect_match "$WORK/out" '"criteria":\[\{[^}]*"id":"names-metric"' "criteria in the JSON verdict"
printf '{"approach": "We would not track any metric.", "unit": 1}' >"$WORK/weak.json"
expect_code 1 "a weak case answer is rejected" -- "$PREPL" check --bank "$BANK" my-case "$WORK/weak.json"
expect_match "$WORK/out" "approximate" "says scoring is approximate"
finish
