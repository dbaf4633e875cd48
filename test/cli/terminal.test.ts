import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { editDistance, closest } from '../../packages/cli/src/args.js';
import { useColour } from '../../packages/cli/src/style.js';
import { CLI, cleanEnv, runCli } from '../helpers/run-cli.js';
import { testdir } from '../helpers/testdir.js';
import { exampleStream } from './stream.js';

describe('terminal manners', () => {
  it('a reader that goes away (`--dry-run | head -1`) ends the run quietly with exit 0, every time', () => {
    const dir = exampleStream();
    // A real pipe through a real shell, many times: the EPIPE race shows up only some of the time.
    const script = `set -o pipefail; for i in $(seq 1 25); do node '${CLI}' --dry-run 2>err.txt | head -1 >/dev/null || { echo "exit $? on run $i"; cat err.txt; exit 1; }; if [ -s err.txt ]; then echo "stderr on run $i"; cat err.txt; exit 1; fi; done; echo ok`;
    const result = spawnSync('bash', ['-c', script], { cwd: dir, env: cleanEnv(), encoding: 'utf8' });
    expect(result.stdout.trim()).toBe('ok');
    expect(result.status).toBe(0);
  });

  it('a mistyped subcommand option points at that subcommand\'s help, with a suggestion', async () => {
    const result = await runCli(['record', '--dne'], { cwd: testdir() });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^cc-synthesize: unknown option "--dne" \(did you mean "--done"\?\)\nRun `node \S*cc-synthesize\.mjs record --help` for usage\.\n$/);
    const install = await runCli(['install', '--dryrun'], { cwd: testdir() });
    expect(install.stderr).toContain('unknown option "--dryrun" (did you mean "--dry-run"?)');
    expect(install.stderr).toContain('install --help');
  });

  it('unknown options and commands share one style; `help CMD` is `CMD --help`', async () => {
    const option = await runCli(['--chek'], { cwd: testdir() });
    const command = await runCli(['resolv'], { cwd: testdir() });
    expect(option.stderr.split('\n')[0]).toBe('cc-synthesize: unknown option "--chek" (did you mean "--check"?)');
    expect(command.stderr.split('\n')[0]).toBe('cc-synthesize: unknown command "resolv" (did you mean "resolve"?)');
    const far = await runCli(['zzzzzz'], { cwd: testdir() });
    expect(far.stderr.split('\n')[0]).toBe('cc-synthesize: unknown command "zzzzzz"');
    const help = await runCli(['help', 'record'], { cwd: testdir() });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^cc-synthesize record — /);
  });

  it('colour only when asked or on a terminal: NO_COLOR off, FORCE_COLOR on', async () => {
    const plain = await runCli(['--bogus'], { cwd: testdir() });
    expect(plain.stderr).not.toContain('\u001b[');
    const forced = await runCli(['--bogus'], { cwd: testdir(), env: { FORCE_COLOR: '1' } });
    expect(forced.stderr).toContain('\u001b[31mcc-synthesize:\u001b[39m unknown option');
    const tty = { isTTY: true };
    expect(useColour(tty, {})).toBe(true);
    expect(useColour(tty, { NO_COLOR: '1' })).toBe(false);
    expect(useColour(tty, { NO_COLOR: '' })).toBe(true);
    expect(useColour(tty, { TERM: 'dumb' })).toBe(false);
    expect(useColour({ isTTY: false }, {})).toBe(false);
    expect(useColour({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
    expect(useColour(tty, { FORCE_COLOR: '0' })).toBe(false);
  });

  it('suggestions come from a small edit distance only', () => {
    expect(editDistance('--dry-rn', '--dry-run')).toBe(1);
    expect(editDistance('recrod', 'record')).toBe(1); // a transposition is one edit
    expect(closest('--jsno', ['--json', '--check'])).toBe('--json');
    expect(closest('--x', ['--json', '--check'])).toBeUndefined();
    expect(closest('merge', ['merge-driver', 'install'])).toBe('merge-driver'); // a unique prefix
  });
});
