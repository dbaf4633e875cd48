import { describe, expect, it } from 'vitest';
import { agentIdFor, approxCodexTokens, cliProfile } from '@ledger-synth/node';

describe('agent ids say which tool wrote the event', () => {
  it.each([
    ['claude', '3f2a9c1e-1111-4222-8333-444455556666', 'claude-3f2a9c1e'],
    ['gemini', 'a1b2c3d4-1111-4222-8333-444455556666', 'gemini-a1b2c3d4'],
    // Codex thread ids are UUID v7: the first 8 digits are a timestamp shared by sessions started together.
    ['codex', '019ac3e0-7a1b-7c2d-9e3f-0a1b2c3d4e5f', 'codex-2c3d4e5f'],
    ['codex', 'not-a-uuid-session', 'codex-not-a-uu'],
  ] as const)('%s %s → %s', (cli, session, id) => {
    expect(agentIdFor(cli, session)).toBe(id);
  });

  it('two Codex sessions started in the same minute get different ids', () => {
    expect(agentIdFor('codex', '019ac3e0-7a1b-7c2d-9e3f-0a1b2c3d4e5f')).not.toBe(agentIdFor('codex', '019ac3e0-7a1c-7000-8000-ffffeeeedddd'));
  });
});

describe("Codex's token estimate", () => {
  it.each([
    ['', 0],
    ['abcd', 1],
    ['abcde', 2],
    // bytes/4 = 3; lexical: "hello"=2, ","=1, "world"=2 → 5
    ['hello, world', 5],
    ['- **x**: y', 8],
    ['ééé', 2],
  ])('%j → %i', (text, tokens) => {
    expect(approxCodexTokens(text)).toBe(tokens);
  });

  it('punctuation-heavy text counts more than bytes/4', () => {
    const text = '- a: b (c, d) [e]\n'.repeat(100);
    expect(approxCodexTokens(text)).toBeGreaterThan(Math.ceil(text.length / 4));
  });
});

describe('profiles', () => {
  it('Codex gets a smaller budget and a token check; no systemMessage on success', () => {
    const codex = cliProfile('codex');
    expect(codex.contextBudget).toBeLessThan(cliProfile('claude').contextBudget);
    expect(codex.contextFits('x'.repeat(8_000))).toBe(true); // one long word: 2,000 tokens
    expect(codex.contextFits('x '.repeat(4_500))).toBe(false); // 4,500 words: 4,500 tokens
    expect(codex.startOutput({ additionalContext: 'ctx', systemMessage: 'note' })).toEqual({
      hookSpecificOutput: { hookEventName: 'SessionStart', additionalContext: 'ctx' },
    });
    expect(codex.end.deadlineMs).toBeLessThan(3_000);
  });

  it('Gemini and Claude Code get the context and a status line', () => {
    for (const cli of ['gemini', 'claude'] as const) {
      expect(cliProfile(cli).startOutput({ additionalContext: 'ctx', systemMessage: 'note' })).toEqual({
        hookSpecificOutput: { hookEventName: 'SessionStart', additionalContext: 'ctx' },
        systemMessage: 'note',
      });
    }
  });

  it('parses each CLI\'s documented payloads into the common input', () => {
    const codexStart = { session_id: 's1', transcript_path: null, cwd: '/r', hook_event_name: 'SessionStart', model: 'gpt-5', permission_mode: 'default', source: 'resume' };
    const parsed = cliProfile('codex').parseInput(JSON.stringify(codexStart));
    expect(parsed).toEqual({ ok: true, input: { sessionId: 's1', transcriptPath: undefined, cwd: '/r', hookEventName: 'SessionStart', source: 'resume', reason: undefined } });
    const geminiEnd = { session_id: 's2', transcript_path: '/t.json', cwd: '/r', hook_event_name: 'SessionEnd', timestamp: '2026-01-01T00:00:00Z', reason: 'exit' };
    const end = cliProfile('gemini').parseInput(JSON.stringify(geminiEnd));
    expect(end.ok && end.input.reason).toBe('exit');
  });
});
