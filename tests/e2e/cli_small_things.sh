#!/usr/bin/env bash
# End-to-end: the small CLI conventions a user expects (issue 14, "Small things").
# Usage: cli_small_things.sh PREPL_BINARY SOURCE_DIR
source "$(dirname "$0")/../support/e2e_lib.sh"

expect_code 0 "-V prints the version" -- "$PREPL" -V
expect_match "$WORK/out" '^prepl [0-9]+\.[0-9]+\.[0-9]+$' "-V output"

expect_code 0 "solve --help" -- "$PREPL" solve --help
expect_match "$WORK/out" '^  --input JSON\|-' "solve --help lists --input"
expect_match "$WORK/out" '^  --list' "solve --help lists --list"
expect_match "$WORK/out" '^Examples:' "solve --help has examples"
expect_match "$WORK/out" '--data-dir' "solve --help lists the global options"

# Every example in `solve --help` must run as printed.
grep -E '^  (echo .*\| )?prepl solve [a-z_]+ ' "$WORK/out" | grep -v -- '--help' | sed 's/^  //' > "$WORK/examples"
[ -s "$WORK/examples" ] && passes=$((passes + 1)) || { echo "FAIL: no runnable example in solve --help"; failures=$((failures + 1)); }
while read -r example; do
  expect_code 0 "solve --help example: $example" -- bash -c "prepl() { \"$PREPL\" \"\$@\"; }; $example"
done < "$WORK/examples"

for sub in check validate list show progress mock review; do
  expect_code 0 "$sub --help" -- "$PREPL" "$sub" --help
  expect_match "$WORK/out" '--bank DIR' "$sub --help lists the global --bank"
  expect_match "$WORK/out" '--data-dir DIR' "$sub --help lists the global --data-dir"
done

expect_code 2 "reset of an unknown id" -- "$PREPL" --data-dir "$WORK/d" reset nope-nope --yes
expect_match "$WORK/err" 'no problem with id "nope-nope"' "reset names the unknown id"
expect_code 2 "reset of a misspelt id" -- "$PREPL" --data-dir "$WORK/d" reset ctr-by-fromat --yes
expect_match "$WORK/err" 'did you mean ctr-by-format-new-users' "reset suggests the close id"

expect_code 2 "check --all with extra arguments" -- "$PREPL" check --all "$WORK" extra args
expect_match "$WORK/err" 'takes no problem id or answer file' "check --all extra args is a usage error"

expect_code 2 "check without arguments" -- "$PREPL" check
example_id=$(sed -nE 's/.*e\.g\. prepl check ([a-z0-9-]+) .*/\1/p' "$WORK/err")
expect_code 0 "the id in check's usage example exists ($example_id)" -- "$PREPL" show "$example_id"

expect_code 2 "show of a misspelt id" -- "$PREPL" show ctr-by-fromat
expect_match "$WORK/err" 'did you mean ctr-by-format-new-users' "show suggests the close id"

finish
