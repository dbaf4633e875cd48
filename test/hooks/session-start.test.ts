import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFooter } from '@ledger-synth/core';
import { git, initRepo } from '../helpers/git.js';
import { CLI, cleanEnv } from '../helpers/run-cli.js';
import { waitPastChanges } from '../helpers/racy.js';
import { testdir } from '../helpers/testdir.js';
import { waitFor } from '../fault/process.js';
import {
  DEFAULT_EVENTS,
  DEFAULT_OUTPUT,
  SESSION_START,
  eventFile,
  runHook,
  spawnHook,
  startInput,
  startOutput,
  writeManyEvents,
} from './hook-helpers.js';

const E = DEFAULT_EVENTS;

function twoEventRepo(): string {
  const dir = testdir({
    [`${E}/2026-01-10T13-03-52.000Z_toast_a1.md`]: eventFile(
      '2026-01-10T13:03:52Z',
      'toast',
      'now: Fix hooks for paths with spaces\nthis_session:\n- Wrapped hooks\ndecisions:\n  bash_c_wrapper: "Use bash -c"\nopen_questions:\n- Keep npx?\n',
      'feat/fix-hooks',
    ),
    [`${E}/2026-01-11T08-00-00.000Z_crisp_c3.md`]: eventFile(
      '2026-01-11T08:00:00Z',
      'crisp',
      'now: Create PR to upstream\ndecisions:\n  single_quotes_outer: "Single quotes outside"\nresolved_questions:\n- Keep npx?\nopen_questions:\n- Who reviews?\n',
    ),
  });
  initRepo(dir);
  return dir;
}

describe('SessionStart hook', () => {
  it('synthesizes and returns the summary JSON: counts, now, questions, decisions, events newest first (the real bundle)', async () => {
    const dir = twoEventRepo();
    const result = await spawnHook(SESSION_START, dir, startInput(dir, 's1'));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const { context, systemMessage } = startOutput(result);
    expect(context).toContain('2 events from 2 agents combined, latest 2026-01-11T08:00:00Z');
    expect(context).toContain(`${DEFAULT_OUTPUT} was regenerated.`);
    expect(context).toContain('Now: Create PR to upstream\n  (crisp, 2026-01-11T08:00:00Z)');
    expect(context).toContain('  Open questions it raised:\n  - Who reviews?');
    expect(context).not.toContain('Keep npx?');
    expect(context).toContain('Decisions, newest first (2):\n- single_quotes_outer: Single quotes outside (crisp, 2026-01-11T08:00:00Z)\n- bash_c_wrapper: Use bash -c');
    // Per agent, most recently active first (session-summary/2).
    const crisp = context.indexOf('crisp (last event 2026-01-11T08:00:00Z, branch main):\n  Now: Create PR to upstream');
    const toast = context.indexOf('toast (last event 2026-01-10T13:03:52Z, branch feat/fix-hooks):\n  Now: Fix hooks for paths with spaces\n  Done and committed (1, newest first):\n  - Wrapped hooks');
    expect(crisp).toBeGreaterThan(0);
    expect(toast).toBeGreaterThan(crisp);
    expect(context).toMatch(/Recording: .*cc-synthesize\.mjs" record --now/);
    expect(systemMessage).not.toContain('\n');
    expect(systemMessage).toContain('ledger-synth: 2 events from 2 agents');
    expect(systemMessage).toContain('now: Create PR to upstream');
    // current.md was written and is a valid synthesized ledger.
    const ledger = readFileSync(join(dir, DEFAULT_OUTPUT), 'utf8');
    expect(parseFooter(ledger)?.eventCount).toBe(2);
  });

  it('does not rewrite current.md when nothing changed, and gives context for every source', async () => {
    const dir = twoEventRepo();
    expect((await runHook(SESSION_START, dir, startInput(dir, 'first'))).code).toBe(0);
    const output = join(dir, DEFAULT_OUTPUT);
    const before = readFileSync(output, 'utf8');
    const mtime = statSync(output).mtimeMs;
    for (const source of ['startup', 'resume', 'clear', 'compact', 'fork']) {
      const result = await runHook(SESSION_START, dir, startInput(dir, `s-${source}`, source));
      expect(result.code).toBe(0);
      const { context } = startOutput(result);
      expect(context).toContain(`${DEFAULT_OUTPUT} is up to date.`);
      expect(context).toContain('Now: Create PR to upstream');
    }
    expect(readFileSync(output, 'utf8')).toBe(before);
    expect(statSync(output).mtimeMs).toBe(mtime);
  });

  it('stays within the budget at 5,000 events (default 8,000 and a configured 2,000)', async () => {
    const dir = testdir();
    initRepo(dir);
    writeManyEvents(join(dir, E), 5_000);
    // A budget no busy machine reaches: this test is about the context budget, not time (see 'time budget').
    const result = await runHook(SESSION_START, dir, startInput(dir, 'big'), { env: { LEDGER_SYNTH_START_BUDGET_MS: '600000', LEDGER_SYNTH_CACHE_RACY_MS: '0' } });
    expect(result.code).toBe(0);
    const { context, systemMessage } = startOutput(result);
    expect(context.length).toBeLessThanOrEqual(8_000);
    expect(context).toContain('5000 events from 13 agents combined');
    expect(context).toMatch(/\nagent-7 \(last event 2026-01-04T11:19:00Z[^\n]*\n  Now: Working on item 4999 with/);
    expect(context).toMatch(/\nLeft out to fit the budget: [^\n]+ The full ledger is [^\n]+$/);
    expect(result.stdout.length).toBeLessThan(10_000);
    expect(systemMessage.length).toBeLessThan(400);

    writeFileSync(join(dir, '.ledger-synth.yaml'), 'context_budget: 2000\n');
    const small = startOutput(await runHook(SESSION_START, dir, startInput(dir, 'small'), { env: { LEDGER_SYNTH_START_BUDGET_MS: '600000', LEDGER_SYNTH_CACHE_RACY_MS: '0' } }));
    expect(small.context.length).toBeLessThanOrEqual(2_000);
    expect(small.context).toContain('Now: Working on item 4999');

    // A budget above Claude Code's 10,000-character cut is clamped below it.
    writeFileSync(join(dir, '.ledger-synth.yaml'), 'context_budget: 50000\n');
    const large = startOutput(await runHook(SESSION_START, dir, startInput(dir, 'large'), { env: { LEDGER_SYNTH_START_BUDGET_MS: '600000', LEDGER_SYNTH_CACHE_RACY_MS: '0' } }));
    expect(large.context.length).toBeLessThan(10_000);
  });

  it('loads a legacy current.md as is (truncated to the budget) when there is no events directory', async () => {
    const legacy = `# Ledger\n\nNow: migrating\n\n${'- an old line of the hand-kept ledger\n'.repeat(600)}`;
    const dir = testdir({ [DEFAULT_OUTPUT]: legacy });
    initRepo(dir);
    const result = await runHook(SESSION_START, dir, startInput(dir, 'legacy'));
    expect(result.code).toBe(0);
    const { context, systemMessage } = startOutput(result);
    expect(context.length).toBeLessThanOrEqual(8_000);
    expect(context).toContain('Now: migrating');
    expect(context).toContain('legacy');
    expect(context).toContain('truncated to the context budget');
    expect(systemMessage).toContain('legacy');
    expect(readFileSync(join(dir, DEFAULT_OUTPUT), 'utf8')).toBe(legacy);
    expect(existsSync(join(dir, E))).toBe(false);
  });

  it('shows events of sibling worktrees as in flight elsewhere, read-only', async () => {
    const main = twoEventRepo();
    git(main, 'add', '-A');
    git(main, 'commit', '-q', '-m', 'events');
    const wt = join(testdir({}, 'ledger-sibling-'), 'wt-b');
    git(main, 'worktree', 'add', '-q', '-b', 'feat/b', wt);
    writeFileSync(
      join(wt, E, '2026-01-12T09-00-00.000Z_waffle_w1.md'),
      eventFile('2026-01-12T09:00:00Z', 'waffle', 'now: Building the ids allocator\n', 'feat/b'),
    );
    const result = await runHook(SESSION_START, main, startInput(main, 'sib'));
    const { context, systemMessage } = startOutput(result);
    expect(context).toContain('In flight elsewhere');
    expect(context).toMatch(/- .*wt-b \[feat\/b\]: 2026-01-12T09:00:00Z waffle: Building the ids allocator/);
    // Not merged into this worktree's ledger.
    expect(context).toContain('Now: Create PR to upstream');
    expect(readFileSync(join(main, DEFAULT_OUTPUT), 'utf8')).not.toContain('ids allocator');
    expect(systemMessage).toContain('1 in flight in other worktrees');
    // The events already shared with the sibling are not listed as elsewhere.
    expect(context).not.toMatch(/wt-b.*toast/);
  });

  it('exports the session id through CLAUDE_ENV_FILE so `record` finds the draft', async () => {
    const dir = twoEventRepo();
    const envFile = join(testdir(), 'env.sh');
    writeFileSync(envFile, 'export OTHER=1\n');
    expect((await runHook(SESSION_START, dir, startInput(dir, "abc-'quoted"), { env: { CLAUDE_ENV_FILE: envFile } })).code).toBe(0);
    const text = readFileSync(envFile, 'utf8');
    expect(text).toBe(`export OTHER=1\nexport LEDGER_SYNTH_SESSION='abc-'\\''quoted'\n`);
    // What a later Bash command sees, via a real shell:
    const shown = execFileSync('sh', ['-c', `. "${envFile}" && node "${CLI}" record --show --json`], { cwd: dir, env: cleanEnv(), encoding: 'utf8' });
    expect(JSON.parse(shown).session).toBe("abc-'quoted");
  });

  it('still summarizes when CLAUDE_ENV_FILE cannot be written', async () => {
    const dir = twoEventRepo();
    const result = await runHook(SESSION_START, dir, startInput(dir, 'envdir'), { env: { CLAUDE_ENV_FILE: testdir() } });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(startOutput(result).context).toContain('Now: Create PR to upstream');
  });

  it('summarizes without writing when another process holds the lock', async () => {
    const dir = twoEventRepo();
    const lock = join(dir, 'thoughts/shared/handoffs/.synth.lock');
    // A live holder on this host (this test process): the hook must not break it.
    writeFileSync(lock, JSON.stringify({ pid: process.pid, host: hostname(), token: 'held', acquiredAt: new Date().toISOString() }));
    const result = await runHook(SESSION_START, dir, startInput(dir, 'locked'));
    expect(result.code).toBe(0);
    const { context, systemMessage } = startOutput(result);
    expect(context).toContain('Another synthesis holds the lock');
    expect(context).toContain('Now: Create PR to upstream');
    expect(systemMessage).toContain('lock busy');
    expect(existsSync(join(dir, DEFAULT_OUTPUT))).toBe(false);
    expect(JSON.parse(readFileSync(lock, 'utf8')).token).toBe('held');
  });
});

describe('SessionStart time budget', () => {
  it('past its budget it answers from the committed current.md (saying so), releases the lock, and a background synthesis catches up', async () => {
    const dir = twoEventRepo();
    const output = join(dir, DEFAULT_OUTPUT);
    expect((await runHook(SESSION_START, dir, startInput(dir, 'first'))).code).toBe(0);
    const before = readFileSync(output, 'utf8');
    writeFileSync(join(dir, E, '2026-01-12T09-00-00.000Z_waffle_d4.md'), eventFile('2026-01-12T09:00:00Z', 'waffle', 'now: Ship it\n'));

    // A budget of 0 ms: the read stops at its first check, whatever the machine's speed.
    const result = await runHook(SESSION_START, dir, startInput(dir, 'late'), { env: { LEDGER_SYNTH_START_BUDGET_MS: '0' } });
    expect(result.code).toBe(0);
    const { context, systemMessage } = startOutput(result);
    expect(context).toContain(`the committed ${DEFAULT_OUTPUT}, shown as written`);
    expect(context).toContain('Now: Create PR to upstream');
    expect(context).not.toContain('Ship it');
    expect(systemMessage).toContain('a full synthesis is running in the background');
    expect(existsSync(join(dir, 'thoughts/shared/handoffs/.synth.lock'))).toBe(false);
    // The detached CLI writes the ledger with the new event.
    await waitFor(() => readFileSync(output, 'utf8').includes('Ship it'), 'the background synthesis');
    await waitFor(() => !existsSync(join(dir, 'thoughts/shared/handoffs/.synth.lock')), 'the background synthesis to finish');
    expect(readFileSync(output, 'utf8')).not.toBe(before);
  });

  it('with no current.md yet it says so instead of summarizing nothing', async () => {
    const dir = twoEventRepo();
    const result = await runHook(SESSION_START, dir, startInput(dir, 'cold'), { env: { LEDGER_SYNTH_START_BUDGET_MS: '0' } });
    const { context } = startOutput(result);
    expect(context).toContain(`${DEFAULT_OUTPUT} does not exist yet`);
    await waitFor(() => existsSync(join(dir, DEFAULT_OUTPUT)), 'the background synthesis');
    await waitFor(() => !existsSync(join(dir, 'thoughts/shared/handoffs/.synth.lock')), 'the background synthesis to finish');
  });
});
