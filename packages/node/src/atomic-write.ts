import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { LedgerError } from '@ledger-synth/core';

/** Temp files are dot-files next to the target: same filesystem (so rename is atomic), easy to ignore. */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

export function isTempFileName(name: string): boolean {
  return /^\..+\.\d+\.[0-9a-f]{12}\.tmp$/.test(name);
}

/**
 * write(2) may write fewer bytes than asked (a full disk, a file size limit) and say so only in its
 * return value; the next call then fails with ENOSPC/EFBIG. Loop, so a short write is an error and
 * never a silently truncated file.
 */
function writeFully(fd: number, content: string | Iterable<string | Uint8Array>): void {
  // Chunk by chunk: a 40 MB cache never needs its whole text as one Buffer. A string chunk is
  // encoded into one reused buffer: a Buffer per chunk is memory outside V8's heap that lingers
  // until a collection finds its owner dead (~20 MB of them while a 100k-file cache is written).
  let scratch: Buffer | undefined;
  for (const chunk of typeof content === 'string' ? [content] : content) {
    let bytes: Uint8Array;
    if (typeof chunk === 'string') {
      const size = Buffer.byteLength(chunk, 'utf8');
      if (scratch === undefined || scratch.length < size) scratch = Buffer.allocUnsafeSlow(Math.max(size, 64 * 1024));
      bytes = scratch.subarray(0, scratch.write(chunk, 0, 'utf8'));
    } else bytes = chunk;
    for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset, bytes.length - offset);
  }
}

/**
 * Write a file so readers see the old bytes or the new bytes, never a mix: unique temp file in the
 * same directory, fsync, rename over the target. On any failure the temp file is removed.
 * `content` may be given as consecutive chunks (written in order, as if joined; a generator's
 * chunks are made as they are written). `beforeRename` runs at the last moment; if it throws, nothing is renamed and the temp file is removed.
 */
export function writeFileAtomic(
  target: string,
  content: string | Iterable<string | Uint8Array>,
  hooks?: { beforeRename?: () => void; /** false: skip the fsync (caches, which are checked on reading). */ durable?: boolean },
): void {
  const temp = tempPathFor(target);
  let fd: number | undefined;
  try {
    mkdirSync(dirname(target), { recursive: true });
    fd = openSync(temp, 'wx', 0o644);
    writeFully(fd, content);
    if (hooks?.durable !== false) fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    hooks?.beforeRename?.();
    renameSync(temp, target);
  } catch (error) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {}
    }
    try {
      unlinkSync(temp);
    } catch {}
    // A refusal from `beforeRename` (the lock was lost) is the caller's error to report as it is.
    if (error instanceof LedgerError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new LedgerError('E_WRITE', `could not write ${target}: ${code ?? ''} ${(error as Error).message}`.replace(/\s+/g, ' '), {
      cause: error,
      hint: code === 'ENOSPC' || code === 'EFBIG' || code === 'EDQUOT' ? 'The disk is full (or a size limit was hit); the previous file was left untouched.' : code === 'EACCES' || code === 'EROFS' || code === 'EPERM' ? 'The output location is not writable; the previous file was left untouched.' : undefined,
    });
  }
}

/**
 * Create a new file that must not already exist (event files are immutable, a lock is taken by
 * creating it). Written to a temp name first, then hard-linked into place, so the final name never
 * holds a partial file and an existing file is never replaced: a taken name throws EEXIST.
 * `durable: false` skips the fsync (a lock, rewritten or broken within seconds). `linkless:
 * 'create-in-place'` lets a filesystem without hard links fall back to an exclusive create of the
 * final name (a lock); by default such a filesystem is an error (an event must never be partial).
 */
export function createFileExclusive(
  target: string,
  content: string,
  options: { durable?: boolean; linkless?: 'error' | 'create-in-place' } = {},
): void {
  const temp = tempPathFor(target);
  try {
    mkdirSync(dirname(target), { recursive: true });
    const fd = openSync(temp, 'wx', 0o644);
    try {
      writeFully(fd, content);
      if (options.durable !== false) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    try {
      // link() fails with EEXIST instead of replacing; the temp name is removed below either way.
      linkSync(temp, target);
    } catch (error) {
      if (options.linkless !== 'create-in-place' || !LINKLESS.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
      const fd = openSync(target, 'wx', 0o644);
      try {
        writeFully(fd, content);
      } finally {
        closeSync(fd);
      }
    }
  } finally {
    try {
      unlinkSync(temp);
    } catch {}
  }
}

/** What link(2) says on filesystems without hard links. */
const LINKLESS = new Set(['EPERM', 'ENOTSUP', 'ENOSYS', 'EOPNOTSUPP']);
