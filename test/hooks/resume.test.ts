import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, initRepo } from '../helpers/git.js';
import { runCli } from '../helpers/run-cli.js';
import { testdir } from '../helpers/testdir.js';
import { DEFAULT_EVENTS, SESSION_END, SESSION_START, endInput, readEvents, runHook, startInput } from './hook-helpers.js';

// `claude --resume <id>` / `--continue` can bring back a session that already ended under the same
// session_id. Its SessionEnd then runs a second time; what the resumed part did must not be lost.
describe('a session resumed after it ended (same session id)', () => {
  it('publishes a second event with only what happened after the resume; a doubled end still adds nothing', async () => {
    const dir = testdir();
    initRepo(dir);
    const env = { LEDGER_SYNTH_SESSION: 'again' };
    expect((await runHook(SESSION_START, dir, startInput(dir, 'again', 'startup'))).code).toBe(0);
    await runCli(['record', '--done', 'before the break'], { cwd: dir, env });
    git(dir, 'commit', '-q', '--allow-empty', '-m', 'feat: first part');
    // One transcript for both runs (a resume appends to it); its only todo list is from the first run.
    const transcript = join(dir, 'transcript.jsonl');
    const todos = [{ content: 'Planned in the first run', status: 'completed' }];
    const todoLine = { type: 'assistant', timestamp: new Date().toISOString(), message: { content: [{ type: 'tool_use', name: 'TodoWrite', input: { todos } }] } };
    writeFileSync(transcript, `${JSON.stringify(todoLine)}\n`);
    const withTranscript = { transcript_path: transcript };
    expect((await runHook(SESSION_END, dir, endInput(dir, 'again', 'prompt_input_exit', withTranscript))).code).toBe(0);
    expect(readEvents(join(dir, DEFAULT_EVENTS)).map((e) => e.event.thisSession)).toEqual([
      ['before the break', `Committed ${git(dir, 'rev-parse', '--short', 'HEAD').trim()}: feat: first part`, 'Planned in the first run'],
    ]);

    expect((await runHook(SESSION_START, dir, startInput(dir, 'again', 'resume'))).code).toBe(0);
    const recorded = await runCli(['record', '--done', 'after the resume'], { cwd: dir, env });
    expect(recorded.code).toBe(0);
    expect(recorded.stderr).toBe(''); // no "already ended" note: the session is running again
    git(dir, 'commit', '-q', '--allow-empty', '-m', 'feat: second part');
    const end = () => runHook(SESSION_END, dir, endInput(dir, 'again', 'other', withTranscript));
    const ends = await Promise.all([end(), end()]);
    for (const end of ends) expect(end.stderr).toBe('');

    const events = readEvents(join(dir, DEFAULT_EVENTS));
    expect(events).toHaveLength(2);
    const second = events.find((e) => e.event.thisSession.includes('after the resume'))!.event;
    expect(second.session).toBe('again');
    expect(second.thisSession.filter((item) => item.startsWith('Committed '))).toEqual([
      `Committed ${git(dir, 'rev-parse', '--short', 'HEAD').trim()}: feat: second part`,
    ]);
    expect(second.thisSession).toEqual(['after the resume', second.thisSession[1]]); // nothing of the first run, todos included
    expect((await runHook(SESSION_END, dir, endInput(dir, 'again'))).code).toBe(0);
    expect(readEvents(join(dir, DEFAULT_EVENTS))).toHaveLength(2);
  });

  it('works when the session started in the main checkout and ended in a worktree', async () => {
    const main = testdir({}, 'ledger-main-');
    initRepo(main);
    const wt = join(testdir({}, 'ledger-wt-'), 'feature');
    git(main, 'worktree', 'add', '-q', '-b', 'feat/r', wt);
    const env = { LEDGER_SYNTH_SESSION: 'moved', CLAUDE_PROJECT_DIR: main };
    expect((await runHook(SESSION_START, main, startInput(main, 'moved'), { env })).code).toBe(0);
    await runCli(['record', '--done', 'first part in the worktree'], { cwd: wt, env });
    expect((await runHook(SESSION_END, wt, endInput(wt, 'moved'), { env })).stderr).toBe('');

    // Resumed from the main checkout again; the agent goes back into the worktree.
    expect((await runHook(SESSION_START, main, startInput(main, 'moved', 'resume'), { env })).code).toBe(0);
    await runCli(['record', '--done', 'second part in the worktree'], { cwd: wt, env });
    git(wt, 'commit', '-q', '--allow-empty', '-m', 'fix: after resume');
    expect((await runHook(SESSION_END, wt, endInput(wt, 'moved'), { env })).stderr).toBe('');

    const events = readEvents(join(wt, DEFAULT_EVENTS));
    expect(events.map((e) => e.event.thisSession)).toEqual([
      ['first part in the worktree'],
      ['second part in the worktree', `Committed ${git(wt, 'rev-parse', '--short', 'HEAD').trim()}: fix: after resume`],
    ]);
  });

  it('end markers written before runs were tracked: the same run stays published, a resumed run publishes', async () => {
    const dir = testdir();
    initRepo(dir);
    const env = { LEDGER_SYNTH_SESSION: 'old' };
    const oldEnd = () => {
      mkdirSync(join(dir, '.ledger-synth/sessions'), { recursive: true });
      writeFileSync(join(dir, '.ledger-synth/sessions/old.end.json'), `${JSON.stringify({ session: 'old', event: null, at: new Date().toISOString() })}\n`);
      rmSync(join(dir, '.ledger-synth/drafts/old.md')); // as that version did after publishing
    };
    expect((await runHook(SESSION_START, dir, startInput(dir, 'old'))).code).toBe(0);
    await runCli(['record', '--done', 'already published by an older version'], { cwd: dir, env });
    oldEnd();
    expect((await runHook(SESSION_END, dir, endInput(dir, 'old'))).stderr).toBe('');
    expect(readEvents(join(dir, DEFAULT_EVENTS))).toEqual([]);

    expect((await runHook(SESSION_START, dir, startInput(dir, 'old', 'resume'))).code).toBe(0);
    await runCli(['record', '--done', 'after upgrading'], { cwd: dir, env });
    expect((await runHook(SESSION_END, dir, endInput(dir, 'old'))).stderr).toBe('');
    expect(readEvents(join(dir, DEFAULT_EVENTS)).map((e) => e.event.thisSession)).toEqual([['after upgrading']]);
  });
});
