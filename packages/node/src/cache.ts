import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync, type Stats } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import {
  RENDER_FORMAT_VERSION,
  addEvent,
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
import { loadEventText } from './read-events.js';
import { CodecError, decodeState, encodeState, type EncodedState } from './state-codec.js';

/**
 * Warm-start cache: folded states of event files, so a re-synthesis reads and parses only the files
 * that are new or changed since the last run.
 *
 * Layout: `<root>/.ledger-synth/cache/<stream>/<hash>.seg`. A segment is immutable and
 * self-validating: the files it covers with their stat keys (size, mtime, ctime, inode, device),
 * the outcome of each (an event, or the reason it was skipped) and the folded CRDT state of those
 * events. A run uses a segment only when every file it lists is still listed with the same stat
 * key; otherwise the segment is dropped and its files are read again. Because the state is a CRDT,
 * the states of all usable segments plus the freshly read files merge into exactly the state a
 * cold fold would give, whatever overlaps concurrent writers produced.
 *
 * Never stale: a file edited in place gets a new ctime (set by the kernel, not by tools); a file
 * replaced by rename gets a new inode. Timestamps are coarse, so a file changed within RACY_MS of
 * the moment it was stat'ed is "racy" (git's racy-clean problem): it is never cached, only re-read.
 * Never trusted: the header carries a format key and a SHA-256 of the body; a foreign version, a
 * torn or corrupt file, or one that fails to decode is ignored (and removed when writing).
 * Never half-written: segments are written to a unique temp file and renamed into place.
 */

/** Bump when the segment layout, the parser's output or the fold changes: old caches are then ignored. */
export const CACHE_FORMAT = 'ledger-synth-cache/1';
const FORMAT_KEY = `${CACHE_FORMAT}|${RENDER_FORMAT_VERSION}`;
const MAGIC = 'LSCACHE';
/** Files per segment when folding many uncached files (bounds the work redone when one changes). */
export const DEFAULT_CHUNK_FILES = 4096;
/** More small segments than this are compacted into one. */
const MAX_SMALL_SEGMENTS = 8;
export const DEFAULT_RACY_MS = 2000;
/** Leftover temp files of a crashed writer are removed after this long. */
const STALE_TEMP_MS = 60_000;
/** Per file in a segment manifest: path, size, mtimeMs, ctimeMs, ino, dev, issue reason or null. */
const F = 7;

export interface CacheSettings {
  /** Directory of this stream's segments. */
  readonly dir: string;
  /** Store what this run parsed (false: use the cache read-only). */
  readonly write: boolean;
  readonly racyMs: number;
  readonly chunkFiles: number;
}

export interface GatherOptions {
  /** Paths in issues are shown relative to this directory. */
  readonly displayRoot: string;
  readonly maxEventBytes: number;
  /** Called every few hundred files, e.g. to keep a lock fresh during a long read. */
  readonly onProgress?: (() => void) | undefined;
  /** Undefined: no cache, fold everything from the files. */
  readonly cache?: CacheSettings | undefined;
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
  readonly state: LedgerState;
  readonly tracker: ResolutionTracker;
  /** Skipped files, in the order of `files`. */
  readonly issues: EventIssue[];
  readonly stats: GatherStats;
}

interface Segment {
  readonly name: string;
  /** Flat manifest, F values per file. */
  readonly files: (string | number | null)[];
  readonly state: EncodedState;
}

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
  const stats: (Stats | undefined)[] = new Array(files.length);
  for (let i = 0; i < files.length; i++) {
    if (options.onProgress && i % 4096 === 4095) options.onProgress();
    stats[i] = statOrUndefined(files[i]!);
  }
  const base = options.displayRoot.endsWith(sep) ? options.displayRoot : options.displayRoot + sep;
  const relativeName = (path: string) => (path.startsWith(base) ? path.slice(base.length) : path);

  const state = emptyState();
  const tracker = emptyTracker();
  const reasons = new Map<number, string>();
  const covered = new Uint8Array(files.length);
  const small: { name: string; files: (string | number | null)[]; state: LedgerState; tracker: ResolutionTracker }[] = [];
  const dropped: string[] = [];
  let segmentsUsed = 0;
  let segmentsWritten = 0;

  if (cache) {
    const index = new Map<string, number>();
    files.forEach((path, i) => index.set(relativeName(path), i));
    for (const segment of readSegments(cache.dir, dropped)) {
      const positions = coveredPositions(segment.files, index, stats);
      if (!positions) {
        dropped.push(segment.name);
        continue;
      }
      let decoded;
      try {
        decoded = decodeState(segment.state);
      } catch (error) {
        if (!(error instanceof CodecError)) throw error;
        dropped.push(segment.name);
        continue;
      }
      segmentsUsed++;
      for (let k = 0; k < positions.length; k++) {
        const i = positions[k]!;
        covered[i] = 1;
        const reason = segment.files[k * F + 6];
        if (typeof reason === 'string') reasons.set(i, reason);
      }
      mergeInto(state, decoded.state);
      mergeTrackerInto(tracker, decoded.tracker);
      if (positions.length < cache.chunkFiles) small.push({ name: segment.name, files: segment.files, ...decoded });
    }
  }

  // Files the cache did not cover: read and fold them, in chunks that become new segments.
  let parsed = 0;
  const canStore = (i: number) => {
    const stat = stats[i];
    return stat !== undefined && Math.max(stat.mtimeMs, stat.ctimeMs) < statStart - (cache?.racyMs ?? 0);
  };
  let chunk = newChunk();
  const flush = () => {
    if (chunk.count === 0) return;
    mergeInto(state, chunk.state);
    mergeTrackerInto(tracker, chunk.tracker);
    if (cache?.write) {
      const name = writeSegment(cache.dir, chunk.files, chunk.state, chunk.tracker);
      if (name !== undefined) {
        segmentsWritten++;
        if (chunk.count < cache.chunkFiles) small.push({ name, files: chunk.files, state: chunk.state, tracker: chunk.tracker });
      }
    }
    chunk = newChunk();
  };
  for (let i = 0; i < files.length; i++) {
    if (covered[i]) continue;
    if (options.onProgress && parsed % 256 === 255) options.onProgress();
    parsed++;
    const path = files[i]!;
    const storable = cache !== undefined && canStore(i);
    const target = storable ? chunk : undefined;
    const loaded = loadEventText(path, options.maxEventBytes);
    let reason: string | undefined;
    if (!loaded.ok) reason = loaded.reason;
    else {
      const result = parseEvent(loaded.text, basename(path));
      if (result.ok) {
        addEvent(target ? target.state : state, result.event);
        trackEvent(target ? target.tracker : tracker, result.event);
      } else reason = result.issue.reason;
    }
    if (reason !== undefined) reasons.set(i, reason);
    // A read error may be passing (a file deleted under us); only lasting outcomes are stored.
    if (target && !(loaded.ok === false && loaded.transient)) {
      const stat = stats[i]!;
      target.files.push(relativeName(path), stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino, stat.dev, reason ?? null);
      target.count++;
      if (target.count >= (cache?.chunkFiles ?? Infinity)) flush();
    }
  }
  flush();

  if (cache?.write) {
    if (small.length > MAX_SMALL_SEGMENTS) {
      const name = compact(cache.dir, small);
      if (name !== undefined) {
        segmentsWritten++;
        for (const segment of small) if (segment.name !== name) dropped.push(segment.name);
      }
    }
    for (const name of new Set(dropped)) removeQuietly(join(cache.dir, name));
    if (segmentsWritten > 0) removeStaleTemps(cache.dir);
  }

  const issues: EventIssue[] = [];
  for (let i = 0; i < files.length; i++) {
    const reason = reasons.get(i);
    if (reason !== undefined) issues.push({ file: relative(options.displayRoot, files[i]!) || files[i]!, reason });
  }
  return {
    state,
    tracker,
    issues,
    stats: {
      files: files.length,
      cached: files.length - parsed,
      parsed,
      segmentsUsed,
      segmentsWritten,
      segmentsDropped: new Set(dropped).size,
    },
  };
}

function newChunk() {
  return { state: emptyState(), tracker: emptyTracker(), files: [] as (string | number | null)[], count: 0 };
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** Positions (in `files`) of every file a segment lists, or undefined if any is gone or changed. */
function coveredPositions(manifest: readonly (string | number | null)[], index: Map<string, number>, stats: readonly (Stats | undefined)[]): number[] | undefined {
  if (manifest.length % F !== 0) return undefined;
  const positions: number[] = new Array(manifest.length / F);
  for (let m = 0, k = 0; m < manifest.length; m += F, k++) {
    const name = manifest[m];
    const i = typeof name === 'string' ? index.get(name) : undefined;
    if (i === undefined) return undefined;
    const stat = stats[i];
    if (
      stat === undefined ||
      stat.size !== manifest[m + 1] ||
      stat.mtimeMs !== manifest[m + 2] ||
      stat.ctimeMs !== manifest[m + 3] ||
      stat.ino !== manifest[m + 4] ||
      stat.dev !== manifest[m + 5]
    ) {
      return undefined;
    }
    positions[k] = i;
  }
  return positions;
}

/** Every well-formed segment of the directory; names of unusable ones are added to `dropped`. */
function readSegments(dir: string, dropped: string[]): Segment[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.seg')).sort();
  } catch {
    return [];
  }
  const out: Segment[] = [];
  for (const name of names) {
    const segment = readSegment(join(dir, name), name);
    if (segment) out.push(segment);
    else dropped.push(name);
  }
  return out;
}

function readSegment(path: string, name: string): Segment | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  const newline = bytes.indexOf(10);
  if (newline < 0 || newline > 512) return undefined;
  const [magic, formatKey, digest] = bytes.subarray(0, newline).toString('latin1').split(' ');
  if (magic !== MAGIC || formatKey !== FORMAT_KEY || digest === undefined) return undefined;
  const body = bytes.subarray(newline + 1);
  if (createHash('sha256').update(body).digest('hex') !== digest) return undefined;
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { files?: unknown; state?: unknown };
    if (!Array.isArray(parsed.files) || typeof parsed.state !== 'object' || parsed.state === null) return undefined;
    return { name, files: parsed.files as Segment['files'], state: parsed.state as EncodedState };
  } catch {
    return undefined;
  }
}

/** Write one segment; returns its file name, or undefined when the cache is not writable. */
function writeSegment(dir: string, files: (string | number | null)[], state: LedgerState, tracker: ResolutionTracker): string | undefined {
  let body: Buffer;
  try {
    body = Buffer.from(JSON.stringify({ files, state: encodeState(state, tracker) }), 'utf8');
  } catch (error) {
    if (error instanceof CodecError) return undefined;
    throw error;
  }
  const digest = createHash('sha256').update(body).digest('hex');
  const name = `${digest.slice(0, 32)}.seg`;
  const target = join(dir, name);
  const temp = join(dir, `.${name}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    ensureDir(dir);
    // No fsync: a segment lost or torn by a crash fails its checksum and is rebuilt.
    writeFileSync(temp, Buffer.concat([Buffer.from(`${MAGIC} ${FORMAT_KEY} ${digest}\n`, 'latin1'), body]), { flag: 'wx' });
    renameSync(temp, target);
    return name;
  } catch {
    removeQuietly(temp);
    return undefined;
  }
}

/** Merge small segments into one, so a stream written one event at a time keeps few files. */
function compact(dir: string, segments: { name: string; files: (string | number | null)[]; state: LedgerState; tracker: ResolutionTracker }[]): string | undefined {
  const state = emptyState();
  const tracker = emptyTracker();
  const files: (string | number | null)[] = [];
  const seen = new Set<string>();
  for (const segment of segments) {
    mergeInto(state, segment.state);
    mergeTrackerInto(tracker, segment.tracker);
    for (let m = 0; m < segment.files.length; m += F) {
      const name = segment.files[m] as string;
      if (seen.has(name)) continue;
      seen.add(name);
      files.push(...segment.files.slice(m, m + F));
    }
  }
  return writeSegment(dir, files, state, tracker);
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

