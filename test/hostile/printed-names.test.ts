// File names and event text printed raw could rewrite the terminal or fake report lines (issue 12).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { testdir } from '../helpers/testdir.js';

// eslint-disable-next-line no-control-regex
const RAW_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;
const BAD = 'bad\u001b[2J\u001b[H\r\nFAKE: all good\u202e.md';
const EVIL = 'evil\u001b]0;title\u0007.md';

function hostileStream(): string {
  const dir = testdir({ '.ledger-synth.yaml': 'events_dir: ev\noutput: current.md\n', 'ev/.keep': '' });
  writeFileSync(join(dir, 'ev', BAD), 'not an event');
  writeFileSync(join(dir, 'ev', EVIL), '---\nts: 2026-01-01T00:00:00Z\nagent: "ag\\u202eent"\nbranch: "br\\e[31manch"\n---\nnow: "x\\e[2Jy"\ndecisions:\n  "k\\e[1m": v\n');
  return dir;
}

describe('printed file names and event text', () => {
  it.each([['--dry-run'], ['--no-confirm'], ['--check']])('%s: no raw control or bidi character, no faked line; the name is shown escaped', async (flag) => {
    const dir = hostileStream();
    const result = await runCli([flag], { cwd: dir });
    const out = `${result.stdout}${result.stderr}`;
    expect(RAW_UNSAFE.test(out), JSON.stringify(out)).toBe(false);
    expect(out.split('\n').some((line) => line.startsWith('FAKE'))).toBe(false);
    expect(out).toContain('"ev/bad\\u001b[2J\\u001b[H\\r\\nFAKE: all good\\u202e.md": no YAML frontmatter');
    if (flag === '--dry-run') {
      expect(out).toContain('agents:   "ag\\u202eent" (1)');
      expect(out).toContain('branches: "br\\u001b[31manch" (1)');
    }
  });

  it('--json keeps the exact names and text', async () => {
    const dir = hostileStream();
    const result = await runCli(['--check', '--json'], { cwd: dir });
    expect(RAW_UNSAFE.test(result.stdout)).toBe(false); // escaped by JSON itself
    const json = JSON.parse(result.stdout);
    expect(json.skipped.map((s: { file: string }) => s.file)).toEqual([`ev/${BAD}`]);
    expect(json.agents[0].agent).toBe('ag\u202eent');
    expect(json.branches[0].branch).toBe('br\u001b[31manch');
  });
});
