import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { approxCodexTokens } from '@ledger-synth/node';
import { initRepo } from '../helpers/git.js';
import { runCli } from '../helpers/run-cli.js';
import { testdir } from '../helpers/testdir.js';
import { DEFAULT_EVENTS, SESSION_END, endInput, eventFile, readEvents, runHook, writeManyEvents } from '../hooks/hook-helpers.js';
import { checkedStartContext, codexEnd, codexStart, geminiEnd, geminiStart, runAgentHook } from './agent-helpers.js';

const CODEX_SESSION = '019ac3e0-7a1b-7c2d-9e3f-0a1b2c3d4e5f';
const GEMINI_SESSION = '5e1f0c2a-93b4-4d6e-8f70-1a2b3c4d5e6f';

function repoWithEvent(): string {
  const dir = testdir();
  initRepo(dir);
  const events = join(dir, DEFAULT_EVENTS);
  writeManyEvents(events, 0);
  const body = 'now: Ship the parser\nthis_session:\n- Wrote the tokenizer\ndecisions:\n  parser: "hand-written"\nopen_questions:\n- Streaming input?\n';
  writeFileSync(join(events, '2026-01-05T10-00-00.000Z_claude-aaaa1111_x.md'), eventFile('2026-01-05T10:00:00Z', 'claude-aaaa1111', body));
  return dir;
}

describe('Codex CLI hooks', () => {
  it.each(['startup', 'resume', 'clear', 'compact'] as const)('SessionStart (%s) returns the handoff in hookSpecificOutput.additionalContext', async (source) => {
    const dir = repoWithEvent();
    const result = await runAgentHook('codex', 'session-start', dir, codexStart(dir, CODEX_SESSION, source));
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const { context, output } = checkedStartContext('codex', result.stdout);
    // Codex shows any systemMessage as a warning: none on success.
    expect(output.systemMessage).toBeUndefined();
    expect(context).toContain('Now: Ship the parser');
    expect(context).toContain('parser: hand-written');
    expect(context).toContain('Streaming input?');
    // The model is told a record command that names its session (Codex may not source env files).
    expect(context).toContain(`record --session "${CODEX_SESSION}"`);
    expect(existsSync(join(dir, '.ledger-synth/sessions', `${CODEX_SESSION}.start.json`))).toBe(true);
  });

  it('stays under 2,500 Codex tokens however big the ledger is', async () => {
    const dir = testdir();
    initRepo(dir);
    writeManyEvents(join(dir, DEFAULT_EVENTS), 400);
    const result = await runAgentHook('codex', 'session-start', dir, codexStart(dir, CODEX_SESSION));
    const { context } = checkedStartContext('codex', result.stdout);
    expect(approxCodexTokens(context)).toBeLessThanOrEqual(2_200);
    expect(context).toMatch(/left out|more/i); // says what was left out
  });

  it('a punctuation-heavy ledger (one Codex token per character) is shrunk until it fits', async () => {
    const dir = testdir();
    initRepo(dir);
    const events = join(dir, DEFAULT_EVENTS);
    writeManyEvents(events, 0);
    for (let i = 0; i < 30; i++) {
      const body = `now: "${'+-'.repeat(100)}"\ndecisions:\n  k${i}: "${'(),;'.repeat(50)}"\nopen_questions:\n- "${'?!'.repeat(100)} ${i}"\n`;
      const ts = new Date(Date.UTC(2026, 0, 2, 0, i)).toISOString();
      writeFileSync(join(events, `${ts.replace(/:/g, '-')}_p${i}_x.md`), eventFile(ts, `p${i}`, body));
    }
    const result = await runAgentHook('codex', 'session-start', dir, codexStart(dir, CODEX_SESSION));
    const { context } = checkedStartContext('codex', result.stdout);
    // At the 6,000-character default this text would be ~4,000 Codex tokens.
    expect(context.length).toBeLessThan(4_000);
    expect(approxCodexTokens(context)).toBeLessThanOrEqual(2_200);
    expect(approxCodexTokens(context)).toBeGreaterThan(1_500); // shrunk step by step, not emptied
  });

  it('exports the session id into CODEX_ENV_FILE (once, even when CLAUDE_ENV_FILE names the same file)', async () => {
    const dir = repoWithEvent();
    const envFile = join(dir, 'codex-env');
    await runAgentHook('codex', 'session-start', dir, codexStart(dir, CODEX_SESSION), { CODEX_ENV_FILE: envFile, CLAUDE_ENV_FILE: envFile });
    expect(readFileSync(envFile, 'utf8')).toBe(`export LEDGER_SYNTH_SESSION='${CODEX_SESSION}'\n`);
  });

  it('SessionEnd publishes the recorded draft as codex-<last 8 of the v7 id>, silently', async () => {
    const dir = repoWithEvent();
    await runAgentHook('codex', 'session-start', dir, codexStart(dir, CODEX_SESSION));
    const rec = await runCli(['record', '--session', CODEX_SESSION, '--now', 'Wire Codex', '--done', 'Added hooks.json'], { cwd: dir });
    expect(rec.code).toBe(0);
    const end = await runAgentHook('codex', 'session-end', dir, codexEnd(dir, CODEX_SESSION));
    expect(end).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const mine = readEvents(join(dir, DEFAULT_EVENTS)).filter((e) => e.event.agent.startsWith('codex-'));
    expect(mine).toHaveLength(1);
    expect(mine[0]!.event.agent).toBe('codex-2c3d4e5f');
    expect(mine[0]!.text).toContain('reason: other');
    expect(mine[0]!.text).toContain('Added hooks.json');
    // A second SessionEnd (Codex tears down a thread once, but be safe) publishes nothing twice.
    await runAgentHook('codex', 'session-end', dir, codexEnd(dir, CODEX_SESSION));
    expect(readEvents(join(dir, DEFAULT_EVENTS)).filter((e) => e.event.agent.startsWith('codex-'))).toHaveLength(1);
  });
});

describe('record in the shells the CLIs give the model', () => {
  it('Codex: CODEX_THREAD_ID names the session (no --session needed); --publish names codex-<8>', async () => {
    const dir = repoWithEvent();
    await runAgentHook('codex', 'session-start', dir, codexStart(dir, CODEX_SESSION));
    const env = { CODEX_THREAD_ID: CODEX_SESSION };
    const staged = await runCli(['record', '--done', 'Staged from a Codex shell'], { cwd: dir, env });
    expect(staged.code, staged.stderr).toBe(0);
    expect(staged.stdout).toContain(`.ledger-synth/drafts/${CODEX_SESSION}.md`);
    const published = await runCli(['record', '--publish', '--now', 'Published from Codex'], { cwd: dir, env });
    expect(published.code, published.stderr).toBe(0);
    expect(readEvents(join(dir, DEFAULT_EVENTS)).map((e) => e.event.agent)).toContain('codex-2c3d4e5f');
  });

  it('Gemini: --publish --session of a Gemini session names gemini-<8> (from its start marker)', async () => {
    const dir = repoWithEvent();
    await runAgentHook('gemini', 'session-start', dir, geminiStart(dir, GEMINI_SESSION));
    const published = await runCli(['record', '--publish', '--session', GEMINI_SESSION, '--now', 'From Gemini'], { cwd: dir, env: { GEMINI_CLI: '1' } });
    expect(published.code, published.stderr).toBe(0);
    expect(readEvents(join(dir, DEFAULT_EVENTS)).map((e) => e.event.agent)).toContain('gemini-5e1f0c2a');
  });
});

describe('a publisher that does not know the CLI (recovery, a Claude-side hook) names the agent from the start marker', () => {
  it('a Codex session published by the plain SessionEnd path is still codex-<8>', async () => {
    const dir = repoWithEvent();
    await runAgentHook('codex', 'session-start', dir, codexStart(dir, CODEX_SESSION));
    expect(JSON.parse(readFileSync(join(dir, '.ledger-synth/sessions', `${CODEX_SESSION}.start.json`), 'utf8')).cli).toBe('codex');
    await runCli(['record', '--session', CODEX_SESSION, '--done', 'Recorded in Codex'], { cwd: dir });
    // publishRun without a cli option: what recovery and the Claude hook call.
    await runHook(SESSION_END, dir, endInput(dir, CODEX_SESSION));
    expect(readEvents(join(dir, DEFAULT_EVENTS)).map((e) => e.event.agent)).toContain('codex-2c3d4e5f');
  });
});

describe('Gemini CLI hooks', () => {
  it.each(['startup', 'resume', 'clear'] as const)('SessionStart (%s) returns context and a status line', async (source) => {
    const dir = repoWithEvent();
    const result = await runAgentHook('gemini', 'session-start', dir, geminiStart(dir, GEMINI_SESSION, source));
    expect(result.code).toBe(0);
    const { context, output } = checkedStartContext('gemini', result.stdout);
    expect(typeof output.systemMessage).toBe('string');
    expect(context).toContain('Now: Ship the parser');
    expect(context).toContain(`record --session "${GEMINI_SESSION}"`);
  });

  it('stays within the budget on a big ledger', async () => {
    const dir = testdir();
    initRepo(dir);
    writeManyEvents(join(dir, DEFAULT_EVENTS), 400);
    const result = await runAgentHook('gemini', 'session-start', dir, geminiStart(dir, GEMINI_SESSION));
    expect(checkedStartContext('gemini', result.stdout).context.length).toBeLessThanOrEqual(8_000);
  });

  it.each(['exit', 'clear', 'logout', 'prompt_input_exit', 'other'] as const)('SessionEnd (%s) publishes as gemini-<8>', async (reason) => {
    const dir = repoWithEvent();
    await runAgentHook('gemini', 'session-start', dir, geminiStart(dir, GEMINI_SESSION));
    await runCli(['record', '--session', GEMINI_SESSION, '--done', 'Ported the CLI'], { cwd: dir });
    const end = await runAgentHook('gemini', 'session-end', dir, geminiEnd(dir, GEMINI_SESSION, reason));
    expect(end).toMatchObject({ code: 0, stdout: '' });
    const mine = readEvents(join(dir, DEFAULT_EVENTS)).filter((e) => e.event.agent === 'gemini-5e1f0c2a');
    expect(mine).toHaveLength(1);
    expect(mine[0]!.text).toContain(`reason: ${reason}`);
  });

  it('a SessionEnd that finds nothing recorded publishes nothing', async () => {
    const dir = repoWithEvent();
    await runAgentHook('gemini', 'session-start', dir, geminiStart(dir, GEMINI_SESSION));
    await runAgentHook('gemini', 'session-end', dir, geminiEnd(dir, GEMINI_SESSION));
    expect(readEvents(join(dir, DEFAULT_EVENTS))).toHaveLength(1);
  });
});

describe('bad input never blocks a session', () => {
  it.each(['codex', 'gemini'] as const)('%s: malformed stdin → exit 0, one stderr line, nothing on stdout', async (cli) => {
    const dir = repoWithEvent();
    const { testHookWorld } = await import('../hooks/hook-helpers.js');
    const { agentHook } = await import('@ledger-synth/node');
    const world = testHookWorld({ cwd: dir, stdin: '{"session_id": ' });
    expect(await agentHook(cli, 'session-end', world, { hookDir: undefined })).toBe(0);
    expect(world.out()).toBe('');
    expect(world.err().trim().split('\n')).toHaveLength(1);
  });
});
