import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishSessionEnd } from '@ledger-synth/node';
import { git, initRepo } from '../helpers/git.js';
import { runCli } from '../helpers/run-cli.js';
import { testdir } from '../helpers/testdir.js';
import {
  DEFAULT_EVENTS,
  DEFAULT_OUTPUT,
  SESSION_END,
  SESSION_START,
  endInput,
  readEvents,
  runHook,
  spawnHook,
  startInput,
  stderrLines,
  tempFiles,
} from './hook-helpers.js';

const todoLine = (todos: unknown[]) =>
  JSON.stringify({ type: 'assistant', message: { role: 'assistant', content: [{ type: 'tool_use', name: 'TodoWrite', input: { todos } }] } });

describe('SessionEnd hook', () => {
  it('publishes one event with frontmatter, the draft, commits since SessionStart and transcript todos (the real bundles)', async () => {
    const dir = testdir({ 'README.md': 'hi\n' });
    initRepo(dir);
    git(dir, 'commit', '-q', '--allow-empty', '-m', 'before the session');
    const start = await spawnHook(SESSION_START, dir, startInput(dir, 'sess-1'));
    expect(start.code).toBe(0);

    git(dir, 'commit', '-q', '--allow-empty', '-m', 'feat: first change');
    git(dir, 'commit', '-q', '--allow-empty', '-m', 'fix: second change');
    const env = { LEDGER_SYNTH_SESSION: 'sess-1' };
    const recorded = await runCli(
      ['record', '--now', 'Ship the hooks', '--done', 'Wrote the installer', '--decision', 'quoting=double quotes', '--question', 'Which budget?', '--checkpoint', '2:validated'],
      { cwd: dir, env },
    );
    expect(recorded.stderr).toBe('');
    expect(recorded.code).toBe(0);
    const transcript = join(dir, 'transcript.jsonl');
    writeFileSync(
      transcript,
      [
        '{"type":"user","message":{"content":"hello"}}',
        'not json at all',
        todoLine([{ content: 'Old list', status: 'completed' }]),
        todoLine([
          { content: 'Design the event', status: 'completed' },
          { content: 'Measure the hooks', status: 'in_progress' },
          { content: 'Later', status: 'pending' },
        ]),
        '{"truncated": ',
      ].join('\n'),
    );
    const before = readFileSync(join(dir, '.ledger-synth/drafts/sess-1.md'), 'utf8');
    expect(before).toContain('Ship the hooks');

    const end = await spawnHook(SESSION_END, dir, endInput(dir, 'sess-1', 'prompt_input_exit', { transcript_path: transcript }), {
      env: { LEDGER_SYNTH_AGENT: 'toast' },
    });
    expect(end.stderr).toBe('');
    expect(end.code).toBe(0);

    const events = readEvents(join(dir, DEFAULT_EVENTS));
    expect(events).toHaveLength(1);
    const { event, name } = events[0]!;
    expect(name).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.\d{3}Z_toast_[0-9a-f]+\.md$/);
    expect(event.agent).toBe('toast');
    expect(event.branch).toBe('main');
    expect(event.type).toBe('session_end');
    expect(event.reason).toBe('prompt_input_exit');
    expect(event.session).toBe('sess-1');
    expect(Math.abs(event.ts.epochMs - Date.now())).toBeLessThan(5 * 60_000);
    expect(event.now).toBe('Ship the hooks');
    const sha = (message: string) => git(dir, 'log', '--format=%h', `--grep=${message}`).trim();
    expect(event.thisSession).toEqual([
      'Wrote the installer',
      `Committed ${sha('feat: first change')}: feat: first change`,
      `Committed ${sha('fix: second change')}: fix: second change`,
      'Design the event',
    ]);
    // Work still in progress goes to its own key (the fold keeps each agent's latest), not to this_session.
    expect(events[0]!.text).toContain('in_progress:\n- Measure the hooks\n');
    expect(event.thisSession.join('\n')).not.toContain('before the session');
    expect(event.thisSession.join('\n')).not.toContain('Old list');
    expect([...event.decisions]).toEqual([['quoting', 'double quotes']]);
    expect(event.openQuestions).toEqual(['Which budget?']);
    expect(event.checkpoints.map((c) => `${c.phase}:${c.status}`)).toEqual(['2:validated']);
    // Published atomically: no temp file left, the draft is consumed, current.md untouched.
    expect(tempFiles(join(dir, DEFAULT_EVENTS))).toEqual([]);
    expect(existsSync(join(dir, '.ledger-synth/drafts/sess-1.md'))).toBe(false);
    expect(existsSync(join(dir, DEFAULT_OUTPUT))).toBe(false);
  });

  it('uses an in-progress todo as "now" when the session recorded none, and derives the agent from the session', async () => {
    const dir = testdir();
    initRepo(dir);
    const transcript = join(dir, 't.jsonl');
    writeFileSync(transcript, `${todoLine([{ content: 'Refactor the lock', status: 'in_progress' }])}\n`);
    const end = await runHook(SESSION_END, dir, endInput(dir, '9f1c2d3e-aaaa-bbbb', 'clear', { transcript_path: transcript }));
    expect(end.code).toBe(0);
    const [only] = readEvents(join(dir, DEFAULT_EVENTS));
    expect(only!.event.now).toBe('In progress: Refactor the lock');
    expect(only!.event.agent).toBe('claude-9f1c2d3e');
    expect(only!.event.reason).toBe('clear');
    expect(only!.event.thisSession).toEqual([]);
    expect(only!.text).toContain('in_progress:\n- Refactor the lock\n');
  });

  it('writes exactly one event when the hook runs twice (concurrently and again later)', async () => {
    const dir = testdir();
    initRepo(dir);
    await runCli(['record', '--done', 'One thing', '--session', 'dup'], { cwd: dir });
    const input = endInput(dir, 'dup');
    const runs = await Promise.all([runHook(SESSION_END, dir, input), runHook(SESSION_END, dir, input), runHook(SESSION_END, dir, input)]);
    for (const run of runs) expect(run.code).toBe(0);
    const again = await runHook(SESSION_END, dir, input);
    expect(again.code).toBe(0);
    expect(again.stderr).toBe('');
    const events = readEvents(join(dir, DEFAULT_EVENTS));
    expect(events).toHaveLength(1);
    expect(events[0]!.event.thisSession).toEqual(['One thing']);
  });

  it('never rewrites current.md', async () => {
    const dir = testdir({ [DEFAULT_OUTPUT]: 'hand-written ledger\n' });
    initRepo(dir);
    const before = statSync(join(dir, DEFAULT_OUTPUT));
    await runCli(['record', '--done', 'x', '--session', 's'], { cwd: dir });
    const end = await runHook(SESSION_END, dir, endInput(dir, 's'));
    expect(end.code).toBe(0);
    expect(readEvents(join(dir, DEFAULT_EVENTS))).toHaveLength(1);
    expect(readFileSync(join(dir, DEFAULT_OUTPUT), 'utf8')).toBe('hand-written ledger\n');
    expect(statSync(join(dir, DEFAULT_OUTPUT)).mtimeMs).toBe(before.mtimeMs);
  });

  it('publishes nothing for a session that recorded and captured nothing', async () => {
    const dir = testdir();
    initRepo(dir);
    const end = await runHook(SESSION_END, dir, endInput(dir, 'idle'));
    expect(end.code).toBe(0);
    expect(end.stderr).toBe('');
    expect(readEvents(join(dir, DEFAULT_EVENTS))).toEqual([]);
  });

  it('records a detached HEAD as detached@<sha>, an unborn branch by name, and omits the branch outside git', async () => {
    const repo = testdir();
    initRepo(repo);
    git(repo, 'checkout', '-q', '--detach');
    const head = git(repo, 'rev-parse', '--short=7', 'HEAD').trim();
    await runCli(['record', '--done', 'on a detached head', '--session', 'd'], { cwd: repo });
    expect((await runHook(SESSION_END, repo, endInput(repo, 'd'))).code).toBe(0);
    expect(readEvents(join(repo, DEFAULT_EVENTS))[0]!.event.branch).toBe(`detached@${head}`);

    const unborn = testdir();
    git(unborn, 'init', '-q', '-b', 'trunk');
    await runCli(['record', '--done', 'before the first commit', '--session', 'u'], { cwd: unborn });
    expect((await runHook(SESSION_END, unborn, endInput(unborn, 'u'))).stderr).toBe('');
    expect(readEvents(join(unborn, DEFAULT_EVENTS))[0]!.event.branch).toBe('trunk');

    const plain = testdir();
    await runCli(['record', '--done', 'no git here', '--session', 'p'], { cwd: plain });
    const end = await runHook(SESSION_END, plain, endInput(plain, 'p'));
    expect(end.code).toBe(0);
    expect(end.stderr).toBe('');
    const [event] = readEvents(join(plain, DEFAULT_EVENTS));
    expect(event!.event.branch).toBeUndefined();
    expect(event!.event.thisSession).toEqual(['no git here']);
  });

  it('publishes into the worktree the session worked in, even when it started in the main checkout', async () => {
    const main = testdir({}, 'ledger-main-');
    initRepo(main);
    const wt = join(testdir({}, 'ledger-wt-'), 'feature');
    git(main, 'worktree', 'add', '-q', '-b', 'feat/x', wt);
    // Started in the main checkout; recorded one entry there, then moved into the worktree.
    expect((await runHook(SESSION_START, main, startInput(main, 'moved'))).code).toBe(0);
    await runCli(['record', '--done', 'planned in main', '--session', 'moved'], { cwd: main });
    git(wt, 'commit', '-q', '--allow-empty', '-m', 'work in the worktree');
    await runCli(['record', '--now', 'Finishing in the worktree', '--session', 'moved'], { cwd: wt });

    const end = await runHook(SESSION_END, wt, endInput(wt, 'moved'), { env: { CLAUDE_PROJECT_DIR: main } });
    expect(end.stderr).toBe('');
    expect(readEvents(join(main, DEFAULT_EVENTS))).toEqual([]);
    const [event] = readEvents(join(wt, DEFAULT_EVENTS));
    expect(event!.event.branch).toBe('feat/x');
    expect(event!.event.now).toBe('Finishing in the worktree');
    expect(event!.event.thisSession[0]).toBe('planned in main');
    expect(event!.event.thisSession.some((item) => item.endsWith(': work in the worktree'))).toBe(true);
    expect(existsSync(join(main, '.ledger-synth/drafts/moved.md'))).toBe(false);
  });

  it('two sessions of the same agent in the same millisecond publish two distinct files', async () => {
    const dir = testdir();
    initRepo(dir);
    const env = { LEDGER_SYNTH_AGENT: 'toast' };
    await runCli(['record', '--done', 'from session A', '--session', 'A'], { cwd: dir });
    await runCli(['record', '--done', 'from session B', '--session', 'B'], { cwd: dir });
    const nowMs = Date.UTC(2026, 0, 10, 13, 3, 52, 123);
    const results = await Promise.all(
      ['A', 'B'].map((session) => publishSessionEnd({ input: { ...blank(), sessionId: session, cwd: dir, reason: 'other' }, env, nowMs, processCwd: dir })),
    );
    expect(results.map((r) => r.status)).toEqual(['published', 'published']);
    const events = readEvents(join(dir, DEFAULT_EVENTS));
    expect(events).toHaveLength(2);
    expect(new Set(events.map((e) => e.name)).size).toBe(2);
    for (const e of events) {
      expect(e.name.startsWith('2026-01-10T13-03-52.123Z_toast_')).toBe(true);
      expect(e.event.ts.iso).toBe('2026-01-10T13:03:52.123Z');
    }
    expect(events.map((e) => e.event.thisSession[0]).sort()).toEqual(['from session A', 'from session B']);
  });

  it('fails with one stderr line and exit 0 when the input has no session id', async () => {
    const dir = testdir();
    const end = await runHook(SESSION_END, dir, { cwd: dir, hook_event_name: 'SessionEnd', reason: 'other' });
    expect(end.code).toBe(0);
    expect(stderrLines(end)).toHaveLength(1);
    expect(end.stderr).toContain('session_id');
  });
});

function blank() {
  return { sessionId: undefined, transcriptPath: undefined, cwd: undefined, hookEventName: 'SessionEnd', source: undefined, reason: undefined };
}
