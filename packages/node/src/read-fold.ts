import { lstatSync } from 'node:fs';
import { basename, sep } from 'node:path';
import {
  addEvent,
  decodeState,
  emptyState,
  mergeInto,
  mergeTrackerInto,
  emptyTracker,
  encodeStateText,
  trackEvent,
  type LedgerState,
  type ResolutionTracker,
  compactWarning,
  type CompactWarning,
} from '@ledger-synth/core';
import { NewRows, rowKeyOf, rowWarningCount, sameRowKey } from './cache-rows.js';
import { dropFoldCache, foldCacheBytes, loadFoldCache, storeFoldCache, type LoadedCache } from './fold-cache.js';
import { appendFoldJournal, journalLimit } from './fold-journal.js';
import { listingDigest } from './memo-store.js';
import { decodeOutcome, encodeOutcome, lstatKey, putStatKey, readEventFile, sameStatKey, STAT_KEY_NUMBERS, statKeyAt, type FileOutcome, type StatKey } from './read-events.js';
import { readInWorkers, workerCount, type WorkerPart } from './read-workers.js';

/**
 * The read path, in one place: for the listed files (discover.ts), start from the cached fold when
 * every file it covers is unchanged (fold-cache.ts), read and parse the other files (read-events.ts;
 * on worker threads too when there are many, read-workers.ts), and fold them in. The result is the
 * same as reading and folding every file (the cache's tests hold it to that).
 *
 * What is cached is the fold of *settled* files: a file changed within racyMs of being read may
 * change again within the same timestamp tick (git's racy-clean problem), so it is folded in after
 * the cache is stored, and read again next time. After a bulk write (clone, checkout) the next run
 * stores the files that have settled by then, and the run after it is warm.
 */

export const DEFAULT_RACY_MS = 2000;

export interface ReadSettings {
  /** Names in the cache and in skip reports are relative to this directory. */
  readonly displayRoot: string;
  readonly maxEventBytes: number;
  /** This stream's cache directory; undefined reads every file (the oracle the cache is tested against). */
  readonly cacheDir?: string | undefined;
  readonly racyMs?: number | undefined;
  /** Between batches of files: keeps a lock fresh; awaited, so timers can fire during long reads. */
  readonly onProgress?: (() => void) | undefined;
  /** Asked between batches: true stops the read with ReadStopped (a hook past its time budget). */
  readonly shouldStop?: ((aheadMs?: number) => boolean) | undefined;
  /** False: use the cache but write nothing (commands that promise to write nothing: --check, --dry-run, --full). */
  readonly store?: boolean | undefined;
  /** Read this many files or more on worker threads as well (see read-workers.ts). */
  readonly workersFrom?: number | undefined;
  /** Keep the warnings of the first files until they hold this many (default all); counts are whole. */
  readonly warningLimit?: number | undefined;
}

/** Thrown by readAndFold when `shouldStop` said so. */
export class ReadStopped extends Error {
  constructor() {
    super('the read was stopped before every file was read');
    this.name = 'ReadStopped';
  }
}

export interface ReadStats {
  readonly files: number;
  /** Files whose fold came from the cache. */
  readonly cached: number;
  /** Files read and parsed in this run. */
  readonly parsed: number;
}

export interface FoldedFiles {
  readonly state: LedgerState;
  readonly tracker: ResolutionTracker;
  /** Per file (same index as the listing): why it did not become an event. */
  readonly reasons: readonly (string | undefined)[];
  /** The slips the parser forgave (duplicate keys, text lost to ` #`): counts, and the first ones. */
  readonly warnings: FirstWarnings;
  readonly stats: ReadStats;
  /**
   * One digest of the files' names and of the stat keys they had when they were read or found
   * unchanged (memo-store.ts `listingDigest`), when every file had settled: the fold is a function
   * of exactly those bytes, so the memo can stand for it. Undefined without a cache directory.
   */
  readonly listing: string | undefined;
}

/** What reading one file gave: `settled` outcomes are lasting facts about the bytes `key` describes. */
export interface FileRead {
  readonly outcome: FileOutcome;
  readonly key: StatKey | undefined;
  readonly settled: boolean;
}

export async function readAndFold(files: readonly string[], settings: ReadSettings): Promise<FoldedFiles> {
  const base = settings.displayRoot.endsWith(sep) ? settings.displayRoot : settings.displayRoot + sep;
  const names = files.map((path) => (path.startsWith(base) ? path.slice(base.length) : path));
  const reasons: (string | undefined)[] = new Array(files.length);
  const warnings = new FirstWarnings(settings.warningLimit ?? Number.POSITIVE_INFINITY);
  const { cacheDir } = settings;

  const cached = cacheDir === undefined ? undefined : await matchingCache(cacheDir, files, names, settings);
  const { state, tracker } = cached?.folded ?? { state: emptyState(), tracker: emptyTracker() };
  const toRead: number[] = [];
  // The key each file had when it was folded, as numbers (at 100k files, key objects are 15 MB);
  // keyed[i] = 0: not settled, or no key yet.
  const keys = new Float64Array(files.length * STAT_KEY_NUMBERS);
  const keyed = new Uint8Array(files.length);
  const keep = (i: number, key: StatKey) => {
    putStatKey(keys, i * STAT_KEY_NUMBERS, key);
    keyed[i] = 1;
  };
  const wordsOf = (i: number) => () => warningsOfFile(files[i]!, statKeyAt(keys, i * STAT_KEY_NUMBERS), settings.maxEventBytes);
  for (let i = 0; i < files.length; i++) {
    const row = cached === undefined ? -1 : cached.rowOf[i]!;
    if (row === -1) toRead.push(i);
    else {
      const { loaded } = cached!;
      const base = row < loaded.names.length;
      const at = base ? row : row - loaded.names.length; // a journal row
      const numbers = base ? loaded.keys : loaded.journal.keyNumbers();
      keep(i, rowKeyOf(numbers, at));
      const reason = base ? loaded.reasons.get(at) : loaded.journal.reasonOf(at);
      if (reason !== undefined) reasons[i] = reason;
      const count = rowWarningCount(numbers, at);
      if (count > 0) warnings.addLater(i, count, wordsOf(i));
    }
  }
  // A few new files go to the journal (with their events), many rewrite the whole cache.
  const journaled = cached !== undefined && cached.loaded.journal.length + toRead.length <= journalLimit(cached.loaded.names.length);

  // Settled files are folded as they arrive and become rows of the next cache (small: at 100k
  // files, objects would hold ~3× the memory); racy ones wait until the cache is stored.
  const rows = new NewRows();
  let settledReads = 0;
  const racy: [number, FileOutcome][] = [];
  const fold = (i: number, outcome: FileOutcome): readonly CompactWarning[] | undefined => {
    if (outcome.reason !== undefined) reasons[i] = outcome.reason;
    const compact = foldOutcome(state, tracker, outcome);
    if (compact !== undefined) warnings.add(i, compact);
    return compact;
  };
  const onRead = (i: number, { outcome, key, settled }: FileRead) => {
    if (!settled || key === undefined) return void racy.push([i, outcome]);
    keep(i, key);
    const compact = fold(i, outcome);
    if (cacheDir !== undefined) rows.add(names[i]!, key, outcome.reason, compact?.length ?? 0, journaled && outcome.event ? encodeOutcome({ event: outcome.event }) : null);
    settledReads++;
  };
  const racyMs = settings.racyMs ?? DEFAULT_RACY_MS;
  const readHere = async (indices: readonly number[]) => {
    for (let k = 0; k < indices.length; k++) {
      const i = indices[k]!;
      onRead(i, readSettled(files[i]!, settings.maxEventBytes, racyMs));
      if (k % BATCH === BATCH - 1) await tick(settings);
    }
  };
  // A read without the cache weighed as well, at the floor's speed (no read is faster): a reader on
  // a budget that even that cannot fit stops before reading (a cold start at 100k files: ~0.8 s
  // instead of ~1.7 s, the detached synthesis starting that much sooner).
  if (cached === undefined && settings.shouldStop?.(toRead.length * FLOOR_MS_PER_FILE)) throw new ReadStopped();
  if (toRead.length > 0) await tick(settings);
  // A worker's part is joined as a whole (its state, then its files' rows); racy files come back
  // unfolded. A part that cannot be decoded is refused (false): its files are read here.
  const takePart = (part: WorkerPart): boolean => {
    if (settings.shouldStop?.(part.state.length / PART_CHARS_PER_MS)) throw new ReadStopped();
    let folded: ReturnType<typeof decodeState>;
    try {
      folded = decodeState(part.state.split('\n').slice(0, -1));
    } catch {
      return false;
    }
    mergeInto(state, folded.state);
    mergeTrackerInto(tracker, folded.tracker);
    part.settled.forEach(([at, reason, count], n) => {
      const i = toRead[at]!;
      const key = statKeyAt(part.keys, n * STAT_KEY_NUMBERS);
      keep(i, key);
      if (reason !== null) reasons[i] = reason;
      if (count > 0) warnings.addLater(i, count, wordsOf(i));
      if (cacheDir !== undefined) rows.add(names[i]!, key, reason ?? undefined, count);
      settledReads++;
    });
    for (const [at, json] of part.racy) racy.push([toRead[at]!, decodeOutcome(json)]);
    return true;
  };
  // Workers fold what they read: a read that keeps copies of the events for the journal reads here.
  const parallel = !journaled && toRead.length >= (settings.workersFrom ?? Number.POSITIVE_INFINITY) && workerCount() > 0;
  if (parallel) await readInWorkers(toRead, files, { maxEventBytes: settings.maxEventBytes, racyMs }, readHere, takePart, () => tick(settings));
  else await readHere(toRead);

  // The warnings a command shows are worded now (files the cache or a worker folded are read
  // again), while a file changed since it was folded can still undo the read.
  try {
    warnings.load();
  } catch {
    // Read everything again on this thread, where every outcome is in hand (no file is read a
    // third time), after removing the cache (a run that may write stores a new one) or without it.
    const dropped = settings.store !== false && dropFoldCache(cacheDir!);
    return readAndFold(files, { ...settings, cacheDir: dropped ? cacheDir : undefined, workersFrom: undefined });
  }
  // Store when the fold now covers files the cache did not (a grown or a rebuilt cache); an empty
  // fold (every file racy, or none) leaves no trace.
  if (cacheDir !== undefined && settings.store !== false && settledReads > 0) {
    if (journaled) appendFoldJournal(cacheDir, cached!.loaded.id, rows);
    else storeFoldCache(cacheDir, cached?.loaded, cached ? cached.loaded.journal.concat(rows) : rows, encodeStateText(state, tracker));
  }
  for (const [i, outcome] of racy) fold(i, outcome);
  return {
    state,
    tracker,
    reasons,
    warnings,
    stats: { files: files.length, cached: cached?.coveredCount ?? 0, parsed: toRead.length },
    listing: cacheDir === undefined || keyed.includes(0) ? undefined : listingDigest(files, keys),
  };
}

/**
 * The forgiven slips of a read: whole counts, and the compact warnings of the first files in
 * listing order holding at least `limit` of them (a command shows the first few; --json all).
 * Files arrive in any order (worker threads, the cache), so the kept files stay sorted and the
 * last ones are let go once the others hold `limit` warnings without them.
 */
export class FirstWarnings {
  count = 0;
  files = 0;
  private readonly kept: [index: number, list: readonly CompactWarning[] | (() => readonly CompactWarning[] | undefined), count: number][] = [];
  private keptCount = 0;
  /** Kept out of listing order (no limit: sorted once, when read). */
  private unsorted = false;

  constructor(private readonly limit: number) {}

  add(index: number, list: readonly CompactWarning[]): void {
    this.addLater(index, list.length, list);
  }

  /** `count` warnings of file `index`, loaded (`list`) only if they are kept: the cache's are parsed on demand. */
  addLater(index: number, count: number, list: readonly CompactWarning[] | (() => readonly CompactWarning[] | undefined)): void {
    if (count === 0) return;
    this.count += count;
    this.files += 1;
    if (this.limit === Number.POSITIVE_INFINITY) {
      // Every file is kept: appended, and sorted once when read. An insertion in order per file is
      // quadratic when files arrive interleaved (a worker's part after this thread's files: at
      // 100k warned files, --json, 4 s of the run).
      if (this.kept.length > 0 && this.kept[this.kept.length - 1]![0] > index) this.unsorted = true;
      this.kept.push([index, list, count]);
      this.keptCount += count;
      return;
    }
    let at = this.kept.length;
    while (at > 0 && this.kept[at - 1]![0] > index) at--;
    this.kept.splice(at, 0, [index, list, count]);
    this.keptCount += count;
    while (this.kept.length > 0 && this.keptCount - this.kept[this.kept.length - 1]![2] >= this.limit) {
      this.keptCount -= this.kept.pop()![2];
    }
  }

  /** Load the kept warnings that are not loaded yet; throws when one cannot be (a damaged cache). */
  load(): void {
    if (this.unsorted) {
      this.kept.sort((a, b) => a[0] - b[0]);
      this.unsorted = false;
    }
    for (const entry of this.kept) {
      if (typeof entry[1] !== 'function') continue;
      const list = entry[1]();
      if (list === undefined || list.length !== entry[2]) throw new Error(`file ${entry[0]}: ${entry[2]} cached warnings expected`);
      entry[1] = list;
    }
  }

  /** [file index, its warnings], in listing order. */
  first(): readonly (readonly [number, readonly CompactWarning[]])[] {
    this.load();
    return this.kept.map(([index, list]) => [index, list as readonly CompactWarning[]]);
  }
}

const BATCH = 256;
/** A cautious decoding speed (measured ~60 MB/s on a slow 2-core machine): an estimate that errs towards stopping. */
const DECODE_CHARS_PER_MS = 40_000;
/** A cautious loading speed (the file read, then its names, keys and state lines decoded as latin1). */
const LOAD_BYTES_PER_MS = 60_000;
/** Joining a worker's part: decoding its state, merging it, taking its rows (measured ~18k chars/ms at 29k files; cautious). */
const PART_CHARS_PER_MS = 12_000;
/** An lstat from Node, with its Stats object (8–10 µs measured on a slow 2-core machine; cautious). */
const LSTAT_MS_PER_FILE = 0.01;
/** The state lines' share of a cache file (~0.72 measured at 10k realistic; names and keys are the rest). */
const STATE_SHARE_OF_CACHE = 0.7;
/** Listing and reading one file and nothing else, as the bench's floor does (21–25 µs per file here): a lower bound for a read. */
const FLOOR_MS_PER_FILE = 0.02;

/**
 * The cached fold, if every file it covers is listed with the key it was stored with. One lstat per
 * covered file (a link is never followed); the state is decoded only after they all match.
 */
async function matchingCache(dir: string, files: readonly string[], names: readonly string[], settings: ReadSettings) {
  // The warm path is loading the file (one synchronous step), an lstat per covered file and decoding
  // the state (another): weighed as a whole before it starts, so a reader on a budget that cannot
  // fit it stops now, not at its deadline after a second of work it throws away (a session start at
  // 100k files answered at ~1.45 s instead of ~0.9 s). Each step is weighed again when it comes.
  const bytes = foldCacheBytes(dir);
  if (bytes === 0) return undefined;
  const warmPathMs = bytes / LOAD_BYTES_PER_MS + files.length * LSTAT_MS_PER_FILE + (STATE_SHARE_OF_CACHE * bytes) / DECODE_CHARS_PER_MS;
  if (settings.shouldStop?.(warmPathMs)) throw new ReadStopped();
  const loaded = loadFoldCache(dir);
  if (loaded === undefined) return undefined;
  const indexOf = new Map<string, number>();
  for (let i = 0; i < names.length; i++) indexOf.set(names[i]!, i);
  // Listing index → cache row (-1: not covered).
  const rowOf = new Int32Array(files.length).fill(-1);
  for (let row = 0; row < loaded.names.length; row++) {
    const i = indexOf.get(loaded.names[row]!);
    if (i === undefined || rowOf[i] !== -1) return undefined;
    let stat;
    try {
      stat = lstatSync(files[i]!, { throwIfNoEntry: false });
    } catch {
      return undefined;
    }
    if (stat === undefined || !sameRowKey(loaded.keys, row, stat)) return undefined;
    rowOf[i] = row;
    if (row % BATCH === BATCH - 1) await tick(settings); // a deadline is never late by more than a batch
  }
  // The journal's rows come after the base's.
  const { journal } = loaded;
  for (let at = 0; at < journal.length; at++) {
    const i = indexOf.get(journal.names[at]!);
    if (i === undefined || rowOf[i] !== -1) return undefined;
    const stat = lstatKey(files[i]!);
    if (stat === undefined || !sameRowKey(journal.keyNumbers(), at, stat)) return undefined;
    rowOf[i] = loaded.names.length + at;
    if (at % BATCH === BATCH - 1) await tick(settings);
  }
  // Decoding is one synchronous step (~0.4 s at 100k events): a reader on a budget that cannot
  // fit it stops before it, rather than answering late.
  const stateChars = loaded.stateLines.bytes + journal.outcomes.reduce((sum, json) => sum + (json?.length ?? 0), 0);
  if (settings.shouldStop?.(stateChars / DECODE_CHARS_PER_MS)) throw new ReadStopped();
  try {
    const folded = decodeState(loaded.stateLines.texts());
    for (const json of journal.outcomes) {
      const event = json === null ? undefined : decodeOutcome(json).event;
      if (event === undefined) continue;
      const record = addEvent(folded.state, event);
      trackEvent(folded.tracker, event, record ?? undefined);
    }
    // The fold must be of the covered files: a state holding any other event (a damaged or a
    // planted cache, which would match trivially with no rows) is a miss.
    if (!foldedFromCoveredFiles(folded.state, loaded)) return undefined;
    return { folded, rowOf, loaded, coveredCount: loaded.names.length + journal.length };
  } catch {
    return undefined; // a damaged cache is a miss
  }
}

/**
 * The compact warnings of a file folded earlier (by the cache or a worker), read again: they are a
 * function of its bytes, which its unchanged key proves. Throws when the file changed since.
 */
export function warningsOfFile(path: string, key: StatKey, maxEventBytes: number): readonly CompactWarning[] {
  const read = readEventFile(path, maxEventBytes);
  if (read.key === undefined || !sameStatKey(read.key, key)) throw new Error(`${path} changed since it was folded`);
  return read.outcome.warnings?.map(compactWarning) ?? [];
}

/** Fold one file's outcome into the state; its warnings in compact form (undefined: none). */
export function foldOutcome(state: LedgerState, tracker: ResolutionTracker, outcome: FileOutcome): readonly CompactWarning[] | undefined {
  if (outcome.event === undefined) return undefined;
  const record = addEvent(state, outcome.event);
  trackEvent(tracker, outcome.event, record ?? undefined);
  if (outcome.warnings === undefined || outcome.warnings.length === 0) return undefined;
  return outcome.warnings.map(compactWarning);
}

/** Every event of `state` is named after a covered file that became an event, and there are no more events than such files. */
function foldedFromCoveredFiles(state: LedgerState, loaded: LoadedCache): boolean {
  const files = new Set<string>();
  let eventRows = 0;
  const cover = (name: string, reason: string | undefined) => {
    if (reason !== undefined) return;
    eventRows++;
    files.add(basename(name));
  };
  loaded.names.forEach((name, row) => cover(name, loaded.reasons.get(row)));
  loaded.journal.names.forEach((name, at) => cover(name, loaded.journal.reasonOf(at)));
  if (state.events.size > eventRows) return false;
  for (const summary of state.events.values()) if (!files.has(summary.stamp.file)) return false;
  return true;
}

/**
 * Read and parse one file. Settled: the outcome is a lasting fact about the bytes the key
 * describes, and the file had not changed for racyMs before it was opened.
 */
export function readSettled(path: string, maxEventBytes: number, racyMs: number): FileRead {
  const openedAt = Date.now();
  const { outcome, key } = readEventFile(path, maxEventBytes);
  return { outcome, key, settled: key !== undefined && Math.max(key.mtimeMs, key.ctimeMs) < openedAt - racyMs };
}

/** Report progress, yield to the event loop (timers, a hook's deadline), and stop if asked to. */
async function tick(settings: ReadSettings): Promise<void> {
  settings.onProgress?.();
  if (settings.onProgress || settings.shouldStop) await new Promise((resolve) => setImmediate(resolve));
  if (settings.shouldStop?.()) throw new ReadStopped();
}
