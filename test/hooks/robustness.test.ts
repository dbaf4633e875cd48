import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initRepo } from '../helpers/git.js';
import { runCli } from '../helpers/run-cli.js';
import { testdir } from '../helpers/testdir.js';
import {
  DEFAULT_EVENTS,
  DEFAULT_OUTPUT,
  SESSION_END,
  SESSION_START,
  endInput,
  eventFile,
  readEvents,
  runHook,
  runHookStdinOpen,
  startInput,
  startOutput,
  stderrLines,
} from './hook-helpers.js';

const HOOKS = [
  ['SessionStart', SESSION_START],
  ['SessionEnd', SESSION_END],
] as const;

describe.each(HOOKS)('%s survives bad conditions (exit 0, at most one stderr line)', (name, script) => {
  it.each([
    ['empty stdin', ''],
    ['malformed JSON', '{"session_id": "x", "cwd": '],
    ['a JSON array', '[1,2,3]'],
    ['binary garbage', '\u0000\u0001\u0002\u00ff'],
  ])('%s', async (_label, raw) => {
    const dir = testdir();
    const result = await runHook(script, dir, {}, { raw });
    expect(result.code).toBe(0);
    expect(result.signal).toBeNull();
    const lines = stderrLines(result);
    if (name === 'SessionEnd') expect(lines).toHaveLength(1);
    else expect(lines.length).toBeLessThanOrEqual(1);
    expect(lines.join('')).toMatch(/^ledger-synth /);
  });

  it('stdin that is never closed: a complete JSON object is enough', async () => {
    const dir = testdir();
    initRepo(dir);
    const input = JSON.stringify(name === 'SessionStart' ? startInput(dir, 'open') : endInput(dir, 'open'));
    const result = await runHookStdinOpen(script, dir, input);
    expect(result.killed).toBe(false);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    if (name === 'SessionStart') expect(startOutput(result).context).toContain('0 events');
  });

  it('stdin that is never closed and never written: gives up after its stdin timeout', async () => {
    const dir = testdir();
    const result = await runHookStdinOpen(script, dir, '');
    expect(result.killed).toBe(false);
    expect(result.code).toBe(0);
    expect(stderrLines(result)).toHaveLength(1);
    expect(result.stderr).toContain('no hook input on stdin');
  });

  it('an events directory that cannot be read', async () => {
    const dir = testdir({ [DEFAULT_OUTPUT]: 'keep me\n' });
    initRepo(dir);
    // A symlink to itself: stat fails with ELOOP even for root (chmod 000 would not stop root).
    mkdirSync(join(dir, 'thoughts/shared/handoffs'), { recursive: true });
    symlinkSync('events', join(dir, DEFAULT_EVENTS));
    await runCli(['record', '--done', 'x', '--session', 'loop'], { cwd: dir });
    const input = name === 'SessionStart' ? startInput(dir, 'loop') : endInput(dir, 'loop');
    const result = await runHook(script, dir, input);
    expect(result.code).toBe(0);
    expect(stderrLines(result)).toHaveLength(1);
    expect(result.stderr).toMatch(/events/);
    expect(readFileSync(join(dir, DEFAULT_OUTPUT), 'utf8')).toBe('keep me\n');
    // SessionStart also tells the person (stderr of a hook that exits 0 only reaches the debug log).
    if (name === 'SessionStart') expect(JSON.parse(result.stdout).systemMessage).toBe(stderrLines(result)[0]);
    else expect(result.stdout).toBe('');
  });

  it('a malformed .ledger-synth.yaml', async () => {
    const dir = testdir({ '.ledger-synth.yaml': 'events_dir: [not, a, string]\n' });
    const input = name === 'SessionStart' ? startInput(dir, 'cfg') : endInput(dir, 'cfg');
    const result = await runHook(script, dir, input);
    expect(result.code).toBe(0);
    expect(stderrLines(result)).toHaveLength(1);
    expect(result.stderr).toContain('events_dir');
  });

  it('outside any git repository', async () => {
    const dir = testdir({ [`${DEFAULT_EVENTS}/2026-01-10T13-03-52.000Z_toast_a1.md`]: eventFile('2026-01-10T13:03:52Z', 'toast', 'now: No git here\n') });
    await runCli(['record', '--done', 'plain dir', '--session', 'nogit'], { cwd: dir });
    const input = name === 'SessionStart' ? startInput(dir, 'nogit') : endInput(dir, 'nogit');
    const result = await runHook(script, dir, input);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    if (name === 'SessionStart') expect(startOutput(result).context).toContain('Now: No git here');
    else expect(readEvents(join(dir, DEFAULT_EVENTS)).map((e) => e.event.thisSession[0])).toContain('plain dir');
  });

  it('a cwd that no longer exists falls back to the process directory', async () => {
    const dir = testdir();
    initRepo(dir);
    await runCli(['record', '--done', 'before the worktree vanished', '--session', 'gone'], { cwd: dir });
    const missing = join(dir, 'deleted-worktree');
    const input = name === 'SessionStart' ? startInput(missing, 'gone') : endInput(missing, 'gone');
    const result = await runHook(script, dir, input);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });
});

describe('SessionEnd with a held lock', () => {
  it('a concurrent SessionEnd of the same session holding the end lock: waits briefly, then exits 0 without a duplicate', async () => {
    const dir = testdir();
    initRepo(dir);
    await runCli(['record', '--done', 'held', '--session', 'held'], { cwd: dir });
    const lock = join(dir, '.ledger-synth/sessions/held.end.lock');
    mkdirSync(join(dir, '.ledger-synth/sessions'), { recursive: true });
    writeFileSync(lock, JSON.stringify({ pid: process.pid, host: hostname(), token: 'other', acquiredAt: new Date().toISOString() }));
    const result = await runHook(SESSION_END, dir, endInput(dir, 'held'));
    expect(result.code).toBe(0);
    expect(readEvents(join(dir, DEFAULT_EVENTS))).toEqual([]);
    expect(existsSync(lock)).toBe(true);
    // The draft is still there for the holder (or a later run) to publish.
    expect(existsSync(join(dir, '.ledger-synth/drafts/held.md'))).toBe(true);
  });

  it('the synthesis lock does not concern SessionEnd: it publishes anyway', async () => {
    const dir = testdir();
    initRepo(dir);
    mkdirSync(join(dir, 'thoughts/shared/handoffs'), { recursive: true });
    writeFileSync(
      join(dir, 'thoughts/shared/handoffs/.synth.lock'),
      JSON.stringify({ pid: process.pid, host: hostname(), token: 'synth', acquiredAt: new Date().toISOString() }),
    );
    await runCli(['record', '--done', 'during a synthesis', '--session', 's'], { cwd: dir });
    const result = await runHook(SESSION_END, dir, endInput(dir, 's'));
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(readEvents(join(dir, DEFAULT_EVENTS))).toHaveLength(1);
  });
});
