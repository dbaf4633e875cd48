import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARCHIVE, EVENTS, OUTPUT, cli, conflicted, daysAgo, expectFresh, git, ledgerRepo, readOutput, tryGit } from './fixture.js';

/** Event files under events/ and archive/<date>/, relative to the stream dir. */
function layout(dir: string): { events: string[]; archive: string[] } {
  const events = existsSync(join(dir, EVENTS)) ? readdirSync(join(dir, EVENTS)).sort() : [];
  const archive: string[] = [];
  if (existsSync(join(dir, ARCHIVE))) {
    for (const date of readdirSync(join(dir, ARCHIVE)).sort()) {
      for (const name of readdirSync(join(dir, ARCHIVE, date)).sort()) archive.push(`${date}/${name}`);
    }
  }
  return { events, archive };
}

const dateOf = (iso: string) => iso.slice(0, 10);

describe('cc-synthesize --archive', () => {
  it('round trip: moves old events into archive/<their own UTC date>/ and the ledger stays byte-identical', async () => {
    const ts = { ancient: '2020-02-29T23:30:00-02:00', d30: daysAgo(30), d8: daysAgo(8), d1: daysAgo(1), future: daysAgo(-2) };
    const dir = await ledgerRepo({
      'ancient.md': { ts: ts.ancient, agent: 'toast', now: 'first' },
      'd30.md': { ts: ts.d30, agent: 'waffle' },
      'd8.md': { ts: ts.d8, agent: 'crisp' },
      'd1.md': { ts: ts.d1, agent: 'toast' },
      'future.md': { ts: ts.future, agent: 'scone', now: 'latest' },
    });
    const before = readOutput(dir);

    const result = await cli(dir, '--no-confirm', '--archive');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${OUTPUT} is already up to date (5 events).`);
    expect(result.stdout).toContain('Archived 3 event(s) older than 7 day(s) into thoughts/shared/handoffs/archive/');
    expect(layout(dir)).toEqual({
      events: ['d1.md', 'future.md'],
      // -02:00 puts the "ancient" event on 1 March in UTC: the directory is the event's UTC date.
      archive: [`2020-03-01/ancient.md`, `${dateOf(ts.d30)}/d30.md`, `${dateOf(ts.d8)}/d8.md`].sort(),
    });
    expect(readOutput(dir)).toBe(before);
    await expectFresh(dir, 5);
    const again = await cli(dir, '--no-confirm');
    expect(again.stdout).toContain('already up to date (5 events)');
    expect(readOutput(dir)).toBe(before);

    // Archiving again moves nothing.
    const second = await cli(dir, '--no-confirm', '--archive');
    expect(second.stdout).toContain('Nothing to archive: no event is older than 7 day(s)');
    expect(layout(dir).events).toEqual(['d1.md', 'future.md']);
  });

  it('retention 0 archives every past event (not future ones); 10,000 days archives nothing', async () => {
    const dir = await ledgerRepo({
      'old.md': { ts: '2001-01-01T00:00:00Z', agent: 'toast' },
      'hour.md': { ts: new Date(Date.now() - 3_600_000).toISOString(), agent: 'waffle' },
      'future.md': { ts: daysAgo(-1), agent: 'crisp' },
    });
    const before = readOutput(dir);

    const keepAll = await cli(dir, '--no-confirm', '--archive', '--retention-days', '10000');
    expect(keepAll.code).toBe(0);
    expect(keepAll.stdout).toContain('Nothing to archive: no event is older than 10000 day(s)');
    expect(layout(dir).archive).toEqual([]);

    const none = await cli(dir, '--no-confirm', '--archive', '--retention-days', '0');
    expect(none.code).toBe(0);
    expect(none.stdout).toContain('Archived 2 event(s) older than 0 day(s)');
    expect(layout(dir).events).toEqual(['future.md']);
    expect(layout(dir).archive).toHaveLength(2);
    expect(readOutput(dir)).toBe(before);
    await expectFresh(dir, 3);
  });

  it('uses retention_days from .ledger-synth.yaml; --dry-run lists the moves and moves nothing', async () => {
    const dir = await ledgerRepo({ 'a.md': { ts: daysAgo(40), agent: 'toast' }, 'b.md': { ts: daysAgo(20), agent: 'waffle' } });
    writeFileSync(join(dir, '.ledger-synth.yaml'), 'retention_days: 30\n');
    const dry = await cli(dir, '--dry-run', '--archive');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Would archive 1 event(s) older than 30 day(s)');
    expect(dry.stdout).toContain(`  ${EVENTS}/a.md → ${ARCHIVE}/${dateOf(daysAgo(40))}/a.md`);
    expect(layout(dir).archive).toEqual([]);

    const json = await cli(dir, '--no-confirm', '--archive', '--json');
    const parsed = JSON.parse(json.stdout) as { archive: { retentionDays: number; archived: { from: string; to: string }[] } };
    expect(parsed.archive.retentionDays).toBe(30);
    expect(parsed.archive.archived).toEqual([{ from: `${EVENTS}/a.md`, to: `${ARCHIVE}/${dateOf(daysAgo(40))}/a.md` }]);
  });

  it('an identical copy already in the archive just leaves events/; a different file there is never overwritten', async () => {
    const dir = await ledgerRepo({
      'same.md': { ts: '2020-01-01T00:00:00Z', agent: 'toast' },
      'clash.md': { ts: '2020-01-02T00:00:00Z', agent: 'waffle' },
    });
    mkdirSync(join(dir, ARCHIVE, '2020-01-01'), { recursive: true });
    mkdirSync(join(dir, ARCHIVE, '2020-01-02'), { recursive: true });
    writeFileSync(join(dir, ARCHIVE, '2020-01-01', 'same.md'), readFileSync(join(dir, EVENTS, 'same.md')));
    const foreign = '---\nts: 2019-12-31T00:00:00Z\nagent: other\n---\nnow: a different event that happens to share the name\n';
    writeFileSync(join(dir, ARCHIVE, '2020-01-02', 'clash.md'), foreign);
    const result0 = await cli(dir, '--no-confirm'); // the foreign file is part of the fold already
    expect(result0.code).toBe(0);
    const before = readOutput(dir);

    const result = await cli(dir, '--no-confirm', '--archive');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`not archived: ${ARCHIVE}/2020-01-02/clash.md already exists with different content`);
    expect(layout(dir)).toEqual({ events: ['clash.md'], archive: ['2020-01-01/same.md', '2020-01-02/clash.md'] });
    expect(readFileSync(join(dir, ARCHIVE, '2020-01-02', 'clash.md'), 'utf8')).toBe(foreign);
    expect(readOutput(dir)).toBe(before);
  });

  it('two branches archiving overlapping sets merge without a conflict and keep the state', async () => {
    const dir = await ledgerRepo({
      'd100.md': { ts: daysAgo(100), agent: 'toast' },
      'd50.md': { ts: daysAgo(50), agent: 'waffle' },
      'd20.md': { ts: daysAgo(20), agent: 'crisp' },
      'd1.md': { ts: daysAgo(1), agent: 'toast' },
    });
    const base = readOutput(dir);
    git(dir, 'checkout', '-q', '-b', 'a');
    expect((await cli(dir, '--no-confirm', '--archive', '--retention-days', '60', '--commit')).code).toBe(0);
    git(dir, 'checkout', '-q', '-b', 'b', 'main');
    expect((await cli(dir, '--no-confirm', '--archive', '--retention-days', '30', '--commit')).code).toBe(0);
    expect(layout(dir).archive).toHaveLength(2);

    // No merge driver installed: the renames are identical where they overlap, so git needs none.
    const merge = tryGit(dir, 'merge', '--no-edit', 'a');
    expect(merge.status).toBe(0);
    expect(conflicted(dir)).toEqual([]);
    expect(layout(dir)).toEqual({
      events: ['d1.md', 'd20.md'],
      archive: [`${dateOf(daysAgo(100))}/d100.md`, `${dateOf(daysAgo(50))}/d50.md`].sort(),
    });
    expect(readOutput(dir)).toBe(base);
    await expectFresh(dir, 4);

    // And the other way round, onto main, after a third branch archived everything.
    git(dir, 'checkout', '-q', '-b', 'c', 'main');
    expect((await cli(dir, '--no-confirm', '--archive', '--retention-days', '0', '--commit')).code).toBe(0);
    expect(tryGit(dir, 'merge', '--no-edit', 'b').status).toBe(0);
    expect(layout(dir).events).toEqual([]);
    expect(layout(dir).archive).toHaveLength(4);
    expect(readOutput(dir)).toBe(base);
    await expectFresh(dir, 4);
  });
});
