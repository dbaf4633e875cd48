import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import {
  LedgerError,
  digestState,
  emptyTracker,
  foldEvents,
  normalizeText,
  parseFooter,
  renderLedgerTo,
  trackEvent,
  trackedResolutions,
  type EventIssue,
  type LedgerEvent,
  type LedgerFooter,
  type LedgerState,
  type Resolution,
  type ResolutionTracker,
} from '@ledger-synth/core';
import { writeFileAtomic } from './atomic-write.js';
import { DEFAULT_CHUNK_FILES, DEFAULT_RACY_MS, cacheDirFor, gatherState, type CacheSettings, type GatherStats } from './cache.js';
import { generatedAtFor } from './clock.js';
import type { LedgerConfig } from './config.js';
import { discoverEventFiles } from './discover.js';
import { findFreshRecord, isSettled, outputKey, saveFreshRecord } from './fresh-record.js';
import { lowMemoryThreshold } from './low-memory.js';
import { acquireLock, type LockHandle } from './lock.js';
import { guardOutput } from './output-guard.js';
import { readEventFiles } from './read-events.js';
import { removeDeadTempFiles } from './temp-files.js';
import { testPause } from './test-pause.js';
import { describeUnreflected } from './unreflected.js';

export interface StreamInputs {
  readonly config: LedgerConfig;
  /** Overrides the events directory with a glob (relative to cwd). */
  readonly inputGlob?: string | undefined;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
}

export type OutputStatus = 'fresh' | 'stale' | 'missing';

/** Everything a command needs to preview, check or write: computed without side effects. */
export interface Synthesis {
  readonly files: readonly string[];
  /**
   * The parsed events. Loaded from the files on first access: a synthesis folds while reading and
   * does not keep every event in memory (100k events would take ~1 GiB), so only callers that need
   * per-event detail (`--check` explaining staleness, `--archive`) pay for it.
   */
  readonly events: readonly LedgerEvent[];
  readonly issues: readonly EventIssue[];
  /** The folded state (decoded from the cache on first access when the run needed only its digest). */
  readonly state: LedgerState;
  /** `state.events.size`, without decoding the state. */
  readonly eventCount: number;
  /** What last-writer-wins resolved, as `explainResolutions(events)` reports it. */
  readonly resolutions: readonly Resolution[];
  readonly digest: string;
  readonly output: string;
  readonly previous: string | undefined;
  readonly previousFooter: LedgerFooter | undefined;
  /** The new ledger text (decoded from `renderedChunks` on first access). */
  readonly rendered: string;
  /**
   * The new ledger as consecutive chunks of UTF-8 bytes: what writing and comparing use. Bytes, not
   * strings: the checkpoint lines' em dash would make every string chunk two bytes per character.
   */
  readonly renderedChunks: readonly Buffer[];
  readonly status: OutputStatus;
  /**
   * True when `status` ('fresh') and `digest` came from the fresh-ledger record (see
   * fresh-record.ts) instead of a render compared with the file.
   */
  readonly fromRecord: boolean;
  /** This stream's warm-start cache directory, when the cache is on (hooks keep notes there too). */
  readonly cacheDir: string | undefined;
  /** How much came from the warm-start cache (absent when the events were given, not read). */
  readonly cache?: GatherStats | undefined;
}

export function lockPathFor(config: LedgerConfig): string {
  return join(dirname(config.output), '.synth.lock');
}

/** Read → fold → render, and compare with what is on disk. Writes nothing but the local cache. */
export async function planSynthesis(inputs: StreamInputs, onProgress?: () => void): Promise<Synthesis> {
  const { config } = inputs;
  const files = await discoverEventFiles({ eventsDir: config.eventsDir, archiveDir: config.archiveDir, inputGlob: inputs.inputGlob, cwd: inputs.cwd, output: config.output });
  const cache = cacheSettingsFor(inputs);
  const gathered = gatherState(files, {
    displayRoot: config.root,
    maxEventBytes: config.maxEventBytes,
    onProgress,
    cache,
    lowMemoryFrom: lowMemoryThreshold(inputs.env),
  });
  const loadEvents = () => readEventFiles(files, { displayRoot: config.root, maxEventBytes: config.maxEventBytes }).events;
  return finishPlan(inputs, files, gathered, loadEvents, cache);
}

/** The pure half of planning, for callers that gathered events themselves (archive, hooks). */
export function planFromEvents(
  inputs: Pick<StreamInputs, 'config' | 'env'>,
  files: readonly string[],
  events: readonly LedgerEvent[],
  issues: readonly EventIssue[],
): Synthesis {
  const tracker = emptyTracker();
  for (const event of events) trackEvent(tracker, event);
  return finishPlan(inputs, files, { state: foldEvents(events), tracker, issues, fingerprint: undefined, stats: undefined }, () => events, undefined);
}

/**
 * The warm-start cache of a stream, unless disabled with LEDGER_SYNTH_CACHE=0.
 * LEDGER_SYNTH_CACHE_RACY_MS (tests only) shortens the window in which fresh files are not cached.
 */
function cacheSettingsFor(inputs: StreamInputs): CacheSettings | undefined {
  const { config, env } = inputs;
  if (env.LEDGER_SYNTH_CACHE === '0') return undefined;
  const racy = Number(env.LEDGER_SYNTH_CACHE_RACY_MS);
  return {
    dir: cacheDirFor(config.root, {
      eventsDir: inputs.inputGlob ? undefined : config.eventsDir,
      archiveDir: inputs.inputGlob ? undefined : config.archiveDir,
      glob: inputs.inputGlob ? `${resolve(inputs.cwd)}\u0000${inputs.inputGlob}` : undefined,
      maxEventBytes: config.maxEventBytes,
    }),
    write: true,
    racyMs: env.LEDGER_SYNTH_CACHE_RACY_MS !== undefined && Number.isInteger(racy) && racy >= 0 ? racy : DEFAULT_RACY_MS,
    chunkFiles: DEFAULT_CHUNK_FILES,
  };
}

/** What a plan is made from: a gathered (possibly lazily decoded) state, or events folded here. */
interface PlanSource {
  readonly state: LedgerState;
  readonly tracker: ResolutionTracker;
  readonly issues: readonly EventIssue[];
  readonly fingerprint: string | undefined;
  readonly stats: GatherStats | undefined;
}

function finishPlan(
  inputs: Pick<StreamInputs, 'config' | 'env'>,
  files: readonly string[],
  source: PlanSource,
  loadEvents: () => readonly LedgerEvent[],
  cache: CacheSettings | undefined,
): Synthesis {
  const output = inputs.config.output;
  // Stat before reading: a change after the stat then shows as a different key next time.
  const takenAt = Date.now();
  const key = cache && source.fingerprint !== undefined ? outputKey(output) : undefined;
  const found = key && findFreshRecord(cache!.dir, output, source.fingerprint!, key);
  // The bytes on disk, not a string: at 100k events current.md is ~9 MB, ~17 MB as a JS string.
  const onDisk = readBytesIfExists(output);
  const previousFooter = onDisk === undefined ? undefined : parseFooter(onDisk.subarray(-FOOTER_TAIL_BYTES).toString('utf8'));
  // Verified earlier against these very inputs, and untouched since: no digest, no render.
  const record = found && onDisk !== undefined && previousFooter?.digest === found.digest ? found : undefined;

  let digest: string;
  let status: OutputStatus;
  let renderedChunks: Buffer[] | undefined;
  const render = (generatedAt: string) => {
    const chunks: Buffer[] = [];
    renderLedgerTo(source.state, { generatedAt, window: inputs.config.window }, (chunk) => chunks.push(Buffer.from(chunk, 'utf8')));
    return chunks;
  };
  if (record) {
    digest = record.digest;
    status = 'fresh';
  } else {
    digest = digestState(source.state, inputs.config.window);
    // Same inputs ⇒ keep the old `generated_at`, so an unchanged ledger stays byte-identical.
    const generatedAt = previousFooter && previousFooter.digest === digest ? previousFooter.generatedAt : generatedAtFor(inputs.env);
    renderedChunks = render(generatedAt);
    status = onDisk === undefined ? 'missing' : sameText(onDisk, renderedChunks) ? 'fresh' : 'stale';
    if (status === 'fresh' && key && cache?.write && isSettled(key, takenAt, cache.racyMs)) {
      saveFreshRecord(cache.dir, { output, inputs: source.fingerprint!, digest, eventCount: source.state.events.size, key });
    }
  }
  const eventCount = record ? record.eventCount : source.state.events.size;
  // Fresh and not rendered: the file on disk holds exactly these bytes.
  const chunks = () => (renderedChunks ??= render(previousFooter!.generatedAt));
  let checked = false;
  const state = () => {
    const folded = source.state;
    // Decoded after the fact (the record answered for it): it must be the state the record named.
    // It differs only if a cached segment failed to decode and its files changed since planning.
    if (record && !checked && digestState(folded, inputs.config.window) !== digest) {
      throw new LedgerError('E_READ', 'the events changed while this run was reading them (after a damaged cache segment was dropped)', {
        hint: 'Run the command again.',
      });
    }
    checked = true;
    return folded;
  };
  let events: readonly LedgerEvent[] | undefined;
  let previous: string | undefined;
  let rendered: string | undefined;
  let resolutions: readonly Resolution[] | undefined;
  return {
    files,
    get events() {
      return (events ??= loadEvents());
    },
    issues: source.issues,
    get state() {
      return state();
    },
    eventCount,
    get resolutions() {
      state(); // the same check, before the tracker is trusted
      return (resolutions ??= trackedResolutions(source.tracker));
    },
    digest,
    output,
    get previous() {
      return onDisk === undefined ? undefined : (previous ??= normalizeText(onDisk.toString('utf8')));
    },
    previousFooter,
    get rendered() {
      return (rendered ??= Buffer.concat(chunks()).toString('utf8'));
    },
    get renderedChunks() {
      return chunks();
    },
    status,
    fromRecord: renderedChunks === undefined,
    cacheDir: cache?.dir,
    cache: source.stats,
  };
}

/** Enough of the end of current.md to hold its footer (a few hundred bytes in practice). */
const FOOTER_TAIL_BYTES = 4096;

/** Does the file hold exactly the bytes of `chunks`, after the normalisation readers apply (BOM, CRLF)? */
function sameText(bytes: Buffer, chunks: readonly Buffer[]): boolean {
  if (sameBytes(bytes, chunks)) return true;
  const mayNormalise = bytes.includes(13) || (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf);
  return mayNormalise && normalizeText(bytes.toString('utf8')) === Buffer.concat(chunks).toString('utf8');
}

/** Chunk by chunk, so the comparison never needs the whole text in one piece. */
function sameBytes(bytes: Buffer, chunks: readonly Buffer[]): boolean {
  let offset = 0;
  for (const chunk of chunks) {
    if (offset + chunk.length > bytes.length || !bytes.subarray(offset, offset + chunk.length).equals(chunk)) return false;
    offset += chunk.length;
  }
  return offset === bytes.length;
}

export interface WriteOutcome {
  readonly synthesis: Synthesis;
  readonly written: boolean;
}

/**
 * Synthesize one stream under its `.synth.lock`: the read, fold and write happen while holding the
 * lock, so two concurrent runs can never write an older view over a newer one.
 */
export async function synthesizeStream(inputs: StreamInputs): Promise<WriteOutcome> {
  const lock = await acquireLock(lockPathFor(inputs.config), {
    timeoutMs: inputs.config.lockTimeoutMs,
    staleMs: inputs.config.lockStaleMs,
  });
  try {
    testPause(inputs.env, 'AFTER_LOCK');
    return await synthesizeHoldingLock(inputs, lock);
  } finally {
    lock.release();
  }
}

export async function synthesizeHoldingLock(inputs: StreamInputs, lock: LockHandle): Promise<WriteOutcome> {
  // Temp files of a writer killed mid-write (pid gone) can only be ours to clean: we hold the lock.
  removeDeadTempFiles(inputs.config.output);
  removeDeadTempFiles(lock.path);
  const guard = guardOutput(lock, inputs.config.output); // before the read: old or new, never older
  const synthesis = await planSynthesis(inputs, () => lock.refresh());
  if (synthesis.status === 'fresh') return { synthesis, written: false };
  lock.assertHeld();
  writeFileAtomic(synthesis.output, synthesis.renderedChunks, { beforeRename: () => (testPause(inputs.env, 'BEFORE_RENAME'), guard.check()) });
  return { synthesis, written: true };
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
    lines.push(...describeUnreflected(synthesis.events, synthesis.state, synthesis.previous ?? '', footer));
  }
  const changed = changedSections(synthesis.previous ?? '', synthesis.rendered);
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
