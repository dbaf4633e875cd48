import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { RENDER_FORMAT_VERSION } from '@ledger-synth/core';
import { writeFileAtomic } from './atomic-write.js';
import { readEventFile, type FileOutcome, type StatKey } from './read-events.js';
import { parseInWorkers } from './read-workers.js';

/**
 * The read path with its cache: for every listed file, the parse outcome (event + warnings, or the
 * reason it was skipped), from the cache when the file is provably unchanged, else read and parsed.
 * The fold is not cached: the caller folds every outcome, so the fold stays the one place that
 * knows what a state is.
 *
 * Layout: `<dir>/<shard>.lines`, 64 shards by a hash of the file name, one line per file:
 * `"name"\tsize\tmtimeMs\tctimeMs\tino\tdev\t<outcome as JSON>`. A run rewrites only shards that
 * changed (atomically: temp file + rename), so one new event costs one small shard.
 *
 * Never serves a changed file: an entry is used only when the file's lstat has exactly the key the
 * entry was stored with. An edit in place changes ctime (set by the kernel, not by tools), a
 * replacement by rename changes the inode. Timestamps are coarse, so a file changed within racyMs
 * of the moment it was read is racy (git's racy-clean problem): its outcome is used, never stored.
 * A file settled by the time it is read is stored, so after a bulk write (clone, checkout) the run
 * after next is warm. A foreign format or a torn shard is ignored (and rewritten).
 */

/** Bump when the line layout or the outcome encoding changes. The code's own identity is added below. */
const FORMAT = 'ledger-synth-parse-cache/1';
const SHARDS = 64;
export const DEFAULT_RACY_MS = 2000;

export interface ReadSettings {
  /** Names in the cache and in skip reports are relative to this directory. */
  readonly displayRoot: string;
  readonly maxEventBytes: number;
  /** This stream's cache directory; undefined reads every file (the oracle the cache is tested against). */
  readonly cacheDir?: string | undefined;
  readonly racyMs?: number | undefined;
  /** Between batches of files: keeps a lock fresh; awaited, so timers can fire during long reads. */
  readonly onProgress?: (() => void) | undefined;
  /** Asked between batches: true stops the read with ReadStopped (a hook past its time budget). */
  readonly shouldStop?: (() => boolean) | undefined;
  /** False: use the cache but write nothing (commands that promise to write nothing: --check, --dry-run, --full). */
  readonly store?: boolean | undefined;
  /** Parse this many uncached files or more on worker threads as well (see read-workers.ts). */
  readonly workersFrom?: number | undefined;
}

/** Thrown by readEvents when `shouldStop` said so. Shards completed before it are stored. */
export class ReadStopped extends Error {
  constructor() {
    super('the read was stopped before every file was read');
    this.name = 'ReadStopped';
  }
}

export interface ReadStats {
  readonly files: number;
  /** Outcomes that came from the cache. */
  readonly cached: number;
  /** Files read and parsed in this run. */
  readonly parsed: number;
}

/** Calls `visit(index, outcome)` once per file (in no particular order); returns what it cost. */
export async function readEvents(
  files: readonly string[],
  settings: ReadSettings,
  visit: (index: number, outcome: FileOutcome) => void,
): Promise<ReadStats> {
  const base = settings.displayRoot.endsWith(sep) ? settings.displayRoot : settings.displayRoot + sep;
  const dir = settings.cacheDir;
  const racyMs = settings.racyMs ?? DEFAULT_RACY_MS;
  // Without a cache: one group, every file a miss.
  const groups: number[][] = dir === undefined ? [files.map((_, i) => i)] : Array.from({ length: SHARDS }, () => []);
  const names: string[] = new Array(files.length);
  for (let i = 0; i < files.length; i++) {
    const path = files[i]!;
    const name = JSON.stringify(path.startsWith(base) ? path.slice(base.length) : path);
    names[i] = name;
    if (dir !== undefined) groups[shardOf(name)]!.push(i);
  }

  // Phase 1: outcomes from the cache. A shard with a miss or a vanished file is rewritten later.
  let cached = 0;
  const pending: { shard: number; keep: string[]; misses: number[] }[] = [];
  for (let shard = 0; shard < groups.length; shard++) {
    const group = groups[shard]!;
    if (dir === undefined) {
      pending.push({ shard, keep: [], misses: group });
      continue;
    }
    const lines = readShard(dir, shard);
    const keep: string[] = [];
    const misses: number[] = [];
    for (const i of group) {
      const line = lines?.get(names[i]!);
      const outcome = line === undefined ? undefined : cachedOutcome(line, names[i]!, files[i]!);
      if (outcome === undefined) misses.push(i);
      else {
        visit(i, outcome);
        keep.push(line!);
        cached++;
      }
    }
    if (misses.length > 0 || (lines?.size ?? 0) !== keep.length) pending.push({ shard, keep, misses });
    await tick(settings);
  }

  // Phase 2: read and parse the misses (on worker threads too when there are many), shard by shard,
  // writing each shard as soon as its files are done.
  let parsed = 0;
  const store = dir !== undefined && settings.store !== false;
  const onParsed = (shard: (typeof pending)[number], i: number, outcome: FileOutcome, line: string | undefined) => {
    visit(i, outcome);
    parsed++;
    if (line !== undefined) shard.keep.push(line);
  };
  const total = pending.reduce((sum, shard) => sum + shard.misses.length, 0);
  if (total > 0) await tick(settings);
  const parseHere = async (shards: typeof pending) => {
    for (const shard of shards) {
      for (let k = 0; k < shard.misses.length; k++) {
        const i = shard.misses[k]!;
        const { outcome, prefix } = parseFile(files[i]!, names[i]!, settings.maxEventBytes, racyMs);
        onParsed(shard, i, outcome, store && prefix !== undefined ? prefix + encodeOutcome(outcome) : undefined);
        if (k % 256 === 255) await tick(settings);
      }
      if (store) writeShard(dir, shard.shard, shard.keep);
      shard.keep = [];
      await tick(settings);
    }
  };
  if (total >= (settings.workersFrom ?? Number.POSITIVE_INFINITY)) {
    const fromWorker = (shard: (typeof pending)[number], i: number, payload: string, prefix: string | undefined) =>
      onParsed(shard, i, decodeOutcome(payload), store && prefix !== undefined ? prefix + payload : undefined);
    await parseInWorkers(pending, files, names, { maxEventBytes: settings.maxEventBytes, racyMs }, parseHere, fromWorker, (shard) => {
      if (store) writeShard(dir, shard.shard, shard.keep);
      shard.keep = [];
    });
  } else await parseHere(pending);
  return { files: files.length, cached, parsed };
}

/** Report progress, yield to the event loop (timers, a hook's deadline), and stop if asked to. */
async function tick(settings: ReadSettings): Promise<void> {
  settings.onProgress?.();
  if (settings.onProgress || settings.shouldStop) await new Promise((resolve) => setImmediate(resolve));
  if (settings.shouldStop?.()) throw new ReadStopped();
}

/**
 * Read and parse one file; `prefix` starts its cache line when the outcome may be stored: a lasting
 * outcome of a file that had settled (unchanged for racyMs) before it was opened.
 */
export function parseFile(path: string, name: string, maxEventBytes: number, racyMs: number): { outcome: FileOutcome; prefix: string | undefined } {
  const openedAt = Date.now();
  const { outcome, key } = readEventFile(path, maxEventBytes);
  const settled = key !== undefined && Math.max(key.mtimeMs, key.ctimeMs) < openedAt - racyMs;
  return { outcome, prefix: settled ? `${name}\t${keyText(key)}\t` : undefined };
}

/** The cached outcome of `path` if the line was stored for exactly its current stat key. */
function cachedOutcome(line: string, name: string, path: string): FileOutcome | undefined {
  let stat;
  try {
    // lstat: the key of the entry itself; a link is never followed.
    stat = lstatSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
  if (!stat) return undefined;
  const prefix = `${name}\t${keyText(stat)}\t`;
  if (!line.startsWith(prefix)) return undefined;
  try {
    return decodeOutcome(line.slice(prefix.length));
  } catch {
    return undefined; // a damaged line is a miss
  }
}

function keyText(key: StatKey): string {
  return `${key.size}\t${key.mtimeMs}\t${key.ctimeMs}\t${key.ino}\t${key.dev}`;
}

/** FNV-1a of the quoted name: spreads names over the shards, the same on every machine. */
function shardOf(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % SHARDS;
}

/** Set by the build (scripts/build.mjs): a hash of the core sources, so a new parser never reads an older parser's outcomes. */
declare const __LEDGER_SYNTH_PARSER_ID__: string | undefined;

/** The line layout (bumped by hand) and the parser that produced the outcomes. */
function currentFormat(): string {
  const parser = typeof __LEDGER_SYNTH_PARSER_ID__ === 'string' ? __LEDGER_SYNTH_PARSER_ID__ : 'source';
  return `${FORMAT}|${RENDER_FORMAT_VERSION}|${parser}`;
}

/** The lines of a shard by quoted name, or undefined when it is missing, foreign or torn. */
function readShard(dir: string, shard: number): Map<string, string> | undefined {
  let text: string;
  try {
    text = readFileSync(join(dir, `${shard}.lines`), 'utf8');
  } catch {
    return undefined;
  }
  const lines = text.split('\n');
  // Header (format), the lines, `end <count>`, and the final newline.
  if (lines[0] !== currentFormat() || lines[lines.length - 1] !== '' || lines[lines.length - 2] !== `end ${lines.length - 3}`) return undefined;
  const byName = new Map<string, string>();
  for (let k = 1; k < lines.length - 2; k++) {
    const line = lines[k]!;
    byName.set(line.slice(0, line.indexOf('\t')), line);
  }
  return byName;
}

/** Best effort: a cache that cannot be written only costs speed next time. */
function writeShard(dir: string, shard: number, lines: readonly string[]): void {
  try {
    if (lines.length === 0) unlinkSync(join(dir, `${shard}.lines`));
    else {
      ensureDir(dir);
      writeFileAtomic(join(dir, `${shard}.lines`), `${currentFormat()}\n${lines.join('\n')}\nend ${lines.length}\n`, { durable: false });
    }
  } catch {}
}

/** Created on the first write only: a run that stores nothing (a dry run on fresh files) leaves no trace. */
function ensureDir(dir: string): void {
  mkdirSync(dir, { recursive: true });
  // Local state: never committed, even where `.ledger-synth/` is not ignored.
  try {
    writeFileSync(join(dirname(dir), '.gitignore'), '# ledger-synth parse cache: local, never committed\n*\n', { flag: 'wx' });
  } catch {}
}

/** Where a stream's cache lives: one directory per stream identity (events dir, archive, glob, limits). */
export function cacheDirFor(stateDir: string, identity: Record<string, string | number | undefined>): string {
  const id = createHash('sha256').update(JSON.stringify(identity)).digest('hex').slice(0, 16);
  return join(stateDir, 'cache', id);
}

// Outcomes as JSON: Maps (decisions) become {"\u0000map": entries}; everything else is plain data.
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
