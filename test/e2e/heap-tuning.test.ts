import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CLI, REPO_ROOT } from '../helpers/run-cli.js';

/*
 * The shipped bundles turn V8's allocation-site pretenuring off before they read anything
 * (packages/node/src/heap-tuning.ts: with it, 1 cold 100k read in 4 to 6 peaked at ~370 MiB
 * instead of ~220). V8 reports every pretenuring decision it takes under
 * --trace-pretenuring-statistics; with the feature off it takes none. A bundle that does not turn
 * it off prints such lines at its first collections (a few already on 3 or 300 events; checked by
 * removing the call from the CLI and SessionStart: both tests below fail).
 */

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function repoWithEvents(count: number): string {
  dir = mkdtempSync(join(tmpdir(), 'ls-heap-'));
  mkdirSync(join(dir, 'events'));
  spawnSync('git', ['init', '-q'], { cwd: dir });
  for (let i = 0; i < count; i++) {
    const ts = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
    const body = `now: "Working on #${i}"\nthis_session:\n  - Fixed login #${i}\n  - "Reviewed \\"${i}\\""\ndecisions:\n  d${i % 7}: value ${i}\nopen_questions:\n  - Should ${i} ship?\n`;
    writeFileSync(join(dir, 'events', `${ts.replace(/:/g, '-')}_agent${i % 5}_${i}.md`), `---\nts: ${ts}\nagent: agent${i % 5}\n---\n${body}`);
  }
  return dir;
}

function pretenuringLines(script: string, args: string[], cwd: string, input = ''): string[] {
  const result = spawnSync(process.execPath, ['--trace-pretenuring-statistics', script, ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, LEDGER_SYNTH_CACHE: '0' } });
  expect(result.error).toBeUndefined();
  return `${result.stdout}\n${result.stderr}`.split('\n').filter((line) => line.includes('pretenuring:'));
}

describe('heap tuning of the shipped bundles', () => {
  it('the CLI takes no pretenuring decision while it folds 300 events', () => {
    const cwd = repoWithEvents(300);
    expect(pretenuringLines(CLI, ['--no-confirm'], cwd)).toEqual([]);
  });

  it('SessionStart takes none either', () => {
    const cwd = repoWithEvents(300);
    const input = JSON.stringify({ session_id: 'heap', cwd, hook_event_name: 'SessionStart', source: 'startup' });
    expect(pretenuringLines(join(REPO_ROOT, 'hooks/dist/session-start.mjs'), [], cwd, input)).toEqual([]);
  });

  it('the probe sees decisions when nothing turns pretenuring off (and none after the same call)', () => {
    const work = 'const keep = []; for (let i = 0; i < 300000; i++) keep.push({ a: i, b: String(i) });';
    const probe = (code: string) =>
      spawnSync(process.execPath, ['--trace-pretenuring-statistics', '-e', code], { encoding: 'utf8' }).stdout.split('\n').filter((line) => line.includes('pretenuring:'));
    expect(probe(work).length).toBeGreaterThan(0);
    expect(probe(`require('node:v8').setFlagsFromString('--no-allocation-site-pretenuring'); ${work}`)).toEqual([]);
  });
});
