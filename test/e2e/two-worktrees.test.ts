import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFooter } from '@ledger-synth/core';
import { git, GIT_ENV, initRepo } from '../helpers/git.js';
import { CLI, cleanEnv, runCli } from '../helpers/run-cli.js';
import { testdir } from '../helpers/testdir.js';

const EVENTS = 'thoughts/shared/handoffs/events';
const OUTPUT = 'thoughts/shared/handoffs/current.md';

/**
 * A Claude Code session, driven the way Claude Code drives it: the hook commands exactly as
 * `install` wrote them into .claude/settings.json, run by `sh -c` with CLAUDE_PROJECT_DIR and
 * CLAUDE_ENV_FILE set and the hook JSON on stdin; the model's Bash commands source the env file.
 */
class Session {
  private readonly envFile: string;
  constructor(
    private readonly projectDir: string,
    private readonly cwd: string,
    readonly id: string,
    scratch: string,
  ) {
    this.envFile = join(scratch, `${id}.env`);
    writeFileSync(this.envFile, '');
  }

  private command(event: 'SessionStart' | 'SessionEnd'): string {
    const settings = JSON.parse(readFileSync(join(this.projectDir, '.claude/settings.json'), 'utf8'));
    const groups = settings.hooks[event] as { hooks: { command: string }[] }[];
    const ours = groups.flatMap((g) => g.hooks).filter((h) => h.command.includes('ledger-synth'));
    expect(ours).toHaveLength(1);
    return ours[0]!.command;
  }

  private hook(event: 'SessionStart' | 'SessionEnd', extra: Record<string, string>): string {
    const input = JSON.stringify({ session_id: this.id, transcript_path: join(this.cwd, 'none.jsonl'), cwd: this.cwd, hook_event_name: event, ...extra });
    return execFileSync('sh', ['-c', this.command(event)], {
      cwd: this.cwd,
      input,
      encoding: 'utf8',
      env: { ...cleanEnv(), ...GIT_ENV, CLAUDE_PROJECT_DIR: this.projectDir, ...(event === 'SessionStart' ? { CLAUDE_ENV_FILE: this.envFile } : {}) },
    });
  }

  start(): { context: string; systemMessage: string } {
    const out = JSON.parse(this.hook('SessionStart', { source: 'startup' }));
    return { context: out.hookSpecificOutput.additionalContext, systemMessage: out.systemMessage };
  }

  /** A Bash command of the model: the env file first, then the command. */
  bash(command: string): string {
    return execFileSync('sh', ['-c', `. "${this.envFile}" && ${command}`], {
      cwd: this.cwd,
      encoding: 'utf8',
      env: { ...cleanEnv(), ...GIT_ENV, CLAUDE_PROJECT_DIR: this.projectDir },
    });
  }

  end(reason = 'prompt_input_exit'): void {
    expect(this.hook('SessionEnd', { reason })).toBe('');
  }
}

const RECORD = 'node "$CLAUDE_PROJECT_DIR/.claude/hooks/ledger-synth/cc-synthesize.mjs" record';

function installedRepo(extraInstallArgs: string[] = []): { main: string; wt: string; scratch: string } {
  const main = testdir({ 'README.md': '# app\n' }, 'ledger-e2e-');
  initRepo(main);
  execFileSync(process.execPath, [CLI, 'install', ...extraInstallArgs], {
    cwd: main,
    env: { ...cleanEnv(), ...GIT_ENV },
    encoding: 'utf8',
  });
  git(main, 'add', '-A');
  git(main, 'commit', '-q', '-m', 'install ledger-synth');
  const scratch = testdir({}, 'ledger-e2e-scratch-');
  const wt = join(scratch, 'wt b');
  git(main, 'worktree', 'add', '-q', '-b', 'feat/b', wt);
  return { main, wt, scratch };
}

describe('end to end: two sessions in two worktrees, merged', () => {
  it('record + SessionEnd in each worktree, merge, SessionStart → one unified ledger', async () => {
    const { main, wt, scratch } = installedRepo();

    // Session A works in the main checkout.
    const a = new Session(main, main, 'aaaaaaaa-1111', scratch);
    expect(a.start().context).toContain('0 events');
    a.bash(`${RECORD} --now "Ship the hooks" --done "Wrote the installer" --decision quoting="double quotes" --question "Which context budget?"`);
    writeFileSync(join(main, 'a.txt'), 'a\n');
    a.bash('git add a.txt && git commit -q -m "feat: installer"');
    a.end();
    expect(readdirSync(join(main, EVENTS)).filter((n) => n.endsWith('.md'))).toHaveLength(1);

    // Session B works in the worktree (Claude Code started there). It sees A's work in flight.
    const b = new Session(wt, wt, 'bbbbbbbb-2222', scratch);
    const bStart = b.start();
    expect(bStart.context).toContain('0 events');
    expect(bStart.context).toMatch(/In flight elsewhere[^\n]*\n- [^\n]*\[main\]: [^\n]*claude-aaaaaaaa: Ship the hooks/);
    b.bash(`${RECORD} --now "Build the id allocator" --done "Reserved ids under a lock" --decision quoting="single quotes" --decision ids=counter`);
    b.bash(`${RECORD} --resolve-question "Which context budget?" --checkpoint ids:validated`);
    writeFileSync(join(wt, 'b.txt'), 'b\n');
    b.bash('git add b.txt && git commit -q -m "feat: id allocator"');
    b.end('clear');
    expect(readdirSync(join(wt, EVENTS)).filter((n) => n.endsWith('.md'))).toHaveLength(1);
    expect(readdirSync(join(main, EVENTS)).filter((n) => n.endsWith('.md'))).toHaveLength(1);

    // Each branch commits its own event; the merge cannot conflict (different files).
    git(main, 'add', EVENTS);
    git(main, 'commit', '-q', '-m', 'ledger: session A');
    git(wt, 'add', EVENTS);
    git(wt, 'commit', '-q', '-m', 'ledger: session B');
    git(main, 'merge', '-q', '--no-edit', 'feat/b');
    expect(readdirSync(join(main, EVENTS)).filter((n) => n.endsWith('.md'))).toHaveLength(2);

    // The next session in main sees one unified ledger.
    const c = new Session(main, main, 'cccccccc-3333', scratch);
    const { context, systemMessage } = c.start();
    expect(context).toContain('2 events from 2 agents combined');
    expect(context).toContain('Now: Build the id allocator');
    expect(context).not.toContain('Which context budget?');
    expect(context).toContain('- quoting: single quotes (claude-bbbbbbbb');
    expect(context).toContain('- ids: counter (claude-bbbbbbbb');
    expect(context).not.toContain('In flight elsewhere');
    expect(systemMessage).toContain('ledger-synth: 2 events from 2 agents');

    const ledger = readFileSync(join(main, OUTPUT), 'utf8');
    expect(parseFooter(ledger)?.eventCount).toBe(2);
    const section = (name: string) => ledger.split(`## ${name}\n\n`)[1]!.split('\n\n## ')[0]!;
    expect(section('Now')).toContain('Build the id allocator');
    const done = section('This session');
    for (const item of ['- Wrote the installer', ': feat: installer', '- Reserved ids under a lock', ': feat: id allocator']) expect(done).toContain(item);
    // Grouped per agent, most recently active first; each item under the agent that did it.
    const [, bSection, aSection] = done.split(/^### /m);
    expect(bSection).toMatch(/^claude-bbbbbbbb\n[^]*- Reserved ids under a lock _\(feat\/b, /);
    expect(aSection).toMatch(/^claude-aaaaaaaa\n[^]*- Wrote the installer _\(main, /);
    expect(section('Decisions')).toMatch(/^- \*\*ids\*\*: counter _\(claude-bbbbbbbb, [^)]+\)_\n- \*\*quoting\*\*: single quotes _\(claude-/);
    expect(section('Checkpoints')).toMatch(/phase ids: validated/);
    expect(section('Open questions')).toBe('_None._');
    expect(section('Agents')).toMatch(/\| claude-aaaaaaaa \| 1 \| main \|/);
    expect(section('Agents')).toMatch(/\| claude-bbbbbbbb \| 1 \| feat\/b \|/);

    // Same as a clean synthesis by the CLI, and a second SessionStart leaves it untouched.
    const check = await runCli(['--check'], { cwd: main });
    expect(check.code).toBe(0);
    c.start();
    expect(readFileSync(join(main, OUTPUT), 'utf8')).toBe(ledger);
    // Local state never shows up in git.
    expect(git(main, 'status', '--porcelain')).toBe(`?? ${OUTPUT}\n`);
  });

  it('with --merge-driver, worktrees that both committed current.md still merge without a conflict', async () => {
    const { main, wt, scratch } = installedRepo(['--merge-driver']);
    for (const [dir, id, now] of [
      [main, 'dddddddd-4444', 'Main work'],
      [wt, 'eeeeeeee-5555', 'Branch work'],
    ] as const) {
      const session = new Session(dir, dir, id, scratch);
      session.start();
      session.bash(`${RECORD} --now "${now}"`);
      session.end();
      session.start(); // regenerates this worktree's current.md from its own event
      git(dir, 'add', '-A');
      git(dir, 'commit', '-q', '-m', `ledger: ${now}`);
    }
    expect(readFileSync(join(main, OUTPUT), 'utf8')).not.toBe(readFileSync(join(wt, OUTPUT), 'utf8'));
    // The driver is per clone: the worktree shares main's .git/config.
    git(main, 'merge', '-q', '--no-edit', 'feat/b');
    const next = new Session(main, main, 'ffffffff-6666', scratch);
    expect(next.start().context).toContain('2 events from 2 agents combined');
    expect(parseFooter(readFileSync(join(main, OUTPUT), 'utf8'))?.eventCount).toBe(2);
    expect(existsSync(join(main, '.git/MERGE_HEAD'))).toBe(false);
  });
});
