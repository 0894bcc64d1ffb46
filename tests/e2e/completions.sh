#!/usr/bin/env bash
# End-to-end: the bash completion script completes subcommands, flags, problem ids and solvers.
# Usage: completions.sh PREPL_BINARY SOURCE_DIR
source "$(dirname "$0")/../support/e2e_lib.sh"

# complete WORDS...: runs the completion function as bash would for the last word, prints COMPREPLY.
complete_words() {
  bash -c '
    source "$1/completions/prepl.bash"
    shift
    COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    _prepl
    printf "%s\n" "${COMPREPLY[@]}"' _ "$ROOT" "$PREPL" "$@" >"$WORK/out" 2>"$WORK/err"
}

complete_words "ch"
expect_match "$WORK/out" '^check$' "subcommand completion"
complete_words check ctr-by-format
expect_match "$WORK/out" '^ctr-by-format-new-users$' "problem id completion for check"
complete_words show at-least
expect_match "$WORK/out" '^at-least-one-six$' "problem id completion for show"
complete_words solve welch
expect_match "$WORK/out" '^welch_ttest$' "solver name completion"
expect_no_match "$WORK/out" '^mean1$' "solver inputs are not offered as solvers"
complete_words list --difficulty h
expect_match "$WORK/out" '^hard$' "difficulty values"
complete_words mock --res
expect_match "$WORK/out" '^--resume$' "mock flags"
complete_words --bank "$ROOT/problems" show at-least
expect_match "$WORK/out" '^at-least-one-six$' "ids from the --bank on the command line"

if command -v zsh >/dev/null; then
  expect_code 0 "zsh completion parses" -- zsh -n "$ROOT/completions/_prepl"
fi
finish
