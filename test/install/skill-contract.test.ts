import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../helpers/run-cli.js';
import { testdir } from '../helpers/testdir.js';

const SKILL = readFileSync(join(REPO_ROOT, 'skills/synthesize-ledgers/SKILL.md'), 'utf8');

const event = (ts: string, agent: string, body: string) => `---\nts: ${ts}\nagent: ${agent}\nbranch: feat/${agent}\n---\n\n${body}`;

// The skill tells the model which fields to read from `--dry-run --json`; a wrong name sends it looking
// for data that is not there. Every "key (sub, keys)" the skill names must exist in the real output.
describe('the /synthesize-ledgers skill matches the CLI it drives', () => {
  it('names only fields that `--dry-run --json` really prints', async () => {
    const dir = testdir({
      'thoughts/shared/handoffs/events/2026-01-10T10-00-00.000Z_toast_a.md': event('2026-01-10T10:00:00Z', 'toast', 'now: A\ndecisions:\n  k: one\n'),
      'thoughts/shared/handoffs/events/2026-01-10T11-00-00.000Z_crisp_b.md': event('2026-01-10T11:00:00Z', 'crisp', 'now: B\ndecisions:\n  k: two\n'),
    });
    const result = await runCli(['--dry-run', '--json'], { cwd: dir });
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as Record<string, unknown>;

    const paragraph = /The JSON has:([\s\S]*?)\n\n/.exec(SKILL)?.[1];
    expect(paragraph, 'SKILL.md describes the --dry-run --json fields').toBeDefined();
    const named = [...paragraph!.matchAll(/`(\w+)`(?:\s*\(([^)]*)\))?/g)];
    expect(named.length).toBeGreaterThan(5);
    for (const [, key, inner] of named) {
      expect(Object.keys(json), `SKILL.md names "${key}"`).toContain(key);
      // "(a, b, c)" or "(from/to)": the fields of that entry (of its first element, for a list).
      const items = inner?.split(/[,/]/).map((item) => item.trim().replace(/`/g, ''));
      if (!items || !items.every((item) => /^\w+$/.test(item))) continue;
      const value = json[key!];
      const sample = (Array.isArray(value) ? value[0] : value) as Record<string, unknown>;
      for (const item of items) expect(Object.keys(sample), `SKILL.md names "${key}.${item}"`).toContain(item);
    }
  });

  it('every plugin path exists after the build: hooks.json commands, the skill, and the CLI the skill falls back to', () => {
    const hooks = JSON.parse(readFileSync(join(REPO_ROOT, 'hooks/hooks.json'), 'utf8')) as { hooks: Record<string, { hooks: { command: string }[] }[]> };
    const commands = Object.values(hooks.hooks).flatMap((groups) => groups.flatMap((group) => group.hooks.map((h) => h.command)));
    expect(commands).toHaveLength(2);
    for (const command of commands) {
      const path = /"\$\{CLAUDE_PLUGIN_ROOT\}\/([^"]+)"/.exec(command)?.[1];
      expect(path, command).toBeDefined();
      expect(existsSync(join(REPO_ROOT, path!)), path).toBe(true);
    }
    const manifest = JSON.parse(readFileSync(join(REPO_ROOT, '.claude-plugin/plugin.json'), 'utf8')) as { name: string };
    expect(manifest.name).toBe('ledger-synth');
    const fallback = /node "\$\{CLAUDE_SKILL_DIR\}\/([^"]+)"/.exec(SKILL)?.[1];
    expect(fallback).toBeDefined();
    expect(existsSync(join(REPO_ROOT, 'skills/synthesize-ledgers', fallback!))).toBe(true);
  });
});
