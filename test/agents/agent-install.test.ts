import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planAgentInstall, planAgentUninstall, type InstallChange } from '@ledger-synth/node';
import { CLI } from '../helpers/run-cli.js';
import { testdir } from '../helpers/testdir.js';
import { AGENT_HOOK } from './agent-helpers.js';

const sources = { agentHook: AGENT_HOOK, cli: CLI };

function paths(root: string) {
  return { root, eventsDir: join(root, 'thoughts/shared/handoffs/events'), output: join(root, 'thoughts/shared/handoffs/current.md') };
}

/** Apply a plan the way install does (writes and removes), for a round trip. */
function apply(root: string, changes: readonly InstallChange[]): void {
  for (const change of changes) {
    const full = join(root, change.path);
    if (change.kind === 'write') {
      mkdirSync(join(full, '..'), { recursive: true });
      writeFileSync(full, change.content);
    } else if (change.kind === 'remove') rmSync(full);
  }
}

const summary = (changes: readonly InstallChange[]) => changes.map((c) => `${c.kind} ${c.path}`);

describe('install planning for the other CLIs', () => {
  it.each(['codex', 'gemini'] as const)('%s: bundles and merged config; a second plan changes nothing; uninstall restores', (target) => {
    const root = testdir();
    const dir = target === 'codex' ? '.codex' : '.gemini';
    const file = target === 'codex' ? '.codex/hooks.json' : '.gemini/settings.json';
    const theirs = target === 'codex' ? { hooks: { Stop: [{ hooks: [{ type: 'command', command: 'echo stop' }] }] } } : { theme: 'Dracula' };
    mkdirSync(join(root, dir));
    writeFileSync(join(root, file), `${JSON.stringify(theirs, null, 2)}\n`);
    const first = planAgentInstall(target, paths(root), sources);
    expect(summary(first)).toEqual([`write ${dir}/hooks/ledger-synth/agent-hook.mjs`, `write ${dir}/hooks/ledger-synth/cc-synthesize.mjs`, `write ${file}`]);
    apply(root, first);
    const config = JSON.parse(readFileSync(join(root, file), 'utf8'));
    expect(Object.keys(config.hooks)).toEqual(target === 'codex' ? ['Stop', 'SessionStart', 'SessionEnd'] : ['SessionStart', 'SessionEnd']);
    expect(planAgentInstall(target, paths(root), sources).every((c) => c.kind === 'keep')).toBe(true);
    apply(root, planAgentUninstall(target, paths(root)));
    expect(JSON.parse(readFileSync(join(root, file), 'utf8'))).toEqual(theirs);
    expect(planAgentUninstall(target, paths(root))).toEqual([]);
  });

  it('a config file that held only our hooks is removed on uninstall', () => {
    const root = testdir();
    apply(root, planAgentInstall('codex', paths(root), sources));
    expect(summary(planAgentUninstall('codex', paths(root)))).toEqual([
      'remove .codex/hooks/ledger-synth/agent-hook.mjs',
      'remove .codex/hooks/ledger-synth/cc-synthesize.mjs',
      'remove .codex/hooks.json',
    ]);
  });

  it('agents-md: block with the working command path; uninstall leaves the person\'s AGENTS.md byte for byte', () => {
    const root = testdir({ 'AGENTS.md': '# Rules\r\n\r\nRun tests first.\r\n' });
    const plan = planAgentInstall('agents-md', paths(root), sources);
    expect(summary(plan)).toEqual(['write .agents/ledger-synth/cc-synthesize.mjs', 'write AGENTS.md']);
    apply(root, plan);
    const text = readFileSync(join(root, 'AGENTS.md'), 'utf8');
    expect(text).toContain('node .agents/ledger-synth/cc-synthesize.mjs record --publish');
    expect(text).toContain('thoughts/shared/handoffs/current.md');
    expect(planAgentInstall('agents-md', paths(root), sources).every((c) => c.kind === 'keep')).toBe(true);
    apply(root, planAgentUninstall('agents-md', paths(root)));
    expect(readFileSync(join(root, 'AGENTS.md'), 'utf8')).toBe('# Rules\r\n\r\nRun tests first.\r\n');
  });

  it('bad JSON in the target file: E_CONFIG, nothing planned', () => {
    const root = testdir({ '.gemini/settings.json': '{ "theme": ' });
    expect(() => planAgentInstall('gemini', paths(root), sources)).toThrow(/\.gemini\/settings\.json is not valid JSON/);
  });
});
