import { chmodSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { digestState, expandWarning, renderLedger, trackedResolutions } from '@ledger-synth/core';
import { describe, expect, it } from 'vitest';
import { rng } from '../../bench/rng.mjs';
import { decodeOutcome, encodeOutcome } from '../../packages/node/src/read-events.js';
import { listEvents, readAndFold } from '../helpers/read-fold.js';
import { FirstWarnings, warningsOfFile } from '../../packages/node/src/read-fold.js';
import { readEventFile } from '../../packages/node/src/read-events.js';
import { compactWarning } from '@ledger-synth/core';
import { waitPastChanges } from '../helpers/racy.js';
import { runCli } from '../helpers/run-cli.js';
import { eventText, parsedEvent, testdir } from '../helpers/testdir.js';
import { STREAM_CONFIG } from './process.js';

// The guarantees of the fold cache (packages/node/src/fold-cache.ts, used by read-fold.ts): it never
// serves a changed file, it stores only settled files, and a run through it equals a run without it
// (the oracle): same state, same skip reasons and warnings, same resolutions, same rendered bytes.

const MAX = 1 << 20;

function event(n: number, extra = ''): string {
  return eventText({
    ts: `2026-03-01T09:${String(n % 60).padStart(2, '0')}:00Z`,
    agent: `agent-${n % 3}`,
    body: `now: step ${n}${extra}\nthis_session:\n- done ${n} #${n + 100}\ndecisions:\n  owner: "agent-${n % 3} at ${n}"\ncheckpoints:\n- phase: ${n % 4}\n  status: validated\n`,
  });
}

const cacheDir = (dir: string) => join(dir, '.ledger-synth', 'cache', 'test');

/** The base64 keys line of a cache with its `at`-th number replaced. */
function withNumber(line: string, at: number, value: number): string {
  const numbers = new Float64Array(new Uint8Array(Buffer.from(line, 'base64')).buffer);
  numbers[at] = value;
  return Buffer.from(numbers.buffer).toString('base64');
}

/** One read through the cache (racy window 0 unless given) and one without: both folded and rendered. */
async function both(dir: string, racyMs = 0) {
  const files = await listEvents(dir);
  const warm = await readAndFold(files, { displayRoot: dir, maxEventBytes: MAX, cacheDir: cacheDir(dir), racyMs });
  const cold = await readAndFold(files, { displayRoot: dir, maxEventBytes: MAX });
  return { warm, cold, warmText: observed(warm), coldText: observed(cold) };
}

/** Everything a run shows of a read: the rendered ledger, its digest, skips, warnings, resolutions. */
function observed(read: Awaited<ReturnType<typeof readAndFold>>): string {
  return [
    renderLedger(read.state, { generatedAt: '2026-03-02T00:00:00Z' }),
    digestState(read.state),
    JSON.stringify(read.issues),
    JSON.stringify([read.warnings.count, read.warnings.files, read.warnings.first().map(([i, list]) => [i, list.map(expandWarning)])]),
    JSON.stringify(trackedResolutions(read.tracker)),
  ].join('\n----\n');
}

async function stream(count: number): Promise<string> {
  const files: Record<string, string> = { '.ledger-synth.yaml': STREAM_CONFIG };
  for (let n = 0; n < count; n++) files[`events/e${String(n).padStart(3, '0')}.md`] = event(n);
  const dir = testdir(files);
  await waitPastChanges([join(dir, 'events')]);
  return dir;
}

describe('fold cache', () => {
  it('a second run parses nothing and folds to the same ledger as a run without the cache', async () => {
    const dir = await stream(20);
    const first = await both(dir);
    expect(first.warm.stats).toMatchObject({ files: 20, parsed: 20, cached: 0 });
    const second = await both(dir);
    expect(second.warm.stats).toMatchObject({ files: 20, parsed: 0, cached: 20 });
    expect(second.warmText).toBe(second.coldText);
    expect(second.warm.state).toEqual(second.cold.state);
  });

  it('new files are read and folded into the cached state; only they are parsed', async () => {
    const dir = await stream(10);
    await both(dir);
    writeFileSync(join(dir, 'events/e100.md'), event(100));
    writeFileSync(join(dir, 'events/e101.md'), event(101, ' #7 lost'));
    await waitPastChanges([join(dir, 'events')]);
    const added = await both(dir);
    expect(added.warm.stats).toMatchObject({ files: 12, parsed: 2, cached: 10 });
    expect(added.warmText).toBe(added.coldText);
    // Every event here loses a ` #` comment; the new one loses two: warnings come from the cache and the read alike.
    expect(added.warm.warnings.first().map(([, list]) => list.length)).toEqual([...Array(11).fill(1), 2]);
    expect(added.warm.warnings).toMatchObject({ count: 13, files: 12 });
    expect((await both(dir)).warm.stats).toMatchObject({ parsed: 0, cached: 12 });
  });

  it('warnings come back from the cache word for word (long, quoted, non-ASCII text; duplicate keys)', async () => {
    const dir = await stream(1);
    const body = [
      'now: A long line of work that goes well past the sixty characters a warning quotes #41',
      'this_session:',
      '- He said "ok" and \\ left #7',
      '- Réglé le cache #été',
      'decisions:',
      '  "k \\"q\\"": one',
      '  "k \\"q\\"": two',
      '',
    ].join('\n');
    writeFileSync(join(dir, 'events/w.md'), eventText({ ts: '2026-03-01T10:00:00Z', agent: 'writer', body }));
    await waitPastChanges([join(dir, 'events')]);
    await both(dir);
    const warm = await both(dir);
    expect(warm.warm.stats).toMatchObject({ parsed: 0, cached: 2 });
    expect(warm.warm.warnings.first()).toEqual(warm.cold.warnings.first());
    expect(warm.warm.warnings.first()[1]?.[1]).toHaveLength(4);
  });

  it('names and keys are written in pieces past 1,024 rows; a cache grown past its journal covers the old and the new rows', async () => {
    const dir = await stream(2100);
    await both(dir);
    const file = join(cacheDir(dir), 'fold.cache');
    const rows = (lines: string[]) => [JSON.parse(lines[2]!) as string[], new Float64Array(new Uint8Array(Buffer.from(lines[3]!, 'base64')).buffer)] as const;
    const before = readFileSync(file, 'utf8').split('\n');
    expect(before[1]).toMatch(/^rows 2100 id [0-9a-f]{16}$/);
    const [names, keys] = rows(before);
    expect(names).toEqual((await listEvents(dir)).map((path) => path.slice(dir.length + 1)));
    expect(keys).toHaveLength(2100 * 6);
    // Every file has one warning (` #` in this_session): counted, the words are not stored.
    expect(Array.from({ length: 2100 }, (_, row) => keys[row * 6 + 5])).toEqual(Array(2100).fill(1));
    expect(before.join('\n')).not.toMatch(/comment/);
    // More new files than the journal takes (2100 / 16 = 131): the base is written again.
    for (let n = 0; n < 200; n++) writeFileSync(join(dir, `events/z${n}.md`), event(5000 + n));
    await waitPastChanges([join(dir, 'events')]);
    const grown = await both(dir);
    expect(grown.warm.stats).toMatchObject({ files: 2300, parsed: 200, cached: 2100 });
    expect(grown.warmText).toBe(grown.coldText);
    const after = readFileSync(file, 'utf8').split('\n');
    expect(after[1]).toMatch(/^rows 2300 id [0-9a-f]{16}$/);
    expect(after[1]).not.toBe(before[1]);
    expect(rows(after)[0]).toEqual([...names, ...(await listEvents(dir)).slice(2100).map((path) => path.slice(dir.length + 1))]);
    expect(rows(after)[1].subarray(0, 2100 * 6)).toEqual(keys);
    const again = await both(dir);
    expect(again.warm.stats).toMatchObject({ parsed: 0, cached: 2300 });
    expect(again.warmText).toBe(again.coldText);
  });

  it('names past the first piece of 1,024 rows are ASCII too (JSON escapes): a non-ASCII name in a later piece is still a hit', async () => {
    const dir = await stream(1030);
    writeFileSync(join(dir, 'events/zé — 日本.md'), event(9000));
    await waitPastChanges([join(dir, 'events')]);
    await both(dir);
    const text = readFileSync(join(cacheDir(dir), 'fold.cache'));
    expect(text.every((byte) => byte < 0x80)).toBe(true);
    expect((JSON.parse(text.toString('latin1').split('\n')[2]!) as string[]).at(-1)).toBe('events/zé — 日本.md');
    const warm = await both(dir);
    expect(warm.warm.stats).toMatchObject({ files: 1031, parsed: 0, cached: 1031 });
    expect(warm.warmText).toBe(warm.coldText);
  });

  it('a few new files go to the journal (the base is not rewritten); a journal line that is torn, damaged or for another base only costs a read', async () => {
    const dir = await stream(100);
    await both(dir);
    const file = join(cacheDir(dir), 'fold.cache');
    const journal = join(cacheDir(dir), 'fold.journal');
    const base = readFileSync(file);
    writeFileSync(join(dir, 'events/z1.md'), event(5000));
    writeFileSync(join(dir, 'events/z2.md'), event(5001, '\nnow: again')); // a duplicate key: a warning
    await waitPastChanges([join(dir, 'events')]);
    expect((await both(dir)).warm.stats).toMatchObject({ files: 102, parsed: 2, cached: 100 });
    expect(readFileSync(file)).toEqual(base);
    expect(readFileSync(journal, 'utf8').split('\n').filter(Boolean)).toHaveLength(1);
    writeFileSync(join(dir, 'events/z3.md'), event(5002));
    await waitPastChanges([join(dir, 'events')]);
    const third = await both(dir);
    expect(third.warm.stats).toMatchObject({ files: 103, parsed: 1, cached: 102 });
    expect(third.warmText).toBe(third.coldText);
    const again = await both(dir);
    expect(again.warm.stats).toMatchObject({ parsed: 0, cached: 103 });
    expect(again.warmText).toBe(again.coldText);
    expect(readFileSync(file)).toEqual(base);
    const good = readFileSync(journal, 'utf8');
    const [first, second] = good.split('\n').filter(Boolean) as [string, string];
    expect(existsSync(journal)).toBe(true);
    const damaged: [string, number][] = [
      [`${first}\n${second.slice(0, -10)}`, 1], // the last line torn
      [`${first.slice(0, 40)}x${first.slice(41)}\n${second}\n`, 2], // a line that does not match its checksum
      [`${'0'.repeat(16)}${first.slice(16)}\n${second}\n`, 2], // a line for another base
      ['\u0000\u0001 not a journal\n', 3],
      [`${first}\n${first}\n${second}\n`, 0], // a line appended twice (two runs that found the same files): kept once
      [`${first}\n${second}\n${second}\n`, 0],
    ];
    for (const [text, parsed] of damaged) {
      writeFileSync(journal, text);
      const after = await both(dir);
      expect(after.warm.stats).toMatchObject({ parsed, cached: 103 - parsed });
      expect(after.warmText).toBe(after.coldText);
    }
    // A torn last line (a crash mid-append) does not take the next append down with it.
    writeFileSync(journal, `${first}\n${second.slice(0, -10)}`);
    expect((await both(dir)).warm.stats).toMatchObject({ parsed: 1, cached: 102 }); // z3 again, appended after the torn line
    const mended = await both(dir);
    expect(mended.warm.stats).toMatchObject({ parsed: 0, cached: 103 });
    expect(mended.warmText).toBe(mended.coldText);
  });

  it('past the journal limit the base is written again with the journal rows, and the journal goes', async () => {
    const dir = await stream(100);
    await both(dir);
    const journal = join(cacheDir(dir), 'fold.journal');
    for (let n = 0; n < 3; n++) writeFileSync(join(dir, `events/j${n}.md`), event(6000 + n, n === 1 ? '\nnow: twice' : ''));
    writeFileSync(join(dir, 'events/broken.md'), 'no frontmatter\n');
    await waitPastChanges([join(dir, 'events')]);
    expect((await both(dir)).warm.stats).toMatchObject({ parsed: 4, cached: 100 });
    expect(existsSync(journal)).toBe(true);
    // 16 is the smallest limit: 4 in the journal + 70 new files pass it.
    for (let n = 0; n < 70; n++) writeFileSync(join(dir, `events/k${n}.md`), event(7000 + n));
    writeFileSync(join(dir, 'events/k-broken.md'), 'no frontmatter either\n'); // a reason among the new rows, after the journal's
    await waitPastChanges([join(dir, 'events')]);
    const compacted = await both(dir);
    expect(compacted.warm.stats).toMatchObject({ files: 175, parsed: 71, cached: 104 });
    expect(compacted.warmText).toBe(compacted.coldText);
    expect(existsSync(journal)).toBe(false);
    expect(readFileSync(join(cacheDir(dir), 'fold.cache'), 'utf8').split('\n')[1]).toMatch(/^rows 175 /);
    const again = await both(dir);
    expect(again.warm.stats).toMatchObject({ parsed: 0, cached: 175 });
    expect(again.warmText).toBe(again.coldText);
    expect(again.warm.issues.map((issue) => issue.file)).toEqual(again.cold.issues.map((issue) => issue.file));
    expect(again.warm.issues).toHaveLength(2);
  });

  it('a removed or renamed file makes the whole cache a miss (a fold cannot forget an event)', async () => {
    const dir = await stream(6);
    await both(dir);
    unlinkSync(join(dir, 'events/e001.md'));
    const removed = await both(dir);
    expect(removed.warm.stats).toMatchObject({ files: 5, parsed: 5, cached: 0 });
    expect(removed.warmText).toBe(removed.coldText);
    expect(removed.warmText).not.toContain('step 1\n');
    renameSync(join(dir, 'events/e002.md'), join(dir, 'events/z002.md'));
    const renamed = await both(dir);
    expect(renamed.warm.stats).toMatchObject({ parsed: 5, cached: 0 });
    expect(renamed.warmText).toBe(renamed.coldText);
  });

  it('a file edited in place with the same size and its old mtime restored is never served stale', async () => {
    const dir = await stream(5);
    await both(dir);
    const path = join(dir, 'events/e002.md');
    const before = statSync(path);
    writeFileSync(path, readFileSync(path, 'utf8').replace('step 2', 'step 9'));
    utimesSync(path, before.atime, before.mtime); // like `cp -p` or a checkout of an old blob
    expect(statSync(path).size).toBe(before.size);
    const after = await both(dir);
    expect(after.warm.stats).toMatchObject({ parsed: 5, cached: 0 });
    expect(after.warm.state.agentNow.get('agent-2')?.value).toBe('step 9');
    expect(after.warmText).toBe(after.coldText);
  });

  it('racy files (changed within the racy window) are used but not stored; once settled they are', async () => {
    const dir = await stream(3);
    writeFileSync(join(dir, 'events/new.md'), event(7));
    const racy = await both(dir, 60_000); // everything written within the last minute is racy
    expect(racy.warm.stats).toMatchObject({ parsed: 4, cached: 0 });
    expect(racy.warmText).toBe(racy.coldText);
    expect((await both(dir, 60_000)).warm.stats).toMatchObject({ parsed: 4, cached: 0 });
    // The run after the files settled stores them; the run after that is warm.
    await waitPastChanges([join(dir, 'events')]);
    expect((await both(dir, 0)).warm.stats).toMatchObject({ parsed: 4, cached: 0 });
    expect((await both(dir, 0)).warm.stats).toMatchObject({ parsed: 0, cached: 4 });
  });

  it('the words of a counted warning are read again from its file, only while it has the key it was folded with', async () => {
    const dir = await stream(1);
    const path = join(dir, 'events/e000.md');
    const { outcome, key } = readEventFile(path, MAX);
    expect(warningsOfFile(path, key!, MAX)).toEqual(outcome.warnings!.map(compactWarning));
    writeFileSync(path, event(0, ' #8 and #9'));
    expect(() => warningsOfFile(path, key!, MAX)).toThrow(/changed since it was folded/);
  });

  it('a shown file that changes after the cache matched it (same warning count, other words) is not worded from its new bytes: the read starts again without the cache', async () => {
    const dir = await stream(3);
    await both(dir);
    writeFileSync(join(dir, 'events/e100.md'), event(100)); // something to read: the read ticks (onProgress) after the cache matched
    await waitPastChanges([join(dir, 'events')]);
    const files = await listEvents(dir);
    const path = join(dir, 'events/e000.md');
    let edits = 0;
    const onProgress = () => {
      if (edits++ > 0) return;
      // Still one lost ` #` comment, in other words and another fold: only the key tells them apart.
      writeFileSync(path, readFileSync(path, 'utf8').replace('done 0 #100', 'finished zero #100').replace('step 0', 'step zero'));
    };
    const warm = await readAndFold(files, { displayRoot: dir, maxEventBytes: MAX, cacheDir: cacheDir(dir), racyMs: 0, onProgress });
    expect(edits).toBeGreaterThan(0);
    const cold = await readAndFold(files, { displayRoot: dir, maxEventBytes: MAX });
    expect(cold.warnings.first()[0]![1].map(expandWarning)[0]!.message).toMatch(/finished zero/);
    expect(observed(warm)).toBe(observed(cold));
    expect(warm.state.agentNow.get('agent-0')?.value).toBe('step zero');
    // Read again on this thread without the cache (it was removed), and a new one stored.
    expect(warm.stats).toMatchObject({ files: 4, parsed: 4, cached: 0 });
    await waitPastChanges([join(dir, 'events')]);
    await both(dir);
    const again = await both(dir);
    expect(again.warm.stats).toMatchObject({ parsed: 0, cached: 4 });
    expect(again.warmText).toBe(again.coldText);
  });

  it('a reader on a budget weighs the whole warm path (load, an lstat per covered file, decode) before it loads the cache, and a cold read at the floor\'s speed', async () => {
    const dir = await stream(300);
    await both(dir);
    const files = await listEvents(dir);
    const bytes = statSync(join(cacheDir(dir), 'fold.cache')).size;
    const asked: number[] = [];
    const shouldStop = (aheadMs = 0) => (asked.push(aheadMs), false);
    const warm = await readAndFold(files, { displayRoot: dir, maxEventBytes: MAX, cacheDir: cacheDir(dir), racyMs: 0, shouldStop });
    expect(warm.stats).toMatchObject({ parsed: 0, cached: 300 });
    // The first question, before the file is read: loading it alone would be bytes / 60,000 ms.
    expect(asked[0]).toBeGreaterThanOrEqual(bytes / 60_000 + 300 * 0.01 + (0.7 * bytes) / 40_000 - 1e-9);
    // One that cannot fit it stops there: nothing loaded, nothing read.
    const stopping = (aheadMs = 0) => aheadMs >= asked[0]!;
    await expect(readAndFold(files, { displayRoot: dir, maxEventBytes: MAX, cacheDir: cacheDir(dir), racyMs: 0, shouldStop: stopping })).rejects.toThrow(/stopped/);
    // Without a cache, the first question weighs reading every file at the floor's speed (20 µs each).
    rmSync(cacheDir(dir), { recursive: true, force: true });
    const cold: number[] = [];
    const coldRead = await readAndFold(files, { displayRoot: dir, maxEventBytes: MAX, cacheDir: cacheDir(dir), racyMs: 0, shouldStop: (aheadMs = 0) => (cold.push(aheadMs), false) });
    expect(coldRead.stats).toMatchObject({ parsed: 300, cached: 0 });
    expect(cold[0]).toBeCloseTo(300 * 0.02, 9);
    await expect(readAndFold(files, { displayRoot: dir, maxEventBytes: MAX, racyMs: 0, shouldStop: (aheadMs = 0) => aheadMs >= 300 * 0.02 })).rejects.toThrow(/stopped/);
  });

  it('a run that may not write (--check) reads a cache whose warning count is wrong like no cache, and leaves it as it was', async () => {
    const dir = await stream(5);
    await both(dir);
    const file = join(cacheDir(dir), 'fold.cache');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[3] = withNumber(lines[3]!, 2 * 6 + 5, 2); // e002 has one warning, not two
    const damaged = lines.join('\n');
    writeFileSync(file, damaged);
    const files = await listEvents(dir);
    // Asked at every (re)start of the read: a retry that came back to the same cache would ask forever.
    let asked = 0;
    const shouldStop = () => ++asked > 20;
    const checked = await readAndFold(files, { displayRoot: dir, maxEventBytes: MAX, cacheDir: cacheDir(dir), racyMs: 0, store: false, shouldStop });
    const cold = await readAndFold(files, { displayRoot: dir, maxEventBytes: MAX });
    expect(observed(checked)).toBe(observed(cold));
    expect(checked.warnings).toMatchObject({ count: 5, files: 5 });
    expect(checked.stats).toMatchObject({ parsed: 5, cached: 0 });
    expect(checked.listing).toBeUndefined(); // read without a cache directory: nothing for the memo to stand for
    expect(readFileSync(file, 'utf8')).toBe(damaged);
    // A run that may write removes it and stores a good one.
    const writing = await both(dir);
    expect(writing.warmText).toBe(writing.coldText);
    expect(readFileSync(file, 'utf8')).not.toBe(damaged);
    expect((await both(dir)).warm.stats).toMatchObject({ parsed: 0, cached: 5 });
  });

  it('a journal line of the format before counts (warnings as words, no warningCounts) is skipped: its files are read again', async () => {
    const dir = await stream(100);
    await both(dir);
    writeFileSync(join(dir, 'events/z1.md'), event(5000, '\nnow: again')); // a duplicate key: two warnings
    await waitPastChanges([join(dir, 'events')]);
    expect((await both(dir)).warm.stats).toMatchObject({ files: 101, parsed: 1, cached: 100 });
    const journal = join(cacheDir(dir), 'fold.journal');
    const [line] = readFileSync(journal, 'utf8').split('\n').filter(Boolean) as [string];
    const entry = JSON.parse(line.slice(34)) as { warningCounts?: number[]; warnings?: unknown };
    expect(entry.warningCounts).toEqual([2]);
    // The same line as the previous format wrote it, under this base's id and a checksum that holds.
    const { warningCounts: _, ...rest } = entry;
    const old = JSON.stringify({ ...rest, warnings: [[[6, 'comment', 'done 5000', '#5100'], [6, 'duplicate', 'now', 5]]] });
    const { createHash } = await import('node:crypto');
    writeFileSync(journal, `\n${line.slice(0, 16)} ${createHash('sha256').update(old).digest('hex').slice(0, 16)} ${old}\n`);
    const after = await both(dir);
    expect(after.warm.stats).toMatchObject({ files: 101, parsed: 1, cached: 100 });
    expect(after.warmText).toBe(after.coldText);
    expect(after.warm.warnings).toMatchObject({ count: 102, files: 101 });
  });

  it('malformed files keep their reason through the cache', async () => {
    const dir = await stream(2);
    writeFileSync(join(dir, 'events/broken.md'), 'no frontmatter\n');
    writeFileSync(join(dir, 'events/bin.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0, 1]));
    await waitPastChanges([join(dir, 'events')]);
    await both(dir);
    const { warm, cold } = await both(dir);
    expect(warm.stats.parsed).toBe(0);
    expect(warm.issues).toEqual(cold.issues);
    expect(warm.issues.map((issue) => issue.reason)).toEqual([expect.stringMatching(/binary/), expect.stringMatching(/frontmatter/)]);
  });

  it('a torn, foreign or damaged cache is ignored and rewritten', async () => {
    const dir = await stream(30);
    await both(dir);
    const file = join(cacheDir(dir), 'fold.cache');
    const good = readFileSync(file, 'utf8');
    const lines = good.split('\n');
    const events = lines.length - 2 - 6; // the first state line (6 state lines, `end`, '')
    const swap = (at: number, line: string) => [...lines.slice(0, at), line, ...lines.slice(at + 1)].join('\n');
    const damaged = [
      good.slice(0, -20), // torn
      good.replace(/^[^\n]*/, 'ledger-synth-fold-cache/0'), // foreign format
      good.replace(/\nrows \d+ /, '\nrows 7 '), // a row count that does not fit
      good.replace(/\nrows \d+ /, '\nrows 99999999999 '), // one far past the file's end
      swap(2, '["x'), // names that do not parse
      swap(3, 'AAAA'), // keys of the wrong length
      swap(3, withNumber(lines[3]!, 5, -1)), // a negative warning count
      swap(3, withNumber(lines[3]!, 5, 0.5)), // a warning count that is no count
      swap(3, withNumber(lines[3]!, 5, 2)), // more warnings than its file has (found when they are shown)
      swap(4, '[["x"]]'), // a reason without its row
      swap(4, `[[0,"é"]]`), // not ASCII
      swap(events, '[["x",0,0,0,0,0,"'), // a state line that does not decode
      [...lines.slice(0, events + 1), '[[["no such record", 99999]]]', ...lines.slice(events + 2)].join('\n'), // a reference out of range
    ];
    for (const text of damaged) {
      writeFileSync(file, text);
      const after = await both(dir);
      expect(after.warm.stats).toMatchObject({ parsed: 30, cached: 0 });
      expect(after.warmText).toBe(after.coldText);
      expect((await both(dir)).warm.stats.parsed).toBe(0);
    }
  });

  it('an unwritable cache costs speed, never correctness', async () => {
    const dir = await stream(4);
    writeFileSync(join(dir, '.ledger-synth'), 'a file where the cache directory should be');
    const first = await both(dir);
    expect(first.warmText).toBe(first.coldText);
    expect((await both(dir)).warm.stats.parsed).toBe(4);
  });

  it('outcomes round-trip exactly: events with Maps, reasons, and parse warnings', () => {
    const parsed = parsedEvent('a.md', '2026-01-01T00:00:00.123456Z', 'toast', 'now: x\ndecisions:\n  __proto__: "kept"\n  k: v\n');
    for (const outcome of [{ event: parsed }, { event: parsed, warnings: [{ file: 'a.md', line: 3, message: 'duplicate key' }] }, { reason: 'binary file' }]) {
      expect(decodeOutcome(encodeOutcome(outcome))).toEqual(outcome);
    }
  });

  it('the CLI writes the same bytes with the cache (cold, then warm) as without it', async () => {
    const dir = await stream(30);
    const env = { SOURCE_DATE_EPOCH: '1800000000', LEDGER_SYNTH_CACHE_RACY_MS: '0' };
    const outputs: string[] = [];
    for (const extra of [{}, {}, { LEDGER_SYNTH_CACHE: '0' }]) {
      rmSync(join(dir, 'current.md'), { force: true });
      expect((await runCli(['--no-confirm'], { cwd: dir, env: { ...env, ...extra } })).code).toBe(0);
      outputs.push(readFileSync(join(dir, 'current.md'), 'utf8'));
    }
    expect(outputs[0]).toContain('step 29');
    expect(new Set(outputs).size).toBe(1);
  });
});

/**
 * Seeded (BENCH-style xorshift, seed printed on failure): random file sets, edits that keep size
 * and mtime, renames, deletes, replacements, racy writes; after every step the run through the
 * cache must give exactly the outcomes of a run without it.
 */
describe('fold cache: seeded property against the uncached read', () => {
  const seeds = Number(process.env.CACHE_PROPERTY_SEEDS ?? 12);
  const first = Number(process.env.CACHE_PROPERTY_SEED ?? 1);
  it.each(Array.from({ length: seeds }, (_, k) => first + k))('seed %i', async (seed) => {
    const random = rng(seed * 7919);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
    const dir = testdir({ '.ledger-synth.yaml': STREAM_CONFIG, 'events/.keep': '' });
    const events = join(dir, 'events');
    let counter = 0;
    const names = () => readdirSync(events).filter((name) => name.endsWith('.md'));
    const content = () => {
      const r = random();
      if (r < 0.1) return 'not an event\n';
      if (r < 0.15) return `---\nts: 2026-03-01T10:00:00Z\nagent: dup\n---\ndecisions:\n  a: 1\n  a: 2\n`;
      return event(Math.floor(random() * 500), random() < 0.3 ? ' #12 lost' : '');
    };
    for (let step = 0; step < 14; step++) {
      const existing = names();
      const op = existing.length === 0 ? 'add' : pick(['add', 'add', 'add-many', 'edit-same-size', 'rename', 'delete', 'replace', 'chmod-unreadable', 'none']);
      const target = existing.length > 0 ? join(events, pick(existing)) : '';
      if (op === 'add') for (let k = 1 + Math.floor(random() * 4); k > 0; k--) writeFileSync(join(events, `f${counter++}.md`), content());
      // Enough to pass the journal's smallest limit (16) now and then: the base is written again with the journal's rows.
      else if (op === 'add-many') for (let k = 6 + Math.floor(random() * 10); k > 0; k--) writeFileSync(join(events, `f${counter++}.md`), content());
      else if (op === 'edit-same-size') {
        const before = statSync(target);
        const text = readFileSync(target);
        text[text.length - 2] = text[text.length - 2] === 0x31 ? 0x32 : 0x31;
        writeFileSync(target, text);
        utimesSync(target, before.atime, before.mtime);
      } else if (op === 'rename') renameSync(target, join(events, `f${counter++}.md`));
      else if (op === 'delete') unlinkSync(target);
      else if (op === 'replace') {
        writeFileSync(join(events, '.swap'), content());
        renameSync(join(events, '.swap'), target);
      } else if (op === 'chmod-unreadable' && process.getuid?.() !== 0) chmodSync(target, 0);
      // Half the steps run at once (everything racy with a window of 2 s), half after the files settled.
      const settle = random() < 0.5;
      if (settle) await waitPastChanges([events]);
      const { warmText, coldText } = await both(dir, settle ? 0 : 2000);
      expect({ seed, step, op, observed: warmText }).toEqual({ seed, step, op, observed: coldText });
    }
  });
});

describe('FirstWarnings: the first warnings in listing order, whatever order files arrive in', () => {
  const w = (n: number) => Array.from({ length: n }, (_, k) => [k + 1, `w${k}`] as const);
  it.each([
    [0, []],
    [1, [2]],
    [3, [2, 5]],
    [4, [2, 5, 7]],
    [Number.POSITIVE_INFINITY, [2, 5, 7, 9]],
  ])('limit %s keeps files %j', (limit, kept) => {
    const first = new FirstWarnings(limit);
    // Files 9, 2, 7, 5 with 1, 2, 2, 1 warnings arrive out of order (workers, the cache).
    first.add(9, w(1));
    first.add(2, w(2));
    first.add(7, w(2));
    first.add(5, w(1));
    first.add(8, []);
    expect(first.first().map(([i]) => i)).toEqual(kept);
    expect(first).toMatchObject({ count: 6, files: 4 });
  });

  it('without a limit, files interleaved as a worker\'s part and this thread\'s arrive (and racy ones after a load) come out in listing order', () => {
    const first = new FirstWarnings(Number.POSITIVE_INFINITY);
    const order: number[] = [];
    for (let chunk = 0; chunk < 40; chunk += 2) for (let k = 0; k < 64; k++) order.push(chunk * 64 + k); // this thread's chunks
    for (let chunk = 1; chunk < 40; chunk += 2) for (let k = 0; k < 64; k++) order.push(chunk * 64 + k); // then a worker's
    for (const i of order) first.addLater(i, 1 + (i % 3), () => w(1 + (i % 3)));
    first.load();
    first.add(40 * 64 + 1, w(1)); // racy files are folded after the load
    first.add(40 * 64, w(2));
    const listed = first.first();
    expect(listed.map(([i]) => i)).toEqual(Array.from({ length: 40 * 64 + 2 }, (_, i) => i));
    expect(listed.map(([, list]) => list.length)).toEqual([...Array.from({ length: 40 * 64 }, (_, i) => 1 + (i % 3)), 2, 1]);
    expect(first).toMatchObject({ files: 40 * 64 + 2, count: listed.reduce((sum, [, list]) => sum + list.length, 0) });
  });
});
