#!/usr/bin/env bash
# A newcomer's first hour, end to end, from a fresh clone of this repository (CI runs it from .ci/run):
#   1. the README's set-up and main job: npm ci, then npm run synth:example (build + synthesize the examples)
#   2. npm pack the CLI; install the tarball into an empty git repository (no workspace around it)
#   3. npx cc-synthesize --help / install --merge-driver; a Claude Code session through the installed
#      hooks (SessionStart JSON, record, SessionEnd JSON) and the permission rule it relies on
#   4. a merge in a fresh clone of that repository: its first SessionStart sets up the merge driver,
#      the merge never stops on current.md, the post-merge hook regenerates it with the committed copy
# Prints a transcript; exits non-zero on the first step that fails. npm runs with --prefer-offline
# (the packages come from the local npm cache that `npm ci` just filled; the tarball has no dependencies).
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/ledger-synth-walk.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export GIT_AUTHOR_NAME=walkthrough GIT_AUTHOR_EMAIL=walk@example.invalid GIT_COMMITTER_NAME=walkthrough GIT_COMMITTER_EMAIL=walk@example.invalid
export GIT_CONFIG_NOSYSTEM=1 NO_COLOR=1 npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
unset LEDGER_SYNTH_AGENT LEDGER_SYNTH_SESSION CLAUDE_PROJECT_DIR CLAUDE_ENV_FILE || true

step() { printf '\n## %s\n' "$*"; }
# Show a command, run it, indent its output; the script stops if it fails.
run() {
  printf '$ %s\n' "$*"
  local out status=0
  out=$("$@" 2>&1) || status=$?
  [ -n "$out" ] && printf '%s\n' "$out" | sed 's/^/    /'
  if [ "$status" -ne 0 ]; then printf 'FAILED (exit %s): %s\n' "$status" "$*"; exit 1; fi
}
# Show a command that must fail with exit code $1 (usage errors and the like), and its output.
run_expecting() {
  local want=$1; shift
  printf '$ %s
' "$*"
  local out status=0
  out=$("$@" 2>&1) || status=$?
  [ -n "$out" ] && printf '%s
' "$out" | sed 's/^/    /'
  if [ "$status" -ne "$want" ]; then printf 'FAILED (exit %s, expected %s): %s
' "$status" "$want" "$*"; exit 1; fi
  printf '    (exit %s, as expected)
' "$status"
}
# Run a Claude Code hook command from .claude/settings.json as Claude Code does: sh -c, JSON on stdin.
hook() { # hook <project> <SessionStart|SessionEnd> <json>
  local project=$1 event=$2 json=$3 command
  command=$(node -e 'const s=require(process.argv[1]); console.log(s.hooks[process.argv[2]].at(-1).hooks[0].command)' "$project/.claude/settings.json" "$event")
  printf '$ echo %s | %s\n' "'$json'" "$command"
  local out
  out=$(cd "$project" && printf '%s' "$json" | CLAUDE_PROJECT_DIR="$project" CLAUDE_ENV_FILE="$WORK/claude-env" sh -c "$command" 2>&1) || { echo "FAILED: $event hook"; exit 1; }
  [ -n "$out" ] && printf '%s\n' "$out" | node -e '
    let t = ""; process.stdin.on("data", (d) => (t += d)).on("end", () => {
      try { const o = JSON.parse(t); console.log("    systemMessage: " + o.systemMessage);
        const c = (o.hookSpecificOutput?.additionalContext ?? "").split("\n");
        console.log(c.slice(0, 12).map((l) => "    | " + l).join("\n") + (c.length > 12 ? "\n    | …" : "")); }
      catch { console.log(t.replace(/^/gm, "    ")); } });'
  return 0
}
expect() { # expect <description> <command…>: a check that must hold
  local what=$1; shift
  if "$@" >/dev/null 2>&1; then printf 'ok: %s\n' "$what"; else printf 'NOT OK: %s\n' "$what"; exit 1; fi
}

step "1. Fresh clone, the README's two commands (set-up, main job)"
run git clone --quiet "$REPO" "$WORK/ledger-synth"
cd "$WORK/ledger-synth"
run npm ci --prefer-offline --no-audit --no-fund --loglevel=error
run node scripts/build.mjs --check
run npm run --silent synth:example
expect "examples/current.md regenerated from examples/events" grep -q 'event_count:' examples/current.md

step "2. Pack the CLI and install the tarball into an empty repository"
cd packages/cli
TARBALL="$WORK/$(npm pack --silent --pack-destination "$WORK" 2>/dev/null | tail -1)"
printf '$ npm pack  →  %s (%s bytes)\n' "$(basename "$TARBALL")" "$(wc -c < "$TARBALL" | tr -d ' ')"
run tar tzf "$TARBALL"
PROJECT="$WORK/project"
mkdir "$PROJECT" && cd "$PROJECT"
run git init --quiet --initial-branch=main
printf '{ "name": "project", "private": true }\n' > package.json
run npm install --prefer-offline --no-audit --no-fund --loglevel=error "$TARBALL"
run npx --no-install cc-synthesize --version
printf '$ npx cc-synthesize --help | head -4\n'; npx --no-install cc-synthesize --help | head -4 | sed 's/^/    /'
run_expecting 2 npx --no-install cc-synthesize --dryrun
run_expecting 2 npx --no-install cc-synthesize   # no events directory yet: never an empty ledger by accident

step "3. install, then a session through the installed hooks"
printf 'node_modules/\n' > .gitignore
run npx --no-install cc-synthesize install --merge-driver
expect "settings allow the record command" grep -q 'Bash(node .claude/hooks/ledger-synth/cc-synthesize.mjs record:\*)' .claude/settings.json
run git add -A
run git commit --quiet -m "ledger-synth: hooks, skill, merge driver"
: > "$WORK/claude-env"
hook "$PROJECT" SessionStart '{"session_id":"walk0001-0000-4000-8000-000000000001","cwd":"'"$PROJECT"'","hook_event_name":"SessionStart","source":"startup"}'
# The model records with exactly the command the context names (the permission rule's prefix).
run sh -c ". '$WORK/claude-env' && node .claude/hooks/ledger-synth/cc-synthesize.mjs record --now 'Walk through the install' --done 'Installed from the tarball'"
hook "$PROJECT" SessionEnd '{"session_id":"walk0001-0000-4000-8000-000000000001","cwd":"'"$PROJECT"'","hook_event_name":"SessionEnd","reason":"other"}'
run ls thoughts/shared/handoffs/events
run npx --no-install cc-synthesize --no-confirm --commit
run npx --no-install cc-synthesize --check

step "4. A merge in a fresh clone (no npm install, no per-clone config)"
CLONE="$WORK/clone"
run git clone --quiet "$PROJECT" "$CLONE"
cd "$CLONE"
expect "the clone starts without the merge driver config" sh -c '! git config --local --get merge.ledger-synth.driver'
: > "$WORK/claude-env"
hook "$CLONE" SessionStart '{"session_id":"walk0002-0000-4000-8000-000000000002","cwd":"'"$CLONE"'","hook_event_name":"SessionStart","source":"startup"}'
run git config --local --get merge.ledger-synth.driver
CLI="node .claude/hooks/ledger-synth/cc-synthesize.mjs"
run git checkout --quiet -b feat
run $CLI record --publish --agent feat-agent --now 'Feature work' --done 'Built the feature'
run $CLI --no-confirm --commit
run git checkout --quiet main
run $CLI record --publish --agent main-agent --done 'Fixed a bug on main'
run $CLI --no-confirm --commit
run git merge --no-edit feat
expect "the merge did not stop (no conflicts)" sh -c '[ -z "$(git diff --name-only --diff-filter=U)" ]'
run git status --short
run $CLI --no-confirm --commit
run $CLI --check
expect "current.md holds both sides" sh -c "grep -q 'Built the feature' thoughts/shared/handoffs/current.md && grep -q 'Fixed a bug on main' thoughts/shared/handoffs/current.md"

step "Done: the walk-through passed"
