// Worker thread entry (bundled as read-worker.mjs): claim chunks of the job from the shared
// counter, read, parse and fold them into this thread's own state, then send the whole part back
// once (see read-workers.ts). The main thread joins the part into its fold: the fold is a join.
import { parentPort, workerData } from 'node:worker_threads';
import { emptyState, emptyTracker, encodeStateText } from '@ledger-synth/core';
import { cacheFormat } from './fold-cache.js';
import { foldOutcome, readSettled } from './read-fold.js';
import { encodeOutcome, putStatKey, STAT_KEY_NUMBERS } from './read-events.js';
import { claimChunk, type WorkerJob, type WorkerMessage, type WorkerPart } from './read-workers.js';

const { paths, claims, settings, format, chunkLimit } = workerData as WorkerJob;
try {
  // Its fold is stored under the starting bundle's parser id: another build's parser must not fold.
  if (format !== cacheFormat()) throw new Error(`read-worker.mjs is from another build (${cacheFormat()}, not ${format})`);
  const state = emptyState();
  const tracker = emptyTracker();
  const part: Omit<WorkerPart, 'keys' | 'state'> = { settled: [], racy: [] };
  const keys = new Float64Array(paths.length * STAT_KEY_NUMBERS);
  const counter = new Int32Array(claims);
  for (let chunks = 0; chunks < (chunkLimit ?? Number.POSITIVE_INFINITY); chunks++) {
    const chunk = claimChunk(counter, paths.length);
    if (chunk === undefined) break;
    for (let at = chunk.start; at < chunk.end; at++) {
      const { outcome, key, settled } = readSettled(paths[at]!, settings.maxEventBytes, settings.racyMs);
      // Racy files are folded by the main thread after it stores the cache, as when it reads them.
      if (!settled || key === undefined) {
        part.racy.push([at, encodeOutcome(outcome)]);
        continue;
      }
      const warnings = foldOutcome(state, tracker, outcome);
      putStatKey(keys, part.settled.length * STAT_KEY_NUMBERS, key);
      part.settled.push([at, outcome.reason ?? null, warnings?.length ?? 0]);
    }
  }
  const keyNumbers = keys.slice(0, part.settled.length * STAT_KEY_NUMBERS);
  const message: WorkerMessage = { part: { ...part, keys: keyNumbers, state: [...encodeStateText(state, tracker)].join('') } };
  parentPort!.postMessage(message, [keyNumbers.buffer as ArrayBuffer]);
} catch (error) {
  parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies WorkerMessage);
}
