import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import {
  compareCodePoints,
  isReservePrefix,
  LedgerError,
  mergeHighest,
  parseCounters,
  raiseCounters,
  reserveFrom,
  scanHighestIds,
  scanPaddedWidths,
  serializeCounters,
  widenWidths,
} from '@ledger-synth/core';
import { writeFileAtomic } from '../atomic-write.js';
import { acquireLock } from '../lock.js';
import { loadEventText } from '../read-events.js';
import { ensureLocalStateDir, type IdsSettings } from './ids-config.js';

export interface Reservation {
  readonly ids: string[];
  readonly reservedAt: string;
  /** Set when the prefix had no counter yet and was started after the highest id in the sources. */
  readonly seeded: { readonly from: number; readonly files: readonly string[] } | undefined;
}

/** Source documents are text files we only scan; allow far more than an event file. */
const MAX_SOURCE_BYTES = 64 * 1024 * 1024;

/**
 * Reserve `count` consecutive ids of `prefix`: read, increment and write the counter file while
 * holding its lock, so concurrent agents in one checkout never get the same id. One lock per batch.
 * A prefix seen for the first time starts after the highest id already in the source documents.
 */
export async function reserveIds(settings: IdsSettings, prefix: string, count: number, now: () => Date = () => new Date()): Promise<Reservation> {
  ensureLocalStateDir(settings);
  const lock = await acquireLock(settings.countersLock, settings.lock);
  try {
    const { counters, widths: knownWidths } = readCountersState(settings);
    let widths = knownWidths;
    let seeded: Reservation['seeded'];
    if (!counters.has(prefix)) {
      const scan = await scanSources(settings, settings.sources, new Set([prefix]), settings.root, false);
      counters.set(prefix, scan.highest.get(prefix) ?? 0);
      widths = widenWidths(widths, scan.widths);
      seeded = { from: scan.highest.get(prefix) ?? 0, files: scan.files };
      lock.refresh();
    }
    const { ids, counters: next } = reserveFrom(counters, prefix, count, widths.get(prefix) ?? 0);
    lock.assertHeld();
    writeFileAtomic(settings.countersFile, serializeCounters(next, widths));
    return { ids, reservedAt: now().toISOString(), seeded };
  } finally {
    lock.release();
  }
}

export interface InitResult {
  readonly files: readonly string[];
  /** Per prefix found: the highest id in the documents and the counter before and after. */
  readonly prefixes: readonly { prefix: string; found: number; before: number; after: number; width: number }[];
  /** Configured prefixes with no id in any document. */
  readonly notFound: readonly string[];
  readonly written: boolean;
}

/**
 * Seed counters from the highest ids in existing documents. Never lowers a counter: ids already
 * reserved (even if not yet written down anywhere) stay taken.
 */
export async function initCounters(settings: IdsSettings, documents?: { paths: readonly string[]; base: string }): Promise<InitResult> {
  const allowed = settings.prefixes.length > 0 ? new Set(settings.prefixes) : undefined;
  const scan = documents
    ? await scanSources(settings, documents.paths, allowed, documents.base, true)
    : await scanSources(settings, settings.sources, allowed, settings.root, false);
  const owned = new Set(settings.kinds.values());
  const highest = new Map([...scan.highest].filter(([prefix]) => isReservePrefix(prefix) && !owned.has(prefix)));
  ensureLocalStateDir(settings);
  const lock = await acquireLock(settings.countersLock, settings.lock);
  try {
    const { counters, widths } = readCountersState(settings);
    const { counters: next, raised } = raiseCounters(counters, highest);
    const nextWidths = widenWidths(widths, new Map([...scan.widths].filter(([prefix]) => highest.has(prefix))));
    const prefixes = [...highest.entries()]
      .sort(([a], [b]) => compareCodePoints(a, b))
      .map(([prefix, found]) => ({ prefix, found, before: counters.get(prefix) ?? 0, after: next.get(prefix)!, width: nextWidths.get(prefix) ?? 0 }));
    const notFound = settings.prefixes.filter((prefix) => !highest.has(prefix));
    const widened = [...nextWidths].some(([prefix, width]) => widths.get(prefix) !== width);
    const written = raised.length > 0 || widened;
    if (written) {
      lock.assertHeld();
      writeFileAtomic(settings.countersFile, serializeCounters(next, nextWidths));
    }
    return { files: scan.files, prefixes, notFound, written };
  } finally {
    lock.release();
  }
}

/** Current counters (empty when the file does not exist yet). A corrupt file is an error, never overwritten. */
export function readCountersFile(settings: IdsSettings): Map<string, number> {
  return readCountersState(settings).counters;
}

function readCountersState(settings: IdsSettings): { counters: Map<string, number>; widths: Map<string, number> } {
  let text: string;
  try {
    text = readFileSync(settings.countersFile, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { counters: new Map(), widths: new Map() };
    throw new LedgerError('E_READ', `cannot read ${settings.countersFile}: ${(error as Error).message}`, { cause: error });
  }
  const parsed = parseCounters(text);
  if (!parsed.ok) {
    throw new LedgerError('E_IDS', `the counter file ${settings.countersFile} is corrupt: ${parsed.reason}; nothing was reserved`, {
      hint: 'Fix it by hand, or delete it and run `cc-synthesize ids init` to re-seed from your documents.',
    });
  }
  return { counters: parsed.counters, widths: parsed.widths };
}

interface SourceScan {
  readonly files: string[];
  readonly highest: Map<string, number>;
  /** Zero-padding width per prefix, where the documents pad (`CMB-0036` → 4). */
  readonly widths: Map<string, number>;
}

async function scanSources(
  settings: IdsSettings,
  patterns: readonly string[],
  namespaces: ReadonlySet<string> | undefined,
  base: string,
  explicit: boolean,
): Promise<SourceScan> {
  const files: string[] = [];
  for (const pattern of patterns) {
    // fast-glob is loaded on first use so commands that never scan documents do not pay for it.
    const { default: fg } = await import('fast-glob');
    if (fg.isDynamicPattern(pattern)) {
      files.push(...(await fg(pattern, { cwd: base, absolute: true, onlyFiles: true, dot: false, followSymbolicLinks: false, suppressErrors: true })));
      continue;
    }
    const path = resolve(base, pattern);
    if (existsSync(path)) files.push(path);
    else if (explicit) throw new LedgerError('E_USAGE', `no such document: ${pattern}`);
  }
  const unique = [...new Set(files)].sort(compareCodePoints);
  const highest = new Map<string, number>();
  let widths = new Map<string, number>();
  for (const file of unique) {
    const loaded = loadEventText(file, MAX_SOURCE_BYTES);
    if (!loaded.ok) throw new LedgerError('E_READ', `cannot scan ${relative(settings.root, file) || file}: ${loaded.reason}`);
    mergeHighest(highest, scanHighestIds(loaded.text, namespaces));
    widths = widenWidths(widths, scanPaddedWidths(loaded.text, namespaces));
  }
  return { files: unique.map((file) => relative(settings.root, file) || file), highest, widths };
}
