import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../helpers/run-cli.js';
import { testdir } from '../helpers/testdir.js';
import { exampleStream, listFiles } from './stream.js';

const VERSION = JSON.parse(readFileSync(join(REPO_ROOT, 'packages/cli/package.json'), 'utf8')).version as string;

describe('--help and --version', () => {
  it('-h is --help', async () => {
    const [long, short] = await Promise.all([runCli(['--help'], { cwd: testdir() }), runCli(['-h'], { cwd: testdir() })]);
    expect(short).toEqual(long);
  });

  it('--help prints usage on stdout and exits 0', async () => {
    const result = await runCli(['--help'], { cwd: testdir() });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout.split('\n').slice(0, 5).join('\n').replace(VERSION, '<version>')).toMatchInlineSnapshot(`
      "cc-synthesize <version> — synthesize per-session ledger events into one current.md

      Usage:
        cc-synthesize [options]              preview, confirm (on a terminal), then write current.md
        cc-synthesize --check                exit 1 if current.md is stale or missing (CI); writes nothing"
    `);
    for (const option of ['--no-confirm', '--input GLOB', '--output PATH', '--dry-run', '--json', '--strict', '--check', '--version', 'SOURCE_DATE_EPOCH', 'Exit codes: 0 ok']) {
      expect(result.stdout).toContain(option);
    }
  });

  it('documents only flags the parser accepts', async () => {
    const help = (await runCli(['--help'], { cwd: testdir() })).stdout;
    const flags = [...new Set([...help.matchAll(/^ {2}(?:-\w, )?(--[a-z-]+)/gm)].map((m) => m[1]!))];
    expect(flags.length).toBeGreaterThanOrEqual(9);
    for (const flag of flags) {
      const result = await runCli([flag, '--help'], { cwd: testdir() });
      expect(result.stderr, flag).not.toMatch(/Unknown option/);
    }
  });

  it.each([['--version'], ['-v']])('%s prints the package version', async (flag) => {
    const result = await runCli([flag], { cwd: testdir() });
    expect(result).toMatchObject({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it('the npm bin wrapper runs the bundle', async () => {
    const { runNode } = await import('../helpers/run-cli.js');
    const result = await runNode(join(REPO_ROOT, 'packages/cli/bin/cc-synthesize.mjs'), ['--version'], { cwd: testdir() });
    expect(result).toMatchObject({ code: 0, stdout: `${VERSION}\n` });
  });
});

describe('usage errors exit 2 with a pointer to --help, and write nothing', () => {
  it.each([
    [['--bogus'], /unknown option "--bogus"\n/],
    [['--dry-rn'], /unknown option "--dry-rn" \(did you mean "--dry-run"\?\)/],
    [['--input'], /option "--input <value>" argument missing/],
    [['--input', ''], /--input needs a glob/],
    [['--no-confirm=yes'], /option "--no-confirm" does not take an argument/],
    [['frobnicate'], /unknown command "frobnicate"\n/],
    [['instal'], /unknown command "instal" \(did you mean "install"\?\)/],
    [['--check', '--dry-run'], /--check never writes; drop --dry-run/],
  ])('%j', async (args, message) => {
    const dir = exampleStream();
    const before = listFiles(dir);
    const result = await runCli(args, { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    // The pointer names the command that works here: this build's bundle, run with node.
    expect(result.stderr).toMatch(/Run `node \S*cc-synthesize\.mjs --help` for usage\./);
    expect(listFiles(dir)).toEqual(before);
  });
});

describe('a bad .ledger-synth.yaml exits 2 with a clear message', () => {
  it.each([
    ['an unknown key', 'events_dri: events\n', /\.ledger-synth\.yaml: unknown key "events_dri"; known keys: events_dir, output/],
    ['invalid YAML', 'events_dir: [unclosed\n', /\.ledger-synth\.yaml: not valid YAML/],
    ['duplicate keys', 'output: a.md\noutput: b.md\n', /\.ledger-synth\.yaml: not valid YAML: Map keys must be unique/],
    ['a list instead of a mapping', '- events_dir\n', /\.ledger-synth\.yaml: expected a mapping/],
    ['a number where a path belongs', 'events_dir: 42\n', /"events_dir" must be a non-empty string, got "42"/],
    ['an empty path', 'output: ""\n', /"output" must be a non-empty string/],
    ['a word where a number belongs', 'retention_days: seven\n', /"retention_days" must be an integer ≥ 0, got "seven"/],
    ['a negative number', 'lock_timeout_ms: -5\n', /"lock_timeout_ms" must be an integer ≥ 0/],
    ['a fraction', 'max_event_bytes: 1.5\n', /"max_event_bytes" must be an integer ≥ 1/],
    ['ids that is not a mapping', 'ids: [SEC]\n', /"ids" must be a mapping/],
  ])('%s', async (_name, config, message) => {
    const dir = exampleStream({ '.ledger-synth.yaml': config });
    const before = listFiles(dir);
    const result = await runCli(['--no-confirm'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toContain('unexpected error');
    expect(listFiles(dir)).toEqual(before);
  });

  it('a bad LEDGER_SYNTH_LOCK_TIMEOUT_MS is a configuration error too', async () => {
    const result = await runCli(['--no-confirm'], { cwd: exampleStream(), env: { LEDGER_SYNTH_LOCK_TIMEOUT_MS: 'soon' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('LEDGER_SYNTH_LOCK_TIMEOUT_MS must be a non-negative integer, got "soon"');
  });

  it('a valid config moves the stream', async () => {
    const dir = testdir({
      '.ledger-synth.yaml': '# comments are fine\nevents_dir: ledger/events\noutput: ledger/NOW.md\n',
      'ledger/events/a.md': '---\nts: 2026-01-10T13:00:00Z\nagent: toast\n---\nnow: configured\n',
      'sub/dir/.keep': '',
    });
    // Run from a subdirectory: the config at the root is found by walking up.
    const result = await runCli(['--no-confirm'], { cwd: join(dir, 'sub/dir') });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('Wrote ledger/NOW.md: 1 event from 1 agent.\n');
  });
});
