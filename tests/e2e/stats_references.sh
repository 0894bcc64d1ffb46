#!/usr/bin/env bash
# End-to-end: the bundled bank's new statistics problems give the references computed
# independently (python3 math/fractions from the numbers their prompts show at --seed 1), and
# the prompt shows the numbers of the draw that grading uses ("require" redraws).
# Usage: stats_references.sh PREPL_BINARY SOURCE_DIR
set -u
prepl=$1
bank=$2/problems
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# references ID EXPECTED...: the reference of each answer, in answer order, at seed 1, to 9
# significant digits.
references() {
    local id=$1; shift
    local names
    names=$(python3 -c "import json,sys;print('\n'.join(a['name']+' = 0' for a in json.load(open(sys.argv[1]))['answers']))" "$bank/stats/$id.json")
    local got
    got=$(echo "$names" | "$prepl" --bank "$bank" check "$id" /dev/stdin --seed 1 --reveal --format json |
          python3 -c "import json,sys;print(' '.join('%.9g' % p['expected'] for p in json.load(sys.stdin)['parts']))")
    [ "$got" = "$*" ] || fail "$id seed 1: references $got, expected $*"
}

# Prompt at seed 1: win probability 0.52, start 9, target 20. r = 0.48/0.52:
# (1 - r^9) / (1 - r^20) = 0.643179666, fair 9/20.
references gamblers-ruin-biased-coin 0.643179666 0.45
"$prepl" --bank "$bank" show gamblers-ruin-biased-coin --seed 1 | grep -q 'starts with \$9 .* probability 0.52 .* reach \$20' ||
    fail "gambler's ruin prompt at seed 1 changed"
# Churn times with status 0,0,0,1,1,0,1,1: at risk 7, 6, 4, 3 at the churns:
# (6/7)(5/6)(3/4)(2/3) = 0.357142857.
references kaplan-meier-churn 0.357142857
"$prepl" --bank "$bank" show kaplan-meier-churn --seed 1 | grep -q '^| 8 | 17 | 1 |$' || fail "Kaplan-Meier table at seed 1 changed"
# 278/10397 vs 480/15759: lift, delta-method se, lift -/+ 1.96 se.
references relative-lift-ci-delta-method 0.139136663 0.0846403703 -0.0267584625 0.305031789
# 6 defective, 6 good, 4 picked: C(6,2)C(6,2)/C(12,4) = 225/495; 1 - C(6,4)/C(12,4) = 480/495.
references hypergeometric-urn-draws 0.454545455 0.96969697
# Intervals (94,138,119) (98,138,92) (86,115,124) (84,110,88) (98,133,94) (88,110,102):
# 3 of 6 covered; Winkler (44 + 100 + 119 + 26 + 75 + 22) / 6 = 386/6 (width + 10 x miss).
references winkler-score-prediction-intervals 0.5 64.3333333
"$prepl" --bank "$bank" show winkler-score-prediction-intervals --seed 1 | grep -q '^| 3 | 86 | 115 | 124 |$' || fail "Winkler table at seed 1 changed"

[ $failures -eq 0 ] && echo "stats_references: all passed"
exit $failures
