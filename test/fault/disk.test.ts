import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CLI, cleanEnv, runCli } from '../helpers/run-cli.js';
import { eventText, testdir } from '../helpers/testdir.js';
import { STREAM_CONFIG, lockExists, tempFiles } from './process.js';

const OLD = '# hand-kept old ledger\n';

/** Enough events that the new ledger is tens of KiB. */
function manyEvents(count: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const ts = new Date(Date.UTC(2026, 1, 1) + i * 60_000).toISOString();
    files[`events/e${i}.md`] = eventText({ ts, agent: `agent-${i % 7}`, body: `this_session:\n- item ${i} with ${'padding '.repeat(12)}\n` });
  }
  return files;
}

/** Mount points made by a test (tmpfs needs root and CAP_SYS_ADMIN; tests skip honestly without). */
const mounts: string[] = [];
afterEach(() => {
  for (const point of mounts.splice(0)) spawnSync('umount', ['-l', point]);
});

function tryMountTmpfs(point: string, options: string): boolean {
  mkdirSync(point, { recursive: true });
  const result = spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', point], { encoding: 'utf8' });
  if (result.status !== 0) return false;
  mounts.push(point);
  return true;
}

const canMount = (() => {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  const probe = testdirProbe();
  const ok = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe]).status === 0;
  if (ok) spawnSync('umount', ['-l', probe]);
  rmSync(probe, { recursive: true, force: true });
  return ok;
})();

function testdirProbe(): string {
  const dir = join(execFileSync('mktemp', ['-d'], { encoding: 'utf8' }).trim());
  return dir;
}

function expectUntouched(dir: string, output: string) {
  expect(readFileSync(output, 'utf8')).toBe(OLD);
  expect(tempFiles(dir)).toEqual([]);
  expect(lockExists(dir)).toBe(false);
}

describe('an output that cannot be written', () => {
  it('a write cut short by a file size limit (EFBIG, like a full disk): exit 1, clear error, old file intact', async () => {
    const dir = testdir({ '.ledger-synth.yaml': STREAM_CONFIG, 'current.md': OLD, ...manyEvents(200) });
    // RLIMIT_FSIZE of 8 KiB with SIGXFSZ ignored: write(2) writes what fits, then fails with EFBIG.
    const result = spawnSync('bash', ['-c', `trap '' XFSZ; ulimit -f 8; exec "${process.execPath}" "${CLI}" --no-confirm`], {
      cwd: dir,
      env: cleanEnv(),
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/could not write .*current\.md: EFBIG/);
    expect(result.stderr).toContain('the previous file was left untouched');
    expect(result.stderr).not.toContain('unexpected error');
    expectUntouched(dir, join(dir, 'current.md'));
    // Control: the same run without the limit succeeds, so the failure above was the limit's doing.
    expect((await runCli(['--no-confirm'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, 'current.md'), 'utf8')).toContain('event_count: 200');
  });

  it.skipIf(!canMount)('a full disk (a 64 KiB tmpfs, ENOSPC): exit 1, clear error, old file intact, no temp file', async () => {
    const dir = testdir({ '.ledger-synth.yaml': 'events_dir: events\noutput: out/current.md\n', ...manyEvents(400) });
    const out = join(dir, 'out');
    expect(tryMountTmpfs(out, 'size=64k')).toBe(true);
    writeFileSync(join(out, 'current.md'), OLD);
    // Leave ~16 KiB: room for the lock, not for a ledger of 400 events.
    writeFileSync(join(out, 'filler'), Buffer.alloc(48 * 1024));
    const result = await runCli(['--no-confirm'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/ENOSPC/);
    expect(result.stderr).toContain('The disk is full');
    expect(readFileSync(join(out, 'current.md'), 'utf8')).toBe(OLD);
    expect(readdirSync(out).sort()).toEqual(['current.md', 'filler']);
  });

  it.skipIf(!canMount)('a read-only filesystem (EROFS): exit 1, clear error, nothing written', async () => {
    const dir = testdir({ '.ledger-synth.yaml': 'events_dir: events\noutput: out/current.md\n', ...manyEvents(5) });
    const out = join(dir, 'out');
    expect(tryMountTmpfs(out, 'size=64k')).toBe(true);
    writeFileSync(join(out, 'current.md'), OLD);
    expect(spawnSync('mount', ['-o', 'remount,ro', out]).status).toBe(0);
    const result = await runCli(['--no-confirm'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/cannot create the lock file .*EROFS/);
    expect(result.stderr).toContain('not writable');
    expect(readFileSync(join(out, 'current.md'), 'utf8')).toBe(OLD);
    expect(readdirSync(out)).toEqual(['current.md']);
  });

  it.skipIf(process.getuid?.() === 0)('a read-only directory (chmod 0555, not root): exit 1, clear error, nothing written', async () => {
    const dir = testdir({ '.ledger-synth.yaml': 'events_dir: events\noutput: out/current.md\n', 'out/current.md': OLD, ...manyEvents(5) });
    execFileSync('chmod', ['0555', join(dir, 'out')]);
    try {
      const result = await runCli(['--no-confirm'], { cwd: dir });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/cannot create the lock file .*EACCES/);
      expect(readFileSync(join(dir, 'out/current.md'), 'utf8')).toBe(OLD);
      expect(readdirSync(join(dir, 'out'))).toEqual(['current.md']);
    } finally {
      execFileSync('chmod', ['0755', join(dir, 'out')]);
    }
  });

  it('an output path under a regular file (ENOTDIR, even for root): exit 1, clear error', async () => {
    const dir = testdir({ '.ledger-synth.yaml': STREAM_CONFIG, blocker: 'a file\n', ...manyEvents(3) });
    const result = await runCli(['--no-confirm', '--output', 'blocker/current.md'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/cannot create the lock file .*blocker/);
    expect(result.stderr).toContain('a file, not a directory');
    expect(result.stderr).not.toContain('unexpected error');
    expect(readFileSync(join(dir, 'blocker'), 'utf8')).toBe('a file\n');
    expect(tempFiles(dir)).toEqual([]);
  });
});
