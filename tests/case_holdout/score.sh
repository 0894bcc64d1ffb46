#!/bin/sh
# Grade the held-out case answers with `prepl check` and print agreement with the expert:
# per-problem and pooled Spearman, and every keyword-list / negated / wrong-direction /
# bad-practice answer that scores at or above a strong answer of its question.
#
#   tests/case_holdout/score.sh                 # the held-out set (this folder)
#   tests/case_holdout/score.sh problems        # the bank's own examples (the development set)
#   tests/case_holdout/score.sh tests/case_holdout2   # the second held-out set (six more questions)
#   tests/case_holdout/score.sh tests/case_holdout3   # the third held-out set (six more questions)
#   PREPL=path/to/prepl tests/case_holdout/score.sh
#
# A measurement, not a test: it never fails on a low figure (exit 0 unless prepl errors).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
prepl=${PREPL:-$root/build/src/prepl}
bank=${1:-$here}
[ -x "$prepl" ] || { echo "score.sh: no prepl at $prepl (build first, or set PREPL)" >&2; exit 2; }
if [ $# -gt 0 ]; then shift; fi
exec python3 "$here/score.py" "$prepl" "$bank" "$@"
