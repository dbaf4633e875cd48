import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, initRepo } from '../helpers/git.js';
import { runCli } from '../helpers/run-cli.js';
import { testdir } from '../helpers/testdir.js';
import { DEFAULT_EVENTS, SESSION_END, SESSION_START, endInput, runHook, startInput, startOutput } from '../hooks/hook-helpers.js';
import { checkedStartContext, codexEnd, codexStart, geminiEnd, geminiStart, runAgentHook } from './agent-helpers.js';

const CLAUDE = { session: '3f2a9c1e-1111-4222-8333-444455556666', agent: 'claude-3f2a9c1e' };
const CODEX = { session: '019ac3e0-7a1b-7c2d-9e3f-0a1b2c3d4e5f', agent: 'codex-2c3d4e5f' };
// Started in the same minute as the first Codex session: same v7 timestamp prefix, different agent.
const CODEX_2 = { session: '019ac3e0-9f00-7abc-8def-00112233aabb', agent: 'codex-2233aabb' };
const GEMINI = { session: '5e1f0c2a-93b4-4d6e-8f70-1a2b3c4d5e6f', agent: 'gemini-5e1f0c2a' };

describe('Claude Code, Codex and Gemini sessions in three worktrees share one ledger', () => {
  it("the fourth session's context names all three agents, before and after the merge", async () => {
    const root = testdir();
    const main = join(root, 'main');
    mkdirSync(main);
    initRepo(main);
    writeFileSync(join(main, 'README.md'), '# app\n');
    git(main, 'add', '.');
    git(main, 'commit', '-qm', 'readme');

    const sessions = [
      { name: 'claude', ...CLAUDE, branch: 'feat/parser', now: 'Parser: error recovery', done: 'Wrote the tokenizer' },
      { name: 'codex', ...CODEX, branch: 'feat/cli', now: 'CLI: --json output', done: 'Added the flag parser' },
      { name: 'gemini', ...GEMINI, branch: 'feat/docs', now: 'Docs: install guide', done: 'Drafted the quick start' },
    ];
    for (const s of sessions) {
      const wt = join(root, `wt-${s.name}`);
      git(main, 'worktree', 'add', '-q', '-b', s.branch, wt);
      if (s.name === 'claude') startOutput(await runHook(SESSION_START, wt, startInput(wt, s.session)));
      else if (s.name === 'codex') checkedStartContext('codex', (await runAgentHook('codex', 'session-start', wt, codexStart(wt, s.session))).stdout);
      else checkedStartContext('gemini', (await runAgentHook('gemini', 'session-start', wt, geminiStart(wt, s.session))).stdout);
      const rec = await runCli(['record', '--session', s.session, '--now', s.now, '--done', s.done, '--decision', `${s.name}_choice=yes`], { cwd: wt });
      expect(rec.code, rec.stderr).toBe(0);
      writeFileSync(join(wt, `${s.name}.txt`), `${s.name} work\n`);
      git(wt, 'add', `${s.name}.txt`);
      git(wt, 'commit', '-qm', `${s.name}: work`);
      if (s.name === 'claude') await runHook(SESSION_END, wt, endInput(wt, s.session));
      else if (s.name === 'codex') await runAgentHook('codex', 'session-end', wt, codexEnd(wt, s.session));
      else await runAgentHook('gemini', 'session-end', wt, geminiEnd(wt, s.session));
      git(wt, 'add', DEFAULT_EVENTS);
      git(wt, 'commit', '-qm', `${s.name}: ledger event`);
    }

    // Before any merge: a Codex session in the main checkout sees the three as work in flight elsewhere.
    const before = checkedStartContext('codex', (await runAgentHook('codex', 'session-start', main, codexStart(main, CODEX_2.session))).stdout).context;
    for (const s of sessions) expect(before, `${s.agent} missing before merge:\n${before}`).toContain(s.agent);

    for (const s of sessions) git(main, 'merge', '-q', '--no-edit', s.branch);

    // After the merges: a fourth session (Gemini this time) gets every agent's Now and decisions.
    const fourth = checkedStartContext('gemini', (await runAgentHook('gemini', 'session-start', main, geminiStart(main, 'aaaabbbb-cccc-4ddd-8eee-ffff00001111', 'startup'))).stdout).context;
    if (process.env.LEDGER_SYNTH_PRINT_CONTEXT) process.stderr.write(`${fourth}\n`);
    for (const s of sessions) {
      expect(fourth, `${s.agent} missing:\n${fourth}`).toContain(s.agent);
      expect(fourth).toContain(`${s.name}_choice: yes`);
    }
    // And a Codex session after the merge, within its token budget.
    const codexAfter = checkedStartContext('codex', (await runAgentHook('codex', 'session-start', main, codexStart(main, CODEX_2.session, 'resume'))).stdout).context;
    for (const s of sessions) expect(codexAfter).toContain(s.agent);
    expect(CODEX_2.agent).not.toBe(CODEX.agent);
  });
});
