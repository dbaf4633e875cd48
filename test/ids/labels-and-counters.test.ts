import { describe, expect, it } from 'vitest';
import {
  formatIdLabel,
  parseCount,
  parseCounters,
  parseIdLabel,
  raiseCounters,
  reserveFrom,
  scanHighestIds,
  scanPaddedWidths,
  serializeCounters,
} from '@ledger-synth/core';

describe('id labels', () => {
  it.each([
    ['#97', '#', 97],
    ['SEC-20', 'SEC', 20],
    [' UX-067 ', 'UX', 67],
    ['A1-1', 'A1', 1],
  ])('parses %j', (text, namespace, number) => {
    const parsed = parseIdLabel(text);
    expect(parsed).toEqual({ ok: true, label: { namespace, number } });
  });

  it.each(['#x', 'SEC-', '#', '#0', 'sec-1', '-1', 'SEC 1', '#1234567890', 'SEC-1a', '1-SEC', ''])('rejects %j with an example of the right form', (text) => {
    const parsed = parseIdLabel(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(/malformed id .*(e\.g\. "#42" or "SEC-20"|numbers start at 1)/);
  });

  it('formats both forms', () => {
    expect(formatIdLabel({ namespace: '#', number: 5 })).toBe('#5');
    expect(formatIdLabel({ namespace: 'PERF', number: 13 })).toBe('PERF-13');
  });

  it.each([
    ['1', 1],
    ['1000', 1000],
    [' 7 ', 7],
  ])('accepts count %j', (text, count) => expect(parseCount(text)).toEqual({ ok: true, count }));

  it.each(['0', '-1', '1001', '1e9', '1000000000', 'abc', '2.5', '0x10', ''])('rejects count %j', (text) => {
    const parsed = parseCount(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(/count must be/);
  });
});

describe('scanning documents for the highest ids', () => {
  const TASKS = [
    '| SEC-19 | Fix auth | ready |',
    '| SEC-7 | old | done | see PERF-12, UX-66',
    'Dates such as 2026-01-10 and words like UTF-8, XSEC-99a, ABC-DEF-500 or SEC-20a are not ids.',
    'Issue #12, heading ## 5 is not, refs (#40).',
  ].join('\n');

  it('finds the maximum per prefix, only whole tokens', () => {
    const highest = scanHighestIds(TASKS);
    expect(highest.get('SEC')).toBe(19);
    expect(highest.get('PERF')).toBe(12);
    expect(highest.get('UX')).toBe(66);
    expect(highest.get('#')).toBe(40);
    expect(highest.has('XSEC')).toBe(false);
    expect(highest.has('DEF')).toBe(false);
  });

  it('limits the scan to known prefixes (so UTF-8 is not an id)', () => {
    expect(scanHighestIds(TASKS).get('UTF')).toBe(8);
    expect([...scanHighestIds(TASKS, new Set(['SEC', 'UX'])).keys()].sort()).toEqual(['SEC', 'UX']);
  });
});

describe('counters', () => {
  it('serializes deterministically and round-trips', () => {
    const text = serializeCounters(new Map([['UX', 66], ['SEC', 19]]));
    expect(text).toBe('{\n  "version": 1,\n  "counters": {\n    "SEC": 19,\n    "UX": 66\n  }\n}\n');
    expect(parseCounters(text)).toEqual({ ok: true, counters: new Map([['SEC', 19], ['UX', 66]]), widths: new Map() });
    expect(serializeCounters(new Map())).toBe('{\n  "version": 1,\n  "counters": {}\n}\n');
  });

  it('keeps zero-padding widths in an optional "widths" block and pads reserved ids', () => {
    const text = serializeCounters(new Map([['CMB', 36], ['SEC', 19]]), new Map([['CMB', 4]]));
    expect(text).toBe('{\n  "version": 1,\n  "counters": {\n    "CMB": 36,\n    "SEC": 19\n  },\n  "widths": {\n    "CMB": 4\n  }\n}\n');
    const parsed = parseCounters(text);
    expect(parsed).toEqual({ ok: true, counters: new Map([['CMB', 36], ['SEC', 19]]), widths: new Map([['CMB', 4]]) });
    expect(reserveFrom(new Map([['CMB', 36]]), 'CMB', 2, 4).ids).toEqual(['CMB-0037', 'CMB-0038']);
    expect(reserveFrom(new Map([['CMB', 9999]]), 'CMB', 1, 4).ids).toEqual(['CMB-10000']);
    expect(scanPaddedWidths('CMB-0036, CMB-100, SEC-20, UX-007, #0042, 2026-01-10')).toEqual(new Map([['CMB', 4], ['UX', 3], ['#', 4]]));
    expect(parseCounters('{"version":1,"counters":{},"widths":{"CMB":"4"}}').ok).toBe(false);
  });

  it.each([
    ['{', /not valid JSON/],
    ['[]', /expected an object/],
    ['{"version":2,"counters":{}}', /unsupported version/],
    ['{"version":1,"counters":{"sec":1}}', /invalid prefix/],
    ['{"version":1,"counters":{"SEC":-1}}', /whole number/],
    ['{"version":1,"counters":{"SEC":1.5}}', /whole number/],
  ])('refuses a corrupt file %j', (text, reason) => {
    const parsed = parseCounters(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(reason);
  });

  it('reserves consecutive ids after the counter without touching the input', () => {
    const before = new Map([['SEC', 19]]);
    const { ids, counters } = reserveFrom(before, 'SEC', 3);
    expect(ids).toEqual(['SEC-20', 'SEC-21', 'SEC-22']);
    expect(counters.get('SEC')).toBe(22);
    expect(before.get('SEC')).toBe(19);
    expect(reserveFrom(new Map(), 'UX', 1).ids).toEqual(['UX-1']);
  });

  it('refuses to run past the bound', () => {
    expect(() => reserveFrom(new Map([['SEC', 999_999_999]]), 'SEC', 1)).toThrow(/ids stop at/);
  });

  it('raising never lowers a counter', () => {
    const { counters, raised } = raiseCounters(new Map([['SEC', 25], ['UX', 3]]), new Map([['SEC', 19], ['UX', 66], ['PERF', 12]]));
    expect(counters).toEqual(new Map([['SEC', 25], ['UX', 66], ['PERF', 12]]));
    expect(raised).toEqual([
      { prefix: 'PERF', from: 0, to: 12 },
      { prefix: 'UX', from: 3, to: 66 },
    ]);
  });
});
