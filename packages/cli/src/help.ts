import { VERSION } from './version.js';

export const HELP = `cc-synthesize ${VERSION} — synthesize per-session ledger events into one current.md

Usage:
  cc-synthesize [options]              preview, confirm (on a terminal), then write current.md
  cc-synthesize --check                exit 1 if current.md is stale or missing (CI); writes nothing
  cc-synthesize resolve                regenerate a conflicted current.md and git add it (merge, rebase, …)
  cc-synthesize merge-driver install   never stop a merge/rebase on current.md (per clone; see --help there)
  cc-synthesize install [--dry-run]    add the Claude Code session hooks and skill to this repository
  cc-synthesize uninstall              remove exactly what install added (events are never touched)
  cc-synthesize record --done "…"      record ledger entries for this session (see record --help)
  cc-synthesize ids reserve SEC 3      collision-free ids: reserve, init, allocate, rebuild, verify
                                       (see ids --help)
  cc-synthesize status [--preview]     other machines' work on remote branches; the ledger once
                                       every branch lands, with decision conflicts (status --help)

Options:
  --no-confirm          do not ask before writing (automation, hooks, merge queues)
  --input GLOB          read events matching GLOB (relative to the working directory)
                        instead of the configured events directory
  --output PATH         write the ledger to PATH instead of the configured output
  --dry-run             show what would be written; write nothing
  --json                print the result as JSON on stdout, without asking (with --dry-run: the preview)
  --strict              fail (exit 1) if any event file is malformed, instead of skipping it
  --check               compare current.md with a fresh synthesis; exit 0 fresh, 1 stale
  --full                print the complete ledger (no window_* bounds) on stdout; write nothing
  --archive             then move events older than the retention into archive/YYYY-MM-DD/
                        (their own date); archived events stay in the fold: the state is unchanged
  --retention-days N    with --archive: keep N days in events/ (default: retention_days, 7)
  --commit              then commit exactly the ledger paths (output, events, archive), never
                        your other staged or unstaged changes; refused mid-merge/rebase or outside git
  -h, --help            show this help
  -v, --version         print the version

Configuration: .ledger-synth.yaml at the repository root (events_dir, output, archive_dir,
retention_days, context_budget, lock_timeout_ms, lock_stale_ms, max_event_bytes, agent, ids).
SOURCE_DATE_EPOCH, when set, fixes generated_at for reproducible output.

Exit codes: 0 ok · 1 stale, failed or malformed (--strict) · 2 usage or configuration error
`;
