#!/usr/bin/env bash
# ctest bank/mutants (issue 12): every SQL problem of the bundled bank proves its hidden data with
# `prepl validate --mutants`. The ids come from tests/bank_mutants_ids.txt, which must name exactly
# the bank's SQL problems: a new problem left out of the list (or a list entry whose problem is gone)
# fails here, with the ids to add or remove, instead of escaping the check silently.
# Usage: bank_mutants.sh PREPL SOURCE_DIR
set -u
prepl=$1
src=$2
ids_file=$src/tests/bank_mutants_ids.txt
bank=$src/problems
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT

listed=$(grep -E '^[a-z0-9]' "$ids_file" | sort)
in_bank=$("$prepl" list --kind sql --bank "$bank" --data-dir "$data" --color never | grep '|' | tail -n +2 | cut -d'|' -f1 | sort)
if [ -z "$in_bank" ]; then
  echo "bank_mutants: \`prepl list --kind sql --bank $bank\` listed no SQL problem" >&2
  exit 1
fi
missing=$(comm -13 <(echo "$listed") <(echo "$in_bank"))
stale=$(comm -23 <(echo "$listed") <(echo "$in_bank"))
if [ -n "$missing" ] || [ -n "$stale" ]; then
  [ -n "$missing" ] && printf 'SQL problems missing from %s (add them once `prepl validate --mutants ID` shows 100%%):\n%s\n' "$ids_file" "$missing" >&2
  [ -n "$stale" ] && printf 'ids in %s that are not SQL problems of the bank (remove them):\n%s\n' "$ids_file" "$stale" >&2
  exit 1
fi
echo "bank_mutants: $(echo "$listed" | wc -l) ids = the bank's SQL problems"
# shellcheck disable=SC2086  # one argument per id
"$prepl" validate --mutants --bank "$bank" --data-dir "$data" $listed
