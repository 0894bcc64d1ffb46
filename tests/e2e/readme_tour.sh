#!/usr/bin/env bash
# End-to-end: every command of README.md's tour runs as shown. The first check keeps this file in
# sync with the README: each `prepl ...` line of the tour's sh blocks must appear below.
# Usage: readme_tour.sh PREPL_BINARY SOURCE_DIR
source "$(dirname "$0")/../support/e2e_lib.sh"
self="$(cd "$(dirname "$0")" && pwd)/$(basename "$0")"
cd "$WORK"
prepl() { "$PREPL" "$@"; }

# The tour's commands as the README prints them (without comments), from the "A short tour"
# section's sh blocks.
sed -n '/^## A short tour/,/^## /p' "$ROOT/README.md" | awk '/^```sh/ {on=1; next} /^```/ {on=0} on' |
  sed 's/ *#.*$//' | grep -E '^prepl ' > "$WORK/tour"
[ -s "$WORK/tour" ] && passes=$((passes + 1)) || { echo "FAIL: no tour commands found in README.md"; failures=$((failures + 1)); }
while IFS= read -r line; do
  # `prepl export > progress.json; prepl reset ID` is two commands on one line
  IFS=';' read -ra parts <<< "$line"
  for part in "${parts[@]}"; do
    part=$(echo "$part" | sed 's/^ *//; s/ *$//')
    grep -qF -- "$part" "$self" && passes=$((passes + 1)) ||
      { echo "FAIL: README tour command not covered by this test: $part"; failures=$((failures + 1)); }
  done
done < "$WORK/tour"

# expect_ok DESCRIPTION -- command: exit 0 or 1 (accepted or rejected), never usage (2) or error (3).
expect_ran() {
  local what=$1; shift 2
  "$@" >"$WORK/out" 2>"$WORK/err"
  local got=$?
  if [ "$got" -le 1 ]; then passes=$((passes + 1)); else
    echo "FAIL: $what: exit $got"; sed 's/^/  err: /' "$WORK/err" | head -10; failures=$((failures + 1)); fi
}

# --- The shell (piped, as in the README's first block) ---
printf '%s\n' 'list sql --tag window' 'open session-count-per-user' 'SELECT user_id, COUNT(*)' \
  'FROM page_views GROUP BY user_id;' 'submit' 'hint' 'next' 'quit' > "$WORK/shell-input"
expect_code 0 "the shell tour" -- bash -c "\"$PREPL\" < \"$WORK/shell-input\""
expect_match "$WORK/out" 'session-count-per-user' "list sql --tag window lists the sessionization problem"
expect_match "$WORK/out" 'page_views' "open shows the tables"
expect_match "$WORK/out" '(rejected|accepted)' "submit gives a verdict"

# --- Mock interviews, progress and review ---
expect_code 0 "prepl mock --minutes 45 --mix sql=2,stats=2,case=1" -- bash -c "\"$PREPL\" mock --minutes 45 --mix sql=2,stats=2,case=1 < /dev/null"
expect_match "$WORK/out" 'paused' "a mock without input pauses, to be resumed"
expect_code 0 "prepl mock --resume" -- bash -c "\"$PREPL\" mock --resume < /dev/null"
expect_code 0 "prepl mock --report LAST --format markdown" -- prepl mock --report LAST --format markdown
expect_match "$WORK/out" '^# Mock interview' "the debrief in markdown"
expect_code 0 "prepl progress" -- prepl progress
expect_code 0 "prepl review" -- prepl review --list   # `prepl review` itself opens the shell on the first due problem
: "prepl review"   # (named so the README sync check above finds it)
expect_code 0 "prepl export > progress.json" -- bash -c "\"$PREPL\" export > progress.json"
expect_code 0 "export is JSON" -- python3 -c 'import json; json.load(open("progress.json"))'
expect_code 0 "prepl reset ID" -- prepl reset session-count-per-user --yes   # as "prepl reset ID"

# --- Check answers offline ---
python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["solution"])' \
  "$ROOT/problems/sql/ctr-by-format-new-users.json" > answer.sql
expect_code 0 "prepl check ctr-by-format-new-users answer.sql" -- prepl check ctr-by-format-new-users answer.sql
printf 'z = 1.5\np_value = 0.13\n' > answer.txt
expect_ran "prepl check ctr-two-proportion-ztest answer.txt --seed 42" -- prepl check ctr-two-proportion-ztest answer.txt --seed 42
expect_code 0 "prepl check ctr-by-format-new-users - --format json < answer.sql" -- bash -c "\"$PREPL\" check ctr-by-format-new-users - --format json < answer.sql"
expect_match "$WORK/out" '"status":"accepted"' "json verdict"
mkdir -p answers && cp answer.sql answers/ctr-by-format-new-users.sql
expect_code 0 "prepl check --all answers/ --format junit" -- prepl check --all answers/ --format junit
expect_match "$WORK/out" '<testsuite' "junit output"

# --- Solve ---
expect_code 0 "prepl solve --list" -- prepl solve --list
expect_code 0 "prepl solve welch_ttest mean1=5.1 sd1=2.3 n1=400 mean2=5.4 sd2=2.9 n2=380" -- prepl solve welch_ttest mean1=5.1 sd1=2.3 n1=400 mean2=5.4 sd2=2.9 n2=380
expect_code 0 "prepl solve two_proportion_ztest --input '{\"x1\":200,\"n1\":10000,\"x2\":250,\"n2\":10000}' --format json" -- prepl solve two_proportion_ztest --input '{"x1":200,"n1":10000,"x2":250,"n2":10000}' --format json

# --- Validate and author ---
expect_code 0 "prepl new case my-case --bank mybank" -- prepl new case my-case --bank mybank
expect_code 1 "prepl validate --bank mybank" -- prepl validate --bank mybank   # the skeleton's TODOs are findings
expect_match "$WORK/out" 'TODO' "validate names what is left to finish"
printf '## approach\nCompare the arms.\n' > answer.md
expect_ran "prepl test-grader my-case answer.md --bank mybank" -- prepl test-grader my-case answer.md --bank mybank
expect_code 0 "prepl list --kind sql --tag retention" -- prepl list --kind sql --tag retention
expect_match "$WORK/out" 'retention' "retention problems are listed"
expect_code 0 "prepl show open-rate-by-channel" -- prepl show open-rate-by-channel

finish
