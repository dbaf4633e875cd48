import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digestState, foldEvents, FULL_WINDOW, mergeStates, renderLedger, type LedgerEvent, type LedgerState, type LedgerWindow } from '@ledger-synth/core';
import { eventArb, eventsArb, permutationOf } from './arbitraries.js';

/** The default window, one that cuts on every bound with these small pools, and the full view. */
const WINDOWS: (LedgerWindow | undefined)[] = [undefined, { days: 1, agents: 2, itemsPerAgent: 1 }, FULL_WINDOW];
const render = (state: LedgerState) =>
  WINDOWS.map((window) => renderLedger(state, { generatedAt: '2026-02-01T00:00:00Z', window })).join('\n=====\n');
const fold = (events: readonly LedgerEvent[]) => foldEvents(events);
// 100 runs: the pools are small, so collisions come up in almost every run (and the seed replays them).
const RUNS = { numRuns: 100 };

describe('the fold is order-, duplication- and partition-independent', () => {
  it('any permutation renders byte-identical output', () => {
    fc.assert(
      fc.property(eventsArb.chain((events) => fc.tuple(fc.constant(events), permutationOf(events))), ([events, shuffled]) => {
        expect(render(fold(shuffled))).toBe(render(fold(events)));
      }),
      RUNS,
    );
  });

  it('duplicating any events renders byte-identical output', () => {
    const arb = eventsArb.chain((events) =>
      fc.tuple(fc.constant(events), fc.array(fc.nat({ max: Math.max(0, events.length - 1) }), { maxLength: events.length === 0 ? 0 : 10 })),
    );
    fc.assert(
      fc.property(arb.chain(([events, dupes]) => fc.tuple(fc.constant(events), permutationOf([...events, ...dupes.map((i) => events[i]!)]))), ([events, withDupes]) => {
        expect(render(fold(withDupes))).toBe(render(fold(events)));
      }),
      RUNS,
    );
  });

  it('folding any partition in parts and merging the parts renders byte-identical output', () => {
    const arb = eventsArb.chain((events) =>
      fc.tuple(fc.constant(events), fc.array(fc.nat({ max: 3 }), { minLength: events.length, maxLength: events.length }), permutationOf([0, 1, 2, 3])),
    );
    fc.assert(
      fc.property(arb, ([events, partOf, mergeOrder]) => {
        const parts = [0, 1, 2, 3].map((p) => events.filter((_, i) => partOf[i] === p));
        const merged = mergeOrder.map((p) => fold(parts[p]!)).reduce(mergeStates);
        expect(render(merged)).toBe(render(fold(events)));
        expect(digestState(merged)).toBe(digestState(fold(events)));
      }),
      RUNS,
    );
  });

  it('overlapping parts (the same event folded on two branches) merge cleanly', () => {
    fc.assert(
      fc.property(eventsArb, eventsArb, eventsArb, (shared, left, right) => {
        const merged = mergeStates(fold([...shared, ...left]), fold([...right, ...shared]));
        expect(render(merged)).toBe(render(fold([...shared, ...left, ...right])));
      }),
      RUNS,
    );
  });
});

describe('mergeStates is a join', () => {
  const stateArb = eventsArb.map(fold);

  it('is commutative', () => {
    fc.assert(
      fc.property(stateArb, stateArb, (a, b) => {
        expect(render(mergeStates(a, b))).toBe(render(mergeStates(b, a)));
      }),
      RUNS,
    );
  });

  it('is associative', () => {
    fc.assert(
      fc.property(stateArb, stateArb, stateArb, (a, b, c) => {
        expect(render(mergeStates(mergeStates(a, b), c))).toBe(render(mergeStates(a, mergeStates(b, c))));
      }),
      RUNS,
    );
  });

  it('is idempotent, and the empty state is its identity', () => {
    fc.assert(
      fc.property(stateArb, (a) => {
        expect(render(mergeStates(a, a))).toBe(render(a));
        expect(render(mergeStates(a, fold([])))).toBe(render(a));
      }),
      RUNS,
    );
  });

  it('leaves its inputs untouched', () => {
    fc.assert(
      fc.property(stateArb, stateArb, (a, b) => {
        const before = [render(a), render(b)];
        mergeStates(a, b);
        expect([render(a), render(b)]).toEqual(before);
      }),
      { numRuns: 100 },
    );
  });

  it('adding an event already in the state changes nothing', () => {
    fc.assert(
      fc.property(eventsArb, eventArb, (events, extra) => {
        expect(render(fold([...events, extra, extra]))).toBe(render(fold([...events, extra])));
      }),
      { numRuns: 100 },
    );
  });
});
