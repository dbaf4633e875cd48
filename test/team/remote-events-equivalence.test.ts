import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCodePoints, parseEvent, type EventIssue } from '@ledger-synth/core';
import { catFileBatch, parseTreeBlobs, runGit } from '../../packages/node/src/git-plumbing.js';
import { relativeTo } from '../../packages/node/src/ids/publication-order.js';
import { shortRef } from '../../packages/node/src/ids/ref-check.js';
import { listRemoteRefs, readRemoteEvents, type RemoteEvent, type RemoteEvents, type RemoteEventsOptions } from '../../packages/node/src/remote-events.js';
import { GIT_ENV, git } from '../helpers/git.js';
import { testdir } from '../helpers/testdir.js';

/*
 * readRemoteEvents parses each distinct events tree once and skips refs on HEAD's events tree
 * (commit 62867bf). The oracle is the algorithm before it (1a8b867, below, unchanged but for the
 * deadline notes and a ref named twice as a carrier): every ref's tree parsed, HEAD's archive always listed. Both read the same real
 * repositories, built by one `git fast-import` per case from a seeded description: refs sharing
 * trees or HEAD's tree, one blob under several names, a missing events directory or a file in its
 * place, links and sub-directories, an archive on HEAD, unparsable and oversized events, HEAD unborn.
 */
async function oracle(options: RemoteEventsOptions): Promise<RemoteEvents> {
  const { cwd, env } = options;
  const listed = await runGit(cwd, ['for-each-ref', '--format=%(refname)%00%(symref)', ...(options.refPatterns ?? ['refs/remotes'])], { env, timeoutMs: options.timeoutMs });
  if (!listed.ok) throw new Error('oracle: for-each-ref failed');
  const refs = listed.stdout
    .toString('utf8')
    .split('\n')
    .map((line) => line.split('\0'))
    .filter(([ref, symref]) => ref && !symref)
    .map(([ref]) => ref!);
  if (refs.length === 0) return { events: [], refs: 0, omitted: 0, found: 0, issues: [], note: undefined };
  const top = options.top!;
  const dir = relativeTo(top, options.eventsDir);
  const archive = options.archiveDir ? relativeTo(top, options.archiveDir) : undefined;
  const specs = ['HEAD', ...refs].map((rev) => `${rev}:${dir}`);
  const batch = await catFileBatch(cwd, archive ? [...specs, `HEAD:${archive}`] : specs, options.timeoutMs, env);
  if (batch.timedOut || batch.error) throw new Error('oracle: cat-file failed');
  const trees = specs.map((_, i) => {
    const object = batch.objects[i];
    return object?.type === 'tree' ? parseTreeBlobs(object.content, object.oid.length) : new Map<string, string>();
  });
  const here = trees[0] ?? new Map<string, string>();
  const known = new Set(here.values());
  if (archive && batch.objects[specs.length]?.type === 'tree') {
    const archived = await runGit(cwd, ['ls-tree', '-r', '-z', 'HEAD', '--', `:(literal)${archive}`], { env, timeoutMs: options.timeoutMs });
    for (const entry of archived.stdout.toString('utf8').split('\0')) {
      const oid = /^\d+ blob ([0-9a-f]{40,64})\t/.exec(entry)?.[1];
      if (oid) known.add(oid);
    }
  }
  const found = new Map<string, { file: string; oid: string; branches: string[] }>();
  trees.slice(1).forEach((tree, i) => {
    for (const [file, oid] of tree ?? []) {
      if (!file.endsWith('.md') || file.startsWith('.') || known.has(oid) || here.get(file) === oid) continue;
      const entry = found.get(oid) ?? { file, oid, branches: [] };
      // 1a8b867 named a ref twice when its tree held the blob under two names (fixed since).
      if (!entry.branches.includes(shortRef(refs[i]!))) entry.branches.push(shortRef(refs[i]!));
      found.set(oid, entry);
    }
  });
  const candidates = [...found.values()].sort((a, b) => compareCodePoints(b.file, a.file) || compareCodePoints(a.oid, b.oid));
  const chosen = candidates.slice(0, Math.max(0, options.max));
  const blobs = await catFileBatch(cwd, chosen.map((c) => c.oid), options.timeoutMs, env);
  const events: RemoteEvent[] = [];
  const issues: EventIssue[] = [];
  chosen.forEach((candidate, i) => {
    const object = blobs.objects[i];
    if (!object) return;
    const branches = candidate.branches.sort(compareCodePoints);
    if (options.maxEventBytes !== undefined && object.content.length > options.maxEventBytes) {
      issues.push({ file: `${branches[0]}:${candidate.file}`, reason: `larger than ${options.maxEventBytes} bytes` });
      return;
    }
    const parsed = parseEvent(object.content.toString('utf8'), candidate.file);
    if (parsed.ok) events.push({ file: candidate.file, oid: candidate.oid, branches, event: parsed.event });
    else issues.push({ file: `${branches[0]}:${candidate.file}`, reason: parsed.issue.reason });
  });
  events.sort((a, b) => b.event.ts.epochMs - a.event.ts.epochMs || compareCodePoints(b.file, a.file));
  return { events, refs: refs.length, omitted: candidates.length - chosen.length, found: candidates.length, issues, note: undefined };
}

const eventText = (ts: string, agent: string) => `---\nts: ${ts}\nagent: ${agent}\ntype: session_end\n---\nnow: ${agent} at ${ts}\n`;
/** Blob contents: events (two at one instant), one unparsable, one over maxEventBytes (300). */
const BLOBS = [
  eventText('2026-01-10T09:00:00Z', 'ann'),
  eventText('2026-01-10T10:00:00Z', 'bob'),
  eventText('2026-01-10T10:00:00Z', 'cat'),
  eventText('2026-01-10T11:00:00Z', 'dan'),
  eventText('2026-01-10T12:00:00Z', 'eve'),
  'not an event at all\n',
  `${eventText('2026-01-10T13:00:00Z', 'fat')}${'x'.repeat(400)}\n`,
];
/** Names in the events directory: event-like (sorting unlike their contents' times), others the read ignores. */
const NAMES = [
  '2026-01-10T09-00-00.000Z_a_x.md',
  '2026-01-10T10-00-00.000Z_b_x.md',
  '2026-01-10T10-00-00.000Z_b_y.md',
  '2026-01-10T11-00-00.000Z_d_x.md',
  '2026-01-10T12-00-00.000Z_e_x.md',
  '2026-01-11T00-00-00.000Z_z_x.md',
  '.hidden.md',
  'notes.txt',
];

type Entry = { name: number; blob: number; mode: '100644' | '100755' | '120000' | 'sub' };
/** An events directory: entries, absent, or a file where the directory should be. */
type Tree = { kind: 'dir'; entries: Entry[] } | { kind: 'absent' } | { kind: 'file'; blob: number };

const entryArb: fc.Arbitrary<Entry> = fc.record({
  name: fc.nat(NAMES.length - 1),
  blob: fc.nat(BLOBS.length - 1),
  mode: fc.constantFrom<Entry['mode']>('100644', '100644', '100644', '100755', '120000', 'sub'),
});
const treeArb: fc.Arbitrary<Tree> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('dir' as const), entries: fc.uniqueArray(entryArb, { selector: (e) => e.name, maxLength: 6 }) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'absent' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('file' as const), blob: fc.nat(BLOBS.length - 1) }) },
);
const caseArb = fc.record({
  trees: fc.array(treeArb, { minLength: 1, maxLength: 4 }),
  /** HEAD's events tree: one of `trees` (refs on it carry nothing), or none (unborn HEAD). */
  head: fc.option(fc.nat(3), { nil: undefined }),
  /** Each ref's events tree: an index into `trees` (refs share trees), and whether its commit differs outside events/. */
  refs: fc.array(fc.record({ tree: fc.nat(3), other: fc.boolean() }), { maxLength: 6 }),
  /** Blobs HEAD holds in its archive (in a dated sub-directory). */
  archived: fc.uniqueArray(fc.nat(BLOBS.length - 1), { maxLength: 3 }),
  withArchiveDir: fc.boolean(),
  max: fc.constantFrom(0, 1, 2, 3, 50),
  originHead: fc.boolean(),
});

type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function fastImportStream(run: number, c: Case): string {
  const parts: string[] = [];
  BLOBS.forEach((text, i) => parts.push(`blob\nmark :${i + 1}\ndata ${Buffer.byteLength(text)}\n${text}\n`));
  const treeLines = (tree: Tree): string[] => {
    if (tree.kind === 'absent') return [];
    if (tree.kind === 'file') return [`M 100644 :${tree.blob + 1} ev`];
    return tree.entries.map((e) => {
      const name = NAMES[e.name]!;
      if (e.mode === 'sub') return `M 100644 :${e.blob + 1} ev/sub/${name}`;
      return `M ${e.mode} :${e.blob + 1} ev/${name}`;
    });
  };
  const commit = (ref: string, lines: string[]) => parts.push(`commit ${ref}\ncommitter T <t@example.com> 0 +0000\ndata 0\n${lines.join('\n')}${lines.length ? '\n' : ''}\n`);
  if (c.head !== undefined) {
    const archive = c.archived.map((blob) => `M 100644 :${blob + 1} arch/2026-01/${NAMES[blob % 6]}`);
    commit(`refs/heads/run${run}`, [...treeLines(c.trees[c.head % c.trees.length]!), ...archive, 'M 100644 :1 README']);
  }
  c.refs.forEach((ref, i) => commit(`refs/remotes/run${run}/r${i}`, [...treeLines(c.trees[ref.tree % c.trees.length]!), ...(ref.other ? [`M 100644 :${(i % BLOBS.length) + 1} other`] : [])]));
  return parts.join('');
}

describe('remote reads: one parse per distinct events tree gives what a parse per ref gave', () => {
  it('readRemoteEvents equals the per-ref algorithm over seeded repositories (with and without a listing)', async () => {
    const top = testdir();
    git(top, 'init', '-q', '-b', 'main');
    let run = 0;
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        run++;
        execFileSync('git', ['fast-import', '--quiet'], { cwd: top, input: fastImportStream(run, c), env: { ...process.env, ...GIT_ENV } });
        git(top, 'symbolic-ref', 'HEAD', `refs/heads/run${run}`); // unborn when the case has no HEAD commit
        if (c.originHead && c.refs.length > 0) git(top, 'symbolic-ref', `refs/remotes/run${run}/HEAD`, `refs/remotes/run${run}/r0`);
        const options: RemoteEventsOptions = {
          cwd: top,
          top,
          eventsDir: join(top, 'ev'),
          archiveDir: c.withArchiveDir ? join(top, 'arch') : undefined,
          max: c.max,
          timeoutMs: 60_000,
          maxEventBytes: 300,
          refPatterns: [`refs/remotes/run${run}`],
        };
        const expected = await oracle(options);
        expect(await readRemoteEvents(options)).toEqual(expected);
        const listed = await listRemoteRefs(top, options.refPatterns, 60_000);
        expect(Array.isArray(listed)).toBe(true);
        expect(await readRemoteEvents({ ...options, listed: listed as Exclude<typeof listed, string> })).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });
});

describe('remote reads: carriers', () => {
  it('a branch holding one event under two names is named once as its carrier', async () => {
    const top = testdir();
    git(top, 'init', '-q', '-b', 'main');
    git(top, 'commit', '-q', '--allow-empty', '-m', 'initial');
    const text = BLOBS[1]!;
    const stream = [
      `blob\nmark :1\ndata ${Buffer.byteLength(text)}\n${text}\n`,
      `commit refs/remotes/origin/copy\ncommitter T <t@example.com> 0 +0000\ndata 0\nM 100644 :1 ev/${NAMES[1]}\nM 100644 :1 ev/${NAMES[2]}\n\n`,
      `commit refs/remotes/origin/one\ncommitter T <t@example.com> 0 +0000\ndata 0\nM 100644 :1 ev/${NAMES[1]}\n\n`,
    ].join('');
    execFileSync('git', ['fast-import', '--quiet'], { cwd: top, input: stream, env: { ...process.env, ...GIT_ENV } });
    const result = await readRemoteEvents({ cwd: top, top, eventsDir: join(top, 'ev'), max: 50, timeoutMs: 60_000 });
    expect(result.found).toBe(1);
    expect(result.events.map((e) => e.branches)).toEqual([['origin/copy', 'origin/one']]);
  });
});
