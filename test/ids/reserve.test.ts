import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { git, initRepo } from '../helpers/git.js';
import { cleanEnv, runCli, spawnCli } from '../helpers/run-cli.js';
import { testdir } from '../helpers/testdir.js';

const here = dirname(fileURLToPath(import.meta.url));
let bundleDir: string;
let holdLock: string;

beforeAll(async () => {
  // The lock holder uses the real acquireLock, bundled like the CLI (Node 20 cannot run .ts).
  bundleDir = mkdtempSync(join(tmpdir(), 'ids-hold-lock-'));
  holdLock = join(bundleDir, 'hold-lock.mjs');
  await build({
    entryPoints: [join(here, 'fixtures/hold-lock.ts')],
    outfile: holdLock,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['source'],
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'warning',
  });
});

afterAll(() => rmSync(bundleDir, { recursive: true, force: true }));

const CONFIG = 'ids:\n  prefixes: [SEC, PERF, UX]\n';
const counters = (dir: string) => JSON.parse(readFileSync(join(dir, '.ledger-synth/id-counters.json'), 'utf8')).counters;

function reserve(dir: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  return runCli(['ids', 'reserve', ...args], { cwd: dir, env });
}

describe('ids reserve', () => {
  it('prints {"ids","reservedAt"} and starts a new prefix after the highest id in TASKS.md', async () => {
    const dir = testdir({ '.ledger-synth.yaml': CONFIG, 'TASKS.md': '| SEC-19 | Fix auth |\n| PERF-12 | Cache |\n' });
    const one = await reserve(dir, ['SEC']);
    expect(one.code).toBe(0);
    const parsed = JSON.parse(one.stdout);
    expect(parsed.ids).toEqual(['SEC-20']);
    expect(Number.isNaN(Date.parse(parsed.reservedAt))).toBe(false);
    expect(one.stderr).toContain('first use of SEC: counter started at 19, the highest SEC id in TASKS.md');
    const batch = await reserve(dir, ['UX', '5']);
    expect(JSON.parse(batch.stdout).ids).toEqual(['UX-1', 'UX-2', 'UX-3', 'UX-4', 'UX-5']);
    expect(counters(dir)).toEqual({ SEC: 20, UX: 5 });
  });

  // Real processes, sized to prove the point; `npm run stress` runs the 8 × 50 form.
  it('4 concurrent processes × 10 reservations → 40 distinct, gap-free ids', async () => {
    const dir = testdir({ '.ledger-synth.yaml': CONFIG });
    const worker = async () => {
      const ids: string[] = [];
      for (let i = 0; i < 10; i++) {
        const result = await spawnCli(['ids', 'reserve', 'SEC'], { cwd: dir, env: { LEDGER_SYNTH_LOCK_TIMEOUT_MS: '60000' } });
        expect(result.code, result.stderr).toBe(0);
        ids.push(...JSON.parse(result.stdout).ids);
      }
      return ids;
    };
    const all = (await Promise.all(Array.from({ length: 4 }, worker))).flat();
    expect(all).toHaveLength(40);
    expect(new Set(all).size).toBe(40);
    const numbers = all.map((id) => Number(id.slice('SEC-'.length))).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(counters(dir)).toEqual({ SEC: 40 });
    expect(existsSync(join(dir, '.ledger-synth/id-counters.lock'))).toBe(false);
  }, 180_000); // 40 cold node processes on a busy 2-core box: a generous hang guard (not a timing assertion)

  it('recovers a lock left behind by a process killed with SIGKILL', async () => {
    const dir = testdir({ '.ledger-synth.yaml': CONFIG });
    const lock = join(dir, '.ledger-synth/id-counters.lock');
    const holder = spawn(process.execPath, [holdLock, lock], { env: cleanEnv(), stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => holder.on('exit', (_code, signal) => resolve(signal)));
    await new Promise<void>((resolve, reject) => {
      let out = '';
      holder.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('held')) resolve();
      });
      holder.on('exit', () => reject(new Error(`holder exited before taking the lock: ${out}`)));
    });
    expect(JSON.parse(readFileSync(lock, 'utf8')).pid).toBe(holder.pid);

    // While the holder lives, a reservation waits and then times out, writing nothing.
    const blocked = await reserve(dir, ['SEC'], { LEDGER_SYNTH_LOCK_TIMEOUT_MS: '300' });
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toMatch(/timed out after 300 ms waiting for the lock .*id-counters\.lock \(held by pid \d+/);
    expect(existsSync(join(dir, '.ledger-synth/id-counters.json'))).toBe(false);

    holder.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(existsSync(lock)).toBe(true);
    // A dead holder on this machine is recovered at once, long before the stale bound (60 s here).
    const recovered = await reserve(dir, ['SEC', '2'], { LEDGER_SYNTH_LOCK_TIMEOUT_MS: '10000', LEDGER_SYNTH_LOCK_STALE_MS: '60000' });
    expect(recovered.code, recovered.stderr).toBe(0);
    expect(JSON.parse(recovered.stdout).ids).toEqual(['SEC-1', 'SEC-2']);
    expect(existsSync(lock)).toBe(false);
  });

  it('a lock file naming a dead pid is recovered too', async () => {
    const dir = testdir({ '.ledger-synth.yaml': CONFIG });
    // Spawn and reap a process so its pid is certainly dead, then leave a lock in its name.
    const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
    await new Promise((resolve) => child.on('exit', resolve));
    mkdirSync(join(dir, '.ledger-synth'), { recursive: true });
    writeFileSync(join(dir, '.ledger-synth/id-counters.lock'), JSON.stringify({ pid: child.pid, host: hostname(), token: 'dead', acquiredAt: new Date().toISOString() }));
    const result = await reserve(dir, ['PERF'], { LEDGER_SYNTH_LOCK_STALE_MS: '60000' });
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).ids).toEqual(['PERF-1']);
  });
});

describe('ids init', () => {
  it('seeds counters from the highest ids in the documents and never lowers one', async () => {
    const dir = testdir({
      '.ledger-synth.yaml': CONFIG,
      'TASKS.md': '| SEC-19 | a |\n| SEC-3 | b |\n| UX-66 | c |\nUTF-8 is not an id\n',
      'docs/more.md': 'PERF-12 and SEC-40',
    });
    await reserve(dir, ['UX', '80']); // UX counter at 146 after seeding from 66
    const first = await runCli(['ids', 'init'], { cwd: dir });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toBe(
      [
        'scanned TASKS.md: 2 prefixes found',
        '  SEC → 19 (new)',
        '  UX  → 146 (kept: never lowered, highest found 66)',
        '  PERF   no ids found',
        'counters written to .ledger-synth/id-counters.json',
        '',
      ].join('\n'),
    );
    expect(counters(dir)).toEqual({ SEC: 19, UX: 146 });

    const explicit = await runCli(['ids', 'init', 'TASKS.md', 'docs/more.md'], { cwd: dir });
    expect(explicit.code, explicit.stderr).toBe(0);
    expect(explicit.stdout).toContain('SEC  → 40 (was 19)');
    expect(explicit.stdout).toContain('PERF → 12 (new)');
    expect(counters(dir)).toEqual({ PERF: 12, SEC: 40, UX: 146 });

    const again = await runCli(['ids', 'init', 'TASKS.md', 'docs/more.md'], { cwd: dir });
    expect(again.stdout).toContain('counters unchanged');
    expect(JSON.parse((await reserve(dir, ['SEC'])).stdout).ids).toEqual(['SEC-41']);
  });

  it('refuses a missing document and leaves a corrupt counter file alone', async () => {
    const dir = testdir({ '.ledger-synth.yaml': CONFIG, '.ledger-synth/id-counters.json': '{"version":1,"counters":{"SEC":' });
    const missing = await runCli(['ids', 'init', 'NOPE.md'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such document: NOPE.md');
    const corrupt = await reserve(dir, ['SEC']);
    expect(corrupt.code).toBe(1);
    expect(corrupt.stderr).toMatch(/counter file .*id-counters\.json is corrupt: not valid JSON.*nothing was reserved/);
    expect(corrupt.stderr).toMatch(/delete it and run `node \S*cc-synthesize\.mjs ids init`/); // named as it runs here
    expect(readFileSync(join(dir, '.ledger-synth/id-counters.json'), 'utf8')).toBe('{"version":1,"counters":{"SEC":');
  });
});

describe('zero-padded ids keep their width', () => {
  it('init from CMB-0036 hands out CMB-0037, the width survives reservations and grows only past 9999', async () => {
    const dir = testdir({ 'TASKS.md': '- [ ] CMB-0036 combine\n- [x] CMB-0035 old\n- [ ] SEC-20 plain\n- [ ] UX-007 ux\n' });
    const init = await runCli(['ids', 'init'], { cwd: dir });
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain('  CMB → 36 (new; zero-padded to 4 digits: next CMB-0037)');
    expect(init.stdout).toContain('  SEC → 20 (new)\n');
    expect(JSON.parse((await reserve(dir, ['CMB'])).stdout).ids).toEqual(['CMB-0037']);
    expect(JSON.parse((await reserve(dir, ['CMB', '2'])).stdout).ids).toEqual(['CMB-0038', 'CMB-0039']);
    expect(JSON.parse((await reserve(dir, ['UX'])).stdout).ids).toEqual(['UX-008']);
    expect(JSON.parse((await reserve(dir, ['SEC'])).stdout).ids).toEqual(['SEC-21']);
    expect(counters(dir)).toEqual({ CMB: 39, SEC: 21, UX: 8 });

    writeFileSync(join(dir, 'TASKS.md'), '- CMB-9998\n');
    expect((await runCli(['ids', 'init'], { cwd: dir })).code).toBe(0);
    expect(JSON.parse((await reserve(dir, ['CMB', '3'])).stdout).ids).toEqual(['CMB-9999', 'CMB-10000', 'CMB-10001']);
  });

  it('a prefix reserved without init is padded like its ids in the sources', async () => {
    const dir = testdir({ 'TASKS.md': 'see TASK-0099 and TASK-0100\n' });
    const result = await reserve(dir, ['TASK', '2']);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).ids).toEqual(['TASK-0101', 'TASK-0102']);
  });
});

describe('local id state stays out of git without any setup', () => {
  it('reserve and allocate in a fresh repository (no install, no .gitignore) leave .ledger-synth/ untracked and ignored', async () => {
    const dir = testdir({ 'TASKS.md': 'SEC-19\n' });
    initRepo(dir);
    expect((await reserve(dir, ['SEC', '2'])).code).toBe(0);
    const allocated = await runCli(['ids', 'allocate', '--kind', 'occ', '--event', 'abcdef12'], { cwd: dir, env: { LEDGER_SYNTH_AGENT: 'toast' } });
    expect(allocated.code, allocated.stderr).toBe(0);
    const status = git(dir, 'status', '--porcelain', '--untracked-files=all').split('\n').filter(Boolean);
    expect(status.filter((line) => line.includes('.ledger-synth'))).toEqual([]);
    expect(status).toEqual(['?? TASKS.md', expect.stringMatching(/^\?\? thoughts\/shared\/ids\/events\/\S+_toast_\S+\.md$/)]);
    expect(git(dir, 'check-ignore', '.ledger-synth/id-counters.json').trim()).toBe('.ledger-synth/id-counters.json');
  });
});
