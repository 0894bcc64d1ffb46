# `check --all` and `validate --mutants` give the same results on 1 and 2 threads: the pools
# share the dataset cache (grade/fixtures), SQLite's capped allocator (sql/sqlite_memory) and,
# in validate, the bank's own checks run as one more job of the pool.
source "$(dirname "$0")/../support/e2e_lib.sh"
BANK="$ROOT/problems"
refs="$WORK/refs" wrongs="$WORK/wrongs"
mkdir -p "$refs" "$wrongs"
python3 - "$BANK" "$refs" "$wrongs" <<'PY'
import glob, json, os, sys
bank, refs, wrongs = sys.argv[1:]
for f in glob.glob(os.path.join(bank, 'sql', '*.json')):
    p = json.load(open(f))
    open(os.path.join(refs, p['id'] + '.sql'), 'w').write(p['solution'])
    if p.get('wrong_answers'):
        open(os.path.join(wrongs, p['id'] + '.sql'), 'w').write(p['wrong_answers'][0])
PY

for dir in "$refs" "$wrongs"; do
  "$PREPL" check --all "$dir" --format json --threads 1 >"$WORK/one.json" 2>&1
  "$PREPL" check --all "$dir" --format json --threads 2 >"$WORK/two.json" 2>&1
  expect_match "$WORK/one.json" '"total":[1-9][0-9]' "check --all graded the answers in $(basename "$dir")"
  if cmp -s "$WORK/one.json" "$WORK/two.json"; then passes=$((passes + 1)); else
    echo "FAIL: check --all over $(basename "$dir"): 1 and 2 threads differ"; diff "$WORK/one.json" "$WORK/two.json" | head -20
    failures=$((failures + 1))
  fi
done
# The wrong answers are rejected (a sanity check that the comparison above compares verdicts).
expect_match "$WORK/two.json" '"rejected":[1-9][0-9]' "wrong answers rejected"

# A dozen quick problems with equivalent mutants, one that writes tables (a fresh sandbox per
# run) among them. Timings are the only thing allowed to differ.
ids=(rebook-within-5-minutes-after-cancel friend-recommendations-mutual-friends purchase-within-7-days-by-device
     complete-dairy-basket-in-one-order top-3-customers-per-month-tiebreak deliveries-per-local-day
     top-category-avg-time-spent eta-error-by-city session-count-per-user session-bounce-rate
     customers-covering-each-category scd2-close-and-insert-customer-versions)
strip='del(.mutants.seconds) | del(.mutants.problems[].seconds)'
"$PREPL" validate --mutants --format json --threads 1 "${ids[@]}" 2>&1 | jq -S "$strip" >"$WORK/one.json"
"$PREPL" validate --mutants --format json --threads 2 "${ids[@]}" 2>&1 | jq -S "$strip" >"$WORK/two.json"
expect_match "$WORK/one.json" '"equivalent": [1-9][0-9]' "mutants were fuzzed (some are equivalent)"
expect_match "$WORK/one.json" '"problems_checked": 12' "every problem validated"
if cmp -s "$WORK/one.json" "$WORK/two.json"; then passes=$((passes + 1)); else
  echo "FAIL: validate --mutants: 1 and 2 threads differ"; diff "$WORK/one.json" "$WORK/two.json" | head -20
  failures=$((failures + 1))
fi
finish
