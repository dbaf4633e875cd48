import { describe, expect, it } from 'vitest';
import {
  addCodexHooks,
  addGeminiHooks,
  agentsMdBlock,
  codexHookCommand,
  formatJsonObject,
  geminiHookCommand,
  parseJsonObject,
  removeCodexHooks,
  removeGeminiHooks,
  replaceAgentsBlock,
} from '@ledger-synth/node';

const someoneElses = { type: 'command', command: 'python3 .codex/hooks/log.py', timeout: 5 };

describe('Codex .codex/hooks.json', () => {
  it('adds SessionStart and SessionEnd handlers in the documented shape', () => {
    const { value, changed, notes } = addCodexHooks({});
    expect(changed).toBe(true);
    expect(notes).toEqual(['add SessionStart hook', 'add SessionEnd hook']);
    expect(value).toEqual({
      hooks: {
        SessionStart: [
          { hooks: [{ type: 'command', command: codexHookCommand('session-start'), timeout: 10, statusMessage: 'Loading the continuity ledger' }] },
        ],
        SessionEnd: [{ hooks: [{ type: 'command', command: codexHookCommand('session-end'), timeout: 3 }] }],
      },
    });
    // Codex caps SessionEnd timeouts at 3 s.
    expect(((value.hooks as any).SessionEnd[0].hooks[0].timeout as number) <= 3).toBe(true);
    expect(codexHookCommand('session-start')).toBe(
      'node "$(git rev-parse --show-toplevel)/.codex/hooks/ledger-synth/agent-hook.mjs" codex session-start',
    );
  });

  it('keeps every other key, event, group and handler; a second install changes nothing', () => {
    const before = {
      model: 'gpt-5',
      hooks: {
        SessionStart: [{ matcher: 'startup', hooks: [someoneElses] }],
        Stop: [{ hooks: [someoneElses] }],
      },
    };
    const once = addCodexHooks(before);
    expect(once.value.model).toBe('gpt-5');
    expect((once.value.hooks as any).Stop).toEqual([{ hooks: [someoneElses] }]);
    expect((once.value.hooks as any).SessionStart[0]).toEqual({ matcher: 'startup', hooks: [someoneElses] });
    expect((once.value.hooks as any).SessionStart).toHaveLength(2);
    const twice = addCodexHooks(once.value);
    expect(twice.changed).toBe(false);
    expect(twice.value).toEqual(once.value);
    // The input object itself is never modified.
    expect(before.hooks.SessionStart).toHaveLength(1);
  });

  it('replaces an outdated handler of ours in place of a duplicate', () => {
    const old = { type: 'command', command: 'node .codex/hooks/ledger-synth/agent-hook.mjs codex session-start', timeout: 60 };
    const { value, notes } = addCodexHooks({ hooks: { SessionStart: [{ hooks: [old, someoneElses] }] } });
    expect(notes).toContain('update SessionStart hook');
    const groups = (value.hooks as any).SessionStart;
    expect(groups[0]).toEqual({ hooks: [someoneElses] });
    expect(groups[1].hooks[0].timeout).toBe(10);
  });

  it('uninstall removes exactly ours, and empty containers', () => {
    const mixed = addCodexHooks({ hooks: { SessionStart: [{ hooks: [someoneElses] }] } }).value;
    const removed = removeCodexHooks(mixed);
    expect(removed.notes).toEqual(['remove SessionStart hook', 'remove SessionEnd hook']);
    expect(removed.value).toEqual({ hooks: { SessionStart: [{ hooks: [someoneElses] }] } });
    expect(removeCodexHooks(addCodexHooks({}).value).value).toEqual({});
    expect(removeCodexHooks(removed.value).changed).toBe(false);
  });

  it('does not take a Gemini handler for a Codex one', () => {
    const gemini = addGeminiHooks({}).value;
    expect(removeCodexHooks(gemini).changed).toBe(false);
  });

  it('refuses malformed files instead of guessing', () => {
    expect(() => parseJsonObject('{ nope', '.codex/hooks.json', 'Codex')).toThrow(/not valid JSON.*nothing was changed/);
    expect(() => addCodexHooks({ hooks: [] })).toThrow(/"hooks" must be an object/);
    expect(() => addCodexHooks({ hooks: { SessionStart: {} } })).toThrow(/must be a list of matcher groups/);
    expect(parseJsonObject(undefined, 'x', 'Codex')).toEqual({});
  });
});

describe('Gemini .gemini/settings.json', () => {
  it('adds named handlers with millisecond timeouts and keeps other settings', () => {
    const before = { theme: 'GitHub', hooksConfig: { enabled: true }, hooks: { BeforeTool: [{ matcher: 'write_file', hooks: [someoneElses] }] } };
    const { value, notes } = addGeminiHooks(before);
    expect(notes).toEqual(['add SessionStart hook', 'add SessionEnd hook']);
    expect(value.theme).toBe('GitHub');
    expect(value.hooksConfig).toEqual({ enabled: true });
    expect((value.hooks as any).BeforeTool).toEqual(before.hooks.BeforeTool);
    expect((value.hooks as any).SessionStart).toEqual([
      { hooks: [{ name: 'ledger-synth-session-start', type: 'command', command: geminiHookCommand('session-start'), timeout: 10_000 }] },
    ]);
    expect((value.hooks as any).SessionEnd[0].hooks[0].timeout).toBe(5_000);
    // $GEMINI_PROJECT_DIR is replaced by a shell-quoted path: never inside double quotes.
    expect(geminiHookCommand('session-end')).toBe('node $GEMINI_PROJECT_DIR/.gemini/hooks/ledger-synth/agent-hook.mjs gemini session-end');
    expect(addGeminiHooks(value).changed).toBe(false);
    expect(removeGeminiHooks(value).value).toEqual(before);
  });

  it('formats with the file\'s own indentation', () => {
    const text = '{\n    "theme": "x"\n}\n';
    const out = formatJsonObject(addGeminiHooks(parseJsonObject(text, 'f', 'Gemini')).value, text);
    expect(out).toMatch(/^\{\n {4}"theme": "x",\n {4}"hooks"/);
    expect(out.endsWith('}\n')).toBe(true);
  });
});

describe('AGENTS.md block', () => {
  const block = agentsMdBlock({
    cliPath: '.agents/ledger-synth/cc-synthesize.mjs',
    eventsDir: 'thoughts/shared/handoffs/events',
    outputPath: 'thoughts/shared/handoffs/current.md',
  });

  it('says how to record (with the working command) and when the ledger is regenerated', () => {
    expect(block).toContain('node .agents/ledger-synth/cc-synthesize.mjs record --publish --agent');
    expect(block).toContain('thoughts/shared/handoffs/current.md');
    expect(block).toMatch(/Regenerated/);
    expect(block.split('\n').length).toBeLessThan(30);
  });

  it('is added after the person\'s text and removed exactly', () => {
    const mine = '# Agents\n\nUse pnpm.\n';
    const added = replaceAgentsBlock(mine, block);
    expect(added).toBe(`${mine}\n${block}\n`);
    expect(replaceAgentsBlock(added, block)).toBe(added);
    expect(replaceAgentsBlock(added, undefined)).toBe(mine);
    expect(replaceAgentsBlock('', block)).toBe(`${block}\n`);
    expect(replaceAgentsBlock(`${block}\n`, undefined)).toBe('');
    expect(replaceAgentsBlock(mine, undefined)).toBe(mine);
  });

  it('replaces an older block in place, keeping text after it', () => {
    const older = `# A\n\n${block.replace('Before you stop', 'Before you go')}\n\n## Later section\n`;
    const updated = replaceAgentsBlock(older, block);
    expect(updated).toBe(`# A\n\n${block}\n\n## Later section\n`);
  });
});
