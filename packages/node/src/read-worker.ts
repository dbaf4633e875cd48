// Worker thread entry (bundled as read-worker.mjs): read and parse a share of the files and send
// back what each became, in batches. See read-workers.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { readSettled } from './read-fold.js';
import { encodeOutcome } from './read-events.js';
import type { WorkerMessage, WorkerRead, WorkerSettings } from './read-workers.js';

const BATCH = 500;
const { job, settings } = workerData as { job: [number, string][]; settings: WorkerSettings };
try {
  let reads: WorkerRead[] = [];
  for (const [index, path] of job) {
    const { outcome, key, settled } = readSettled(path, settings.maxEventBytes, settings.racyMs);
    reads.push([index, encodeOutcome(outcome), key ?? null, settled]);
    if (reads.length === BATCH) {
      parentPort!.postMessage({ reads } satisfies WorkerMessage);
      reads = [];
    }
  }
  if (reads.length > 0) parentPort!.postMessage({ reads } satisfies WorkerMessage);
  parentPort!.postMessage({ done: true } satisfies WorkerMessage);
} catch (error) {
  parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies WorkerMessage);
}
