#!/usr/bin/env bash
# End-to-end: docs/man/prepl.1 describes every subcommand and every long option the binary has,
# so the manual cannot fall behind the CLI.
# Usage: man_page.sh PREPL_BINARY SOURCE_DIR
source "$(dirname "$0")/../support/e2e_lib.sh"
page="$ROOT/docs/man/prepl.1"
# The page's text with roff's escaped hyphens made plain.
sed 's/\\-/-/g' "$page" > "$WORK/page"

"$PREPL" --help > "$WORK/help"
subs=$(sed -n '/^Subcommands:/,$p' "$WORK/help" | awk 'NR > 1 && NF { print $1 }')
[ -n "$subs" ] && passes=$((passes + 1)) || { echo "FAIL: no subcommands in prepl --help"; failures=$((failures + 1)); }
for sub in $subs; do
  expect_match "$WORK/page" "^\\.SS \"prepl $sub( |\")" "man page section for prepl $sub"
  "$PREPL" "$sub" --help 2>/dev/null | sed -n '/^Options:/,/^Global options/p' |
    grep -oE '(^|[ ,])--[a-z][a-z-]+' | sed 's/^[ ,]*//' | sort -u > "$WORK/opts"
  while read -r opt; do
    [ "$opt" = "--help" ] && continue
    expect_match "$WORK/page" "(^|[^a-z-])${opt}([^a-z-]|$)" "man page describes prepl $sub $opt"
  done < "$WORK/opts"
done
"$PREPL" --help | grep -oE -- '--[a-z][a-z-]+' | sort -u | while read -r opt; do
  grep -Eq -- "$opt" "$WORK/page" || echo "MISSING-GLOBAL $opt"
done > "$WORK/missing"
expect_no_match "$WORK/missing" 'MISSING' "man page describes every global option"

if command -v man >/dev/null; then
  MANWIDTH=80 man --warnings -l "$page" > "$WORK/rendered" 2> "$WORK/warn"
  expect_match "$WORK/rendered" 'EXIT STATUS' "man renders the page"
  expect_no_match "$WORK/warn" 'warning' "groff renders the page without warnings"
fi
finish
