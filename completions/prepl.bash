# bash completion for prepl: subcommands, their flags, problem ids and solver names.
# Installed to share/bash-completion/completions/prepl; or `source completions/prepl.bash`.

_prepl_ids() {
    # Problem ids of the bank in use (honours --bank on the command line).
    local bank=() i
    for ((i = 1; i < ${#COMP_WORDS[@]} - 1; i++)); do
        [[ ${COMP_WORDS[i]} == --bank ]] && bank=(--bank "${COMP_WORDS[i + 1]}")
    done
    "${COMP_WORDS[0]}" "${bank[@]}" list --format json 2>/dev/null |
        sed -n 's/^    "id": "\([^"]*\)".*/\1/p'
}

_prepl_solvers() {
    "${COMP_WORDS[0]}" solve --list --format json 2>/dev/null |
        sed -n 's/^    "name": "\([^"]*\)".*/\1/p'
}

_prepl() {
    local cur prev sub="" i
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD - 1]}
    local commands="check validate list show solve progress export reset review mock new test-grader repl mutants"
    local global="--bank --data-dir --color -V --version -h --help"
    for ((i = 1; i < COMP_CWORD; i++)); do
        case ${COMP_WORDS[i]} in
            --bank | --data-dir | --color) ((i++)) ;;
            -*) ;;
            *) sub=${COMP_WORDS[i]}; break ;;
        esac
    done

    case $prev in
        --bank | --data-dir | --all) COMPREPLY=($(compgen -d -- "$cur")); return ;;
        --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
        --format)
            case $sub in
                check | validate) COMPREPLY=($(compgen -W "text json junit" -- "$cur")) ;;
                mock) COMPREPLY=($(compgen -W "text json markdown" -- "$cur")) ;;
                *) COMPREPLY=($(compgen -W "text json" -- "$cur")) ;;
            esac
            return ;;
        --kind) COMPREPLY=($(compgen -W "sql numeric stats case" -- "$cur")); return ;;
        --difficulty) COMPREPLY=($(compgen -W "easy medium hard" -- "$cur")); return ;;
        --report) COMPREPLY=($(compgen -W "LAST" -- "$cur")); return ;;
    esac

    if [[ -z $sub ]]; then
        COMPREPLY=($(compgen -W "$commands $global" -- "$cur"))
        return
    fi

    local flags=""
    case $sub in
        check) flags="--all --format --reveal --full --seed --threads" ;;
        validate) flags="--format --mutants --write-hidden --fuzz --seed --threads --reveal" ;;
        mutants) flags="--format --fuzz --seed" ;;
        list) flags="--kind --tag --tags --company --difficulty --format" ;;
        show) flags="--format --seed" ;;
        solve) flags="--input --format --list --help" ;;
        progress) flags="--format --ascii" ;;
        reset) flags="--all --yes" ;;
        review) flags="--list" ;;
        mock) flags="--minutes --mix --tag --company --seed --allow-hints --resume --report --format --packet" ;;
        new) flags="--bank" ;;
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$flags $global" -- "$cur"))
        return
    fi
    case $sub in
        check)
            # first word an id, the second an answer file
            local words=0
            for ((i = i + 1; i < COMP_CWORD; i++)); do [[ ${COMP_WORDS[i]} != -* ]] && ((words++)); done
            if ((words == 0)); then COMPREPLY=($(compgen -W "$(_prepl_ids)" -- "$cur"))
            else COMPREPLY=($(compgen -f -- "$cur")); fi ;;
        show | reset | repl | validate | test-grader | mutants) COMPREPLY=($(compgen -W "$(_prepl_ids)" -- "$cur")) ;;
        solve) COMPREPLY=($(compgen -W "$(_prepl_solvers)" -- "$cur")) ;;
        new) COMPREPLY=($(compgen -W "sql numeric case" -- "$cur")) ;;
    esac
}

complete -F _prepl prepl
