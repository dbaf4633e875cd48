import { createHash } from 'node:crypto';
import { appendFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { asciiJson, NewRows, ROW_NUMBERS, rowWarningCount } from './cache-rows.js';
import { readStateFile, STAT_KEY_NUMBERS, statKeyAt } from './read-events.js';

const JOURNAL_NAME = 'fold.journal';

/**
 * `fold.journal`: rows read since the base was written, one line per run that added a few (the
 * journal's rows plus the files a run reads stay within journalLimit):
 * `<base id> <checksum> <JSON>`. A run with a handful of new files appends them (and their events,
 * folded again on load) instead of rewriting the whole base; past journalLimit rows the base is rewritten
 * and the journal removed. A line for another base, torn or damaged is skipped: its files are
 * simply read again.
 */
export function journalLimit(baseRows: number): number {
  return Math.max(16, Math.floor(baseRows / 16));
}

interface JournalEntry {
  readonly names: string[];
  readonly keys: number[];
  readonly reasons: [number, string][];
  readonly warningCounts: number[];
  readonly outcomes: (string | null)[];
}

/** Append `rows` (with their outcomes) for the base `id`. Best effort, like every cache write. */
export function appendFoldJournal(dir: string, id: string, rows: NewRows): void {
  try {
    const keys: number[] = [];
    const numbers = rows.keyNumbers();
    for (let r = 0; r < rows.length; r++) keys.push(...numbers.subarray(r * ROW_NUMBERS, r * ROW_NUMBERS + STAT_KEY_NUMBERS));
    const warningCounts = rows.names.map((_, r) => rowWarningCount(numbers, r));
    const entry: JournalEntry = { names: rows.names, keys, reasons: rows.reasons, warningCounts, outcomes: rows.outcomes };
    const json = asciiJson(JSON.stringify(entry));
    // A newline first: after a torn append (a crash mid-write) this line still starts a line of its own.
    appendFileSync(join(dir, JOURNAL_NAME), `\n${id} ${checksum(json)} ${json}\n`);
  } catch {}
}

export function loadJournal(dir: string, id: string): NewRows {
  const rows = new NewRows();
  const bytes = readStateFile(join(dir, JOURNAL_NAME));
  if (bytes === undefined) return rows;
  const text = bytes.toString('utf8');
  // A file appended twice (two runs that found the same new file) is kept once, as last appended.
  const byName = new Map<string, Parameters<NewRows['add']>>();
  for (const line of text.split('\n')) {
    const [lineId, sum, json] = [line.slice(0, 16), line.slice(17, 33), line.slice(34)];
    if (lineId !== id || line[16] !== ' ' || line[33] !== ' ' || checksum(json) !== sum) continue;
    try {
      const entry = JSON.parse(json) as JournalEntry;
      const count = entry.names.length;
      const valid =
        entry.names.every((name) => typeof name === 'string') &&
        entry.keys.length === count * STAT_KEY_NUMBERS &&
        entry.keys.every((n) => typeof n === 'number') &&
        entry.warningCounts.length === count &&
        entry.warningCounts.every((n) => Number.isInteger(n) && n >= 0) &&
        entry.outcomes.length === count &&
        entry.outcomes.every((outcome) => outcome === null || typeof outcome === 'string') &&
        entry.reasons.every(([row, reason]) => Number.isInteger(row) && row >= 0 && row < count && typeof reason === 'string');
      if (!valid) continue;
      const reasons = new Map(entry.reasons);
      for (let r = 0; r < count; r++) {
        byName.set(entry.names[r]!, [entry.names[r]!, statKeyAt(entry.keys, r * STAT_KEY_NUMBERS), reasons.get(r), entry.warningCounts[r]!, entry.outcomes[r] ?? null]);
      }
    } catch {
      continue;
    }
  }
  for (const row of byName.values()) rows.add(...row);
  return rows;
}

function checksum(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** Remove the journal of `dir` (its base was written again, or found damaged). */
export function removeJournal(dir: string): void {
  try {
    rmSync(join(dir, JOURNAL_NAME), { force: true });
  } catch {}
}
