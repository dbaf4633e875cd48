import { describe, expect, it } from 'vitest';
import { parseEvent } from '@ledger-synth/core';

const parse = (text: string) => {
  const result = parseEvent(text, 'e.md');
  if (!result.ok) throw new Error(result.issue.reason);
  return result;
};

describe('hand-written events are forgiven, loudly', () => {
  it('keeps an event with duplicate keys (frontmatter, body, decisions): the last value wins, each is a warning with its line', () => {
    const { event, warnings } = parse(
      [
        '---', //                        1
        'ts: 2026-01-10T13:00:00Z', //   2
        'agent: toast', //               3
        'agent: waffle', //              4
        '---', //                        5
        '', //                           6
        'now: first', //                 7
        'now: second', //                8
        'this_session:', //              9
        '- Did it', //                   10
        'decisions:', //                 11
        '  runner: jest', //             12
        '  runner: vitest', //           13
        '',
      ].join('\n'),
    );
    expect(event.agent).toBe('waffle');
    expect(event.now).toBe('second');
    expect(event.thisSession).toEqual(['Did it']);
    expect([...event.decisions]).toEqual([['runner', 'vitest']]);
    expect(warnings).toEqual([
      { file: 'e.md', line: 4, message: 'duplicate key "agent" (also on line 3): the last value wins; remove or rename one', slip: ['duplicate', 'agent', 3] },
      { file: 'e.md', line: 8, message: 'duplicate key "now" (also on line 7): the last value wins; remove or rename one', slip: ['duplicate', 'now', 7] },
      { file: 'e.md', line: 13, message: 'duplicate key "runner" (also on line 12): the last value wins; remove or rename one', slip: ['duplicate', 'runner', 12] },
    ]);
  });

  it('says to quote an item that lost text to a " #" comment', () => {
    const { event, warnings } = parse('---\nts: 2026-01-10T13:00:00Z\nagent: toast\n---\n\nthis_session:\n- Fixed login #123\n- "Quoted #124"\ndecisions:\n  db: postgres # for now\n');
    expect(event.thisSession).toEqual(['Fixed login', 'Quoted #124']);
    expect(warnings).toEqual([
      { file: 'e.md', line: 7, message: '"#123" after "Fixed login" is a YAML comment and was dropped; quote the text to keep it, e.g. "Fixed login #123"', slip: ['comment', 'Fixed login', '#123'] },
      { file: 'e.md', line: 10, message: '"# for now" after "postgres" is a YAML comment and was dropped; quote the text to keep it, e.g. "postgres # for now"', slip: ['comment', 'postgres', '# for now'] },
    ]);
  });

  it.each([
    ['a comment on its own line', 'this_session:\n# notes\n- Did it\n'],
    ['a comment after a key whose value is a block', 'this_session: # what I did\n- Did it\n'],
    ['a "#" inside text (no space before it)', 'this_session:\n- Issue#123 fixed\n'],
    ['a quoted value', 'now: "Fix #12"\n'],
    ['a literal block', 'now: |\n  Fix #12\n'],
  ])('does not warn for %s', (_label, body) => {
    expect(parse(`---\nts: 2026-01-10T13:00:00Z\nagent: toast\n---\n\n${body}`).warnings).toEqual([]);
  });

  it('counts lines in files with CRLF line endings and a BOM like the file shows them', () => {
    const { warnings } = parse('\uFEFF---\r\nts: 2026-01-10T13:00:00Z\r\nagent: toast\r\n---\r\n\r\nnow: a #b\r\n');
    expect(warnings.map((w) => w.line)).toEqual([6]);
  });
});
