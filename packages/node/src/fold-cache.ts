import { createHash, randomBytes } from 'node:crypto';
import { isAscii } from 'node:buffer';
import { mkdirSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { RENDER_FORMAT_VERSION, STATE_CODEC_LINES } from '@ledger-synth/core';
import { writeFileAtomic } from './atomic-write.js';
import { asciiJson, NewRows, ROW_NUMBERS, rowWarningCount } from './cache-rows.js';
import { loadJournal, removeJournal } from './fold-journal.js';
import { readAt, readStateRange, withStateFile, type StatKey } from './read-events.js';

/**
 * The cache: the fold of every settled file, with the stat key each file had when it was read.
 * One file per stream, `<dir>/fold.cache`, ASCII (JSON escapes for anything else):
 *
 *   ledger-synth-fold-cache/5|<render format>|<parser id>
 *   rows <n> id <random id of this file>
 *   ["name", ...]                                   the n covered files (relative to the display root)
 *   <base64>                                        per row: size, mtimeMs, ctimeMs, ino, dev, warning
 *                                                   count, as float64
 *   [[row, reason], ...]                            the rows that did not become events
 *   <the folded state and tracker: STATE_CODEC_LINES lines, see state-codec.ts>
 *   end
 *
 * A reader matches names and keys without parsing a JSON value per file. Warnings are counted,
 * not worded: a command that shows one reads its file again (cache-rows.ts).
 *
 * The fold is a join (order, repeats and partitioning do not change it), so the state of the files
 * it covers plus the fold of the files it does not cover is the fold of all of them. It is used
 * only when every file it covers is still listed with exactly the key it was stored with (an edit
 * in place changes ctime, a replacement by rename the inode): a changed, removed or renamed file
 * makes the whole cache a miss, and the run reads everything (read-fold.ts).
 *
 * Read as latin1, line by line from the bytes: Node decodes 9 MB of UTF-8 in ~80 ms on a slow
 * machine, and the same bytes as latin1 in ~2 ms.
 *
 * Beside it: the rows' form (cache-rows.ts), the journal of the few files read since the base was
 * written (fold-journal.ts), and the start memo (memo-store.ts).
 */

const FORMAT = 'ledger-synth-fold-cache/5';
const FILE_NAME = 'fold.cache';
/** Rows per piece of the names and keys lines: every piece stays a small string (large ones live until a full GC). */
const ROWS_PER_PIECE = 1024;

export interface LoadedCache {
  /** This base file's id: journal entries name it. */
  readonly id: string;
  /** Rows appended since the base was written (`fold.journal`), with their events to fold again. */
  readonly journal: NewRows;
  readonly names: readonly string[];
  /** ROW_NUMBERS per row: the stat key (5) and the warning count. */
  readonly keys: Float64Array;
  readonly reasons: ReadonlyMap<number, string>;
  /** The state lines, decoded only once the rows are known to match (decodeState). */
  readonly stateLines: StateLines;
}

/**
 * Where the state lines are in the cache file, read again one at a time when they are decoded: the
 * load keeps no view of the file's bytes (~40 MB at 100k events), so they are freed before the
 * state is built, and only one line (the largest ~20 MB) is ever held as bytes and text beside it.
 * A miss never reads them again. The file must still be the one loaded (its stat key): a cache
 * replaced in between (another run stored one) makes the decoding throw, a miss.
 */
export class StateLines {
  constructor(
    private readonly path: string,
    private readonly key: StatKey,
    /** [offset, length] per line, without its newline. */
    private readonly ranges: readonly (readonly [number, number])[],
  ) {}

  /** All the lines' bytes: a reader on a budget weighs their decoding before it starts. */
  get bytes(): number {
    return this.ranges.reduce((sum, [, length]) => sum + length, 0);
  }

  /** Each line as text, read when it is asked for; throws if the file changed since it was loaded or a line is not ASCII. */
  *texts(): Generator<string> {
    for (const [offset, length] of this.ranges) {
      const line = readStateRange(this.path, this.key, offset, length);
      if (line === undefined) throw new Error(`${this.path} changed since it was loaded`);
      if (!isAscii(line)) throw new Error('not ASCII: not written by storeFoldCache');
      yield line.toString('latin1');
    }
  }
}

/** Remove the cache of `dir` (found damaged); false when it could not be removed. */
export function dropFoldCache(dir: string): boolean {
  try {
    rmSync(join(dir, FILE_NAME), { force: true });
    removeJournal(dir);
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
  const path = join(dir, FILE_NAME);
  return withStateFile(path, (fd, key) => {
    try {
      return readCache(dir, path, new LineReader(fd, key.size), key);
    } catch {
      return undefined; // a damaged cache is a miss
    }
  });
}

function readCache(dir: string, path: string, lines: LineReader, key: StatKey): LoadedCache | undefined {
  if (lines.text() !== cacheFormat()) return undefined;
  const header = /^rows (\d+) id ([0-9a-f]{16})$/.exec(lines.text() ?? '');
  if (!header) return undefined;
  const rowCount = Number(header[1]);
  const names = JSON.parse(lines.text() ?? '') as unknown;
  const keyBytes = Buffer.from(lines.text() ?? '', 'base64');
  const reasonList = JSON.parse(lines.text() ?? '') as unknown;
  const ranges: [number, number][] = [];
  for (let k = 0; k < STATE_CODEC_LINES; k++) {
    const range = lines.skip();
    if (range === undefined) return undefined;
    ranges.push(range);
  }
  if (lines.text() !== 'end' || !lines.atEnd()) return undefined;
  if (!Array.isArray(names) || names.length !== rowCount || !names.every((name) => typeof name === 'string')) return undefined;
  if (keyBytes.length !== rowCount * ROW_NUMBERS * 8 || !Array.isArray(reasonList)) return undefined;
  const keys = new Float64Array(rowCount * ROW_NUMBERS);
  new Uint8Array(keys.buffer).set(keyBytes);
  for (let row = 0; row < rowCount; row++) {
    const count = rowWarningCount(keys, row);
    if (!Number.isInteger(count) || count < 0) return undefined;
  }
  const reasons = new Map<number, string>();
  for (const entry of reasonList as unknown[]) {
    if (!Array.isArray(entry) || !Number.isInteger(entry[0]) || typeof entry[1] !== 'string') return undefined;
    reasons.set(entry[0] as number, entry[1]);
  }
  return { id: header[2]!, journal: loadJournal(dir, header[2]!), names: names as string[], keys, reasons, stateLines: new StateLines(path, key, ranges) };
}

/**
 * Lines of ASCII bytes, decoded as latin1, read from an open file through one small buffer: the
 * load never holds the whole file (~40 MB at 100k events), only the lines it decodes now.
 */
class LineReader {
  private readonly chunk: Buffer;
  /** The file offset of chunk[0], and how many bytes of it are the file's. */
  private chunkAt = 0;
  private chunkLength = 0;
  private at = 0;

  constructor(
    private readonly fd: number,
    private readonly size: number,
  ) {
    // A small cache (most streams) is read in one go, into a buffer its size.
    this.chunk = Buffer.allocUnsafe(Math.min(LINE_CHUNK_BYTES, size));
  }

  /** The next line; undefined past the end or for a last line without its newline (torn). */
  text(): string | undefined {
    const range = this.skip();
    if (range === undefined) return undefined;
    const [offset, length] = range;
    const inChunk = offset >= this.chunkAt && offset + length <= this.chunkAt + this.chunkLength;
    const line = inChunk ? this.chunk.subarray(offset - this.chunkAt, offset - this.chunkAt + length) : readAt(this.fd, offset, length);
    if (line === undefined || !isAscii(line)) throw new Error('not ASCII: not written by storeFoldCache');
    return line.toString('latin1');
  }

  /** Past the next line: its [offset, length] without the newline (checked when it is read); undefined as for `text`. */
  skip(): [number, number] | undefined {
    const start = this.at;
    while (this.at < this.size) {
      if (this.at >= this.chunkAt + this.chunkLength) this.load(this.at);
      const end = this.chunk.subarray(0, this.chunkLength).indexOf(10, this.at - this.chunkAt);
      if (end !== -1) {
        this.at = this.chunkAt + end + 1;
        return [start, this.chunkAt + end - start];
      }
      this.at = this.chunkAt + this.chunkLength;
    }
    return undefined;
  }

  atEnd(): boolean {
    return this.at === this.size;
  }

  private load(offset: number): void {
    const read = readSync(this.fd, this.chunk, 0, Math.min(this.chunk.length, this.size - offset), offset);
    if (read === 0) throw new Error('the cache file is shorter than its size');
    this.chunkAt = offset;
    this.chunkLength = read;
  }
}

const LINE_CHUNK_BYTES = 1 << 20;

/**
 * Best effort (temp file + rename): a cache that cannot be written only costs speed next time.
 * `old`: the loaded cache the new rows extend; `stateText`: the state's lines (encodeStateText).
 * Everything is written in pieces as it is made: at 100k files the file is ~40 MB, and one string
 * per line would be garbage that only a full collection frees.
 */
export function storeFoldCache(dir: string, old: LoadedCache | undefined, rows: NewRows, stateText: Iterable<string>): void {
  try {
    ensureCacheDir(dir);
    const oldCount = old?.names.length ?? 0;
    const names = (row: number) => (row < oldCount ? old!.names[row]! : rows.names[row - oldCount]!);
    const count = oldCount + rows.length;
    let keys = rows.keyNumbers();
    if (old) {
      keys = new Float64Array(count * ROW_NUMBERS);
      keys.set(old.keys);
      keys.set(rows.keyNumbers(), oldCount * ROW_NUMBERS);
    }
    const reasons = [...(old?.reasons ?? []), ...rows.reasons.map(([row, reason]) => [oldCount + row, reason] as const)];
    function* chunks(): Generator<string | Uint8Array> {
      yield `${cacheFormat()}\nrows ${count} id ${randomBytes(8).toString('hex')}\n`;
      for (let row = 0; row < count; row += ROWS_PER_PIECE) {
        const piece = JSON.stringify(Array.from({ length: Math.min(ROWS_PER_PIECE, count - row) }, (_, k) => names(row + k)));
        yield asciiJson((row === 0 ? '[' : ',') + piece.slice(1, -1));
      }
      yield count === 0 ? '[]\n' : ']\n';
      // A row is 48 bytes, a whole number of base64 quanta: the pieces' base64 joins up.
      for (let row = 0; row < count; row += ROWS_PER_PIECE) {
        const piece = keys.subarray(row * ROW_NUMBERS, Math.min(count, row + ROWS_PER_PIECE) * ROW_NUMBERS);
        yield Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength).toString('base64');
      }
      yield `\n${asciiJson(JSON.stringify(reasons))}\n`;
      for (const piece of stateText) yield asciiJson(piece);
      yield 'end\n';
    }
    // The journal named the old base: its rows are in this one now (or were not wanted). Removed
    // just before the rename, so that a line appended for the new base is never removed with it.
    writeFileAtomic(join(dir, FILE_NAME), chunks(), { durable: false, beforeRename: () => removeJournal(dir) });
  } catch {}
}

/** Where a stream's cache lives: one directory per stream identity (events dir, archive, glob, limits). */
export function cacheDirFor(stateDir: string, identity: Record<string, string | number | undefined>): string {
  const id = createHash('sha256').update(JSON.stringify(identity)).digest('hex').slice(0, 16);
  return join(stateDir, 'cache', id);
}

/** Set by the build (scripts/build.mjs): a hash of the core sources, so a new parser never reads an older parser's fold. */
declare const __LEDGER_SYNTH_PARSER_ID__: string | undefined;

export function cacheFormat(): string {
  const parser = typeof __LEDGER_SYNTH_PARSER_ID__ === 'string' ? __LEDGER_SYNTH_PARSER_ID__ : 'source';
  return `${FORMAT}|${RENDER_FORMAT_VERSION}|${parser}`;
}

/** Created on the first write only: a run that stores nothing (a dry run on fresh files) leaves no trace. */
export function ensureCacheDir(dir: string): void {
  mkdirSync(dir, { recursive: true });
  // Local state: never committed, even where `.ledger-synth/` is not ignored.
  try {
    writeFileSync(join(dirname(dir), '.gitignore'), '# ledger-synth cache: local, never committed\n*\n', { flag: 'wx' });
  } catch {}
}
