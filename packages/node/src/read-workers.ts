import { availableParallelism, loadavg } from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileRead } from './read-fold.js';
import { decodeOutcome } from './read-events.js';

/**
 * Large cold reads use idle cores: the files still to read are split between this thread and
 * worker threads; each worker reads and parses its files and sends back what each became, a batch
 * per message (outcomes as JSON: structured clone would drop the instants' classes). The worker is a separate
 * bundle (read-worker.mjs beside the CLI and hook bundles); where it is absent (tests running the
 * sources) everything is read on this thread, with the same results.
 */

export interface WorkerSettings {
  readonly maxEventBytes: number;
  readonly racyMs: number;
}

/** A worker's job: [index, path] pairs. Its messages: batches of reads, then `done`. */
export type WorkerMessage = { reads: WorkerRead[] } | { done: true } | { error: string };

/** [index, outcome JSON (encodeOutcome), stat key or null, settled]. */
export type WorkerRead = [number, string, FileRead['key'] | null, boolean];

export function workerScript(): string | undefined {
  if (process.env.LEDGER_SYNTH_WORKERS === '0') return undefined;
  try {
    const path = fileURLToPath(new URL('./read-worker.mjs', import.meta.url));
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

export async function readInWorkers(
  indices: readonly number[],
  files: readonly string[],
  settings: WorkerSettings,
  readHere: (indices: readonly number[]) => Promise<void>,
  onRead: (index: number, read: FileRead) => void,
  tick: () => Promise<void>,
): Promise<void> {
  const script = workerScript();
  // Only cores that are idle pay: on a busy machine (measured: 2 cores, load 10) a worker made a
  // 5,000-event cold run 40 % slower (it competes for the same core and adds a copy of each event).
  const idle = Math.floor(availableParallelism() - (loadavg()[0] ?? 0));
  // LEDGER_SYNTH_WORKERS=1 forces one (tests of the worker path on a busy machine).
  const count = process.env.LEDGER_SYNTH_WORKERS === '1' ? 1 : Math.min(3, availableParallelism() - 1, Math.max(0, idle));
  if (script === undefined || count === 0) return readHere(indices);
  // Equal shares, dealt round-robin so every share spans the whole listing; this thread takes one.
  const shares: number[][] = Array.from({ length: count + 1 }, () => []);
  indices.forEach((i, k) => shares[k % shares.length]!.push(i));
  const workers = shares.slice(1).map((share) => runWorker(script, share, files, settings, onRead, readHere));
  try {
    await readHere(shares[0]!);
    // Keep ticking while workers finish: the lock stays fresh and a deadline can still stop the read.
    let finished = false;
    const all = Promise.all(workers.map((worker) => worker.done)).finally(() => (finished = true));
    while (!finished) {
      await Promise.race([all, new Promise((resolve) => setTimeout(resolve, 25).unref())]);
      await tick();
    }
  } finally {
    // Stopped (a deadline) or failed: no worker outlives the read.
    for (const worker of workers) worker.stop();
  }
}

/** One worker for `share`; if it fails to start or dies, the files it did not report are read here. */
function runWorker(
  script: string,
  share: readonly number[],
  files: readonly string[],
  settings: WorkerSettings,
  onRead: (index: number, read: FileRead) => void,
  readHere: (indices: readonly number[]) => Promise<void>,
): { done: Promise<void>; stop: () => void } {
  const unreported = new Set(share);
  let worker: Worker | undefined;
  let fellBack = false;
  const done = new Promise<void>((resolve) => {
    const fallBack = () => {
      if (fellBack) return;
      fellBack = true;
      void worker?.terminate();
      readHere([...unreported]).then(resolve, resolve);
    };
    try {
      worker = new Worker(script, { workerData: { job: share.map((i) => [i, files[i]!]), settings } });
    } catch {
      readHere(share).then(resolve, resolve);
      return;
    }
    worker.on('message', (message: WorkerMessage) => {
      if (fellBack) return;
      if ('error' in message) return fallBack();
      if ('done' in message) {
        fellBack = true; // nothing more to take from this worker
        void worker!.terminate();
        return unreported.size === 0 ? resolve() : readHere([...unreported]).then(resolve, resolve);
      }
      for (const [i, outcome, key, settled] of message.reads) {
        if (!unreported.delete(i)) continue;
        onRead(i, { outcome: decodeOutcome(outcome), key: key ?? undefined, settled });
      }
    });
    worker.on('error', fallBack);
    worker.on('exit', () => {
      if (!fellBack) fallBack();
    });
  });
  return {
    done,
    stop: () => {
      fellBack = true;
      void worker?.terminate();
    },
  };
}
