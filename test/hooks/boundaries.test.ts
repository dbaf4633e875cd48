import { execFileSync, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, initRepo } from '../helpers/git.js';
import { runCli } from '../helpers/run-cli.js';
import { testdir } from '../helpers/testdir.js';
import { DEFAULT_EVENTS, SESSION_END, SESSION_START, endInput, readEvents, runHook, spawnHook, startInput } from './hook-helpers.js';

const taskLines = [
  { type: 'assistant', message: { content: [{ type: 'tool_use', id: 't1', name: 'TaskCreate', input: { subject: 'Ship it' } }] } },
  { type: 'user', message: { content: [{ type: 'tool_result', tool_use_id: 't1', content: 'Task #1 created successfully: Ship it' }] }, toolUseResult: { task: { id: '1', subject: 'Ship it' } } },
  { type: 'assistant', message: { content: [{ type: 'tool_use', id: 't2', name: 'TaskUpdate', input: { taskId: '1', status: 'completed' } }] } },
].map((l) => JSON.stringify(l)).join('\n');

async function repoWithDraft(session: string): Promise<string> {
  const dir = testdir();
  initRepo(dir);
  expect((await runHook(SESSION_START, dir, startInput(dir, session))).code).toBe(0);
  expect((await runCli(['record', '--done', `recorded by ${session}`, '--session', session], { cwd: dir })).code).toBe(0);
  return dir;
}

function locks(dir: string): string[] {
  return readdirSync(join(dir, '.ledger-synth/sessions')).filter((name) => name.endsWith('.lock'));
}

describe('SessionEnd never blocks on its transcript_path (issue 12, item 6)', () => {
  it.each([
    ['a FIFO without a writer', (dir: string) => {
      const path = join(dir, 'fifo.jsonl');
      execFileSync('mkfifo', [path]);
      return path;
    }],
    ['a directory', (dir: string) => {
      mkdirSync(join(dir, 'transcript-dir'));
      return join(dir, 'transcript-dir');
    }],
    ['a device', () => '/dev/zero'],
  ])('%s: the event is published without transcript work, and the end lock released', async (_label, make) => {
    const dir = await repoWithDraft('odd');
    const end = await runHook(SESSION_END, dir, endInput(dir, 'odd', 'prompt_input_exit', { transcript_path: make(dir) }));
    expect(end.code).toBe(0);
    expect(end.stderr).toBe('');
    expect(readEvents(join(dir, DEFAULT_EVENTS)).map((e) => e.event.thisSession)).toEqual([['recorded by odd']]);
    expect(locks(dir)).toEqual([]);
  });

  it('a 4 GiB sparse transcript: only its tail is read; the tasks at its end are captured', async () => {
    const dir = await repoWithDraft('sparse');
    const path = join(dir, 'sparse.jsonl');
    writeFileSync(path, '');
    truncateSync(path, 4 * 1024 ** 3);
    execFileSync('sh', ['-c', `printf '\\n%s\\n' "$1" >> "$2"`, 'sh', taskLines, path]);
    const end = await runHook(SESSION_END, dir, endInput(dir, 'sparse', 'prompt_input_exit', { transcript_path: path }));
    expect(end.code).toBe(0);
    expect(readEvents(join(dir, DEFAULT_EVENTS)).map((e) => e.event.thisSession)).toEqual([['recorded by sparse', 'Ship it']]);
    expect(locks(dir)).toEqual([]);
  });

  it('the real bundle, with a FIFO whose writer holds it open: exits 0 promptly, publishes, leaves no lock', async () => {
    const dir = await repoWithDraft('fifo-writer');
    const fifo = join(dir, 'transcript.jsonl');
    execFileSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', `exec 3>"${fifo}"; sleep 60`], { stdio: 'ignore' });
    try {
      const end = await spawnHook(SESSION_END, dir, endInput(dir, 'fifo-writer', 'prompt_input_exit', { transcript_path: fifo }));
      expect(end.code).toBe(0);
      expect(end.stderr).toBe('');
      expect(readEvents(join(dir, DEFAULT_EVENTS)).map((e) => e.event.thisSession)).toEqual([['recorded by fifo-writer']]);
      expect(locks(dir)).toEqual([]);
    } finally {
      writer.kill('SIGKILL');
      try {
        closeSync(openSync(fifo, 'r+'));
      } catch {}
    }
  });
});

describe('entries never leave their repository', () => {
  it('SessionEnd with cwd outside any repository publishes into the checkout the session started in', async () => {
    const dir = await repoWithDraft('wander');
    const elsewhere = testdir({}, 'ledger-tmp-');
    const end = await runHook(SESSION_END, elsewhere, endInput(elsewhere, 'wander'), { env: { CLAUDE_PROJECT_DIR: dir } });
    expect(end.code).toBe(0);
    expect(end.stderr).toBe('');
    expect(readEvents(join(dir, DEFAULT_EVENTS)).map((e) => e.event.thisSession)).toEqual([['recorded by wander']]);
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it('SessionEnd with cwd in another repository: still the session’s own checkout; the other repository is untouched', async () => {
    const dir = await repoWithDraft('other-repo');
    const other = testdir({}, 'ledger-other-');
    initRepo(other);
    git(dir, 'commit', '-q', '--allow-empty', '-m', 'feat: in the session’s repo');
    const end = await runHook(SESSION_END, other, endInput(other, 'other-repo'), { env: { CLAUDE_PROJECT_DIR: dir } });
    expect(end.code).toBe(0);
    const [event] = readEvents(join(dir, DEFAULT_EVENTS));
    expect(event!.event.thisSession[0]).toBe('recorded by other-repo');
    expect(event!.event.thisSession[1]).toMatch(/^Committed [0-9a-f]+: feat: in the session’s repo$/);
    expect(readdirSync(other)).toEqual(['.git']);
  });

  it('SessionEnd whose cwd and project dir are both outside any repository writes nothing anywhere', async () => {
    const elsewhere = testdir({}, 'ledger-tmp-');
    const end = await runHook(SESSION_END, elsewhere, endInput(elsewhere, 'nowhere', 'other', { transcript_path: join(elsewhere, 't.jsonl') }));
    expect(end.code).toBe(0);
    expect(end.stderr).toBe('');
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it('SessionStart outside any repository does nothing and says so in one line', async () => {
    const elsewhere = testdir({}, 'ledger-tmp-');
    const start = await runHook(SESSION_START, elsewhere, startInput(elsewhere, 'outside'));
    expect(start.code).toBe(0);
    expect(start.stderr).toBe('');
    const output = JSON.parse(start.stdout) as { systemMessage: string; hookSpecificOutput: { additionalContext: string } };
    expect(output.systemMessage).toMatch(/^ledger-synth: .* is not in a git repository or ledger root .*nothing recorded or synthesized$/);
    expect(output.systemMessage).not.toContain('\n');
    expect(output.hookSpecificOutput.additionalContext).toBe('');
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(existsSync(join(elsewhere, '.ledger-synth'))).toBe(false);
  });
});
