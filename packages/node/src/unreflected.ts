import { compareStamps, displayName, EventRecord, eventKey, type EventSummary, type LedgerFooter, type LedgerState } from '@ledger-synth/core';

/**
 * Which events a committed `current.md` does not reflect, worked out from the file alone: `--check`
 * runs in shallow CI clones with no history to diff against. It works from the folded state (the
 * record of every event), so `--check` reads like any other command: through the cache, on worker
 * threads. An event is reported when any of these holds (each is impossible for an event the file
 * was rendered from):
 * - it is newer than the footer's `latest_ts`, or than its agent's "Last event" in the Agents table;
 * - its agent has no row in the Agents table, and the file says no agent was left out of it;
 * - it first asked an open question that is still open and missing from the file (the ledger
 *   credits a question to its first asker).
 * Done items and checkpoint history are not checked: current.md shows them within a window (an
 * older item is absent from a fresh file too).
 * Agents whose recorded event count is short by more than the events found this way get a count line.
 */
export function unreflectedEvents(state: LedgerState, previous: string, footer: LedgerFooter | undefined): EventRecord[] {
  const agents = recordedAgents(previous);
  const agentsLeftOut = hasAgentsLeftOut(previous);
  const shown = listSections(previous).get('Open questions');
  const latest = footer?.latestTs === undefined ? Number.NEGATIVE_INFINITY : Date.parse(footer.latestTs);
  const askers = new Set<string>();
  for (const [question, stamp] of state.openQuestions) {
    if (!state.resolvedQuestions.has(question) && !shown?.has(bullet(question))) askers.add(stamp.eventId ?? eventKey(stamp));
  }
  const out: EventRecord[] = [];
  for (const summary of state.events.values()) {
    const record = asRecord(summary);
    const row = agents.get(cell(record.agent));
    const missing = record.epochMs > latest || (row === undefined ? !agentsLeftOut : record.epochMs > row.lastMs) || askers.has(record.key);
    if (missing) out.push(record);
  }
  // A total order (time, agent, file, content): the same lines however the state was folded.
  return out.sort(compareStamps);
}

/**
 * Lines for `--check`: events newer than the recorded `latest_ts`, then older events the file still
 * misses (typically merged in from another branch), then agents whose counts disagree.
 */
export function describeUnreflected(state: LedgerState, previous: string, footer: LedgerFooter | undefined, limit = 10): string[] {
  const missing = unreflectedEvents(state, previous, footer);
  const latest = footer?.latestTs === undefined ? Number.NEGATIVE_INFINITY : Date.parse(footer.latestTs);
  const newer = missing.filter((event) => event.epochMs > latest);
  const older = missing.filter((event) => event.epochMs <= latest);
  const lines: string[] = [];
  const list = (group: EventRecord[]) => {
    for (const event of group.slice(0, limit)) lines.push(`  + ${displayName(event.file)} (${displayName(event.agent)}, ${event.iso})`);
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

/** States folded by addEvent (or decoded from the cache) hold EventRecords. */
function asRecord(summary: EventSummary): EventRecord {
  if (!(summary instanceof EventRecord)) throw new Error('only folded states can be explained');
  return summary;
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
