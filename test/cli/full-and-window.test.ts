import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { writeTree } from '../helpers/testdir.js';
import { OUTPUT, exampleStream, listFiles, readOutput } from './stream.js';

const EPOCH = { SOURCE_DATE_EPOCH: '1767225600' };

describe('windows (config) and --full', () => {
  it('--full prints every item on stdout and writes nothing; current.md stays windowed', async () => {
    const dir = exampleStream();
    writeTree(dir, { '.ledger-synth.yaml': 'window_items_per_agent: 1\n' });
    expect((await runCli(['--no-confirm'], { cwd: dir, env: EPOCH })).code).toBe(0);
    const ledger = readOutput(dir);
    expect(ledger).toContain('Done (1 of 3, newest first):');
    expect(ledger).toContain('- _… 2 earlier items: `cc-synthesize --full` prints them all._');
    const before = listFiles(dir);

    const full = await runCli(['--full'], { cwd: dir, env: EPOCH });
    expect(full).toMatchObject({ code: 0, stderr: '' });
    expect(full.stdout).toContain('Done (3, newest first):');
    expect(full.stdout).not.toContain('Showing');
    expect(listFiles(dir)).toEqual(before);
    expect(readOutput(dir)).toBe(ledger);
  });

  it('regenerates current.md when the window changes (the window is part of the digest)', async () => {
    const dir = exampleStream();
    expect((await runCli(['--no-confirm'], { cwd: dir, env: EPOCH })).code).toBe(0);
    expect((await runCli(['--check'], { cwd: dir, env: EPOCH })).code).toBe(0);
    writeTree(dir, { '.ledger-synth.yaml': 'window_items_per_agent: 2\n' });
    expect((await runCli(['--check'], { cwd: dir, env: EPOCH })).code).toBe(1);
    expect((await runCli(['--no-confirm'], { cwd: dir, env: EPOCH })).stdout).toContain(`Wrote ${OUTPUT}`);
    expect(readOutput(dir)).toContain('Done (2 of 3, newest first):');
  });

  it('rejects --full with flags that write or check, and a bad window setting', async () => {
    const dir = exampleStream();
    const both = await runCli(['--full', '--check'], { cwd: dir });
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--full prints the complete ledger on stdout and writes nothing; drop --check');
    writeTree(dir, { '.ledger-synth.yaml': 'window_days: -1\n' });
    const bad = await runCli(['--no-confirm'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"window_days" must be an integer ≥ 0');
  });
});
