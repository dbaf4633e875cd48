import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { testdir } from '../helpers/testdir.js';
import { EVENTS, OUTPUT, exampleStream, readOutput } from './stream.js';

describe('discovery', () => {
  it('a broad --input glob that also matches current.md never reads the ledger as an event', async () => {
    const dir = exampleStream();
    const first = await runCli(['--no-confirm', '--strict', '--input', 'thoughts/**/*.md'], { cwd: dir });
    expect(first.code, first.stderr).toBe(0);
    // Second run: current.md now exists under the glob; it must not be reported as malformed.
    const second = await runCli(['--no-confirm', '--strict', '--input', 'thoughts/**/*.md'], { cwd: dir });
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).not.toContain('current.md');
    expect(readOutput(dir)).toContain('event_count: 4');
  });

  it('an events "directory" that cannot be listed fails loudly and keeps the previous ledger', async () => {
    const dir = exampleStream();
    expect((await runCli(['--no-confirm'], { cwd: dir })).code).toBe(0);
    const before = readOutput(dir);
    // A file where the directory should be (ENOTDIR): listing nothing would write an empty ledger.
    rmSync(join(dir, EVENTS), { recursive: true });
    writeFileSync(join(dir, EVENTS), 'not a directory');
    const result = await runCli(['--no-confirm'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/cannot list .*events: ENOTDIR/);
    expect(readOutput(dir)).toBe(before);
  });

  it('hidden *.md files in the events directory are reported as skipped ("hidden file; not read"), never dropped silently', async () => {
    const valid = readOutput(exampleStream(), join(EVENTS, readdirSync(join(exampleStream(), EVENTS))[0]!));
    const dir = exampleStream({ [`${EVENTS}/.draft.md`]: valid, [`${EVENTS}/..md`]: valid, [`${EVENTS}/.current.md.123.0123456789ab.tmp`]: valid });
    const result = await runCli(['--no-confirm'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const reported = `${result.stdout}${result.stderr}`;
    expect(reported).toContain(`${EVENTS}/.draft.md: hidden file; not read`);
    expect(reported).toContain(`${EVENTS}/..md: hidden file; not read`);
    expect(reported).not.toContain('.tmp'); // our own temp files are not events and not news
    expect(readOutput(dir)).toContain('event_count: 4'); // not read: the four examples only
    const json = JSON.parse((await runCli(['--check', '--json'], { cwd: dir })).stdout);
    expect(json.skipped).toEqual([
      { file: `${EVENTS}/..md`, reason: 'hidden file; not read' },
      { file: `${EVENTS}/.draft.md`, reason: 'hidden file; not read' },
    ]);
  });

  it('a missing events directory is exit 2 (saying where it looked), an empty stream only with --allow-empty', async () => {
    const dir = exampleStream();
    rmSync(join(dir, EVENTS), { recursive: true });
    mkdirSync(join(dir, '.git')); // inside a repository: no question of where the ledger goes
    const refused = await runCli(['--no-confirm'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`no events directory at ${EVENTS} (events_dir); nothing was written`);
    expect(refused.stderr).toContain('--allow-empty');
    expect(existsSync(join(dir, OUTPUT))).toBe(false);
    const result = await runCli(['--no-confirm', '--allow-empty'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(readOutput(dir, OUTPUT)).toContain('event_count: 0');
  });

  it('an --input glob that matches nothing never replaces a good ledger (exit 2, names the glob)', async () => {
    const dir = exampleStream();
    expect((await runCli(['--no-confirm'], { cwd: dir })).code).toBe(0);
    const good = readOutput(dir, OUTPUT);
    for (const args of [['--no-confirm'], ['--dry-run'], ['--check'], ['--json']]) {
      const result = await runCli([...args, '--input', 'thoughts/shared/handoffs/event/*.md'], { cwd: dir });
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain('--input "thoughts/shared/handoffs/event/*.md" matches no file');
    }
    expect(readOutput(dir, OUTPUT)).toBe(good);
    const allowed = await runCli(['--no-confirm', '--allow-empty', '--input', 'nothing/*.md'], { cwd: dir });
    expect(allowed.code, allowed.stderr).toBe(0);
    expect(readOutput(dir, OUTPUT)).toContain('event_count: 0');
  });

  it('outside any repository and without a config, a bare run without a terminal refuses and says where the ledger would go', async () => {
    const dir = testdir({ 'notes.txt': 'not a ledger' });
    const result = await runCli(['--no-confirm'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('not in a git repository and no .ledger-synth.yaml: the ledger would go to thoughts/shared/handoffs/current.md');
    expect(existsSync(join(dir, 'thoughts'))).toBe(false);
  });
});
