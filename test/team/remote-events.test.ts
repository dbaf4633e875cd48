import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, readRemoteEvents } from '@ledger-synth/node';
import { remoteInFlightFor } from '../../packages/node/src/remote-events.js';
import { git, initRepo } from '../helpers/git.js';
import { runCli } from '../helpers/run-cli.js';
import { testdir } from '../helpers/testdir.js';
import { DEFAULT_EVENTS, runHook, SESSION_START } from '../hooks/hook-helpers.js';

function event(ts: string, agent: string, branch: string, body: string): [string, string] {
  const name = `${ts.replace(/:/g, '-').replace('Z', '.000Z')}_${agent}_x.md`;
  return [name, `---\nts: ${ts}\nagent: ${agent}\nbranch: ${branch}\ntype: session_end\n---\n${body}`];
}

function commitEvents(dir: string, events: [string, string][], message: string): void {
  mkdirSync(join(dir, DEFAULT_EVENTS), { recursive: true });
  for (const [name, text] of events) writeFileSync(join(dir, DEFAULT_EVENTS, name), text);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', message);
}

/**
 * A bare remote and three clones. Main has a decision; machine B pushes feat-b; machine C branches
 * from feat-b (so it carries B's event too) and pushes feat-c with a conflicting decision.
 */
function team() {
  const root = testdir();
  const remote = join(root, 'remote.git');
  git(root, 'init', '-q', '--bare', '-b', 'main', remote);
  const a = join(root, 'a');
  mkdirSync(a);
  initRepo(a);
  commitEvents(a, [event('2026-01-10T09:00:00Z', 'ann', 'main', 'now: set up\ndecisions:\n  db: mysql\n')], 'main events');
  git(a, 'remote', 'add', 'origin', remote);
  git(a, 'push', '-q', '-u', 'origin', 'main');
  git(a, 'remote', 'set-head', 'origin', 'main');

  const b = join(root, 'b');
  git(root, 'clone', '-q', remote, b);
  git(b, 'checkout', '-q', '-b', 'feat-b');
  commitEvents(b, [event('2026-01-10T10:00:00Z', 'bob', 'feat-b', 'now: porting the parser\ndecisions:\n  db: sqlite\nopen_questions:\n  - keep the old API?\n')], 'b');
  git(b, 'push', '-q', 'origin', 'feat-b');

  const c = join(root, 'c');
  git(root, 'clone', '-q', remote, c);
  git(c, 'checkout', '-q', '-b', 'feat-c', 'origin/feat-b');
  commitEvents(c, [event('2026-01-10T11:00:00Z', 'cat', 'feat-c', 'now: benchmarks\ndecisions:\n  db: postgres\n  cache: lru\n')], 'c');
  git(c, 'push', '-q', 'origin', 'feat-c');

  git(a, 'fetch', '-q', 'origin');
  return { a, b, c, remote };
}

describe('in flight on other machines: events on remote-tracking branches, not on HEAD', () => {
  it('reads each event once (with every branch carrying it), newest first, with plumbing only', async () => {
    const { a } = team();
    const result = await readRemoteEvents({ cwd: a, eventsDir: join(a, DEFAULT_EVENTS), max: 50, timeoutMs: 10_000 });
    expect(result.note).toBeUndefined();
    expect(result.refs).toBe(3); // origin/main, origin/feat-b, origin/feat-c (origin/HEAD is an alias)
    expect(result.events.map((e) => [e.event.agent, e.branches.join(',')])).toEqual([
      ['cat', 'origin/feat-c'],
      ['bob', 'origin/feat-b,origin/feat-c'],
    ]);
    // Bounded: the newest only, the rest counted.
    const one = await readRemoteEvents({ cwd: a, eventsDir: join(a, DEFAULT_EVENTS), max: 1, timeoutMs: 10_000 });
    expect(one.events.map((e) => e.event.agent)).toEqual(['cat']);
    expect(one.omitted).toBe(1);
    // A deadline that has already passed: nothing read, and a note says so (never a hang, never a throw).
    let t = 0;
    const late = await readRemoteEvents({ cwd: a, eventsDir: join(a, DEFAULT_EVENTS), max: 50, timeoutMs: 5, now: () => (t += 10) });
    expect(late.events).toEqual([]);
    expect(late.note).toMatch(/^skipped: reading remote branches took longer than 5 ms/);
  });

  it('branches on one events tree are each named as carriers; a branch on HEAD’s tree carries nothing', async () => {
    const { a, b } = team();
    // feat-b2 is feat-b's commit; feat-b3 differs from feat-b outside the events directory only.
    git(b, 'push', '-q', 'origin', 'feat-b:feat-b2');
    writeFileSync(join(b, 'README.md'), 'docs\n');
    git(b, 'add', '-A');
    git(b, 'commit', '-q', '-m', 'docs');
    git(b, 'push', '-q', 'origin', 'feat-b:feat-b3');
    // main-copy is origin/main under another name: HEAD's own events tree.
    git(a, 'push', '-q', 'origin', 'main:main-copy');
    git(a, 'fetch', '-q', 'origin');
    const result = await readRemoteEvents({ cwd: a, eventsDir: join(a, DEFAULT_EVENTS), max: 50, timeoutMs: 10_000 });
    expect(result.refs).toBe(6);
    expect(result.events.map((e) => [e.event.agent, e.branches.join(',')])).toEqual([
      ['cat', 'origin/feat-c'],
      ['bob', 'origin/feat-b,origin/feat-b2,origin/feat-b3,origin/feat-c'],
    ]);
    expect(result.found).toBe(2);
  });

  it('an event HEAD holds in its archive is not taken for a new one', async () => {
    const { a } = team();
    git(a, 'merge', '-q', '--no-edit', 'origin/feat-b');
    const archived = 'thoughts/shared/handoffs/archive/2026-01-10';
    mkdirSync(join(a, archived), { recursive: true });
    const bob = git(a, 'ls-files', DEFAULT_EVENTS).split('\n').find((f) => f.includes('_bob_'))!;
    git(a, 'mv', bob, archived);
    git(a, 'commit', '-q', '-m', 'archive');
    const result = await readRemoteEvents({ cwd: a, eventsDir: join(a, DEFAULT_EVENTS), archiveDir: join(a, 'thoughts/shared/handoffs/archive'), max: 50, timeoutMs: 10_000 });
    expect(result.events.map((e) => e.event.agent)).toEqual(['cat']);
  });

  it('`status` lists them; `status --preview` folds every branch and names the decision conflicts', async () => {
    const { a } = team();
    const status = await runCli(['status'], { cwd: a });
    expect(status.code, status.stderr).toBe(0);
    expect(status.stdout).toContain('in flight on other machines: 2 event(s) on remote branches, not on HEAD (newest first)');
    expect(status.stdout).toContain('- origin/feat-c: 2026-01-10T11:00:00Z cat: Now: benchmarks\n');
    expect(status.stdout).toContain('- origin/feat-b (+1 more): 2026-01-10T10:00:00Z bob: Now: porting the parser — open: keep the old API?\n');

    const preview = await runCli(['status', '--preview'], { cwd: a });
    expect(preview.code, preview.stderr).toBe(0);
    expect(preview.stdout).toContain('preview, once every branch lands: 3 event(s) (HEAD 1 + 2 from remote branches)');
    expect(preview.stdout).toContain(
      [
        'decision conflicts: 1 key(s) decided differently on two branches',
        '- db',
        '    HEAD: "mysql" (ann, 2026-01-10T09:00:00Z)',
        '    origin/feat-b: "sqlite" (bob, 2026-01-10T10:00:00Z)',
        '    origin/feat-c: "postgres" (cat, 2026-01-10T11:00:00Z)',
        '    → last writer wins: "postgres" (cat, 2026-01-10T11:00:00Z)',
      ].join('\n'),
    );
    const json = JSON.parse((await runCli(['status', '--preview', '--json'], { cwd: a })).stdout);
    expect(json.preview.conflicts.map((c: { key: string }) => c.key)).toEqual(['db']);
    const markdown = await runCli(['status', '--preview', '--markdown'], { cwd: a, env: { SOURCE_DATE_EPOCH: '0' } });
    expect(markdown.stdout).toContain('benchmarks');

    const off = await runCli(['status', '--no-remote'], { cwd: a });
    expect(off.stdout).toBe('remote branches: not read (--no-remote or remote_events: false)\n');
  });

  it('the SessionStart context shows them, and `remote_events: false` turns the section off', async () => {
    const { a } = team();
    // A generous deadline: the default (400 ms) is for real sessions, not a loaded CI machine.
    writeFileSync(join(a, '.ledger-synth.yaml'), 'remote_events_timeout_ms: 30000\n');
    const start = await runHook(SESSION_START, a, { session_id: 'abc12345-0000', cwd: a, hook_event_name: 'SessionStart', source: 'startup' });
    expect(start.code).toBe(0);
    const context = JSON.parse(start.stdout).hookSpecificOutput.additionalContext as string;
    expect(context).toContain('In flight on other machines (events on remote branches, not merged here; as of the last fetch) (2):');
    expect(context).toContain('- origin/feat-c: 2026-01-10T11:00:00Z cat: Now: benchmarks');

    writeFileSync(join(a, '.ledger-synth.yaml'), 'remote_events: false\nremote_events_timeout_ms: 30000\n');
    const off = await runHook(SESSION_START, a, { session_id: 'abc12345-0001', cwd: a, hook_event_name: 'SessionStart', source: 'startup' });
    expect(JSON.parse(off.stdout).hookSpecificOutput.additionalContext).not.toContain('In flight on other machines');
  });

  it('a start remembers the answer for HEAD and every ref at their commits, and equals a fresh read whenever one moves', async () => {
    const { a, b } = team();
    const config = loadConfig(a);
    const memoDir = join(testdir(), 'cache');
    const head = () => git(a, 'rev-parse', 'HEAD').trim();
    const remembered = () => remoteInFlightFor(config, a, {}, { top: a, head: head(), memoDir, timeoutMs: 30_000 });
    const fresh = () => remoteInFlightFor(config, a, {}, { timeoutMs: 30_000 });
    // The oracle is the read without a memo: JSON drops the undefined fields, nothing else.
    const same = async () => expect(JSON.parse(JSON.stringify(await remembered()))).toEqual(JSON.parse(JSON.stringify(await fresh())));

    await same();
    const file = join(memoDir, 'remote.memo');
    expect(existsSync(file)).toBe(true);
    // Served from the memo while nothing moved: a planted answer under the same key comes back.
    const memo = JSON.parse(readFileSync(file, 'utf8'));
    memo.inFlight.events[0].now = 'planted';
    writeFileSync(file, JSON.stringify(memo));
    expect((await remembered())?.events[0]?.now).toBe('planted');

    // A fetch that moves a ref: read again (and remembered again).
    commitEvents(b, [event('2026-01-10T12:00:00Z', 'bob', 'feat-b', 'now: second pass\n')], 'b2');
    git(b, 'push', '-q', 'origin', 'feat-b');
    git(a, 'fetch', '-q', 'origin');
    await same();
    expect((await remembered())?.events.map((e) => e.now)).toContain('second pass');
    // A commit on HEAD (a merge of feat-c): read again.
    git(a, 'merge', '-q', '--no-edit', 'origin/feat-c');
    await same();
    expect((await remembered())?.events.map((e) => e.agent)).toEqual(['bob']);
    // A damaged memo is no answer.
    writeFileSync(file, '{"format":');
    await same();
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), inFlight: { events: [{ agent: 1 }], total: 1 } }));
    await same();
  });
});
