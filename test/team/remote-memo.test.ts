import { chmodSync, copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadConfig, readRemoteEvents } from '@ledger-synth/node';
import { remoteInFlightFor } from '../../packages/node/src/remote-events.js';
import { git, initRepo } from '../helpers/git.js';
import { runCli } from '../helpers/run-cli.js';
import { testdir } from '../helpers/testdir.js';
import { DEFAULT_EVENTS } from '../hooks/hook-helpers.js';

const eventText = (ts: string, agent: string) => `---\nts: ${ts}\nagent: ${agent}\ntype: session_end\n---\nnow: ${agent} at work\n`;

/**
 * A repository whose origin/feat carries one event main has not (written as loose objects, as a
 * small fetch leaves them), and the means to read its in-flight answer with and without remote.memo.
 */
function repository() {
  const a = testdir();
  initRepo(a);
  const events = join(a, DEFAULT_EVENTS);
  mkdirSync(events, { recursive: true });
  writeFileSync(join(events, '2026-01-10T09-00-00.000Z_ann_x.md'), eventText('2026-01-10T09:00:00Z', 'ann'));
  git(a, 'add', '-A');
  git(a, 'commit', '-q', '-m', 'main events');
  git(a, 'checkout', '-q', '-b', 'feat');
  writeFileSync(join(events, '2026-01-10T10-00-00.000Z_bob_x.md'), eventText('2026-01-10T10:00:00Z', 'bob'));
  git(a, 'add', '-A');
  git(a, 'commit', '-q', '-m', 'bob');
  git(a, 'update-ref', 'refs/remotes/origin/feat', 'feat');
  git(a, 'checkout', '-q', 'main');
  git(a, 'branch', '-q', '-D', 'feat');
  const config = loadConfig(a);
  const memoDir = join(testdir(), 'cache');
  const head = () => git(a, 'rev-parse', 'HEAD').trim();
  const remembered = () => remoteInFlightFor(config, a, {}, { top: a, head: head(), memoDir, timeoutMs: 30_000 });
  const fresh = () => remoteInFlightFor(config, a, {}, { timeoutMs: 30_000 });
  const plain = async (answer: Promise<unknown>) => JSON.parse(JSON.stringify(await answer)) as unknown;
  const bobBlob = git(a, 'rev-parse', `origin/feat:${DEFAULT_EVENTS}/2026-01-10T10-00-00.000Z_bob_x.md`).trim();
  return { a, memoDir, remembered, fresh, plain, bobBlob, memoFile: join(memoDir, 'remote.memo') };
}

describe('remote.memo: an answer is remembered only when it stands for the commits in its key', () => {
  it('a read git could not finish (a corrupt object) is not remembered: once the object is whole again, the start sees the event', async () => {
    const { a, remembered, fresh, plain, bobBlob } = repository();
    const object = join(a, '.git/objects', bobBlob.slice(0, 2), bobBlob.slice(2));
    const whole = join(a, 'whole-object');
    copyFileSync(object, whole);
    chmodSync(object, 0o644);
    writeFileSync(object, 'not zlib at all');
    const damaged = await remembered();
    expect(damaged?.events).toEqual([]);
    expect(damaged?.note).toMatch(/git/); // said, not silent
    copyFileSync(whole, object); // repaired (a re-fetch brings the same object back under the same id)
    expect(await plain(remembered())).toEqual(await plain(fresh()));
    expect((await remembered())?.events.map((e) => e.agent)).toEqual(['bob']);

    // The same for the branch's events tree (git says "missing" for it, as for a directory that is not there).
    const tree = git(a, 'rev-parse', `origin/feat:${DEFAULT_EVENTS}`).trim();
    const treeObject = join(a, '.git/objects', tree.slice(0, 2), tree.slice(2));
    copyFileSync(treeObject, whole);
    chmodSync(treeObject, 0o644);
    writeFileSync(treeObject, 'not zlib at all');
    writeFileSync(join(a, 'README'), 'moves HEAD, so the memo above is not the answer\n');
    git(a, 'add', 'README');
    git(a, 'commit', '-q', '-m', 'readme');
    const noTree = await remembered();
    expect(noTree?.events).toEqual([]);
    expect(noTree?.note).toMatch(/git/);
    copyFileSync(whole, treeObject);
    expect(await plain(remembered())).toEqual(await plain(fresh()));
    expect((await remembered())?.events.map((e) => e.agent)).toEqual(['bob']);
  });

  it('`status` says a read git could not finish and exits 1, as for a cut-short read', async () => {
    const { a, bobBlob } = repository();
    const object = join(a, '.git/objects', bobBlob.slice(0, 2), bobBlob.slice(2));
    chmodSync(object, 0o644);
    writeFileSync(object, 'not zlib at all');
    const status = await runCli(['status'], { cwd: a });
    expect(status.stdout).toMatch(/\(incomplete: git could not read 1 event file\(s\) \(git: error: /);
    expect(status.code).toBe(1);
  });

  it('the answer is read at the commits in its key: HEAD as the start saw it, each ref as listed (a commit or fetch meanwhile)', async () => {
    const { a, memoDir, remembered, fresh, plain } = repository();
    const config = loadConfig(a);
    const before = git(a, 'rev-parse', 'HEAD').trim();
    // The start read HEAD (before); a merge of origin/feat lands before its remote read.
    git(a, 'merge', '-q', '--no-edit', 'origin/feat');
    const raced = await remoteInFlightFor(config, a, {}, { top: a, head: before, memoDir, timeoutMs: 30_000 });
    expect(raced?.events.map((e) => e.agent)).toEqual(['bob']); // the answer for `before`
    git(a, 'reset', '-q', '--hard', before);
    expect(await plain(remembered())).toEqual(await plain(fresh()));

    // readRemoteEvents reads a listed ref at the commit listed, not where the ref points now.
    const listedAt = git(a, 'rev-parse', 'origin/feat').trim();
    git(a, 'update-ref', 'refs/remotes/origin/feat', before);
    const read = await readRemoteEvents({ cwd: a, eventsDir: join(a, DEFAULT_EVENTS), max: 50, timeoutMs: 30_000, listed: [{ ref: 'refs/remotes/origin/feat', oid: listedAt }] });
    expect(read.events.map((e) => e.event.agent)).toEqual(['bob']);
  });

  it('the events directory is read where it leads (a link retargeted without a commit is a new answer)', async () => {
    const a = testdir();
    initRepo(a);
    const handoffs = (store: string) => join(a, store, 'shared/handoffs/events');
    for (const store of ['store-a', 'store-b']) {
      mkdirSync(handoffs(store), { recursive: true });
      writeFileSync(join(handoffs(store), '2026-01-10T09-00-00.000Z_ann_x.md'), eventText('2026-01-10T09:00:00Z', 'ann'));
    }
    writeFileSync(join(a, '.gitignore'), 'thoughts\n');
    git(a, 'add', '-A');
    git(a, 'commit', '-q', '-m', 'stores');
    git(a, 'checkout', '-q', '-b', 'feat');
    writeFileSync(join(handoffs('store-a'), '2026-01-10T10-00-00.000Z_bob_x.md'), eventText('2026-01-10T10:00:00Z', 'bob'));
    writeFileSync(join(handoffs('store-b'), '2026-01-10T11-00-00.000Z_carl_x.md'), eventText('2026-01-10T11:00:00Z', 'carl'));
    git(a, 'add', '-A');
    git(a, 'commit', '-q', '-m', 'feat');
    git(a, 'update-ref', 'refs/remotes/origin/feat', 'feat');
    git(a, 'checkout', '-q', 'main');
    symlinkSync('store-a', join(a, 'thoughts'));
    const config = loadConfig(a);
    const memoDir = join(testdir(), 'cache');
    const head = git(a, 'rev-parse', 'HEAD').trim();
    const remembered = () => remoteInFlightFor(config, a, {}, { top: a, head, memoDir, timeoutMs: 30_000 });
    expect((await remembered())?.events.map((e) => e.agent)).toEqual(['bob']);
    execFileSync('rm', [join(a, 'thoughts')]);
    symlinkSync('store-b', join(a, 'thoughts'));
    expect((await remembered())?.events.map((e) => e.agent)).toEqual(['carl']);
  });

  it('a replacement object (git replace) changes the answer without moving HEAD or a ref: not served from the memo', async () => {
    const { a, remembered, fresh, plain } = repository();
    expect((await remembered())?.events.map((e) => e.agent)).toEqual(['bob']);
    // origin/feat's commit replaced by one carrying carl's event instead.
    git(a, 'checkout', '-q', '-b', 'carl', 'main');
    writeFileSync(join(a, DEFAULT_EVENTS, '2026-01-10T11-00-00.000Z_carl_x.md'), eventText('2026-01-10T11:00:00Z', 'carl'));
    git(a, 'add', '-A');
    git(a, 'commit', '-q', '-m', 'carl');
    git(a, 'checkout', '-q', 'main');
    git(a, 'replace', git(a, 'rev-parse', 'origin/feat').trim(), git(a, 'rev-parse', 'carl').trim());
    expect((await fresh())?.events.map((e) => e.agent)).toEqual(['carl']);
    expect(await plain(remembered())).toEqual(await plain(fresh()));
  });

  it('a memo written by the bundles before the carrier fix (key without a version) is not served', async () => {
    const { a, memoFile, remembered, fresh, plain } = repository();
    await remembered();
    const memo = JSON.parse(readFileSync(memoFile, 'utf8'));
    const { sha256Hex } = await import('@ledger-synth/core');
    const config = loadConfig(a);
    const refs = [['refs/remotes/origin/feat', git(a, 'rev-parse', 'origin/feat').trim()]];
    const oldKey = sha256Hex(JSON.stringify([git(a, 'rev-parse', 'HEAD').trim(), config.eventsDir, config.archiveDir ?? null, config.remoteEvents.max, config.maxEventBytes ?? null, refs]));
    memo.key = oldKey;
    memo.inFlight.events[0].branches = ['origin/feat', 'origin/feat'];
    writeFileSync(memoFile, JSON.stringify(memo));
    expect(await plain(remembered())).toEqual(await plain(fresh()));
  });

  it('a planted or damaged remote.memo is no answer and never stops the read: a link, a FIFO, __proto__, wrong types', async () => {
    const { memoDir, memoFile, remembered, fresh, plain } = repository();
    await remembered();
    const good = readFileSync(memoFile, 'utf8');
    const planted = JSON.parse(good);
    planted.inFlight.events[0].now = 'planted';
    const elsewhere = join(testdir(), 'planted.memo');
    writeFileSync(elsewhere, JSON.stringify(planted));
    const expected = await plain(fresh());

    // A link to a well-formed answer under the right key is not followed.
    execFileSync('rm', ['-f', memoFile]);
    symlinkSync(elsewhere, memoFile);
    expect(await plain(remembered())).toEqual(expected);
    // A FIFO neither blocks nor answers.
    execFileSync('rm', ['-f', memoFile]);
    execFileSync('mkfifo', [memoFile]);
    expect(await plain(remembered())).toEqual(expected);
    // Own __proto__ keys and wrong types.
    for (const text of [
      JSON.stringify({ ...JSON.parse(good), inFlight: { ...JSON.parse(good).inFlight, total: '1' } }),
      JSON.stringify({ ...JSON.parse(good), inFlight: { ...JSON.parse(good).inFlight, events: [{ ...JSON.parse(good).inFlight.events[0], branches: 'origin/feat' }] } }),
      JSON.stringify({ ...JSON.parse(good), inFlight: null }),
      'null',
      '[]',
      '"text"',
    ]) {
      execFileSync('rm', ['-f', memoFile]);
      writeFileSync(memoFile, text);
      const answer = await plain(remembered());
      expect(answer, text).toEqual(expected);
    }
    // An own `__proto__` key is only a key: the answer's fields are its own, nothing is polluted.
    execFileSync('rm', ['-f', memoFile]);
    writeFileSync(memoFile, good.replace('"inFlight":{', '"inFlight":{"__proto__":{"events":[],"total":0},'));
    expect((await plain(remembered())) as object).toMatchObject(expected as object);
    expect(({} as { events?: unknown }).events).toBeUndefined();
    expect(memoDir).toBeTruthy();
  });
});
