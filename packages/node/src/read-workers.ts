import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { cacheFormat } from './fold-cache.js';

/**
 * Large cold reads use a second core: this thread and worker threads claim chunks of the files
 * still to read from one shared counter (so a thread on a slower or busier core simply claims
 * fewer), and each worker reads, parses and folds its chunks. A worker sends its fold in parts of
 * about PART_FILES files, each folded into a fresh state: the files' keys, skip reasons and warning
 * counts, and the state as the cache's state lines (state-codec.ts). This thread joins each part
 * into its fold as it arrives; the fold is a join, so the result is the fold of every file, whoever
 * read it, in whatever parts.
 *
 * The worker is a separate bundle (read-worker.mjs beside the CLI and hook bundles); where it is
 * absent (tests running the sources) everything is read on this thread, with the same result. A
 * worker that fails leaves the chunks it has not sent unreported, and this thread reads them again.
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
  /** Send a part once it holds this many files (checked after each chunk). */
  readonly partFiles: number;
}

/** Some of a worker's files (positions into the job) and their fold. */
export interface WorkerPart {
  /** Settled files, folded into `state`: [position, skip reason, warning count] (their words are read again when shown). */
  readonly settled: [number, string | null, number][];
  /** Per settled file, in the same order, its stat key (STAT_KEY_NUMBERS numbers each, read-events.ts). */
  readonly keys: Float64Array;
  /** Files changed within racyMs: not folded (the main thread folds them after the cache is stored). [position, encodeOutcome JSON] */
  readonly racy: [number, string][];
  /** encodeStateText of these files' fold, joined. */
  readonly state: string;
}

/** Parts, then `done` once every claimed file was sent; `error` instead when the worker cannot go on. */
export type WorkerMessage = { part: WorkerPart } | { done: true } | { error: string };

/** Files per claim: small enough to balance two unequal cores, large enough that claims cost nothing. */
export const CHUNK_FILES = 64;
/**
 * Files per part (two chunks). A part's fold dies young in the worker instead of being promoted
 * and collected late, and this thread joins it while it reads. Measured at 100k realistic files,
 * cold, with one worker: one part at the end peaked at 283–290 MiB; parts of 1,024 files at
 * 257–270, of 256 at 234–245, of 128 at 228–236, of 64 at 228–229, in the same time (4.3–6.2 s,
 * the machine's noise). Each part costs a message and its shared entries (agents, decisions)
 * encoded again.
 */
const PART_FILES = 128;
/** Chunks this thread reads between looks at the parts that arrived (messages wait for the event loop). */
const CHUNKS_PER_LOOK = 4;

/** The next chunk [start, end) of `length` positions, or undefined when every position is claimed. */
export function claimChunk(counter: Int32Array, length: number): { start: number; end: number } | undefined {
  const start = Atomics.add(counter, 0, CHUNK_FILES);
  return start >= length ? undefined : { start, end: Math.min(length, start + CHUNK_FILES) };
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
  const job: WorkerJob = { paths: toRead.map((i) => files[i]!), claims, settings, format: cacheFormat(), chunkLimit: testChunkLimit(), partFiles: testPartFiles() ?? PART_FILES };
  const workers = Array.from({ length: count }, () => startWorker(script!, job));
  const done = new Uint8Array(toRead.length);
  // Each part that arrived is joined, with a tick before it: the lock stays fresh, and a deadline
  // can stop the read before a join it has no time for (takePart weighs it).
  const joinArrived = async () => {
    for (const worker of workers) {
      for (let part = worker.parts.shift(); part !== undefined; part = worker.parts.shift()) {
        await tick();
        if (!takePart(part)) continue;
        for (const [at] of part.settled) done[at] = 1;
        for (const [at] of part.racy) done[at] = 1;
      }
    }
  };
  try {
    // With a test chunk limit this thread claims nothing until the workers are done: a known split.
    const claimHere = job.chunkLimit === undefined;
    let chunks = 0;
    for (let chunk = claimHere ? claimChunk(counter, toRead.length) : undefined; chunk !== undefined; chunk = claimChunk(counter, toRead.length)) {
      await readHere(toRead.slice(chunk.start, chunk.end));
      done.fill(1, chunk.start, chunk.end);
      await tick();
      if (++chunks % CHUNKS_PER_LOOK === 0) {
        await new Promise((resolve) => setImmediate(resolve));
        await joinArrived();
      }
    }
    for (let running = workers.filter((worker) => !worker.finished); running.length > 0; running = running.filter((worker) => !worker.finished)) {
      // Only the workers still running: a finished one's promise is settled, and a wait on it would
      // return at once, forever, without the event loop (whose messages say the others are done)
      // getting a turn where `tick` does not yield (a read with no lock to refresh and no deadline).
      await Promise.race([...running.map((worker) => worker.settled), sleep(10)]);
      await tick();
      await joinArrived();
    }
    await joinArrived();
    // What a failed worker claimed and did not send, or nobody claimed, is read here.
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

/** LEDGER_SYNTH_WORKER_PART_FILES=<n> (tests): send a part once it holds n files, so a run has many parts. */
function testPartFiles(): number | undefined {
  const files = Number(process.env.LEDGER_SYNTH_WORKER_PART_FILES);
  return Number.isInteger(files) && files > 0 ? files : undefined;
}

/**
 * A worker's young generation, capped: its objects are one file's parse, short-lived. Measured at
 * 100k realistic files, cold: the default (~48 MB) peaked at 309–313 MiB, 8 MB at 293–295 MiB,
 * in the same time.
 */
const WORKER_YOUNG_GENERATION_MB = 8;

interface RunningWorker {
  /** Parts that arrived and are not joined yet, in the order sent. */
  readonly parts: WorkerPart[];
  /** True once it said it is done, failed, or died: no part comes after. */
  readonly finished: boolean;
  /** Resolves when it is finished. */
  readonly settled: Promise<void>;
  stop(): void;
}

/** One worker: what it has sent so far, and whether it is finished (a worker that cannot start is finished at once). */
function startWorker(script: string, job: WorkerJob): RunningWorker {
  let worker: Worker | undefined;
  const parts: WorkerPart[] = [];
  let finished = false;
  const settled = new Promise<void>((resolve) => {
    const finish = () => {
      finished = true;
      resolve();
      // Its heap is not needed once it is done.
      void worker?.terminate();
    };
    try {
      worker = new Worker(script, { workerData: job, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
    } catch {
      return finish();
    }
    worker.on('message', (message: WorkerMessage) => {
      if (finished) return;
      if ('part' in message) parts.push(message.part);
      else finish();
    });
    // Messages sent before it died are delivered before 'exit'.
    worker.on('error', finish);
    worker.on('exit', finish);
  });
  return {
    parts,
    get finished() {
      return finished;
    },
    settled,
    stop: () => void worker?.terminate(),
  };
}
