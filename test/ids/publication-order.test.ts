import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseIdLabel, serializeAllocation } from '@ledger-synth/core';
import { parseLandingLog } from '@ledger-synth/node';
import { git, initRepo } from '../helpers/git.js';
import { runCli } from '../helpers/run-cli.js';
import { testdir } from '../helpers/testdir.js';

const EVENTS = 'thoughts/shared/ids/events';
const PAGE = 'thoughts/shared/ids/ledger.md';

const ids = (cwd: string, args: string[]) => runCli(['ids', ...args], { cwd, env: { LEDGER_SYNTH_AGENT: 'ci' } });

/** Commit one allocation file with a chosen stamp (the allocator's clock) on the current branch. */
function commitAllocation(dir: string, file: string, ts: string, agent: string, id: string): void {
  const label = parseIdLabel(id);
  if (!label.ok) throw new Error(label.reason);
  mkdirSync(join(dir, EVENTS), { recursive: true });
  writeFileSync(join(dir, EVENTS, file), serializeAllocation({ ts, agent, kind: 'occ', labels: [label.label], event: 'abcdef1' }));
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', `allocate ${id} (${agent})`);
}

function baseRepo(): string {
  const dir = testdir({ '.ledger-synth.yaml': 'ids:\n  kinds: [occ]\n', '.gitignore': '.ledger-synth/\n' });
  initRepo(dir);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'config');
  return dir;
}

describe('ids: first published wins by publication order (git history of the integration branch)', () => {
  it('an allocation stamped 10:00 but merged at 15:00 loses to one stamped 10:05 merged at 10:10; the published id never moves', async () => {
    const dir = baseRepo();
    git(dir, 'checkout', '-q', '-b', 'slow');
    commitAllocation(dir, '2026-01-10T10-00-00.000Z_amy_a.md', '2026-01-10T10:00:00Z', 'amy', '#1');
    git(dir, 'checkout', '-q', 'main');
    git(dir, 'checkout', '-q', '-b', 'fast');
    commitAllocation(dir, '2026-01-10T10-05-00.000Z_zed_z.md', '2026-01-10T10:05:00Z', 'zed', '#1');
    git(dir, 'checkout', '-q', 'main');

    // 10:10: zed's branch lands.
    git(dir, 'merge', '-q', '--no-ff', '--no-edit', 'fast');
    expect((await ids(dir, ['rebuild'])).code).toBe(0);
    const published = readFileSync(join(dir, PAGE), 'utf8');
    expect(published).toMatch(/\| #1 \| occ \| abcdef1 \| zed \|/);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'ids page');

    // 15:00: amy's lands. Her stamp is earlier, but #1 was published first by zed and stays his.
    git(dir, 'merge', '-q', '--no-ff', '--no-edit', 'slow');
    const rebuilt = await ids(dir, ['rebuild']);
    expect(rebuilt.stdout).toContain('rebuilt: 2 ids, 1 double-allocation(s)');
    expect(rebuilt.stdout).toContain('order: 2 landed on main, 0 provisional');
    expect(rebuilt.stdout).toMatch(/#2 \(was #1, renumbered: first published by zed at 2026-01-10T10:05:00Z\) ← 2026-01-10T10-00-00.000Z_amy_a\.md/);
    const text = readFileSync(join(dir, PAGE), 'utf8');
    expect(text).toMatch(/\| #1 \| occ \| abcdef1 \| zed \|/);
    expect(text).toContain('1. `2026-01-10T10-05-00.000Z_zed_z.md`\n2. `2026-01-10T10-00-00.000Z_amy_a.md`');
    expect((await ids(dir, ['verify'])).stdout).toBe('verify: clean\n');
  });

  it('a shallow clone verifies with the order the page recorded and says what it could not check', async () => {
    const dir = baseRepo();
    git(dir, 'checkout', '-q', '-b', 'slow');
    commitAllocation(dir, '2026-01-10T10-00-00.000Z_amy_a.md', '2026-01-10T10:00:00Z', 'amy', '#1');
    git(dir, 'checkout', '-q', 'main');
    commitAllocation(dir, '2026-01-10T10-05-00.000Z_zed_z.md', '2026-01-10T10:05:00Z', 'zed', '#1');
    git(dir, 'merge', '-q', '--no-ff', '--no-edit', 'slow');
    expect((await ids(dir, ['rebuild'])).code).toBe(0);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'ids page');

    const shallow = testdir();
    git(shallow, 'clone', '-q', '--depth', '1', `file://${dir}`, 'c');
    const clone = join(shallow, 'c');
    const verified = await ids(clone, ['verify']);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toBe('verify: clean\n');
    expect(verified.stderr).toMatch(/could not check: shallow clone: no history of refs\/remotes\/origin\/HEAD, so the publication order was taken from the page \(2 allocation\(s\);/);

    // A CI checkout of the PR ref alone (no main, no origin/HEAD): the same fallback, said as such.
    const prOnly = join(shallow, 'pr');
    git(shallow, 'clone', '-q', `file://${dir}`, 'pr');
    git(prOnly, 'checkout', '-q', '-b', 'pr');
    git(prOnly, 'branch', '-q', '-D', 'main');
    git(prOnly, 'remote', 'remove', 'origin');
    const noBranch = await ids(prOnly, ['verify']);
    expect(noBranch.stdout).toBe('verify: clean\n');
    expect(noBranch.stderr).toMatch(/could not check: no integration branch \(origin\/HEAD or main\) here, so the publication order was taken from the page/);

    // What it can check, it does: an edited row still fails.
    const page = join(clone, PAGE);
    writeFileSync(page, readFileSync(page, 'utf8').replace('| zed |', '| mallory |'));
    expect((await ids(clone, ['verify'])).code).toBe(1);
  });

  it('ids check --all-refs fails when two unpublished branches hold the same provisional id, naming both', async () => {
    const remote = testdir();
    git(remote, 'init', '-q', '--bare', '-b', 'main');
    const dir = baseRepo();
    git(dir, 'remote', 'add', 'origin', remote);
    git(dir, 'push', '-q', '-u', 'origin', 'main');
    git(dir, 'remote', 'set-head', 'origin', 'main');
    for (const [branch, agent, minute] of [['feat-a', 'amy', '01'], ['feat-b', 'bob', '02']] as const) {
      git(dir, 'checkout', '-q', '-b', branch, 'main');
      commitAllocation(dir, `2026-01-10T10-${minute}-00.000Z_${agent}_x.md`, `2026-01-10T10:${minute}:00Z`, agent, '#5');
      git(dir, 'push', '-q', 'origin', branch);
    }
    git(dir, 'checkout', '-q', 'main');

    const clash = await ids(dir, ['check', '--all-refs']);
    expect(clash.code).toBe(1);
    expect(clash.stdout).toMatch(/checked \d+ ref\(s\) against origin\/HEAD: 2 unpublished allocation\(s\)/);
    expect(clash.stderr).toContain('#5: feat-a, origin/feat-a (amy, 2026-01-10T10-01-00.000Z_amy_x.md) and feat-b, origin/feat-b (bob, 2026-01-10T10-02-00.000Z_bob_x.md)');

    // feat-b lands: its #5 is published; feat-a's claim is now a note (it will be renumbered), not a clash.
    git(dir, 'merge', '-q', '--no-ff', '--no-edit', 'feat-b');
    git(dir, 'push', '-q', 'origin', 'main');
    const after = await ids(dir, ['check', '--all-refs']);
    expect(after.code, after.stderr).toBe(0);
    expect(after.stdout).toContain('note: #5 on feat-a, origin/feat-a (2026-01-10T10-01-00.000Z_amy_x.md) is already published by bob');
  });

  it('parses the landing log: the first commit that adds a file counts; files outside the directory are ignored', () => {
    const a = 'a'.repeat(40);
    const b = 'b'.repeat(40);
    const log = `\0${a}\0\nd/x.md\0d/sub/y.md\0\0${b}\0\nd/z.md\0d/x.md\0`;
    const { order, commits } = parseLandingLog(log, 'd');
    expect([...order]).toEqual([['x.md', 0], ['z.md', 1]]);
    expect(commits.get('z.md')).toBe(b);
  });
});
