import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEvent, parseInstant, type LedgerEvent } from '@ledger-synth/core';

// Text values and their errors, pinned where toEvent takes short cuts (values that need no trimming,
// checkpoints spelled with the event's own "ts", error locations built only when thrown).

const HEAD = '---\nts: 2026-01-10T13:03:52Z\nagent: toast\n---\n';

function event(body: string): LedgerEvent {
  const result = parseEvent(`${HEAD}${body}\n`, 'e.md');
  if (!result.ok) throw new Error(result.issue.reason);
  return result.event;
}

function reason(body: string): string {
  const result = parseEvent(`${HEAD}${body}\n`, 'e.md');
  if (result.ok) throw new Error('expected a rejection');
  return result.issue.reason;
}

describe('text values', () => {
  it.each([
    ['a trailing no-break space is dropped (JavaScript whitespace)', 'now: "x\\u00a0"', 'x'],
    ['leading line breaks and trailing blanks are dropped', 'now: "\\n\\nx \\t"', 'x'],
    ['a leading ideographic space is kept (only line breaks are dropped at the start)', 'now: "\\u3000x"', '\u3000x'],
    ['a kept block scalar loses its trailing line breaks', 'now: |+\n  a\n\n\n', 'a'],
    ['a plain value is as written', 'now: Fixed login', 'Fixed login'],
    ['a line separator at the end is dropped', 'now: "x\\u2028"', 'x'],
  ])('%s', (_name, body, now) => {
    expect(event(body).now).toBe(now);
  });

  it('drops items that are empty once trimmed and keeps the others in order', () => {
    expect(event('this_session:\n- ""\n- " "\n- "x\\u2028"\n- b\n- ~\n- c').thisSession).toEqual(['x', 'b', 'c']);
  });

  it.each([
    ['an item is numbered among the items that are not null', 'this_session:\n- a\n-\n- [b]', '"this_session" item 2 must be text, got a list'],
    ['a decision value that is a list', 'decisions:\n  k: [a]', 'decision "k" must be text, got a list'],
    ['a section that is a mapping', 'now: {a: 1}', '"now" must be text, got a mapping'],
    ['a checkpoint with a bad time', 'checkpoints:\n- phase: 1\n  status: done\n  updated: soon', '"checkpoints" item 1 "updated" must be an ISO-8601 date-time with an offset, like 2026-01-10T13:03:52Z or 2026-01-10T14:03:52+01:00; got "soon"'],
  ])('%s', (_name, body, expected) => {
    expect(reason(body)).toBe(expected);
  });
});

describe('checkpoint times', () => {
  it("share the event's instant when reached at its time, however spelled", () => {
    const e = event(
      [
        'checkpoints:',
        '- phase: 1\n  status: done\n  updated: 2026-01-10T14:03:52+01:00',
        '- phase: 2\n  status: done\n  updated: 2026-01-10T13:03:52Z',
        '- phase: 3\n  status: done',
        '- phase: 4\n  status: done\n  updated: 2026-01-11T00:00:00Z',
      ].join('\n'),
    );
    expect(e.checkpoints.map((c) => c.updated === e.ts)).toEqual([true, true, true, false]);
    expect(e.checkpoints.map((c) => c.updated.iso)).toEqual(['2026-01-10T13:03:52Z', '2026-01-10T13:03:52Z', '2026-01-10T13:03:52Z', '2026-01-11T00:00:00Z']);
  });
});

describe('event times', () => {
  const digits = (min: number, max: number) => fc.integer({ min, max });
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  /** Date-times near and off the normalised form: odd fractions, offsets, lower case, impossible dates. */
  const timeArb = fc
    .record({
      year: fc.oneof(digits(100, 9999), digits(0, 99), fc.constant(2026)),
      month: digits(0, 13),
      day: digits(0, 32),
      hour: digits(0, 24),
      minute: digits(0, 60),
      second: fc.option(digits(0, 60), { nil: undefined }),
      fraction: fc.option(fc.stringMatching(/^[0-9]{1,10}$/), { nil: undefined }),
      separator: fc.constantFrom('T', 't', ' '),
      zone: fc.constantFrom('Z', 'z', '+00:00', '-05:00', '+0130', '+01:00'),
    })
    .map(({ year, month, day, hour, minute, second, fraction, separator, zone }) => {
      const seconds = second === undefined ? '' : `:${pad(second, 2)}${fraction === undefined ? '' : `.${fraction}`}`;
      return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}${separator}${pad(hour, 2)}:${pad(minute, 2)}${seconds}${zone}`;
    });

  it('"ts" and checkpoint times are the instant parseInstant gives, normalised spelling or not', () => {
    fc.assert(
      fc.property(timeArb, timeArb, (ts, updated) => {
        const result = parseEvent(`---\nts: "${ts}"\nagent: toast\n---\ncheckpoints:\n- phase: 1\n  status: done\n  updated: "${updated}"\n`, 'e.md');
        const expectedTs = parseInstant(ts);
        const expectedUpdated = parseInstant(updated);
        if (!expectedTs || !expectedUpdated) {
          expect(result.ok).toBe(false);
          return;
        }
        if (!result.ok) throw new Error(result.issue.reason);
        const { ts: got, checkpoints } = result.event;
        expect({ epochMs: got.epochMs, subMsNanos: got.subMsNanos, iso: got.iso }).toEqual({ epochMs: expectedTs.epochMs, subMsNanos: expectedTs.subMsNanos, iso: expectedTs.iso });
        const at = checkpoints[0]!.updated;
        expect({ epochMs: at.epochMs, subMsNanos: at.subMsNanos, iso: at.iso }).toEqual({ epochMs: expectedUpdated.epochMs, subMsNanos: expectedUpdated.subMsNanos, iso: expectedUpdated.iso });
      }),
      { numRuns: 500 },
    );
  });

  it.each(['2026-01-10T13:03:52.120Z', '2026-01-10T13:03:52.000Z', '2026-01-10T13:03:52.123456789Z', '2026-01-10T13:03:52.1234567890Z', '0099-01-10T13:03:52Z', '2026-02-30T13:03:52Z'])(
    '%s',
    (ts) => {
      const result = parseEvent(`---\nts: "${ts}"\nagent: toast\n---\n`, 'e.md');
      const expected = parseInstant(ts);
      expect(result.ok ? result.event.ts.iso : undefined).toBe(expected?.iso);
    },
  );
});
