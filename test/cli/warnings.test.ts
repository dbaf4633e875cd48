import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { writeTree } from '../helpers/testdir.js';
import { EVENTS, OUTPUT, exampleStream, readOutput } from './stream.js';

const ENV = { SOURCE_DATE_EPOCH: '1767225600', LEDGER_SYNTH_CACHE_RACY_MS: '0' };
const SLIPPED = '---\nts: 2026-01-12T00:00:00Z\nagent: bagel\n---\n\nnow: Hand-written\nthis_session:\n- Fixed login #123\ndecisions:\n  db: mysql\n  db: postgres\n';
const FILE = `${EVENTS}/2026-01-12T00-00-00.000Z_bagel_h1.md`;

describe('warnings for forgiven slips', () => {
  it('keeps the event, prints file:line warnings on every run (cached files too), and --strict fails on them', async () => {
    const dir = exampleStream();
    writeTree(dir, { [FILE]: SLIPPED });
    const first = await runCli(['--no-confirm'], { cwd: dir, env: ENV });
    expect(first.code).toBe(0);
    const expected = [
      `${FILE}:8: warning: "#123" after "Fixed login" is a YAML comment and was dropped; quote the text to keep it, e.g. "Fixed login #123"`,
      `${FILE}:11: warning: duplicate key "db" (also on line 10): the last value wins; remove or rename one`,
    ];
    expect(first.stderr.trim().split('\n')).toEqual(expected);
    const ledger = readOutput(dir);
    expect(ledger).toContain('Now: Hand-written');
    expect(ledger).toContain('- **db**: postgres');

    // Warm: the file's outcome comes from the cache, and so do its warnings.
    const warm = await runCli(['--check'], { cwd: dir, env: ENV });
    expect(warm.code).toBe(0);
    expect(warm.stderr.trim().split('\n')).toEqual(expected);

    const strict = await runCli(['--check', '--strict'], { cwd: dir, env: ENV });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('--strict: 2 warning(s)');
    const strictWrite = await runCli(['--no-confirm', '--strict'], { cwd: dir, env: ENV });
    expect(strictWrite.code).toBe(1);
    expect(strictWrite.stderr).toContain('--strict: 2 warning(s); nothing written');
    expect(readOutput(dir)).toBe(ledger);
    expect((await runCli(['--dry-run', '--json'], { cwd: dir, env: ENV })).stdout).toContain('"line": 11');
  });

  it('prints the first 20 warnings and counts the rest (a corpus of unquoted #refs is not a wall of text); --json lists every one', async () => {
    const dir = exampleStream();
    const tree: Record<string, string> = {};
    for (let i = 10; i < 35; i++) {
      tree[`${EVENTS}/2026-01-12T00-00-${i}.000Z_bagel_w${i}.md`] = `---\nts: 2026-01-12T00:00:${i}Z\nagent: bagel\n---\n\nthis_session:\n- Fixed login #${i}\n`;
    }
    writeTree(dir, tree);
    const run = await runCli(['--no-confirm'], { cwd: dir, env: ENV });
    expect(run.code).toBe(0);
    const lines = run.stderr.trim().split('\n');
    expect(lines.filter((line) => line.includes(': warning: '))).toHaveLength(20);
    expect(lines.at(-1)).toBe('… and 5 more warnings (25 files in all; `--json` lists every one, `--strict` fails on them)');
    const json = JSON.parse((await runCli(['--dry-run', '--json'], { cwd: dir, env: ENV })).stdout) as { warnings: unknown[] };
    expect(json.warnings).toHaveLength(25);
  });

  it('prints nothing, and --strict passes, for clean hand-written events (the bundled examples)', async () => {
    const dir = exampleStream();
    const result = await runCli(['--no-confirm', '--strict'], { cwd: dir, env: ENV });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(`Wrote ${OUTPUT}`);
  });
});
