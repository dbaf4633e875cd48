import { randomBytes } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readSync, rmdirSync, unlinkSync, utimesSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { LedgerError } from '@ledger-synth/core';
import { createFileExclusive } from './atomic-write.js';

export interface LockOptions {
  /** Give up after this long (ms) with E_LOCK_TIMEOUT. 0 = try exactly once. */
  readonly timeoutMs: number;
  /** A lock not refreshed for this long (ms) is considered abandoned. */
  readonly staleMs: number;
}

interface LockRecord {
  readonly pid: number;
  readonly host: string;
  readonly token: string;
  readonly acquiredAt: string;
}

export interface LockHandle {
  readonly path: string;
  /** Touch the lock so waiters do not treat a long-running holder as stale. Cheap; call freely. */
  refresh(): void;
  /** Throws E_LOCK_LOST if someone broke our lock (e.g. we were paused past the stale bound). */
  assertHeld(): void;
  release(): void;
}

const HOST = hostname();

/**
 * An exclusive lock file (`open(..., 'wx')`). Why not proper-lockfile: its default `onCompromised`
 * throws from a timer and its stale reclaim can let two waiters both "break" a lock; here breaking is
 * done under a second, short-lived guard file and re-checked, so only a truly abandoned lock is removed.
 */
export async function acquireLock(path: string, options: LockOptions): Promise<LockHandle> {
  const token = randomBytes(8).toString('hex');
  const record: LockRecord = { pid: process.pid, host: HOST, token, acquiredAt: new Date().toISOString() };
  const started = Date.now();
  let delay = 5;
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (error) {
    throw lockWriteError(path, error);
  }
  for (;;) {
    if (tryCreate(path, record)) return makeHandle(path, options, token);
    const kind = lockKind(path);
    let holder: LockRecord | undefined | 'missing' = 'missing';
    if (kind === 'file') {
      holder = readRecord(path);
      if (holder !== 'missing' && isAbandoned(path, holder, options.staleMs) && breakLock(path, holder, options.staleMs)) continue;
    } else if (kind === 'foreign') {
      // A symlink (dangling or not) or an empty directory: never a lock of ours, and removing it
      // loses nothing. Judged broken at once instead of timing out on every run forever.
      if (clearForeign(path)) continue;
    } else if (kind === 'unusable') {
      throw unusableError(path);
    }
    // Whatever happened above, the timeout applies: a break that failed never loops hot.
    if (Date.now() - started >= options.timeoutMs) throw timeoutError(path, holder, options.timeoutMs);
    await sleep(delay + Math.floor(Math.random() * delay));
    delay = Math.min(delay * 2, 100);
  }
}

/**
 * What sits at the lock path, without following a symlink or opening a FIFO: our lock file, nothing,
 * something broken we may remove (a symlink, an empty directory), or something we must not touch.
 */
function lockKind(path: string): 'file' | 'missing' | 'foreign' | 'unusable' {
  try {
    const stat = lstatSync(path);
    if (stat.isFile()) return 'file';
    if (stat.isSymbolicLink()) return 'foreign';
    if (stat.isDirectory()) return readdirSync(path).length === 0 ? 'foreign' : 'unusable';
    return 'unusable';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unusable';
  }
}

/** Remove a symlink or an empty directory at `path`; true if something was removed. */
function clearForeign(path: string): boolean {
  try {
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) unlinkSync(path); // the link itself, never its target
    else if (stat.isDirectory()) rmdirSync(path); // only ever succeeds on an empty directory
    else return false;
    return true;
  } catch {
    return false; // gone already, or not empty any more: the next round looks again
  }
}

function unusableError(path: string): LedgerError {
  return new LedgerError('E_LOCK', `the lock path ${path} is a directory (or another kind of file) that is not a lock file; no run can take the lock until it is removed`, {
    hint: `Nothing was written. Look inside, then remove it:\n  rm -r '${path}'`,
  });
}

export async function withLock<T>(path: string, options: LockOptions, work: (lock: LockHandle) => Promise<T> | T): Promise<T> {
  const lock = await acquireLock(path, options);
  try {
    return await work(lock);
  } finally {
    lock.release();
  }
}

/**
 * Create the lock file with its record already inside (atomic-write.ts: temp file, then a hard link
 * that fails with EEXIST instead of replacing), so a lock file is never empty, even if its creator
 * is killed or the disk is full half-way. Without hard links: an exclusive create of the lock.
 */
function tryCreate(path: string, record: LockRecord): boolean {
  try {
    createFileExclusive(path, JSON.stringify(record), { durable: false, linkless: 'create-in-place' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw lockWriteError(path, error);
  }
}

function lockWriteError(path: string, error: unknown): LedgerError {
  if (error instanceof LedgerError) return error;
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const hint =
    code === 'ENOSPC'
      ? 'The disk is full; nothing was written.'
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? 'The output directory is not writable (the lock file lives next to the output); nothing was written.'
        : code === 'ENOTDIR' || code === 'EEXIST'
          ? 'A parent of the output path is a file, not a directory; nothing was written.'
          : undefined;
  return new LedgerError('E_WRITE', `cannot create the lock file ${path}: ${code} ${(error as Error).message}`.replace(/\s+/g, ' '), { cause: error, hint });
}

/**
 * 'missing' when the file vanished; undefined when it exists but is empty/unreadable (mid-creation
 * or corrupt) or is not a regular file. Never follows a symlink or blocks on a FIFO.
 */
function readRecord(path: string): LockRecord | undefined | 'missing' {
  let text: string;
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : undefined;
  }
  try {
    if (!fstatSync(fd).isFile()) return undefined;
    const buffer = Buffer.alloc(4096);
    const length = readSync(fd, buffer, 0, buffer.length, 0);
    text = buffer.subarray(0, length).toString('utf8');
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
  try {
    const value = JSON.parse(text) as Partial<LockRecord>;
    // pid + host are enough to judge liveness; a record without a token (older or foreign writer)
    // must still be recoverable when its holder is dead, not wait out the stale bound.
    if (typeof value.pid === 'number' && typeof value.host === 'string') {
      return { pid: value.pid, host: value.host, token: typeof value.token === 'string' ? value.token : '', acquiredAt: String(value.acquiredAt ?? 'unknown') };
    }
  } catch {}
  return undefined;
}

function ageMs(path: string): number | undefined {
  try {
    return Date.now() - lstatSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

function isAbandoned(path: string, holder: LockRecord | undefined, staleMs: number): boolean {
  // A holder on this machine whose process is gone is abandoned at once: a `kill -9` is recovered
  // immediately, without waiting out the stale bound.
  if (holder && holder.host === HOST && !isProcessAlive(holder.pid)) return true;
  const age = ageMs(path);
  return age !== undefined && age > staleMs;
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Remove an abandoned lock, but only if it is still the same abandoned lock: two waiters that both
 * judged it stale must not let the slower one delete the lock the faster one has just taken.
 */
function breakLock(path: string, judged: LockRecord | undefined, staleMs: number): boolean {
  const guard = `${path}.break`;
  const guardRecord: LockRecord = { pid: process.pid, host: HOST, token: randomBytes(8).toString('hex'), acquiredAt: new Date().toISOString() };
  if (!tryCreate(guard, guardRecord)) {
    // Another process is breaking right now; if that process died mid-break, clear its guard
    // (a guard that is a symlink or an empty directory is broken too).
    if (lockKind(guard) === 'foreign') return clearForeign(guard);
    const holder = readRecord(guard);
    if (holder !== 'missing' && isAbandoned(guard, holder, Math.min(staleMs, 2_000))) {
      try {
        unlinkSync(guard);
        return true;
      } catch {}
    }
    return false;
  }
  try {
    const current = readRecord(path);
    if (current === 'missing') return true;
    const same = current?.token === judged?.token;
    if (same && isAbandoned(path, current, staleMs)) {
      unlinkSync(path);
      return true;
    }
    return false;
  } catch {
    // Lost a race with the holder releasing it: fine, the next attempt will see.
    return false;
  } finally {
    try {
      unlinkSync(guard);
    } catch {}
  }
}

function makeHandle(path: string, options: LockOptions, token: string): LockHandle {
  let released = false;
  let lastTouch = Date.now();
  // Touch in the background too, for holders that await I/O; unref'd so it never keeps a process alive.
  const timer = setInterval(() => handle.refresh(), Math.max(50, Math.floor(options.staleMs / 3)));
  timer.unref();
  const owns = () => {
    const current = readRecord(path);
    return current !== 'missing' && current?.token === token;
  };
  const handle: LockHandle = {
    path,
    refresh() {
      if (released || Date.now() - lastTouch < options.staleMs / 4) return;
      lastTouch = Date.now();
      try {
        const now = new Date();
        utimesSync(path, now, now);
      } catch {}
    },
    assertHeld() {
      if (!owns()) {
        throw new LedgerError('E_LOCK_LOST', `lost the lock ${path}: another process broke it as stale (this process was paused longer than ${options.staleMs} ms); nothing was written`);
      }
    },
    release() {
      if (released) return;
      released = true;
      clearInterval(timer);
      // Only remove the lock if it is still ours.
      if (owns()) {
        try {
          unlinkSync(path);
        } catch {}
      }
    },
  };
  return handle;
}

function timeoutError(path: string, holder: LockRecord | undefined | 'missing', timeoutMs: number): LedgerError {
  const who =
    holder && holder !== 'missing' ? `pid ${holder.pid} on ${holder.host}, since ${holder.acquiredAt}` : 'an unknown process';
  return new LedgerError('E_LOCK_TIMEOUT', `timed out after ${timeoutMs} ms waiting for the lock ${path} (held by ${who})`, {
    hint: `If no synthesis is running, the lock is left over: delete it with\n  rm '${path}'`,
  });
}
