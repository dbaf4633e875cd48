import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventFileName, parseEvent, sanitizeAgentId, serializeEvent } from '@ledger-synth/core';

/**
 * The parser's one documented normalisation of text values: blank lines around a value (what `|`
 * block scalars add) and trailing whitespace are dropped; a value that is then empty is absent.
 */
const canonical = (text: string) => text.replace(/\s+$/, '').replace(/^\n+/, '');

/** Any string a user could type or paste: all of Unicode including astral, control characters, NUL, CR, lone surrogates. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: fc.constantFrom('\n', '\r', ' ', '\t', ':', '#', '-', '|', '>', '"', "'", '\\', '---', '&a', '*a', '!', '%', '@', '`', '{', '[', 'null', '~', 'yes', '0x1', '1e3', '\u0000', '\uFEFF', '\u2028', '😀', 'é'), maxLength: 12 }),
);
/** Characters YAML or JavaScript treat as space or line break (or that do not survive a plain scalar), placed at a value's edges. */
const EDGE = ['\u00a0', '\u1680', '\u2000', '\u2003', '\u200a', '\u202f', '\u205f', '\u3000', '\u2028', '\u2029', '\u0085', '\ufeff', '\t', ' ', '\n', '\r', '\u000b', '\u000c', '\u0000', '\u001b', '\u009b', '\u200b', '\u202e', '\ud800', '\udfff'];
const edgeText = fc
  .tuple(fc.constantFrom('', ...EDGE), fc.oneof(anyText, fc.string({ unit: fc.constantFrom(...EDGE, '.', 'a', '#', ':', '-'), maxLength: 6 })), fc.constantFrom('', ...EDGE))
  .map(([a, b, c]) => a + b + c);
const agentText = anyText.filter((text) => text.trim() !== '' && text.length <= 200 && !/[\u0000-\u001f\u007f]/.test(text));
const TS = '2026-01-10T13:03:52.123Z';

/** A value through every place a string goes: header, `now`, a list item, a decision key and value (the key in a file of its own: an odd key sends the whole body to the full parser). */
function roundTrip(value: string): { now: string | undefined; items: readonly string[]; decision: [string, string][]; branch: string | undefined } {
  const parse = (text: string) => {
    const result = parseEvent(text, 'f.md');
    if (!result.ok) throw new Error(`${result.issue.reason}\n${text}`);
    // What `record` and the hooks write never triggers a warning (duplicate key, text lost to " #").
    expect(result.warnings).toEqual([]);
    return result.event;
  };
  const plain = parse(serializeEvent({ ts: TS, agent: 'a', branch: value }, { now: value, this_session: [value], decisions: new Map([['k', value]]) }));
  const keyed = parse(serializeEvent({ ts: TS, agent: 'a' }, { decisions: new Map([[value, value]]) }));
  expect(plain.decisions.get('k')).toBe(keyed.decisions.get(value));
  return { now: plain.now, items: plain.thisSession, decision: [...keyed.decisions], branch: plain.branch };
}

describe('serializeEvent → parseEvent', () => {
  it('keeps leading Unicode spaces: "\\u00a0." (counterexample from an unseeded run, issue 12)', () => {
    const text = serializeEvent({ ts: TS, agent: 'a' }, { now: '\u00a0.' });
    expect(text).toContain('now: "\u00a0."');
    expect(roundTrip('\u00a0.')).toEqual({ now: '\u00a0.', items: ['\u00a0.'], decision: [['\u00a0.', '\u00a0.']], branch: '\u00a0.' });
  });

  it.each(['\u3000a', '\u2028x', '\u0085x', 'x\u0085', '\ufeffa', '\u2003', '\ta', 'a\u001bb', 'null', 'true', '12', '#x', 'a: b', '- a', ''])(
    'round-trips %j exactly (unit)',
    (value) => {
      const canon = canonical(value);
      const got = roundTrip(value);
      expect(got.now).toBe(canon === '' ? undefined : canon);
      expect(got.items).toEqual(canon === '' ? [] : [canon]);
      expect(got.branch).toBe(value);
    },
  );

  it('round-trips any string, Unicode spaces and line breaks at its edges included (property)', () => {
    fc.assert(
      fc.property(edgeText, (value) => {
        const canon = canonical(value);
        const got = roundTrip(value);
        expect(got.now).toBe(canon === '' ? undefined : canon);
        expect(got.items).toEqual(canon === '' ? [] : [canon]);
        expect(got.decision).toEqual([[value, canon]]);
      }),
      { numRuns: 1000 },
    );
  });

  it('round-trips arbitrary text in every field (property)', () => {
    fc.assert(
      fc.property(
        agentText,
        anyText,
        anyText,
        fc.array(anyText, { maxLength: 3 }),
        fc.uniqueArray(fc.tuple(anyText, anyText), { maxLength: 4, selector: ([key]) => key }),
        fc.array(anyText, { maxLength: 3 }),
        fc.option(fc.array(fc.oneof(anyText, fc.constantFrom('Fixed login #123', 'a #b', 'x # y', '#1')), { maxLength: 3 }), { nil: undefined }),
        (agent, branch, now, items, decisions, questions, inProgress) => {
          const text = serializeEvent(
            { ts: TS, agent, branch },
            { now, this_session: items, in_progress: inProgress, decisions: new Map(decisions), open_questions: questions },
          );
          const result = parseEvent(text, 'f.md');
          if (!result.ok) throw new Error(`${result.issue.reason}\n${text}`);
          expect(result.warnings).toEqual([]);
          const event = result.event;
          expect(event.inProgress).toEqual(inProgress?.map(canonical).filter((t) => t !== ''));
          expect(event.ts.iso).toBe(TS);
          expect(event.agent).toBe(agent);
          expect(event.branch).toBe(branch);
          expect(event.now).toBe(canonical(now) === '' ? undefined : canonical(now));
          expect(event.thisSession).toEqual(items.map(canonical).filter((t) => t !== ''));
          expect([...event.decisions]).toEqual(decisions.map(([k, v]) => [k, canonical(v)]));
          expect(event.openQuestions).toEqual(questions.map(canonical).filter((t) => t !== ''));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('round-trips canonical text exactly, and the normalisation is idempotent (property)', () => {
    fc.assert(
      fc.property(anyText.map(canonical).filter((t) => t !== ''), (value) => {
        const result = parseEvent(serializeEvent({ ts: TS, agent: 'a' }, { now: value, this_session: [value] }), 'f.md');
        expect(result.ok && [result.event.now, result.event.thisSession]).toEqual([value, [value]]);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips checkpoints and resolved questions', () => {
    const text = serializeEvent(
      { ts: '2026-01-10T14:00:00+01:00', agent: 'toast', type: 'checkpoint', reason: 'clear', session: 's-1' },
      {
        checkpoints: [{ phase: '5', status: 'validated', updated: '2026-01-10T13:00:00Z' }],
        resolved_questions: ['Is it done?'],
      },
    );
    const result = parseEvent(text, 'f.md');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.event).toMatchObject({ type: 'checkpoint', reason: 'clear', session: 's-1', resolvedQuestions: ['Is it done?'] });
    expect(result.event.ts.iso).toBe('2026-01-10T13:00:00Z');
    expect(result.event.checkpoints.map((c) => [c.phase, c.status, c.updated.iso])).toEqual([['5', 'validated', '2026-01-10T13:00:00Z']]);
  });

  it('writes the seed layout: frontmatter, a blank line, then the body sections', () => {
    expect(
      serializeEvent(
        { ts: '2026-01-10T13:03:52Z', agent: 'toast', branch: 'main', type: 'session_end' },
        { now: 'Ship it', this_session: ['one'], decisions: new Map([['test-runner', 'vitest']]) },
      ),
    ).toMatchInlineSnapshot(`
      "---
      ts: 2026-01-10T13:03:52Z
      agent: toast
      branch: main
      type: session_end
      ---

      now: Ship it
      this_session:
      - one
      decisions:
        test-runner: vitest
      "
    `);
  });
});

describe('file names', () => {
  it.each([
    ['toast', 'toast'],
    ['../../etc/passwd', 'etc-passwd'],
    ['a/b\\c', 'a-b-c'],
    ['nul\u0000byte', 'nul-byte'],
    ['', 'agent'],
    ['...', 'agent'],
    ['x'.repeat(300), 'x'.repeat(64)],
  ])('sanitizes agent %j to %j', (raw, safe) => {
    expect(sanitizeAgentId(raw)).toBe(safe);
  });

  it('never produces a path separator, `..` or a control character (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 100 }), (raw) => {
        const id = sanitizeAgentId(raw);
        expect(id).toMatch(/^[A-Za-z0-9._-]{1,64}$/);
        expect(id).not.toContain('..');
      }),
    );
  });

  it('names event files by instant, agent and nonce', () => {
    expect(eventFileName(Date.UTC(2026, 0, 10, 13, 3, 52, 123), 'toast', 'k3f9')).toBe('2026-01-10T13-03-52.123Z_toast_k3f9.md');
    expect(eventFileName(Date.UTC(2026, 0, 10, 13, 3, 52), 'a/b', '')).toBe('2026-01-10T13-03-52.000Z_a-b_0.md');
  });
});
