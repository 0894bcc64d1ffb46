#!/usr/bin/env bash
# End-to-end: `prepl solve` exit codes, text and JSON output, errors naming the key.
# Usage: solve_cli.sh PREPL_BINARY SOURCE_DIR
set -u
prepl=$1
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
expect_code() {  # expected actual what
    [ "$1" = "$2" ] || fail "$3: exit code $2, expected $1"
}

# Pooled two-proportion z-test, 200/10000 vs 250/10000. By hand (python3 math):
# p = 0.0225, SE = sqrt(0.0225 * 0.9775 * 2/10000), z = 0.005 / SE = 2.383995132840505,
# p-value = erfc(z / sqrt(2)) = 0.017125828872195.
out=$("$prepl" solve two_proportion_ztest x1=200 n1=10000 x2=250 n2=10000 --format json); code=$?
expect_code 0 $code "two_proportion_ztest json"
echo "$out" | grep -Eq '"z":2\.38399513284050[0-9]*' || fail "z in JSON: $out"
echo "$out" | grep -Eq '"p_value":0\.0171258288721[0-9]*' || fail "p_value in JSON: $out"
[ "$(echo "$out" | wc -l)" -eq 1 ] || fail "JSON output is one object on one line: $out"

out=$("$prepl" solve two_proportion_ztest x1=200 n1=10000 x2=250 n2=10000); code=$?
expect_code 0 $code "text output"
echo "$out" | grep -Eq '^z +2\.3839951' || fail "text output names z: $out"

out=$(echo '{"x1": 200, "n1": 10000, "x2": 250, "n2": 10000}' | "$prepl" solve two_proportion_ztest --input - --format json); code=$?
expect_code 0 $code "--input -"
echo "$out" | grep -q '"z":2.38399' || fail "--input - gives z: $out"

err=$("$prepl" solve two_proportion_ztest x1=200 n1=-3 x2=250 n2=10000 2>&1 >/dev/null); code=$?
expect_code 2 $code "negative n1"
echo "$err" | grep -q 'n1' || fail "the error names n1: $err"

err=$("$prepl" solve two_proportion_ztest x1=200 n1=abc x2=250 n2=10000 2>&1 >/dev/null); code=$?
expect_code 2 $code "non-number"
echo "$err" | grep -q 'n1' || fail "the error names n1: $err"

err=$("$prepl" solve two_proportion_ztest x1=200 n1=10000 x2=250 2>&1 >/dev/null); code=$?
expect_code 2 $code "missing input"
echo "$err" | grep -q 'n2' || fail "the error names the missing n2: $err"

err=$("$prepl" solve ztest x=1 2>&1 >/dev/null); code=$?
expect_code 2 $code "unknown solver"
echo "$err" | grep -q 'did you mean.*two_proportion_ztest' || fail "close names for ztest: $err"

err=$("$prepl" solve welch_ttest 2>&1); code=$?
expect_code 2 $code "no inputs"
echo "$err" | grep -q 'mean1' || fail "usage lists the inputs: $err"

out=$("$prepl" solve welch_ttest --help); code=$?
expect_code 0 $code "--help"
echo "$out" | grep -q 'outputs: t, df, p_value' || fail "--help lists outputs: $out"

out=$("$prepl" solve --list); code=$?
expect_code 0 $code "--list"
echo "$out" | grep -q '^welch_ttest' || fail "--list has welch_ttest"
echo "$out" | grep -q 'outputs: z, p_value' || fail "--list shows outputs"

# A list input: the textbook set 2,4,4,4,5,5,7,9 has mean 5 and median 4.5.
out=$("$prepl" solve describe values=2,4,4,4,5,5,7,9 --format json); code=$?
expect_code 0 $code "list input"
echo "$out" | grep -q '"mean":5.0' || fail "mean of the list: $out"
echo "$out" | grep -q '"median":4.5' || fail "median of the list: $out"

"$prepl" solve two_proportion_ztest --input '{"x1": 200,' >/dev/null 2>&1; expect_code 2 $? "bad JSON"

[ $failures -eq 0 ] && echo "solve_cli: all passed"
exit $((failures > 0))
