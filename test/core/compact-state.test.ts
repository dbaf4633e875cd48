import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agentViews, DEFAULT_WINDOW, digestState, emptyTracker, eventKey, formatInstant, foldEvents, FULL_WINDOW, mergeStates, renderLedger, RENDER_FORMAT_VERSION, windowKey, type LedgerEvent } from '@ledger-synth/core';
import { decodeState, encodeState } from '../../packages/node/src/state-codec.js';
import { parsedEvent } from '../helpers/testdir.js';

// The folded state stores events, hashes and instants compactly; these pin down that the compact
// forms keep every identity and every output byte of the plain ones.

const GENERATED_AT = '2026-02-01T00:00:00Z';
const render = (events: LedgerEvent[]) => renderLedger(foldEvents(events), { generatedAt: GENERATED_AT });

const event = parsedEvent;

describe('compact ledger state', () => {
  it('keeps checkpoints apart whose phase and status only differ in where a NUL falls', () => {
    const a = event('a.md', '2026-01-01T00:00:00Z', 'toast', 'checkpoints:\n- phase: "x\\0y"\n  status: "z"\n  updated: 2026-01-01T00:00:00Z\n');
    const b = event('b.md', '2026-01-01T00:00:01Z', 'toast', 'checkpoints:\n- phase: "x"\n  status: "y\\0z"\n  updated: 2026-01-01T00:00:00Z\n');
    const out = render([a, b]);
    expect(out).toContain('- phase x\0y: z _(2026-01-01T00:00:00Z)_\n');
    expect(out).toContain('- phase x: y\0z _(2026-01-01T00:00:00Z)_\n');
    expect(render([b, a])).toBe(out);
  });

  it('identifies this_session items by their whole text, short, 32 characters long or over 1 KiB', () => {
    const long = 'L'.repeat(5000);
    const thirtyTwo = 'd'.repeat(32);
    const body = (extra: string) => `this_session:\n- ${long}\n- ${thirtyTwo}\n- short\n- ${extra}\n`;
    const a = event('a.md', '2026-01-01T00:00:00Z', 'toast', body(`${long}X`));
    const b = event('b.md', '2026-01-02T00:00:00Z', 'waffle', body(`${thirtyTwo.slice(1)}e`));
    const state = foldEvents([a, b]);
    expect(state.thisSession.size).toBe(5);
    // Each item is attributed to the event that carried it first; agents most recently active first.
    const done = agentViews(state, FULL_WINDOW).agents.map((view) => [view.agent, view.done.map((item) => item.text)]);
    expect(done).toEqual([
      ['waffle', [`${thirtyTwo.slice(1)}e`]],
      ['toast', [long, thirtyTwo, 'short', `${long}X`]],
    ]);
  });

  it('digests file name + NUL + hex content hash, as before the keys were compacted', () => {
    const events = [event('b.md', '2026-01-01T00:00:00Z', 'toast', 'now: b\n'), event('a.md', '2026-01-02T00:00:00Z', 'toast', 'now: a\n')];
    const keys = events.map((e) => `${e.file}\u0000${e.contentHash}`).sort();
    const expected = createHash('sha256').update(`${RENDER_FORMAT_VERSION}\n${windowKey(DEFAULT_WINDOW)}\n${keys.join('\n')}\n`).digest('hex');
    expect(digestState(foldEvents(events))).toBe(`sha256:${expected}`);
  });

  it('keeps events with the same file name and different content apart, and sorts keys like (file, hash)', () => {
    const one = event('same.md', '2026-01-01T00:00:00Z', 'toast', 'now: one\n');
    const two = event('same.md', '2026-01-01T00:00:00Z', 'toast', 'now: two\n');
    expect(foldEvents([one, two]).events.size).toBe(2);
    const [low, high] = one.contentHash < two.contentHash ? [one, two] : [two, one];
    expect(eventKey(low) < eventKey(high)).toBe(true);
    // Equal instants and agents: the content hash decides the `now` winner, in any order.
    expect(render([one, two])).toBe(render([two, one]));
    expect(render([one, two])).toContain(`## Now\n\n${high.now}\n`);
  });

  it('refuses a content hash that is not a SHA-256 hex digest (it could not be stored compactly)', () => {
    expect(() => eventKey({ file: 'x.md', contentHash: 'abc' })).toThrow(/SHA-256 hex/);
  });

  it('survives the cache codec: checkpoints at other instants, long items, merged states', () => {
    const a = event('a.md', '2026-01-01T00:00:00.5Z', 'toast', `now: a\nin_progress:\n- wire the codec\nthis_session:\n- ${'q'.repeat(2000)}\ncheckpoints:\n- phase: 1\n  status: done\n  updated: 2025-12-31T23:00:00.123456Z\n- phase: 2\n  status: open\n`);
    const b = event('b.md', '2026-01-01T00:00:00.5Z', 'waffle', 'now: b\nthis_session:\n- short\ncheckpoints:\n- phase: 2\n  status: open\n  updated: 2026-01-01T00:00:00.5Z\n');
    const state = foldEvents([a, b]);
    const decoded = decodeState(JSON.parse(JSON.stringify(encodeState(state, emptyTracker())))).state;
    const expected = renderLedger(state, { generatedAt: GENERATED_AT });
    expect(renderLedger(decoded, { generatedAt: GENERATED_AT })).toBe(expected);
    expect(renderLedger(mergeStates(decoded, foldEvents([a])), { generatedAt: GENERATED_AT })).toBe(expected);
    expect(expected).toContain('- phase 1: done _(2025-12-31T23:00:00.123456Z)_\n');
    expect(expected).toContain('In progress _(as of 2026-01-01T00:00:00.5Z)_:\n- wire the codec\n');
    expect(expected).toContain('Now: b _(2026-01-01T00:00:00.5Z)_');
  });

  it('formats instants exactly as Date.toISOString-based formatting does (fast path for years 0000..9999)', () => {
    const reference = (epochMs: number, subMsNanos: number) => {
      const base = new Date(epochMs).toISOString();
      const ms = epochMs - Math.floor(epochMs / 1000) * 1000;
      if (ms === 0 && subMsNanos === 0) return `${base.slice(0, 19)}Z`;
      const fraction = `${String(ms).padStart(3, '0')}${subMsNanos === 0 ? '' : String(subMsNanos).padStart(6, '0')}`;
      return `${base.slice(0, 19)}.${fraction.replace(/0+$/, '')}Z`;
    };
    const epoch = fc.oneof(fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 }), fc.constantFrom(-62_167_219_200_000, 253_402_300_799_999, -1, 0, 1, 999, 1000, 86_399_999));
    const sub = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 999_999 }));
    fc.assert(fc.property(epoch, sub, (e, s) => formatInstant(e, s) === reference(e, s)), { numRuns: 5000 });
  });
});
