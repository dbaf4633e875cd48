import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import {
  LedgerError,
  digestState,
  expandWarning,
  normalizeText,
  parseFooter,
  renderLedgerTo,
  trackedResolutions,
  type EventIssue,
  type EventWarning,
  type LedgerFooter,
  type LedgerState,
  type Resolution,
} from '@ledger-synth/core';
import { writeFileAtomic } from './atomic-write.js';
import { generatedAtFor } from './clock.js';
import type { LedgerConfig } from './config.js';
import { discoverEventFiles } from './discover.js';
import { cacheDirFor } from './fold-cache.js';
import { DEFAULT_RACY_MS, ReadStopped, readAndFold, type ReadStats } from './read-fold.js';
import { acquireLock, type LockHandle } from './lock.js';
import { guardOutput } from './output-guard.js';
import { stateDir } from './session/paths.js';
import { removeDeadTempFiles } from './temp-files.js';
import { testPause } from './test-pause.js';
import { describeUnreflected } from './unreflected.js';

/**
 * The plan: list (discover.ts) → read, parse and fold, from the cached fold where files are
 * unchanged (read-fold.ts) → render and compare with the file on disk → a plan of plain data. Writing is a separate step, under the stream's lock (synthesizeStream).
 */

export interface StreamInputs {
  readonly config: LedgerConfig;
  /** Overrides the events directory with a glob (relative to cwd). */
  readonly inputGlob?: string | undefined;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
}

export type OutputStatus = 'fresh' | 'stale' | 'missing';

/** Everything a command needs to preview, check or write: plain data, computed before any write. */
export interface Synthesis {
  readonly files: readonly string[];
  /** Files that did not become events, in file order. */
  readonly issues: readonly EventIssue[];
  /**
   * Forgiven slips the parser reported (duplicate keys, text lost to ` #`), in file order: all of
   * them, or the first `warningLimit` when the plan was given one (counts below are always whole).
   */
  readonly warnings: readonly EventWarning[];
  readonly warningCount: number;
  /** How many files the warnings are in. */
  readonly warningFiles: number;
  readonly state: LedgerState;
  /** `state.events.size`. */
  readonly eventCount: number;
  /** What last-writer-wins resolved, as `explainResolutions(events)` reports it. */
  readonly resolutions: readonly Resolution[];
  readonly digest: string;
  readonly output: string;
  /** The bytes of the ledger on disk (undefined when there is none). */
  readonly previous: Buffer | undefined;
  readonly previousFooter: LedgerFooter | undefined;
  /** The new ledger, as the UTF-8 bytes that are written. */
  readonly rendered: Buffer;
  readonly status: OutputStatus;
  /** How many outcomes came from the cache, and how many files were parsed. */
  readonly read: ReadStats;
  /** The files' names and keys as they were folded, when all had settled (read-fold.ts): what a memo of this plan stands for. */
  readonly listing: string | undefined;
}

export interface PlanOptions {
  /** Called between batches of files (e.g. to keep a lock fresh); the read yields to the event loop there. */
  readonly onProgress?: (() => void) | undefined;
  /** False: read the cache but store nothing (commands that promise to write nothing). */
  readonly storeCache?: boolean | undefined;
  /** Asked between batches of files and before rendering: true stops the plan with ReadStopped. */
  readonly shouldStop?: ((aheadMs?: number) => boolean) | undefined;
  /** Word at most this many warnings (a command that prints the first few); default all. */
  readonly warningLimit?: number | undefined;
}

export function lockPathFor(config: LedgerConfig): string {
  return join(dirname(config.output), '.synth.lock');
}

/** Read → fold → render, and compare with what is on disk. Writes nothing but the local cache. */
export async function planSynthesis(inputs: StreamInputs, options: PlanOptions = {}): Promise<Synthesis> {
  const { config } = inputs;
  const files = await discoverEventFiles({ eventsDir: config.eventsDir, archiveDir: config.archiveDir, inputGlob: inputs.inputGlob, cwd: inputs.cwd, output: config.output });
  const read = await readAndFold(files, readSettings(inputs, options));
  // Skip reports and warnings name the file by its path from the root, in file order.
  const under = config.root.endsWith(sep) ? config.root : config.root + sep;
  const display = (i: number) => (files[i]!.startsWith(under) ? files[i]!.slice(under.length) : relative(config.root, files[i]!) || files[i]!);
  const issues: EventIssue[] = [];
  read.reasons.forEach((reason, i) => {
    if (reason !== undefined) issues.push({ file: display(i), reason });
  });
  // Worded only as far as they are shown: 280k sentences at 100k realistic events are ~60 MB.
  const warnings: EventWarning[] = [];
  for (const [i, list] of read.warnings.first()) {
    for (const compact of list) {
      if (warnings.length >= (options.warningLimit ?? Number.POSITIVE_INFINITY)) break;
      const { line, message } = expandWarning(compact);
      warnings.push({ file: display(i), line, message });
    }
  }
  // The render is one synchronous step (~1 s at 100k events): a caller on a budget stops before it.
  if (options.shouldStop?.()) throw new ReadStopped();
  return {
    ...compareWithDisk(inputs, read.state),
    files,
    issues,
    warnings,
    warningCount: read.warnings.count,
    warningFiles: read.warnings.files,
    state: read.state,
    eventCount: read.state.events.size,
    resolutions: trackedResolutions(read.tracker),
    read: read.stats,
    listing: read.listing,
  };
}

/**
 * This stream's cache directory, unless disabled with LEDGER_SYNTH_CACHE=0, and its racy window
 * (LEDGER_SYNTH_CACHE_RACY_MS, tests only, shortens the time in which freshly changed files are
 * not stored).
 */
export function streamCache(inputs: StreamInputs): { cacheDir: string | undefined; racyMs: number } {
  const { config, env } = inputs;
  const racy = Number(env.LEDGER_SYNTH_CACHE_RACY_MS);
  const glob = inputs.inputGlob ? `${resolve(inputs.cwd)}\u0000${inputs.inputGlob}` : undefined;
  const identity = glob ? { glob } : { eventsDir: config.eventsDir, archiveDir: config.archiveDir };
  return {
    cacheDir: env.LEDGER_SYNTH_CACHE === '0' ? undefined : cacheDirFor(stateDir(config.root), { ...identity, maxEventBytes: config.maxEventBytes }),
    racyMs: env.LEDGER_SYNTH_CACHE_RACY_MS !== undefined && Number.isInteger(racy) && racy >= 0 ? racy : DEFAULT_RACY_MS,
  };
}

function readSettings(inputs: StreamInputs, options: PlanOptions) {
  return {
    ...streamCache(inputs),
    displayRoot: inputs.config.root,
    maxEventBytes: inputs.config.maxEventBytes,
    onProgress: options.onProgress,
    store: options.storeCache,
    shouldStop: options.shouldStop,
    workersFrom: Number(inputs.env.LEDGER_SYNTH_WORKERS_FROM) || WORKERS_FROM,
    warningLimit: options.warningLimit,
  };
}

/**
 * Below this many files to read, a worker thread costs more than it saves. Measured on the 2-vCPU
 * build machine (realistic, cold): at 10k and 30k a worker made runs no faster and added 40 MiB
 * (V8's compiler and GC threads already use the second core while the code warms up); at 60k it
 * saved ~8 %, at 100k ~12 % (docs/performance.md, "Worker threads").
 */
const WORKERS_FROM = 50_000;

/** Digest and render the state, and compare the result with the ledger on disk. */
function compareWithDisk(inputs: Pick<StreamInputs, 'config' | 'env'>, state: LedgerState) {
  const output = inputs.config.output;
  const previous = readBytesIfExists(output);
  const previousFooter = previous === undefined ? undefined : parseFooter(previous.subarray(-FOOTER_TAIL_BYTES).toString('utf8'));
  const digest = digestState(state, inputs.config.window);
  // Same inputs ⇒ keep the old `generated_at`, so an unchanged ledger stays byte-identical.
  const generatedAt = previousFooter && previousFooter.digest === digest ? previousFooter.generatedAt : generatedAtFor(inputs.env);
  const chunks: Buffer[] = [];
  renderLedgerTo(state, { generatedAt, window: inputs.config.window }, (chunk) => chunks.push(Buffer.from(chunk, 'utf8')));
  const rendered = Buffer.concat(chunks);
  const status: OutputStatus = previous === undefined ? 'missing' : sameText(previous, rendered) ? 'fresh' : 'stale';
  return { digest, output, previous, previousFooter, rendered, status };
}

/** Enough of the end of current.md to hold its footer (a few hundred bytes in practice). */
const FOOTER_TAIL_BYTES = 4096;

/** Does the file hold exactly these bytes, after the normalisation readers apply (BOM, CRLF)? */
function sameText(bytes: Buffer, rendered: Buffer): boolean {
  if (bytes.equals(rendered)) return true;
  const mayNormalise = bytes.includes(13) || (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf);
  return mayNormalise && normalizeText(bytes.toString('utf8')) === rendered.toString('utf8');
}

export interface WriteOutcome {
  readonly synthesis: Synthesis;
  readonly written: boolean;
  /** Set when the lock was busy and `planIfBusy` asked for a plan without writing. */
  readonly lockBusy?: boolean | undefined;
}

export interface StreamOptions<T> {
  /** How long to wait for `.synth.lock` (default: the config's lock_timeout_ms). */
  readonly lockTimeoutMs?: number | undefined;
  /** When the lock stays busy, plan without writing instead of failing (SessionStart never waits long). */
  readonly planIfBusy?: boolean | undefined;
  /** Do not create a ledger that would hold no event (a fresh repository stays free of noise). */
  readonly skipEmpty?: boolean | undefined;
  /** Passed to the plan (SessionStart on a time budget). */
  readonly shouldStop?: ((aheadMs?: number) => boolean) | undefined;
  /** Passed to the plan (see PlanOptions). */
  readonly warningLimit?: number | undefined;
  /** More work under the same hold of the lock, after the write (archiving). */
  readonly thenHoldingLock?: ((outcome: WriteOutcome, lock: LockHandle) => T) | undefined;
}

/**
 * Synthesize one stream under its `.synth.lock`, the one way current.md is written (CLI, hooks,
 * merge driver, archive): the read, fold and write happen while holding the lock, so two
 * concurrent runs can never write an older view over a newer one.
 */
export async function synthesizeStream<T = undefined>(inputs: StreamInputs, options: StreamOptions<T> = {}): Promise<WriteOutcome & { then?: T }> {
  let lock: LockHandle;
  try {
    lock = await acquireLock(lockPathFor(inputs.config), {
      timeoutMs: options.lockTimeoutMs ?? inputs.config.lockTimeoutMs,
      staleMs: inputs.config.lockStaleMs,
    });
  } catch (error) {
    if (options.planIfBusy && error instanceof LedgerError && error.code === 'E_LOCK_TIMEOUT') {
      return { synthesis: await planSynthesis(inputs, { shouldStop: options.shouldStop, warningLimit: options.warningLimit }), written: false, lockBusy: true };
    }
    throw error;
  }
  try {
    testPause(inputs.env, 'AFTER_LOCK');
    // Temp files of a writer killed mid-write (pid gone) can only be ours to clean: we hold the lock.
    removeDeadTempFiles(inputs.config.output);
    removeDeadTempFiles(lock.path);
    const guard = guardOutput(lock, inputs.config.output); // before the read: old or new, never older
    const synthesis = await planSynthesis(inputs, { onProgress: () => lock.refresh(), shouldStop: options.shouldStop, warningLimit: options.warningLimit });
    testPause(inputs.env, 'AFTER_PLAN');
    const skip = synthesis.status === 'fresh' || (options.skipEmpty === true && synthesis.status === 'missing' && synthesis.eventCount === 0);
    if (!skip) {
      lock.assertHeld();
      writeFileAtomic(synthesis.output, [synthesis.rendered], { beforeRename: () => (testPause(inputs.env, 'BEFORE_RENAME'), guard.check()) });
    }
    const outcome: WriteOutcome = { synthesis, written: !skip };
    return options.thenHoldingLock ? { ...outcome, then: options.thenHoldingLock(outcome, lock) } : outcome;
  } finally {
    lock.release();
  }
}

function readBytesIfExists(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw new LedgerError('E_READ', `cannot read the current ledger ${path}: ${code ?? (error as Error).message}`, {
      cause: error,
      hint: code === 'EISDIR' ? 'The output path is a directory; point `output` (or --output) at a file.' : undefined,
    });
  }
}

/** Human-readable reasons a `--check` failed. */
export function describeStaleness(synthesis: Synthesis, root: string): string[] {
  const where = relative(root, synthesis.output) || synthesis.output;
  if (synthesis.status === 'missing') {
    return [`${where} does not exist; ${synthesis.state.events.size} event(s) are waiting to be synthesized`];
  }
  if (synthesis.status === 'fresh') return [];
  const previous = synthesis.previous === undefined ? '' : normalizeText(synthesis.previous.toString('utf8'));
  const lines: string[] = [];
  const footer = synthesis.previousFooter;
  if (!footer) {
    lines.push(`${where} has no _synthesized footer (edited by hand or written by another tool)`);
  } else {
    if (footer.eventCount !== synthesis.state.events.size) {
      lines.push(`event_count: ${where} reflects ${footer.eventCount}, the events directory has ${synthesis.state.events.size}`);
    }
    if (footer.digest !== synthesis.digest) lines.push(`digest: ${footer.digest.slice(0, 19)}… recorded, ${synthesis.digest.slice(0, 19)}… expected`);
    // Which events are missing, from the file alone (shallow CI clones have no history to diff).
    lines.push(...describeUnreflected(synthesis.state, previous, footer));
  }
  const changed = changedSections(previous, synthesis.rendered.toString('utf8'));
  if (changed.length > 0) lines.push(`sections that differ: ${changed.join(', ')}`);
  if (lines.length === 0) lines.push(`${where} differs from a fresh synthesis`);
  return lines;
}

function changedSections(before: string, after: string): string[] {
  const a = sections(before);
  const b = sections(after);
  const names = [...new Set([...a.keys(), ...b.keys()])];
  return names.filter((name) => a.get(name) !== b.get(name) && name !== '_footer');
}

function sections(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const body = text.split('\n---\n_synthesized:')[0] ?? '';
  for (const chunk of body.split(/\n(?=## )/)) {
    const heading = /^## (.+)/.exec(chunk)?.[1];
    if (heading) out.set(heading, chunk);
  }
  return out;
}
