import { displayName, eventKey, type LedgerEvent, type LedgerFooter, type LedgerState } from '@ledger-synth/core';

/**
 * Which events a committed `current.md` does not reflect, worked out from the file alone: `--check`
 * runs in shallow CI clones with no history to diff against. An event is reported when any of
 * these holds (each is impossible for an event the file was rendered from):
 * - it is newer than the footer's `latest_ts`, or than its agent's "Last event" in the Agents table;
 * - its agent has no row in the Agents table, and the file says no agent was left out of it;
 * - one of its open questions, still open, is missing.
 * Done items and checkpoint history are not checked: current.md shows them within a window (an
 * older item is absent from a fresh file too).
 * Agents whose recorded event count is short by more than the events found this way get a count line.
 */
export function unreflectedEvents(events: readonly LedgerEvent[], state: LedgerState, previous: string, footer: LedgerFooter | undefined): LedgerEvent[] {
  const agents = recordedAgents(previous);
  const agentsLeftOut = hasAgentsLeftOut(previous);
  const sections = listSections(previous);
  const latest = footer?.latestTs === undefined ? Number.NEGATIVE_INFINITY : Date.parse(footer.latestTs);
  const seen = new Set<string>();
  const out: LedgerEvent[] = [];
  for (const event of events) {
    const key = eventKey(event);
    if (seen.has(key)) continue;
    seen.add(key);
    const row = agents.get(cell(event.agent));
    const missing =
      event.ts.epochMs > latest ||
      (row === undefined ? !agentsLeftOut : event.ts.epochMs > row.lastMs) ||
      event.openQuestions.some((q) => !state.resolvedQuestions.has(q) && !sections.get('Open questions')?.has(bullet(q)));
    if (missing) out.push(event);
  }
  return out.sort((a, b) => a.ts.epochMs - b.ts.epochMs || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/**
 * Lines for `--check`: events newer than the recorded `latest_ts`, then older events the file still
 * misses (typically merged in from another branch), then agents whose counts disagree.
 */
export function describeUnreflected(events: readonly LedgerEvent[], state: LedgerState, previous: string, footer: LedgerFooter | undefined, limit = 10): string[] {
  const missing = unreflectedEvents(events, state, previous, footer);
  const latest = footer?.latestTs === undefined ? Number.NEGATIVE_INFINITY : Date.parse(footer.latestTs);
  const newer = missing.filter((event) => event.ts.epochMs > latest);
  const older = missing.filter((event) => event.ts.epochMs <= latest);
  const lines: string[] = [];
  const list = (group: LedgerEvent[]) => {
    for (const event of group.slice(0, limit)) lines.push(`  + ${displayName(event.file)} (${displayName(event.agent)}, ${event.ts.iso})`);
    if (group.length > limit) lines.push(`  … and ${group.length - limit} more`);
  };
  if (newer.length > 0) {
    lines.push(`${newer.length} event(s) newer than the recorded latest_ts ${footer?.latestTs ?? '(none)'}:`);
    list(newer);
  }
  if (older.length > 0) {
    lines.push(`${older.length} older event(s) not reflected (e.g. merged from another branch):`);
    list(older);
  }
  const recorded = recordedAgents(previous);
  const agentsLeftOut = hasAgentsLeftOut(previous);
  const fresh = new Map<string, number>();
  for (const summary of state.events.values()) fresh.set(summary.stamp.agent, (fresh.get(summary.stamp.agent) ?? 0) + 1);
  for (const [agent, count] of [...fresh].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const row = recorded.get(cell(agent));
    if (row === undefined && agentsLeftOut) continue; // outside the window: no row to compare with
    const had = row?.count ?? 0;
    const found = missing.filter((event) => event.agent === agent).length;
    if (count - had > found) lines.push(`agent ${agent}: current.md counts ${had} event(s), the events directory and archive hold ${count}`);
  }
  return lines;
}

function bullet(text: string): string {
  return `- ${text.replace(/\n/g, '\n  ')}`;
}

function cell(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}

/** Agents table rows: escaped agent cell → recorded count and last event. */
function recordedAgents(text: string): Map<string, { count: number; lastMs: number }> {
  const rows = new Map<string, { count: number; lastMs: number }>();
  const table = sectionText(text, 'Agents');
  for (const line of table.split('\n')) {
    if (!line.startsWith('| ') || !line.endsWith(' |') || line.startsWith('| Agent |')) continue;
    const cells = line.slice(2, -2).split(/(?<!\\) \| /);
    if (cells.length < 4) continue;
    const count = Number(cells[1]);
    const lastMs = Date.parse(cells[cells.length - 1] ?? '');
    if (Number.isInteger(count) && Number.isFinite(lastMs)) rows.set(cells[0]!, { count, lastMs });
  }
  return rows;
}

/** The Agents table of a windowed ledger ends with a line saying how many agents it left out. */
function hasAgentsLeftOut(text: string): boolean {
  return /^_\d+ more agents? active only earlier/m.test(sectionText(text, 'Agents'));
}

/**
 * Each list section's items (a bullet and its indented continuation lines, without the trailing
 * ` _(who, when)_` attribution) as a set.
 */
function listSections(text: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const name of ['Open questions']) {
    const items = new Set<string>();
    let current: string[] | undefined;
    const flush = () => {
      if (current) {
        const item = current.join('\n');
        const cut = item.endsWith(')_') ? item.lastIndexOf(' _(') : -1;
        items.add(cut === -1 ? item : item.slice(0, cut));
      }
      current = undefined;
    };
    for (const line of sectionText(text, name).split('\n')) {
      if (line.startsWith('- ')) {
        flush();
        current = [line];
      } else if (current && line.startsWith('  ')) current.push(line);
      else flush();
    }
    flush();
    out.set(name, items);
  }
  return out;
}

function sectionText(text: string, heading: string): string {
  const body = text.replace(/\r\n/g, '\n').split('\n---\n_synthesized:')[0] ?? '';
  const start = body.indexOf(`\n## ${heading}\n`);
  if (start === -1) return '';
  const rest = body.slice(start + heading.length + 5);
  const end = rest.indexOf('\n## ');
  return end === -1 ? rest : rest.slice(0, end);
}
