import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testdir } from '../helpers/testdir.js';
import {
  EVENTS,
  OUTPUT,
  addEvents,
  cli,
  conflicted,
  expectFresh,
  git,
  ledgerRepo,
  readOutput,
  show,
  synthesizeAndCommit,
  tryGit,
} from './fixture.js';

async function install(dir: string): Promise<string> {
  const result = await cli(dir, 'merge-driver', 'install');
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}

/** main and feat each add one event after the base, regenerate and commit current.md. */
async function divergedBranches(dir: string, featDir = dir): Promise<void> {
  if (featDir === dir) git(dir, 'checkout', '-q', '-b', 'feat');
  addEvents(featDir, { 'feat.md': { ts: '2026-01-02T00:00:00Z', agent: 'waffle', items: ['feature work'] } });
  await synthesizeAndCommit(featDir, 'feat: event');
  if (featDir === dir) git(dir, 'checkout', '-q', 'main');
  addEvents(dir, { 'main.md': { ts: '2026-01-03T00:00:00Z', agent: 'crisp', items: ['main work'] } });
  await synthesizeAndCommit(dir, 'main: event');
}

function expectUnion(dir: string): void {
  const ledger = readOutput(dir);
  expect(ledger).toContain('- feature work');
  expect(ledger).toContain('- main work');
  expect(ledger).toContain('event_count: 3');
}

describe('Pattern B: merge driver + regenerate hooks', () => {
  it('install is idempotent and prints what it changed', async () => {
    const dir = await ledgerRepo();
    const first = await install(dir);
    expect(first).toContain(`added       .gitattributes: /${OUTPUT} merge=ledger-synth`);
    expect(first).toMatch(/added {7}git config merge\.ledger-synth\.driver: echo ledger-synth: kept our side of %P/);
    for (const hook of ['post-merge', 'post-rewrite', 'post-commit']) expect(first).toContain(`added       .git/hooks/${hook}: new hook`);
    expect(git(dir, 'check-attr', 'merge', '--', OUTPUT)).toBe(`${OUTPUT}: merge: ledger-synth\n`);

    const attributes = readFileSync(join(dir, '.gitattributes'), 'utf8');
    const second = await install(dir);
    expect(second).not.toMatch(/^(added|updated)/m);
    expect(second).toContain('Already installed: nothing changed.');
    expect(readFileSync(join(dir, '.gitattributes'), 'utf8')).toBe(attributes);
  });

  it('the driver is a shell echo: it needs no Node, and an older install is updated to it', async () => {
    const dir = await ledgerRepo();
    git(dir, 'config', 'merge.ledger-synth.driver', `'${process.execPath}' '/old/place/cc-synthesize.mjs' merge-driver run %O %A %B %P`);
    expect(await install(dir)).toMatch(/updated {5}git config merge\.ledger-synth\.driver: echo /);
    const driver = git(dir, 'config', '--get', 'merge.ledger-synth.driver');
    expect(driver).not.toContain(process.execPath);
    expect(driver).not.toMatch(/node|cc-synthesize/);
    git(dir, 'add', '.gitattributes');
    git(dir, 'commit', '-q', '-m', 'ledger merge attribute');
    await divergedBranches(dir);
    // With no hooks at all (as if Node had moved and they failed), the merge still never stops on current.md.
    const noHooks = join(dir, '.no-hooks');
    mkdirSync(noHooks);
    const merge = tryGit(dir, '-c', `core.hooksPath=${noHooks}`, 'merge', '--no-edit', 'feat');
    expect(merge.status).toBe(0);
    expect(merge.stderr).toContain(`ledger-synth: kept our side of ${OUTPUT}, it is regenerated`);
    expect(conflicted(dir)).toEqual([]);
  });

  it('git merge completes without a conflict and current.md equals a fresh synthesis of the union', async () => {
    const dir = await ledgerRepo();
    await install(dir);
    git(dir, 'add', '.gitattributes');
    git(dir, 'commit', '-q', '-m', 'ledger merge attribute');
    await divergedBranches(dir);

    const merge = tryGit(dir, 'merge', '--no-edit', 'feat');
    expect(merge.status).toBe(0);
    expect(merge.stderr).toContain('kept our side of'); // the driver ran (a text merge would conflict)
    expect(conflicted(dir)).toEqual([]);
    expect(git(dir, 'rev-list', '--count', '--merges', 'HEAD').trim()).toBe('1');
    await expectFresh(dir, 3); // the post-merge hook regenerated it
    expectUnion(dir);

    // The merge commit holds our side; committing the regenerated file makes HEAD fresh too.
    const commit = await cli(dir, '--no-confirm', '--commit');
    expect(commit.code).toBe(0);
    expect(show(dir, 'HEAD', OUTPUT)).toBe(readOutput(dir));
    expect(git(dir, 'status', '--porcelain')).toBe('');
  });

  it('git rebase completes without stopping and leaves current.md fresh (post-rewrite)', async () => {
    const dir = await ledgerRepo();
    await install(dir);
    git(dir, 'add', '.gitattributes');
    git(dir, 'commit', '-q', '-m', 'ledger merge attribute');
    await divergedBranches(dir);
    git(dir, 'checkout', '-q', 'feat');

    const rebase = tryGit(dir, 'rebase', 'main');
    expect(rebase.status).toBe(0);
    expect(existsSync(join(dir, '.git', 'rebase-merge'))).toBe(false);
    expect(git(dir, 'merge-base', '--is-ancestor', 'main', 'HEAD')).toBe('');
    await expectFresh(dir, 3);
    expectUnion(dir);
  });

  it('git cherry-pick completes and the post-commit hook regenerates current.md', async () => {
    const dir = await ledgerRepo();
    await install(dir);
    git(dir, 'add', '.gitattributes');
    git(dir, 'commit', '-q', '-m', 'ledger merge attribute');
    await divergedBranches(dir);

    const pick = tryGit(dir, 'cherry-pick', 'feat');
    expect(pick.status).toBe(0);
    expect(conflicted(dir)).toEqual([]);
    await expectFresh(dir, 3);
    expectUnion(dir);
  });

  it('two worktrees: each commits its own events; merge and rebase both come out clean and fresh', async () => {
    const dir = await ledgerRepo();
    await install(dir);
    git(dir, 'add', '.gitattributes');
    git(dir, 'commit', '-q', '-m', 'ledger merge attribute');
    const wt = join(testdir({}, 'ledger-synth-wt-'), 'feat');
    git(dir, 'worktree', 'add', '-q', '-b', 'feat', wt);
    await divergedBranches(dir, wt);

    // The worktree shares the clone's config and hooks: rebase it onto main there.
    const rebase = tryGit(wt, 'rebase', 'main');
    expect(rebase.status).toBe(0);
    await expectFresh(wt, 3);
    expectUnion(wt);
    await cli(wt, '--no-confirm', '--commit');

    // Back in the main worktree (which moved on meanwhile), merge the rebased branch.
    addEvents(dir, { 'main2.md': { ts: '2026-01-04T00:00:00Z', agent: 'crisp', items: ['more main work'] } });
    await synthesizeAndCommit(dir, 'main: second event');
    const merge = tryGit(dir, 'merge', '--no-edit', 'feat');
    expect(merge.status).toBe(0);
    expect(conflicted(dir)).toEqual([]);
    await expectFresh(dir, 4);
    expect(readOutput(dir)).toContain('- more main work');
    expect(readOutput(dir)).toContain('- feature work');
  });

  it('without the driver the merge conflicts on current.md, and `resolve` settles it', async () => {
    const dir = await ledgerRepo();
    await divergedBranches(dir);

    const merge = tryGit(dir, 'merge', '--no-edit', 'feat');
    expect(merge.status).toBe(1);
    expect(conflicted(dir)).toEqual([OUTPUT]); // the events themselves never conflict
    expect(readOutput(dir)).toContain('<<<<<<<');

    const resolve = await cli(dir, 'resolve');
    expect(resolve.stderr).toBe('');
    expect(resolve.code).toBe(0);
    expect(resolve.stdout).toContain(`Regenerated ${OUTPUT} from 3 events and staged it.`);
    expect(resolve.stdout).toContain('Continue with: git commit');
    expect(conflicted(dir)).toEqual([]);
    git(dir, 'commit', '-q', '--no-edit');
    await expectFresh(dir, 3);
    expectUnion(dir);
    expect(show(dir, 'HEAD', OUTPUT)).toBe(readOutput(dir));
  });

  it('`resolve` during a merge that also conflicts on another file: settles current.md only, names the other, and the merge concludes fresh', async () => {
    const dir = await ledgerRepo();
    writeFileSync(join(dir, 'notes.txt'), 'base\n');
    git(dir, 'add', 'notes.txt');
    git(dir, 'commit', '-q', '-m', 'notes');
    await divergedBranches(dir);
    git(dir, 'checkout', '-q', 'feat');
    writeFileSync(join(dir, 'notes.txt'), 'feat\n');
    git(dir, 'commit', '-q', '-am', 'feat notes');
    git(dir, 'checkout', '-q', 'main');
    writeFileSync(join(dir, 'notes.txt'), 'main\n');
    git(dir, 'commit', '-q', '-am', 'main notes');

    expect(tryGit(dir, 'merge', '--no-edit', 'feat').status).toBe(1);
    expect(conflicted(dir)).toEqual(['notes.txt', OUTPUT]);
    const resolve = await cli(dir, 'resolve');
    expect(resolve.code).toBe(0);
    expect(resolve.stdout).toContain(`Regenerated ${OUTPUT} from 3 events and staged it.`);
    expect(resolve.stderr).toBe('Still conflicted (not ledger files; resolve these yourself, then `git add` them):\n  notes.txt\n');
    expect(resolve.stdout).toContain('Then continue with: git commit\n');
    expect(conflicted(dir)).toEqual(['notes.txt']);
    writeFileSync(join(dir, 'notes.txt'), 'both\n');
    git(dir, 'add', 'notes.txt');
    git(dir, 'commit', '-q', '--no-edit');
    await expectFresh(dir, 3);
    expect(show(dir, 'HEAD', OUTPUT)).toBe(readOutput(dir));
  });

  it('`resolve` counts in words: one event, not "1 events"', async () => {
    const dir = await ledgerRepo();
    const resolve = await cli(dir, 'resolve');
    expect(resolve.code).toBe(0);
    expect(resolve.stdout).toContain(`Regenerated ${OUTPUT} from 1 event (its content was already fresh) and staged it.`);
  });

  it('`resolve` settles a rebase stopped on current.md, and the rebase continues', async () => {
    const dir = await ledgerRepo();
    await divergedBranches(dir);
    git(dir, 'checkout', '-q', 'feat');

    const rebase = tryGit(dir, 'rebase', 'main');
    expect(rebase.status).not.toBe(0);
    expect(existsSync(join(dir, '.git', 'rebase-merge'))).toBe(true);
    expect(conflicted(dir)).toEqual([OUTPUT]);

    const resolve = await cli(dir, 'resolve');
    expect(resolve.code).toBe(0);
    expect(resolve.stdout).toContain('Continue with: git rebase --continue');
    const cont = tryGit(dir, '-c', 'core.editor=true', 'rebase', '--continue');
    expect(cont.status).toBe(0);
    await expectFresh(dir, 3);
    expect(show(dir, 'HEAD', OUTPUT)).toBe(readOutput(dir));
  });

  it('`resolve` refuses while an event file itself is conflicted, and leaves everything as it was', async () => {
    const dir = await ledgerRepo();
    git(dir, 'checkout', '-q', '-b', 'feat');
    writeFileSync(join(dir, EVENTS, 'base.md'), readFileSync(join(dir, EVENTS, 'base.md'), 'utf8').replace('base', 'edited on feat'));
    git(dir, 'commit', '-q', '-am', 'feat edits an event');
    git(dir, 'checkout', '-q', 'main');
    writeFileSync(join(dir, EVENTS, 'base.md'), readFileSync(join(dir, EVENTS, 'base.md'), 'utf8').replace('base', 'edited on main'));
    git(dir, 'commit', '-q', '-am', 'main edits an event');
    expect(tryGit(dir, 'merge', '--no-edit', 'feat').status).toBe(1);

    const resolve = await cli(dir, 'resolve');
    expect(resolve.code).toBe(1);
    expect(resolve.stderr).toContain('event file(s) are conflicted');
    expect(resolve.stderr).toContain(`${EVENTS}/base.md`);
    expect(conflicted(dir)).toEqual([`${EVENTS}/base.md`]);
  });

  it('chains with an existing shell hook (kept byte for byte) and respects core.hooksPath', async () => {
    const dir = await ledgerRepo();
    git(dir, 'config', 'core.hooksPath', '.githooks');
    const userHook = '#!/bin/sh\n# the user\'s own hook\necho "user hook ran: $1" > "$(git rev-parse --git-dir)/user-hook-ran"\nexit 0\n';
    const hooksDir = join(dir, '.githooks');
    mkdirSync(hooksDir);
    writeFileSync(join(hooksDir, 'post-merge'), userHook);
    chmodSync(join(hooksDir, 'post-merge'), 0o750);
    writeFileSync(join(hooksDir, 'post-commit'), '#!/usr/bin/env python3\nprint("python hook")\n');
    chmodSync(join(hooksDir, 'post-commit'), 0o755);

    const out = await install(dir);
    expect(out).toContain('updated     .githooks/post-merge: added a ledger-synth block to your existing hook');
    expect(out).toContain('added       .githooks/post-rewrite: new hook');
    expect(out).toContain('SKIPPED     .githooks/post-commit: existing hook is not a shell script');
    expect(existsSync(join(dir, '.git', 'hooks', 'post-merge'))).toBe(false);
    const chained = readFileSync(join(hooksDir, 'post-merge'), 'utf8');
    expect(chained.startsWith('#!/bin/sh\n# >>> ledger-synth >>>')).toBe(true);
    expect(chained.endsWith(userHook.slice('#!/bin/sh\n'.length))).toBe(true);
    expect(statSync(join(hooksDir, 'post-merge')).mode & 0o777).toBe(0o751);
    expect(readFileSync(join(hooksDir, 'post-commit'), 'utf8')).toBe('#!/usr/bin/env python3\nprint("python hook")\n');

    // Both the user's hook and ours run on a merge.
    git(dir, 'add', '.gitattributes');
    git(dir, 'commit', '-q', '-m', 'attribute');
    git(dir, 'checkout', '-q', '-b', 'feat');
    addEvents(dir, { 'feat.md': { ts: '2026-01-02T00:00:00Z', agent: 'waffle', items: ['feature work'] } });
    await synthesizeAndCommit(dir, 'feat');
    git(dir, 'checkout', '-q', 'main');
    addEvents(dir, { 'main.md': { ts: '2026-01-03T00:00:00Z', agent: 'crisp', items: ['main work'] } });
    await synthesizeAndCommit(dir, 'main');
    expect(tryGit(dir, 'merge', '--no-edit', 'feat').status).toBe(0);
    expect(readFileSync(join(dir, '.git', 'user-hook-ran'), 'utf8')).toBe('user hook ran: 0\n');
    await expectFresh(dir, 3);

    // Uninstall restores the user's hook exactly and removes only what install added.
    const un = await cli(dir, 'merge-driver', 'uninstall');
    expect(un.code).toBe(0);
    expect(readFileSync(join(hooksDir, 'post-merge'), 'utf8')).toBe(userHook);
    expect(existsSync(join(hooksDir, 'post-rewrite'))).toBe(false);
    expect(readFileSync(join(hooksDir, 'post-commit'), 'utf8')).toBe('#!/usr/bin/env python3\nprint("python hook")\n');
    expect(readFileSync(join(dir, '.gitattributes'), 'utf8')).not.toContain('ledger-synth');
    expect(tryGit(dir, 'config', '--local', '--get', 'merge.ledger-synth.driver').status).toBe(1);
    const again = await cli(dir, 'merge-driver', 'uninstall');
    expect(again.stdout).toContain('Nothing to remove: nothing changed.');
  });

  it('a hook never creates a ledger on a branch that has none', async () => {
    const dir = testdir({}, 'ledger-synth-git-');
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'commit', '-q', '--allow-empty', '-m', 'initial');
    await install(dir);
    git(dir, 'checkout', '-q', '-b', 'feat');
    writeFileSync(join(dir, 'a.txt'), 'a\n');
    git(dir, 'add', 'a.txt');
    git(dir, 'commit', '-q', '-m', 'a');
    git(dir, 'checkout', '-q', 'main');
    writeFileSync(join(dir, 'b.txt'), 'b\n');
    git(dir, 'add', 'b.txt');
    git(dir, 'commit', '-q', '-m', 'b');
    const merge = tryGit(dir, 'merge', '--no-edit', 'feat');
    expect(merge.status).toBe(0);
    expect(merge.stderr).toBe('');
    expect(existsSync(join(dir, OUTPUT))).toBe(false);
  });

  it('the driver is per clone: a clone that never ran install falls back to a conflict, which resolve settles', async () => {
    const origin = await ledgerRepo();
    await install(origin);
    git(origin, 'add', '.gitattributes');
    git(origin, 'commit', '-q', '-m', 'attribute');
    const clone = join(testdir({}, 'ledger-synth-clone-'), 'c');
    git(origin, 'clone', '-q', origin, clone);
    await divergedBranches(clone);
    expect(tryGit(clone, 'merge', '--no-edit', 'feat').status).toBe(1);
    expect(conflicted(clone)).toEqual([OUTPUT]);
    expect((await cli(clone, 'resolve')).code).toBe(0);
    git(clone, 'commit', '-q', '--no-edit');
    await expectFresh(clone, 3);
  });

  it('a clone of an installed repository configures itself: `install` run again (or SessionStart) sets up the driver and hooks, which call the committed copy', async () => {
    const origin = await ledgerRepo();
    expect((await cli(origin, 'install', '--merge-driver')).code).toBe(0);
    // The hooks call the committed copy, relative to the top of the tree: no path into a build checkout.
    const hook = readFileSync(join(origin, '.git/hooks/post-merge'), 'utf8');
    expect(hook).toContain("[ -f .claude/hooks/ledger-synth/cc-synthesize.mjs ] && node .claude/hooks/ledger-synth/cc-synthesize.mjs merge-driver regenerate --hook post-merge");
    expect(hook).not.toContain('packages/cli/dist');
    git(origin, 'add', '-A');
    git(origin, 'commit', '-q', '-m', 'install ledger-synth');
    const clone = join(testdir({}, 'ledger-synth-clone-'), 'c');
    git(origin, 'clone', '-q', origin, clone);
    expect(tryGit(clone, 'config', '--local', '--get', 'merge.ledger-synth.driver').status).toBe(1);
    const again = await cli(clone, 'install');
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('set up the merge driver for current.md in this clone');
    await divergedBranches(clone);
    const merge = tryGit(clone, 'merge', '--no-edit', 'feat');
    expect(merge.status, merge.stderr).toBe(0);
    expect(merge.stderr).toContain('regenerated thoughts/shared/handoffs/current.md after the merge');
    expect(merge.stderr).toContain('commit it with `node .claude/hooks/ledger-synth/cc-synthesize.mjs --no-confirm --commit`');
    expectUnion(clone);
  });
});
