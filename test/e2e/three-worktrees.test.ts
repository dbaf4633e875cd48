import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readStartMarker } from '@ledger-synth/node';
import { git, GIT_ENV, initRepo } from '../helpers/git.js';
import { CLI, cleanEnv, runCli } from '../helpers/run-cli.js';
import { testdir } from '../helpers/testdir.js';

const EVENTS = 'thoughts/shared/handoffs/events';
const OUTPUT = 'thoughts/shared/handoffs/current.md';
const FIXTURES = join(import.meta.dirname, '../hooks/fixtures');
const RECORD = 'node "$CLAUDE_PROJECT_DIR/.claude/hooks/ledger-synth/cc-synthesize.mjs" record';

/**
 * Stands in for the Claude Code process of one session: it runs each hook command the way Claude
 * Code does (`sh -c <command>` with the hook JSON on stdin) as its own child, so the hooks see it as
 * their parent, and it stays alive until the session ends or is killed.
 */
const FAKE_CLAUDE = `
import { spawn } from 'node:child_process';
process.on('message', ({ id, command, cwd, env, input }) => {
  const child = spawn('sh', ['-c', command], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  child.on('close', (code) => process.send({ id, code, stdout, stderr }));
  child.stdin.end(input);
});
setInterval(() => {}, 1000);
`;

const running: ChildProcess[] = [];
afterEach(() => {
  for (const child of running.splice(0)) child.kill('SIGKILL');
});

interface HookResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

class Session {
  private readonly envFile: string;
  private readonly claude: ChildProcess;
  get pid(): number {
    return this.claude.pid!;
  }
  private next = 0;
  readonly transcript: string;

  constructor(
    private readonly dir: string,
    readonly id: string,
    scratch: string,
  ) {
    this.envFile = join(scratch, `${id}.env`);
    writeFileSync(this.envFile, '');
    this.transcript = join(scratch, `${id}.jsonl`);
    writeFileSync(this.transcript, '');
    const script = join(scratch, 'fake-claude.mjs');
    writeFileSync(script, FAKE_CLAUDE);
    this.claude = spawn(process.execPath, [script], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    running.push(this.claude);
  }

  private command(event: 'SessionStart' | 'SessionEnd'): string {
    const settings = JSON.parse(readFileSync(join(this.dir, '.claude/settings.json'), 'utf8'));
    const ours = (settings.hooks[event] as { hooks: { command: string }[] }[]).flatMap((g) => g.hooks).filter((h) => h.command.includes('ledger-synth'));
    expect(ours).toHaveLength(1);
    return ours[0]!.command;
  }

  private hook(event: 'SessionStart' | 'SessionEnd', extra: Record<string, string>): Promise<HookResult> {
    const id = this.next++;
    const input = JSON.stringify({ session_id: this.id, transcript_path: this.transcript, cwd: this.dir, hook_event_name: event, ...extra });
    const env = { ...cleanEnv(), ...GIT_ENV, CLAUDE_PROJECT_DIR: this.dir, ...(event === 'SessionStart' ? { CLAUDE_ENV_FILE: this.envFile } : {}) };
    return new Promise((resolve) => {
      const onMessage = (message: HookResult & { id: number }) => {
        if (message.id !== id) return;
        this.claude.off('message', onMessage);
        resolve(message);
      };
      this.claude.on('message', onMessage);
      this.claude.send({ id, command: this.command(event), cwd: this.dir, env, input });
    });
  }

  async start(): Promise<{ stdout: string; context: string; systemMessage: string }> {
    const result = await this.hook('SessionStart', { source: 'startup' });
    expect(result.stderr).toBe('');
    const out = JSON.parse(result.stdout);
    return { stdout: result.stdout, context: out.hookSpecificOutput.additionalContext, systemMessage: out.systemMessage };
  }

  /** A Bash command of the model: the env file first (Claude Code sources it), then the command. */
  bash(command: string): string {
    return execFileSync('sh', ['-c', `. "${this.envFile}" && ${command}`], {
      cwd: this.dir,
      encoding: 'utf8',
      env: { ...cleanEnv(), ...GIT_ENV, CLAUDE_PROJECT_DIR: this.dir },
    });
  }

  /** The model's task tool calls, as Claude Code writes them to the transcript (timestamps of now). */
  transcriptFrom(fixture: string): void {
    let ms = Date.now();
    const text = readFileSync(join(FIXTURES, fixture), 'utf8').replace(/"timestamp":"[^"]+"/g, () => `"timestamp":"${new Date(ms++).toISOString()}"`);
    writeFileSync(this.transcript, text);
  }

  async end(reason = 'prompt_input_exit'): Promise<void> {
    const result = await this.hook('SessionEnd', { reason });
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: '' });
    this.claude.kill();
  }

  /** The terminal is closed: Claude Code dies without running SessionEnd. */
  async kill(): Promise<void> {
    const exited = new Promise((resolve) => this.claude.once('exit', resolve));
    this.claude.kill('SIGKILL');
    await exited;
  }
}

function commit(dir: string, file: string, message: string): string {
  writeFileSync(join(dir, file), `${message}\n`);
  git(dir, 'add', file);
  git(dir, 'commit', '-q', '-m', message);
  return git(dir, 'rev-parse', '--short', 'HEAD').trim();
}

describe('end to end: three worktrees, three sessions (one killed), merges, a fourth session', () => {
  it('the fourth session’s context names every agent’s Now, done items, commits, open questions and latest decisions', async () => {
    const main = testdir({ 'README.md': '# app\n' }, 'ledger-e2e3-');
    initRepo(main);
    execFileSync(process.execPath, [CLI, 'install'], { cwd: main, env: { ...cleanEnv(), ...GIT_ENV }, encoding: 'utf8' });
    git(main, 'add', '-A');
    git(main, 'commit', '-q', '-m', 'install ledger-synth');
    const scratch = testdir({}, 'ledger-e2e3-scratch-');
    const worktrees = { login: join(scratch, 'wt-login'), export: join(scratch, 'wt-export'), ids: join(scratch, 'wt-ids') };
    for (const [name, path] of Object.entries(worktrees)) git(main, 'worktree', 'add', '-q', '-b', `feat/${name}`, path);

    // A: current Claude Code, tasks through TaskCreate/TaskUpdate.
    const a = new Session(worktrees.login, 'aaaaaaaa-1111-4111-8111-111111111111', scratch);
    await a.start();
    a.bash(`${RECORD} --now "Login form with validation" --decision validator=zod --question "Do we need rate limiting on login?"`);
    const aSha = commit(worktrees.login, 'login.ts', 'feat: login form');
    a.transcriptFrom('task-tools.jsonl');
    await a.end();

    // B: an earlier Claude Code, todos through TodoWrite. Overrides A's validator decision later.
    const b = new Session(worktrees.export, 'bbbbbbbb-2222-4222-8222-222222222222', scratch);
    await b.start();
    b.bash(`${RECORD} --now "Faster report export" --done "Measured the export: 40 s for 1M rows" --decision validator=valibot --decision export_format=csv --question "Is gzip acceptable for the export?"`);
    const bSha = commit(worktrees.export, 'export.ts', 'perf: stream the export');
    b.transcriptFrom('todo-write.jsonl');
    await b.end('clear');

    // C: records its notes and commits, then its terminal is closed: no SessionEnd.
    const c = new Session(worktrees.ids, 'cccccccc-3333-4333-8333-333333333333', scratch);
    await c.start();
    c.bash(`${RECORD} --now "Collision-free ids" --done "Reserved SEC ids under a lock" --question "Which prefix for UX ids?" --resolve-question "Do we need rate limiting on login?"`);
    const cSha = commit(worktrees.ids, 'ids.ts', 'feat: id counter');
    // SessionStart recorded the Claude Code process (through the hook's `sh -c`): while it runs, no
    // command publishes the session, however often asked.
    expect(readStartMarker(worktrees.ids, c.id)?.pid).toBe(c.pid);
    expect((await runCli(['--no-confirm'], { cwd: worktrees.ids })).stderr).not.toContain('recovered');
    expect(git(worktrees.ids, 'status', '--porcelain', '--', EVENTS)).toBe('');
    await c.kill();
    expect(git(worktrees.ids, 'status', '--porcelain', '--', EVENTS)).toBe('');

    // The next command in that checkout publishes C's draft and captures as its one event.
    const synth = await runCli(['--no-confirm'], { cwd: worktrees.ids });
    expect(synth.code).toBe(0);
    expect(synth.stderr).toContain('recovered 1 session that ended without SessionEnd (1 event published)');
    const recovered = readFileSync(join(worktrees.ids, EVENTS, git(worktrees.ids, 'ls-files', '--others', '--', EVENTS).trim().replace(`${EVENTS}/`, '')), 'utf8');
    expect(recovered).toContain('reason: recovered');
    expect(recovered).toContain('agent: claude-cccccccc');
    expect(recovered).toContain(`Committed ${cSha}: feat: id counter`);

    // Each branch commits its events; merges never conflict (different files).
    for (const dir of Object.values(worktrees)) {
      git(dir, 'add', EVENTS);
      git(dir, 'commit', '-q', '-m', 'ledger: session event');
    }
    for (const name of Object.keys(worktrees)) git(main, 'merge', '-q', '--no-edit', `feat/${name}`);

    // The fourth session starts in main.
    const d = new Session(main, 'dddddddd-4444-4444-8444-444444444444', scratch);
    const { stdout, context } = await d.start();
    if (process.env.LEDGER_SYNTH_E2E_CONTEXT_OUT) writeFileSync(process.env.LEDGER_SYNTH_E2E_CONTEXT_OUT, context);

    // The ledger (current.md) holds every agent's work, the killed session's notes included.
    const ledger = readFileSync(join(main, OUTPUT), 'utf8');
    const expected = {
      nows: ['Login form with validation', 'Faster report export', 'Collision-free ids'],
      // From TaskCreate/TaskUpdate (A), TodoWrite (B), and `record` (B, and C, the killed session).
      done: ['Write the login form', 'Validate the email field', 'Profile the export', 'Measured the export: 40 s for 1M rows', 'Reserved SEC ids under a lock'],
      commits: [`${aSha}: feat: login form`, `${bSha}: perf: stream the export`, `${cSha}: feat: id counter`],
      inProgress: ['Wire the submit handler', 'Stream rows instead of buffering'],
      // C resolved A's question.
      open: ['Is gzip acceptable for the export?', 'Which prefix for UX ids?'],
      closed: ['Do we need rate limiting on login?'],
      // The deleted task and the completion that failed left no trace.
      never: ['Try a CSS grid layout'],
    };
    for (const text of [...expected.nows, ...expected.done, ...expected.commits, ...expected.inProgress, ...expected.open]) expect(ledger).toContain(text);
    for (const text of [...expected.closed, ...expected.never]) expect(ledger).not.toContain(text);
    // Latest decisions: B's validator, not A's.
    expect(ledger).toMatch(/\*\*validator\*\*: valibot/);
    expect(ledger).not.toMatch(/\*\*validator\*\*: zod/);

    // The context the fourth session receives says the same, within Claude Code's limit.
    expect(stdout.length).toBeLessThan(10_000);
    for (const text of [...expected.nows, ...expected.open]) expect(context).toContain(text);
    for (const text of [...expected.closed, ...expected.never]) expect(context).not.toContain(text);
    expect(context).toMatch(/validator: valibot/);
    expect(context).not.toMatch(/validator: zod/);
    expect(context).toMatch(/export_format: csv/);
    for (const text of [...expected.done, ...expected.commits, ...expected.inProgress]) expect(context).toContain(text);
    expect((await runCli(['--check'], { cwd: main })).code).toBe(0);
    await d.end();
  });
});
