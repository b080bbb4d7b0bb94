#!/usr/bin/env bash
# Fails when cpdjournal-cli has a command, subcommand or option that its man page does not
# mention. Usage: check-manpage.sh CLI MANPAGE
set -euo pipefail
cli=$1 man=$2
# The man page's text: troff escapes (\- \fB \fR \fI \(em) taken out.
text=$(sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' -e 's/\\(em/-/g' "$man")
missing=0
declare -A said=()
check() { # what, where-from
  if [ -z "${said[$1]:-}" ] && ! grep -qF -- "$1" <<<"$text"; then
    said[$1]=1
    echo "cpdjournal-cli.1 does not mention \"$1\" ($2)" >&2
    missing=1
  fi
}
# Synopsis lines: two spaces then a lower-case word, in the Commands section of --help.
mapfile -t synopses < <("$cli" --help | sed -n '/^Commands:/,/^$/p' | grep -E '^  [a-z]')
[ ${#synopses[@]} -gt 0 ] || { echo "no commands found in $cli --help" >&2; exit 1; }
for line in "${synopses[@]}"; do
  read -r -a words <<<"$line"
  cmd=${words[0]}
  name=$cmd
  if [[ ${#words[@]} -gt 1 && ${words[1]} =~ ^[a-z][a-z-]*$ ]]; then name="$cmd ${words[1]}"; fi
  check "$name" "command"
  # Its own help lists every form of it, with options.
  own=$("$cli" "$cmd" ${words[1]:+$([[ ${words[1]} =~ ^[a-z][a-z-]*$ ]] && echo "${words[1]}")} --help 2>/dev/null || true)
  for opt in $(grep -oE -- '--[a-z][a-z-]*' <<<"$line"$'\n'"$own" | sort -u); do
    check "$opt" "option of $name"
  done
done
for opt in $("$cli" --help | sed -n '/^Global options:/,/^$/p' | grep -oE -- '--[a-z][a-z-]*' | sort -u); do
  check "$opt" "global option"
done
[ $missing -eq 0 ] && echo "cpdjournal-cli.1 mentions all ${#synopses[@]} command forms and their options"
exit $missing
