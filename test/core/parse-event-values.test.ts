import { describe, expect, it } from 'vitest';
import { parseEvent, type LedgerEvent } from '@ledger-synth/core';

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
