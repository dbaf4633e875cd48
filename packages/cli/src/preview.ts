import { relative } from 'node:path';
import {
  agentRows,
  displayName,
  escapeControls,
  compareCodePoints,
  compareStamps,
  latestStamp,
  type Resolution,
  type Stamp,
} from '@ledger-synth/core';
import type { Synthesis } from '@ledger-synth/node';

/** The facts shown before confirming (and serialized by --json). */
export interface Preview {
  readonly output: string;
  readonly status: Synthesis['status'];
  readonly files: number;
  readonly events: number;
  readonly agents: { agent: string; events: number; branches: string[]; last: string }[];
  readonly branches: { branch: string; events: number }[];
  readonly range: { from: string; to: string } | null;
  readonly digest: string;
  readonly skipped: { file: string; reason: string }[];
  /** Forgiven slips in kept events (duplicate keys, text lost to ` #`). */
  /** Every warning with --json; otherwise the first MAX_WARNING_LINES (the counts are whole). */
  readonly warnings: { file: string; line: number; message: string }[];
  readonly warningCount: number;
  readonly warningFiles: number;
  readonly resolved: {
    section: Resolution['section'];
    key: string | null;
    winner: Competing;
    losers: Competing[];
  }[];
}

interface Competing {
  value: string;
  agent: string;
  ts: string;
  file: string;
}

export function buildPreview(synthesis: Synthesis, root: string): Preview {
  const { state } = synthesis;
  const branchCounts = new Map<string, number>();
  let earliest: Stamp | undefined;
  for (const summary of state.events.values()) {
    const branch = summary.branch ?? '(no branch)';
    branchCounts.set(branch, (branchCounts.get(branch) ?? 0) + 1);
    // The full stamp order, not whole milliseconds: equal-ms events must not depend on read order.
    if (!earliest || compareStamps(summary.stamp, earliest) < 0) earliest = summary.stamp;
  }
  const latest = latestStamp(state);
  const competing = (c: { value: string; stamp: Stamp }): Competing => ({
    value: c.value,
    agent: c.stamp.agent,
    ts: c.stamp.instant.iso,
    file: c.stamp.file,
  });
  return {
    output: relative(root, synthesis.output) || synthesis.output,
    status: synthesis.status,
    files: synthesis.files.length,
    events: state.events.size,
    agents: agentRows(state).map((row) => ({
      agent: row.agent,
      events: row.events,
      branches: [...row.branches],
      last: row.last.instant.iso,
    })),
    branches: [...branchCounts.entries()]
      .sort(([a], [b]) => compareCodePoints(a, b))
      .map(([branch, events]) => ({ branch, events })),
    range: earliest && latest ? { from: earliest.instant.iso, to: latest.instant.iso } : null,
    digest: synthesis.digest,
    skipped: synthesis.issues.map((issue) => ({ file: issue.file, reason: issue.reason })),
    warnings: synthesis.warnings.map((w) => ({ file: w.file, line: w.line, message: w.message })),
    warningCount: synthesis.warningCount,
    warningFiles: synthesis.warningFiles,
    resolved: synthesis.resolutions.map((r) => ({
      section: r.section,
      key: r.key ?? null,
      winner: competing(r.winner),
      losers: r.losers.map(competing),
    })),
  };
}

const MAX_LIST = 8;

export function formatPreview(preview: Preview): string[] {
  const lines: string[] = [];
  lines.push(
    `${plural(preview.events, 'event')} from ${plural(preview.agents.length, 'agent')} on ${preview.branches.length} branch${preview.branches.length === 1 ? '' : 'es'}`,
  );
  lines.push(`  output:   ${preview.output} (${describeStatus(preview.status)})`);
  if (preview.range) lines.push(`  time:     ${preview.range.from} → ${preview.range.to}`);
  if (preview.agents.length > 0) lines.push(`  agents:   ${capped(preview.agents.map((a) => `${displayName(a.agent)} (${a.events})`))}`);
  if (preview.branches.length > 0) lines.push(`  branches: ${capped(preview.branches.map((b) => `${displayName(b.branch)} (${b.events})`))}`);
  if (preview.resolved.length > 0) {
    lines.push('Resolved by last-writer-wins (latest timestamp, then agent, then file name):');
    for (const r of preview.resolved.slice(0, MAX_LIST)) {
      const label = r.section === 'now' ? 'now' : `decision ${displayName(r.key ?? '')}`;
      lines.push(`  ${label}: ${quote(r.winner.value)} (${displayName(r.winner.agent)}, ${r.winner.ts})`);
      for (const loser of r.losers) lines.push(`    over ${quote(loser.value)} (${displayName(loser.agent)}, ${loser.ts})`);
    }
    if (preview.resolved.length > MAX_LIST) lines.push(`  … and ${preview.resolved.length - MAX_LIST} more`);
  }
  return lines;
}

export function formatSkipped(preview: {
  readonly skipped: readonly { file: string; reason: string }[];
  readonly warnings?: readonly { file: string; line: number; message: string }[] | undefined;
  /** Whole counts when `warnings` holds only the first few. */
  readonly warningCount?: number | undefined;
  readonly warningFiles?: number | undefined;
}): string[] {
  const lines: string[] = [];
  if (preview.skipped.length > 0) lines.push(`Skipped ${plural(preview.skipped.length, 'malformed event file')}:`);
  for (const issue of preview.skipped) lines.push(`  ${displayName(issue.file)}: ${issue.reason}`);
  // Forgiven, loudly: the event is kept, and the line says how to fix the file. A corpus of
  // hand-written notes can hold tens of thousands (one per `#123` left unquoted): the first few
  // show the fix, a count says the rest, and --json lists every one.
  const warnings = preview.warnings ?? [];
  for (const w of warnings.slice(0, MAX_WARNING_LINES)) lines.push(`${displayName(w.file)}:${w.line}: warning: ${w.message.replace(/\s*\n\s*/g, ' ')}`);
  const count = preview.warningCount ?? warnings.length;
  if (count > MAX_WARNING_LINES) {
    const files = preview.warningFiles ?? new Set(warnings.map((w) => w.file)).size;
    lines.push(`… and ${plural(count - MAX_WARNING_LINES, 'more warning')} (${plural(files, 'file')} in all; \`--json\` lists every one, \`--strict\` fails on them)`);
  }
  return lines;
}

/** Warning lines printed before the rest are counted (see formatSkipped). */
export const MAX_WARNING_LINES = 20;

/** `1 event`, `2 events`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function describeStatus(status: Preview['status']): string {
  if (status === 'fresh') return 'up to date';
  if (status === 'missing') return 'will be created';
  return 'will be updated';
}

function capped(items: string[]): string {
  if (items.length <= MAX_LIST) return items.join(', ');
  return `${items.slice(0, MAX_LIST).join(', ')}, … (+${items.length - MAX_LIST})`;
}

function quote(value: string): string {
  const oneLine = value.replace(/\s+/g, ' ').trim();
  return escapeControls(JSON.stringify(oneLine.length > 70 ? `${oneLine.slice(0, 69)}…` : oneLine));
}
