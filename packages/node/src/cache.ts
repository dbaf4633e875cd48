import { createHash, randomBytes } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync, type Stats } from 'node:fs';
import { endianness } from 'node:os';
import { basename, isAbsolute, join, join as pathJoin, relative, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { crc32 } from 'node:zlib';
import {
  RENDER_FORMAT_VERSION,
  addEvent,
  compareCodePoints,
  emptyState,
  emptyTracker,
  mergeInto,
  mergeTrackerInto,
  parseEvent,
  trackEvent,
  type EventIssue,
  type LedgerState,
  type ResolutionTracker,
} from '@ledger-synth/core';
import { preferLowMemory } from './low-memory.js';
import { loadEventText } from './read-events.js';
import { CodecError, decodeInto, encodeState, type EncodedState } from './state-codec.js';

/**
 * Warm-start cache: folded states of event files, so a re-synthesis reads and parses only the files
 * that are new or changed since the last run.
 *
 * Layout: `<root>/.ledger-synth/cache/<stream>/<hash>.seg`. A segment is immutable and
 * self-validating: the files it covers (in code-point order) with their stat keys (size, mtime,
 * ctime, inode, device), the outcome of each (an event, or the reason it was skipped) and the
 * folded CRDT state of those events. A run uses a segment only when every file it lists is still
 * listed with the same stat key; otherwise the segment is dropped and its files are read again.
 * Because the state is a CRDT, the states of all usable segments plus the freshly read files join
 * into exactly the state a cold fold gives, whatever overlaps concurrent writers produced.
 *
 * Never stale: a file edited in place gets a new ctime (set by the kernel, not by tools); a file
 * replaced by rename gets a new inode. Timestamps are coarse, so a file changed within `racyMs` of
 * the moment it was stat'ed is "racy" (git's racy-clean problem): it is never cached, only re-read.
 * Never trusted: the header carries a format key, the lengths and CRC-32s of both parts; a foreign
 * version, a torn or corrupt file, or one that fails to decode is ignored (and removed on writing).
 * Never half-written: segments are written to a unique temp file and renamed into place.
 */

/** Bump when the segment layout, the parser's output or the fold changes: old caches are then ignored. */
export const CACHE_FORMAT = 'ledger-synth-cache/4';
// Stat columns are raw float64s in this machine's byte order; the render format covers the parser.
const FORMAT_KEY = `${CACHE_FORMAT}|${RENDER_FORMAT_VERSION}|${endianness()}`;
const MAGIC = 'LSCACHE';
/** Files per segment when folding many uncached files (bounds the work redone when one changes). */
export const DEFAULT_CHUNK_FILES = 4096;
/** More small segments than this are compacted into one. */
const MAX_SMALL_SEGMENTS = 8;
export const DEFAULT_RACY_MS = 2000;
/** Leftover temp files of a crashed writer are removed after this long. */
const STALE_TEMP_MS = 60_000;
/** Stat key numbers per file: size, mtimeMs, ctimeMs, ino, dev. */
const K = 5;

export interface CacheSettings {
  /** Directory of this stream's segments. */
  readonly dir: string;
  /** Store what this run parsed (false: use the cache read-only). */
  readonly write: boolean;
  readonly racyMs: number;
  readonly chunkFiles: number;
  /** Stat on a worker thread from this many files on (default PARALLEL_STAT_MIN). */
  readonly parallelStatMin?: number | undefined;
}

export interface GatherOptions {
  /** Paths in issues (and in segment manifests) are relative to this directory. */
  readonly displayRoot: string;
  readonly maxEventBytes: number;
  /** Called every few hundred files, e.g. to keep a lock fresh during a long read. */
  readonly onProgress?: (() => void) | undefined;
  /** Undefined: no cache, fold everything from the files. */
  readonly cache?: CacheSettings | undefined;
  /** Parsing at least this many files switches the process to low-memory mode (see low-memory.ts). */
  readonly lowMemoryFrom?: number | undefined;
  /** False: decode every cached state at once (the fallback when a deferred one fails). */
  readonly deferDecode?: boolean | undefined;
}

export interface GatherStats {
  readonly files: number;
  /** Files whose outcome came from the cache. */
  readonly cached: number;
  /** Files read and parsed in this run. */
  readonly parsed: number;
  readonly segmentsUsed: number;
  readonly segmentsWritten: number;
  readonly segmentsDropped: number;
}

export interface Gathered {
  /** Decoded from the cache on first access (a run whose ledger is known fresh never needs it). */
  readonly state: LedgerState;
  readonly tracker: ResolutionTracker;
  /**
   * Set when every file's outcome came from the cache: names exactly the inputs (the segments are
   * content-addressed), so equal fingerprints mean an equal state, digest and ledger.
   */
  readonly fingerprint: string | undefined;
  /** Skipped files, in the order of `files`. */
  readonly issues: EventIssue[];
  readonly stats: GatherStats;
}

/** The files a segment covers: names (relative to the root, sorted), skip reasons, stat keys. */
interface Manifest {
  readonly names: string[];
  readonly reasons: (string | null)[];
  /** K numbers per file. */
  readonly keys: ArrayLike<number>;
}

/** A segment under chunkFiles files: a candidate for compaction (its state folded, or still encoded). */
type SmallSegment = { readonly name: string; readonly manifest: Manifest } & (
  | { readonly state: LedgerState; readonly tracker: ResolutionTracker }
  | { readonly encoded: EncodedState }
);

/** Where a stream's cache lives: one directory per (events dir, archive, glob, size limit). */
export function cacheDirFor(root: string, identity: Record<string, string | number | undefined>): string {
  const id = createHash('sha256').update(JSON.stringify({ FORMAT_KEY, ...identity })).digest('hex').slice(0, 16);
  return join(root, '.ledger-synth', 'cache', id);
}

/**
 * Fold the given files into a state, using and refreshing the cache. Bad files become issues; I/O
 * problems with the cache itself only ever cost speed, never correctness.
 */
export function gatherState(files: readonly string[], options: GatherOptions): Gathered {
  const cache = options.cache;
  const statStart = Date.now();
  const names = cache ? segmentNames(cache.dir) : [];
  // Big warm runs: stat the files on a second thread while this one reads the segments.
  const statting = cache && names.length > 0 && files.length >= (cache.parallelStatMin ?? PARALLEL_STAT_MIN) ? statFilesInParallel(files) : undefined;
  const stats = statting ? undefined : statFiles(files, options.onProgress);
  const base = options.displayRoot.endsWith(sep) ? options.displayRoot : options.displayRoot + sep;
  const relativeName = (path: string) => (path.startsWith(base) ? path.slice(base.length) : path);

  let state = emptyState();
  let tracker = emptyTracker();
  const reasons = new Map<number, string>();
  const covered = new Uint8Array(files.length);
  const small: SmallSegment[] = [];
  const dropped: string[] = [];
  const written = new Set<string>();
  let segmentsUsed = 0;
  const used: string[] = [];
  /** Cached states not yet joined into `state` (see `materialize`). */
  const deferred: EncodedState[] = [];
  let columns: StatColumns;

  if (cache && names.length > 0) {
    const locate = locator(files, base);
    const accept = (name: string, manifest: Manifest, encoded: EncodedState | undefined, positions: number[]) => {
      segmentsUsed++;
      used.push(name);
      positions.forEach((i, k) => {
        covered[i] = 1;
        const reason = manifest.reasons[k];
        if (typeof reason === 'string') reasons.set(i, reason);
      });
      if (encoded && positions.length < cache.chunkFiles) small.push({ name, manifest, encoded });
    };
    const joinSegment = (encoded: EncodedState): boolean => {
      try {
        decodeInto(encoded, state, tracker);
        return true;
      } catch (error) {
        if (!(error instanceof CodecError)) throw error;
        return false;
      }
    };
    if (!statting) {
      columns = stats!;
      // One segment at a time: read, check, then keep its state encoded for later (while the kept
      // bytes are few) or join it into the state and let go (bounds memory on big streams).
      let deferredBytes = 0;
      for (const name of names) {
        const segment = readSegment(pathJoin(cache.dir, name));
        const positions = segment && coveredPositions(segment.manifest, locate, columns);
        if (segment && positions && options.deferDecode !== false && deferredBytes + segment.bytes <= DEFER_MAX_BYTES) {
          deferredBytes += segment.bytes;
          deferred.push(segment.state);
          accept(name, segment.manifest, segment.state, positions);
        } else if (segment && positions && joinSegment(segment.state)) accept(name, segment.manifest, segment.state, positions);
        else dropped.push(name);
      }
    } else {
      // Join every readable segment while the stats are being taken, then check them all; in the
      // rare case one turns out stale, start over with only the good ones.
      // Only small segments (compaction candidates) keep their parsed JSON; holding every
      // segment's would cost ~2× the cache size at once. A restart reads the others again.
      const read: { name: string; manifest: Manifest; encoded: EncodedState | undefined; joined: boolean }[] = [];
      for (const name of names) {
        const segment = readSegment(pathJoin(cache.dir, name));
        if (!segment) {
          dropped.push(name);
          continue;
        }
        const joined = joinSegment(segment.state);
        read.push({ name, manifest: segment.manifest, encoded: segment.manifest.names.length < cache.chunkFiles ? segment.state : undefined, joined });
      }
      columns = statting.wait();
      let good: { name: string; manifest: Manifest; encoded: EncodedState | undefined; positions: number[] }[] = [];
      for (const segment of read) {
        const positions = segment.joined ? coveredPositions(segment.manifest, locate, columns) : undefined;
        if (positions) good.push({ ...segment, positions });
        else dropped.push(segment.name);
      }
      if (good.length < read.length) {
        state = emptyState();
        tracker = emptyTracker();
        // Names are content hashes, so a segment read again is the one checked (or gone: then its files are read).
        good = good.filter((segment) => {
          const encoded = segment.encoded ?? readSegment(pathJoin(cache.dir, segment.name))?.state;
          if (encoded && joinSegment(encoded)) return true;
          dropped.push(segment.name);
          return false;
        });
      }
      for (const segment of good) accept(segment.name, segment.manifest, segment.encoded, segment.positions);
    }
  } else columns = stats!;

  // Files the cache did not cover: read and fold them, in chunks that become new segments.
  let parsed = 0;
  const storeBefore = statStart - (cache?.racyMs ?? 0);
  const newChunk = () => ({
    state: emptyState(),
    tracker: emptyTracker(),
    names: [] as string[],
    reasons: [] as (string | null)[],
    // Preallocated: a growing number[] of 5 keys per file leaves its outgrown copies to the GC.
    keys: new Float64Array(cache ? Math.min(cache.chunkFiles, files.length) * K : 0),
  });
  let chunk = newChunk();
  if (options.lowMemoryFrom !== undefined && files.length - countCovered(covered) >= options.lowMemoryFrom) preferLowMemory();
  const flush = () => {
    if (chunk.names.length === 0) return;
    mergeInto(state, chunk.state);
    mergeTrackerInto(tracker, chunk.tracker);
    if (cache?.write) {
      const manifest: Manifest = { names: chunk.names, reasons: chunk.reasons, keys: chunk.keys.subarray(0, chunk.names.length * K) };
      const name = writeSegment(cache.dir, manifest, chunk.state, chunk.tracker);
      if (name !== undefined) {
        written.add(name);
        if (chunk.names.length < cache.chunkFiles) small.push({ name, manifest, state: chunk.state, tracker: chunk.tracker });
      }
    }
    chunk = newChunk();
  };
  for (let i = 0; i < files.length; i++) {
    if (covered[i]) continue;
    if (options.onProgress && parsed % 256 === 255) options.onProgress();
    parsed++;
    const path = files[i]!;
    // Racy files (changed too recently for their stat key to be trusted) are folded but not stored.
    const target = cache !== undefined && columns.present[i] === 1 && Math.max(columns.keys[i * K + 1]!, columns.keys[i * K + 2]!) < storeBefore ? chunk : undefined;
    const loaded = loadEventText(path, options.maxEventBytes);
    let reason: string | undefined;
    if (!loaded.ok) reason = loaded.reason;
    else {
      const result = parseEvent(loaded.text, basename(path));
      if (result.ok) {
        // The tracker keeps the record as the stamp: no second stamp object per event.
        const record = addEvent(target ? target.state : state, result.event);
        trackEvent(target ? target.tracker : tracker, result.event, record);
      } else reason = result.issue.reason;
    }
    if (reason !== undefined) reasons.set(i, reason);
    // A read error may be passing (a file deleted under us); only lasting outcomes are stored.
    if (target && !(loaded.ok === false && loaded.transient)) {
      target.keys.set(columns.keys.subarray(i * K, i * K + K), target.names.length * K);
      target.names.push(relativeName(path));
      target.reasons.push(reason ?? null);
      if (target.names.length >= cache!.chunkFiles) flush();
    }
  }
  flush();

  if (cache?.write) {
    if (small.length > MAX_SMALL_SEGMENTS) {
      const name = compact(cache.dir, small);
      if (name !== undefined) {
        written.add(name);
        for (const segment of small) if (segment.name !== name) dropped.push(segment.name);
      }
    }
    // Names are content hashes: a rebuilt segment can have the very name of the damaged one it replaces.
    for (const name of new Set(dropped)) if (!written.has(name)) removeQuietly(join(cache.dir, name));
    if (written.size > 0) removeStaleTemps(cache.dir);
  }

  const issues: EventIssue[] = [];
  for (const [i, reason] of [...reasons].sort(([a], [b]) => a - b)) {
    issues.push({ file: relative(options.displayRoot, files[i]!) || files[i]!, reason });
  }
  let materialized: { state: LedgerState; tracker: ResolutionTracker } | undefined;
  let failure: unknown;
  const materialize = () => {
    if (materialized) return materialized;
    // A decode that threw part-way leaves `state` half joined: never hand that out, or retry into it.
    if (failure !== undefined) throw failure;
    try {
      for (const encoded of deferred) decodeInto(encoded, state, tracker);
      materialized = { state, tracker };
    } catch (error) {
      if (!(error instanceof CodecError)) {
        failure = error;
        throw error;
      }
      // A segment that passed its checksums yet does not decode: fold again without deferring,
      // which drops it and reads its files. (Callers that decode late check the result: see
      // finishPlan, which compares it with the digest it reported.)
      const again = gatherState(files, { ...options, deferDecode: false });
      materialized = { state: again.state, tracker: again.tracker };
    }
    deferred.length = 0;
    return materialized;
  };
  const fingerprint =
    cache && parsed === 0 ? createHash('sha256').update(`${files.length}\n${used.sort().join('\n')}`).digest('hex') : undefined;
  return {
    get state() {
      return materialize().state;
    },
    get tracker() {
      return materialize().tracker;
    },
    fingerprint,
    issues,
    stats: {
      files: files.length,
      cached: files.length - parsed,
      parsed,
      segmentsUsed,
      segmentsWritten: written.size,
      segmentsDropped: new Set(dropped).size,
    },
  };
}

function countCovered(covered: Uint8Array): number {
  let count = 0;
  // Indexed: a typed array's iterator costs ~3 ms per 10k flags in a cold process.
  for (let i = 0; i < covered.length; i++) count += covered[i]!;
  return count;
}

/** Stat keys in one typed array (a Stats object per file would cost ~150 bytes each at 100k files). */
interface StatColumns {
  readonly present: Uint8Array;
  readonly keys: Float64Array;
}

/** Below this many files a second thread costs more to start than the stats take. */
export const PARALLEL_STAT_MIN = 20_000;

// Runs in a worker thread (CommonJS, eval'd): fills the shared columns, then flags completion.
const STAT_WORKER = `
const { workerData } = require('node:worker_threads');
const { lstatSync } = require('node:fs');
const { files, present, keys, done } = workerData;
for (let i = 0; i < files.length; i++) {
  let stat;
  try { stat = lstatSync(files[i], { throwIfNoEntry: false }); } catch {}
  if (!stat) continue;
  present[i] = 1;
  keys[i * 5] = stat.size; keys[i * 5 + 1] = stat.mtimeMs; keys[i * 5 + 2] = stat.ctimeMs; keys[i * 5 + 3] = stat.ino; keys[i * 5 + 4] = stat.dev;
}
Atomics.store(done, 0, 1);
Atomics.notify(done, 0);
`;

/**
 * Stat on a worker thread into shared memory; `wait()` blocks until the columns are complete. If a
 * worker cannot be started (or dies), the stats are taken on this thread instead.
 */
function statFilesInParallel(files: readonly string[]): { wait(): StatColumns } {
  const present = new Uint8Array(new SharedArrayBuffer(files.length));
  const keys = new Float64Array(new SharedArrayBuffer(files.length * K * 8));
  const done = new Int32Array(new SharedArrayBuffer(4));
  let worker: Worker | undefined;
  try {
    worker = new Worker(STAT_WORKER, { eval: true, workerData: { files, present, keys, done } });
    worker.unref();
    worker.on('error', () => Atomics.store(done, 0, 2));
  } catch {
    worker = undefined;
  }
  return {
    wait() {
      if (worker) {
        // Bounded: a worker that never reports is replaced by stats taken here.
        for (let waited = 0; Atomics.load(done, 0) === 0 && waited < 15_000; waited += 50) Atomics.wait(done, 0, 0, 50);
        if (Atomics.load(done, 0) === 1) {
          void worker.terminate();
          return { present, keys };
        }
        void worker.terminate();
      }
      return statFiles(files, undefined);
    },
  };
}

function statFiles(files: readonly string[], onProgress: (() => void) | undefined): StatColumns {
  const present = new Uint8Array(files.length);
  const keys = new Float64Array(files.length * K);
  for (let i = 0; i < files.length; i++) {
    if (onProgress && i % 4096 === 4095) onProgress();
    let stat: Stats | undefined;
    try {
      // lstat: the key of the entry itself; a link is reported, never followed.
      stat = lstatSync(files[i]!, { throwIfNoEntry: false });
    } catch {}
    if (!stat) continue;
    present[i] = 1;
    keys[i * K] = stat.size;
    keys[i * K + 1] = stat.mtimeMs;
    keys[i * K + 2] = stat.ctimeMs;
    keys[i * K + 3] = stat.ino;
    keys[i * K + 4] = stat.dev;
  }
  return { present, keys };
}

/**
 * Finds a manifest name in `files`. Manifests and discovery are both in code-point order, so the
 * next file is usually the one after the last match, else a binary search finds it; a lookup map is
 * built only if the list turns out not to be sorted.
 */
function locator(files: readonly string[], base: string): (name: string) => number | undefined {
  let last = -1;
  let map: Map<string, number> | undefined;
  let sorted: boolean | undefined;
  const matches = (i: number, name: string) => {
    const path = files[i]!;
    return isAbsolute(name) ? path === name : path.length === base.length + name.length && path.endsWith(name) && path.startsWith(base);
  };
  return (name) => {
    if (last + 1 < files.length && matches(last + 1, name)) return ++last;
    const full = isAbsolute(name) ? name : base + name;
    if ((sorted ??= isSorted(files))) {
      let lo = 0;
      let hi = files.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const order = compareCodePoints(files[mid]!, full);
        if (order === 0) return (last = mid);
        if (order < 0) lo = mid + 1;
        else hi = mid - 1;
      }
      return undefined;
    }
    map ??= new Map(files.map((path, i) => [path, i]));
    const found = map.get(full);
    if (found !== undefined) last = found;
    return found;
  };
}

function isSorted(files: readonly string[]): boolean {
  for (let i = 1; i < files.length; i++) if (compareCodePoints(files[i - 1]!, files[i]!) > 0) return false;
  return true;
}

/** Positions (in `files`) of every file a manifest lists, or undefined if any is gone or changed. */
function coveredPositions(manifest: Manifest, locate: (name: string) => number | undefined, stats: StatColumns): number[] | undefined {
  const { names, keys } = manifest;
  if (keys.length !== names.length * K || manifest.reasons.length !== names.length) return undefined;
  const positions: number[] = new Array(names.length);
  for (let k = 0; k < names.length; k++) {
    const name = names[k];
    const i = typeof name === 'string' ? locate(name) : undefined;
    if (i === undefined || stats.present[i] !== 1) return undefined;
    for (let j = 0; j < K; j++) if (stats.keys[i * K + j] !== keys[k * K + j]) return undefined;
    positions[k] = i;
  }
  return positions;
}

/** Segment files of a cache directory, in name order. */
function segmentNames(dir: string): string[] {
  try {
    return readdirSync(dir).filter((name) => name.endsWith('.seg')).sort();
  } catch {
    return [];
  }
}

/**
 * `LSCACHE <format> <json crc> <json length> <keys crc> <keys length>\n<json><keys>`: the JSON part
 * holds names, reasons and the encoded state; the stat keys are raw float64s (no parsing at all).
 */
function readSegment(path: string): { manifest: Manifest; state: EncodedState; bytes: number } | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  const newline = bytes.indexOf(10);
  if (newline < 0 || newline > 512) return undefined;
  const [magic, formatKey, jsonCrc, jsonLength, keysCrc, keysLength] = bytes.subarray(0, newline).toString('latin1').split(' ');
  if (magic !== MAGIC || formatKey !== FORMAT_KEY) return undefined;
  const jsonEnd = newline + 1 + Number(jsonLength);
  const keysEnd = jsonEnd + Number(keysLength);
  if (!Number.isInteger(jsonEnd) || !Number.isInteger(keysEnd) || keysEnd !== bytes.length || Number(keysLength) % 8 !== 0) return undefined;
  const json = bytes.subarray(newline + 1, jsonEnd);
  const keyBytes = bytes.subarray(jsonEnd, keysEnd);
  if (String(crc32(json)) !== jsonCrc || String(crc32(keyBytes)) !== keysCrc) return undefined;
  try {
    const parsed = JSON.parse(json.toString('utf8')) as { names?: unknown; reasons?: unknown; state?: unknown };
    if (!Array.isArray(parsed.names) || !Array.isArray(parsed.reasons) || typeof parsed.state !== 'object' || parsed.state === null) return undefined;
    // Copy: a Float64Array needs 8-byte alignment, which an offset into the file's bytes lacks.
    const keys = new Float64Array(bytes.buffer.slice(bytes.byteOffset + jsonEnd, bytes.byteOffset + keysEnd));
    return { manifest: { names: parsed.names as string[], reasons: parsed.reasons as (string | null)[], keys }, state: parsed.state as EncodedState, bytes: bytes.length };
  } catch {
    return undefined;
  }
}

/** Write one segment; returns its file name, or undefined when the cache is not writable. */
function writeSegment(dir: string, manifest: Manifest, state: LedgerState, tracker: ResolutionTracker): string | undefined {
  let json: Buffer;
  try {
    json = Buffer.from(JSON.stringify({ names: manifest.names, reasons: manifest.reasons, state: encodeState(state, tracker) }), 'utf8');
  } catch (error) {
    if (error instanceof CodecError) return undefined;
    throw error;
  }
  const keys = Buffer.from(Float64Array.from(manifest.keys).buffer);
  const header = Buffer.from(`${MAGIC} ${FORMAT_KEY} ${crc32(json)} ${json.length} ${crc32(keys)} ${keys.length}\n`, 'latin1');
  // Unique by content; prefixed with its first file (as hex, so it sorts by code point), so runs
  // join segments in path order and the render's sorts find their input already in order.
  const first = Buffer.from((manifest.names[0] ?? '').slice(0, 40), 'utf8').toString('hex');
  const name = `${first}-${createHash('sha256').update(json).update(keys).digest('hex').slice(0, 32)}.seg`;
  const target = join(dir, name);
  const temp = join(dir, `.${name}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    ensureDir(dir);
    // No fsync: a segment lost or torn by a crash fails its checks and is rebuilt.
    writeFileSync(temp, Buffer.concat([header, json, keys]), { flag: 'wx' });
    renameSync(temp, target);
    return name;
  } catch {
    removeQuietly(temp);
    return undefined;
  }
}

/** Cached states up to this many bytes (of segment files) wait to be decoded until asked for. */
const DEFER_MAX_BYTES = 16 * 1024 * 1024;

/** Merge small segments into one, so a stream written one event at a time keeps few files. */
function compact(dir: string, segments: readonly SmallSegment[]): string | undefined {
  const state = emptyState();
  const tracker = emptyTracker();
  const entries: { name: string; reason: string | null; keys: number[] }[] = [];
  const seen = new Set<string>();
  for (const segment of segments) {
    if ('encoded' in segment) {
      try {
        decodeInto(segment.encoded, state, tracker);
      } catch (error) {
        if (error instanceof CodecError) return undefined;
        throw error;
      }
    } else {
      mergeInto(state, segment.state);
      mergeTrackerInto(tracker, segment.tracker);
    }
    const { names, reasons, keys } = segment.manifest;
    names.forEach((name, k) => {
      if (seen.has(name)) return;
      seen.add(name);
      entries.push({ name, reason: reasons[k] ?? null, keys: Array.from({ length: K }, (_, j) => keys[k * K + j]!) });
    });
  }
  // Manifests stay in code-point order, the order the locator expects.
  entries.sort((a, b) => compareCodePoints(a.name, b.name));
  const manifest: Manifest = { names: entries.map((e) => e.name), reasons: entries.map((e) => e.reason), keys: entries.flatMap((e) => e.keys) };
  return writeSegment(dir, manifest, state, tracker);
}

function ensureDir(dir: string): void {
  mkdirSync(dir, { recursive: true });
  // The cache is local state: never let it be committed, even where `.ledger-synth/` is not ignored.
  try {
    writeFileSync(join(dir, '..', '.gitignore'), '# ledger-synth warm-start cache: local, never committed\n*\n', { flag: 'wx' });
  } catch {}
}

function removeStaleTemps(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  const cutoff = Date.now() - STALE_TEMP_MS;
  for (const name of names) {
    if (!name.endsWith('.tmp')) continue;
    const path = join(dir, name);
    try {
      if (statSync(path).mtimeMs < cutoff) unlinkSync(path);
    } catch {}
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {}
}
