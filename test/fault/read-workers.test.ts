import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rng } from '../../bench/rng.mjs';
import { waitPastChanges } from '../helpers/racy.js';
import { REPO_ROOT, runNode } from '../helpers/run-cli.js';
import { eventText, testdir } from '../helpers/testdir.js';
import { STREAM_CONFIG } from './process.js';

// Worker threads (packages/node/src/read-workers.ts, read-worker.ts) are a fast path of the read:
// a run whose files were read, parsed and folded on a worker must show exactly what a run on one
// thread shows (the oracle), and store a cache the next run can use. Only the real bundle has a
// worker beside it, so these tests run the built CLI from a copy of dist/ whose read-worker.mjs is
// a shim around the real one: it records what the worker sent, so a test knows the worker did the
// work (LEDGER_SYNTH_WORKERS=all leaves every file to it).

const DIST = join(REPO_ROOT, 'packages/cli/dist');

/** A copy of the CLI bundle with `worker` as its read-worker.mjs (the real worker stays beside it as real-read-worker.mjs). */
function binWith(worker: string): string {
  const bin = testdir({}, 'ledger-synth-bin-');
  copyFileSync(join(DIST, 'cc-synthesize.mjs'), join(bin, 'cc-synthesize.mjs'));
  copyFileSync(join(DIST, 'read-worker.mjs'), join(bin, 'real-read-worker.mjs'));
  writeFileSync(join(bin, 'read-worker.mjs'), worker);
  return join(bin, 'cc-synthesize.mjs');
}

/** The real worker, recording each message's shape (files folded, racy files) in $WORKER_LOG. */
const RECORDING_WORKER = `import { parentPort } from 'node:worker_threads';
import { appendFileSync } from 'node:fs';
const post = parentPort.postMessage.bind(parentPort);
parentPort.postMessage = (message, transfer) => {
  const line = message.part ? { settled: message.part.settled.length, racy: message.part.racy.length } : message;
  appendFileSync(process.env.WORKER_LOG, JSON.stringify(line) + '\\n');
  post(message, transfer);
};
await import('./real-read-worker.mjs');
`;

/** Events of every kind the read must report the same way: warnings, skips, hidden files, binary. */
function corpus(seed: number): Record<string, string | Buffer> {
  const random = rng(seed * 104_729);
  const count = 20 + Math.floor(random() * 120);
  const files: Record<string, string | Buffer> = { '.ledger-synth.yaml': STREAM_CONFIG };
  for (let n = 0; n < count; n++) {
    const name = `events/2026-03-01T10-${String(n).padStart(4, '0')}_a${n % 5}.md`;
    const r = random();
    if (r < 0.05) files[name] = 'not an event\n';
    else if (r < 0.08) files[name] = Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x0a]);
    else if (r < 0.1) files[`events/.draft-${n}.md`] = 'hidden\n';
    else {
      const minute = String(Math.floor(random() * 60)).padStart(2, '0');
      const lines = [`now: step ${n} #${Math.floor(random() * 2000)}`, 'this_session:', `- did ${n % 7} #${n}`, `- "quoted ${n % 3}"`];
      if (random() < 0.5) lines.push('decisions:', `  owner: "agent-${n % 4}"`, ...(random() < 0.3 ? ['  owner: twice'] : []));
      if (random() < 0.4) lines.push('open_questions:', `- why ${n % 6}?`);
      if (random() < 0.2) lines.push('resolved_questions:', `- why ${(n + 1) % 6}?`);
      if (random() < 0.5) lines.push('checkpoints:', `- phase: p${n % 3}`, `  status: ${random() < 0.5 ? 'validated' : 'in_progress'}`);
      files[name] = eventText({ ts: `2026-03-01T${String(8 + (n % 10)).padStart(2, '0')}:${minute}:00Z`, agent: `a${n % 5}`, body: `${lines.join('\n')}\n` });
    }
  }
  return files;
}

const BASE_ENV = { SOURCE_DATE_EPOCH: '1800000000', LEDGER_SYNTH_WORKERS_FROM: '1' };

/** A cold run (no cache, no ledger), then a warm one with --json: what a user sees of both. */
async function coldThenWarm(cli: string, dir: string, env: Record<string, string>) {
  rmSync(join(dir, 'current.md'), { force: true });
  rmSync(join(dir, '.ledger-synth'), { recursive: true, force: true });
  const cold = await runNode(cli, ['--no-confirm'], { cwd: dir, env: { ...BASE_ENV, ...env } });
  const ledger = existsSync(join(dir, 'current.md')) ? readFileSync(join(dir, 'current.md'), 'utf8') : undefined;
  const warm = await runNode(cli, ['--no-confirm', '--json'], { cwd: dir, env: { ...BASE_ENV, ...env } });
  return { code: cold.code, stderr: cold.stderr, ledger, warmCode: warm.code, warm: warm.stdout };
}

describe('read workers: a fold on a worker thread equals the fold on one thread', () => {
  const recording = () => binWith(RECORDING_WORKER);
  const seeds = Number(process.env.WORKER_PROPERTY_SEEDS ?? 6);
  const first = Number(process.env.WORKER_PROPERTY_SEED ?? 1);

  // Seeded (printed in the test name): every file read by the worker (all) or shared with it (1),
  // against no worker at all.
  it.each(Array.from({ length: seeds }, (_, k) => first + k))('seed %i', async (seed) => {
    const dir = testdir(corpus(seed));
    await waitPastChanges([join(dir, 'events')]);
    const cli = recording();
    const log = join(testdir(), 'worker.log');
    const env = { LEDGER_SYNTH_CACHE_RACY_MS: '0', WORKER_LOG: log };
    const oracle = await coldThenWarm(cli, dir, { ...env, LEDGER_SYNTH_WORKERS: '0' });
    expect(existsSync(log)).toBe(false);
    expect(oracle.code).toBe(0);
    expect(JSON.parse(oracle.warm).status).toBe('fresh');
    for (const workers of ['all', '1']) {
      rmSync(log, { force: true });
      expect(await coldThenWarm(cli, dir, { ...env, LEDGER_SYNTH_WORKERS: workers })).toEqual(oracle);
      const sent = readFileSync(log, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
      expect(sent).toHaveLength(1);
      // With `all` the worker folded every listed file (hidden ones too: they are listed and reported).
      if (workers === 'all') expect(sent[0].settled).toBeGreaterThan(0);
    }
  });

  it('files still racy come back unfolded, and are folded once, after the cache is stored', async () => {
    const dir = testdir(corpus(99));
    const cli = recording();
    const log = join(testdir(), 'worker.log');
    // A racy window of ten minutes: every file was just written, so none may be cached.
    const env = { LEDGER_SYNTH_CACHE_RACY_MS: '600000', WORKER_LOG: log };
    const oracle = await coldThenWarm(cli, dir, { ...env, LEDGER_SYNTH_WORKERS: '0' });
    const viaWorker = await coldThenWarm(cli, dir, { ...env, LEDGER_SYNTH_WORKERS: 'all' });
    expect(viaWorker).toEqual(oracle);
    const sent = readFileSync(log, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    expect(sent.every((part: { settled: number; racy: number }) => part.settled === 0 && part.racy > 0)).toBe(true);
    expect(existsSync(join(dir, '.ledger-synth', 'cache'))).toBe(false);
  });
});

describe('read workers: a worker that fails', () => {
  // It claims chunks first, so the files it claimed are the ones the main thread must read again.
  const failures = {
    'throws after claiming': `import { workerData } from 'node:worker_threads';
Atomics.add(new Int32Array(workerData.claims), 0, 128);
throw new Error('worker failed');`,
    'exits after claiming': `import { workerData } from 'node:worker_threads';
Atomics.add(new Int32Array(workerData.claims), 0, 64);
process.exit(3);`,
    'reports an error': `import { parentPort, workerData } from 'node:worker_threads';
Atomics.add(new Int32Array(workerData.claims), 0, 64);
parentPort.postMessage({ error: 'cannot read' });`,
  };
  it.each(Object.keys(failures))('%s: its files are read on the main thread', async (kind) => {
    const dir = testdir(corpus(7));
    await waitPastChanges([join(dir, 'events')]);
    const cli = binWith(failures[kind as keyof typeof failures]);
    const env = { LEDGER_SYNTH_CACHE_RACY_MS: '0' };
    const oracle = await coldThenWarm(cli, dir, { ...env, LEDGER_SYNTH_WORKERS: '0' });
    expect(await coldThenWarm(cli, dir, { ...env, LEDGER_SYNTH_WORKERS: 'all' })).toEqual(oracle);
    expect(await coldThenWarm(cli, dir, { ...env, LEDGER_SYNTH_WORKERS: '1' })).toEqual(oracle);
  });

  it('a worker that cannot start leaves the read to the main thread', async () => {
    const dir = testdir(corpus(8));
    await waitPastChanges([join(dir, 'events')]);
    const cli = binWith('this is not JavaScript (\n');
    const oracle = await coldThenWarm(cli, dir, { LEDGER_SYNTH_CACHE_RACY_MS: '0', LEDGER_SYNTH_WORKERS: '0' });
    expect(await coldThenWarm(cli, dir, { LEDGER_SYNTH_CACHE_RACY_MS: '0', LEDGER_SYNTH_WORKERS: 'all' })).toEqual(oracle);
  });
});
