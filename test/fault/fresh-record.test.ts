import { readdirSync, readFileSync, renameSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { loadConfig, planSynthesis } from '@ledger-synth/node';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { eventText, testdir, writeTree } from '../helpers/testdir.js';
import { waitPastChanges } from '../helpers/racy.js';
import { STREAM_CONFIG } from './process.js';

// The fresh-ledger record lets a run whose inputs all came from the cache skip the digest and the
// render. These tests pin down when it may be trusted: never after the ledger or the events changed.

const ENV = { LEDGER_SYNTH_CACHE_RACY_MS: '0', SOURCE_DATE_EPOCH: '1767225600' };

function event(n: number): string {
  return eventText({
    ts: `2026-03-01T09:${String(n % 60).padStart(2, '0')}:00Z`,
    agent: `agent-${n % 3}`,
    body: `now: step ${n}\nthis_session:\n- done ${n}\ndecisions:\n  owner: agent-${n % 3} at ${n}\n`,
  });
}

function stream(count: number): string {
  const files: Record<string, string> = { '.ledger-synth.yaml': STREAM_CONFIG };
  for (let n = 0; n < count; n++) files[`events/e${String(n).padStart(3, '0')}.md`] = event(n);
  return testdir(files);
}

/** With a racy window of 0, wait until the clock has passed every file's ctime (events and ledger). */
const settle = (dir: string) => waitPastChanges([join(dir, 'events'), join(dir, 'current.md')]);

function plan(dir: string, output?: string) {
  return planSynthesis({ config: loadConfig(dir, ENV, { output }), cwd: dir, env: ENV });
}

/** Synthesize, let the files settle, then one run that verifies the ledger by rendering and records it. */
async function recorded(count = 12): Promise<string> {
  const dir = stream(count);
  await settle(dir);
  expect((await runCli(['--no-confirm'], { cwd: dir, env: ENV })).code).toBe(0);
  await settle(dir);
  const verifying = await plan(dir);
  expect(verifying).toMatchObject({ status: 'fresh', fromRecord: false });
  return dir;
}

describe('fresh-ledger record', () => {
  it('a settled, verified ledger is then known fresh without a render, with the same digest, bytes and state', async () => {
    const dir = await recorded();
    const cold = await planSynthesis({ config: loadConfig(dir, ENV), cwd: dir, env: { ...ENV, LEDGER_SYNTH_CACHE: '0' } });
    const fast = await plan(dir);
    expect(fast).toMatchObject({ status: 'fresh', fromRecord: true, digest: cold.digest, eventCount: 12 });
    expect(fast.cache?.parsed).toBe(0);
    // Asked for anyway, the rendered ledger and the state are exactly a cold run's.
    expect(fast.rendered).toBe(readFileSync(join(dir, 'current.md'), 'utf8'));
    expect(fast.rendered).toBe(cold.rendered);
    expect([...fast.state.decisions.keys()]).toEqual([...cold.state.decisions.keys()]);
    expect(fast.resolutions).toEqual(cold.resolutions);
    const again = await runCli(['--no-confirm'], { cwd: dir, env: ENV });
    expect(again).toMatchObject({ code: 0, stdout: 'current.md is already up to date (12 events).\n', stderr: '' });
    expect((await runCli(['--check'], { cwd: dir, env: ENV })).code).toBe(0);
  });

  it('a hand edit of current.md that keeps its size is caught: --check fails, a run rewrites it', async () => {
    const dir = await recorded();
    const path = join(dir, 'current.md');
    const original = readFileSync(path, 'utf8');
    const edited = original.replace('step 11', 'step 99');
    expect(edited.length).toBe(original.length);
    writeFileSync(path, edited);
    expect(await plan(dir)).toMatchObject({ status: 'stale', fromRecord: false });
    expect((await runCli(['--check'], { cwd: dir, env: ENV })).code).toBe(1);
    expect((await runCli(['--no-confirm'], { cwd: dir, env: ENV })).stdout).toMatch(/^Wrote current\.md/);
    expect(readFileSync(path, 'utf8')).toBe(original);
  });

  it('an edit whose old mtime is put back (cp -p, git checkout) is still caught (ctime)', async () => {
    const dir = await recorded();
    const path = join(dir, 'current.md');
    const before = statSync(path);
    writeFileSync(path, readFileSync(path, 'utf8').replace('step 11', 'step 77'));
    utimesSync(path, before.atime, before.mtime);
    expect(await plan(dir)).toMatchObject({ status: 'stale', fromRecord: false });
  });

  it('a ledger replaced by an identical copy (new inode) is verified again, and found fresh', async () => {
    const dir = await recorded();
    const path = join(dir, 'current.md');
    writeFileSync(`${path}.copy`, readFileSync(path));
    renameSync(`${path}.copy`, path);
    expect(await plan(dir)).toMatchObject({ status: 'fresh', fromRecord: false });
  });

  it('a new, edited or removed event is never hidden by the record', async () => {
    const dir = await recorded();
    writeTree(dir, { 'events/e900.md': event(900) });
    expect(await plan(dir)).toMatchObject({ status: 'stale', fromRecord: false, eventCount: 13 });

    const edited = await recorded();
    writeFileSync(join(edited, 'events/e003.md'), event(3).replace('done 3', 'done 4'));
    expect(await plan(edited)).toMatchObject({ status: 'stale', fromRecord: false });

    const removed = await recorded();
    renameSync(join(removed, 'events/e003.md'), join(removed, 'e003.md.aside'));
    expect(await plan(removed)).toMatchObject({ status: 'stale', fromRecord: false, eventCount: 11 });
  });

  it('is not recorded for a ledger written moments ago (racy), nor for another output path', async () => {
    const dir = stream(5);
    await settle(dir);
    expect((await runCli(['--no-confirm'], { cwd: dir, env: { ...ENV, LEDGER_SYNTH_CACHE_RACY_MS: '60000' } })).code).toBe(0);
    const racy = { ...ENV, LEDGER_SYNTH_CACHE_RACY_MS: '60000' };
    await planSynthesis({ config: loadConfig(dir, racy), cwd: dir, env: racy });
    const next = await planSynthesis({ config: loadConfig(dir, racy), cwd: dir, env: racy });
    expect(next).toMatchObject({ status: 'fresh', fromRecord: false });

    const other = await recorded();
    writeFileSync(join(other, 'other.md'), readFileSync(join(other, 'current.md')));
    await settle(other);
    expect(await plan(other, 'other.md')).toMatchObject({ status: 'fresh', fromRecord: false });
  });

  it.each([
    ['garbage', 'not json at all'],
    ['a record of other inputs', (text: string) => text.replace(/"inputs":"[0-9a-f]+"/, `"inputs":"${'0'.repeat(64)}"`)],
    ['a wrong shape', '{"output": 1}'],
  ])('a record holding %s is ignored', async (_what, damage) => {
    const dir = await recorded();
    const cache = join(dir, '.ledger-synth', 'cache');
    const [stream] = readdirSync(cache).filter((name) => name !== '.gitignore');
    const path = join(cache, stream!, 'fresh-ledger.json');
    writeFileSync(path, typeof damage === 'string' ? damage : damage(readFileSync(path, 'utf8')));
    expect(await plan(dir)).toMatchObject({ status: 'fresh', fromRecord: false });
  });

  it('a cached segment that passes its checksums but does not decode: --json and --archive still report the true state', async () => {
    const damage = (dir: string) => {
      const cache = join(dir, '.ledger-synth', 'cache');
      const [stream] = readdirSync(cache).filter((name) => name !== '.gitignore');
      for (const name of readdirSync(join(cache, stream!)).filter((n) => n.endsWith('.seg'))) {
        const path = join(cache, stream!, name);
        const bytes = readFileSync(path);
        const newline = bytes.indexOf(10);
        const [magic, format, , jsonLength, keysCrc, keysLength] = bytes.subarray(0, newline).toString('latin1').split(' ');
        const json = JSON.parse(bytes.subarray(newline + 1, newline + 1 + Number(jsonLength)).toString('utf8'));
        json.state.e[7 * 2 + 3] = 999; // the third event's agent: a word index that does not exist
        const bad = Buffer.from(JSON.stringify(json), 'utf8');
        const keys = bytes.subarray(newline + 1 + Number(jsonLength));
        writeFileSync(path, Buffer.concat([Buffer.from(`${magic} ${format} ${crc32(bad)} ${bad.length} ${keysCrc} ${keysLength}\n`, 'latin1'), bad, keys]));
      }
    };
    const dir = await recorded();
    const reference = JSON.parse((await runCli(['--no-confirm', '--json'], { cwd: dir, env: { ...ENV, LEDGER_SYNTH_CACHE: '0' } })).stdout);
    damage(dir);
    const json = await runCli(['--no-confirm', '--json'], { cwd: dir, env: ENV });
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(reference);

    const archiving = await recorded();
    damage(archiving);
    const archived = await runCli(['--no-confirm', '--json', '--archive', '--retention-days', '0'], { cwd: archiving, env: ENV });
    expect(archived.code).toBe(0);
    const result = JSON.parse(archived.stdout);
    expect(result).toMatchObject({ events: 12, digest: reference.digest });
    expect(result.agents).toEqual(reference.agents);
    expect(result.archive.archived).toHaveLength(12);
  });

  it('--json prints the same document whether freshness came from the record or a render', async () => {
    const dir = await recorded();
    const fromRecord = await runCli(['--no-confirm', '--json'], { cwd: dir, env: ENV });
    const rendered = await runCli(['--no-confirm', '--json'], { cwd: dir, env: { ...ENV, LEDGER_SYNTH_CACHE: '0' } });
    expect(fromRecord.code).toBe(0);
    expect(JSON.parse(fromRecord.stdout)).toEqual(JSON.parse(rendered.stdout));
    expect(JSON.parse(fromRecord.stdout)).toMatchObject({ events: 12, written: false, status: 'fresh' });
  });
});
