# A stranger's bank (issue 9 item 1): its setup SQL runs in the sandbox, so `show` and
# `validate` refuse an ATTACH with a message naming the problem file and touch no file.
source "$(dirname "$0")/../support/e2e_lib.sh"
BANK="$WORK/bank"
mkdir -p "$BANK/sql"
VICTIM="$WORK/victim.db"
CREATED="$WORK/created.db"
# A database on the user's disk that the setup tries to empty (made by the sqlite3 shell when
# installed; without it only the "no file created" checks run).
if command -v sqlite3 >/dev/null; then
  sqlite3 "$VICTIM" "CREATE TABLE t(y); INSERT INTO t VALUES (1), (2);"
  BEFORE=$(sha256sum "$VICTIM")
fi
cat >"$BANK/sql/evil.json" <<JSON
{"id": "evil", "kind": "sql", "title": "Evil", "prompt": "Count the rows.", "tags": ["sql"],
 "target_minutes": 5,
 "setup": "CREATE TABLE t(a); INSERT INTO t VALUES (1); ATTACH '$VICTIM' AS v; DELETE FROM v.t; ATTACH '$CREATED' AS c; CREATE TABLE c.x(y);",
 "solution": "SELECT count(*) AS n FROM t;", "hints": ["count"], "explanation": "Count."}
JSON

expect_code 0 "show prints the problem without its tables" -- "$PREPL" show evil --bank "$BANK"
expect_match "$WORK/out" "sql/evil.json \(setup\)': the setup SQL failed: ATTACH is not allowed" "names the problem file and ATTACH"
[ -e "$CREATED" ] && { echo "FAIL: show created $CREATED"; failures=$((failures+1)); } || passes=$((passes+1))

expect_code 1 "validate flags the setup" -- "$PREPL" validate --bank "$BANK"
expect_match "$WORK/out" "evil.json.*ATTACH is not allowed" "validate names the file"
[ -e "$CREATED" ] && { echo "FAIL: validate created $CREATED"; failures=$((failures+1)); } || passes=$((passes+1))
if [ -n "${BEFORE:-}" ]; then
  [ "$(sha256sum "$VICTIM")" = "$BEFORE" ] && passes=$((passes+1)) || { echo "FAIL: $VICTIM changed"; failures=$((failures+1)); }
fi

# Issue 9 item 6: escapes from an answer (a column name), a bank (title, prompt) and a grader
# (feedback) reach the terminal as visible \xNN, never as raw ESC or BEL.
mkdir -p "$BANK/graders"
ESC=$(printf '\033')
BEL=$(printf '\007')
cat >"$BANK/sql/loud.json" <<JSON
{"id": "loud", "kind": "sql", "title": "Loud \u001b]0;PWN\u0007 title", "prompt": "Count\u001b[2J the rows.",
 "tags": ["sql"], "target_minutes": 5, "setup": "CREATE TABLE t(a); INSERT INTO t VALUES (1);",
 "solution": "SELECT count(*) AS n FROM t;", "grader": "graders/loud.lua", "hints": ["count"], "explanation": "Count."}
JSON
cat >"$BANK/graders/loud.lua" <<'LUA'
return function(answer, ctx) return {score = 0, max = 1, feedback = {"bad \27]0;PWN\7 news"}} end
LUA
printf 'SELECT count(*) AS "s\033]0;PWN\007" FROM t;\n' >"$WORK/loud.sql"
"$PREPL" check --bank "$BANK" loud "$WORK/loud.sql" >"$WORK/out" 2>&1
"$PREPL" show --bank "$BANK" loud >>"$WORK/out" 2>&1
expect_match "$WORK/out" 'unexpected s\\x1B\]0;PWN\\x07' "the column name is shown escaped"
expect_match "$WORK/out" 'Loud \\x1B\]0;PWN\\x07 title' "the title is shown escaped"
expect_match "$WORK/out" 'Count\\x1B\[2J the rows' "the prompt is shown escaped"
if grep -q "[$ESC$BEL]" "$WORK/out"; then echo "FAIL: a raw ESC or BEL reached stdout:"; cat -v "$WORK/out"; failures=$((failures+1)); else passes=$((passes+1)); fi
printf 'SELECT count(*) AS n FROM t;\n' >"$WORK/loud-right.sql"
"$PREPL" check --bank "$BANK" loud "$WORK/loud-right.sql" >"$WORK/out" 2>&1
expect_match "$WORK/out" 'bad \\x1B\]0;PWN\\x07 news' "grader feedback is shown escaped"
if grep -q "[$ESC$BEL]" "$WORK/out"; then echo "FAIL: a raw ESC or BEL reached stdout:"; cat -v "$WORK/out"; failures=$((failures+1)); else passes=$((passes+1)); fi
# The same in the shell: an error message quoting the column name, and the verdict.
printf 'open loud\nSELECT `x\033]0;PWN\007` FROM t;\nSELECT count(*) AS "s\033]0;PWN\007" FROM t;\nsubmit\nquit\n' >"$WORK/loud-session.txt"
"$PREPL" --bank "$BANK" repl <"$WORK/loud-session.txt" >"$WORK/out" 2>&1
expect_match "$WORK/out" 'no such column: x\\x1B\]0;PWN\\x07' "the shell's error message is escaped"
if grep -q "[$ESC$BEL]" "$WORK/out"; then echo "FAIL: a raw ESC or BEL reached the shell's stdout:"; cat -v "$WORK/out"; failures=$((failures+1)); else passes=$((passes+1)); fi
rm -rf "$BANK/graders" "$BANK/sql/loud.json"

# Issue 9 item 5: JSON nested 70,000 deep, as a case answer, a problem file and solve --input.
awk 'BEGIN { printf "{\"a\": "; for (i = 0; i < 70000; i++) printf "["; for (i = 0; i < 70000; i++) printf "]"; print "}" }' >"$WORK/deep.json"
expect_code 1 "a deep case answer is rejected, not a crash" -- "$PREPL" check chart-critique-misleading-dashboard "$WORK/deep.json"
expect_match "$WORK/out" "nested more than 256 levels deep" "says why"
cp "$WORK/deep.json" "$BANK/sql/deep.json"
expect_code 1 "validate reports a deep problem file" -- "$PREPL" validate --bank "$BANK"
expect_match "$WORK/out" "deep.json.*not valid JSON: nested more than 256 levels deep" "names the file"
expect_code 2 "a deep solve --input is a usage error" -- "$PREPL" solve two_proportion_ztest --input - <"$WORK/deep.json"
expect_match "$WORK/err" "nested more than 256 levels deep" "says why"
[ "$(wc -c <"$WORK/err")" -lt 2000 ] && passes=$((passes+1)) || { echo "FAIL: solve echoes the input"; failures=$((failures+1)); }
finish
