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
finish
