import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, type Stats } from 'node:fs';
import { sep } from 'node:path';
import { parseEvent, type EventWarning, type LedgerEvent } from '@ledger-synth/core';

/**
 * Reading one event file: open → fstat → read → close (four system calls), then parse. Nothing here
 * throws for a bad file: it becomes a reason. Listing lives in discover.ts, the loop that reads,
 * caches and folds in read-fold.ts.
 */

/** What one file became. `warnings` are the forgiven slips parseEvent reports. */
export type FileOutcome =
  | { readonly event: LedgerEvent; readonly reason?: undefined; readonly warnings?: readonly EventWarning[] | undefined }
  | { readonly event?: undefined; readonly reason: string; readonly warnings?: undefined };

/** The stat key of what was read: a cached outcome is reused only while the file still has it. */
export interface StatKey {
  readonly size: number;
  readonly mtimeMs: number;
  readonly ctimeMs: number;
  readonly ino: number;
  readonly dev: number;
}

/** A stat key as numbers (caches, digests, a worker's part): size, mtimeMs, ctimeMs, ino, dev. */
export const STAT_KEY_NUMBERS = 5;

export function putStatKey(numbers: Float64Array, at: number, key: StatKey): void {
  numbers[at] = key.size;
  numbers[at + 1] = key.mtimeMs;
  numbers[at + 2] = key.ctimeMs;
  numbers[at + 3] = key.ino;
  numbers[at + 4] = key.dev;
}

export function statKeyAt(numbers: ArrayLike<number>, at: number): StatKey {
  return { size: numbers[at]!, mtimeMs: numbers[at + 1]!, ctimeMs: numbers[at + 2]!, ino: numbers[at + 3]!, dev: numbers[at + 4]! };
}

export function sameStatKey(a: StatKey, b: StatKey): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino && a.dev === b.dev;
}

/** The skip reason of a hidden `*.md` file in the events directory (docs/guarantees.md). */
export const HIDDEN_FILE = 'hidden file; not read';

/** `transient`: the file could not be read right now (vanished, permissions); its content was not judged. */
export type LoadResult =
  | { ok: true; text: string; key: StatKey }
  | { ok: false; reason: string; transient?: boolean; key?: StatKey | undefined };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A link is never followed (ELOOP), a FIFO never blocks the open. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** Read and parse one event file. `key` is set when the outcome is a lasting fact about those bytes. */
export function readEventFile(path: string, maxBytes: number): { outcome: FileOutcome; key: StatKey | undefined } {
  const loaded = loadEventText(path, maxBytes);
  if (!loaded.ok) return { outcome: { reason: loaded.reason }, key: loaded.transient ? undefined : loaded.key };
  const parsed = parseEvent(loaded.text, fileName(path));
  if (!parsed.ok) return { outcome: { reason: parsed.issue.reason }, key: loaded.key };
  // Parse warnings (duplicate keys, text lost to ` #`) travel with the event.
  const { warnings } = parsed;
  return { outcome: warnings.length > 0 ? { event: parsed.event, warnings } : { event: parsed.event }, key: loaded.key };
}

/**
 * Read one file as UTF-8 text, refusing links, non-regular, oversized and binary files. One open
 * with O_NOFOLLOW|O_NONBLOCK (a link is never followed, a FIFO never blocks), one fstat of what
 * was actually opened, reads of at most maxBytes + 1 bytes (a file that grows cannot blow the
 * memory bound), close.
 */
export function loadEventText(path: string, maxBytes: number): LoadResult {
  // Hidden files (an editor's `.draft.md`, `..md`) are listed so that they are reported, not read.
  // Their outcome depends on the name and kind alone, so the lstat key stands for it (never transient).
  if (fileName(path).startsWith('.')) return { ok: false, reason: HIDDEN_FILE, key: lstatKey(path) };
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP' || code === 'EMLINK') return { ok: false, reason: 'symbolic link: not followed (events must be regular files)', key: linkKey(path) };
    return { ok: false, reason: `cannot read: ${code ?? (error as Error).message}`, transient: true };
  }
  try {
    const stat = fstatSync(fd);
    const key = statKey(stat);
    if (!stat.isFile()) return { ok: false, reason: stat.isDirectory() ? 'a directory, not an event file' : 'not a regular file', key };
    if (stat.size > maxBytes) {
      return { ok: false, reason: `file is ${formatBytes(stat.size)}, over the ${formatBytes(maxBytes)} limit (max_event_bytes)`, key };
    }
    const buffer = readBounded(fd, Math.min(stat.size, maxBytes) + 1);
    // Grown since the fstat: not the bytes the key describes, so not a lasting outcome either.
    if (buffer.length > maxBytes) return { ok: false, reason: `file grew past the ${formatBytes(maxBytes)} limit while being read`, transient: true };
    if (buffer.length !== stat.size) return { ok: false, reason: 'file changed while being read', transient: true };
    if (buffer.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes)', key };
    try {
      return { ok: true, text: utf8.decode(buffer), key };
    } catch {
      return { ok: false, reason: 'not valid UTF-8 text', key };
    }
  } catch (error) {
    return { ok: false, reason: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, transient: true };
  } finally {
    closeSync(fd);
  }
}

/**
 * A local state file (the fold cache, its journal, the start memo) as bytes, opened the way event
 * files are: a link is not followed, a FIFO does not block, only a regular file is read. Undefined
 * when it is absent or anything else: a cache that cannot be read is a miss.
 */
export function readStateFile(path: string): Buffer | undefined {
  return withStateFile(path, (fd, key) => {
    const bytes = Buffer.allocUnsafe(key.size);
    return readInto(fd, bytes, key.size) === key.size ? bytes : undefined;
  });
}


/**
 * `length` bytes from `offset` of the state file at `path`, if it is still the file `key`
 * describes (a state file is replaced by a rename: a new inode); undefined otherwise.
 */
export function readStateRange(path: string, key: StatKey, offset: number, length: number): Buffer | undefined {
  return withStateFile(path, (fd, opened) => (sameStatKey(opened, key) ? readAt(fd, offset, length) : undefined));
}

/** `length` bytes from `offset` of an open file; undefined if it ends first. */
export function readAt(fd: number, offset: number, length: number): Buffer | undefined {
  const bytes = Buffer.allocUnsafe(length);
  let total = 0;
  while (total < length) {
    const read = readSync(fd, bytes, total, length - total, offset + total);
    if (read === 0) return undefined;
    total += read;
  }
  return bytes;
}

/** A state file opened as `readStateFile` opens it (a regular file, never through a link), with its stat key, then closed. */
export function withStateFile<T>(path: string, use: (fd: number, key: StatKey) => T | undefined): T | undefined {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch {
    return undefined;
  }
  try {
    const stat = fstatSync(fd);
    return stat.isFile() ? use(fd, statKey(stat)) : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** The last segment of a listed path (discover.ts lists files, never a path ending in a separator): path.basename does more, twice per file. */
function fileName(path: string): string {
  return path.slice(path.lastIndexOf(sep) + 1);
}

function statKey(stat: Stats): StatKey {
  return { size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino, dev: stat.dev };
}

/** The key of the path itself (a link is not followed); undefined when it is gone. */
export function lstatKey(path: string): StatKey | undefined {
  try {
    const stat = lstatSync(path, { throwIfNoEntry: false });
    return stat === undefined ? undefined : statKey(stat);
  } catch {
    return undefined;
  }
}

/** The key of a link that refused to open, if it is still a link (a rename in between leaves no lasting outcome). */
function linkKey(path: string): StatKey | undefined {
  try {
    const stat = lstatSync(path, { throwIfNoEntry: false });
    return stat?.isSymbolicLink() ? statKey(stat) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One reused buffer for files up to 1 MiB (decoded at once, never kept): 100k events would
 * otherwise leave 100k short-lived Buffers for the GC to find.
 */
const SCRATCH_MAX_BYTES = 1 << 20;
let scratch: Buffer | undefined;

/** Up to `size` bytes; the result may be a view of the shared scratch buffer: use it before the next call. */
function readBounded(fd: number, size: number): Buffer {
  let buffer: Buffer;
  if (size > SCRATCH_MAX_BYTES) buffer = Buffer.allocUnsafe(size);
  else {
    if (!scratch || scratch.length < size) scratch = Buffer.allocUnsafeSlow(Math.max(size, 64 * 1024));
    buffer = scratch;
  }
  return buffer.subarray(0, readInto(fd, buffer, size));
}

/** Read up to `size` bytes into `buffer`; how many were read. */
function readInto(fd: number, buffer: Buffer, size: number): number {
  let total = 0;
  while (total < size) {
    const want = size - total;
    const read = readSync(fd, buffer, total, want, null);
    total += read;
    // A short read of a regular file is its end: no second read(2) just to be told so.
    if (read < want) break;
  }
  return total;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes % 1024 === 0 ? 0 : 1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
}

// Outcomes as JSON (how a worker thread hands them over): Maps (decisions) become
// {"\u0000map": entries}, instants their toJSON form; everything else is plain data.
const MAP = '\u0000map';

export function encodeOutcome(outcome: FileOutcome): string {
  return JSON.stringify(outcome, (_key, value: unknown) => (value instanceof Map ? { [MAP]: [...value] } : value));
}

export function decodeOutcome(text: string): FileOutcome {
  return revive(JSON.parse(text)) as FileOutcome;
}

function revive(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = revive(value[i]);
    return value;
  }
  const record = value as Record<string, unknown>;
  const entries = record[MAP];
  if (Array.isArray(entries)) return new Map(entries.map((entry) => revive(entry) as [unknown, unknown]));
  for (const key of Object.keys(record)) record[key] = revive(record[key]);
  return record;
}
