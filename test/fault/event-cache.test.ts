import { chmodSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderLedger } from '@ledger-synth/core';
import { describe, expect, it } from 'vitest';
import { rng } from '../../bench/rng.mjs';
import { decodeOutcome, encodeOutcome } from '../../packages/node/src/event-cache.js';
import { listEvents, readAndFold } from '../helpers/read-fold.js';
import { waitPastChanges } from '../helpers/racy.js';
import { runCli } from '../helpers/run-cli.js';
import { eventText, parsedEvent, testdir } from '../helpers/testdir.js';
import { STREAM_CONFIG } from './process.js';

// The guarantees of the parse cache (packages/node/src/event-cache.ts): it never serves a changed
// file, it stores only settled files, and a run through it equals a run without it (the oracle).

const MAX = 1 << 20;

function event(n: number, extra = ''): string {
  return eventText({
    ts: `2026-03-01T09:${String(n % 60).padStart(2, '0')}:00Z`,
    agent: `agent-${n % 3}`,
    body: `now: step ${n}${extra}\nthis_session:\n- done ${n} #${n + 100}\ndecisions:\n  owner: "agent-${n % 3} at ${n}"\ncheckpoints:\n- phase: ${n % 4}\n  status: validated\n`,
  });
}

const cacheDir = (dir: string) => join(dir, '.ledger-synth', 'cache', 'test');

/** One read through the cache (racy window 0 unless given) and one without: both folded and rendered. */
async function both(dir: string, racyMs = 0) {
  const files = await listEvents(dir);
  const warm = await readAndFold(files, { displayRoot: dir, maxEventBytes: MAX, cacheDir: cacheDir(dir), racyMs });
  const cold = await readAndFold(files, { displayRoot: dir, maxEventBytes: MAX });
  const render = (r: typeof warm) => renderLedger(r.state, { generatedAt: '2026-03-02T00:00:00Z' });
  return { warm, cold, warmText: render(warm), coldText: render(cold) };
}

async function stream(count: number): Promise<string> {
  const files: Record<string, string> = { '.ledger-synth.yaml': STREAM_CONFIG };
  for (let n = 0; n < count; n++) files[`events/e${String(n).padStart(3, '0')}.md`] = event(n);
  const dir = testdir(files);
  await waitPastChanges([join(dir, 'events')]);
  return dir;
}

describe('parse cache', () => {
  it('a second run parses nothing and folds to the same ledger as a run without the cache', async () => {
    const dir = await stream(20);
    const first = await both(dir);
    expect(first.warm.stats).toMatchObject({ files: 20, parsed: 20, cached: 0 });
    const second = await both(dir);
    expect(second.warm.stats).toMatchObject({ files: 20, parsed: 0, cached: 20 });
    expect(second.warmText).toBe(second.coldText);
    expect(second.warm.outcomes).toEqual(second.cold.outcomes);
  });

  it('a file edited in place with the same size and its old mtime restored is never served stale', async () => {
    const dir = await stream(5);
    await both(dir);
    const path = join(dir, 'events/e002.md');
    const before = statSync(path);
    writeFileSync(path, readFileSync(path, 'utf8').replace('step 2', 'step 9'));
    utimesSync(path, before.atime, before.mtime); // like `cp -p` or a checkout of an old blob
    expect(statSync(path).size).toBe(before.size);
    const after = await both(dir);
    expect(after.warm.stats.parsed).toBe(1);
    expect(after.warm.outcomes[2]?.event?.now).toBe('step 9');
    expect(after.warmText).toBe(after.coldText);
  });

  it('racy files (changed within the racy window) are used but not stored; once settled they are', async () => {
    const dir = await stream(3);
    writeFileSync(join(dir, 'events/new.md'), event(7));
    const racy = await both(dir, 60_000); // everything written within the last minute is racy
    expect(racy.warm.stats).toMatchObject({ parsed: 4, cached: 0 });
    expect(racy.warmText).toBe(racy.coldText);
    expect((await both(dir, 60_000)).warm.stats).toMatchObject({ parsed: 4, cached: 0 });
    // The run after the files settled stores them; the run after that is warm.
    await waitPastChanges([join(dir, 'events')]);
    expect((await both(dir, 0)).warm.stats).toMatchObject({ parsed: 4, cached: 0 });
    expect((await both(dir, 0)).warm.stats).toMatchObject({ parsed: 0, cached: 4 });
  });

  it('malformed files keep their reason through the cache', async () => {
    const dir = await stream(2);
    writeFileSync(join(dir, 'events/broken.md'), 'no frontmatter\n');
    writeFileSync(join(dir, 'events/bin.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0, 1]));
    await waitPastChanges([join(dir, 'events')]);
    await both(dir);
    const { warm, cold } = await both(dir);
    expect(warm.stats.parsed).toBe(0);
    expect(warm.issues).toEqual(cold.issues);
    expect(warm.issues.map((issue) => issue.reason)).toEqual([expect.stringMatching(/binary/), expect.stringMatching(/frontmatter/)]);
  });

  it('a torn, foreign or garbage shard is ignored and rewritten', async () => {
    const dir = await stream(30);
    await both(dir);
    const shards = readdirSync(cacheDir(dir)).filter((name) => name.endsWith('.lines'));
    expect(shards.length).toBeGreaterThan(1);
    const [torn, foreign, garbage] = shards.map((name) => join(cacheDir(dir), name));
    writeFileSync(torn!, readFileSync(torn!, 'utf8').slice(0, -20));
    writeFileSync(foreign!, readFileSync(foreign!, 'utf8').replace(/^[^\n]*/, 'ledger-synth-parse-cache/0'));
    // Keys intact, outcome damaged: a line that does not decode is a miss.
    writeFileSync(garbage!, readFileSync(garbage!, 'utf8').replace(/\t\{[^\n]*/g, '\t{"event":'));
    const after = await both(dir);
    expect(after.warm.stats.parsed).toBeGreaterThan(0);
    expect(after.warmText).toBe(after.coldText);
    expect((await both(dir)).warm.stats.parsed).toBe(0);
  });

  it('an unwritable cache costs speed, never correctness', async () => {
    const dir = await stream(4);
    writeFileSync(join(dir, '.ledger-synth'), 'a file where the cache directory should be');
    const first = await both(dir);
    expect(first.warmText).toBe(first.coldText);
    expect((await both(dir)).warm.stats.parsed).toBe(4);
  });

  it('outcomes round-trip exactly: events with Maps, reasons, and parse warnings', () => {
    const parsed = parsedEvent('a.md', '2026-01-01T00:00:00.123456Z', 'toast', 'now: x\ndecisions:\n  __proto__: "kept"\n  k: v\n');
    for (const outcome of [{ event: parsed }, { event: parsed, warnings: [{ file: 'a.md', line: 3, message: 'duplicate key' }] }, { reason: 'binary file' }]) {
      expect(decodeOutcome(encodeOutcome(outcome))).toEqual(outcome);
    }
  });

  it('the CLI writes the same bytes with the cache (cold, then warm) as without it', async () => {
    const dir = await stream(30);
    const env = { SOURCE_DATE_EPOCH: '1800000000', LEDGER_SYNTH_CACHE_RACY_MS: '0' };
    const outputs: string[] = [];
    for (const extra of [{}, {}, { LEDGER_SYNTH_CACHE: '0' }]) {
      rmSync(join(dir, 'current.md'), { force: true });
      expect((await runCli(['--no-confirm'], { cwd: dir, env: { ...env, ...extra } })).code).toBe(0);
      outputs.push(readFileSync(join(dir, 'current.md'), 'utf8'));
    }
    expect(outputs[0]).toContain('step 29');
    expect(new Set(outputs).size).toBe(1);
  });
});

describe('read workers (the built CLI, whose read-worker.mjs sits beside it)', () => {
  it('a cold read split across a worker thread gives the same ledger and the same cache as one thread', async () => {
    const dir = await stream(40);
    writeFileSync(join(dir, 'events/broken.md'), 'not an event\n');
    await waitPastChanges([join(dir, 'events')]);
    const env = { SOURCE_DATE_EPOCH: '1800000000', LEDGER_SYNTH_CACHE_RACY_MS: '0', LEDGER_SYNTH_WORKERS_FROM: '1' };
    const runs: { ledger: string; stderr: string; shards: string[] }[] = [];
    for (const workers of ['1', '0']) {
      rmSync(join(dir, 'current.md'), { force: true });
      rmSync(join(dir, '.ledger-synth'), { recursive: true, force: true });
      const result = await runCli(['--no-confirm'], { cwd: dir, env: { ...env, LEDGER_SYNTH_WORKERS: workers } });
      expect(result.code).toBe(0);
      const shards = readdirSync(join(dir, '.ledger-synth/cache'), { recursive: true }).map(String).filter((name) => name.endsWith('.lines')).sort();
      runs.push({ ledger: readFileSync(join(dir, 'current.md'), 'utf8'), stderr: result.stderr, shards: shards.map((name) => readFileSync(join(dir, '.ledger-synth/cache', name), 'utf8')) });
    }
    expect(runs[0]!.ledger).toContain('step 39');
    expect(runs[0]).toEqual(runs[1]);
  });
});

/**
 * Seeded (BENCH-style xorshift, seed printed on failure): random file sets, edits that keep size
 * and mtime, renames, deletes, replacements, racy writes; after every step the run through the
 * cache must give exactly the outcomes of a run without it.
 */
describe('parse cache: seeded property against the uncached read', () => {
  const seeds = Number(process.env.CACHE_PROPERTY_SEEDS ?? 12);
  const first = Number(process.env.CACHE_PROPERTY_SEED ?? 1);
  it.each(Array.from({ length: seeds }, (_, k) => first + k))('seed %i', async (seed) => {
    const random = rng(seed * 7919);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
    const dir = testdir({ '.ledger-synth.yaml': STREAM_CONFIG, 'events/.keep': '' });
    const events = join(dir, 'events');
    let counter = 0;
    const names = () => readdirSync(events).filter((name) => name.endsWith('.md'));
    const content = () => {
      const r = random();
      if (r < 0.1) return 'not an event\n';
      if (r < 0.15) return `---\nts: 2026-03-01T10:00:00Z\nagent: dup\n---\ndecisions:\n  a: 1\n  a: 2\n`;
      return event(Math.floor(random() * 500), random() < 0.3 ? ' #12 lost' : '');
    };
    for (let step = 0; step < 14; step++) {
      const existing = names();
      const op = existing.length === 0 ? 'add' : pick(['add', 'add', 'edit-same-size', 'rename', 'delete', 'replace', 'chmod-unreadable', 'none']);
      const target = existing.length > 0 ? join(events, pick(existing)) : '';
      if (op === 'add') for (let k = 1 + Math.floor(random() * 4); k > 0; k--) writeFileSync(join(events, `f${counter++}.md`), content());
      else if (op === 'edit-same-size') {
        const before = statSync(target);
        const text = readFileSync(target);
        text[text.length - 2] = text[text.length - 2] === 0x31 ? 0x32 : 0x31;
        writeFileSync(target, text);
        utimesSync(target, before.atime, before.mtime);
      } else if (op === 'rename') renameSync(target, join(events, `f${counter++}.md`));
      else if (op === 'delete') unlinkSync(target);
      else if (op === 'replace') {
        writeFileSync(join(events, '.swap'), content());
        renameSync(join(events, '.swap'), target);
      } else if (op === 'chmod-unreadable' && process.getuid?.() !== 0) chmodSync(target, 0);
      // Half the steps run at once (everything racy with a window of 2 s), half after the files settled.
      const settle = random() < 0.5;
      if (settle) await waitPastChanges([events]);
      const { warm, cold } = await both(dir, settle ? 0 : 2000);
      expect({ seed, step, op, outcomes: warm.outcomes }).toEqual({ seed, step, op, outcomes: cold.outcomes });
    }
  });
});
