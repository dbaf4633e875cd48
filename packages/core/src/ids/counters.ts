import { LedgerError, quoteInput } from '../errors.js';
import { compareCodePoints } from '../stamp.js';
import { isReservePrefix, MAX_ID_NUMBER } from './label.js';

/** Highest number handed out per prefix (`SEC` → 19 means SEC-19 is taken, SEC-20 is next). */
export type Counters = ReadonlyMap<string, number>;

const COUNTERS_VERSION = 1;

/**
 * Zero-padding width per prefix (`CMB` → 4 hands out `CMB-0037`), learnt from the documents the
 * counters were seeded from. Absent means unpadded. Numbers past the width simply grow (`CMB-10000`).
 */
export type Widths = ReadonlyMap<string, number>;

/** Digits of a padded id never exceed the largest id number. */
const MAX_WIDTH = String(MAX_ID_NUMBER).length;

export type CountersResult = { ok: true; counters: Map<string, number>; widths: Map<string, number> } | { ok: false; reason: string };

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
  // "widths" is optional and additive, so files written before it existed (and by older versions) still parse.
  const widths = new Map<string, number>();
  const rawWidths = record.widths ?? {};
  if (typeof rawWidths !== 'object' || rawWidths === null || Array.isArray(rawWidths)) return { ok: false, reason: '"widths" must be an object like {"CMB":4}' };
  for (const [prefix, width] of Object.entries(rawWidths)) {
    if (!isReservePrefix(prefix)) return { ok: false, reason: `invalid prefix ${quoteInput(prefix)} in "widths"` };
    if (typeof width !== 'number' || !Number.isInteger(width) || width < 0 || width > MAX_WIDTH) {
      return { ok: false, reason: `width for ${prefix} must be a whole number from 0 to ${MAX_WIDTH}` };
    }
    if (width > 0) widths.set(prefix, width);
  }
  return { ok: true, counters, widths };
}

/** Stable bytes: prefixes in code-point order, LF, trailing newline; "widths" only when some prefix is padded. */
export function serializeCounters(counters: Counters, widths: Widths = new Map()): string {
  const block = (map: ReadonlyMap<string, number>) => {
    const sorted = [...map.entries()].sort(([a], [b]) => compareCodePoints(a, b));
    const body = sorted.map(([prefix, value]) => `    ${JSON.stringify(prefix)}: ${value}`).join(',\n');
    return `{${body === '' ? '' : `\n${body}\n  `}}`;
  };
  const padded = new Map([...widths].filter(([, width]) => width > 0));
  return `{\n  "version": ${COUNTERS_VERSION},\n  "counters": ${block(counters)}${padded.size > 0 ? `,\n  "widths": ${block(padded)}` : ''}\n}\n`;
}

/** `CMB`, 37, width 4 → `CMB-0037`. */
export function formatReservedId(prefix: string, number: number, width = 0): string {
  return `${prefix}-${String(number).padStart(width, '0')}`;
}

/** Widths only ever grow: an id once written `CMB-0036` keeps later ids at four digits or more. */
export function widenWidths(widths: Widths, found: ReadonlyMap<string, number>): Map<string, number> {
  const next = new Map(widths);
  for (const [prefix, width] of found) if (width > (next.get(prefix) ?? 0)) next.set(prefix, width);
  return next;
}

/** Take `count` ids after the counter. Pure: returns the new counters, leaves the input alone. */
export function reserveFrom(counters: Counters, prefix: string, count: number, width = 0): { ids: string[]; counters: Map<string, number> } {
  const current = counters.get(prefix) ?? 0;
  if (current + count > MAX_ID_NUMBER) {
    throw new LedgerError('E_IDS', `cannot reserve ${count} more ${prefix} ids: the counter is at ${current} and ids stop at ${MAX_ID_NUMBER}`);
  }
  const ids = Array.from({ length: count }, (_, i) => formatReservedId(prefix, current + i + 1, width));
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
