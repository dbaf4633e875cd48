import { LedgerError, quoteInput } from '../errors.js';
import { compareCodePoints } from '../stamp.js';
import { formatIdLabel, isReservePrefix, MAX_ID_NUMBER } from './label.js';

/** Highest number handed out per prefix (`SEC` → 19 means SEC-19 is taken, SEC-20 is next). */
export type Counters = ReadonlyMap<string, number>;

const COUNTERS_VERSION = 1;

export type CountersResult = { ok: true; counters: Map<string, number> } | { ok: false; reason: string };

/** Parse the counter file. A corrupt file is a value with a reason: the caller must not overwrite it. */
export function parseCounters(text: string): CountersResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `not valid JSON (${(error as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: 'expected an object like {"version":1,"counters":{"SEC":19}}' };
  }
  const record = value as Record<string, unknown>;
  if (record.version !== COUNTERS_VERSION) return { ok: false, reason: `unsupported version ${quoteInput(String(record.version))}` };
  const raw = record.counters;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, reason: '"counters" must be an object' };
  const counters = new Map<string, number>();
  for (const [prefix, count] of Object.entries(raw)) {
    if (!isReservePrefix(prefix)) return { ok: false, reason: `invalid prefix ${quoteInput(prefix)}` };
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || count > MAX_ID_NUMBER) {
      return { ok: false, reason: `counter for ${prefix} must be a whole number from 0 to ${MAX_ID_NUMBER}` };
    }
    counters.set(prefix, count);
  }
  return { ok: true, counters };
}

/** Stable bytes: prefixes in code-point order, LF, trailing newline. */
export function serializeCounters(counters: Counters): string {
  const sorted = [...counters.entries()].sort(([a], [b]) => compareCodePoints(a, b));
  const body = sorted.map(([prefix, count]) => `    ${JSON.stringify(prefix)}: ${count}`).join(',\n');
  return `{\n  "version": ${COUNTERS_VERSION},\n  "counters": {${body === '' ? '' : `\n${body}\n  `}}\n}\n`;
}

/** Take `count` ids after the counter. Pure: returns the new counters, leaves the input alone. */
export function reserveFrom(counters: Counters, prefix: string, count: number): { ids: string[]; counters: Map<string, number> } {
  const current = counters.get(prefix) ?? 0;
  if (current + count > MAX_ID_NUMBER) {
    throw new LedgerError('E_IDS', `cannot reserve ${count} more ${prefix} ids: the counter is at ${current} and ids stop at ${MAX_ID_NUMBER}`);
  }
  const ids = Array.from({ length: count }, (_, i) => formatIdLabel({ namespace: prefix, number: current + i + 1 }));
  const next = new Map(counters);
  next.set(prefix, current + count);
  return { ids, counters: next };
}

/** Raise counters to at least the highest ids found; never lower one. Returns what changed. */
export function raiseCounters(
  counters: Counters,
  highest: ReadonlyMap<string, number>,
): { counters: Map<string, number>; raised: { prefix: string; from: number; to: number }[] } {
  const next = new Map(counters);
  const raised: { prefix: string; from: number; to: number }[] = [];
  for (const [prefix, number] of [...highest.entries()].sort(([a], [b]) => compareCodePoints(a, b))) {
    const from = next.get(prefix) ?? 0;
    if (number > from) {
      next.set(prefix, number);
      raised.push({ prefix, from, to: number });
    }
  }
  return { counters: next, raised };
}
