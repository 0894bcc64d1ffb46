# validate --mutants on a bank with deliberately weak hidden data: survivors reported with a
# minimized database, --write-hidden adds the rows, and then every non-equivalent mutant dies.
source "$(dirname "$0")/../support/e2e_lib.sh"
BANK="$WORK/bank"
mkdir -p "$BANK/sql" "$BANK/datasets"
schema='CREATE TABLE people(id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER NOT NULL);'
echo "$schema INSERT INTO people VALUES (1,'Ann',10),(2,'Bob',30),(3,'Cy',50);" >"$BANK/datasets/people.sql"
echo "$schema INSERT INTO people VALUES (1,'Di',12),(2,'Ed',20);" >"$BANK/datasets/people_hidden.sql"
cat >"$BANK/sql/adults.json" <<'JSON'
{
  "id": "adults",
  "kind": "sql",
  "title": "Adults",
  "prompt": "Names of people aged 18 or more.",
  "dataset": "people",
  "hidden_datasets": [
    "people_hidden"
  ],
  "solution": "SELECT name FROM people WHERE age >= 18 ORDER BY name;",
  "wrong_answers": [
    "SELECT name FROM people WHERE age > 20;"
  ]
}
JSON

expect_code 1 "survivors fail validate --mutants" -- "$PREPL" validate --bank "$BANK" --mutants
expect_match "$WORK/out" 'SURVIVES line 1: `>=` → `>` \[comparison\]' "names the surviving mutation"
expect_match "$WORK/out" "INSERT INTO people \(id, name, age\) VALUES \([0-9-]+, '[A-Za-z]+', 18\);" "a minimized database as INSERTs"
expect_match "$WORK/out" "mutation score: [0-9]+/[0-9]+ non-equivalent mutants killed" "bank score"
expect_no_match "$WORK/out" "SURVIVES .*ORDER BY" "equivalent mutants are not reported"

expect_code 1 "json report" -- "$PREPL" validate --bank "$BANK" --mutants --format json
expect_match "$WORK/out" '"survived": [1-9]' "survivor count in JSON"
expect_match "$WORK/out" '"distinguishing_rows": "INSERT INTO people' "rows in JSON"

expect_code 1 "--write-hidden writes the rows" -- "$PREPL" validate --bank "$BANK" --mutants --write-hidden
expect_match "$WORK/out" "wrote .*adults_mut1.sql" "names the new dataset"
expect_match "$BANK/sql/adults.json" '"name": "adults_mut1"' "listed in the problem file"
expect_match "$BANK/sql/adults.json" '"purpose": "a value exactly on a comparison boundary"' "with a purpose"
expect_match "$BANK/datasets/adults_mut1.sql" "^-- Purpose: " "the file says why it exists"

expect_code 0 "after --write-hidden every non-equivalent mutant dies" -- "$PREPL" validate --bank "$BANK" --mutants
expect_match "$WORK/out" "adults: ([0-9]+)/\1 killed \(100.0%\)" "100% for the problem"

# An answer failing only on the new hidden data is told what that data was built for, not its rows.
echo "SELECT name FROM people WHERE age > 18;" >"$WORK/answer.sql"
expect_code 1 "the boundary answer is rejected" -- "$PREPL" check adults "$WORK/answer.sql" --bank "$BANK"
expect_match "$WORK/out" "one built for a value exactly on a comparison boundary" "purpose shown"
expect_no_match "$WORK/out" "Missing rows" "rows stay hidden"

expect_code 0 "mutants ID lists every mutant" -- "$PREPL" mutants adults --bank "$BANK"
expect_match "$WORK/out" "killed +line 1: .* by (sample|people_hidden|adults_mut1)" "each mutant with the dataset that kills it"
expect_match "$WORK/out" 'equivalent +line 1: ORDER BY `name` → `name DESC`' "the equivalent mutant is listed by mutants ID only"
expect_code 2 "mutants of an unknown id" -- "$PREPL" mutants nope --bank "$BANK"
finish
