import { createHash, type Hash } from 'node:crypto';
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write.js';
import { cacheFormat, ensureCacheDir } from './fold-cache.js';
import { putStatKey, readStateFile, STAT_KEY_NUMBERS } from './read-events.js';

/*
 * The memo, `<dir>/start.memo` (named for its first user): answers for one listing, stored by
 * memo.ts for SessionStart and for the CLI's plain run. An answer is a pure function of the fold
 * (the listed files' bytes), of current.md and of the command's other inputs, so a run that finds
 * every event file and current.md with exactly the keys of the run that stored it (and the same
 * other inputs) gets that answer without reading anything. Stored only when all those files had
 * settled (see read-fold.ts on racy files), so a key can stand for the bytes.
 *
 * It holds the listed directories' keys and three digests, checked cheapest first by memo.ts: the
 * directories (two lstats), current.md's key (one), the names (a listing), then every event file's
 * key (one lstat each). A run after a new event, or after current.md changed, stops before the
 * listing or the lstats and leaves them to the read.
 */

const MEMO_FILE = 'start.memo';
const MEMO_ANSWERS = 4;

/** The listing a memo answers for: the listed directories' keys, digests of the names, of current.md's key, of the event files' keys. */
export interface MemoListing {
  /** Undefined for a user glob (no directories to key). */
  readonly dirs: string | undefined;
  readonly names: string;
  readonly ledger: string;
  readonly events: string;
}

/** Paths hashed per update: a piece is ~100 KB of text, never one string of every path (~1 MB at 10k files, in V8's large-object space). */
const PATHS_PER_UPDATE = 1024;

/**
 * The hash of a listing's names (absolute paths, in listing order), NUL-separated: the same bytes as
 * `paths.join('\u0000')`, fed in pieces. A piece ends at a path, so no character is split.
 */
function namesHash(paths: readonly string[]): Hash {
  const hash = createHash('sha256');
  for (let start = 0; start < paths.length; start += PATHS_PER_UPDATE) {
    if (start > 0) hash.update('\u0000');
    hash.update(paths.slice(start, start + PATHS_PER_UPDATE).join('\u0000'));
  }
  return hash;
}

/** One digest of a listing's names (absolute paths, in listing order). */
export function namesDigest(paths: readonly string[]): string {
  return namesHash(paths).digest('hex');
}

/**
 * The names digest and the listing digest of `paths` as they are now (the second undefined when a
 * file is missing or changed within racyMs), hashing the names once for both: a memo check after
 * a change of names stops at the first, before any lstat.
 */
export function namesThenListing(paths: readonly string[], racyMs: number): { names: string; listing: () => string | undefined } {
  const names = namesHash(paths);
  // Each answer from a copy: `listing` may be asked more than once (a digest used up the hash it ends).
  return { names: names.copy().digest('hex'), listing: () => statListing(paths, racyMs, names.copy()) };
}

/** The listing digest of `paths` as they are now, or undefined when one is missing or changed within racyMs. */
export function statListing(paths: readonly string[], racyMs: number, names?: Hash): string | undefined {
  const settledBefore = Date.now() - racyMs;
  // Straight into the digested numbers: at 10k files, a key object per file costs ~15 % of this loop.
  const numbers = new Float64Array(paths.length * STAT_KEY_NUMBERS);
  for (let i = 0; i < paths.length; i++) {
    let stat;
    try {
      stat = lstatSync(paths[i]!, { throwIfNoEntry: false });
    } catch {
      return undefined;
    }
    if (stat === undefined || Math.max(stat.mtimeMs, stat.ctimeMs) >= settledBefore) return undefined;
    putStatKey(numbers, i * STAT_KEY_NUMBERS, stat);
  }
  return listingDigest(paths, numbers, names);
}

/**
 * One digest of the names and their stat keys (STAT_KEY_NUMBERS numbers per name, same index):
 * equal digests, same files with the same keys. `names`: the names already hashed (namesHash).
 */
export function listingDigest(paths: readonly string[], numbers: Float64Array, names = namesHash(paths)): string {
  return names.update(new Uint8Array(numbers.buffer, numbers.byteOffset, numbers.byteLength)).digest('hex');
}

interface Memo extends MemoListing {
  readonly format: string;
  readonly answers: [string, unknown][];
}

/** The memo of `dir` if it holds an answer for these inputs (`inputsId`): the listing it stands for, and the answer. */
export function loadMemo(dir: string, inputsId: string): { listing: MemoListing; answer: unknown } | undefined {
  const memo = readMemo(dir);
  const answer = memo?.answers.find(([id]) => id === inputsId);
  return memo === undefined || answer === undefined ? undefined : { listing: memo, answer: answer[1] };
}

/** Best effort. Answers for the same listing accumulate (Claude Code and Codex starts, the CLI), a few at most. */
export function storeMemo(dir: string, listing: MemoListing, inputsId: string, answer: unknown): void {
  try {
    const memo = readMemo(dir);
    // Answers for the same files stay (the directories' keys may have changed without them: a temp file came and went).
    const same = memo !== undefined && memo.names === listing.names && memo.ledger === listing.ledger && memo.events === listing.events;
    const kept = same ? memo.answers.filter(([id]) => id !== inputsId).slice(-(MEMO_ANSWERS - 1)) : [];
    ensureCacheDir(dir);
    const next: Memo = { format: cacheFormat(), ...listing, answers: [...kept, [inputsId, answer]] };
    writeFileAtomic(join(dir, MEMO_FILE), JSON.stringify(next), { durable: false });
  } catch {}
}

function readMemo(dir: string): Memo | undefined {
  try {
    const bytes = readStateFile(join(dir, MEMO_FILE));
    if (bytes === undefined) return undefined;
    const memo = JSON.parse(bytes.toString('utf8')) as Memo;
    const valid =
      memo.format === cacheFormat() &&
      [memo.names, memo.ledger, memo.events].every((d) => typeof d === 'string') &&
      (memo.dirs === undefined || typeof memo.dirs === 'string') &&
      Array.isArray(memo.answers);
    return valid ? memo : undefined;
  } catch {
    return undefined;
  }
}
