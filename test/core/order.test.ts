import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCodePoints, compareInstants, foldEvents, parseEvent, parseInstant, renderLedger, type LedgerEvent } from '@ledger-synth/core';
import { eventText } from '../helpers/testdir.js';

const GENERATED_AT = '2026-02-01T00:00:00Z';

function event(file: string, options: Parameters<typeof eventText>[0]): LedgerEvent {
  const result = parseEvent(eventText(options), file);
  if (!result.ok) throw new Error(result.issue.reason);
  return result.event;
}

function instant(text: string) {
  const value = parseInstant(text);
  if (!value) throw new Error(`not an instant: ${text}`);
  return value;
}

describe('instants are compared as instants, never as strings', () => {
  it('14:00+01:00 is earlier than 13:30Z', () => {
    expect(compareInstants(instant('2026-01-10T14:00:00+01:00'), instant('2026-01-10T13:30:00Z'))).toBeLessThan(0);
    expect('2026-01-10T14:00:00+01:00' > '2026-01-10T13:30:00Z').toBe(true); // the trap string order falls into
  });

  it.each([
    ['2026-01-10T13:03:52Z', '2026-01-10T13:03:52Z'],
    ['2026-01-10t13:03:52z', '2026-01-10T13:03:52Z'],
    ['2026-01-10 13:03:52Z', '2026-01-10T13:03:52Z'],
    ['2026-01-10T14:03:52+01:00', '2026-01-10T13:03:52Z'],
    ['2026-01-10T14:03:52+0100', '2026-01-10T13:03:52Z'],
    ['2026-01-10T00:30:00-05:30', '2026-01-10T06:00:00Z'],
    ['2026-01-10T13:03Z', '2026-01-10T13:03:00Z'],
    ['2026-01-10T13:03:52.5Z', '2026-01-10T13:03:52.5Z'],
    ['2026-01-10T13:03:52,123Z', '2026-01-10T13:03:52.123Z'],
    ['2026-01-10T13:03:52.123456789Z', '2026-01-10T13:03:52.123456789Z'],
    ['2026-01-01T00:30:00+01:00', '2025-12-31T23:30:00Z'],
    ['2024-02-29T12:00:00Z', '2024-02-29T12:00:00Z'],
  ])('parses %s as %s', (text, iso) => {
    expect(instant(text).iso).toBe(iso);
  });

  it.each([
    '2026-01-10T13:03:52', // no offset: ambiguous
    '2026-02-30T13:03:52Z',
    '2025-02-29T13:03:52Z',
    '2026-13-01T00:00:00Z',
    '2026-01-10T24:00:00Z',
    '2026-01-10T13:60:00Z',
    '2026-01-10T13:03:60Z',
    '2026-01-10T13:03:52+24:00',
    '2026-01-10',
    '0099-01-10T13:03:52Z',
    'yesterday',
    '',
  ])('rejects %j', (text) => {
    expect(parseInstant(text)).toBeUndefined();
  });

  it('orders sub-millisecond digits', () => {
    expect(compareInstants(instant('2026-01-10T13:03:52.1234Z'), instant('2026-01-10T13:03:52.1235Z'))).toBeLessThan(0);
  });

  it('agrees with Date for every offset (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: -14 * 60, max: 14 * 60 }),
        (date, offsetMinutes) => {
          const local = new Date(date.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 23);
          const sign = offsetMinutes < 0 ? '-' : '+';
          const abs = Math.abs(offsetMinutes);
          const text = `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
          expect(instant(text).epochMs).toBe(date.getTime());
        },
      ),
    );
  });
});

describe('last-writer-wins', () => {
  const nowOf = (...events: LedgerEvent[]) => foldEvents(events).now?.value;

  it('picks the later instant even when its text sorts first', () => {
    const early = event('b.md', { ts: '2026-01-10T14:00:00+01:00', agent: 'zed', body: 'now: early (13:00Z)\n' });
    const late = event('a.md', { ts: '2026-01-10T13:30:00Z', agent: 'amy', body: 'now: late (13:30Z)\n' });
    expect(nowOf(early, late)).toBe('late (13:30Z)');
    expect(nowOf(late, early)).toBe('late (13:30Z)');
  });

  it('breaks a tie at the same instant by agent, whatever the offset spelling', () => {
    const amy = event('z.md', { ts: '2026-01-10T14:00:00+01:00', agent: 'amy', body: 'now: amy\ndecisions:\n  k: amy\n' });
    const bob = event('a.md', { ts: '2026-01-10T13:00:00Z', agent: 'bob', body: 'now: bob\ndecisions:\n  k: bob\n' });
    for (const order of [[amy, bob], [bob, amy]]) {
      const state = foldEvents(order);
      expect(state.now?.value).toBe('bob');
      expect(state.decisions.get('k')?.value).toBe('bob');
    }
  });

  it('breaks a tie at the same instant and agent by file name', () => {
    const first = event('2026-01-10T13-00-00.000Z_toast_aaaa.md', { ts: '2026-01-10T13:00:00Z', agent: 'toast', body: 'now: from aaaa\n' });
    const second = event('2026-01-10T13-00-00.000Z_toast_bbbb.md', { ts: '2026-01-10T13:00:00Z', agent: 'toast', body: 'now: from bbbb\n' });
    expect(nowOf(first, second)).toBe('from bbbb');
    expect(nowOf(second, first)).toBe('from bbbb');
  });

  it('compares agents by code point, not by locale (uppercase sorts before lowercase)', () => {
    const upper = event('a.md', { ts: '2026-01-10T13:00:00Z', agent: 'Zed', body: 'now: Zed\n' });
    const lower = event('b.md', { ts: '2026-01-10T13:00:00Z', agent: 'amy', body: 'now: amy\n' });
    expect(nowOf(upper, lower)).toBe('amy');
  });
});

describe('code-point order', () => {
  const reference = (a: string, b: string) => {
    const ca = [...a].map((ch) => ch.codePointAt(0)!);
    const cb = [...b].map((ch) => ch.codePointAt(0)!);
    for (let i = 0; i < Math.min(ca.length, cb.length); i++) if (ca[i] !== cb[i]) return ca[i]! - cb[i]!;
    return ca.length - cb.length;
  };

  it('sorts an astral character after U+E000..U+FFFF (UTF-16 order would not)', () => {
    const halfwidth = '\uFF61'; // ｡ U+FF61
    const emoji = '😀'; // U+1F600, UTF-16 D83D DE00
    expect(emoji < halfwidth).toBe(true); // UTF-16 code-unit order
    expect(compareCodePoints(emoji, halfwidth)).toBeGreaterThan(0);
    expect(['😀', 'z', '\uFF61', 'é', 'A'].sort(compareCodePoints)).toEqual(['A', 'z', 'é', '\uFF61', '😀']);
  });

  it('agrees in sign with a reference on well-formed strings (property)', () => {
    const text = fc.string({ unit: fc.oneof(fc.constantFrom('a', 'b', '\uE000', '\uFFFF', '😀', '𝔘'), fc.constant('\u00e9')), maxLength: 6 });
    const full = fc.string({ unit: 'grapheme', maxLength: 8 });
    fc.assert(
      fc.property(fc.oneof(text, full), fc.oneof(text, full), (a, b) => {
        expect(Math.sign(compareCodePoints(a, b))).toBe(Math.sign(reference(a, b)));
      }),
    );
  });

  it('renders decisions, agents and questions in code-point order', () => {
    const keys = ['😀', '\uFF61', 'zeta', 'Zeta', 'ärger', '_'];
    const body = `decisions:\n${keys.map((key) => `  "${key}": v\n`).join('')}`;
    const text = renderLedger(foldEvents([event('e.md', { ts: '2026-01-10T13:00:00Z', agent: 'toast', body })]), { generatedAt: GENERATED_AT });
    const rendered = [...text.matchAll(/^- \*\*(.+)\*\*: v _\(/gm)].map((m) => m[1]);
    expect(rendered).toEqual(['Zeta', '_', 'zeta', 'ärger', '\uFF61', '😀']);
  });
});
