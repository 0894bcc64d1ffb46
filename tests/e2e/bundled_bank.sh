# The bundled bank validates, and every reference solution is accepted by `check --all`.
source "$(dirname "$0")/../support/e2e_lib.sh"
expect_code 0 "prepl validate on the bundled bank" -- "$PREPL" validate
expect_match "$WORK/out" "all valid" "validate summary"
# prepl finds its bank from any working directory.
expect_code 0 "list from another directory" -- sh -c "cd / && \"$PREPL\" list --kind sql --format json"
n=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$WORK/out")
if [ "$n" -ge 40 ]; then passes=$((passes+1)); else echo "FAIL: expected >= 40 SQL problems, got $n"; failures=$((failures+1)); fi
# README's example: tags match by prefix in any case, and the bank spells each tag one way.
expect_code 0 "list --tag window" -- "$PREPL" list --kind sql --tag Window
expect_match "$WORK/out" "window-function" "prefix match finds window-function problems"
expect_no_match "$WORK/out" "window-functions" "one spelling of the tag"
expect_code 0 "list --tags" -- "$PREPL" list --tags
expect_match "$WORK/out" "^window-function\|[0-9]+\|" "the tag table counts problems per tag"
expect_code 0 "stats is numeric" -- "$PREPL" list --kind stats --difficulty HARD
expect_match "$WORK/out" "\|numeric\|hard\|" "stats lists numeric problems"
expect_code 2 "a bad kind lists the choices" -- "$PREPL" list --kind stat
expect_match "$WORK/err" "choose sql, numeric \(or stats\) or case" "the choices"
mkdir -p "$WORK/answers"
python3 - "$ROOT/problems" "$WORK/answers" <<'PY'
import json, glob, os, sys
for f in glob.glob(os.path.join(sys.argv[1], '**', '*.json'), recursive=True):
    if f.endswith('schema.json'): continue
    p = json.load(open(f))
    if p.get('kind') == 'sql':
        open(os.path.join(sys.argv[2], p['id'] + '.sql'), 'w').write(p['solution'])
PY
expect_code 0 "every reference solution passes check --all" -- "$PREPL" check --all "$WORK/answers"
# Case answers are picked up too (JSON: text parts by id, choices as 0-based indices).
printf '{"diagnose": "a novelty effect: compare new users with existing users, effect by week", "primacy": 1, "decide": "report the steady state effect; run longer"}' \
  >"$WORK/answers/novelty-primacy-effects.json"
expect_code 0 "a case answer in the folder" -- "$PREPL" check --all "$WORK/answers" --format json
expect_match "$WORK/out" '"id":"novelty-primacy-effects"' "the case answer was graded"
# A file whose extension is not its problem's kind is skipped, not graded as a wrong answer.
cp "$WORK/answers/above-department-average.sql" "$WORK/answers/above-department-average.txt"
expect_code 0 "wrong-kind file skipped" -- "$PREPL" check --all "$WORK/answers"
expect_match "$WORK/err" "skipped above-department-average.txt" "names the skipped file"

# A bank folder without graders/lib still grades case problems (the bundled rubric.lua).
mkdir -p "$WORK/casebank"
cp "$ROOT/problems/case/novelty-primacy-effects.json" "$WORK/casebank/"
expect_code 0 "case problem in a bank without graders/lib" -- "$PREPL" check --bank "$WORK/casebank" novelty-primacy-effects "$WORK/answers/novelty-primacy-effects.json"
finish
