import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEvent, type LedgerEvent } from '@ledger-synth/core';
import { REPO_ROOT } from '../helpers/run-cli.js';

/** The event of seed 004, "Event File Format", verbatim. */
const SEED_EVENT = `---
ts: 2026-01-10T13:03:52Z
agent: toast
branch: feat/fix-hooks-path-spaces
type: session_end
reason: clear
---

now: Create PR from carmandale:fix/hooks-path-spaces to parcadei:main

this_session:
- Forked parcadei/Continuous-Claude-v3
- Wrapped 25 hooks in bash -c for spaced path support
- Compiled TypeScript hooks

decisions:
  bash_c_wrapper: "Use bash -c '...' for shell quoting"
  single_quotes_outer: "Single quotes outside, double inside"

checkpoints:
- phase: 5
  status: validated
  updated: 2026-01-10T13:00:00Z
`;

function parsed(text: string, file = 'e.md'): LedgerEvent {
  const result = parseEvent(text, file);
  if (!result.ok) throw new Error(`expected ${file} to parse, got: ${result.issue.reason}`);
  return result.event;
}

function reasonFor(text: string): string {
  const result = parseEvent(text, 'bad.md');
  if (result.ok) throw new Error('expected the file to be rejected');
  expect(result.issue.file).toBe('bad.md');
  return result.issue.reason;
}

const header = (extra = '') => `---\nts: 2026-01-10T13:03:52Z\nagent: toast\n${extra}---\n`;

describe('seed examples', () => {
  it('parses the seed 004 event with every section', () => {
    const event = parsed(SEED_EVENT, '2026-01-10T13-03-52Z_toast.md');
    expect(event).toMatchObject({
      agent: 'toast',
      branch: 'feat/fix-hooks-path-spaces',
      type: 'session_end',
      reason: 'clear',
      now: 'Create PR from carmandale:fix/hooks-path-spaces to parcadei:main',
      thisSession: [
        'Forked parcadei/Continuous-Claude-v3',
        'Wrapped 25 hooks in bash -c for spaced path support',
        'Compiled TypeScript hooks',
      ],
      openQuestions: [],
    });
    expect(event.ts.iso).toBe('2026-01-10T13:03:52Z');
    expect([...event.decisions]).toEqual([
      ['bash_c_wrapper', "Use bash -c '...' for shell quoting"],
      ['single_quotes_outer', 'Single quotes outside, double inside'],
    ]);
    expect(event.checkpoints.map((c) => [c.phase, c.status, c.updated.iso])).toEqual([['5', 'validated', '2026-01-10T13:00:00Z']]);
  });

  const examples = readdirSync(join(REPO_ROOT, 'examples/events')).filter((name) => name.endsWith('.md'));
  it('ships four bundled examples', () => expect(examples).toHaveLength(4));
  it.each(examples)('parses examples/events/%s', (name) => {
    const event = parsed(readFileSync(join(REPO_ROOT, 'examples/events', name), 'utf8'), name);
    expect(event.file).toBe(name);
    expect(event.agent).toMatch(/^[a-z]+$/);
  });
});

describe('text encodings and YAML styles', () => {
  it('treats CRLF, a BOM and LF as the same file (same content hash)', () => {
    const lf = parsed(SEED_EVENT);
    const crlf = parsed(SEED_EVENT.replace(/\n/g, '\r\n'));
    const bom = parsed(`\uFEFF${SEED_EVENT.replace(/\n/g, '\r\n')}`);
    expect(crlf).toEqual(lf);
    expect(bom).toEqual(lf);
  });

  it('parses quoted values: double, single, escapes, colons and #', () => {
    const event = parsed(`${header('branch: "feat/a: b # c"\n')}
now: 'it''s "quoted": yes # not a comment'
this_session:
- "tab\\there"
- "emoji \\U0001F600"
decisions:
  "spaced key": 'single'
  colon: "a: b"
`);
    expect(event.branch).toBe('feat/a: b # c');
    expect(event.now).toBe(`it's "quoted": yes # not a comment`);
    expect(event.thisSession).toEqual(['tab\there', 'emoji 😀']);
    expect([...event.decisions]).toEqual([
      ['spaced key', 'single'],
      ['colon', 'a: b'],
    ]);
  });

  it.each([
    ['literal |', 'now: |\n  line one\n  line two\n', 'line one\nline two'],
    ['literal |- (strip)', 'now: |-\n  line one\n  line two\n', 'line one\nline two'],
    ['literal |+ (keep) drops surrounding blank lines', 'now: |+\n  line one\n\n\n', 'line one'],
    ['folded >', 'now: >\n  folded one\n  folded two\n\n  new paragraph\n', 'folded one folded two\nnew paragraph'],
    ['multi-line plain', 'now: first\n  continued\n', 'first continued'],
    ['multi-line double-quoted', 'now: "first\n  continued"\n', 'first continued'],
  ])('parses a %s value', (_name, body, expected) => {
    expect(parsed(`${header()}${body}`).now).toBe(expected);
  });

  it('parses block scalars inside lists and decisions', () => {
    const event = parsed(`${header()}
this_session:
- |
  two
  lines
- >
  folded
  item
decisions:
  multi: |
    keep
    lines
`);
    expect(event.thisSession).toEqual(['two\nlines', 'folded item']);
    expect(event.decisions.get('multi')).toBe('keep\nlines');
  });

  it('keeps hyphenated, dotted and numeric-looking decision keys as text', () => {
    const event = parsed(`${header()}decisions:
  test-runner: vitest
  use-bash-c-wrapper: yes
  v2.0: "next"
  42: answer
  true: flag
`);
    expect([...event.decisions]).toEqual([
      ['test-runner', 'vitest'],
      ['use-bash-c-wrapper', 'yes'], // YAML 1.2: `yes` is a string, not a boolean
      ['v2.0', 'next'],
      ['42', 'answer'],
      ['true', 'flag'],
    ]);
  });

  it('keeps plain scalars that look like numbers or booleans exactly as written', () => {
    const event = parsed(`${header()}now: 1.50
this_session:
- 3.0
decisions:
  node_version: 20.10
  hex: 0x1F
  exp: 1e3
  big: 12345678901234567890
  octal: 0o17
  leading_zero: 007
  infinity: .inf
  shout: TRUE
  1.10: a key that looks like a number
checkpoints:
- phase: 1.10
  status: 2.0
`);
    expect(event.now).toBe('1.50');
    expect(event.thisSession).toEqual(['3.0']);
    expect(Object.fromEntries(event.decisions)).toEqual({
      node_version: '20.10',
      hex: '0x1F',
      exp: '1e3',
      big: '12345678901234567890',
      octal: '0o17',
      leading_zero: '007',
      infinity: '.inf',
      shout: 'TRUE',
      '1.10': 'a key that looks like a number',
    });
    expect(event.checkpoints.map((c) => [c.phase, c.status])).toEqual([['1.10', '2.0']]);
  });

  it('still treats null, ~ and empty values as absent', () => {
    const event = parsed(`${header()}now: ~
this_session:
decisions:
  gone: null
open_questions: null
`);
    expect(event.now).toBeUndefined();
    expect(event.thisSession).toEqual([]);
    expect([...event.decisions]).toEqual([['gone', '']]);
    expect(event.openQuestions).toEqual([]);
  });

  it('parses unicode everywhere: agent, keys, values, astral characters', () => {
    const event = parsed(`---\nts: 2026-01-10T13:03:52Z\nagent: "crêpe-🥞"\nbranch: feat/日本語\n---\n
now: "Überprüfung 🚀 done — ok"
this_session:
- "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 math letters"
decisions:
  "ключ": значение
  "🔑": "🗝️"
`);
    expect(event.agent).toBe('crêpe-🥞');
    expect(event.branch).toBe('feat/日本語');
    expect(event.now).toBe('Überprüfung 🚀 done — ok');
    expect(event.thisSession).toEqual(['𝔘𝔫𝔦𝔠𝔬𝔡𝔢 math letters']);
    expect([...event.decisions]).toEqual([
      ['ключ', 'значение'],
      ['🔑', '🗝️'],
    ]);
  });

  it('accepts any offset and normalises ts to UTC', () => {
    expect(parsed(header().replace('13:03:52Z', '14:03:52+01:00')).ts.iso).toBe('2026-01-10T13:03:52Z');
    expect(parsed(header().replace('13:03:52Z', '08:03:52.250-05:00')).ts.iso).toBe('2026-01-10T13:03:52.25Z');
  });

  it('fills a checkpoint without `updated` from the event ts', () => {
    const event = parsed(`${header()}checkpoints:\n- phase: 1\n  status: done\n`);
    expect(event.checkpoints[0]?.updated.iso).toBe('2026-01-10T13:03:52Z');
  });

  it.each(['---yaml', '---yml', '--- YAML '])('accepts an explicit %s frontmatter language', (opening) => {
    expect(parsed(header().replace(/^---/, opening)).agent).toBe('toast');
  });

  it('accepts a body-less event and an event whose body is only comments', () => {
    expect(parsed(header()).now).toBeUndefined();
    expect(parsed(`${header()}\n# nothing to say\n`).thisSession).toEqual([]);
  });
});

describe('malformed files are a value with a reason, never an exception', () => {
  it.each([
    ['empty', '', /empty file/],
    ['only whitespace', ' \n\n', /empty file/],
    ['no frontmatter', 'now: hello\n', /no YAML frontmatter.*"now: hello"/],
    ['unclosed frontmatter', '---\nts: 2026-01-10T13:03:52Z\nagent: toast\nnow: x\n', /not closed/],
    ['empty frontmatter', '---\n---\nnow: x\n', /frontmatter is empty/],
    ['frontmatter that is a list', '---\n- a\n- b\n---\n', /frontmatter must be a YAML mapping/],
    ['invalid YAML in frontmatter', '---\nts: [unclosed\nagent: a\n---\n', /frontmatter is not valid YAML/],
    ['invalid YAML in body', `${header()}now: [unclosed\n`, /body is not valid YAML/],
    ['a body that is a list', `${header()}- now\n- then\n`, /body must be a YAML mapping/],
    ['a second document in the body', `${header()}now: x\n---\nnow: y\n`, /body is not valid YAML/],
    ['missing ts', '---\nagent: toast\n---\n', /missing "ts"/],
    ['missing agent', '---\nts: 2026-01-10T13:03:52Z\n---\n', /missing "agent"/],
    ['ts without an offset', header().replace('52Z', '52'), /"ts" must be an ISO-8601 date-time with an offset.*"2026-01-10T13:03:52"/],
    ['ts on Feb 30', header().replace('01-10', '02-30'), /"ts" must be an ISO-8601.*"2026-02-30T13:03:52Z"/],
    ['ts at hour 24', header().replace('13:03', '24:03'), /"ts" must be an ISO-8601/],
    ['ts that is garbage', '---\nts: next tuesday\nagent: a\n---\n', /"ts" must be an ISO-8601.*"next tuesday"/],
    ['ts that is a bare date', '---\nts: 2026-01-10\nagent: a\n---\n', /"ts" must be an ISO-8601/],
    ['ts that is a number', '---\nts: 1736514232\nagent: a\n---\n', /"ts" must be an ISO-8601.*"1736514232"/],
    ['agent: 42', '---\nts: 2026-01-10T13:03:52Z\nagent: 42\n---\n', /"agent" must be a string, got number "42"/],
    ['agent as a list', '---\nts: 2026-01-10T13:03:52Z\nagent: [a, b]\n---\n', /"agent" must be a string, got a list/],
    ['blank agent', '---\nts: 2026-01-10T13:03:52Z\nagent: "  "\n---\n', /"agent" must be 1-200 printable/],
    ['agent with a control character', '---\nts: 2026-01-10T13:03:52Z\nagent: "a\\u0007b"\n---\n', /"agent" must be 1-200 printable/],
    ['branch as a mapping', header('branch: {a: 1}\n'), /"branch" must be a single value, got a mapping/],
    ['decisions as a list', `${header()}decisions:\n- use vitest\n`, /"decisions" must be a mapping of key: value, got a list/],
    ['a decision value that is a list', `${header()}decisions:\n  runner: [a, b]\n`, /decision "runner" must be text, got a list/],
    ['now as a mapping', `${header()}now:\n  a: b\n`, /"now" must be text, got a mapping/],
    ['this_session as a mapping', `${header()}this_session:\n  a: b\n`, /"this_session" must be a list/],
    ['checkpoints as text', `${header()}checkpoints: phase 5 done\n`, /"checkpoints" must be a list/],
    ['a checkpoint without phase', `${header()}checkpoints:\n- status: done\n`, /"checkpoints" item 1 needs a "phase"/],
    ['a checkpoint without status', `${header()}checkpoints:\n- phase: 2\n`, /"checkpoints" item 1 needs a "status"/],
    ['a checkpoint with a bad updated', `${header()}checkpoints:\n- {phase: 1, status: x, updated: soon}\n`, /"checkpoints" item 1 "updated" must be an ISO-8601/],
    ['binary (NUL bytes)', `${header()}now: a\u0000b\n`, /binary file/],
    ['an alias bomb', `${header()}a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nnow: ok\n`, /body is not valid YAML|alias/i],
  ])('rejects %s', (_name, text, reason) => {
    expect(reasonFor(text)).toMatch(reason);
  });

  it.each([
    ['---js', '---js\n{ ts: (globalThis.__ledgerPwned = "2026-01-10T13:03:52Z"), agent: "x" }\n---\nnow: hi\n'],
    ['---javascript', '---javascript\nglobalThis.__ledgerPwned = 1; module.exports = { ts: "2026-01-10T13:03:52Z", agent: "x" }\n---\n'],
    ['--- js', '--- js\n({ ts: (globalThis.__ledgerPwned = "2026-01-10T13:03:52Z"), agent: "x" })\n---\n'],
    ['---coffee', '---coffee\nglobalThis.__ledgerPwned = 1\n---\n'],
    ['---json', '---json\n{"ts": "2026-01-10T13:03:52Z", "agent": "x"}\n---\n'],
  ])('rejects a %s frontmatter without executing it', (_name, text) => {
    expect(reasonFor(text)).toMatch(/frontmatter language .* is not allowed \(only YAML\)/);
    expect((globalThis as Record<string, unknown>).__ledgerPwned).toBeUndefined();
  });

  it('quotes long or multi-line input in one short line', () => {
    const reason = reasonFor(`---\nts: "${'9'.repeat(500)}\\nline"\nagent: a\n---\n`);
    expect(reason).not.toContain('\n');
    expect(reason.length).toBeLessThan(250);
  });
});

describe('prototype-ish keys behave like any other key', () => {
  const KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];

  it('keeps them as decision keys, in written order, without touching Object.prototype', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const event = parsed(`---
ts: 2026-01-10T13:03:52Z
agent: toast
__proto__: { polluted: frontmatter }
constructor: front
toString: front
---
__proto__:
  polluted: body
constructor: body
hasOwnProperty: body
decisions:
${KEYS.map((key) => `  ${key}: value of ${key}`).join('\n')}
`);
    expect([...event.decisions]).toEqual(KEYS.map((key) => [key, `value of ${key}`]));
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(typeof {}.toString).toBe('function');
  });
});
