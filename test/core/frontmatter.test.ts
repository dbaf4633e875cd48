import fc from 'fast-check';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter, type FrontmatterSplit } from '../../packages/core/src/frontmatter.js';
import { parseEventDocument, parseEventDocumentWithGrayMatter, type DocumentResult } from '../../packages/core/src/parse-event.js';

// gray-matter is the reference: `splitFrontmatter` must give what `matter(text, options)` gives for the
// options parse-event passes (language yaml, our engines), and `parseEventDocument` (which splits with it)
// must give exactly what the gray-matter path gives, issues and warnings included.

const RUNS = 400;

/** Engines gray-matter may be asked for; each records the text it was handed. */
const REGISTERED = ['yaml', 'javascript', 'coffee', 'json', 'toml'];

interface Oracle {
  /** The text handed to the engine, or undefined when no engine ran. */
  readonly engineText: string | undefined;
  /** The language gray-matter looked an engine up for (set even when it was not registered). */
  readonly language: string;
  readonly matter: string;
  readonly content: string;
  readonly isEmpty: boolean;
  /** gray-matter threw because the language has no engine. */
  readonly unregistered: boolean;
}

function grayMatter(text: string): Oracle {
  let engineText: string | undefined;
  const record = (s: string) => {
    engineText = s;
    return {};
  };
  const engines = Object.fromEntries(REGISTERED.map((name) => [name, { parse: record, stringify: () => '' }]));
  // The object form of the input (gray-matter's documented alternative) keeps the file object reachable
  // when an unregistered language throws; '' is special-cased by the string form only, checked below.
  const file = { content: text } as { content: string; matter?: string; language?: string; isEmpty?: boolean };
  let unregistered = false;
  try {
    const result = text === '' ? matter(text, { language: 'yaml', engines }) : matter(file, { language: 'yaml', engines });
    if (text === '') return { engineText, language: 'yaml', matter: '', content: result.content, isEmpty: false, unregistered };
  } catch (error) {
    if (!(error instanceof Error) || !/is not registered/.test(error.message)) throw error;
    unregistered = true;
  }
  return {
    engineText,
    language: file.language ?? '',
    matter: file.matter ?? '',
    content: file.content,
    isEmpty: file.isEmpty ?? false,
    unregistered,
  };
}

/** gray-matter's engine lookup for our engine names: `engines[name] || engines[alias(name)]`. */
function isRegistered(language: string): boolean {
  if (REGISTERED.includes(language)) return true;
  const alias = ({ js: 'javascript', javascript: 'javascript', coffee: 'coffee', coffeescript: 'coffee', cson: 'coffee', yaml: 'yaml', yml: 'yaml' } as Record<string, string>)[
    language.toLowerCase()
  ];
  return alias !== undefined && REGISTERED.includes(alias);
}

function expectSameSplit(text: string): FrontmatterSplit {
  const split = splitFrontmatter(text);
  const oracle = grayMatter(text);
  if (split.kind === 'none') {
    expect(oracle.engineText).toBeUndefined();
    expect(oracle.unregistered).toBe(false);
    expect(oracle.matter).toBe('');
    expect(oracle.content).toBe(split.content);
    expect(oracle.isEmpty).toBe(false);
    return split;
  }
  expect(oracle.language).toBe(split.language);
  expect(oracle.matter).toBe(split.matter);
  expect(oracle.isEmpty).toBe(split.empty);
  if (oracle.unregistered) {
    expect(split.empty).toBe(false);
    expect(isRegistered(split.language)).toBe(false);
    return split;
  }
  expect(oracle.content).toBe(split.content);
  expect(oracle.engineText).toBe(split.empty ? undefined : split.matter);
  return split;
}

/** Maps as ordered entry lists, so toEqual also checks key order. */
function ordered(value: unknown): unknown {
  if (value instanceof Map) return { map: [...value].map(([k, v]) => [ordered(k), ordered(v)]) };
  if (Array.isArray(value)) return value.map(ordered);
  return value;
}

function plain(result: DocumentResult): unknown {
  if (!result.ok) return result;
  const { frontmatter, body, contentHash, warnings } = result.document;
  return { frontmatter: ordered(frontmatter), body: ordered(body), contentHash, warnings };
}

function expectSameDocument(text: string): DocumentResult {
  const fast = parseEventDocument(text, 'e.md');
  expect(plain(fast)).toEqual(plain(parseEventDocumentWithGrayMatter(text, 'e.md')));
  return fast;
}

// ---- generators -------------------------------------------------------------------------------

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);

/** Every Unicode space and line break JavaScript's trim or YAML care about, and a few non-BMP characters. */
const ODD_CHARACTERS = ['\t', ' ', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u000b', '\u000c', '\u0085', '\r', '\r\n', 'é', '🥞', '\ud800'];

/** Opening lines: delimiters with and without language tags, too many dashes, leading space. */
const OPENERS = ['---', '--- ', '---\t', '---yaml', '--- yaml ', '---YAML', '---yml', '---Yml\t', '----', '-----', '---js', '---json', '---toml', '---coffee', '---cson', '---x-y', '---1', '---#', '---:', ' ---', '--', '', '---\u00a0', '---\u3000yaml', '---yaml x', '---yaml\r'];

/** Lines of frontmatter: fields, comments, blank lines, dashes that do or do not close it. */
const FRONTMATTER_LINES = [
  'ts: 2026-01-10T13:03:52Z',
  'agent: toast',
  'agent: waffle',
  'branch: main',
  'type: session_end',
  '# a comment',
  '#',
  '  # indented comment',
  '',
  '  ',
  '\t',
  'x: "---"',
  'x: a # b',
  '- item',
  'ts: [1, 2]',
  'key: 🥞',
  '\u00a0',
  ': bad',
  '"unterminated',
];

/** Closing lines: a real delimiter, one with trailing space, and "\n---" followed by text (which closes too). */
const CLOSERS = ['---', '--- ', '---\t', '----', '---foo', '--- text after', '---yaml', '---\r', '...', '', ' ---'];

const BODY_LINES = ['', 'now: shipped', 'this_session:', '- Fixed login #1143', '- "quoted: item"', 'decisions:', '  runner: vitest', '  runner: jest', '---', 'now: x # y', 'plain text', '  ', 'open_questions: [a, b]', '\u2028', '🥞: é'];

const oddOrAscii = fc.oneof(pick(ODD_CHARACTERS), fc.string({ unit: 'grapheme-ascii', maxLength: 3 }));

/** A line from a pool, sometimes with odd characters around it. */
function lineFrom(pool: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: pick(pool) },
    { weight: 1, arbitrary: fc.tuple(fc.option(oddOrAscii, { nil: '' }), pick(pool), fc.option(oddOrAscii, { nil: '' })).map(([a, b, c]) => a + b + c) },
  );
}

/** Event-shaped text: opener, frontmatter lines, closer, body; sometimes CRLF, a BOM, no final newline. */
const eventShapedArb = fc
  .record({
    bom: fc.boolean(),
    opener: lineFrom(OPENERS),
    frontmatter: fc.array(lineFrom(FRONTMATTER_LINES), { maxLength: 6 }),
    closer: fc.option(lineFrom(CLOSERS), { nil: undefined }),
    body: fc.array(lineFrom(BODY_LINES), { maxLength: 6 }),
    crlf: fc.boolean(),
    finalNewline: fc.boolean(),
  })
  .map(({ bom, opener, frontmatter, closer, body, crlf, finalNewline }) => {
    const lines = [opener, ...frontmatter, ...(closer === undefined ? [] : [closer]), ...body];
    const text = (bom ? '\ufeff' : '') + lines.join(crlf ? '\r\n' : '\n') + (finalNewline ? (crlf ? '\r\n' : '\n') : '');
    return text;
  });

/** Mostly valid events (ts and agent present, usual delimiters), so values and warnings get compared too. */
const nearlyValidArb = fc
  .record({
    opener: fc.oneof({ weight: 6, arbitrary: pick(['---', '--- ', '---yaml', '---YML ']) }, { weight: 1, arbitrary: lineFrom(OPENERS) }),
    before: fc.array(lineFrom(FRONTMATTER_LINES), { maxLength: 2 }),
    after: fc.array(lineFrom(FRONTMATTER_LINES), { maxLength: 2 }),
    closer: fc.oneof({ weight: 6, arbitrary: pick(['---', '--- ', '---\t']) }, { weight: 1, arbitrary: lineFrom(CLOSERS) }),
    body: fc.array(lineFrom(BODY_LINES), { maxLength: 6 }),
    finalNewline: fc.boolean(),
  })
  .map(({ opener, before, after, closer, body, finalNewline }) =>
    [opener, ...before, 'ts: 2026-01-10T13:03:52Z', 'agent: toast', ...after, closer, ...body].join('\n') + (finalNewline ? '\n' : ''),
  );

/** Frontmatter of comments and blank lines only (gray-matter then calls no engine), with every kind of space. */
const SPACES = [' ', '\t', '\u00a0', '\u2000', '\u3000', '\ufeff', '\u000b', '\u2028', '\u0085'];
const commentOnlyArb = fc
  .record({
    opener: pick(['---', '--- ', '---yaml', '---\u00a0']),
    lines: fc.array(
      fc.tuple(fc.array(pick(SPACES), { maxLength: 2 }), fc.constantFrom('#', '# c', '#\u00a0', '##', '', 'x', '#:'), fc.array(pick(SPACES), { maxLength: 1 })).map(
        ([before, core, after]) => before.join('') + core + after.join(''),
      ),
      { maxLength: 4 },
    ),
    closer: pick(['---', '---x', '']),
    body: fc.array(lineFrom(BODY_LINES), { maxLength: 2 }),
  })
  .map(({ opener, lines, closer, body }) => [opener, ...lines, closer, ...body].join('\n'));

/** Fragments glued at random: delimiters in odd places, empty parts, Unicode, text right after a closing "---". */
const FRAGMENTS = ['---', '----', '-', '\n', '\n---', '\n---\n', '\r\n', '\r', ' ', '\t', '#', '# c\n', 'yaml', 'yml', 'js', ': ', 'ts: 2026-01-10T13:03:52Z\n', 'agent: toast\n', 'now: x\n', '\ufeff', ...ODD_CHARACTERS];
const fragmentsArb = fc
  .array(fc.oneof({ weight: 3, arbitrary: pick(FRAGMENTS) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) }), { maxLength: 16 })
  .map((parts) => parts.join(''));

/** Any text at all, code units included (lone surrogates, NUL). */
const anyTextArb = fc.string({ unit: 'binary', maxLength: 40 });

// ---- properties -------------------------------------------------------------------------------

describe('splitFrontmatter is gray-matter (4.0.3) for our options', () => {
  it('on event-shaped text', () => {
    fc.assert(fc.property(eventShapedArb, (text) => void expectSameSplit(text)), { numRuns: RUNS });
  });

  it('on fragments glued at random', () => {
    fc.assert(fc.property(fragmentsArb, (text) => void expectSameSplit(text)), { numRuns: RUNS });
  });

  it('on comment-only frontmatter', () => {
    fc.assert(fc.property(commentOnlyArb, (text) => void expectSameSplit(text)), { numRuns: RUNS });
  });

  it('on arbitrary code units', () => {
    fc.assert(fc.property(anyTextArb, (text) => void expectSameSplit(text)), { numRuns: RUNS });
  });

  it.each([
    ['empty text', ''],
    ['a BOM only', '\ufeff'],
    ['no frontmatter', 'now: x\n'],
    ['"---" alone', '---'],
    ['"---" and a line break', '---\n'],
    ['an empty frontmatter', '---\n---\nnow: x\n'],
    ['a "----" opener', '----\nts: x\n---\n'],
    ['a missing closing delimiter', '---\nts: x\nagent: a\n'],
    ['a closing delimiter followed by text', '---\nts: x\n---foo\nnow: y\n---\n'],
    ['a closing "----"', '---\nts: x\n----\nbody\n'],
    ['a language tag', '---yaml\nts: x\n---\n'],
    ['an upper-case tag with spaces', '---  YML \t\nts: x\n---\n'],
    ['a whitespace-only opener rest', '---  \nts: x\n---\n'],
    ['an opener without a line break (language is all but the last character)', '---yaml'],
    ['a tag and no line break at all', '---ab'],
    ['comment-only frontmatter', '---\n# just a comment\n  # another\n---\nnow: x\n'],
    ['a lone "#" (not a comment to gray-matter)', '---\n#\n---\n'],
    ['CRLF (gray-matter looks for "\\r\\n" in the opener)', '---yaml\r\nts: x\r\n---\r\nbody\r\n'],
    ['a CR right after the closing delimiter', '---\nts: x\n---\r\rbody'],
    ['an unregistered language', '---markdown\nts: x\n---\n'],
    ['a BOM before the opener', '\ufeff---\nts: x\n---\nbody'],
    ['two BOMs', '\ufeff\ufeff---\nts: x\n---\n'],
    ['a no-break space after the opener', '---\u00a0\nts: x\n---\n'],
  ])('%s', (_name, text) => {
    expectSameSplit(text);
  });
});

describe('parseEventDocument (own split) is the gray-matter path', () => {
  it('on event-shaped text', () => {
    fc.assert(fc.property(eventShapedArb, (text) => void expectSameDocument(text)), { numRuns: RUNS });
  });

  it('on fragments glued at random', () => {
    fc.assert(fc.property(fragmentsArb, (text) => void expectSameDocument(text)), { numRuns: RUNS });
  });

  it('on comment-only frontmatter', () => {
    fc.assert(fc.property(commentOnlyArb, (text) => void expectSameDocument(text)), { numRuns: RUNS });
  });

  it('on nearly valid events', () => {
    fc.assert(fc.property(nearlyValidArb, (text) => void expectSameDocument(text)), { numRuns: RUNS });
  });

  it('accepts nearly valid events often enough to check the parsed values', () => {
    // Not a property of the code: a check that the generator reaches valid events, so the comparison
    // above covers values and warnings, not only reasons for rejecting.
    const samples = fc.sample(nearlyValidArb, { numRuns: 1000 });
    const accepted = samples.filter((text) => parseEventDocument(text, 'e.md').ok).length;
    expect(accepted).toBeGreaterThan(100);
  });

  it.each([
    ['a closing "---foo" line before the real one (gray-matter closes at the first "\\n---")', '---\nts: 2026-01-10T13:03:52Z\nagent: toast\n---foo\nnow: x\n---\n'],
    ['a "---yaml" opener with a duplicate key (warning lines)', '---yaml\nts: 2026-01-10T13:03:52Z\nagent: a\nagent: b\n---\nnow: x\nnow: y\n'],
    ['an opener with trailing spaces and a duplicate key', '---  \nts: 2026-01-10T13:03:52Z\nagent: a\nagent: b\n---\n'],
    ['comment-only frontmatter', '---\n# ts: 2026-01-10T13:03:52Z\n---\nnow: x\n'],
    ['no body', '---\nts: 2026-01-10T13:03:52Z\nagent: toast\n---'],
    ['CRLF and a BOM', '\ufeff---\r\nts: 2026-01-10T13:03:52Z\r\nagent: toast\r\n---\r\nnow: x\r\n'],
  ])('%s', (_name, text) => {
    expectSameDocument(text);
  });
});

describe('warning lines', () => {
  // Found while comparing the split with gray-matter: the engine is handed the rest of the opening line
  // too ("yaml\n…" minus the tag, or "  \n…"), so its first line is the file's first line whatever the opener.
  it.each(['---', '---yaml', '--- ', '---YML  '])('count the file lines after a %j opener', (opener) => {
    const result = parseEventDocument(`${opener}\nts: 2026-01-10T13:03:52Z\nagent: a\nagent: b\n---\nnow: x\nnow: y\n`, 'e.md');
    if (!result.ok) throw new Error(result.issue.reason);
    expect(result.document.warnings.map((w) => w.line)).toEqual([4, 7]);
  });
});
