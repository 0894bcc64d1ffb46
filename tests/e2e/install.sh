#!/usr/bin/env bash
# End-to-end: `cmake --install` into a temporary prefix gives a prepl that finds its bank, grades
# with the installed graders, and ships its man page and completions; the .deb holds the same.
# Usage: install.sh PREPL_BINARY SOURCE_DIR
source "$(dirname "$0")/../support/e2e_lib.sh"
build=$(cd "$(dirname "$PREPL")/.." && pwd)
prefix="$WORK/prefix"

expect_code 0 "cmake --install into a temporary prefix" -- cmake --install "$build" --prefix "$prefix"
installed="$prefix/bin/prepl"
cd "$WORK"   # nowhere near the source tree

expect_code 0 "the installed prepl lists its bank" -- env -u PREPL_BANK "$installed" list
expect_match "$WORK/out" '^ctr-by-format-new-users\|sql' "the bundled SQL problems are listed"
expect_match "$WORK/out" '\|case\|' "the bundled case problems are listed"
count=$(grep -c '|' "$WORK/out")
[ "$count" -gt 100 ] && passes=$((passes + 1)) || { echo "FAIL: only $count lines listed"; failures=$((failures + 1)); }

# A case problem graded by the installed graders/lib (rubric.lua): its model answer is accepted.
case_id=$(grep -m1 '|case|' "$WORK/out" | cut -d'|' -f1)
"$installed" show "$case_id" --format json | python3 -c '
import json, sys
p = json.load(sys.stdin)
print(json.dumps(p.get("model_answer", {})))' > "$WORK/answer.json" 2>/dev/null
if [ -s "$WORK/answer.json" ] && [ "$(cat "$WORK/answer.json")" != "{}" ]; then
  expect_code 0 "the installed prepl grades a case answer" -- "$installed" check "$case_id" "$WORK/answer.json"
fi
[ -f "$prefix/share/man/man1/prepl.1" ] && passes=$((passes + 1)) || { echo "FAIL: no man page installed"; failures=$((failures + 1)); }
[ -f "$prefix/share/bash-completion/completions/prepl" ] && passes=$((passes + 1)) || { echo "FAIL: no bash completion installed"; failures=$((failures + 1)); }
[ -f "$prefix/share/zsh/vendor-completions/_prepl" ] && passes=$((passes + 1)) || { echo "FAIL: no zsh completion installed"; failures=$((failures + 1)); }

if command -v dpkg-deb >/dev/null && command -v dpkg-shlibdeps >/dev/null; then
  expect_code 0 "cpack builds the .deb" -- cpack --config "$build/CPackConfig.cmake" -B "$WORK/pkg"
  deb=$(ls "$WORK"/pkg/prepl_*.deb 2>/dev/null | head -1)
  dpkg-deb -c "$deb" > "$WORK/contents" 2>&1
  expect_match "$WORK/contents" '\./usr/bin/prepl$' ".deb installs /usr/bin/prepl"
  expect_match "$WORK/contents" '\./usr/share/prepl/problems/schema\.json$' ".deb carries the bank"
  expect_match "$WORK/contents" '\./usr/share/prepl/graders/lib/rubric\.lua$' ".deb carries the grader library"
  expect_match "$WORK/contents" '\./usr/share/man/man1/prepl\.1' ".deb carries the man page"
  dpkg-deb -I "$deb" > "$WORK/info" 2>&1
  expect_match "$WORK/info" 'Depends:.*libsqlite3-0.*' ".deb depends on the runtime libraries"
fi
finish
