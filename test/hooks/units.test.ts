import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addOurHooks, emptyDraft, mergeDrafts, parseDraftYaml, parseSettingsText, removeOurHooks } from '@ledger-synth/node';
import { hookCommand } from '../../packages/node/src/session/claude-settings.js';
import { parseHookInput } from '../../packages/node/src/session/hook-input.js';
import { parseWorktreeList } from '../../packages/node/src/session/git-state.js';
import { todosFromJsonl } from '../../packages/node/src/session/transcript-todos.js';

// buildSessionSummary: see test/core/session-summary.test.ts.

describe('todosFromJsonl', () => {
  const line = (todos: unknown) => JSON.stringify({ type: 'assistant', message: { content: [{ type: 'text', text: 'hi' }, { type: 'tool_use', name: 'TodoWrite', input: { todos } }] } });

  it('takes the last todo list and splits completed from in progress', () => {
    const text = [line([{ content: 'old', status: 'completed' }]), line([{ content: 'a', status: 'completed' }, { content: 'b', status: 'in_progress' }, { content: 'c', status: 'pending' }])].join('\n');
    expect(todosFromJsonl(text)).toEqual({ completed: ['a'], inProgress: ['b'], found: true });
  });

  it.each([
    ['garbage', 'not json\n{"todos": \n\u0000'],
    ['todos not a list', JSON.stringify({ message: { content: [{ type: 'tool_use', input: { todos: 'x' } }] } })],
    ['wrong item types', line([1, null, 'text', { content: 42, status: 'completed' }, { status: 'completed' }])],
    ['content not a list', JSON.stringify({ message: { content: { todos: [] } } })],
    ['empty', ''],
  ])('tolerates %s', (_label, text) => {
    const result = todosFromJsonl(text);
    expect(result.completed).toEqual([]);
    expect(result.inProgress).toEqual([]);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), (text) => void todosFromJsonl(text)));
  });
});

describe('parseHookInput', () => {
  it('reads the fields we use and ignores wrong types', () => {
    const parsed = parseHookInput(JSON.stringify({ session_id: 'abc', cwd: '/x', source: 5, reason: 'clear', transcript_path: ['no'] }));
    expect(parsed).toEqual({
      ok: true,
      input: { sessionId: 'abc', cwd: '/x', source: undefined, reason: 'clear', transcriptPath: undefined, hookEventName: undefined },
    });
    expect(parseHookInput('').ok).toBe(false);
    expect(parseHookInput('null').ok).toBe(false);
    expect(parseHookInput('{"__proto__": {"session_id": "evil"}}')).toMatchObject({ ok: true, input: { sessionId: undefined } });
  });
});

describe('drafts', () => {
  it('later entries win for now and decisions; lists union in order; answering closes a question', () => {
    const a = { ...emptyDraft(), now: 'A', thisSession: ['x'], decisions: new Map([['k', '1']]), openQuestions: ['q1', 'q2'] };
    const b = { ...emptyDraft(), now: 'B', thisSession: ['x', 'y'], decisions: new Map([['k', '2']]), resolvedQuestions: ['q1'] };
    const merged = mergeDrafts(a, b);
    expect(merged.now).toBe('B');
    expect(merged.thisSession).toEqual(['x', 'y']);
    expect([...merged.decisions]).toEqual([['k', '2']]);
    expect(merged.openQuestions).toEqual(['q2']);
    expect(merged.resolvedQuestions).toEqual(['q1']);
  });

  it('parses YAML sections with the event parser, checkpoints defaulting to now', () => {
    const nowMs = Date.UTC(2026, 0, 10, 12);
    const parsed = parseDraftYaml('now: Go\ncheckpoints:\n- phase: 2\n  status: done\ndecisions:\n  a-b: "c: d"\n', nowMs);
    expect(parsed.ok && parsed.draft.checkpoints).toEqual([{ phase: '2', status: 'done', updated: '2026-01-10T12:00:00Z' }]);
    expect(parsed.ok && [...parsed.draft.decisions]).toEqual([['a-b', 'c: d']]);
    expect(parseDraftYaml('- just a list\n', nowMs).ok).toBe(false);
  });
});

describe('.claude/settings.json merge', () => {
  const unrelated = {
    permissions: { allow: ['Bash(npm test)'] },
    hooks: {
      SessionStart: [{ matcher: 'startup', hooks: [{ type: 'command', command: 'echo hi' }] }],
      PreToolUse: [{ matcher: 'Bash', hooks: [{ type: 'command', command: './check.sh' }] }],
    },
    model: 'opus',
  };

  it('adds both hooks, keeps everything else, and a second merge changes nothing', () => {
    const first = addOurHooks(unrelated);
    expect(first.changed).toBe(true);
    expect(first.settings.permissions).toEqual(unrelated.permissions);
    expect(first.settings.model).toBe('opus');
    const hooks = first.settings.hooks as Record<string, unknown[]>;
    expect(hooks.PreToolUse).toEqual(unrelated.hooks.PreToolUse);
    expect(hooks.SessionStart).toEqual([
      unrelated.hooks.SessionStart[0],
      { hooks: [{ type: 'command', command: hookCommand('session-start.mjs'), timeout: 10 }] },
    ]);
    expect(hooks.SessionEnd).toEqual([{ hooks: [{ type: 'command', command: hookCommand('session-end.mjs'), timeout: 5 }] }]);
    const second = addOurHooks(first.settings);
    expect(second.changed).toBe(false);
    expect(second.settings).toEqual(first.settings);
    expect(removeOurHooks(first.settings).settings).toEqual(unrelated);
  });

  it('replaces an outdated or duplicated entry of ours instead of adding another', () => {
    const old = {
      hooks: {
        SessionEnd: [
          { hooks: [{ type: 'command', command: 'node .claude/hooks/ledger-synth/session-end.mjs' }, { type: 'command', command: 'echo keep' }] },
          { matcher: 'clear', hooks: [{ type: 'command', command: 'node "$CLAUDE_PROJECT_DIR/.claude/hooks/ledger-synth/session-end.mjs"', timeout: 5 }] },
        ],
      },
    };
    const merged = addOurHooks(old);
    const groups = (merged.settings.hooks as Record<string, unknown[]>).SessionEnd!;
    expect(groups).toEqual([{ hooks: [{ type: 'command', command: 'echo keep' }] }, { hooks: [{ type: 'command', command: hookCommand('session-end.mjs'), timeout: 5 }] }]);
    expect(JSON.stringify(merged.settings).match(/session-end\.mjs/g)).toHaveLength(1);
  });

  it('the command quotes the path, so a project directory with spaces stays one argument', () => {
    expect(hookCommand('session-end.mjs')).toBe('node "$CLAUDE_PROJECT_DIR/.claude/hooks/ledger-synth/session-end.mjs"');
  });

  it('refuses malformed settings with E_CONFIG', () => {
    expect(() => parseSettingsText('{ nope', '.claude/settings.json')).toThrow(/not valid JSON/);
    expect(() => parseSettingsText('[]', '.claude/settings.json')).toThrow(/JSON object/);
    expect(() => addOurHooks({ hooks: [] })).toThrow(/"hooks" must be an object/);
    expect(() => addOurHooks({ hooks: { SessionEnd: {} } })).toThrow(/must be a list/);
    expect(parseSettingsText('', 'x')).toEqual({});
  });
});

describe('parseWorktreeList', () => {
  it('reads paths, branches, detached and bare entries', () => {
    const text = 'worktree /repo\nHEAD abc\nbranch refs/heads/main\n\nworktree /repo wt/b\nHEAD def\ndetached\n\nworktree /bare\nbare\n';
    expect(parseWorktreeList(text)).toEqual([
      { path: '/repo', branch: 'main', detached: false, bare: false },
      { path: '/repo wt/b', branch: undefined, detached: true, bare: false },
      { path: '/bare', branch: undefined, detached: false, bare: true },
    ]);
  });
});
