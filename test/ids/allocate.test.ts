import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { GIT_ENV, git, initRepo } from '../helpers/git.js';
import { runCli, spawnCli } from '../helpers/run-cli.js';
import { testdir } from '../helpers/testdir.js';

const PAGE = 'thoughts/shared/ids/ledger.md';
const EVENTS = 'thoughts/shared/ids/events';

const ids = (cwd: string, args: string[], agent = 'toast') => runCli(['ids', ...args], { cwd, env: { LEDGER_SYNTH_AGENT: agent } });

async function ok(cwd: string, args: string[], agent?: string) {
  const result = await ids(cwd, args, agent);
  expect(result.code, `${args.join(' ')}\n${result.stderr}`).toBe(0);
  return result;
}

const eventFiles = (dir: string) => readdirSync(join(dir, EVENTS)).sort();
const page = (dir: string) => readFileSync(join(dir, PAGE), 'utf8');

/**
 * main → branches `a` and `b`, each allocating "the next id" without seeing the other. `zed` on `a`
 * publishes first; `amy` on `b` sorts first by name, so only the timestamp can make zed the winner.
 */
async function twoBranchesRepo() {
  const dir = testdir({ '.ledger-synth.yaml': 'ids:\n  kinds: [occ, nm]\n', '.gitignore': '.ledger-synth/\n' });
  initRepo(dir);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'config');
  const base = git(dir, 'rev-parse', 'HEAD').trim();

  git(dir, 'checkout', '-q', '-b', 'a');
  const first = await ok(dir, ['allocate', '--kind', 'occ', '--event', base.slice(0, 8), '--note', 'dual-execution episode'], 'zed');
  expect(first.stdout).toBe('#1\n');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'a: allocate');

  git(dir, 'checkout', '-q', 'main');
  git(dir, 'checkout', '-q', '-b', 'b');
  const second = await ok(dir, ['allocate', '--kind', 'occ', '--count', '2', '--event', base.slice(0, 8)], 'amy');
  expect(second.stdout).toBe('#1 #2\n'); // provisional: b has not seen a's #1
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'b: allocate');
  git(dir, 'checkout', '-q', 'main');
  return { dir, base };
}

describe('allocation across branches: first published wins', () => {
  it('after merging, rebuild keeps the first-published #1, renumbers the other, whichever order the branches merge in', async () => {
    const { dir } = await twoBranchesRepo();
    git(dir, 'merge', '-q', '--no-edit', 'a');
    git(dir, 'merge', '-q', '--no-edit', 'b');
    expect(eventFiles(dir)).toHaveLength(2);

    const rebuilt = await ok(dir, ['rebuild']);
    expect(rebuilt.stdout.split('\n')[0]).toBe('rebuilt: 3 ids, 1 double-allocation(s)');
    expect(rebuilt.stdout).toMatch(/ {2}#3 \(was #1, renumbered: first published by zed at \S+\) ← \S+_amy_\S+\.md/);
    const text = page(dir);
    expect(text).toMatch(/\| #1 \| occ \| \w{8} \| zed \| \S+ \| dual-execution episode \|/);
    expect(text).toMatch(/\| #2 \| occ \| \w{8} \| amy \|/);
    expect(text).toMatch(/\| #3 \(was #1\) \| occ \| \w{8} \| amy \|/);
    expect(text).toMatch(/- #3 \(was #1, renumbered: first published by zed at \S+\) — claimed by amy at \S+ in `\S+_amy_\S+\.md`/);
    expect((await ok(dir, ['verify'])).stdout).toBe('verify: clean\n');

    // The other merge order, in a real second worktree: byte-identical page.
    const other = join(dir, '..', `${dir.split('/').pop()}-reverse`);
    git(dir, 'worktree', 'add', '-q', '-b', 'reverse', other, 'main~2');
    try {
      git(other, 'merge', '-q', '--no-edit', 'b');
      git(other, 'merge', '-q', '--no-edit', 'a');
      await ok(other, ['rebuild']);
      expect(page(other)).toBe(text);
    } finally {
      git(dir, 'worktree', 'remove', '--force', other);
    }

    // The allocation events were never edited: amy's still says #1 and #2.
    const amyFile = eventFiles(dir).find((f) => f.includes('_amy_'))!;
    expect(readFileSync(join(dir, EVENTS, amyFile), 'utf8')).toContain('ids:\n- "#1"\n- "#2"\n');

    // A new allocation after the merge starts above every published and renumbered id.
    expect((await ok(dir, ['allocate', '--kind', 'nm', '--event', '#3'], 'cat')).stdout).toBe('#4\n');
  });

  it('--gapped leaves the loser as a visible gap; verify compares like with like', async () => {
    const { dir } = await twoBranchesRepo();
    // b lands first (fast-forward), a second: publication order, not the stamps, makes amy the winner.
    git(dir, 'merge', '-q', '--no-edit', 'b');
    git(dir, 'merge', '-q', '--no-edit', 'a');
    const rebuilt = await ok(dir, ['rebuild', '--gapped']);
    expect(rebuilt.stdout).toMatch(/^rebuilt: 2 ids, 1 double-allocation\(s\)\norder: 2 landed on main, 0 provisional\n {2}#1 gap: \S+_zed_\S+\.md lost to amy at \S+; re-allocate it\n$/);
    const text = page(dir);
    expect(text).toContain('## Gaps');
    expect(text).toMatch(/- #1 gap: claimed by zed at \S+ for event \w{8} in `\S+_zed_\S+\.md`, but first published by amy at \S+/);
    expect(text).not.toContain('(was #1)');
    expect((await ok(dir, ['verify', '--gapped'])).stdout).toBe('verify: clean\n');
    const renumberView = await ids(dir, ['verify']);
    expect(renumberView.code).toBe(1);
    expect(renumberView.stderr).toContain('footer mode: page has "gapped", record gives "renumber"');
    expect(renumberView.stderr).toContain('The page was rebuilt in gapped mode; verify with --gapped');
  });

  it('verify fails after a manual edit, listing the divergence, and rebuild restores it while keeping prose', async () => {
    const { dir } = await twoBranchesRepo();
    git(dir, 'merge', '-q', '--no-edit', 'a');
    git(dir, 'merge', '-q', '--no-edit', 'b');
    await ok(dir, ['rebuild']);
    const clean = page(dir);

    writeFileSync(join(dir, PAGE), clean.replace('| zed |', '| mallory |').replace('<!-- prose #2 -->\n', '<!-- prose #2 -->\nWhy #2 matters; compare #9.\n'));
    const diverged = await ids(dir, ['verify']);
    expect(diverged.code).toBe(1);
    expect(diverged.stdout).toBe('');
    expect(diverged.stderr).toMatch(/^verify: thoughts\/shared\/ids\/ledger\.md diverges from the allocation record:\n {2}- #1: page has ".*mallory.*", record gives ".*zed.*"\n/);
    expect(page(dir)).toContain('mallory'); // verify never writes

    const rebuilt = await ok(dir, ['rebuild']);
    expect(rebuilt.stderr).toContain('warning: prose cites missing anchors: #9');
    expect(page(dir)).not.toContain('mallory');
    expect(page(dir)).toContain('<!-- prose #2 -->\nWhy #2 matters; compare #9.\n<!-- /prose #2 -->');
    expect((await ok(dir, ['verify'])).stdout).toBe('verify: clean\n');

    // Idempotent: a second rebuild leaves the bytes alone.
    const before = page(dir);
    await ok(dir, ['rebuild']);
    expect(page(dir)).toBe(before);
  });

  it('each branch commits its rebuilt page: the merge conflicts on it, and rebuild settles it from both sides, keeping both sides\' prose', async () => {
    const { dir } = await twoBranchesRepo();
    const prose = (anchor: string, text: string) => writeFileSync(join(dir, PAGE), page(dir).replace(`<!-- prose ${anchor} -->\n`, `<!-- prose ${anchor} -->\n${text}\n`));
    for (const [branch, anchor, text] of [['a', '#1', 'zed: the dual-execution write-up.'], ['b', '#2', 'amy: why #2 matters.']] as const) {
      git(dir, 'checkout', '-q', branch);
      await ok(dir, ['rebuild']);
      prose(anchor, text);
      prose('page', `Intro from ${branch}.`);
      git(dir, 'add', '-A');
      git(dir, 'commit', '-q', '-m', `${branch}: page`);
    }
    git(dir, 'checkout', '-q', 'main');
    git(dir, 'merge', '-q', '--no-edit', 'a');
    const merge = spawnSync('git', ['merge', '--no-edit', 'b'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } });
    expect(merge.status).toBe(1);
    expect(page(dir)).toContain('<<<<<<< ');

    // Both sides wrote different intros: that is a real conflict in prose, refused with nothing written.
    const refused = await ids(dir, ['rebuild']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('prose page differs between the two sides of the conflict');
    expect(page(dir)).toContain('<<<<<<< ');

    // Settle that one block by hand (keep one intro); rebuild does the rest, from both sides.
    writeFileSync(join(dir, PAGE), page(dir).replace('Intro from a.', 'Intro from both.').replace('Intro from b.', 'Intro from both.'));
    const conflictedVerify = await ids(dir, ['verify']);
    expect(conflictedVerify.code).toBe(1);
    expect(conflictedVerify.stderr).toBe(
      `verify: ${PAGE} diverges from the allocation record:\n  - ${PAGE}: git conflict markers (a merge left the page conflicted); \`cc-synthesize ids rebuild\` settles it\nRun \`cc-synthesize ids rebuild\`, then verify again.\n`,
    );
    const settled = await ok(dir, ['rebuild']);
    expect(settled.stdout).toMatch(/^rebuilt: 3 ids, 1 double-allocation\(s\)\n/);
    expect(settled.stdout).toContain(`settled the conflicted ${PAGE} (prose kept from both sides) and staged it; continue with: git commit`);
    const text = page(dir);
    expect(text).not.toMatch(/^(<{7}|={7}|>{7})/m);
    expect(text).toContain('<!-- prose #1 -->\nzed: the dual-execution write-up.\n<!-- /prose #1 -->');
    expect(text).toContain('<!-- prose #2 -->\namy: why #2 matters.\n<!-- /prose #2 -->');
    expect(text).toContain('<!-- prose page -->\nIntro from both.\n<!-- /prose page -->');
    expect(git(dir, 'diff', '--name-only', '--diff-filter=U')).toBe('');
    git(dir, 'commit', '-q', '--no-edit');
    expect((await ok(dir, ['verify'])).stdout).toBe('verify: clean\n');
  });

  it('refuses to rebuild over broken prose markers, writing nothing', async () => {
    const { dir } = await twoBranchesRepo();
    git(dir, 'merge', '-q', '--no-edit', 'a');
    await ok(dir, ['rebuild']);
    const broken = page(dir).replace('<!-- /prose #1 -->\n', '');
    writeFileSync(join(dir, PAGE), broken);
    const result = await ids(dir, ['rebuild']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/refusing to rebuild .*prose #1 opened on line \d+ is never closed.*nothing was written/);
    expect(page(dir)).toBe(broken);
    const verify = await ids(dir, ['verify']);
    expect(verify.code).toBe(1);
    expect(verify.stderr).toMatch(/ledger\.md: prose #1 opened on line \d+ is never closed/);
  });
});

describe('ids allocate', () => {
  it('concurrent allocations in one checkout get distinct provisional ids (the allocation lock)', async () => {
    const dir = testdir();
    // Real processes: the allocation lock is between processes.
    const runs = await Promise.all(
      Array.from({ length: 6 }, async (_, i) => {
        const run = await spawnCli(['ids', 'allocate', '--kind', 'occ', '--count', '2', '--event', 'abcdef1'], { cwd: dir, env: { LEDGER_SYNTH_AGENT: `agent${i}` } });
        expect(run.code, run.stderr).toBe(0);
        return run;
      }),
    );
    const all = runs.flatMap((run) => run.stdout.trim().split(' '));
    expect(all.map((id) => Number(id.slice(1))).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect((await ok(dir, ['rebuild'])).stdout).toBe('rebuilt: 12 ids, 0 double-allocation(s)\n');
  });

  it('with nothing allocated and no page, verify is clean and rebuild writes nothing', async () => {
    const dir = testdir();
    expect((await ok(dir, ['verify'])).stdout).toBe('verify: clean\n');
    expect((await ok(dir, ['rebuild'])).stdout).toBe('rebuilt: 0 ids, 0 double-allocation(s)\n');
    expect(readdirSync(dir)).toEqual(['.ledger-synth']); // only the lock directory, which ignores itself
    expect(readdirSync(join(dir, '.ledger-synth'))).toEqual(['.gitignore']);
  });

  it('mints consecutive ids, backfills explicit ones, and refuses to backfill an anchored id', async () => {
    const dir = testdir();
    expect((await ok(dir, ['allocate', '--kind', 'occ', '--event', '7d0f8bca', '--note', 'dual-execution episode'])).stdout).toBe('#1\n');
    expect((await ok(dir, ['allocate', '--kind', 'occ', '--count', '2', '--event', '7d0f8bca'])).stdout).toBe('#2 #3\n');
    const backfill = await ok(dir, ['allocate', '--kind', 'occ', '--ids', '#42, #43', '--event', 'a1b2c3d4', '--json']);
    expect(JSON.parse(backfill.stdout)).toEqual({
      ids: ['#42', '#43'],
      provisional: false,
      kind: 'occ',
      event: 'a1b2c3d4',
      file: expect.stringMatching(/^thoughts\/shared\/ids\/events\/\S+_toast_[0-9a-f]{8}\.md$/),
    });
    const before = eventFiles(dir);
    const refused = await ids(dir, ['allocate', '--kind', 'occ', '--ids', '#43,#44', '--event', 'a1b2c3d4']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/refusing to backfill ids that already have an anchor: #43 \(anchored by toast at \S+ for event a1b2c3d4, \S+\.md\); nothing was written/);
    expect(eventFiles(dir)).toEqual(before);
    expect((await ok(dir, ['allocate', '--kind', 'fold', '--event', '#3'])).stdout).toBe('#44\n');
    const rebuilt = await ok(dir, ['rebuild']);
    expect(rebuilt.stdout).toBe('rebuilt: 6 ids, 0 double-allocation(s)\n');
  });

  it('reports malformed allocation files instead of dropping them silently; --strict fails on them', async () => {
    const dir = testdir({ [`${EVENTS}/bad.md`]: '---\nts: 2026-01-10T13:00:00Z\nagent: x\ntype: allocate\n---\nkind: occ\nids: #1\nevent: abcdef1\n' });
    await ok(dir, ['allocate', '--kind', 'occ', '--event', 'abcdef1']);
    const rebuilt = await ok(dir, ['rebuild']);
    expect(rebuilt.stderr).toContain(`warning: skipped ${EVENTS}/bad.md: "ids" must be a list of quoted labels`);
    const strict = await ids(dir, ['verify', '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('--strict: 1 malformed allocation event file(s)');
  });
});
