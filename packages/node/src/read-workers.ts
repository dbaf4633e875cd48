import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { cacheFormat } from './fold-cache.js';

/**
 * Large cold reads use a second core: this thread and worker threads claim chunks of the files
 * still to read from one shared counter (so a thread on a slower or busier core simply claims
 * fewer), and each worker reads, parses and folds its chunks into a state of its own. At the end a
 * worker sends its part once: its files' keys, skip reasons and warning counts, and its state as the
 * cache's state lines (state-codec.ts). This thread decodes the part and joins it into its fold;
 * the fold is a join, so the result is the fold of every file, whoever read it.
 *
 * The worker is a separate bundle (read-worker.mjs beside the CLI and hook bundles); where it is
 * absent (tests running the sources) everything is read on this thread, with the same result. A
 * worker that fails leaves its chunks unreported, and this thread reads them again.
 */

export interface WorkerSettings {
  readonly maxEventBytes: number;
  readonly racyMs: number;
}

/** What a worker is given: the paths to read (positions are its claims), the shared claim counter. */
export interface WorkerJob {
  readonly paths: readonly string[];
  readonly claims: SharedArrayBuffer;
  readonly settings: WorkerSettings;
  /** The cache format of the bundle that started it: a worker of another build (another parser) refuses. */
  readonly format: string;
  /** Tests only: stop claiming after this many chunks. */
  readonly chunkLimit: number | undefined;
}

/** A worker's files (positions into the job) and its fold. */
export interface WorkerPart {
  /** Settled files, folded into `state`: [position, skip reason, warning count] (their words are read again when shown). */
  readonly settled: [number, string | null, number][];
  /** Per settled file, in the same order, its stat key (STAT_KEY_NUMBERS numbers each, read-events.ts). */
  readonly keys: Float64Array;
  /** Files changed within racyMs: not folded (the main thread folds them after the cache is stored). [position, encodeOutcome JSON] */
  readonly racy: [number, string][];
  /** encodeStateText of the worker's fold, joined. */
  readonly state: string;
}

export type WorkerMessage = { part: WorkerPart } | { error: string };

/** Files per claim: small enough to balance two unequal cores, large enough that claims cost nothing. */
const CHUNK = 64;

/** The next chunk [start, end) of `length` positions, or undefined when every position is claimed. */
export function claimChunk(counter: Int32Array, length: number): { start: number; end: number } | undefined {
  const start = Atomics.add(counter, 0, CHUNK);
  return start >= length ? undefined : { start, end: Math.min(length, start + CHUNK) };
}

export function workerScript(): string | undefined {
  if (process.env.LEDGER_SYNTH_WORKERS === '0') return undefined;
  try {
    const path = fileURLToPath(new URL('./read-worker.mjs', import.meta.url));
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** Worker threads a large read may use: one per other core, up to three; none without the worker bundle. */
export function workerCount(): number {
  if (workerScript() === undefined) return 0;
  // LEDGER_SYNTH_WORKERS=<n> forces n (1 to 3; tests of the worker path on any machine).
  const forced = process.env.LEDGER_SYNTH_WORKERS;
  if (forced === '1' || forced === '2' || forced === '3') return Number(forced);
  return Math.max(0, Math.min(3, availableParallelism() - 1));
}

/**
 * Read `toRead` (indices into `files`) here and on worker threads. `readHere` reads, parses and
 * folds files on this thread; `takePart` joins a finished worker's part (its positions are indices
 * into `toRead`) and returns false when it cannot (then its files are read here); `tick` lets
 * timers fire and stops the read when asked to.
 */
export async function readInWorkers(
  toRead: readonly number[],
  files: readonly string[],
  settings: WorkerSettings,
  readHere: (indices: readonly number[]) => Promise<void>,
  takePart: (part: WorkerPart) => boolean,
  tick: () => Promise<void>,
): Promise<void> {
  const script = workerScript();
  const count = workerCount();
  if (script === undefined || count === 0) return readHere(toRead);
  const claims = new SharedArrayBuffer(4);
  const counter = new Int32Array(claims);
  const job: WorkerJob = { paths: toRead.map((i) => files[i]!), claims, settings, format: cacheFormat(), chunkLimit: testChunkLimit() };
  const workers = Array.from({ length: count }, () => startWorker(script!, job));
  try {
    const done = new Uint8Array(toRead.length);
    // With a test chunk limit this thread claims nothing until the workers are done: a known split.
    const claimHere = job.chunkLimit === undefined;
    for (let chunk = claimHere ? claimChunk(counter, toRead.length) : undefined; chunk !== undefined; chunk = claimChunk(counter, toRead.length)) {
      await readHere(toRead.slice(chunk.start, chunk.end));
      done.fill(1, chunk.start, chunk.end);
      await tick();
    }
    // Each part is joined as it arrives, with a tick before each: the lock stays fresh, and a
    // deadline can stop the read before a join it has no time for (takePart weighs it).
    const pending = new Set(workers);
    while (pending.size > 0) {
      const arrived = await Promise.race([...[...pending].map((worker) => worker.part.then(() => worker)), sleep(10)]);
      await tick();
      if (arrived === undefined) continue;
      pending.delete(arrived);
      const part = await arrived.part;
      if (part === undefined || !takePart(part)) continue;
      for (const [at] of part.settled) done[at] = 1;
      for (const [at] of part.racy) done[at] = 1;
    }
    // What a failed worker claimed, or nobody did, is read here.
    const left = toRead.filter((_, at) => done[at] === 0);
    if (left.length > 0) await readHere(left);
  } finally {
    // Stopped (a deadline) or finished: no worker outlives the read.
    for (const worker of workers) worker.stop();
  }
}

function sleep(ms: number): Promise<undefined> {
  return new Promise((resolve) => setTimeout(() => resolve(undefined), ms).unref());
}

/**
 * LEDGER_SYNTH_WORKER_CHUNKS=<n> (tests): each worker claims at most n chunks of 64 files, and this
 * thread reads only what is left once they are done, so a run has a known split.
 */
function testChunkLimit(): number | undefined {
  const limit = Number(process.env.LEDGER_SYNTH_WORKER_CHUNKS);
  return Number.isInteger(limit) && limit >= 0 ? limit : undefined;
}

/**
 * A worker's young generation, capped: its objects are one file's parse, short-lived. Measured at
 * 100k realistic files, cold: the default (~48 MB) peaked at 309–313 MiB, 8 MB at 293–295 MiB,
 * in the same time.
 */
const WORKER_YOUNG_GENERATION_MB = 8;

/** One worker; its part, or undefined when it failed to start, failed or died. */
function startWorker(script: string, job: WorkerJob): { part: Promise<WorkerPart | undefined>; stop: () => void } {
  let worker: Worker | undefined;
  const part = new Promise<WorkerPart | undefined>((resolve) => {
    try {
      worker = new Worker(script, { workerData: job, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
    } catch {
      return resolve(undefined);
    }
    worker.on('message', (message: WorkerMessage) => {
      resolve('part' in message ? message.part : undefined);
      // Its heap (a fold of its share) is not needed once the part is here.
      void worker!.terminate();
    });
    worker.on('error', () => resolve(undefined));
    worker.on('exit', () => resolve(undefined));
  });
  return { part, stop: () => void worker?.terminate() };
}
