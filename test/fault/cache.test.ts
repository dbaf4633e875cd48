import { appendFileSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { digestState, renderLedger } from '@ledger-synth/core';
import { discoverEventFiles, gatherState, type GatherOptions } from '@ledger-synth/node';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { eventText, testdir } from '../helpers/testdir.js';
import { waitPastChanges } from '../helpers/racy.js';
import { STREAM_CONFIG, waitFor } from './process.js';

function event(n: number, extra = ''): string {
  return eventText({
    ts: `2026-03-01T09:${String(n % 60).padStart(2, '0')}:00Z`,
    agent: `agent-${n % 3}`,
    body: `now: step ${n}${extra}\nthis_session:\n- done ${n}\ndecisions:\n  owner: agent-${n % 3} at ${n}\ncheckpoints:\n- phase: ${n % 4}\n  status: validated\n`,
  });
}

function stream(count: number, extra: Record<string, string> = {}): Promise<string> {
  const files: Record<string, string> = { '.ledger-synth.yaml': STREAM_CONFIG, ...extra };
  for (let n = 0; n < count; n++) files[`events/e${String(n).padStart(3, '0')}.md`] = event(n);
  return settled(testdir(files));
}

/** With a racy window of 0, wait until every event file is older than the current millisecond, so the cache stores them all. */
async function settled(dir: string): Promise<string> {
  await waitPastChanges([join(dir, 'events')]);
  return dir;
}

/** Stat on this thread, or (as 100k-file streams do) on a worker while segments are joined. */
let parallelStatMin = Number.POSITIVE_INFINITY;

/** One in-process synthesis of `dir` with the cache (racy window 0 unless given), rendered. */
async function gather(dir: string, racyMs = 0, write = true) {
  const files = await discoverEventFiles({ eventsDir: join(dir, 'events'), cwd: dir });
  const options: GatherOptions = { displayRoot: dir, maxEventBytes: 1 << 20, cache: { dir: cacheDir(dir), write, racyMs, chunkFiles: 8, parallelStatMin } };
  const gathered = gatherState(files, options);
  return { ...gathered, rendered: renderLedger(gathered.state, { generatedAt: '2026-03-02T00:00:00Z' }), digest: digestState(gathered.state) };
}

/** The same fold with no cache at all: the reference every warm result must equal. */
async function cold(dir: string) {
  const files = await discoverEventFiles({ eventsDir: join(dir, 'events'), cwd: dir });
  const gathered = gatherState(files, { displayRoot: dir, maxEventBytes: 1 << 20 });
  return { ...gathered, rendered: renderLedger(gathered.state, { generatedAt: '2026-03-02T00:00:00Z' }) };
}

const cacheDir = (dir: string) => join(dir, '.ledger-synth', 'cache', 'test');
const segments = (dir: string) => readdirSync(cacheDir(dir)).filter((name) => name.endsWith('.seg')).sort();

describe.each([
  ['stats on this thread', Number.POSITIVE_INFINITY],
  ['stats on a worker thread', 0],
])('warm-start cache (%s)', (_how, threshold) => {
  beforeEach(() => {
    parallelStatMin = threshold;
  });

  it('a warm run reads no event file and renders byte-identical output', async () => {
    const dir = await stream(20);
    const first = await gather(dir);
    expect(first.stats).toMatchObject({ files: 20, parsed: 20, cached: 0 });
    expect(first.stats.segmentsWritten).toBeGreaterThan(0);
    const warm = await gather(dir);
    expect(warm.stats).toMatchObject({ files: 20, parsed: 0, cached: 20, segmentsWritten: 0, segmentsDropped: 0 });
    expect(warm.rendered).toBe((await cold(dir)).rendered);
    expect(warm.rendered).toBe(first.rendered);
  });

  it('the CLI with the cache writes the same bytes as the CLI without it', async () => {
    const dir = await stream(30);
    const env = { SOURCE_DATE_EPOCH: '1800000000', LEDGER_SYNTH_CACHE_RACY_MS: '0' };
    expect((await runCli(['--no-confirm'], { cwd: dir, env })).code).toBe(0);
    rmSync(join(dir, 'current.md'));
    expect((await runCli(['--no-confirm'], { cwd: dir, env })).code).toBe(0); // from the cache
    const warm = readFileSync(join(dir, 'current.md'), 'utf8');
    rmSync(join(dir, 'current.md'));
    expect((await runCli(['--no-confirm'], { cwd: dir, env: { ...env, LEDGER_SYNTH_CACHE: '0' } })).code).toBe(0);
    expect(readFileSync(join(dir, 'current.md'), 'utf8')).toBe(warm);
    expect(readdirSync(join(dir, '.ledger-synth', 'cache')).length).toBeGreaterThan(0);
    expect(readFileSync(join(dir, '.ledger-synth', 'cache', '.gitignore'), 'utf8')).toContain('*');
  });

  it('an added file is read; everything else comes from the cache', async () => {
    const dir = await stream(20);
    await gather(dir);
    writeFileSync(join(dir, 'events/new.md'), event(99));
    const warm = await gather(await settled(dir));
    expect(warm.stats).toMatchObject({ parsed: 1, cached: 20 });
    expect(warm.rendered).toContain('- done 99');
    expect(warm.rendered).toBe((await cold(dir)).rendered);
  });

  it('a removed file is never served: its segment is dropped and the rest re-read', async () => {
    const dir = await stream(20);
    await gather(dir);
    unlinkSync(join(dir, 'events/e005.md'));
    const warm = await gather(dir);
    expect(warm.stats.segmentsDropped).toBe(1);
    expect(warm.rendered).not.toContain('- done 5\n');
    expect(warm.rendered).toBe((await cold(dir)).rendered);
    expect((await gather(dir)).stats.parsed).toBe(0); // and the rebuilt segment serves the next run
  });

  it('a file edited in place with the same size is never served stale', async () => {
    const dir = await stream(10);
    const path = join(dir, 'events/e003.md');
    await gather(dir);
    // Wait (by polling, not sleeping) until the clock has moved past the file's ctime tick, so the
    // edit below gets a different ctime even on filesystems with coarse timestamps.
    const before = statSync(path).ctimeMs;
    const probe = join(dir, 'probe');
    await waitFor(() => (writeFileSync(probe, 'x'), statSync(probe).ctimeMs > before), 'the ctime clock to tick');
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replace('- done 3', '- done X')); // same length
    expect(statSync(path).size).toBe(text.length);
    const warm = await gather(dir);
    expect(warm.rendered).toContain('- done X');
    expect(warm.rendered).toBe((await cold(dir)).rendered);
  });

  it('a file restored to an old mtime (git checkout, cp -p) is still seen as changed', async () => {
    const dir = await stream(10);
    const path = join(dir, 'events/e004.md');
    await gather(dir);
    const { atime, mtime } = statSync(path);
    appendFileSync(path, 'open_questions:\n- did the mtime trick work?\n');
    utimesSync(path, atime, mtime); // mtime put back; the kernel still moved ctime (and the size changed)
    expect((await gather(dir)).rendered).toContain('did the mtime trick work?');
  });

  it('racy files (changed within the racy window) are folded but never stored', async () => {
    const dir = await stream(5);
    const first = await gather(dir, 60_000);
    expect(first.stats.segmentsWritten).toBe(0);
    const path = join(dir, 'events/e002.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('- done 2', '- done Y')); // same size, same tick maybe
    const second = await gather(dir, 60_000);
    expect(second.stats.parsed).toBe(5);
    expect(second.rendered).toContain('- done Y');
  });

  it('malformed files are remembered with their reason, and still reported on warm runs', async () => {
    const dir = await stream(5, { 'events/bad.md': 'no frontmatter here\n' });
    const first = await gather(dir);
    const warm = await gather(dir);
    expect(warm.stats.parsed).toBe(0);
    expect(warm.issues).toEqual(first.issues);
    expect(warm.issues).toEqual([{ file: 'events/bad.md', reason: expect.stringContaining('no YAML frontmatter') }]);
  });

  it.each([
    ['a flipped byte in the body', (bytes: Buffer) => ((bytes[bytes.length - 200] = bytes[bytes.length - 200]! ^ 0x20), bytes)],
    ['a truncated file', (bytes: Buffer) => bytes.subarray(0, bytes.length >> 1)],
    ['an empty file', () => Buffer.alloc(0)],
    ['another format version', (bytes: Buffer) => Buffer.from(bytes.toString('latin1').replace('ledger-synth-cache/', 'ledger-synth-cache/9'), 'latin1')],
    ['random garbage', () => Buffer.from('LSCACHE {"not": "a segment"}\n\u0000\u0001garbage')],
  ])('a segment with %s is ignored and rebuilt', async (_what, damage) => {
    const dir = await stream(20);
    const reference = (await gather(dir)).rendered;
    const [victim] = segments(dir);
    const path = join(cacheDir(dir), victim!);
    const original = readFileSync(path);
    writeFileSync(path, damage(Buffer.from(original)));
    const warm = await gather(dir);
    expect(warm.stats.segmentsDropped).toBe(1);
    expect(warm.stats.parsed).toBeGreaterThan(0); // the damaged segment's files (up to 8), read again
    expect(warm.stats.parsed).toBeLessThanOrEqual(8);
    expect(warm.rendered).toBe(reference);
    // Segments are named by content: the rebuilt one takes the damaged one's place, byte for byte.
    expect(readFileSync(path).equals(original)).toBe(true);
    expect((await gather(dir)).stats.parsed).toBe(0);
  });

  it('a segment whose checksums pass but whose state does not decode is dropped, even when decoding was deferred', async () => {
    const dir = await stream(20);
    const reference = (await gather(dir)).rendered;
    const [victim] = segments(dir);
    const path = join(cacheDir(dir), victim!);
    const bytes = readFileSync(path);
    const newline = bytes.indexOf(10);
    const [magic, format, , jsonLength, keysCrc, keysLength] = bytes.subarray(0, newline).toString('latin1').split(' ');
    const json = bytes.subarray(newline + 1, newline + 1 + Number(jsonLength));
    const keys = bytes.subarray(newline + 1 + Number(jsonLength));
    const parsed = JSON.parse(json.toString('utf8'));
    parsed.state.e = 'not a column';
    const bad = Buffer.from(JSON.stringify(parsed), 'utf8');
    writeFileSync(path, Buffer.concat([Buffer.from(`${magic} ${format} ${crc32(bad)} ${bad.length} ${keysCrc} ${keysLength}\n`, 'latin1'), bad, keys]));
    const warm = await gather(dir);
    expect(warm.rendered).toBe(reference);
    expect(readFileSync(path).equals(bytes)).toBe(true); // rebuilt under its content name
    expect((await gather(dir)).stats.parsed).toBe(0);
  });

  it('a stream written one event at a time keeps few segments (small ones are compacted)', async () => {
    const dir = await stream(3);
    await gather(dir);
    for (let n = 100; n < 130; n++) {
      writeFileSync(join(dir, `events/x${n}.md`), event(n));
      await gather(await settled(dir));
    }
    // 33 files in chunks of 8: at most 5 full segments plus 8 small ones, never one per event.
    expect(segments(dir).length).toBeLessThanOrEqual(13);
    const warm = await gather(dir);
    expect(warm.stats.parsed).toBe(0);
    expect(warm.rendered).toBe((await cold(dir)).rendered);
  });

  it('an unwritable cache costs speed, never correctness', async () => {
    const dir = await stream(10, { '.ledger-synth': 'a file where the cache directory would go\n' });
    const result = await gather(dir);
    expect(result.stats.segmentsWritten).toBe(0);
    expect(result.rendered).toBe((await cold(dir)).rendered);
    const cli = await runCli(['--no-confirm'], { cwd: dir });
    expect(cli.code).toBe(0);
    expect(cli.stderr).toBe('');
  });
});
