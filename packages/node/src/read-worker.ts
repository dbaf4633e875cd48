// Worker thread entry (bundled as read-worker.mjs): read and parse the files of some cache shards
// and send each shard's results back as one message. See read-workers.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { encodeOutcome, parseFile } from './event-cache.js';
import type { WorkerMessage, WorkerSettings } from './read-workers.js';

const { jobs, settings } = workerData as { jobs: { shard: number; files: [number, string, string][] }[]; settings: WorkerSettings };
try {
  for (const job of jobs) {
    const results: (number | string | null)[] = [];
    for (const [index, path, name] of job.files) {
      const { outcome, prefix } = parseFile(path, name, settings.maxEventBytes, settings.racyMs);
      results.push(index, encodeOutcome(outcome), prefix ?? null);
    }
    parentPort!.postMessage({ shard: job.shard, results } satisfies WorkerMessage);
  }
} catch (error) {
  parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies WorkerMessage);
}
