# Shared helpers for end-to-end tests: sourced, not run. Each test gets PREPL and ROOT.
set -u
PREPL=$1
ROOT=$2
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export XDG_DATA_HOME="$WORK/data" XDG_STATE_HOME="$WORK/state" NO_COLOR=1
failures=0
passes=0

# expect_code WANT DESCRIPTION -- command...
expect_code() {
  local want=$1 what=$2
  shift 3
  "$@" >"$WORK/out" 2>"$WORK/err"
  local got=$?
  if [ "$got" -ne "$want" ]; then
    echo "FAIL: $what: exit $got, expected $want"; sed 's/^/  out: /' "$WORK/out" | head -20; sed 's/^/  err: /' "$WORK/err" | head -20
    failures=$((failures + 1))
  else
    passes=$((passes + 1))
  fi
}

# expect_match FILE REGEX DESCRIPTION
expect_match() {
  if grep -Eq -- "$2" "$1"; then passes=$((passes + 1)); else
    echo "FAIL: $3: /$2/ not found in:"; sed 's/^/  | /' "$1" | head -30
    failures=$((failures + 1))
  fi
}

expect_no_match() {
  if grep -Eq -- "$2" "$1"; then
    echo "FAIL: $3: /$2/ found in:"; sed 's/^/  | /' "$1" | head -30
    failures=$((failures + 1))
  else passes=$((passes + 1)); fi
}

finish() {
  echo "$passes passed, $failures failed"
  [ "$failures" -eq 0 ]
}
