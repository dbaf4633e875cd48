import { VERSION } from './version.js';

/** An option as the parser sees it, plus what --help says about it. */
export interface DocumentedOption {
  readonly type: 'boolean' | 'string';
  readonly short?: string;
  readonly multiple?: boolean;
  /** The value's name in help (`--input GLOB`). */
  readonly arg?: string;
  /** One or more lines of help; omitted options are accepted but not listed. */
  readonly help?: string;
}

/** The "Options:" block, rendered from the same definitions the parser uses (they cannot drift). */
export function renderOptions(options: Readonly<Record<string, DocumentedOption>>, width = 22): string {
  const lines: string[] = [];
  for (const [name, option] of Object.entries(options)) {
    if (option.help === undefined) continue;
    const flag = `${option.short ? `-${option.short}, ` : ''}--${name}${option.arg ? ` ${option.arg}` : ''}`;
    const [first = '', ...more] = option.help.split('\n');
    lines.push(`  ${flag.padEnd(width)}${flag.length >= width ? ' ' : ''}${first}`.trimEnd());
    for (const line of more) lines.push(`  ${' '.repeat(width)}${line}`);
  }
  return lines.join('\n');
}

export const SYNOPSIS = `cc-synthesize ${VERSION} — synthesize per-session ledger events into one current.md

Usage:
  cc-synthesize [options]              preview, confirm (on a terminal), then write current.md
  cc-synthesize --check                exit 1 if current.md is stale or missing (CI); writes nothing
  cc-synthesize resolve                regenerate a conflicted current.md and git add it (merge, rebase, …)
  cc-synthesize merge-driver install   never stop a merge/rebase on current.md (per clone; see --help there)
  cc-synthesize install [--dry-run]    add the Claude Code session hooks, skill and permission rule
  cc-synthesize uninstall              remove exactly what install added (events are never touched)
  cc-synthesize record --done "…"      record ledger entries for this session (see record --help)
  cc-synthesize ids reserve SEC 3      collision-free ids: reserve, init, allocate, rebuild, verify
                                       (see ids --help)
  cc-synthesize status [--preview]     other machines' work on remote branches; the ledger once
                                       every branch lands, with decision conflicts (status --help)
  Each command has its own --help.`;

export const FOOTER = `Configuration: .ledger-synth.yaml at the repository root (events_dir, output, archive_dir,
retention_days, context_budget, lock_timeout_ms, lock_stale_ms, max_event_bytes, agent, ids).
SOURCE_DATE_EPOCH, when set, fixes generated_at for reproducible output. Colour only on a
terminal; NO_COLOR turns it off, FORCE_COLOR on.

Exit codes: 0 ok · 1 stale, failed or malformed (--strict) · 2 usage or configuration error ·
130 interrupted (Ctrl+C at a prompt)
`;
