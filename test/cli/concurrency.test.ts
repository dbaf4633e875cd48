import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFooter } from '@ledger-synth/core';
import { runCli, spawnCli } from '../helpers/run-cli.js';
import { testdir, writeTree } from '../helpers/testdir.js';
import { EVENTS, LOCK, OUTPUT, event, exampleStream, listFiles, outputExists, readOutput } from './stream.js';

/** Enough events that a synthesis takes long enough for two processes to really overlap. */
function manyEvents(count: number, round = 0): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const ts = new Date(Date.UTC(2026, 0, 10, 0, 0, 0) + (round * count + i) * 60_000).toISOString();
    Object.assign(files, event(`${ts.replace(/:/g, '-')}_agent${i % 7}_r${round}n${i}.md`, {
      ts,
      agent: `agent${i % 7}`,
      branch: `feat/${i % 3}`,
      body: `now: step ${round}.${i}\nthis_session:\n- item ${i}\ndecisions:\n  k${i % 11}: v${round}.${i}\n`,
    }));
  }
  return files;
}

const leftovers = (dir: string) => listFiles(dir).filter((f) => f.endsWith('.tmp') || f.endsWith('.synth.lock') || f.endsWith('.break'));

/** The pid of a process that has certainly exited (spawned here and waited for). */
function deadPid(): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', () => resolve(child.pid!));
  });
}

function writeLock(dir: string, record: Record<string, unknown> | string): string {
  const path = join(dir, LOCK);
  writeTree(dir, { [LOCK]: typeof record === 'string' ? record : JSON.stringify(record) });
  return path;
}

describe('two cc-synthesize processes on one stream', () => {
  it('both succeed, the output is complete and fresh, nothing is left behind (several rounds)', async () => {
    const dir = testdir(manyEvents(150));
    for (let round = 1; round <= 4; round++) {
      // New events each round, so both processes find the output stale and race to write it.
      writeTree(dir, manyEvents(25, round));
      const results = await Promise.all([spawnCli(['--no-confirm'], { cwd: dir }), spawnCli(['--no-confirm'], { cwd: dir })]);
      for (const result of results) {
        expect(result.stderr, `round ${round}`).toBe('');
        expect(result.code, `round ${round}`).toBe(0);
      }
      expect(results.filter((r) => r.stdout.startsWith('Wrote ')).length, `round ${round}: exactly one writer`).toBe(1);
      const ledger = readOutput(dir);
      expect(parseFooter(ledger)?.eventCount).toBe(150 + 25 * round);
      expect(ledger.endsWith('---\n')).toBe(true);
      expect(leftovers(dir)).toEqual([]);
      const check = await runCli(['--check'], { cwd: dir });
      expect(check.code, check.stderr).toBe(0);
    }
  });

  it('many writers and checkers at once never see a partial file', async () => {
    const dir = testdir(manyEvents(100));
    await runCli(['--no-confirm'], { cwd: dir });
    writeTree(dir, manyEvents(10, 9));
    const runs = await Promise.all([
      ...Array.from({ length: 4 }, () => spawnCli(['--no-confirm', '--json'], { cwd: dir })),
      ...Array.from({ length: 2 }, () => spawnCli(['--check', '--json'], { cwd: dir })),
    ]);
    for (const run of runs) {
      const json = JSON.parse(run.stdout); // a torn read would not give a consistent document
      expect([100, 110]).toContain(json.events);
    }
    expect(parseFooter(readOutput(dir))?.eventCount).toBe(110);
    expect(leftovers(dir)).toEqual([]);
  });
});

describe('.synth.lock', () => {
  it('recovers at once a lock left by a dead process on this host', async () => {
    const dir = exampleStream();
    writeLock(dir, { pid: await deadPid(), host: hostname(), token: 'crashed', acquiredAt: new Date().toISOString() });
    // A zero timeout means "try once": only an immediate recovery can succeed.
    const result = await runCli(['--no-confirm'], { cwd: dir, env: { LEDGER_SYNTH_LOCK_TIMEOUT_MS: '0' } });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(parseFooter(readOutput(dir))?.eventCount).toBe(4);
    expect(leftovers(dir)).toEqual([]);
  });

  it('recovers a lock from a dead process that wrote only pid and host', async () => {
    const dir = exampleStream();
    writeLock(dir, { pid: await deadPid(), host: hostname() });
    const result = await runCli(['--no-confirm'], { cwd: dir, env: { LEDGER_SYNTH_LOCK_TIMEOUT_MS: '0' } });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(leftovers(dir)).toEqual([]);
  });

  it.each([
    ['an empty lock file', ''],
    ['a corrupt lock file', '{"pid": '],
    ['a live holder on another host', JSON.stringify({ pid: process.pid, host: 'some-other-host', token: 't', acquiredAt: '2026-01-01T00:00:00Z' })],
  ])('breaks %s once it is older than the stale bound', async (_name, content) => {
    const dir = exampleStream();
    const path = writeLock(dir, content);
    const hourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(path, hourAgo, hourAgo);
    const result = await runCli(['--no-confirm'], { cwd: dir, env: { LEDGER_SYNTH_LOCK_TIMEOUT_MS: '0' } });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(leftovers(dir)).toEqual([]);
  });

  it('times out with a clear message while a live process holds it, and writes nothing', async () => {
    const dir = exampleStream();
    const path = writeLock(dir, { pid: process.pid, host: hostname(), token: 'alive', acquiredAt: '2026-01-10T13:00:00.000Z' });
    const result = await runCli(['--no-confirm'], { cwd: dir, env: { LEDGER_SYNTH_LOCK_TIMEOUT_MS: '300' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`timed out after 300 ms waiting for the lock ${path}`);
    expect(result.stderr).toContain(`held by pid ${process.pid} on ${hostname()}`);
    expect(result.stderr).toContain(`rm '${path}'`);
    expect(outputExists(dir, OUTPUT)).toBe(false);
    expect(outputExists(dir, LOCK)).toBe(true); // a live holder's lock is never broken
  });

  it.each([
    ['a dangling symlink', (path: string, dir: string) => symlinkSync(join(dir, 'nowhere', 'lock'), path)],
    ['a symlink to a real file (left untouched)', (path: string, dir: string) => symlinkSync(join(dir, 'keep.txt'), path)],
    ['an empty directory', (path: string) => mkdirSync(path)],
  ])('judges %s broken and recovers at once (never times out forever)', async (_name, make) => {
    const dir = exampleStream();
    writeFileSync(join(dir, 'keep.txt'), 'keep me\n');
    const path = join(dir, LOCK);
    make(path, dir);
    const result = await runCli(['--no-confirm'], { cwd: dir, env: { LEDGER_SYNTH_LOCK_TIMEOUT_MS: '0' } });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(parseFooter(readOutput(dir))?.eventCount).toBe(4);
    expect(leftovers(dir)).toEqual([]);
    expect(readFileSync(join(dir, 'keep.txt'), 'utf8')).toBe('keep me\n');
    expect(existsSync(join(dir, 'nowhere'))).toBe(false);
  });

  it.each([
    ['a directory with files in it', (path: string) => writeTree(path, { 'inside.txt': 'x' })],
    ['a FIFO', (path: string) => execFileSync('mkfifo', [path])],
  ])('fails with a clear E_LOCK error for %s: no busy loop, no hang, nothing removed or written', async (_name, make) => {
    const dir = exampleStream();
    const path = join(dir, LOCK);
    make(path);
    // Old enough to be judged stale: the break then fails (a directory cannot be unlinked) and must not loop.
    const hourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(path, hourAgo, hourAgo);
    const result = await runCli(['--no-confirm'], { cwd: dir, env: { LEDGER_SYNTH_LOCK_TIMEOUT_MS: '300' }, killAfterMs: 20_000 });
    expect(result.signal).toBe(null);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`the lock path ${path} is a directory (or another kind of file)`);
    expect(result.stderr).toContain(`rm -r '${path}'`);
    expect(lstatSync(path).isDirectory() || lstatSync(path).isFIFO()).toBe(true);
    expect(outputExists(dir, OUTPUT)).toBe(false);
  });

  it('--check and --dry-run do not take the lock', async () => {
    const dir = exampleStream();
    writeLock(dir, { pid: process.pid, host: hostname(), token: 'alive', acquiredAt: '2026-01-10T13:00:00.000Z' });
    const env = { LEDGER_SYNTH_LOCK_TIMEOUT_MS: '0' };
    expect((await runCli(['--dry-run'], { cwd: dir, env })).code).toBe(0);
    expect((await runCli(['--check'], { cwd: dir, env })).code).toBe(1); // missing, not a lock error
  });
});

describe('output paths', () => {
  it.each([
    ['--output', {}, ['--output', EVENTS], /--output: the output .*events is a directory/],
    ['.ledger-synth.yaml', { '.ledger-synth.yaml': `output: ${EVENTS}\n` }, [], /the output .*events is a directory/],
  ])('an output that is a directory (from %s) is rejected with exit 2 and nothing written', async (_from, files, args, message) => {
    const dir = exampleStream(files);
    const before = listFiles(dir);
    const result = await runCli(['--no-confirm', ...args], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(listFiles(dir)).toEqual(before);
  });

  it('writes into directories with spaces, from CRLF events', async () => {
    const dir = testdir({ 'my events/a.md': '---\r\nts: 2026-01-10T13:00:00Z\r\nagent: toast\r\n---\r\nnow: spaced\r\n' });
    writeFileSync(join(dir, '.ledger-synth.yaml'), 'events_dir: my events\noutput: out dir/current.md\n');
    const result = await runCli(['--no-confirm'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(readOutput(dir, 'out dir/current.md')).toContain('spaced');
    expect(leftovers(dir)).toEqual([]);
  });
});
