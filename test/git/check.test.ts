import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { GIT_ENV } from '../helpers/git.js';
import { CLI, REPO_ROOT } from '../helpers/run-cli.js';
import { testdir } from '../helpers/testdir.js';
import { EVENTS, OUTPUT, addEvents, cli, expectFresh, git, ledgerRepo, synthesizeAndCommit, tryGit } from './fixture.js';

/**
 * main moved on (an event at Jan 3, regenerated); feat committed an older event (Jan 2) without
 * regenerating. Merging feat is clean for git (current.md changed on one side only) but leaves
 * current.md stale: the classic Pattern A failure that CI must catch.
 */
async function staleMerge(): Promise<string> {
  const dir = await ledgerRepo();
  git(dir, 'checkout', '-q', '-b', 'feat');
  addEvents(dir, { 'feat.md': { ts: '2026-01-02T00:00:00Z', agent: 'waffle', items: ['feature work'] } });
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'feat: event only');
  git(dir, 'checkout', '-q', 'main');
  addEvents(dir, { 'main.md': { ts: '2026-01-03T00:00:00Z', agent: 'crisp', items: ['main work'] } });
  await synthesizeAndCommit(dir, 'main: event');
  expect(tryGit(dir, 'merge', '--no-edit', 'feat').status).toBe(0);
  return dir;
}

/** A bare remote for `dir` and the example pre-push hook installed; `push(cc)` pushes main with CC_SYNTHESIZE=cc. */
function withPrePushHook(dir: string): { remote: string; push: (cc: string) => SpawnSyncReturns<string> } {
  const remote = testdir({}, 'ledger-synth-remote-');
  git(remote, 'init', '-q', '--bare');
  git(dir, 'remote', 'add', 'origin', remote);
  const hook = join(dir, '.git', 'hooks', 'pre-push');
  copyFileSync(join(REPO_ROOT, 'examples/git-hooks/pre-push'), hook);
  chmodSync(hook, 0o755);
  const push = (cc: string) =>
    spawnSync('git', ['push', '-q', 'origin', 'main'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...GIT_ENV, CC_SYNTHESIZE: cc } });
  return { remote, push };
}

function shallowClone(origin: string): string {
  const clone = join(testdir({}, 'ledger-synth-shallow-'), 'clone');
  git(origin, 'clone', '-q', '--depth', '1', pathToFileURL(origin).href, clone);
  expect(git(clone, 'rev-parse', '--is-shallow-repository').trim()).toBe('true');
  expect(git(clone, 'rev-list', '--count', 'HEAD').trim()).toBe('1');
  return clone;
}

describe('--check as a CI gate', () => {
  it('fails on a branch whose current.md is stale, naming the unreflected (older) event, and passes after re-synthesis', async () => {
    const dir = await staleMerge();
    const check = await cli(dir, '--check');
    expect(check.code).toBe(1);
    expect(check.stderr).toContain(`${OUTPUT} is stale:`);
    expect(check.stderr).toContain('1 older event(s) not reflected (e.g. merged from another branch):');
    expect(check.stderr).toContain('  + feat.md (waffle, 2026-01-02T00:00:00Z)');
    expect(check.stderr).not.toContain('main.md');

    expect((await cli(dir, '--no-confirm', '--commit')).code).toBe(0);
    await expectFresh(dir, 3);
  });

  it('works in a `git clone --depth 1` (file:// URL): no history needed', async () => {
    const dir = await staleMerge();
    const stale = await cli(shallowClone(dir), '--check', '--strict');
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('+ feat.md (waffle, 2026-01-02T00:00:00Z)');

    expect((await cli(dir, '--no-confirm', '--commit')).code).toBe(0);
    const fresh = await cli(shallowClone(dir), '--check', '--strict');
    expect(fresh.stderr).toBe('');
    expect(fresh.code).toBe(0);
  });

  it('the example GitHub workflow: its check step, run as written in a shallow clone, fails stale and passes fresh', async () => {
    const workflow = parseYaml(readFileSync(join(REPO_ROOT, 'examples/github-actions/ledger-check.yml'), 'utf8'));
    expect(Object.keys(workflow.on)).toContain('pull_request');
    const steps: { uses?: string; with?: Record<string, unknown>; run?: string; env?: Record<string, string> }[] = workflow.jobs['ledger-check'].steps;
    const checkout = steps.find((step) => step.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with?.['fetch-depth']).toBe(1);
    // No npx of an unpublished package name, no action on the retired Node 20 runtime (v4 and older).
    for (const step of steps) {
      expect(step.run ?? '').not.toMatch(/\bnpx\b/);
      if (step.uses) expect(Number(/@v(\d+)$/.exec(step.uses)?.[1])).toBeGreaterThanOrEqual(5);
    }
    const check = steps.find((step) => step.run?.includes('--check --strict'))!;
    const runStep = (cwd: string) =>
      spawnSync('bash', ['-e', '-c', check.run!], { cwd, encoding: 'utf8', env: { ...process.env, ...GIT_ENV, ...check.env } });

    const dir = await staleMerge();
    const vendored = check.env!.LEDGER_SYNTH_CLI!;
    const bare = runStep(shallowClone(dir));
    expect(bare.status).toBe(2);
    expect(bare.stdout).toContain(`::error::${vendored} is not in this commit`);

    mkdirSync(join(dir, dirname(vendored)), { recursive: true });
    copyFileSync(CLI, join(dir, vendored));
    git(dir, 'add', vendored);
    git(dir, 'commit', '-q', '-m', 'vendor the CLI');
    const stale = runStep(shallowClone(dir));
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain('+ feat.md (waffle, 2026-01-02T00:00:00Z)');

    expect((await cli(dir, '--no-confirm', '--commit')).code).toBe(0);
    const fresh = runStep(shallowClone(dir));
    expect(fresh.stderr).toBe('');
    expect(fresh.status).toBe(0);
  });

  it('the example pre-push hook blocks pushing a stale current.md and lets a fresh one through', async () => {
    const dir = await staleMerge();
    const { remote, push: pushWith } = withPrePushHook(dir);
    const push = () => pushWith(`${process.execPath} ${CLI}`);

    const blocked = push();
    expect(blocked.status).not.toBe(0);
    expect(blocked.stderr).toContain('+ feat.md (waffle, 2026-01-02T00:00:00Z)');
    expect(blocked.stderr).toContain('pre-push: refs/heads/main: the committed current.md is stale');
    expect(tryGit(remote, 'rev-parse', '--verify', '-q', 'refs/heads/main').status).not.toBe(0);

    // The working copy being fresh is not enough: the hook checks the commit being pushed.
    expect((await cli(dir, '--no-confirm')).code).toBe(0);
    expect(push().status).not.toBe(0);
    git(dir, 'commit', '-q', '-m', 'ledger', '--', OUTPUT);
    const allowed = push();
    expect(allowed.stderr).toBe('');
    expect(allowed.status).toBe(0);
    expect(git(remote, 'rev-parse', 'main')).toBe(git(dir, 'rev-parse', 'HEAD'));
  });

  it('the pre-push hook says so when the CLI cannot run or the config is bad, instead of calling current.md stale', async () => {
    const dir = await ledgerRepo();
    const { remote, push } = withPrePushHook(dir);

    const missing = push('/nonexistent/cc-synthesize');
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toContain('pre-push: could not run `/nonexistent/cc-synthesize`');
    expect(missing.stderr).toContain('CC_SYNTHESIZE');
    expect(missing.stderr).not.toContain('stale');

    writeFileSync(join(dir, '.ledger-synth.yaml'), 'retention_days: many\n');
    git(dir, 'add', '.ledger-synth.yaml');
    git(dir, 'commit', '-q', '-m', 'bad config');
    const config = push(`${process.execPath} ${CLI}`);
    expect(config.status).not.toBe(0);
    expect(config.stderr).toContain('pre-push: refs/heads/main: cc-synthesize could not check the ledger (exit 2: usage or configuration error, see above)');
    expect(config.stderr).not.toContain('is stale');
    expect(tryGit(remote, 'rev-parse', '--verify', '-q', 'refs/heads/main').status).not.toBe(0);
  });

  it('names events newer than the recorded latest_ts (written since the last synthesis)', async () => {
    const dir = await ledgerRepo();
    addEvents(dir, { 'local.md': { ts: '2026-02-01T00:00:00Z', agent: 'scone' } });
    const check = await cli(dir, '--check');
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('1 event(s) newer than the recorded latest_ts 2026-01-01T00:00:00Z:');
    expect(check.stderr).toContain(`  + local.md (scone, 2026-02-01T00:00:00Z)`);
    expect(git(dir, 'status', '--porcelain', '--', EVENTS)).toContain('local.md');
  });
});
