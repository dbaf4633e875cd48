import { createHash } from 'node:crypto';
import { isAscii } from 'node:buffer';
import { lstatSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { RENDER_FORMAT_VERSION, STATE_CODEC_LINES, type CompactWarning } from '@ledger-synth/core';
import { writeFileAtomic } from './atomic-write.js';
import type { StatKey } from './read-events.js';

/**
 * The cache: the fold of every settled file, with the stat key each file had when it was read.
 * One file per stream, `<dir>/fold.cache`:
 *
 *   ledger-synth-fold-cache/2|<render format>|<parser id>
 *   rows <n>
 *   [[name, size, mtimeMs, ctimeMs, ino, dev, reason|null, warnings|null], ...]    n lines of up to 1,024 rows
 *   <the folded state and tracker: STATE_CODEC_LINES lines, see state-codec.ts>
 *   end
 *
 * Rows come in lines so that a reader on a time budget (SessionStart) parses them between checks
 * of its deadline: at 100k files they are ~25 MB of JSON.
 *
 * The fold is a join (order, repeats and partitioning do not change it), so the state of the files
 * it covers plus the fold of the files it does not cover is the fold of all of them. It is used
 * only when every file it covers is still listed with exactly the key it was stored with (an edit
 * in place changes ctime, a replacement by rename the inode): a changed, removed or renamed file
 * makes the whole cache a miss, and the run reads everything (read-fold.ts).
 *
 * The file is ASCII (JSON escapes for anything else): Node decodes 9 MB of UTF-8 in ~80 ms on a
 * slow machine, and the same bytes as latin1 in ~2 ms.
 */

const FORMAT = 'ledger-synth-fold-cache/2';
const FILE_NAME = 'fold.cache';
const ROWS_PER_LINE = 1024;

/** One file the cached fold covers: its name (relative to the display root), key, and what it became. */
export type EntryRow = [name: string, size: number, mtimeMs: number, ctimeMs: number, ino: number, dev: number, reason: string | null, warnings: readonly CompactWarning[] | null];

export interface LoadedCache {
  /** The covered files, as JSON arrays of up to ROWS_PER_LINE rows (parsed by the caller, between checks of its deadline). */
  readonly rowLines: readonly string[];
  /** Decoded only once the rows are known to match (decodeState). */
  readonly stateLines: readonly string[];
}

/** How big the cache of `dir` is (0 when there is none): a reader on a budget weighs it before loading it. */
export function foldCacheBytes(dir: string): number {
  try {
    return statSync(join(dir, FILE_NAME)).size;
  } catch {
    return 0;
  }
}

/** The cache of `dir`, or undefined when it is missing, foreign (another format or parser) or torn. */
export function loadFoldCache(dir: string): LoadedCache | undefined {
  let text: string;
  try {
    const bytes = readFileSync(join(dir, FILE_NAME));
    if (!isAscii(bytes)) return undefined; // not written by storeFoldCache
    text = bytes.toString('latin1');
  } catch {
    return undefined;
  }
  const lines = text.split('\n');
  // Header, row count, the row lines, the state lines, `end`, and the final newline.
  const count = /^rows (\d+)$/.exec(lines[1] ?? '')?.[1];
  if (count === undefined || lines[0] !== currentFormat()) return undefined;
  const rowsEnd = 2 + Number(count);
  if (lines.length !== rowsEnd + STATE_CODEC_LINES + 2 || lines[lines.length - 2] !== 'end' || lines[lines.length - 1] !== '') return undefined;
  return { rowLines: lines.slice(2, rowsEnd), stateLines: lines.slice(rowsEnd, rowsEnd + STATE_CODEC_LINES) };
}

/** One covered file as JSON text, for `storeFoldCache`. */
export function rowText(name: string, key: StatKey, reason: string | undefined, warnings: readonly CompactWarning[] | undefined): string {
  return JSON.stringify([name, key.size, key.mtimeMs, key.ctimeMs, key.ino, key.dev, reason ?? null, warnings ?? null] satisfies EntryRow);
}

export function rowKey(row: EntryRow): StatKey {
  return { size: row[1], mtimeMs: row[2], ctimeMs: row[3], ino: row[4], dev: row[5] };
}

/**
 * Best effort (temp file + rename): a cache that cannot be written only costs speed next time.
 * `rowLines`: lines of a loaded cache, kept as they are; `rows`: one JSON text per new row (`rowText`).
 */
export function storeFoldCache(dir: string, rowLines: readonly string[], rows: readonly string[], stateLines: readonly string[]): void {
  try {
    ensureDir(dir);
    const lineCount = rowLines.length + Math.ceil(rows.length / ROWS_PER_LINE);
    // Made as they are written: at 100k files the rows alone are ~25 MB of JSON.
    function* chunks() {
      yield `${currentFormat()}\nrows ${lineCount}\n`;
      for (const line of rowLines) yield `${line}\n`;
      for (let at = 0; at < rows.length; at += ROWS_PER_LINE) yield `[${asciiJson(rows.slice(at, at + ROWS_PER_LINE).join(','))}]\n`;
      for (const line of stateLines) yield `${asciiJson(line)}\n`;
      yield 'end\n';
    }
    writeFileAtomic(join(dir, FILE_NAME), chunks(), { durable: false });
  } catch {}
}

/** JSON text with every non-ASCII character as a `\\uXXXX` escape (surrogate pairs as two): the same JSON value. */
function asciiJson(json: string): string {
  // byteLength is native: only text that holds something non-ASCII pays for the replace.
  return Buffer.byteLength(json, 'utf8') === json.length ? json : json.replace(NON_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const NON_ASCII = /[^\x00-\x7f]/g;

export function sameKey(a: StatKey, b: StatKey): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino && a.dev === b.dev;
}

/** Where a stream's cache lives: one directory per stream identity (events dir, archive, glob, limits). */
export function cacheDirFor(stateDir: string, identity: Record<string, string | number | undefined>): string {
  const id = createHash('sha256').update(JSON.stringify(identity)).digest('hex').slice(0, 16);
  return join(stateDir, 'cache', id);
}

/** Set by the build (scripts/build.mjs): a hash of the core sources, so a new parser never reads an older parser's fold. */
declare const __LEDGER_SYNTH_PARSER_ID__: string | undefined;

function currentFormat(): string {
  const parser = typeof __LEDGER_SYNTH_PARSER_ID__ === 'string' ? __LEDGER_SYNTH_PARSER_ID__ : 'source';
  return `${FORMAT}|${RENDER_FORMAT_VERSION}|${parser}`;
}

/** Created on the first write only: a run that stores nothing (a dry run on fresh files) leaves no trace. */
function ensureDir(dir: string): void {
  mkdirSync(dir, { recursive: true });
  // Local state: never committed, even where `.ledger-synth/` is not ignored.
  try {
    writeFileSync(join(dirname(dir), '.gitignore'), '# ledger-synth cache: local, never committed\n*\n', { flag: 'wx' });
  } catch {}
}

/*
 * The memo, `<dir>/start.memo` (named for its first user): answers for one listing, stored by
 * memo.ts for SessionStart and for the CLI's plain run. An answer is a pure function of the fold
 * (the listed files' bytes), of current.md and of the command's other inputs, so a run that finds
 * every event file and current.md with exactly the keys of the run that stored it (and the same
 * other inputs) gets that answer without reading anything. Stored only when all those files had
 * settled (see read-fold.ts on racy files), so a key can stand for the bytes.
 *
 * It holds three digests, checked cheapest first: the listed names (no system call), current.md's
 * key (one lstat), then every event file's key (one lstat each). A run after a new event, or after
 * current.md changed, stops at the first two and leaves the lstats to the read.
 */

const MEMO_FILE = 'start.memo';
const MEMO_ANSWERS = 4;

/** The listing a memo answers for: digests of the names, of current.md's key, of the event files' keys. */
export interface MemoListing {
  readonly names: string;
  readonly ledger: string;
  readonly events: string;
}

/** One digest of a listing's names (absolute paths, in listing order). */
export function namesDigest(paths: readonly string[]): string {
  return createHash('sha256').update(paths.join('\u0000')).digest('hex');
}

/** One digest of the names and their stat keys (same index): equal digests, same files with the same keys. */
export function listingDigest(paths: readonly string[], keys: readonly StatKey[]): string {
  const numbers = new Float64Array(keys.length * KEY_NUMBERS);
  for (let i = 0; i < keys.length; i++) putKey(numbers, i, keys[i]!);
  return digestOf(paths, numbers);
}

/** The listing digest of `paths` as they are now, or undefined when one is missing or changed within racyMs. */
export function statListing(paths: readonly string[], racyMs: number): string | undefined {
  const settledBefore = Date.now() - racyMs;
  // Straight into the digested numbers: at 10k files, a key object per file costs ~15 % of this loop.
  const numbers = new Float64Array(paths.length * KEY_NUMBERS);
  for (let i = 0; i < paths.length; i++) {
    let stat;
    try {
      stat = lstatSync(paths[i]!, { throwIfNoEntry: false });
    } catch {
      return undefined;
    }
    if (stat === undefined || Math.max(stat.mtimeMs, stat.ctimeMs) >= settledBefore) return undefined;
    putKey(numbers, i, stat);
  }
  return digestOf(paths, numbers);
}

const KEY_NUMBERS = 5;

function putKey(numbers: Float64Array, i: number, key: StatKey): void {
  const at = i * KEY_NUMBERS;
  numbers[at] = key.size;
  numbers[at + 1] = key.mtimeMs;
  numbers[at + 2] = key.ctimeMs;
  numbers[at + 3] = key.ino;
  numbers[at + 4] = key.dev;
}

function digestOf(paths: readonly string[], numbers: Float64Array): string {
  return createHash('sha256').update(paths.join('\u0000')).update(new Uint8Array(numbers.buffer)).digest('hex');
}

interface Memo extends MemoListing {
  readonly format: string;
  readonly answers: [string, unknown][];
}

/**
 * The answer stored for this listing and these other inputs (`inputsId`), if any. `listing` is
 * asked for lazily, one digest at a time, so a memo for other names costs no lstat.
 */
export function loadMemo(dir: string, listing: { names: string; ledger(): string | undefined; events(): string | undefined }, inputsId: string): unknown {
  const memo = readMemo(dir);
  if (memo === undefined || memo.names !== listing.names || memo.ledger !== listing.ledger() || memo.events !== listing.events()) return undefined;
  return memo.answers.find(([id]) => id === inputsId)?.[1];
}

/** Best effort. Answers for the same listing accumulate (Claude Code and Codex starts, the CLI), a few at most. */
export function storeMemo(dir: string, listing: MemoListing, inputsId: string, answer: unknown): void {
  try {
    const memo = readMemo(dir);
    const same = memo !== undefined && memo.names === listing.names && memo.ledger === listing.ledger && memo.events === listing.events;
    const kept = same ? memo.answers.filter(([id]) => id !== inputsId).slice(-(MEMO_ANSWERS - 1)) : [];
    ensureDir(dir);
    const next: Memo = { format: currentFormat(), names: listing.names, ledger: listing.ledger, events: listing.events, answers: [...kept, [inputsId, answer]] };
    writeFileAtomic(join(dir, MEMO_FILE), JSON.stringify(next), { durable: false });
  } catch {}
}

function readMemo(dir: string): Memo | undefined {
  try {
    const memo = JSON.parse(readFileSync(join(dir, MEMO_FILE), 'utf8')) as Memo;
    const valid = memo.format === currentFormat() && [memo.names, memo.ledger, memo.events].every((d) => typeof d === 'string') && Array.isArray(memo.answers);
    return valid ? memo : undefined;
  } catch {
    return undefined;
  }
}
