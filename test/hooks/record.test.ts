import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initRepo } from '../helpers/git.js';
import { runCli } from '../helpers/run-cli.js';
import { testdir } from '../helpers/testdir.js';
import { DEFAULT_EVENTS, SESSION_START, readEvents, runHook, startInput } from './hook-helpers.js';

describe('cc-synthesize record', () => {
  it('stages entries in the session draft; repeated calls accumulate', async () => {
    const dir = testdir();
    initRepo(dir);
    const env = { LEDGER_SYNTH_SESSION: 'rec-1' };
    expect((await runCli(['record', '--now', 'First', '--done', 'a', '--decision', 'k=1'], { cwd: dir, env })).code).toBe(0);
    const second = await runCli(['record', '--now', 'Second', '--done', 'b', '--done', 'a', '--decision', 'k=2', '--question', 'Q?'], { cwd: dir, env });
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Recorded now, 2 done, 1 decision, 1 question in .ledger-synth/drafts/rec-1.md');
    const shown = JSON.parse((await runCli(['record', '--show', '--json'], { cwd: dir, env })).stdout);
    expect(shown.draft).toEqual({
      now: 'Second',
      this_session: ['a', 'b'],
      decisions: { k: '2' },
      checkpoints: [],
      open_questions: ['Q?'],
      resolved_questions: [],
    });
    // Resolving closes the question in the draft.
    await runCli(['record', '--resolve-question', 'Q?'], { cwd: dir, env });
    const after = JSON.parse((await runCli(['record', '--show', '--json'], { cwd: dir, env })).stdout);
    expect(after.draft.open_questions).toEqual([]);
    expect(after.draft.resolved_questions).toEqual(['Q?']);
    expect(readEvents(join(dir, DEFAULT_EVENTS))).toEqual([]);
  });

  it('concurrent record calls in one session never lose an entry', async () => {
    const dir = testdir();
    initRepo(dir);
    const env = { LEDGER_SYNTH_SESSION: 'busy' };
    const runs = await Promise.all(Array.from({ length: 8 }, (_, i) => runCli(['record', '--done', `item ${i}`], { cwd: dir, env })));
    for (const run of runs) expect(run.code).toBe(0);
    const shown = JSON.parse((await runCli(['record', '--show', '--json'], { cwd: dir, env })).stdout);
    expect([...shown.draft.this_session].sort()).toEqual(Array.from({ length: 8 }, (_, i) => `item ${i}`));
  });

  it('reads YAML sections from stdin', async () => {
    const dir = testdir();
    const yaml = 'now: From stdin\nthis_session:\n  - one\ndecisions:\n  hyphen-key: "a: b"\ncheckpoints:\n  - phase: 3\n    status: done\n';
    const result = await runCli(['record', '--session', 'yaml'], { cwd: dir, input: yaml });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const shown = JSON.parse((await runCli(['record', '--show', '--json', '--session', 'yaml'], { cwd: dir })).stdout);
    expect(shown.draft.now).toBe('From stdin');
    expect(shown.draft.decisions).toEqual({ 'hyphen-key': 'a: b' });
    expect(shown.draft.checkpoints[0]).toMatchObject({ phase: '3', status: 'done' });
  });

  it('--publish writes a checkpoint or note event at once', async () => {
    const dir = testdir();
    initRepo(dir);
    const checkpoint = await runCli(['record', '--publish', '--checkpoint', '5:validated', '--agent', 'toast'], { cwd: dir });
    expect(checkpoint.code).toBe(0);
    const note = await runCli(['record', '--publish', '--done', 'A note', '--agent', 'toast'], { cwd: dir });
    expect(note.code).toBe(0);
    const events = readEvents(join(dir, DEFAULT_EVENTS));
    expect(events.map((e) => e.event.type).sort()).toEqual(['checkpoint', 'note']);
    expect(events.every((e) => e.event.agent === 'toast' && e.event.branch === 'main')).toBe(true);
    const cp = events.find((e) => e.event.type === 'checkpoint')!.event.checkpoints[0]!;
    expect(`${cp.phase}:${cp.status}`).toBe('5:validated');
    expect(existsSync(join(dir, '.ledger-synth/drafts'))).toBe(false);
  });

  it('finds the session SessionStart recorded when no id is given (with a note)', async () => {
    const dir = testdir();
    initRepo(dir);
    expect((await runHook(SESSION_START, dir, startInput(dir, 'started-here'))).code).toBe(0);
    const result = await runCli(['record', '--done', 'guessed'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('using the newest open session started-here');
    expect(readFileSync(join(dir, '.ledger-synth/drafts/started-here.md'), 'utf8')).toContain('guessed');
  });

  it.each([
    [['record', '--done', 'x'], 'no session to record into'],
    [['record', '--session', 's'], 'nothing to record'],
    [['record', '--session', 's', '--decision', 'novalue'], 'KEY=VALUE'],
    [['record', '--session', 's', '--checkpoint', '5'], 'PHASE:STATUS'],
    [['record', '--session', 's', '--done', '   '], 'non-empty'],
    [['record', '--session', 's', '--type', 'note', '--done', 'x'], '--type only applies with --publish'],
    [['record', '--session', 's', '--bogus'], 'bogus'],
  ])('usage errors exit 2 with a clear message: %j', async (args, message) => {
    const dir = testdir();
    const result = await runCli(args, { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(existsSync(join(dir, '.ledger-synth/drafts'))).toBe(false);
  });

  it('bad YAML on stdin is a usage error that quotes the problem and writes nothing', async () => {
    const dir = testdir();
    const result = await runCli(['record', '--session', 's'], { cwd: dir, input: 'decisions: [1, 2]\n' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"decisions" must be a mapping');
    expect(existsSync(join(dir, '.ledger-synth'))).toBe(false);
  });
});
