#!/usr/bin/env bash
# End-to-end: a numeric problem through `show --seed`, `check --seed --format json` and the REPL.
# Usage: numeric_cli.sh PREPL_BINARY SOURCE_DIR
set -u
prepl=$1
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
bank=$(mktemp -d)
trap 'rm -rf "$bank"' EXIT
mkdir -p "$bank/stats"
# Fixed numbers, so the reference is known by hand (python3 math): pooled p = 0.0225,
# z = 0.005 / sqrt(0.0225 * 0.9775 * 2/10000) = 2.383995, two-sided p = erfc(z/sqrt 2) = 0.0171258.
cat > "$bank/stats/button-ctr.json" <<'JSON'
{"id": "button-ctr", "kind": "numeric", "title": "Button CTR", "prompt": "{x1} of {n1} vs {x2} of {n2}; rate {r}.",
 "params": {"n1": 10000, "x1": 200, "n2": 10000, "x2": 250, "r": {"uniform": [0, 1], "round": 3}},
 "answers": [
   {"name": "z", "solver": "two_proportion_ztest", "field": "z", "args": {"x1": "x1", "n1": "n1", "x2": "x2", "n2": "n2"}, "tolerance": {"relative": 0.01}},
   {"name": "p_value", "solver": "two_proportion_ztest", "field": "p_value", "args": {"x1": "x1", "n1": "n1", "x2": "x2", "n2": "n2"}, "tolerance": 0.002}],
 "mistakes": [{"answer": "p_value", "expr": "p_value / 2", "message": "one-sided?"}]}
JSON

out=$("$prepl" --bank "$bank" show button-ctr --seed 3); code=$?
[ $code -eq 0 ] || fail "show exit $code"
echo "$out" | grep -q '^200 of 10000 vs 250 of 10000; rate 0\.[0-9]*\.$' || fail "show substitutes params: $out"
echo "$out" | grep -q '^seed: 3$' || fail "show prints the seed: $out"
[ "$("$prepl" --bank "$bank" show button-ctr --seed 3)" = "$out" ] || fail "same seed, same prompt"

printf 'z = 2.384\np_value = 1.71%%\n' > "$bank/right.txt"
out=$("$prepl" --bank "$bank" check button-ctr "$bank/right.txt" --seed 3 --format json); code=$?
[ $code -eq 0 ] || fail "right answer exit $code: $out"
echo "$out" | grep -q '"seed":3' || fail "json has the seed: $out"
echo "$out" | grep -q '"status":"accepted"' || fail "accepted: $out"

printf '2.384, 0.00856\n' > "$bank/half.txt"
out=$("$prepl" --bank "$bank" check button-ctr "$bank/half.txt" --format json); code=$?
[ $code -eq 1 ] || fail "one-sided answer exit $code"
echo "$out" | grep -q '"mistake":"one-sided?"' || fail "mistake matched: $out"
echo "$out" | grep -q '"score":1' || fail "partial score: $out"
echo "$out" | grep -q '"expected":0.017' && fail "a wrong part's reference is hidden without --reveal: $out"
"$prepl" --bank "$bank" check button-ctr "$bank/half.txt" --format json --reveal | grep -q '"expected":0.017' || fail "--reveal shows it"

out=$(printf 'open button-ctr 3\nz = 2.384\np_value = 0.0171\nanswer\nsubmit\nquit\n' | "$prepl" --bank "$bank" repl 2>&1)
echo "$out" | grep -q 'seed: 3' || fail "repl shows the seed: $out"
echo "$out" | grep -q 'accepted' || fail "repl accepts the right answer: $out"

# After a rejected submit, typing a part again replaces it.
out=$(printf 'open button-ctr 3\nz = 2.384\np_value = 0.5\nsubmit\np_value = 0.0171\nanswer\nsubmit\nquit\n' | "$prepl" --bank "$bank" repl 2>&1)
[ "$(echo "$out" | grep -c '^p_value = 0.0171$')" -eq 1 ] || fail "answer shows the replaced line: $out"
echo "$out" | grep -q '^p_value = 0.5$' && fail "the old line is gone: $out"
echo "$out" | grep -q 'accepted' || fail "a corrected line replaces the wrong part: $out"

"$prepl" --bank "$bank" validate >/dev/null || fail "validate passes on a sound problem"

[ $failures -eq 0 ] && echo "numeric_cli: all passed"
exit $((failures > 0))
