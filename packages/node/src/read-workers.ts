import { availableParallelism, loadavg } from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Large cold reads use every core: the shards still to parse are split by file count between this
 * thread and worker threads; each worker reads and parses its files and sends back compact results
 * (the cache line text: index, outcome JSON, line), one message per shard. The worker is a separate
 * bundle (read-worker.mjs beside the CLI and hook bundles); where it is absent (tests running the
 * sources) everything is parsed on this thread, with the same results.
 */

interface Shard {
  readonly shard: number;
  keep: string[];
  readonly misses: number[];
}

export interface WorkerSettings {
  readonly maxEventBytes: number;
  readonly racyMs: number;
}

/** What a worker sends per shard: [index, outcome JSON, cache line prefix or null] triples, flattened. */
export type WorkerMessage = { shard: number; results: (number | string | null)[] } | { error: string };

export function workerScript(): string | undefined {
  if (process.env.LEDGER_SYNTH_WORKERS === '0') return undefined;
  try {
    const path = fileURLToPath(new URL('./read-worker.mjs', import.meta.url));
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

export async function parseInWorkers<S extends Shard>(
  pending: S[],
  files: readonly string[],
  names: readonly string[],
  settings: WorkerSettings,
  parseHere: (shards: S[]) => Promise<void>,
  onParsed: (shard: S, index: number, payload: string, prefix: string | undefined) => void,
  onShardDone: (shard: S) => void,
): Promise<void> {
  const script = workerScript();
  // Only cores that are idle pay: on a busy machine (measured: 2 cores, load 10) a worker made a
  // 5,000-event cold run 40 % slower (it competes for the same core and adds an encode/decode).
  const idle = Math.floor(availableParallelism() - (loadavg()[0] ?? 0));
  // LEDGER_SYNTH_WORKERS=1 forces one (tests of the worker path on a busy machine).
  const count = process.env.LEDGER_SYNTH_WORKERS === '1' ? 1 : Math.min(3, availableParallelism() - 1, Math.max(0, idle));
  if (script === undefined || count === 0) return parseHere(pending);
  // Deal shards out so every thread gets about the same number of files; this thread takes one share.
  const shares: S[][] = Array.from({ length: count + 1 }, () => []);
  const sizes = new Array<number>(count + 1).fill(0);
  for (const shard of [...pending].sort((a, b) => b.misses.length - a.misses.length)) {
    const least = sizes.indexOf(Math.min(...sizes));
    shares[least]!.push(shard);
    sizes[least]! += shard.misses.length;
  }
  const jobs = shares.slice(1).map((share) => runWorker(script, share, files, names, settings, onParsed, onShardDone, parseHere));
  await parseHere(shares[0]!);
  await Promise.all(jobs);
}

/** One worker for `share`; if it fails to start or dies, its unfinished shards are parsed here. */
function runWorker<S extends Shard>(
  script: string,
  share: S[],
  files: readonly string[],
  names: readonly string[],
  settings: WorkerSettings,
  onParsed: (shard: S, index: number, payload: string, prefix: string | undefined) => void,
  onShardDone: (shard: S) => void,
  parseHere: (shards: S[]) => Promise<void>,
): Promise<void> {
  const byNumber = new Map(share.map((shard) => [shard.shard, shard]));
  const jobs = share.map((shard) => ({ shard: shard.shard, files: shard.misses.map((i) => [i, files[i]!, names[i]!] as const) }));
  return new Promise<void>((resolve) => {
    let worker: Worker | undefined;
    let fellBack = false;
    const fallBack = () => {
      if (fellBack) return;
      fellBack = true;
      void worker?.terminate();
      // Shards not yet reported: parse them here (a shard is reported whole or not at all).
      parseHere([...byNumber.values()]).then(resolve, resolve);
    };
    try {
      worker = new Worker(script, { workerData: { jobs, settings } });
    } catch {
      parseHere(share).then(resolve, resolve);
      return;
    }
    worker.on('message', (message: WorkerMessage) => {
      if (fellBack) return;
      if ('error' in message) return fallBack();
      const shard = byNumber.get(message.shard);
      if (!shard) return;
      byNumber.delete(message.shard);
      const results = message.results;
      for (let k = 0; k < results.length; k += 3) onParsed(shard, results[k] as number, results[k + 1] as string, (results[k + 2] as string | null) ?? undefined);
      onShardDone(shard);
      if (byNumber.size === 0) {
        void worker!.terminate();
        resolve();
      }
    });
    worker.on('error', fallBack);
    worker.on('exit', () => {
      if (byNumber.size > 0) fallBack();
    });
  });
}
