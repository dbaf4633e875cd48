// Worker thread entry (bundled as read-worker.mjs): claim chunks of the job from the shared
// counter, read, parse and fold them, and send the fold back in parts of about `partFiles` files,
// each folded into a fresh state (see read-workers.ts). The main thread joins each part into its
// fold as it arrives: the fold is a join, so any split of the files gives the same result.
import { parentPort, workerData } from 'node:worker_threads';
import { emptyState, emptyTracker, encodeStateText } from '@ledger-synth/core';
import { cacheFormat } from './fold-cache.js';
import { foldOutcome, readSettled } from './read-fold.js';
import { encodeOutcome, putStatKey, STAT_KEY_NUMBERS } from './read-events.js';
import { CHUNK_FILES, claimChunk, type WorkerJob, type WorkerMessage } from './read-workers.js';

const { paths, claims, settings, format, chunkLimit, partFiles } = workerData as WorkerJob;

/** The files read since the last part was sent, and their fold. */
class PartInProgress {
  readonly state = emptyState();
  readonly tracker = emptyTracker();
  readonly settled: [number, string | null, number][] = [];
  readonly racy: [number, string][] = [];
  /** STAT_KEY_NUMBERS per settled file. A part is sent after the chunk that fills it: it never holds more than this. */
  private readonly keys = new Float64Array(Math.min(paths.length, partFiles - 1 + CHUNK_FILES) * STAT_KEY_NUMBERS);

  get files(): number {
    return this.settled.length + this.racy.length;
  }

  add(at: number): void {
    const { outcome, key, settled } = readSettled(paths[at]!, settings.maxEventBytes, settings.racyMs);
    // Racy files are folded by the main thread after it stores the cache, as when it reads them.
    if (!settled || key === undefined) {
      this.racy.push([at, encodeOutcome(outcome)]);
      return;
    }
    const warnings = foldOutcome(this.state, this.tracker, outcome);
    putStatKey(this.keys, this.settled.length * STAT_KEY_NUMBERS, key);
    this.settled.push([at, outcome.reason ?? null, warnings?.length ?? 0]);
  }

  send(): void {
    const keys = this.keys.slice(0, this.settled.length * STAT_KEY_NUMBERS);
    const message: WorkerMessage = { part: { settled: this.settled, racy: this.racy, keys, state: [...encodeStateText(this.state, this.tracker)].join('') } };
    parentPort!.postMessage(message, [keys.buffer as ArrayBuffer]);
  }
}

try {
  // Its fold is stored under the starting bundle's parser id: another build's parser must not fold.
  if (format !== cacheFormat()) throw new Error(`read-worker.mjs is from another build (${cacheFormat()}, not ${format})`);
  const counter = new Int32Array(claims);
  // Sent in parts, each a fresh fold: the worker never holds the fold of its whole share, and the
  // main thread never decodes it at once (at 100k files, one part was ~90 MiB of peak memory).
  let part = new PartInProgress();
  for (let chunks = 0; chunks < (chunkLimit ?? Number.POSITIVE_INFINITY); chunks++) {
    const chunk = claimChunk(counter, paths.length);
    if (chunk === undefined) break;
    for (let at = chunk.start; at < chunk.end; at++) part.add(at);
    if (part.files >= partFiles) {
      part.send();
      part = new PartInProgress();
    }
  }
  if (part.files > 0) part.send();
  parentPort!.postMessage({ done: true } satisfies WorkerMessage);
} catch (error) {
  parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies WorkerMessage);
}
