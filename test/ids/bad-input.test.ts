import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { testdir } from '../helpers/testdir.js';

const CONFIG = 'ids:\n  prefixes: [SEC, UX]\n';
const EVENT = ['--event', '7d0f8bca'];

/** Every bad input: exit 2, a message saying what was expected, and nothing written at all. */
const CASES: [string, string[], RegExp][] = [
  ['unknown prefix', ['reserve', 'FOO'], /invalid prefix "FOO"\. Valid: SEC, UX/],
  ['lower-case prefix', ['reserve', 'sec'], /invalid prefix "sec"\. Valid: SEC, UX/],
  ['missing prefix', ['reserve'], /ids reserve needs a PREFIX, e\.g\./],
  ['count 0', ['reserve', 'SEC', '0'], /count must be a whole number from 1 to 1000, got "0"/],
  ['negative count', ['reserve', 'SEC', '-3'], /count must be a whole number from 1 to 1000, got "-3"/],
  ['huge count', ['reserve', 'SEC', '1000000000'], /count must be a whole number from 1 to 1000, got "1000000000" \(take several batches\)/],
  ['exponent count', ['reserve', 'SEC', '1e9'], /count must be a whole number from 1 to 1000, got "1e9"/],
  ['non-numeric count', ['reserve', 'SEC', 'many'], /count must be a whole number from 1 to 1000, got "many"/],
  ['fractional count', ['reserve', 'SEC', '2.5'], /count must be a whole number/],
  ['extra argument', ['reserve', 'SEC', '2', '3'], /takes PREFIX \[COUNT\], got extra "3"/],
  ['hash prefix', ['reserve', '#'], /is the namespace of kind occ: allocate it with/],
  ['missing --event', ['allocate', '--kind', 'occ'], /ids allocate needs --event/],
  ['empty --event', ['allocate', '--kind', 'occ', '--event', ' '], /ids allocate needs --event/],
  ['bad --event', ['allocate', '--kind', 'occ', '--event', 'HEAD~1'], /event key "HEAD~1" must be a commit SHA/],
  ['missing --kind', ['allocate', ...EVENT], /ids allocate needs --kind/],
  ['unknown kind', ['allocate', '--kind', 'bug', ...EVENT], /unknown kind "bug"\. Valid: occ, nm, fold, meta/],
  ['malformed #x', ['allocate', '--kind', 'occ', '--ids', '#x', ...EVENT], /--ids: malformed id "#x": expected "#" or an upper-case prefix/],
  ['malformed SEC-', ['allocate', '--kind', 'occ', '--ids', 'SEC-', ...EVENT], /--ids: malformed id "SEC-"/],
  ['id zero', ['allocate', '--kind', 'occ', '--ids', '#0', ...EVENT], /numbers start at 1/],
  ['duplicate ids', ['allocate', '--kind', 'occ', '--ids', '#4,#4', ...EVENT], /#4 is listed twice/],
  ['empty --ids', ['allocate', '--kind', 'occ', '--ids', ' , ', ...EVENT], /--ids needs comma-separated ids/],
  ['wrong namespace', ['allocate', '--kind', 'occ', '--ids', 'SEC-4', ...EVENT], /SEC-4 is not an id of kind occ, which uses "#" labels/],
  ['--count and --ids', ['allocate', '--kind', 'occ', '--count', '2', '--ids', '#5', ...EVENT], /either --count .* or --ids/],
  ['allocate count 0', ['allocate', '--kind', 'occ', '--count', '0', ...EVENT], /count must be a whole number from 1 to 1000, got "0"/],
  ['allocate huge count', ['allocate', '--kind', 'occ', '--count', '1e9', ...EVENT], /count must be a whole number from 1 to 1000, got "1e9"/],
  ['allocate negative count', ['allocate', '--kind', 'occ', '--count=-2', ...EVENT], /count must be a whole number from 1 to 1000, got "-2"/],
  ['unknown flag', ['allocate', '--kind', 'occ', '--colour', ...EVENT], /unknown option "--colour"/],
  ['unknown ids command', ['frobnicate'], /unknown ids command "frobnicate"; expected one of: reserve, init, allocate, rebuild, verify/],
];

describe('bad input → clear error, exit 2, nothing written', () => {
  it.each(CASES)('%s', async (_name, args, message) => {
    const dir = testdir({ '.ledger-synth.yaml': CONFIG });
    const result = await runCli(['ids', ...args], { cwd: dir, env: { LEDGER_SYNTH_AGENT: 'toast' } });
    expect(result.stderr).toMatch(message);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(readdirSync(dir).sort()).toEqual(['.ledger-synth.yaml']);
  });
});

describe('bad ids configuration → E_CONFIG, exit 2', () => {
  it.each([
    ['unknown key', 'ids:\n  prefix: [SEC]\n', /unknown key ids\.prefix; known keys: prefixes, kinds/],
    ['bad prefix', 'ids:\n  prefixes: [sec]\n', /ids\.prefixes: "sec" is not a prefix/],
    ['duplicate prefix', 'ids:\n  prefixes: [SEC, SEC]\n', /ids\.prefixes lists SEC twice/],
    ['bad kind', 'ids:\n  kinds: [Occ]\n', /ids\.kinds: "Occ" is not a kind name/],
    ['bad namespace', 'ids:\n  kinds: {task: tsk}\n', /ids\.kinds\.task: "tsk" is not a namespace/],
    ['one namespace, two protocols', 'ids:\n  prefixes: [TASK]\n  kinds: {task: TASK}\n', /TASK is both a reserve prefix .* one namespace must use one protocol/],
    ['bad mode', 'ids:\n  mode: sometimes\n', /ids\.mode must be "renumber" or "gapped", got "sometimes"/],
    ['bad sources', 'ids:\n  sources: []\n', /ids\.sources must be a path or a list/],
  ])('%s', async (_name, config, message) => {
    const dir = testdir({ '.ledger-synth.yaml': config });
    for (const args of [['reserve', 'SEC'], ['allocate', '--kind', 'occ', ...EVENT], ['rebuild'], ['verify']]) {
      const result = await runCli(['ids', ...args], { cwd: dir });
      expect(result.stderr).toMatch(message);
      expect(result.code).toBe(2);
    }
    expect(existsSync(join(dir, '.ledger-synth'))).toBe(false);
    expect(existsSync(join(dir, 'thoughts'))).toBe(false);
  });
});

describe('kinds mapped to their own namespace', () => {
  it('allocates TASK-N labels for a kind configured with a prefix', async () => {
    const dir = testdir({ '.ledger-synth.yaml': 'ids:\n  kinds: {occ: "#", task: TASK}\n' });
    const env = { LEDGER_SYNTH_AGENT: 'toast' };
    expect((await runCli(['ids', 'allocate', '--kind', 'task', '--count', '2', ...EVENT], { cwd: dir, env })).stdout).toBe('TASK-1 TASK-2\n');
    expect((await runCli(['ids', 'allocate', '--kind', 'occ', ...EVENT], { cwd: dir, env })).stdout).toBe('#1\n');
    const reserve = await runCli(['ids', 'reserve', 'TASK'], { cwd: dir, env });
    expect(reserve.code).toBe(2);
    // The command is named as it runs here (this build's bundle), not a `cc-synthesize` that is not on PATH.
    expect(reserve.stderr).toMatch(/"TASK" is the namespace of kind task: allocate it with `node \S*cc-synthesize\.mjs ids allocate --kind task`/);
  });
});
