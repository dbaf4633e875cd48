import { copyFileSync, cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
// work. LEDGER_SYNTH_WORKER_CHUNKS=<n> makes the split known: each worker claims at most n chunks of
// 64 files, and the main thread reads what is left once they are done.

const DIST = join(REPO_ROOT, 'packages/cli/dist');

/** A copy of the CLI bundle with `worker` as its read-worker.mjs (the real worker stays beside it as real-read-worker.mjs). */
function binWith(worker: string): string {
  const bin = testdir({}, 'ledger-synth-bin-');
  copyFileSync(join(DIST, 'cc-synthesize.mjs'), join(bin, 'cc-synthesize.mjs'));
  copyFileSync(join(DIST, 'read-worker.mjs'), join(bin, 'real-read-worker.mjs'));
  writeFileSync(join(bin, 'read-worker.mjs'), worker);
  return join(bin, 'cc-synthesize.mjs');
}

/** The real worker, recording each message's shape (its thread, files folded, racy files) in $WORKER_LOG. */
const RECORDING_WORKER = `import { parentPort, threadId } from 'node:worker_threads';
import { appendFileSync } from 'node:fs';
const post = parentPort.postMessage.bind(parentPort);
parentPort.postMessage = (message, transfer) => {
  const line = message.part ? { thread: threadId, settled: message.part.settled.length, racy: message.part.racy.length } : { thread: threadId, ...message };
  if (process.env.WORKER_LOG) appendFileSync(process.env.WORKER_LOG, JSON.stringify(line) + '\\n');
  post(message, transfer);
};
await import('./real-read-worker.mjs');
`;

/** Events of every kind the read must report the same way: warnings, skips, hidden files, binary. */
function corpus(seed: number): Record<string, string | Buffer> {
  const random = rng(seed * 104_729);
  const count = 20 + Math.floor(random() * 220);
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

/** The chunk sizes a read of `files` files is claimed in (64 files each, the last one shorter). */
function chunksOf(files: number): number[] {
  return Array.from({ length: Math.ceil(files / 64) }, (_, k) => Math.min(64, files - k * 64));
}

/** One worker, claiming every chunk (the main thread reads only what a failed worker left). */
const EVERY_FILE = { LEDGER_SYNTH_WORKERS: '1', LEDGER_SYNTH_WORKER_CHUNKS: '1000' };

interface SentPart {
  readonly thread: number;
  readonly settled: number;
  readonly racy: number;
}

/** What the recording worker sent: per part, the files it folded and those it sent back racy (not its `done`). */
function sentParts(log: string): SentPart[] {
  const lines = readFileSync(log, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as SentPart | { thread: number; done: true });
  return lines.filter((line): line is SentPart => 'settled' in line);
}

/** Per worker, what its parts held in all: settled and racy files, largest first. */
function sentPerWorker(log: string): { settled: number; racy: number }[] {
  const totals = new Map<number, { settled: number; racy: number }>();
  for (const part of sentParts(log)) {
    const total = totals.get(part.thread) ?? { settled: 0, racy: 0 };
    totals.set(part.thread, { settled: total.settled + part.settled, racy: total.racy + part.racy });
  }
  return [...totals.values()].sort((a, b) => b.settled + b.racy - (a.settled + a.racy));
}

/** The workers that said they were done (each once, after its last part). */
function doneWorkers(log: string): number[] {
  return readFileSync(log, 'utf8').trim().split('\n').map((line) => JSON.parse(line)).filter((line) => line.done === true).map((line) => line.thread as number);
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

  // Seeded (printed in the test name), against no worker at all: one worker folding every file (in
  // parts of the usual size, and in a part per chunk), one folding the first chunk (the main
  // thread the rest), two folding a chunk each, and the ordinary race for chunks.
  const modes: [string, Record<string, string>, (listed: number) => number[]][] = [
    ['one worker, every file', { LEDGER_SYNTH_WORKERS: '1', LEDGER_SYNTH_WORKER_CHUNKS: '1000' }, (listed) => [listed]],
    ['one worker, every file, a part per chunk', { LEDGER_SYNTH_WORKERS: '1', LEDGER_SYNTH_WORKER_CHUNKS: '1000', LEDGER_SYNTH_WORKER_PART_FILES: '1' }, (listed) => [listed]],
    ['one worker, one chunk', { LEDGER_SYNTH_WORKERS: '1', LEDGER_SYNTH_WORKER_CHUNKS: '1' }, (listed) => [Math.min(64, listed)]],
    ['two workers, a chunk each', { LEDGER_SYNTH_WORKERS: '2', LEDGER_SYNTH_WORKER_CHUNKS: '1' }, (listed) => [Math.min(64, listed), Math.max(0, Math.min(64, listed - 64))]],
    ['one worker, racing', { LEDGER_SYNTH_WORKERS: '1' }, () => []],
  ];
  it.each(Array.from({ length: seeds }, (_, k) => first + k))('seed %i', async (seed) => {
    const dir = testdir(corpus(seed));
    await waitPastChanges([join(dir, 'events')]);
    const listed = readdirSync(join(dir, 'events')).filter((name) => name.endsWith('.md')).length;
    const cli = recording();
    const log = join(testdir(), 'worker.log');
    const env = { LEDGER_SYNTH_CACHE_RACY_MS: '0', WORKER_LOG: log };
    const oracle = await coldThenWarm(cli, dir, { ...env, LEDGER_SYNTH_WORKERS: '0' });
    expect(existsSync(log)).toBe(false);
    expect(oracle.code).toBe(0);
    expect(JSON.parse(oracle.warm).status).toBe('fresh');
    for (const [mode, extra, expected] of modes) {
      rmSync(log, { force: true });
      expect(await coldThenWarm(cli, dir, { ...env, ...extra }), mode).toEqual(oracle);
      const split = expected(listed);
      // The files each worker folded (or sent back racy): exactly its claims; and each said it was done.
      // A worker that claimed nothing sends no part, and says it is done all the same.
      if (split.length > 0) expect(sentPerWorker(log).map((sent) => sent.settled + sent.racy), mode).toEqual(split.filter((files) => files > 0));
      else expect(sentPerWorker(log).length, mode).toBeLessThanOrEqual(1);
      expect(doneWorkers(log), mode).toHaveLength(split.length > 0 ? split.length : 1);
      // Parts of at least PART_FILES files (two chunks), or one per chunk: a run of every file that
      // sends one part only proves nothing about the joins.
      if (extra.LEDGER_SYNTH_WORKER_PART_FILES === '1') expect(sentParts(log).map((part) => part.settled + part.racy)).toEqual(chunksOf(listed));
    }
  });

  it('files still racy come back unfolded, and are folded once, after the cache is stored', async () => {
    const dir = testdir(corpus(99));
    const cli = recording();
    const log = join(testdir(), 'worker.log');
    // A racy window of ten minutes: every file was just written, so none may be cached.
    const env = { LEDGER_SYNTH_CACHE_RACY_MS: '600000', WORKER_LOG: log };
    const oracle = await coldThenWarm(cli, dir, { ...env, LEDGER_SYNTH_WORKERS: '0' });
    const viaWorker = await coldThenWarm(cli, dir, { ...env, ...EVERY_FILE });
    expect(viaWorker).toEqual(oracle);
    const sent = sentParts(log);
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((part) => part.settled === 0 && part.racy > 0)).toBe(true);
    expect(existsSync(join(dir, '.ledger-synth', 'cache'))).toBe(false);
  });
});

describe('read workers: with a cache, and with files still racy', () => {
  it('new files that sort between cached ones are folded by the worker into the cached fold', async () => {
    const dir = testdir(corpus(11));
    await waitPastChanges([join(dir, 'events')]);
    const env = { ...BASE_ENV, LEDGER_SYNTH_CACHE_RACY_MS: '0' };
    const cli = binWith(RECORDING_WORKER);
    expect((await runNode(cli, ['--no-confirm'], { cwd: dir, env: { ...env, LEDGER_SYNTH_WORKERS: '0' } })).code).toBe(0);
    const cached = readdirSync(join(dir, 'events')).length;
    // More new files than the journal takes (16 here), named to sort between the cached ones:
    // the files to read are not the first positions of the listing.
    const added = corpus(12);
    for (const [name, content] of Object.entries(added)) {
      if (!name.startsWith('events/2026')) continue;
      writeFileSync(join(dir, name.replace('T10-', 'T10-0').replace(/_a(\d)\.md$/, '_b$1.md')), content);
    }
    expect(readdirSync(join(dir, 'events')).length - cached).toBeGreaterThan(16);
    await waitPastChanges([join(dir, 'events')]);
    const saved = join(testdir(), 'state');
    cpSync(join(dir, '.ledger-synth'), saved, { recursive: true });
    const run = async (extra: Record<string, string>) => {
      rmSync(join(dir, '.ledger-synth'), { recursive: true, force: true });
      cpSync(saved, join(dir, '.ledger-synth'), { recursive: true });
      rmSync(join(dir, 'current.md'), { force: true });
      const result = await runNode(cli, ['--no-confirm'], { cwd: dir, env: { ...env, ...extra } });
      const warm = await runNode(cli, ['--no-confirm', '--json'], { cwd: dir, env: { ...env, ...extra } });
      return { code: result.code, stderr: result.stderr, ledger: readFileSync(join(dir, 'current.md'), 'utf8'), warm: warm.stdout };
    };
    const log = join(testdir(), 'worker.log');
    const oracle = await run({ LEDGER_SYNTH_WORKERS: '0' });
    expect(await run({ LEDGER_SYNTH_WORKERS: '1', LEDGER_SYNTH_WORKER_CHUNKS: '1', WORKER_LOG: log })).toEqual(oracle);
    expect(sentPerWorker(log)).toEqual([{ settled: Math.min(64, readdirSync(join(dir, 'events')).length - cached), racy: 0 }]);
    // And the cache both stored is the same set of files.
    expect(cachedNames(dir)).toEqual([...readdirSync(join(dir, 'events'))].filter((name) => name.endsWith('.md')).map((name) => `events/${name}`).sort());
  });

  it('settled files are cached and racy ones are not, and an edit of a racy file is never served from the cache', async () => {
    const dir = testdir(corpus(13));
    const settledNames = readdirSync(join(dir, 'events')).filter((name) => name.endsWith('.md'));
    // Past a racy window of 1.5 s for these files; the next ones are written just before the run.
    const racyMs = 1500;
    await waitPastChanges([join(dir, 'events')], 10_000, racyMs);
    const fresh = ['2026-03-02T10-0000_z0.md', '2026-03-02T10-0001_z1.md'];
    const freshEvent = (text: string) => eventText({ ts: '2026-03-02T10:00:00Z', agent: 'z', body: `this_session:\n- ${text}\n` });
    for (const name of fresh) writeFileSync(join(dir, 'events', name), freshEvent(`first ${name}`));
    const log = join(testdir(), 'worker.log');
    const env = { ...BASE_ENV, LEDGER_SYNTH_CACHE_RACY_MS: String(racyMs), ...EVERY_FILE, WORKER_LOG: log };
    const cli = binWith(RECORDING_WORKER);
    expect((await runNode(cli, ['--no-confirm'], { cwd: dir, env })).code).toBe(0);
    // The worker read every file: the settled ones folded, the two fresh ones sent back.
    expect(sentPerWorker(log)).toEqual([{ settled: settledNames.length, racy: 2 }]);
    expect(cachedNames(dir)).toEqual(settledNames.map((name) => `events/${name}`).sort());
    // The racy file changes again (same size, same second): the next run must show only the new text.
    writeFileSync(join(dir, 'events', fresh[0]!), freshEvent(`again ${fresh[0]}`));
    const viaCache = await runNode(cli, ['--full'], { cwd: dir, env });
    const uncached = await runNode(cli, ['--full'], { cwd: dir, env: { ...env, LEDGER_SYNTH_CACHE: '0' } });
    expect(viaCache.stdout).toContain(`again ${fresh[0]}`);
    expect(viaCache.stdout).not.toContain(`first ${fresh[0]}`);
    expect(viaCache.stdout).toEqual(uncached.stdout);
  });
});

/** The names a stream's fold cache covers (its third line), sorted. */
function cachedNames(dir: string): string[] {
  const cacheRoot = join(dir, '.ledger-synth', 'cache');
  const [id] = readdirSync(cacheRoot).filter((name) => !name.startsWith('.'));
  return (JSON.parse(readFileSync(join(cacheRoot, id!, 'fold.cache'), 'latin1').split('\n')[2]!) as string[]).sort();
}

describe('read workers: a file a worker folded changes before its warnings are shown', () => {
  // The worker sends warning counts; the main thread reads the words of the ones it shows again
  // from their files, proven by the key the worker folded them with. This worker edits a shown
  // file as it sends its part (the same warning count, other words, another fold): the main thread
  // must not word the old fold with the new bytes, and must read everything again itself, once
  // (a worker on the retry would edit it again; it stops editing after a few parts, so a retry
  // that used workers again ends, and shows in the log).
  const EDITING_WORKER = `import { parentPort, threadId } from 'node:worker_threads';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
const post = parentPort.postMessage.bind(parentPort);
parentPort.postMessage = (message, transfer) => {
  if (message.part) {
    appendFileSync(process.env.WORKER_LOG, JSON.stringify({ thread: threadId, settled: message.part.settled.length, racy: message.part.racy.length }) + '\\n');
    const sent = readFileSync(process.env.WORKER_LOG, 'utf8').trim().split('\\n').length;
    const path = process.env.WORKER_EDIT;
    if (path && sent <= 4) writeFileSync(path, readFileSync(path, 'utf8').replace(new RegExp(process.env.WORKER_EDIT_FROM), process.env.WORKER_EDIT_TO));
  }
  post(message, transfer);
};
await import('./real-read-worker.mjs');
`;

  it.each(['--no-confirm --json', '--check --json', '--no-confirm'])('%s: the same as a read on one thread after the edit', async (command) => {
    const args = command.split(' ');
    const dir = testdir(corpus(21));
    await waitPastChanges([join(dir, 'events')]);
    // The first file with a lost ` #` comment on its now: line (a warning every command shows).
    const edited = readdirSync(join(dir, 'events'))
      .sort()
      .find((name) => /^now: step \d+ #/m.test(readFileSync(join(dir, 'events', name), 'utf8')))!;
    const path = join(dir, 'events', edited);
    const original = readFileSync(path, 'utf8');
    const log = join(testdir(), 'worker.log');
    const cli = binWith(EDITING_WORKER);
    const env = { ...BASE_ENV, LEDGER_SYNTH_CACHE_RACY_MS: '0', WORKER_LOG: log, WORKER_EDIT: path, WORKER_EDIT_FROM: 'now: step (\\d+)( edited)?', WORKER_EDIT_TO: 'now: step $1 edited' };
    const run = async (extra: Record<string, string>) => {
      rmSync(join(dir, 'current.md'), { force: true });
      const result = await runNode(cli, args, { cwd: dir, env: { ...env, ...extra } });
      return { code: result.code, stdout: result.stdout, stderr: result.stderr, ledger: existsSync(join(dir, 'current.md')) ? readFileSync(join(dir, 'current.md'), 'utf8') : undefined };
    };
    const viaWorker = await run(EVERY_FILE);
    expect(sentPerWorker(log)).toHaveLength(1); // one worker, once: the read after the edit was this thread's
    expect(readFileSync(path, 'utf8')).not.toBe(original);
    expect(viaWorker.stdout + viaWorker.stderr + (viaWorker.ledger ?? '')).toContain('edited');
    await waitPastChanges([join(dir, 'events')]);
    rmSync(join(dir, '.ledger-synth'), { recursive: true, force: true });
    const oracle = await run({ LEDGER_SYNTH_WORKERS: '0', LEDGER_SYNTH_CACHE: '0' });
    expect(viaWorker).toEqual(oracle);
  });
  it('a worker\'s counts and keys are exact: this thread reads again only the files it shows, and the next run is a hit', async () => {
    const plain = 'events/2026-03-01T10-0000_plain.md';
    const dir = testdir({ ...corpus(22), [plain]: eventText({ ts: '2026-03-01T07:00:00Z', agent: 'plain', body: 'now: plain, no warning\n' }) });
    await waitPastChanges([join(dir, 'events')]);
    const log = join(testdir(), 'worker.log');
    const cli = binWith(EDITING_WORKER);
    const env = { ...BASE_ENV, LEDGER_SYNTH_CACHE_RACY_MS: '0', WORKER_LOG: log };
    const run = async (extra: Record<string, string>) => {
      rmSync(join(dir, 'current.md'), { force: true });
      const result = await runNode(cli, ['--no-confirm', '--json'], { cwd: dir, env: { ...env, ...extra } });
      return { code: result.code, stdout: result.stdout, stderr: result.stderr, ledger: readFileSync(join(dir, 'current.md'), 'utf8') };
    };
    const oracle = await run({ LEDGER_SYNTH_WORKERS: '0', LEDGER_SYNTH_CACHE: '0' });
    expect(oracle.stdout).toMatch(/"warningCount": [1-9]/);
    // The worker edits a file without warnings as it sends its part: this thread has no reason to
    // read that file again, so the run shows it as the worker folded it. A read of every file
    // again (a count or a key the worker got wrong) would show the edit.
    const viaWorker = await run({ ...EVERY_FILE, WORKER_EDIT: join(dir, plain), WORKER_EDIT_FROM: 'now: plain', WORKER_EDIT_TO: 'now: edited' });
    expect(readFileSync(join(dir, plain), 'utf8')).toContain('now: edited');
    expect(viaWorker).toEqual(oracle);
    expect(viaWorker.ledger).toContain('plain, no warning');
    // Without edits: the cache a worker's part went into serves the next run whole (nothing rewritten).
    await waitPastChanges([join(dir, 'events')]);
    rmSync(join(dir, '.ledger-synth'), { recursive: true, force: true });
    rmSync(log, { force: true });
    const cold = await run(EVERY_FILE);
    expect(sentPerWorker(log)).toHaveLength(1);
    const cache = join(dir, '.ledger-synth', 'cache');
    const [id] = readdirSync(cache).filter((name) => !name.startsWith('.'));
    const stored = readFileSync(join(cache, id!, 'fold.cache'));
    const warm = await run({ LEDGER_SYNTH_WORKERS: '0' });
    expect(readFileSync(join(cache, id!, 'fold.cache'))).toEqual(stored);
    expect(existsSync(join(cache, id!, 'fold.journal'))).toBe(false);
    expect(warm).toEqual(cold);
    expect(warm.ledger).toContain('edited, no warning');
  });
});

describe('read workers: every part is joined', () => {
  // After sending each part, this worker renames the agent of every file in it that has no
  // warnings (the main thread reads those again only if it did not take the part). A run whose
  // parts were all joined shows the agents as they were; a part dropped and read again here shows
  // the new name.
  const RENAMING_WORKER = `import { parentPort, workerData } from 'node:worker_threads';
import { readFileSync, writeFileSync } from 'node:fs';
const post = parentPort.postMessage.bind(parentPort);
parentPort.postMessage = (message, transfer) => {
  const settled = message.part ? message.part.settled.map(([at]) => at) : [];
  post(message, transfer);
  for (const at of settled) {
    const path = workerData.paths[at];
    const text = readFileSync(path, 'utf8');
    if (text.includes('agent: plain')) writeFileSync(path, text.replace('agent: plain', 'agent: renamed'));
  }
};
await import('./real-read-worker.mjs');
`;

  it('a part per chunk: the fold of each one is used, none is read again here', async () => {
    const files: Record<string, string> = { '.ledger-synth.yaml': STREAM_CONFIG };
    // Files without warnings in every chunk of 64, each its own agent, later than the rest.
    for (let n = 0; n < 300; n++) {
      const name = `events/2026-03-01T10-${String(n).padStart(4, '0')}_a${n % 5}.md`;
      files[name] =
        n % 16 === 0
          ? eventText({ ts: `2026-03-02T10:${String(n % 60).padStart(2, '0')}:00Z`, agent: `plain${n}`, body: `now: plain ${n}\n` })
          : eventText({ ts: '2026-03-01T10:00:00Z', agent: `a${n % 5}`, body: `now: step ${n} #${n}\nthis_session:\n- did ${n}\n` });
    }
    const dir = testdir(files);
    await waitPastChanges([join(dir, 'events')]);
    const env = { ...BASE_ENV, LEDGER_SYNTH_CACHE_RACY_MS: '0', LEDGER_SYNTH_CACHE: '0' };
    const oracle = await runNode(binWith(RECORDING_WORKER), ['--no-confirm'], { cwd: dir, env: { ...env, LEDGER_SYNTH_WORKERS: '0' } });
    const expected = readFileSync(join(dir, 'current.md'), 'utf8');
    expect(oracle.code).toBe(0);
    expect(expected).toContain('plain288');
    rmSync(join(dir, 'current.md'));
    const viaWorker = await runNode(binWith(RENAMING_WORKER), ['--no-confirm'], { cwd: dir, env: { ...env, ...EVERY_FILE, LEDGER_SYNTH_WORKER_PART_FILES: '1' } });
    // The worker did rename them all (five parts): what it folded before is what the run shows.
    expect(readdirSync(join(dir, 'events')).filter((name) => readFileSync(join(dir, 'events', name), 'utf8').includes('agent: renamed'))).toHaveLength(19);
    expect({ code: viaWorker.code, stderr: viaWorker.stderr, ledger: readFileSync(join(dir, 'current.md'), 'utf8') }).toEqual({ code: 0, stderr: oracle.stderr, ledger: expected });
  });
});

describe('read workers: --check', () => {
  it('a cold --check on a worker says what a one-thread --check says, fresh and stale', async () => {
    const dir = testdir(corpus(14));
    await waitPastChanges([join(dir, 'events')]);
    const cli = binWith(RECORDING_WORKER);
    const log = join(testdir(), 'worker.log');
    const env = { ...BASE_ENV, LEDGER_SYNTH_CACHE_RACY_MS: '0', WORKER_LOG: log };
    expect((await runNode(cli, ['--no-confirm'], { cwd: dir, env: { ...env, LEDGER_SYNTH_WORKERS: '0' } })).code).toBe(0);
    const check = async (extra: Record<string, string>) => {
      rmSync(join(dir, '.ledger-synth'), { recursive: true, force: true });
      const result = await runNode(cli, ['--check'], { cwd: dir, env: { ...env, ...extra } });
      return { code: result.code, stdout: result.stdout, stderr: result.stderr };
    };
    for (const expected of [0, 1]) {
      if (expected === 1) writeFileSync(join(dir, 'events', '2026-03-09T10-0000_late.md'), eventText({ ts: '2026-03-09T10:00:00Z', agent: 'late', body: 'now: after the ledger\n' }));
      const oracle = await check({ LEDGER_SYNTH_WORKERS: '0' });
      expect(oracle.code).toBe(expected);
      rmSync(log, { force: true });
      expect(await check({ LEDGER_SYNTH_WORKERS: '1', LEDGER_SYNTH_WORKER_CHUNKS: '1' })).toEqual(oracle);
      expect(sentPerWorker(log)).toEqual([{ settled: 64, racy: 0 }]);
    }
  });

  // --check, --dry-run, --full and status read without a lock to keep fresh or a deadline, so the
  // read's tick does not yield to the event loop: waiting for the second worker once the first is
  // finished must still let its messages in (a wait on the finished one's promise never does).
  it.each(['--check', '--dry-run'])('%s with two workers waits for both and says what one thread says', async (command) => {
    const dir = testdir(corpus(17)); // more than two chunks of files: each worker claims a full one
    await waitPastChanges([join(dir, 'events')]);
    const cli = binWith(RECORDING_WORKER);
    const log = join(testdir(), 'worker.log');
    const env = { ...BASE_ENV, LEDGER_SYNTH_CACHE_RACY_MS: '0', WORKER_LOG: log };
    const run = async (extra: Record<string, string>) => {
      rmSync(join(dir, '.ledger-synth'), { recursive: true, force: true });
      // A hang is killed (and fails below), not left to stall the suite.
      const result = await runNode(cli, [command], { cwd: dir, env: { ...env, ...extra }, killAfterMs: 20_000 });
      return { code: result.code, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
    };
    const oracle = await run({ LEDGER_SYNTH_WORKERS: '0' });
    expect(oracle.signal).toBe(null);
    rmSync(log, { force: true });
    expect(await run({ LEDGER_SYNTH_WORKERS: '2', LEDGER_SYNTH_WORKER_CHUNKS: '1' })).toEqual(oracle);
    expect(readdirSync(join(dir, 'events')).filter((name) => name.endsWith('.md') && !name.startsWith('.')).length).toBeGreaterThan(128);
    expect(sentPerWorker(log)).toEqual([
      { settled: 64, racy: 0 },
      { settled: 64, racy: 0 },
    ]);
    expect(doneWorkers(log)).toHaveLength(2);
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
    expect(await coldThenWarm(cli, dir, { ...env, ...EVERY_FILE })).toEqual(oracle);
  });

  it('of two workers, the second fails after claiming: the first one\'s part is joined, the rest read here', async () => {
    const dir = testdir(corpus(9));
    await waitPastChanges([join(dir, 'events')]);
    const log = join(testdir(), 'worker.log');
    // Of two consecutive thread ids one is even: that worker waits until the real one has claimed
    // its chunk, claims the next one, and fails.
    const cli = binWith(`import { threadId as thisThread, workerData } from 'node:worker_threads';
if (thisThread % 2 === 0) {
  const claims = new Int32Array(workerData.claims);
  while (Atomics.load(claims, 0) < 64) Atomics.wait(claims, 0, Atomics.load(claims, 0), 5);
  Atomics.add(claims, 0, 64);
  throw new Error('second worker failed');
}
${RECORDING_WORKER}`);
    const env = { LEDGER_SYNTH_CACHE_RACY_MS: '0', WORKER_LOG: log };
    const oracle = await coldThenWarm(cli, dir, { ...env, LEDGER_SYNTH_WORKERS: '0' });
    expect(await coldThenWarm(cli, dir, { ...env, LEDGER_SYNTH_WORKERS: '2', LEDGER_SYNTH_WORKER_CHUNKS: '1' })).toEqual(oracle);
    expect(sentPerWorker(log)).toEqual([{ settled: 64, racy: 0 }]);
  });

  it('a worker that cannot start leaves the read to the main thread', async () => {
    const dir = testdir(corpus(8));
    await waitPastChanges([join(dir, 'events')]);
    const cli = binWith('this is not JavaScript (\n');
    const oracle = await coldThenWarm(cli, dir, { LEDGER_SYNTH_CACHE_RACY_MS: '0', LEDGER_SYNTH_WORKERS: '0' });
    expect(await coldThenWarm(cli, dir, { LEDGER_SYNTH_CACHE_RACY_MS: '0', ...EVERY_FILE })).toEqual(oracle);
  });
});
