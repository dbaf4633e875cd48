import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, cleanEnv, spawnCli as runCli } from '../helpers/run-cli.js';
import { git, initRepo } from '../helpers/git.js';
import { testdir } from '../helpers/testdir.js';
import { DEFAULT_EVENTS, readEvents } from '../hooks/hook-helpers.js';
import { checkedStartContext, codexEnd, codexStart, geminiEnd, geminiStart } from './agent-helpers.js';

const SESSIONS = { codex: '019ac3e0-7a1b-7c2d-9e3f-0a1b2c3d4e5f', gemini: '5e1f0c2a-93b4-4d6e-8f70-1a2b3c4d5e6f' } as const;

function exampleRepo(): string {
  const dir = testdir();
  initRepo(dir);
  cpSync(join(REPO_ROOT, 'examples/events'), join(dir, DEFAULT_EVENTS), { recursive: true });
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'examples');
  return dir;
}

/**
 * Run an installed hook command the way the CLI does: Codex `sh -c` in the session's cwd; Gemini
 * replaces $GEMINI_PROJECT_DIR with the shell-quoted directory, then `bash -c`.
 */
function runInstalled(cli: 'codex' | 'gemini', repo: string, event: 'SessionStart' | 'SessionEnd', input: object): string {
  const file = cli === 'codex' ? '.codex/hooks.json' : '.gemini/settings.json';
  const config = JSON.parse(readFileSync(join(repo, file), 'utf8'));
  let command: string = config.hooks[event].at(-1).hooks[0].command;
  const env = { ...cleanEnv() };
  if (cli === 'gemini') {
    command = command.replace(/\$GEMINI_PROJECT_DIR/g, `'${repo}'`);
    Object.assign(env, { GEMINI_PROJECT_DIR: repo, GEMINI_SESSION_ID: SESSIONS.gemini, CLAUDE_PROJECT_DIR: repo });
  }
  return execFileSync(cli === 'codex' ? 'sh' : 'bash', ['-c', command], { cwd: repo, env, input: JSON.stringify(input), encoding: 'utf8' });
}

describe.each(['codex', 'gemini'] as const)('%s end to end with the real bundle', (cli) => {
  it('install → SessionStart → record with the command from the context → SessionEnd → uninstall', async () => {
    const repo = exampleRepo();
    const installed = await runCli(['install', '--for', cli], { cwd: repo });
    expect(installed.code, installed.stderr).toBe(0);

    const start = runInstalled(cli, repo, 'SessionStart', cli === 'codex' ? codexStart(repo, SESSIONS.codex) : geminiStart(repo, SESSIONS.gemini));
    const { context } = checkedStartContext(cli, start);
    expect(context).toContain('Now: Document the migration path for legacy current.md files');
    expect(context).toContain('4 events from 3 agents');

    // The model runs exactly the command the context names.
    const record = /`(node .*? record --session "[^"]+")/.exec(context)?.[1];
    expect(record, context).toBeDefined();
    expect(record).toContain(`.${cli}/hooks/ledger-synth/cc-synthesize.mjs`);
    execFileSync('sh', ['-c', `${record} --now "E2E via ${cli}" --done "Ran the installed hooks"`], { cwd: repo, env: cleanEnv(), encoding: 'utf8' });

    const end = runInstalled(cli, repo, 'SessionEnd', cli === 'codex' ? codexEnd(repo, SESSIONS.codex) : geminiEnd(repo, SESSIONS.gemini));
    expect(end).toBe('');
    const mine = readEvents(join(repo, DEFAULT_EVENTS)).filter((e) => e.event.agent.startsWith(`${cli}-`));
    expect(mine.map((e) => e.event.agent)).toEqual([cli === 'codex' ? 'codex-2c3d4e5f' : 'gemini-5e1f0c2a']);
    expect(mine[0]!.text).toContain('Ran the installed hooks');

    const uninstalled = await runCli(['uninstall', '--for', cli], { cwd: repo });
    expect(uninstalled.code, uninstalled.stderr).toBe(0);
    expect(existsSync(join(repo, `.${cli}`))).toBe(false);
    // Events are data: never removed.
    expect(readEvents(join(repo, DEFAULT_EVENTS))).toHaveLength(5);
  });
});

describe('install --for all, uninstall one target', () => {
  it('installs every target; uninstalling one leaves the others and the shared entries in place', async () => {
    const repo = exampleRepo();
    const all = await runCli(['install', '--for', 'all'], { cwd: repo });
    expect(all.code, all.stderr).toBe(0);
    for (const path of ['.claude/settings.json', '.codex/hooks.json', '.gemini/settings.json', 'AGENTS.md', '.agents/ledger-synth/cc-synthesize.mjs']) {
      expect(existsSync(join(repo, path)), path).toBe(true);
    }
    expect((await runCli(['install', '--for', 'all'], { cwd: repo })).stdout).toContain('Nothing to change.');
    const gitignore = readFileSync(join(repo, '.gitignore'), 'utf8');
    expect((await runCli(['uninstall', '--for', 'codex'], { cwd: repo })).code).toBe(0);
    expect(existsSync(join(repo, '.codex'))).toBe(false);
    expect(readFileSync(join(repo, '.gitignore'), 'utf8')).toBe(gitignore);
    expect(existsSync(join(repo, '.gemini/settings.json'))).toBe(true);
    const wrong = await runCli(['install', '--for', 'codx'], { cwd: repo });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/codex/);
    // Everything off: back to the example repository.
    expect((await runCli(['uninstall', '--for', 'all'], { cwd: repo })).code).toBe(0);
    expect(git(repo, 'status', '--porcelain', '--untracked-files=all')).toBe('');
  });
});
