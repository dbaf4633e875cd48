import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addEvent,
  decodeState,
  digestState,
  emptyState,
  emptyTracker,
  encodeState,
  encodeStateText,
  FULL_WINDOW,
  renderLedger,
  trackedResolutions,
  trackEvent,
  type LedgerEvent,
  type LedgerState,
  type ResolutionTracker,
} from '@ledger-synth/core';
import { eventsArb } from './arbitraries.js';
import { parsedEvent } from '../helpers/testdir.js';

// The fold cache stores a folded state with encodeState and continues folding from decodeState:
// the decoded state must be the same state (entries, Map order, stamps that are the events' records)
// and folding more events into it must give exactly what folding everything from scratch gives.

function foldWithTracker(events: readonly LedgerEvent[], into = { state: emptyState(), tracker: emptyTracker() }) {
  for (const event of events) {
    const record = addEvent(into.state, event);
    trackEvent(into.tracker, event, record ?? undefined);
  }
  return into;
}

const roundTrip = (folded: { state: LedgerState; tracker: ResolutionTracker }) => decodeState(encodeState(folded.state, folded.tracker).map((line) => JSON.parse(JSON.stringify(line))));

const observed = (folded: { state: LedgerState; tracker: ResolutionTracker }) =>
  [undefined, FULL_WINDOW].map((window) => renderLedger(folded.state, { generatedAt: '2026-02-01T00:00:00Z', window })).join('\n=====\n') +
  digestState(folded.state) +
  JSON.stringify(trackedResolutions(folded.tracker));

/** Maps and Sets as ordered entry lists, so toEqual also checks insertion order. */
function ordered(value: unknown): unknown {
  if (value instanceof Map) return { map: [...value].map(([k, v]) => [k, ordered(v)]) };
  if (value instanceof Set) return { set: [...value] };
  if (Array.isArray(value)) return value.map(ordered);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = { class: value.constructor?.name };
    for (const key of Object.keys(value)) out[key] = ordered((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

describe('state codec', () => {
  it('a state larger than one written piece (4,096 entries) round-trips, and the pieces join into the lines', () => {
    const events: LedgerEvent[] = [];
    for (let n = 0; n < 9000; n++) {
      const minute = String(n % 60).padStart(2, '0');
      const body = `now: step ${n}\nthis_session:\n- done ${n}\ncheckpoints:\n- phase: p${n % 5000}\n  status: validated\n`;
      events.push(parsedEvent(`e${n}.md`, `2026-03-${String(1 + (n % 28)).padStart(2, '0')}T09:${minute}:00Z`, `agent-${n % 7}`, body));
    }
    const folded = foldWithTracker(events);
    expect(folded.state.events.size).toBe(9000);
    const text = [...encodeStateText(folded.state, folded.tracker)];
    expect(text.length).toBeGreaterThan(6); // written in pieces
    expect(text.join('')).toBe(`${encodeState(folded.state, folded.tracker).join('\n')}\n`);
    expect(encodeState(folded.state, folded.tracker).map((line) => JSON.parse(line) as unknown[]).map((part) => part.length).filter((n) => n > 4096)).toHaveLength(3);
    const decoded = roundTrip(folded);
    expect(ordered(decoded.state)).toEqual(ordered(folded.state));
    expect(observed(decoded)).toBe(observed(folded));
  });

  it('decodes to the same state, Map order and record classes included', () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        const folded = foldWithTracker(events);
        const decoded = roundTrip(folded);
        expect(ordered(decoded.state)).toEqual(ordered(folded.state));
        expect(observed(decoded)).toBe(observed(folded));
      }),
      { numRuns: 150 },
    );
  });

  it('folding the rest into a decoded state equals folding everything (the cache plus new files)', () => {
    fc.assert(
      fc.property(eventsArb, eventsArb, (first, rest) => {
        const resumed = foldWithTracker(rest, roundTrip(foldWithTracker(first)));
        expect(observed(resumed)).toBe(observed(foldWithTracker([...first, ...rest])));
      }),
      { numRuns: 150 },
    );
  });

  it('stamps are shared records again: a register stamp is the event record itself', () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        const { state } = roundTrip(foldWithTracker(events));
        for (const register of state.agentNow.values()) expect(state.events.get(register.stamp.eventId!)).toBe(register.stamp);
        for (const item of state.thisSession.values()) expect(state.events.get(item.first.eventId!)).toBe(item.first);
      }),
      { numRuns: 50 },
    );
  });

  it('writes event keys as ASCII (file NUL hex hash, not the latin1 bytes of the hash)', () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        const folded = foldWithTracker(events);
        const rows = JSON.parse(encodeState(folded.state, folded.tracker)[0]!) as [string][];
        for (const [key] of rows) expect(key).toMatch(/^[^\u0000]*\u0000[0-9a-f]{64}$/);
      }),
      { numRuns: 50 },
    );
  });

  it('refuses text it did not write', () => {
    expect(() => decodeState(['[]'])).toThrow();
    const lines = encodeState(emptyState(), emptyTracker());
    expect(() => decodeState([...lines.slice(0, 1), '[["v", 3], [], [], []]', ...lines.slice(2)])).toThrow(/out of range/);
  });
});
