import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testdir } from '../helpers/testdir.js';
import { ARCHIVE, EVENTS, OUTPUT, addEvents, cli, daysAgo, git, ledgerRepo, show, tryGit } from './fixture.js';

function filesIn(dir: string, rev: string): string[] {
  return git(dir, 'show', '--name-status', '--no-renames', '--format=', rev).trim().split('\n').sort();
}

describe('cc-synthesize --commit', () => {
  it('commits only the ledger paths; the user\'s staged and unstaged changes stay exactly as they were', async () => {
    const dir = await ledgerRepo();
    writeFileSync(join(dir, 'tracked.txt'), 'v1\n');
    writeFileSync(join(dir, 'other.txt'), 'v1\n');
    git(dir, 'add', 'tracked.txt', 'other.txt');
    git(dir, 'commit', '-q', '-m', 'user files');
    // The user's work in progress: a staged new file, a staged edit, an unstaged edit, an untracked file.
    writeFileSync(join(dir, 'staged-new.txt'), 'new\n');
    writeFileSync(join(dir, 'tracked.txt'), 'v2 staged\n');
    git(dir, 'add', 'staged-new.txt', 'tracked.txt');
    writeFileSync(join(dir, 'other.txt'), 'v2 unstaged\n');
    writeFileSync(join(dir, 'untracked.txt'), 'scratch\n');
    const statusBefore = git(dir, 'status', '--porcelain');
    const head = git(dir, 'rev-parse', 'HEAD').trim();

    addEvents(dir, { 'new.md': { ts: '2026-01-05T00:00:00Z', agent: 'waffle' } });
    const result = await cli(dir, '--no-confirm', '--commit');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Committed [0-9a-f]{12}: thoughts\/shared\/handoffs\/current.md, 1 new event \(nothing else was committed\)\./);

    expect(git(dir, 'rev-parse', 'HEAD~1').trim()).toBe(head);
    expect(filesIn(dir, 'HEAD')).toEqual([`A\t${EVENTS}/new.md`, `M\t${OUTPUT}`]);
    expect(git(dir, 'log', '-1', '--format=%s')).toBe(`ledger: update ${OUTPUT} (2 events from 2 agents)\n`);
    // Everything else is untouched: same porcelain status minus the ledger lines (which are now committed).
    expect(git(dir, 'status', '--porcelain')).toBe(statusBefore);
    expect(git(dir, 'diff', '--cached', '--name-only')).toBe('staged-new.txt\ntracked.txt\n');
    expect(git(dir, 'diff', '--name-only')).toBe('other.txt\n');
    expect(show(dir, 'HEAD', 'tracked.txt')).toBe('v1\n');
  });

  it('with --archive commits the moves (deleted from events/, added under archive/) and nothing else', async () => {
    const dir = await ledgerRepo({
      'old.md': { ts: '2020-03-04T05:06:07Z', agent: 'toast' },
      'recent.md': { ts: daysAgo(1), agent: 'crisp' },
    });
    writeFileSync(join(dir, 'wip.txt'), 'staged\n');
    git(dir, 'add', 'wip.txt');
    const result = await cli(dir, '--no-confirm', '--archive', '--commit');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Archived 1 event(s) older than 7 day(s)');
    // A move is one archived event, not two committed paths.
    expect(result.stdout).toMatch(/Committed [0-9a-f]{12}: 1 event archived \(nothing else was committed\)\./);
    expect(filesIn(dir, 'HEAD')).toEqual([`A\t${ARCHIVE}/2020-03-04/old.md`, `D\t${EVENTS}/old.md`]);
    expect(git(dir, 'log', '-1', '--format=%b')).toContain(`Archived 1 event(s) into ${ARCHIVE}/`);
    // current.md did not change (archiving keeps the state): the subject must not claim it did.
    expect(git(dir, 'log', '-1', '--format=%s')).toBe(`ledger: archive 1 event into ${ARCHIVE}/ (${OUTPUT} unchanged)\n`);
    expect(git(dir, 'diff', '--cached', '--name-only')).toBe('wip.txt\n');
  });

  it('a pre-commit hook that refuses: exit 1 with git\'s own words, nothing committed', async () => {
    const dir = await ledgerRepo();
    addEvents(dir, { 'later.md': { ts: '2026-01-06T00:00:00Z', agent: 'crisp' } });
    const hook = join(git(dir, 'rev-parse', '--absolute-git-dir').trim(), 'hooks', 'pre-commit');
    writeFileSync(hook, '#!/bin/sh\necho "lint: 3 problems in current.md" >&2\nexit 1\n', { mode: 0o755 });
    const head = git(dir, 'rev-parse', 'HEAD');
    const result = await cli(dir, '--no-confirm', '--commit');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('git commit --quiet -m failed: lint: 3 problems in current.md');
    expect(git(dir, 'rev-parse', 'HEAD')).toBe(head);
  });

  it('a hook that explains its refusal on stdout only is quoted too', async () => {
    const dir = await ledgerRepo();
    addEvents(dir, { 'later.md': { ts: '2026-01-06T00:00:00Z', agent: 'crisp' } });
    const hook = join(git(dir, 'rev-parse', '--absolute-git-dir').trim(), 'hooks', 'pre-commit');
    writeFileSync(hook, '#!/bin/sh\necho "trailing whitespace....Failed"\nexit 1\n', { mode: 0o755 });
    const result = await cli(dir, '--no-confirm', '--commit');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('failed: trailing whitespace....Failed');
  });

  it('says so, and commits nothing, when the ledger paths already match HEAD', async () => {
    const dir = await ledgerRepo();
    const head = git(dir, 'rev-parse', 'HEAD');
    const result = await cli(dir, '--no-confirm', '--commit');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Nothing to commit: the ledger paths already match HEAD.');
    expect(git(dir, 'rev-parse', 'HEAD')).toBe(head);
  });

  it('commits a current.md that was regenerated earlier (e.g. by a hook) and says that is what happened', async () => {
    const dir = await ledgerRepo();
    addEvents(dir, { 'later.md': { ts: '2026-01-06T00:00:00Z', agent: 'crisp' } });
    expect((await cli(dir, '--no-confirm')).code).toBe(0); // regenerated, not committed
    const result = await cli(dir, '--no-confirm', '--commit');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${OUTPUT} was already regenerated`);
    expect(result.stdout).toContain('but not yet committed.');
    expect(result.stdout).not.toContain('already up to date');
    expect(git(dir, 'status', '--porcelain')).toBe('');
  });

  it('refuses outside a git repository, before writing anything', async () => {
    const dir = testdir({});
    addEvents(dir, { 'a.md': { ts: '2026-01-01T00:00:00Z', agent: 'toast' } });
    const result = await cli(dir, '--no-confirm', '--commit');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--commit needs a git repository');
    expect(existsSync(join(dir, OUTPUT))).toBe(false);
  });

  it.each([
    ['merge', ['merge', '--no-edit', 'feat']],
    ['rebase', ['rebase', 'feat']],
    ['cherry-pick', ['cherry-pick', 'feat']],
  ])('refuses politely while a %s is in progress, and writes nothing', async (operation, command) => {
    const dir = await ledgerRepo();
    writeFileSync(join(dir, 'file.txt'), 'base\n');
    git(dir, 'add', 'file.txt');
    git(dir, 'commit', '-q', '-m', 'file');
    git(dir, 'checkout', '-q', '-b', 'feat');
    writeFileSync(join(dir, 'file.txt'), 'feat\n');
    git(dir, 'commit', '-q', '-am', 'feat edit');
    git(dir, 'checkout', '-q', 'main');
    writeFileSync(join(dir, 'file.txt'), 'main\n');
    git(dir, 'commit', '-q', '-am', 'main edit');
    expect(tryGit(dir, ...command).status).not.toBe(0);

    addEvents(dir, { 'late.md': { ts: '2026-01-09T00:00:00Z', agent: 'waffle' } });
    const before = show(dir, 'HEAD', OUTPUT);
    const result = await cli(dir, '--no-confirm', '--commit');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`cannot commit the ledger: a ${operation} is in progress in this worktree`);
    expect(result.stderr).toMatch(/`node \S*cc-synthesize\.mjs resolve` regenerates and stages it/); // the command that works here
    const next = { merge: 'git commit', rebase: 'git rebase --continue', 'cherry-pick': 'git cherry-pick --continue' }[operation];
    expect(result.stderr).toContain(`Finish it first with \`${next}\`, or abort it with \`git ${operation} --abort\`.`);
    expect(git(dir, 'diff', '--name-only', '--', OUTPUT)).toBe('');
    expect(show(dir, 'HEAD', OUTPUT)).toBe(before);
  });

  it('rejects incompatible flags as usage errors (exit 2)', async () => {
    const dir = await ledgerRepo();
    for (const args of [['--check', '--commit'], ['--dry-run', '--commit'], ['--retention-days', '3'], ['--archive', '--retention-days', 'soon'], ['--archive', '--input', 'x/*.md']]) {
      const result = await cli(dir, ...args);
      expect(result.code, args.join(' ')).toBe(2);
    }
    // The refusal names only the flags that were given.
    expect((await cli(dir, '--check', '--commit')).stderr).toContain('--check never writes; drop --commit\n');
  });
});
