import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareStamps,
  eventFileName,
  foldAllocations,
  formatIdLabel,
  nextFreeLabels,
  parseAllocation,
  parseIdLabel,
  renderIdPage,
  serializeAllocation,
  type Allocation,
  type FoldMode,
  type IdLabel,
} from '@ledger-synth/core';

const label = (text: string): IdLabel => {
  const parsed = parseIdLabel(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.label;
};

/** A real allocation: serialized and parsed back, exactly as the CLI publishes and reads it. */
function allocation(ts: string, agent: string, file: string, ids: string[], event = 'abcdef1', note?: string): Allocation {
  const text = serializeAllocation({ ts, agent, kind: 'occ', labels: ids.map(label), event, note });
  const parsed = parseAllocation(text, file);
  if (!parsed.ok) throw new Error(parsed.issue.reason);
  return parsed.allocation;
}

const assigned = (allocations: Allocation[], mode: FoldMode = 'renumber') =>
  foldAllocations(allocations, mode).entries.map((e) => `${formatIdLabel(e.label)}=${e.allocation.stamp.agent}${e.renumbered ? `(was ${formatIdLabel(e.renumbered.from)})` : ''}`);

describe('first-published-wins', () => {
  const first = allocation('2026-01-10T13:00:00Z', 'zed', 'a.md', ['#97']);
  const second = allocation('2026-01-10T13:05:00Z', 'amy', 'b.md', ['#97']);

  it('keeps the earliest claim and renumbers the later one to the next free id', () => {
    expect(assigned([second, first])).toEqual(['#97=zed', '#98=amy(was #97)']);
    expect(foldAllocations([first, second]).doubleAllocations).toBe(1);
  });

  it('compares instants, not strings: +01:00 can be earlier than a Z time', () => {
    const early = allocation('2026-01-10T13:30:00+01:00', 'zed', 'z.md', ['#1']); // 12:30Z
    const late = allocation('2026-01-10T13:00:00Z', 'amy', 'y.md', ['#1']);
    expect(assigned([late, early])).toEqual(['#1=zed', '#2=amy(was #1)']);
  });

  it('breaks an instant tie by agent, then by file name', () => {
    const b = allocation('2026-01-10T13:00:00Z', 'bob', 'a.md', ['#1']);
    const a = allocation('2026-01-10T13:00:00Z', 'amy', 'z.md', ['#1']);
    expect(assigned([b, a])).toEqual(['#1=amy', '#2=bob(was #1)']);
    const f2 = allocation('2026-01-10T13:00:00Z', 'amy', '2.md', ['#1'], 'bbbbbbb');
    const f1 = allocation('2026-01-10T13:00:00Z', 'amy', '1.md', ['#1'], 'aaaaaaa');
    expect(foldAllocations([f2, f1]).entries[0]!.allocation.event).toBe('aaaaaaa');
  });

  it('renumbers a loser from what came before it only, so a later request can never move an earlier id', () => {
    // amy lost #97 to zed and became #98. cat asked for #98 later: cat loses it, amy's #98 stays.
    // (The old rule skipped numbers that later allocations requested: cat's late request moved amy to #99.)
    const cat = allocation('2026-01-10T13:10:00Z', 'cat', 'c.md', ['#98']);
    expect(assigned([first, second])).toEqual(['#97=zed', '#98=amy(was #97)']);
    expect(assigned([first, second, cat])).toEqual(['#97=zed', '#98=amy(was #97)', '#99=cat(was #98)']);
  });

  it('with --gapped, leaves the loser without an id and reports the gap', () => {
    const projection = foldAllocations([second, first], 'gapped');
    expect(projection.entries.map((e) => formatIdLabel(e.label))).toEqual(['#97']);
    expect(projection.gaps).toHaveLength(1);
    expect(projection.gaps[0]!.allocation.stamp.agent).toBe('amy');
    expect(projection.gaps[0]!.winner.stamp.agent).toBe('zed');
  });

  it('renumbers each contested label of a batch independently, in order', () => {
    const batchA = allocation('2026-01-10T13:00:00Z', 'zed', 'a.md', ['#1', '#2']);
    const batchB = allocation('2026-01-10T13:01:00Z', 'amy', 'b.md', ['#2', '#3', '#4']);
    expect(assigned([batchB, batchA])).toEqual(['#1=zed', '#2=zed', '#3=amy', '#4=amy', '#5=amy(was #2)']);
  });

  it('keeps namespaces apart', () => {
    const hash = allocation('2026-01-10T13:00:00Z', 'zed', 'a.md', ['#3']);
    const sec = allocation('2026-01-10T13:01:00Z', 'amy', 'b.md', ['SEC-3']);
    expect(foldAllocations([hash, sec]).doubleAllocations).toBe(0);
  });

  it('provisional ids start above everything requested or renumbered', () => {
    const projection = foldAllocations([first, second]);
    expect(nextFreeLabels(projection, '#', 2).map(formatIdLabel)).toEqual(['#99', '#100']);
    expect(nextFreeLabels(projection, 'SEC', 1).map(formatIdLabel)).toEqual(['SEC-1']);
  });

  it('the same file read twice counts once', () => {
    expect(foldAllocations([first, first, second]).allocations).toHaveLength(2);
  });
});

const TIMESTAMPS = ['2026-01-10T13:00:00Z', '2026-01-10T14:00:00+01:00', '2026-01-10T13:30:00Z', '2026-01-10T13:30:00.000001Z', '2026-01-11T00:00:00Z'];
const AGENTS = ['toast', 'waffle', 'Zed', 'crêpe'];
const LABELS = ['#1', '#2', '#3', '#4', '#6', 'SEC-1', 'SEC-2'];

/** Small pools so collisions (same label, same instant, same agent) happen constantly. */
const allocationsArb = fc
  .array(
    fc.record({
      ts: fc.constantFrom(...TIMESTAMPS),
      agent: fc.constantFrom(...AGENTS),
      ids: fc.uniqueArray(fc.constantFrom(...LABELS), { minLength: 1, maxLength: 3 }),
      event: fc.constantFrom('abcdef1', '7d0f8bca', '#2'),
    }),
    { maxLength: 8 },
  )
  .map((specs) => specs.map((s, i) => allocation(s.ts, s.agent, `f${i % 5}.md`, s.ids, s.event)));

const permuted = <T>(items: readonly T[]) =>
  fc.array(fc.nat(), { minLength: items.length, maxLength: items.length }).map((keys) =>
    items.map((item, i) => ({ item, key: keys[i]! })).sort((a, b) => a.key - b.key).map(({ item }) => item),
  );

const page = (allocations: readonly Allocation[], mode: FoldMode) => renderIdPage(foldAllocations(allocations, mode)).text;

describe('the fold does not depend on read order (fast-check)', () => {
  for (const mode of ['renumber', 'gapped'] as const) {
    it(`${mode}: any permutation, with duplicates, renders byte-identical pages`, () => {
      fc.assert(
        fc.property(
          allocationsArb.chain((allocs) =>
            fc.tuple(fc.constant(allocs), permuted([...allocs, ...allocs.slice(0, 2)])),
          ),
          ([allocs, shuffled]) => {
            expect(page(shuffled, mode)).toBe(page(allocs, mode));
          },
        ),
        { numRuns: 300 },
      );
    });
  }

  it('invariants: ids are unique, every label goes to its earliest requester, renumbered ids were requested by no earlier allocation', () => {
    fc.assert(
      fc.property(allocationsArb, (allocs) => {
        const projection = foldAllocations(allocs, 'renumber');
        const labels = projection.entries.map((e) => formatIdLabel(e.label));
        expect(new Set(labels).size).toBe(labels.length);
        const claims = projection.allocations.reduce((n, a) => n + a.labels.length, 0);
        expect(projection.entries.length).toBe(claims);
        for (const entry of projection.entries) {
          if (entry.renumbered) {
            const upTo = projection.allocations.slice(0, projection.allocations.indexOf(entry.allocation) + 1);
            expect(upTo.some((a) => a.labels.some((l) => formatIdLabel(l) === formatIdLabel(entry.label)))).toBe(false);
            expect(compareStamps(entry.renumbered.winner.stamp, entry.allocation.stamp)).toBeLessThan(0);
            continue;
          }
          const earliest = projection.allocations
            .filter((a) => a.labels.some((l) => formatIdLabel(l) === formatIdLabel(entry.label)))
            .sort((a, b) => compareStamps(a.stamp, b.stamp))[0]!;
          expect(entry.allocation).toBe(earliest);
        }
        const gapped = foldAllocations(allocs, 'gapped');
        expect(gapped.entries.length + gapped.gaps.length).toBe(claims);
        // A renumbered id occupies its number, so a later request for it is one more double allocation.
        expect(gapped.doubleAllocations).toBeLessThanOrEqual(projection.doubleAllocations);
      }),
      { numRuns: 300 },
    );
  });
});

describe('publication order: the landing position on the integration branch ranks allocations', () => {
  const at = (ts: string, agent: string, file: string, ids: string[]) => allocation(ts, agent, file, ids);

  it('an allocation stamped 10:00 but merged at 15:00 loses to one stamped 10:05 merged at 10:10', () => {
    const early = at('2026-01-10T10:00:00Z', 'amy', 'early.md', ['#7']);
    const late = at('2026-01-10T10:05:00Z', 'zed', 'late.md', ['#7']);
    // Landing order: zed's commit reached main first (position 0), amy's five hours later (position 1).
    const order = new Map([['late.md', 0], ['early.md', 1]]);
    expect(foldAllocations([early, late], 'renumber', order).entries.map((e) => `${formatIdLabel(e.label)}=${e.allocation.stamp.agent}`)).toEqual(['#7=zed', '#8=amy']);
    // Without history (both provisional) the stamp decides, as before.
    expect(assigned([early, late])).toEqual(['#7=amy', '#8=zed(was #7)']);
  });

  it('a clock running behind does not win: an unpublished allocation ranks after every published one', () => {
    const published = at('2026-01-10T10:00:00Z', 'zed', 'p.md', ['#1']);
    const slowClock = at('1999-01-01T00:00:00Z', 'amy', 's.md', ['#1']);
    const projection = foldAllocations([slowClock, published], 'renumber', new Map([['p.md', 0]]));
    expect(projection.entries.map((e) => `${formatIdLabel(e.label)}=${e.allocation.stamp.agent}`)).toEqual(['#1=zed', '#2=amy']);
    expect(projection.published).toBe(1);
  });

  it('within one landing commit, the stamp breaks ties', () => {
    const a = at('2026-01-10T10:05:00Z', 'amy', 'a.md', ['#1']);
    const b = at('2026-01-10T10:00:00Z', 'bob', 'b.md', ['#1']);
    const order = new Map([['a.md', 3], ['b.md', 3]]);
    expect(foldAllocations([a, b], 'renumber', order).entries.map((e) => e.allocation.stamp.agent)).toEqual(['bob', 'amy']);
  });

  it('a published id never changes, whatever lands or is allocated after it, with any clock (fast-check)', () => {
    fc.assert(
      fc.property(allocationsArb, fc.nat(8), fc.array(fc.nat(3), { maxLength: 8 }), (allocs, cut, positions) => {
        const distinct = [...new Map(allocs.map((a) => [a.stamp.file, a])).values()];
        const landed = distinct.slice(0, Math.min(cut, distinct.length));
        const later = distinct.slice(landed.length);
        // Landing positions are non-decreasing in landing order; later arrivals land after (or stay provisional).
        let position = 0;
        const order = new Map<string, number>();
        landed.forEach((a, i) => order.set(a.stamp.file, (position += positions[i] ?? 0)));
        const before = foldAllocations(landed, 'renumber', order);
        const grown = new Map(order);
        later.forEach((a, i) => {
          if ((positions[i] ?? 0) % 2 === 0) grown.set(a.stamp.file, position + 1 + i);
        });
        const after = foldAllocations([...later, ...landed], 'renumber', grown);
        const idsOf = (p: ReturnType<typeof foldAllocations>, files: Set<string>) =>
          p.entries.filter((e) => files.has(e.allocation.stamp.file)).map((e) => `${formatIdLabel(e.label)}=${e.allocation.stamp.file}`);
        const files = new Set(landed.map((a) => a.stamp.file));
        expect(idsOf(after, files)).toEqual(idsOf(before, files));
      }),
      { numRuns: 300 },
    );
  });
});

describe('allocation event files', () => {
  it('round-trip through serialize and parse, with # labels quoted', () => {
    const text = serializeAllocation({ ts: '2026-01-10T13:03:52.123Z', agent: 'toast', kind: 'occ', labels: [label('#97'), label('#98')], event: '7d0f8bca', note: 'dual-execution: episode #2' });
    expect(text).toMatchInlineSnapshot(`
      "---
      ts: 2026-01-10T13:03:52.123Z
      agent: toast
      type: allocate
      ---

      kind: occ
      ids:
      - "#97"
      - "#98"
      event: 7d0f8bca
      note: "dual-execution: episode #2"
      "
    `);
    const parsed = parseAllocation(text, 'x.md');
    expect(parsed.ok && parsed.allocation.labels.map(formatIdLabel)).toEqual(['#97', '#98']);
    expect(parsed.ok && parsed.allocation.note).toBe('dual-execution: episode #2');
  });

  it('are named so that names sort by time (three millisecond digits, always)', () => {
    const names = [500, 58, 580, 5].map((ms) => eventFileName(Date.UTC(2026, 0, 10, 13, 3, 14, ms), 'toast', 'n'));
    expect(names).toEqual([
      '2026-01-10T13-03-14.500Z_toast_n.md',
      '2026-01-10T13-03-14.058Z_toast_n.md',
      '2026-01-10T13-03-14.580Z_toast_n.md',
      '2026-01-10T13-03-14.005Z_toast_n.md',
    ]);
  });

  it('quotes an all-digit SHA so it stays text', () => {
    const parsed = parseAllocation(serializeAllocation({ ts: '2026-01-10T13:00:00Z', agent: 'a', kind: 'occ', labels: [label('#1')], event: '1234567' }), 'x.md');
    expect(parsed.ok && parsed.allocation.event).toBe('1234567');
  });

  it.each([
    ['not an allocation', '---\nts: 2026-01-10T13:00:00Z\nagent: a\ntype: session_end\n---\nkind: occ\n', /"type" must be "allocate"/],
    ['bad ts', '---\nts: yesterday\nagent: a\ntype: allocate\n---\nkind: occ\nids: ["#1"]\nevent: abcdef1\n', /"ts" must be/],
    ['unquoted # ids (a YAML comment)', '---\nts: 2026-01-10T13:00:00Z\nagent: a\ntype: allocate\n---\nkind: occ\nids: #1\nevent: abcdef1\n', /"ids" must be a list/],
    ['malformed id', '---\nts: 2026-01-10T13:00:00Z\nagent: a\ntype: allocate\n---\nkind: occ\nids: ["#x"]\nevent: abcdef1\n', /malformed id "#x"/],
    ['duplicate id', '---\nts: 2026-01-10T13:00:00Z\nagent: a\ntype: allocate\n---\nkind: occ\nids: ["#1", "#1"]\nevent: abcdef1\n', /#1 is listed twice/],
    ['bad event key', '---\nts: 2026-01-10T13:00:00Z\nagent: a\ntype: allocate\n---\nkind: occ\nids: ["#1"]\nevent: not-a-sha\n', /must be a commit SHA/],
    ['missing kind', '---\nts: 2026-01-10T13:00:00Z\nagent: a\ntype: allocate\n---\nids: ["#1"]\nevent: abcdef1\n', /"kind" must be/],
  ])('reports %s as an issue with a reason', (_name, text, reason) => {
    const parsed = parseAllocation(text, 'bad.md');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issue).toEqual({ file: 'bad.md', reason: expect.stringMatching(reason) });
  });
});
