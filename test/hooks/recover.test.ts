import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  draftPath,
  emptyDraft,
  mergeDrafts,
  publishRun,
  publishSessionEnd,
  readEndMarker,
  readStartMarker,
  recoverStrandedSessions,
  runSessionStart,
  startMarkerPath,
  updateDraft,
  type Draft,
} from '@ledger-synth/node';
import { git, initRepo } from '../helpers/git.js';
import { CLI, runCli, runNode } from '../helpers/run-cli.js';
import { testdir } from '../helpers/testdir.js';
import { DEFAULT_EVENTS, SESSION_END, SESSION_START, endInput, readEvents, startInput } from './hook-helpers.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');

/** A stand-in for the Claude Code process that runs a session: alive until killed. */
const processes: ChildProcess[] = [];
function fakeClaude(): ChildProcess {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  processes.push(child);
  return child;
}
async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}
afterEach(async () => {
  for (const child of processes.splice(0)) await kill(child);
});

async function record(root: string, session: string, entries: Partial<Draft>): Promise<void> {
  await updateDraft({ path: draftPath(root, session), session, nowMs: Date.now(), change: (d) => mergeDrafts(d, { ...emptyDraft(), ...entries }) });
}

async function start(dir: string, session: string, owner: ChildProcess, extra: { transcript?: string } = {}) {
  return runSessionStart({
    input: { sessionId: session, transcriptPath: extra.transcript, cwd: dir, hookEventName: 'SessionStart', source: 'startup', reason: undefined },
    env: {},
    nowMs: Date.now(),
    processCwd: dir,
    recordCommand: 'cc-synthesize record',
    parentPid: owner.pid!,
  });
}

const endOf = (dir: string, session: string, transcript?: string) => ({
  input: { sessionId: session, transcriptPath: transcript, cwd: dir, hookEventName: 'SessionEnd', source: undefined, reason: 'prompt_input_exit' },
  env: {},
  nowMs: Date.now(),
  processCwd: dir,
});

function repoWithSession(): string {
  const dir = testdir();
  initRepo(dir);
  return dir;
}

describe('recovery of sessions that never reached SessionEnd', () => {
  it('publishes a killed session’s draft, commits and transcript tasks as its one event, reason recovered', async () => {
    const dir = repoWithSession();
    const claude = fakeClaude();
    const transcript = join(dir, 'transcript.jsonl');
    // The fixture's lines, dated after this run's start (so its completions belong to this run).
    writeFileSync(transcript, readFileSync(join(FIXTURES, 'task-tools.jsonl'), 'utf8').replaceAll('"2026-11-30T', '"2999-01-01T'));
    await start(dir, 'killed-1', claude, { transcript });
    const marker = readStartMarker(dir, 'killed-1')!;
    expect(marker.pid).toBe(claude.pid);
    expect(marker.transcriptPath).toBe(transcript);

    await record(dir, 'killed-1', { now: 'Login form', thisSession: ['Sketched the form'], openQuestions: ['Which validator?'] });
    git(dir, 'commit', '-q', '--allow-empty', '-m', 'feat: login form');
    // Alive: nothing is recovered, however often asked.
    expect(await recoverStrandedSessions({ root: dir, env: {}, nowMs: Date.now() })).toEqual([]);
    expect(readEvents(join(dir, DEFAULT_EVENTS))).toEqual([]);

    await kill(claude);
    const recovered = await recoverStrandedSessions({ root: dir, env: {}, nowMs: Date.now() });
    expect(recovered.map((r) => [r.session, r.why, r.result.status])).toEqual([['killed-1', 'process-gone', 'published']]);
    const [only, ...rest] = readEvents(join(dir, DEFAULT_EVENTS));
    expect(rest).toEqual([]);
    expect(only!.event.reason).toBe('recovered');
    expect(only!.event.type).toBe('session_end');
    expect(only!.event.agent).toBe('claude-killed-1');
    expect(only!.event.now).toBe('Login form');
    const sha = git(dir, 'log', '-1', '--format=%h').trim();
    expect(only!.event.thisSession).toEqual([
      'Sketched the form',
      `Committed ${sha}: feat: login form`,
      'Write the login form',
      'Validate the email field',
    ]);
    expect(only!.text).toContain('in_progress:\n- Wire the submit handler\n');
    expect(only!.event.openQuestions).toEqual(['Which validator?']);
    expect(existsSync(draftPath(dir, 'killed-1'))).toBe(false);
    expect(readEndMarker(dir, 'killed-1')).toMatchObject({ event: only!.name, recovered: true });

    // A late SessionEnd of that run, and a second recovery, publish nothing twice.
    expect((await publishSessionEnd(endOf(dir, 'killed-1', transcript))).status).toBe('already-published');
    expect(await recoverStrandedSessions({ root: dir, env: {}, nowMs: Date.now() })).toEqual([]);
    expect(readEvents(join(dir, DEFAULT_EVENTS))).toHaveLength(1);
  });

  it('never recovers a live session, however idle; recovers an unverifiable one only past recover_idle_minutes', async () => {
    const dir = repoWithSession();
    writeFileSync(join(dir, '.ledger-synth.yaml'), 'recover_idle_minutes: 30\n');
    const claude = fakeClaude();
    await start(dir, 'live', claude);
    await record(dir, 'live', { thisSession: ['still working'] });
    const later = Date.now() + 24 * 3_600_000;
    expect(await recoverStrandedSessions({ root: dir, env: {}, nowMs: later })).toEqual([]);

    // A marker from another host (or written before pids were recorded): only idleness can end it.
    const path = startMarkerPath(dir, 'live');
    const marker = JSON.parse(readFileSync(path, 'utf8'));
    writeFileSync(path, JSON.stringify({ ...marker, host: 'another-machine' }));
    expect(await recoverStrandedSessions({ root: dir, env: {}, nowMs: Date.now() + 10 * 60_000 })).toEqual([]);
    const recovered = await recoverStrandedSessions({ root: dir, env: {}, nowMs: Date.now() + 31 * 60_000 });
    expect(recovered.map((r) => [r.session, r.why, r.result.status])).toEqual([['live', 'idle', 'published']]);
  });

  it('a reused pid (same number, another start time) is not the session: recovered', async () => {
    const dir = repoWithSession();
    const claude = fakeClaude();
    await start(dir, 'reused', claude);
    await record(dir, 'reused', { thisSession: ['before the crash'] });
    const path = startMarkerPath(dir, 'reused');
    const marker = JSON.parse(readFileSync(path, 'utf8'));
    // This test process is alive, but it is not the process that started the session.
    writeFileSync(path, JSON.stringify({ ...marker, pid: process.pid, pidStart: '1' }));
    const recovered = await recoverStrandedSessions({ root: dir, env: {}, nowMs: Date.now() });
    expect(recovered.map((r) => r.why)).toEqual(['process-gone']);
    expect(readEvents(join(dir, DEFAULT_EVENTS)).map((e) => e.event.thisSession)).toEqual([['before the crash']]);
  });

  it('a draft without a start marker is recovered once idle past the bound', async () => {
    const dir = repoWithSession();
    await record(dir, 'no-marker', { thisSession: ['recorded without hooks'] });
    expect(await recoverStrandedSessions({ root: dir, env: {}, nowMs: Date.now() })).toEqual([]);
    const old = new Date(Date.now() - 3 * 3_600_000);
    utimesSync(draftPath(dir, 'no-marker'), old, old);
    const recovered = await recoverStrandedSessions({ root: dir, env: {}, nowMs: Date.now() });
    expect(recovered.map((r) => [r.session, r.why, r.result.status])).toEqual([['no-marker', 'idle', 'published']]);
  });

  it('a session resumed (new run) after it was judged over is not published as the old run', async () => {
    const dir = repoWithSession();
    const claude = fakeClaude();
    await start(dir, 'resumed', claude);
    await record(dir, 'resumed', { thisSession: ['first run'] });
    const judged = readStartMarker(dir, 'resumed')!.startedMs;
    const result = await publishRun({
      session: 'resumed', home: dir, roots: [dir], workDir: undefined, transcriptPath: undefined,
      reason: 'recovered', env: {}, nowMs: Date.now(), lockTimeoutMs: 200, expectedStartMs: judged - 1,
    });
    expect(result.status).toBe('superseded');
    expect(readEvents(join(dir, DEFAULT_EVENTS))).toEqual([]);
  });

  it('the session’s own SessionStart after a crash publishes the crashed run, then starts a new one', async () => {
    const dir = repoWithSession();
    const first = fakeClaude();
    await start(dir, 'crashy', first);
    await record(dir, 'crashy', { thisSession: ['before the crash'] });
    const firstStart = readStartMarker(dir, 'crashy')!.startedMs;
    await kill(first);
    const second = fakeClaude();
    // The new run must start at a later millisecond than the first: wait for the clock, not a fixed time.
    while (Date.now() <= firstStart) await new Promise((resolve) => setImmediate(resolve));
    const output = await start(dir, 'crashy', second);
    expect(output.systemMessage).toContain('recovered 1 session');
    const events = readEvents(join(dir, DEFAULT_EVENTS));
    expect(events.map((e) => [e.event.reason, e.event.thisSession])).toEqual([['recovered', ['before the crash']]]);
    const marker = readStartMarker(dir, 'crashy')!;
    expect(marker.startedMs).toBeGreaterThan(firstStart);
    expect(marker.pid).toBe(second.pid);
    // The new run ends normally: its own event, not the first run again.
    await record(dir, 'crashy', { thisSession: ['after the resume'] });
    expect((await publishSessionEnd(endOf(dir, 'crashy'))).status).toBe('published');
    expect(readEvents(join(dir, DEFAULT_EVENTS)).map((e) => e.event.thisSession)).toEqual([['before the crash'], ['after the resume']]);
  });
});

describe('recovery by commands', () => {
  it('cc-synthesize recovers before it checks for an empty ledger: the recovered event can be the first', async () => {
    const dir = repoWithSession();
    const claude = fakeClaude();
    await start(dir, 'first-event', claude);
    await record(dir, 'first-event', { now: 'The only work so far' });
    await kill(claude);
    const result = await runCli(['--no-confirm'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('note: recovered 1 session that ended without SessionEnd (1 event published)');
    expect(readEvents(join(dir, DEFAULT_EVENTS)).map((e) => e.event.now)).toEqual(['The only work so far']);
    expect(readFileSync(join(dir, 'thoughts/shared/handoffs/current.md'), 'utf8')).toContain('The only work so far');
  });

  it('record recovers other sessions, never its own', async () => {
    const dir = repoWithSession();
    const gone = fakeClaude();
    await start(dir, 'gone-one', gone);
    await record(dir, 'gone-one', { thisSession: ['left behind'] });
    await kill(gone);
    const result = await runCli(['record', '--done', 'mine'], { cwd: dir, env: { LEDGER_SYNTH_SESSION: 'me-too' } });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('recovered 1 session');
    expect(readEvents(join(dir, DEFAULT_EVENTS)).map((e) => [e.event.session, e.event.thisSession])).toEqual([['gone-one', ['left behind']]]);
    expect(existsSync(draftPath(dir, 'me-too'))).toBe(true);
  });
});

describe('recovery scan upkeep', () => {
  it('removes the markers of runs closed more than 7 days ago, keeps recent ones', async () => {
    const dir = repoWithSession();
    const claude = fakeClaude();
    for (const session of ['closed-old', 'closed-new']) {
      await start(dir, session, claude);
      await record(dir, session, { thisSession: [session] });
      expect((await publishSessionEnd({ ...endOf(dir, session), recoverOthers: false })).status).toBe('published');
    }
    const endPath = (session: string) => join(dir, '.ledger-synth/sessions', `${session}.end.json`);
    const old = JSON.parse(readFileSync(endPath('closed-old'), 'utf8'));
    writeFileSync(endPath('closed-old'), JSON.stringify({ ...old, at: new Date(Date.now() - 8 * 86_400_000).toISOString() }));
    expect(await recoverStrandedSessions({ root: dir, env: {}, nowMs: Date.now() })).toEqual([]);
    expect(readdirSync(join(dir, '.ledger-synth/sessions')).sort()).toEqual(['closed-new.end.json', 'closed-new.start.json']);
    expect(readEvents(join(dir, DEFAULT_EVENTS))).toHaveLength(2);
  });
});

describe('recovery races: exactly one event', () => {
  it('in-process interleavings: recoverers and a late SessionEnd started together', async () => {
    for (let round = 0; round < 5; round++) {
      const dir = repoWithSession();
      const claude = fakeClaude();
      await start(dir, 'race', claude);
      await record(dir, 'race', { thisSession: [`round ${round}`] });
      // A commit too: a second publication would capture it again even with the draft gone.
      git(dir, 'commit', '-q', '--allow-empty', '-m', `work ${round}`);
      await kill(claude);
      const runs = [
        recoverStrandedSessions({ root: dir, env: {}, nowMs: Date.now() }),
        publishSessionEnd({ ...endOf(dir, 'race'), recoverOthers: false }),
        recoverStrandedSessions({ root: dir, env: {}, nowMs: Date.now() }),
      ];
      // Rotate who starts first.
      for (let i = 0; i < round % 3; i++) runs.push(runs.shift()!);
      await Promise.all(runs);
      const events = readEvents(join(dir, DEFAULT_EVENTS));
      expect(events.map((e) => e.event.thisSession[0])).toEqual([`round ${round}`]);
    }
  });

  it('real processes: two SessionStart hooks of other sessions, cc-synthesize and the late SessionEnd race for one killed session', async () => {
    const dir = repoWithSession();
    const claude = fakeClaude();
    await start(dir, 'killed-race', claude);
    await record(dir, 'killed-race', { now: 'Racing', thisSession: ['one event only'] });
    git(dir, 'commit', '-q', '--allow-empty', '-m', 'raced');
    mkdirSync(join(dir, DEFAULT_EVENTS), { recursive: true }); // as install leaves it
    await kill(claude);
    const results = await Promise.all([
      runNode(SESSION_START, [], { cwd: dir, input: JSON.stringify(startInput(dir, 'other-a')) }),
      runNode(SESSION_START, [], { cwd: dir, input: JSON.stringify(startInput(dir, 'other-b')) }),
      runNode(CLI, ['--no-confirm'], { cwd: dir }),
      runNode(SESSION_END, [], { cwd: dir, input: JSON.stringify(endInput(dir, 'killed-race')) }),
    ]);
    for (const result of results) expect(result, result.stderr).toMatchObject({ code: 0 });
    const events = readEvents(join(dir, DEFAULT_EVENTS)).filter((e) => e.event.session === 'killed-race');
    expect(events.map((e) => e.event.thisSession[0])).toEqual(['one event only']);
    // No lock is left behind.
    expect(readdirSync(join(dir, '.ledger-synth/sessions')).filter((n) => n.endsWith('.lock'))).toEqual([]);
  });
});
