import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { RENDER_FORMAT_VERSION, STATE_CODEC_LINES, type YamlWarning } from '@ledger-synth/core';
import { writeFileAtomic } from './atomic-write.js';
import type { StatKey } from './read-events.js';

/**
 * The cache: the fold of every settled file, with the stat key each file had when it was read.
 * One file per stream, `<dir>/fold.cache`:
 *
 *   ledger-synth-fold-cache/1|<render format>|<parser id>
 *   [[name, size, mtimeMs, ctimeMs, ino, dev, reason|null, warnings|null], ...]
 *   <the folded state and tracker: STATE_CODEC_LINES lines, see state-codec.ts>
 *   end
 *
 * The fold is a join (order, repeats and partitioning do not change it), so the state of the files
 * it covers plus the fold of the files it does not cover is the fold of all of them. It is used
 * only when every file it covers is still listed with exactly the key it was stored with (an edit
 * in place changes ctime, a replacement by rename the inode): a changed, removed or renamed file
 * makes the whole cache a miss, and the run reads everything (read-fold.ts).
 */

const FORMAT = 'ledger-synth-fold-cache/1';
const FILE_NAME = 'fold.cache';

/** One file the cached fold covers: its name (relative to the display root), key, and what it became. */
export interface CacheEntry {
  readonly name: string;
  readonly key: StatKey;
  /** Why the file is not an event (a lasting fact about those bytes: binary, too big, malformed). */
  readonly reason?: string | undefined;
  readonly warnings?: readonly YamlWarning[] | undefined;
}

export interface LoadedCache {
  readonly entries: readonly CacheEntry[];
  /** Decoded only once the entries are known to match (decodeState). */
  readonly stateLines: readonly string[];
}

type EntryRow = [string, number, number, number, number, number, string | null, readonly YamlWarning[] | null];

/** The cache of `dir`, or undefined when it is missing, foreign (another format or parser) or torn. */
export function loadFoldCache(dir: string): LoadedCache | undefined {
  let text: string;
  try {
    text = readFileSync(join(dir, FILE_NAME), 'utf8');
  } catch {
    return undefined;
  }
  const lines = text.split('\n');
  // Header, entries, the state lines, `end`, and the final newline.
  if (lines.length !== STATE_CODEC_LINES + 4 || lines[0] !== currentFormat() || lines[lines.length - 2] !== 'end' || lines[lines.length - 1] !== '') return undefined;
  try {
    const rows = JSON.parse(lines[1]!) as EntryRow[];
    const entries = rows.map(([name, size, mtimeMs, ctimeMs, ino, dev, reason, warnings]) => ({
      name,
      key: { size, mtimeMs, ctimeMs, ino, dev },
      reason: reason ?? undefined,
      warnings: warnings ?? undefined,
    }));
    return { entries, stateLines: lines.slice(2, 2 + STATE_CODEC_LINES) };
  } catch {
    return undefined;
  }
}

/** Best effort (temp file + rename): a cache that cannot be written only costs speed next time. */
export function storeFoldCache(dir: string, entries: readonly CacheEntry[], stateLines: readonly string[]): void {
  try {
    ensureDir(dir);
    const rows: EntryRow[] = entries.map(({ name, key, reason, warnings }) => [name, key.size, key.mtimeMs, key.ctimeMs, key.ino, key.dev, reason ?? null, warnings ?? null]);
    const chunks = [`${currentFormat()}\n`, JSON.stringify(rows), '\n'];
    for (const line of stateLines) chunks.push(line, '\n');
    chunks.push('end\n');
    writeFileAtomic(join(dir, FILE_NAME), chunks, { durable: false });
  } catch {}
}

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
