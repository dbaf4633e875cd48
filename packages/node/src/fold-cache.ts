import { createHash, randomBytes } from 'node:crypto';
import { isAscii } from 'node:buffer';
import { appendFileSync, existsSync, lstatSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { RENDER_FORMAT_VERSION, STATE_CODEC_LINES, type CompactWarning } from '@ledger-synth/core';
import { writeFileAtomic } from './atomic-write.js';
import type { StatKey } from './read-events.js';

/**
 * The cache: the fold of every settled file, with the stat key each file had when it was read.
 * One file per stream, `<dir>/fold.cache`, ASCII (JSON escapes for anything else):
 *
 *   ledger-synth-fold-cache/4|<render format>|<parser id>
 *   rows <n> warnings <w> id <random id of this file>
 *   ["name", ...]                                   the n covered files (relative to the display root)
 *   <base64>                                        per row: size, mtimeMs, ctimeMs, ino, dev, warning
 *                                                   count, warning line (-1: none), as float64
 *   [[row, reason], ...]                            the rows that did not become events
 *   [[row, [warning, ...]], ...]                    w lines of up to 1,024 rows' compact warnings
 *   <the folded state and tracker: STATE_CODEC_LINES lines, see state-codec.ts>
 *   end
 *
 * A reader matches names and keys without parsing a JSON value per file, and parses a warnings
 * line only when it shows one of its warnings (a command shows the first 20): at 10k realistic
 * files the warnings are a third of the file and 30k small arrays.
 *
 * The fold is a join (order, repeats and partitioning do not change it), so the state of the files
 * it covers plus the fold of the files it does not cover is the fold of all of them. It is used
 * only when every file it covers is still listed with exactly the key it was stored with (an edit
 * in place changes ctime, a replacement by rename the inode): a changed, removed or renamed file
 * makes the whole cache a miss, and the run reads everything (read-fold.ts).
 *
 * Read as latin1, line by line from the bytes (only the lines used become strings): Node decodes
 * 9 MB of UTF-8 in ~80 ms on a slow machine, and the same bytes as latin1 in ~2 ms.
 */

const FORMAT = 'ledger-synth-fold-cache/4';
const FILE_NAME = 'fold.cache';
const JOURNAL_NAME = 'fold.journal';
const WARNINGS_PER_LINE = 1024;
/** Numbers per row in the keys line. */
export const ROW_NUMBERS = 7;

export interface LoadedCache {
  /** This base file's id: journal entries name it. */
  readonly id: string;
  /** Rows appended since the base was written (`fold.journal`), with their events to fold again. */
  readonly journal: NewRows;
  readonly names: readonly string[];
  /** ROW_NUMBERS per row: the stat key (5), the warning count and the warning line (-1: none). */
  readonly keys: Float64Array;
  readonly reasons: ReadonlyMap<number, string>;
  /** The warnings of `row` (parses its line once); undefined for a row without warnings. */
  warningsOf(row: number): readonly CompactWarning[] | undefined;
  /** Decoded only once the rows are known to match (decodeState). */
  readonly stateLines: readonly string[];
  /** The warning lines as stored, written again as they are when the cache grows. */
  readonly warningLines: readonly Uint8Array[];
}

/** Remove the cache of `dir` (found damaged); false when it could not be removed. */
export function dropFoldCache(dir: string): boolean {
  try {
    rmSync(join(dir, FILE_NAME), { force: true });
    rmSync(join(dir, JOURNAL_NAME), { force: true });
    return true;
  } catch {
    return false;
  }
}

/** How big the cache of `dir` is (0 when there is none): a reader on a budget weighs it before loading it. */
export function foldCacheBytes(dir: string): number {
  try {
    return statSync(join(dir, FILE_NAME)).size;
  } catch {
    return 0;
  }
}

/** The cache of `dir`, or undefined when it is missing, foreign (another format or parser), torn or damaged. */
export function loadFoldCache(dir: string): LoadedCache | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(dir, FILE_NAME));
  } catch {
    return undefined;
  }
  try {
    const lines = new LineReader(bytes);
    if (lines.text() !== currentFormat()) return undefined;
    const counts = /^rows (\d+) warnings (\d+) id ([0-9a-f]{16})$/.exec(lines.text() ?? '');
    if (!counts) return undefined;
    const [rowCount, lineCount] = [Number(counts[1]), Number(counts[2])];
    const names = JSON.parse(lines.text() ?? '') as unknown;
    const keyBytes = Buffer.from(lines.text() ?? '', 'base64');
    const reasonList = JSON.parse(lines.text() ?? '') as unknown;
    const warningLines: Uint8Array[] = [];
    // A count the file cannot hold (a damaged header) stops at its last line.
    for (let k = 0; k < lineCount; k++) {
      const line = lines.bytes();
      if (line === undefined) return undefined;
      warningLines.push(line);
    }
    const stateLines: string[] = [];
    for (let k = 0; k < STATE_CODEC_LINES; k++) {
      const line = lines.text();
      if (line === undefined) return undefined;
      stateLines.push(line);
    }
    if (lines.text() !== 'end' || !lines.atEnd()) return undefined;
    if (!Array.isArray(names) || names.length !== rowCount || !names.every((name) => typeof name === 'string')) return undefined;
    if (keyBytes.length !== rowCount * ROW_NUMBERS * 8 || !Array.isArray(reasonList)) return undefined;
    const keys = new Float64Array(rowCount * ROW_NUMBERS);
    new Uint8Array(keys.buffer).set(keyBytes);
    for (let row = 0; row < rowCount; row++) {
      // A row has warnings (a positive whole count) exactly when it names a line that holds them.
      const count = keys[row * ROW_NUMBERS + 5]!;
      const line = keys[row * ROW_NUMBERS + 6]!;
      const valid = count === 0 ? line === -1 : Number.isInteger(count) && count > 0 && Number.isInteger(line) && line >= 0 && line < lineCount;
      if (!valid) return undefined;
    }
    const reasons = new Map<number, string>();
    for (const entry of reasonList as unknown[]) {
      if (!Array.isArray(entry) || !Number.isInteger(entry[0]) || typeof entry[1] !== 'string') return undefined;
      reasons.set(entry[0] as number, entry[1]);
    }
    const parsedLines = new Map<number, Map<number, readonly CompactWarning[]>>();
    const warningsOf = (row: number): readonly CompactWarning[] | undefined => {
      const line = keys[row * ROW_NUMBERS + 6]!;
      if (line === -1) return undefined;
      let byRow = parsedLines.get(line);
      if (byRow === undefined) {
        const text = warningLines[line]!;
        if (!isAscii(text)) throw new Error('a warnings line is not ASCII');
        byRow = new Map(JSON.parse(Buffer.from(text.buffer, text.byteOffset, text.byteLength).toString('latin1')) as [number, CompactWarning[]][]);
        parsedLines.set(line, byRow);
      }
      const list = byRow.get(row);
      if (list === undefined) throw new Error(`row ${row} has no warnings in line ${line}`);
      return list;
    };
    return { id: counts[3]!, journal: loadJournal(dir, counts[3]!), names: names as string[], keys, reasons, warningsOf, stateLines, warningLines };
  } catch {
    return undefined; // a damaged cache is a miss
  }
}

/** Lines of ASCII bytes: only the ones asked for as text are decoded. */
class LineReader {
  private at = 0;
  constructor(private readonly data: Buffer) {}

  /** The next line's bytes; undefined past the end or for a last line without its newline (torn). */
  bytes(): Uint8Array | undefined {
    const end = this.data.indexOf(10, this.at);
    if (end === -1) return undefined;
    const line = this.data.subarray(this.at, end);
    this.at = end + 1;
    return line;
  }

  text(): string | undefined {
    const line = this.bytes();
    if (line === undefined) return undefined;
    if (!isAscii(line)) throw new Error('not ASCII: not written by storeFoldCache');
    return Buffer.from(line.buffer, line.byteOffset, line.byteLength).toString('latin1');
  }

  atEnd(): boolean {
    return this.at === this.data.length;
  }
}

/** The rows a read adds to the cache, kept small: a name, seven numbers, and JSON text for warnings. */
export class NewRows {
  readonly names: string[] = [];
  private numbers = new Float64Array(1024 * ROW_NUMBERS);
  readonly reasons: [number, string][] = [];
  /** Each row's warnings as JSON text ('' for none). */
  readonly warnings: string[] = [];
  /** Each row's event as `encodeOutcome` JSON (null: none), kept only for a journal entry. */
  readonly outcomes: (string | null)[] = [];

  get length(): number {
    return this.names.length;
  }

  add(name: string, key: StatKey, reason: string | undefined, warnings: readonly CompactWarning[] | undefined, outcome: string | null = null): void {
    const row = this.names.length;
    if ((row + 1) * ROW_NUMBERS > this.numbers.length) {
      const grown = new Float64Array(this.numbers.length * 2);
      grown.set(this.numbers);
      this.numbers = grown;
    }
    const at = row * ROW_NUMBERS;
    this.numbers[at] = key.size;
    this.numbers[at + 1] = key.mtimeMs;
    this.numbers[at + 2] = key.ctimeMs;
    this.numbers[at + 3] = key.ino;
    this.numbers[at + 4] = key.dev;
    this.numbers[at + 5] = warnings?.length ?? 0;
    this.numbers[at + 6] = -1; // set when stored
    this.names.push(name);
    if (reason !== undefined) this.reasons.push([row, reason]);
    if (warnings !== undefined && warnings.length > 0) this.warnings.push(JSON.stringify(warnings));
    else this.warnings.push('');
    this.outcomes.push(outcome);
  }

  keyNumbers(): Float64Array {
    return this.numbers.subarray(0, this.names.length * ROW_NUMBERS);
  }

  reasonOf(row: number): string | undefined {
    return this.reasonMap().get(row);
  }

  warningsAt(row: number): readonly CompactWarning[] | undefined {
    const text = this.warnings[row];
    return text ? (JSON.parse(text) as CompactWarning[]) : undefined;
  }

  /** These rows followed by `more`'s. */
  concat(more: NewRows): NewRows {
    const all = new NewRows();
    for (const part of [this, more]) {
      for (let r = 0; r < part.length; r++) all.add(part.names[r]!, rowKeyOf(part.numbers, r), part.reasonOf(r), part.warningsAt(r), part.outcomes[r] ?? null);
    }
    return all;
  }

  private reasonsByRow: Map<number, string> | undefined;

  private reasonMap(): Map<number, string> {
    if (this.reasonsByRow === undefined || this.reasonsByRow.size !== this.reasons.length) this.reasonsByRow = new Map(this.reasons);
    return this.reasonsByRow;
  }
}

/**
 * `fold.journal`: rows read since the base was written, one line per run that added a few:
 * `<base id> <checksum> <JSON>`. A run with a handful of new files appends them (and their events,
 * folded again on load) instead of rewriting the whole base; past JOURNAL rows the base is rewritten
 * and the journal removed. A line for another base, torn or damaged is skipped: its files are
 * simply read again.
 */
export function journalLimit(baseRows: number): number {
  return Math.max(64, Math.floor(baseRows / 16));
}

interface JournalEntry {
  readonly names: string[];
  readonly keys: number[];
  readonly reasons: [number, string][];
  readonly warnings: (CompactWarning[] | null)[];
  readonly outcomes: (string | null)[];
}

/** Append `rows` (with their outcomes) for the base `id`. Best effort, like every cache write. */
export function appendFoldJournal(dir: string, id: string, rows: NewRows): void {
  try {
    const keys: number[] = [];
    const numbers = rows.keyNumbers();
    for (let r = 0; r < rows.length; r++) keys.push(...numbers.subarray(r * ROW_NUMBERS, r * ROW_NUMBERS + 5));
    const entry: JournalEntry = { names: rows.names, keys, reasons: rows.reasons, warnings: rows.names.map((_, r) => rows.warningsAt(r) as CompactWarning[] | undefined ?? null), outcomes: rows.outcomes };
    const json = asciiJson(JSON.stringify(entry));
    appendFileSync(join(dir, JOURNAL_NAME), `${id} ${checksum(json)} ${json}\n`);
  } catch {}
}

function loadJournal(dir: string, id: string): NewRows {
  const rows = new NewRows();
  let text: string;
  try {
    text = readFileSync(join(dir, JOURNAL_NAME), 'utf8');
  } catch {
    return rows;
  }
  for (const line of text.split('\n')) {
    const [lineId, sum, json] = [line.slice(0, 16), line.slice(17, 33), line.slice(34)];
    if (lineId !== id || line[16] !== ' ' || line[33] !== ' ' || checksum(json) !== sum) continue;
    try {
      const entry = JSON.parse(json) as JournalEntry;
      const count = entry.names.length;
      const valid =
        entry.names.every((name) => typeof name === 'string') &&
        entry.keys.length === count * 5 &&
        entry.keys.every((n) => typeof n === 'number') &&
        entry.warnings.length === count &&
        entry.outcomes.length === count &&
        entry.reasons.every(([row, reason]) => Number.isInteger(row) && row >= 0 && row < count && typeof reason === 'string');
      if (!valid) continue;
      const reasons = new Map(entry.reasons);
      for (let r = 0; r < count; r++) {
        const [size, mtimeMs, ctimeMs, ino, dev] = entry.keys.slice(r * 5, r * 5 + 5) as [number, number, number, number, number];
        rows.add(entry.names[r]!, { size, mtimeMs, ctimeMs, ino, dev }, reasons.get(r), entry.warnings[r] ?? undefined, entry.outcomes[r] ?? null);
      }
    } catch {
      continue;
    }
  }
  return rows;
}

function checksum(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** The stat key stored for `row` of a loaded cache equals `key`. */
export function sameRowKey(keys: Float64Array, row: number, key: StatKey): boolean {
  const at = row * ROW_NUMBERS;
  return keys[at] === key.size && keys[at + 1] === key.mtimeMs && keys[at + 2] === key.ctimeMs && keys[at + 3] === key.ino && keys[at + 4] === key.dev;
}

export function rowKeyOf(keys: Float64Array, row: number): StatKey {
  const at = row * ROW_NUMBERS;
  return { size: keys[at]!, mtimeMs: keys[at + 1]!, ctimeMs: keys[at + 2]!, ino: keys[at + 3]!, dev: keys[at + 4]! };
}

/**
 * Best effort (temp file + rename): a cache that cannot be written only costs speed next time.
 * `old`: the loaded cache the new rows extend (its warning lines are written again as they are);
 * `stateText`: the state's lines (encodeStateText), written as they are made.
 */
export function storeFoldCache(dir: string, old: LoadedCache | undefined, rows: NewRows, stateText: Iterable<string>): void {
  try {
    ensureDir(dir);
    const oldCount = old?.names.length ?? 0;
    const oldLines = old?.warningLines.length ?? 0;
    const keys = new Float64Array((oldCount + rows.length) * ROW_NUMBERS);
    if (old) keys.set(old.keys);
    keys.set(rows.keyNumbers(), oldCount * ROW_NUMBERS);
    // The new rows' warnings, in lines of up to WARNINGS_PER_LINE rows after the old lines: the
    // line of each row is known before the keys are written, the lines are made as they are written.
    const warned: number[] = [];
    for (let r = 0; r < rows.length; r++) {
      if (rows.warnings[r] === '') continue;
      keys[(oldCount + r) * ROW_NUMBERS + 6] = oldLines + Math.floor(warned.length / WARNINGS_PER_LINE);
      warned.push(r);
    }
    const newLineCount = Math.ceil(warned.length / WARNINGS_PER_LINE);
    const reasons = [...(old?.reasons ?? []), ...rows.reasons.map(([row, reason]) => [oldCount + row, reason] as const)];
    function* chunks(): Generator<string | Uint8Array> {
      yield `${currentFormat()}\nrows ${oldCount + rows.length} warnings ${oldLines + newLineCount} id ${randomBytes(8).toString('hex')}\n`;
      yield `${asciiJson(JSON.stringify([...(old?.names ?? []), ...rows.names]))}\n`;
      yield `${Buffer.from(keys.buffer, keys.byteOffset, keys.byteLength).toString('base64')}\n`;
      yield `${asciiJson(JSON.stringify(reasons))}\n`;
      for (const line of old?.warningLines ?? []) yield* [line, '\n'];
      for (let at = 0; at < warned.length; at += WARNINGS_PER_LINE) {
        const entries = warned.slice(at, at + WARNINGS_PER_LINE).map((r) => `[${oldCount + r},${rows.warnings[r]!}]`);
        yield `${asciiJson(`[${entries.join(',')}]`)}\n`;
      }
      for (const piece of stateText) yield asciiJson(piece);
      yield 'end\n';
    }
    writeFileAtomic(join(dir, FILE_NAME), chunks(), { durable: false });
    // The journal named the old base: its rows are in this one now (or were not wanted).
    rmSync(join(dir, JOURNAL_NAME), { force: true });
  } catch {}
}

/** JSON text with every non-ASCII character as a `\\uXXXX` escape (surrogate pairs as two): the same JSON value. */
function asciiJson(json: string): string {
  // byteLength is native: only text that holds something non-ASCII pays for the replace.
  return Buffer.byteLength(json, 'utf8') === json.length ? json : json.replace(NON_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const NON_ASCII = /[^\x00-\x7f]/g;


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
    ensureDir(dir);
    const next: Memo = { format: currentFormat(), ...listing, answers: [...kept, [inputsId, answer]] };
    writeFileAtomic(join(dir, MEMO_FILE), JSON.stringify(next), { durable: false });
  } catch {}
}

function readMemo(dir: string): Memo | undefined {
  try {
    const memo = JSON.parse(readFileSync(join(dir, MEMO_FILE), 'utf8')) as Memo;
    const valid =
      memo.format === currentFormat() &&
      [memo.names, memo.ledger, memo.events].every((d) => typeof d === 'string') &&
      (memo.dirs === undefined || typeof memo.dirs === 'string') &&
      Array.isArray(memo.answers);
    return valid ? memo : undefined;
  } catch {
    return undefined;
  }
}
