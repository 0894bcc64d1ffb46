# prepl check: exit codes, JSON shape, hidden-data messages, --all.
source "$(dirname "$0")/../support/e2e_lib.sh"

BANK="$WORK/bank"
mkdir -p "$BANK/datasets" "$BANK/sql"
cat >"$BANK/datasets/people.sql" <<'SQL'
CREATE TABLE people(id INTEGER, name TEXT, team TEXT);
INSERT INTO people VALUES (1,'Ann','red'),(2,'Bob','red'),(3,'Cy','blue');
SQL
cat >"$BANK/datasets/people_hidden.sql" <<'SQL'
CREATE TABLE people(id INTEGER, name TEXT, team TEXT);
INSERT INTO people VALUES (1,'Ann','red'),(2,'Bob',NULL),(3,'Cy','blue'),(4,'Di','blue');
SQL
cat >"$BANK/sql/team-sizes.json" <<'JSON'
{"id": "team-sizes", "kind": "sql", "title": "Team sizes", "prompt": "team and n for each team.",
 "dataset": "people", "hidden_datasets": ["people_hidden"],
 "solution": "SELECT team, COUNT(*) AS n FROM people GROUP BY team;"}
JSON
echo '{"id": "broken", "kind": ' >"$BANK/sql/broken.json"

echo "SELECT team, COUNT(*) AS n FROM people GROUP BY team;" >"$WORK/right.sql"
echo "SELECT team, COUNT(*) AS N FROM people GROUP BY 1 ORDER BY 2 DESC;" >"$WORK/right2.sql"
echo "SELECT team, 2 AS n FROM people GROUP BY team;" >"$WORK/wrong.sql"
echo "SELECT 'red' AS team, 2 AS n UNION ALL SELECT 'blue', 1;" >"$WORK/lucky.sql"
echo "SELEC team FROM people;" >"$WORK/syntax.sql"

expect_code 0 "right answer accepted" -- "$PREPL" check --bank "$BANK" team-sizes "$WORK/right.sql"
expect_match "$WORK/out" "accepted" "text verdict says accepted"
expect_code 0 "column case and order free" -- "$PREPL" check --bank "$BANK" team-sizes "$WORK/right2.sql"
expect_code 1 "wrong answer rejected" -- "$PREPL" check --bank "$BANK" team-sizes "$WORK/wrong.sql"
expect_match "$WORK/out" "rules: rows in any order" "rules shown with the verdict"
expect_code 1 "hard-coded answer caught by hidden data" -- "$PREPL" check --bank "$BANK" team-sizes "$WORK/lucky.sql" --format json
expect_match "$WORK/out" '"status":"rejected"' "json status"
expect_match "$WORK/out" 'right rows on the sample data but not on another dataset' "hidden message"
expect_match "$WORK/out" '"rows_hidden":true' "hidden rows not shown"
expect_no_match "$WORK/out" 'Di' "hidden data not leaked"
# An error only the hidden data triggers must not quote hidden values (json_extract echoes its path).
echo "SELECT team, COUNT(*) AS n FROM people WHERE json_extract('{}', (SELECT name FROM people WHERE id = 4)) IS NULL GROUP BY team;" >"$WORK/leak.sql"
expect_code 1 "error on hidden data only" -- "$PREPL" check --bank "$BANK" team-sizes "$WORK/leak.sql" --format json
expect_match "$WORK/out" 'fails on another dataset' "says the hidden data failed"
expect_no_match "$WORK/out" 'Di' "the hidden value is not quoted"
expect_code 1 "syntax error is a rejection" -- "$PREPL" check --bank "$BANK" team-sizes "$WORK/syntax.sql" --format json
expect_match "$WORK/out" 'near' "sqlite message quoted"
expect_code 0 "answer from stdin" -- sh -c "\"$PREPL\" check --bank \"$BANK\" team-sizes - < \"$WORK/right.sql\""
expect_code 2 "unknown id" -- "$PREPL" check --bank "$BANK" team-size "$WORK/right.sql"
expect_match "$WORK/err" 'did you mean team-sizes' "did you mean"
expect_code 2 "unreadable answer file" -- "$PREPL" check --bank "$BANK" team-sizes "$WORK/nope.sql"
expect_match "$WORK/err" 'nope.sql' "names the file"
expect_code 2 "missing arguments" -- "$PREPL" check --bank "$BANK" team-sizes
expect_code 2 "bad format" -- "$PREPL" check --bank "$BANK" team-sizes "$WORK/right.sql" --format yaml
expect_code 2 "missing bank" -- "$PREPL" check --bank "$WORK/nobank" team-sizes "$WORK/right.sql"

python_json_ok() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert set(["id","status","message","rules","diff"]) <= set(d), d' "$1"; }
"$PREPL" check --bank "$BANK" team-sizes "$WORK/wrong.sql" --format json >"$WORK/v.json"
if python_json_ok "$WORK/v.json"; then passes=$((passes+1)); else echo "FAIL: json keys"; failures=$((failures+1)); fi

mkdir -p "$WORK/answers"
cp "$WORK/right.sql" "$WORK/answers/team-sizes.sql"
expect_code 0 "check --all with right answers" -- "$PREPL" check --bank "$BANK" --all "$WORK/answers"
expect_match "$WORK/out" '1 answers: 1 accepted, 0 rejected' "summary line"
cp "$WORK/wrong.sql" "$WORK/answers/team-sizes.sql"
expect_code 1 "check --all with a wrong answer" -- "$PREPL" check --bank "$BANK" --all "$WORK/answers" --format junit
expect_match "$WORK/out" '<failure' "junit failure"

# A file of several statements: the verdict says which one it is about.
printf 'CREATE TEMP TABLE t AS SELECT 1 AS x;\nSELECT team, COUNT(*) AS n\n  FROM people GROUP BY team;\nUPDATE t SET x = 2;\n' >"$WORK/several.sql"
expect_code 0 "several statements" -- "$PREPL" check --bank "$BANK" team-sizes "$WORK/several.sql"
expect_match "$WORK/out" 'Graded the result of statement 2 of 3 \(line 2: SELECT team, COUNT\(\*\) AS n \.\.\.\)' "names the graded statement"

expect_code 1 "validate reports the broken file" -- "$PREPL" validate --bank "$BANK"
expect_match "$WORK/out" 'broken.json: line' "names file and line"
finish
