import { lstatSync } from 'node:fs';
import { readCacheJson, writeCacheJson } from './cache-file.js';

/**
 * "This ledger file is exactly the synthesis of these inputs": a note in the stream's cache dir that
 * lets a run whose inputs all came from the cache skip the digest and the render when nothing
 * changed (at 10k events those are most of a warm run's work).
 *
 * Trusted on the same terms as the cache's segments: the output's stat key (size, mtime, ctime,
 * inode, device) must be unchanged, and it is recorded only for a file whose timestamps were
 * already older than the racy window when it was stat'ed, before its bytes were read and compared
 * with a full render. Any later change to the file moves its ctime past the recorded one.
 */
export interface FreshRecord {
  /** The output path, absolute. */
  readonly output: string;
  /** `Gathered.fingerprint` of the inputs the file was verified against. */
  readonly inputs: string;
  readonly digest: string;
  readonly eventCount: number;
  /** size, mtimeMs, ctimeMs, ino, dev of the output. */
  readonly key: readonly number[];
}

const FILE_NAME = 'fresh-ledger.json';

/** The stat key of a file, or undefined when it is missing or not a regular file. */
export function outputKey(path: string): number[] | undefined {
  try {
    const stat = lstatSync(path, { throwIfNoEntry: false });
    if (!stat || !stat.isFile()) return undefined;
    return [stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino, stat.dev];
  } catch {
    return undefined;
  }
}

/** Is a key old enough (both timestamps before `takenAt - racyMs`) to be trusted later? */
export function isSettled(key: readonly number[], takenAt: number, racyMs: number): boolean {
  return Math.max(key[1]!, key[2]!) < takenAt - racyMs;
}

/** The record that applies to `output` with these inputs and this stat key, if any. */
export function findFreshRecord(cacheDir: string, output: string, inputs: string, key: readonly number[]): FreshRecord | undefined {
  const record = readCacheJson(cacheDir, FILE_NAME);
  if (!isRecord(record)) return undefined;
  if (record.output !== output || record.inputs !== inputs) return undefined;
  return record.key.every((value, i) => value === key[i]) ? record : undefined;
}

/** Store a record (a cache that cannot be written only costs speed). */
export function saveFreshRecord(cacheDir: string, record: FreshRecord): void {
  writeCacheJson(cacheDir, FILE_NAME, record);
}

function isRecord(value: unknown): value is FreshRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r.output === 'string' &&
    typeof r.inputs === 'string' &&
    typeof r.digest === 'string' &&
    Number.isInteger(r.eventCount) &&
    Array.isArray(r.key) &&
    r.key.length === 5 &&
    r.key.every((n) => typeof n === 'number')
  );
}
