import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { parseEvent, type EventIssue, type LedgerEvent } from '@ledger-synth/core';

export interface ReadOptions {
  /** Paths in issues are shown relative to this directory. */
  readonly displayRoot: string;
  readonly maxEventBytes: number;
  /** Called every few hundred files, e.g. to keep a lock fresh during a long read. */
  readonly onProgress?: (() => void) | undefined;
}

export interface ReadResult {
  readonly events: LedgerEvent[];
  readonly issues: EventIssue[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Read and parse event files. Nothing here throws for a bad file: it becomes an issue with a reason. */
export function readEventFiles(paths: readonly string[], options: ReadOptions): ReadResult {
  const events: LedgerEvent[] = [];
  const issues: EventIssue[] = [];
  paths.forEach((path, index) => {
    if (options.onProgress && index % 256 === 255) options.onProgress();
    const display = relative(options.displayRoot, path) || path;
    const loaded = loadEventText(path, options.maxEventBytes);
    if (!loaded.ok) {
      issues.push({ file: display, reason: loaded.reason });
      return;
    }
    const parsed = parseEvent(loaded.text, basename(path));
    if (parsed.ok) events.push(parsed.event);
    else issues.push({ file: display, reason: parsed.issue.reason });
  });
  return { events, issues };
}

/** The skip reason of a hidden `*.md` file in the events directory (docs/guarantees.md). */
export const HIDDEN_FILE = 'hidden file; not read';

/** `transient`: the file could not be read right now (vanished, permissions); its content was not judged. */
export type LoadResult = { ok: true; text: string } | { ok: false; reason: string; transient?: boolean };

/** Read one file as UTF-8 text, refusing non-regular, oversized and binary files before parsing. */
export function loadEventText(path: string, maxBytes: number): LoadResult {
  // Hidden files (an editor's `.draft.md`, `..md`) are listed so that they are reported, not read.
  if (basename(path).startsWith('.')) return { ok: false, reason: HIDDEN_FILE };
  let stat;
  try {
    // lstat: a link is never followed (it could point outside the repository, or at itself).
    stat = lstatSync(path);
  } catch (error) {
    return { ok: false, reason: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, transient: true };
  }
  if (stat.isSymbolicLink()) return { ok: false, reason: 'symbolic link: not followed (events must be regular files)' };
  if (!stat.isFile()) return { ok: false, reason: stat.isDirectory() ? 'a directory, not an event file' : 'not a regular file' };
  if (stat.size > maxBytes) {
    return { ok: false, reason: `file is ${formatBytes(stat.size)}, over the ${formatBytes(maxBytes)} limit (max_event_bytes)` };
  }
  let buffer: Buffer;
  try {
    buffer = readBounded(path, maxBytes);
  } catch (error) {
    return { ok: false, reason: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, transient: true };
  }
  if (buffer.length > maxBytes) return { ok: false, reason: `file grew past the ${formatBytes(maxBytes)} limit while being read` };
  if (buffer.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  try {
    return { ok: true, text: utf8.decode(buffer) };
  } catch {
    return { ok: false, reason: 'not valid UTF-8 text' };
  }
}

/**
 * Files up to this size are read into one reused buffer (decoded at once, never kept): 100k
 * events would otherwise leave 100k short-lived Buffers for the GC to find.
 */
const SCRATCH_MAX_BYTES = 1 << 20;
let scratch: Buffer | undefined;

/**
 * Read at most maxBytes + 1 bytes, so a file that grows after stat cannot blow the memory bound.
 * The result may be a view of the shared scratch buffer: use it before the next call.
 */
function readBounded(path: string, maxBytes: number): Buffer {
  // NOFOLLOW/NONBLOCK: a file swapped for a link or a FIFO after the lstat can neither be followed
  // nor block the open; fstat then re-checks what was actually opened.
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'EFTYPE' });
    const size = Math.min(stat.size, maxBytes) + 1;
    let buffer: Buffer;
    if (size > SCRATCH_MAX_BYTES) buffer = Buffer.allocUnsafe(size);
    else {
      if (!scratch || scratch.length < size) scratch = Buffer.allocUnsafeSlow(Math.max(size, 64 * 1024));
      buffer = scratch;
    }
    let total = 0;
    while (total < size) {
      const read = readSync(fd, buffer, total, size - total, null);
      if (read === 0) break;
      total += read;
    }
    return buffer.subarray(0, total);
  } finally {
    closeSync(fd);
  }
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes % 1024 === 0 ? 0 : 1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
}
