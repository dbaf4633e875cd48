import type { ParseYamlOptions } from './yaml.js';
import { byLine, droppedCommentWarning, duplicateKeyWarning, type YamlWarning } from './yaml-warnings.js';

/**
 * A fast path for the YAML that event files are made of: block mappings and sequences of scalars,
 * e.g.
 *
 *     now: Fixed login #1143
 *     this_session:
 *     - Added dark mode for PR 312 and
 *       follow-ups for search index #1040
 *     decisions:
 *       db: 'Postgres, not SQLite #12'
 *     checkpoints:
 *     - phase: 2
 *       status: validated
 *
 * plain scalars (over several lines, folded, and cut short by a ` #` comment as YAML cuts them),
 * one-line quoted scalars (`'…'` with `''`, `"…"` without escapes), literal blocks (`now: |`),
 * comment lines, and, when forgiving, duplicate keys, with the same warnings `yaml.ts` gives. The
 * `yaml` package spends ~70-100 µs on such a document; this takes a few. It is deliberately narrow:
 * anything it is not certain to read exactly as `yaml` does (escapes, folded blocks, anchors, tags,
 * flow collections, tabs, keys or values that would resolve to numbers or booleans, odd indentation,
 * unusual characters) makes it give up with `UNSURE`, and the caller parses with `yaml`. Seeded
 * property tests hold it to `yaml`'s output, warnings included.
 */
export const UNSURE: unique symbol = Symbol('unsure');

export type FastYamlValue = string | null | FastYamlValue[] | Map<string, FastYamlValue>;

export interface FastYamlResult {
  readonly value: FastYamlValue;
  /** Forgiven slips, sorted as `parseYaml` sorts them (empty unless `forgiving`). */
  readonly warnings: YamlWarning[];
}

/** `parseYaml`'s answer for `text`, or UNSURE when only the `yaml` package can tell. */
export function fastParseYaml(text: string, options: ParseYamlOptions = {}): FastYamlResult | typeof UNSURE {
  if (UNUSUAL.test(text) || EDGE_UNICODE_SPACE.test(text)) return UNSURE;
  const reader = new LineReader(text.split('\n'), options);
  reader.skipBlank();
  if (reader.done() || !reader.atColumnZero()) return UNSURE;
  const value = reader.mapping(0, 0);
  reader.skipBlank();
  if (value === UNSURE || !reader.done()) return UNSURE;
  return { value, warnings: reader.warnings.sort(byLine) };
}

/** Tabs, CR, controls, non-characters, lone surrogates (`u`: a pair is one character) and YAML 1.1 line breaks. */
// eslint-disable-next-line no-control-regex
const UNUSUAL = /[\t\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]/u;
/**
 * A Unicode space (NBSP, U+3000, …) where a value may start or end (after `: `, `- ` or indentation;
 * before a line end or the space of ` #`): `yaml` keeps it (YAML trims only spaces and tabs), so
 * such text goes to `yaml` rather than trusting every trim below to get it right.
 */
const EDGE_UNICODE_SPACE = /(?:^|[ :-])[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]|[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000](?: |$)/mu;
const KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** Keys the core schema would not read as strings. */
const SPECIAL_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
/** YAML limits implicit keys to 1024 characters; stay far below. */
const MAX_KEY_LENGTH = 200;
const NULL = /^(?:null|Null|NULL|~)$/;
/** Plain scalars the core schema resolves to something other than a string (YAML 1.2 core tags). */
const CORE_NON_STRING =
  /^(?:true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
/**
 * First characters that make a scalar anything but a simple plain one. On continuation lines `yaml`
 * reads most of them as text, but we have not proven each, so they give up too.
 */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;
/** What may follow a closing quote on its line: spaces, then perhaps a comment. */
const AFTER_QUOTED = /^(?: *| +#.*)$/;
const SPACE = 32;
const MAX_DEPTH = 16;

function indentOf(line: string): number {
  let n = 0;
  while (line.charCodeAt(n) === SPACE) n++;
  return n;
}

/** Empty, spaces only, or a comment line (`yaml` skips comment lines between entries at any indentation). */
function isBlankOrComment(line: string): boolean {
  const indent = indentOf(line);
  return indent === line.length || line.charCodeAt(indent) === 0x23; // '#'
}

/**
 * Where the plain text starting at `from` ends on `line`: before a ` #` comment if there is one,
 * without trailing spaces. `comment` says whether a comment follows.
 */
function plainEnd(line: string, from: number): { end: number; comment: boolean } {
  const hash = line.indexOf(' #', from);
  let end = hash === -1 ? line.length : hash;
  while (end > from && line.charCodeAt(end - 1) === SPACE) end--;
  return { end, comment: hash !== -1 };
}

/** Text that is a plain scalar's line and not an implicit key (`a: b`, `a:`), which `yaml` would read or reject. */
function isPlainText(text: string): boolean {
  return text !== '' && !text.includes(': ') && !text.endsWith(':');
}

/**
 * A quoted scalar closed on its line: `'…'` (`''` is one quote) or `"…"` without backslash escapes,
 * followed by nothing but spaces or a comment (which drops no text, so no warning).
 */
function quoted(text: string): string | typeof UNSURE {
  const quote = text[0]!;
  let value = '';
  let from = 1;
  for (;;) {
    const close = text.indexOf(quote, from);
    if (close === -1) return UNSURE;
    value += text.slice(from, close);
    if (quote === "'" && text[close + 1] === "'") {
      value += "'";
      from = close + 2;
      continue;
    }
    if (quote === '"' && value.includes('\\')) return UNSURE;
    return AFTER_QUOTED.test(text.slice(close + 1)) ? value : UNSURE;
  }
}

class LineReader {
  at = 0;
  readonly warnings: YamlWarning[] = [];
  private readonly scalarsAsText: boolean;
  private readonly forgiving: boolean;
  private readonly lineOffset: number;

  constructor(
    private readonly lines: string[],
    options: ParseYamlOptions,
  ) {
    this.scalarsAsText = options.scalarsAsText === true;
    this.forgiving = options.forgiving === true;
    this.lineOffset = options.lineOffset ?? 0;
  }

  done(): boolean {
    return this.at >= this.lines.length;
  }

  atColumnZero(): boolean {
    return indentOf(this.lines[this.at]!) === 0;
  }

  skipBlank(): void {
    while (this.at < this.lines.length && isBlankOrComment(this.lines[this.at]!)) this.at++;
  }

  /** The line number a warning names for line `index` of the text (as `yaml.ts` counts: 1-based, plus the offset). */
  private lineNumber(index: number): number {
    return index + 1 + this.lineOffset;
  }

  /**
   * A block mapping whose keys sit at column `indent`, starting at the current line (for a mapping
   * that opens a sequence item, `- key: value`, the current line's `- ` is skipped by column).
   */
  mapping(indent: number, depth: number): Map<string, FastYamlValue> | typeof UNSURE {
    if (depth > MAX_DEPTH) return UNSURE;
    const map = new Map<string, FastYamlValue>();
    const keyLines = new Map<string, number>();
    for (;;) {
      const line = this.lines[this.at]!;
      const rest = line.slice(indent);
      const colon = rest.indexOf(':');
      if (colon <= 0 || colon > MAX_KEY_LENGTH) return UNSURE;
      const key = rest.slice(0, colon);
      if (!KEY.test(key) || SPECIAL_KEY.test(key)) return UNSURE;
      if (!this.noteKey(keyLines, key)) return UNSURE;
      const after = rest.slice(colon + 1);
      const start = indentOf(after);
      let value: FastYamlValue | typeof UNSURE;
      if (start === after.length) {
        this.at++;
        value = this.nested(indent, depth);
      } else if (after === ' |' || after === ' |-') {
        this.at++;
        value = this.literal(indent, after === ' |');
      } else {
        if (start === 0) return UNSURE;
        value = this.scalar(indent + colon + 1 + start, indent);
      }
      if (value === UNSURE) return UNSURE;
      // Of a duplicate key, the first keeps its place and the last value wins, as `yaml`'s toJS sets them.
      map.set(key, value);
      this.skipBlank();
      if (this.done()) return map;
      const next = this.lines[this.at]!;
      const nextIndent = indentOf(next);
      if (nextIndent < indent) return map; // the enclosing block goes on
      // Deeper text after a value is not ours; a `-` where a key belongs is not ours either.
      if (nextIndent > indent || next.startsWith('-', indent)) return UNSURE;
    }
  }

  /**
   * Record `key` at the current line; false when it repeats and that is an error (`yaml` rejects a
   * duplicate key unless forgiving, where it is a warning).
   */
  private noteKey(keyLines: Map<string, number>, key: string): boolean {
    const line = this.lineNumber(this.at);
    const earlier = keyLines.get(key);
    if (earlier !== undefined) {
      if (!this.forgiving) return false;
      this.warnings.push(duplicateKeyWarning(line, key, earlier));
    }
    keyLines.set(key, line);
    return true;
  }

  /** The value of `key:` with nothing after the colon: a block below it, or null. */
  private nested(indent: number, depth: number): FastYamlValue | typeof UNSURE {
    this.skipBlank();
    if (this.done()) return null;
    const line = this.lines[this.at]!;
    const lineIndent = indentOf(line);
    // A sequence may sit at the key's own column (`key:` then `- item`), or deeper.
    if (lineIndent >= indent && (line.startsWith('- ', lineIndent) || line.length === lineIndent + 1 && line[lineIndent] === '-')) {
      return this.sequence(lineIndent, depth + 1);
    }
    if (lineIndent > indent) return this.mapping(lineIndent, depth + 1);
    return null;
  }

  private sequence(indent: number, depth: number): FastYamlValue[] | typeof UNSURE {
    if (depth > MAX_DEPTH) return UNSURE;
    const items: FastYamlValue[] = [];
    for (;;) {
      const line = this.lines[this.at]!;
      if (!line.startsWith('- ', indent)) return UNSURE;
      const column = indent + 2;
      if (line.length === column || line.charCodeAt(column) === SPACE) return UNSURE;
      // `- key: value`: a mapping whose keys line up two columns in.
      const item = this.opensMapping(line, column) ? this.mapping(column, depth + 1) : this.scalar(column, indent);
      if (item === UNSURE) return UNSURE;
      items.push(item);
      this.skipBlank();
      if (this.done()) return items;
      const next = this.lines[this.at]!;
      const nextIndent = indentOf(next);
      if (nextIndent > indent) return UNSURE;
      if (nextIndent < indent || !next.startsWith('-', indent)) return items;
    }
  }

  /** Whether the text at `column` is an implicit key (`key: value`, `key:`) rather than a scalar. */
  private opensMapping(line: string, column: number): boolean {
    const first = line[column];
    if (first === '"' || first === "'") return false;
    const text = line.slice(column, plainEnd(line, column).end);
    return text.includes(': ') || text.endsWith(':');
  }

  /**
   * A literal block scalar (`|` keeps one final newline, `|-` none) under a key at column `indent`:
   * its lines, indented alike past the key, with that indentation removed. Empty lines inside are
   * kept; lines holding only spaces, and a first line that is empty or indented further than a
   * later one, are left to `yaml`.
   */
  private literal(indent: number, clip: boolean): string | typeof UNSURE {
    const first = this.lines[this.at];
    if (first === undefined || indentOf(first) === first.length) return UNSURE;
    const column = indentOf(first);
    if (column <= indent) return UNSURE;
    const content: string[] = [];
    let blankRun = 0;
    while (this.at < this.lines.length) {
      const line = this.lines[this.at]!;
      if (line === '') {
        blankRun++;
        this.at++;
        continue;
      }
      const lineIndent = indentOf(line);
      if (lineIndent === line.length) return UNSURE;
      if (lineIndent < column) {
        if (lineIndent > indent) return UNSURE;
        break;
      }
      for (; blankRun > 0; blankRun--) content.push('');
      content.push(line.slice(column));
      this.at++;
    }
    // Trailing empty lines belong to no one (`|` and `|-` drop them); step back so callers see them.
    this.at -= blankRun;
    return content.join('\n') + (clip ? '\n' : '');
  }

  /**
   * The scalar starting at `column` of the current line, inside a block whose own column is
   * `parentIndent`; leaves the reader on the line after it.
   */
  private scalar(column: number, parentIndent: number): FastYamlValue | typeof UNSURE {
    const line = this.lines[this.at]!;
    const first = line[column];
    if (first === '"' || first === "'") {
      this.at++;
      return quoted(line.slice(column));
    }
    return this.plain(column, parentIndent);
  }

  /**
   * A plain scalar: its first line from `column`, then the lines indented deeper than
   * `parentIndent`, folded (a line break becomes a space; n empty lines become n line breaks). A
   * ` #` ends it, and a comment line after it too.
   */
  private plain(column: number, parentIndent: number): FastYamlValue | typeof UNSURE {
    const firstLine = this.at;
    let lastLine = firstLine;
    let { end, comment } = plainEnd(this.lines[firstLine]!, column);
    let text = this.lines[firstLine]!.slice(column, end);
    if (!isPlainText(text) || INDICATOR.test(text)) return UNSURE;
    let emptyLines = 0;
    for (let at = firstLine + 1; !comment && at < this.lines.length; at++) {
      const line = this.lines[at]!;
      const lineIndent = indentOf(line);
      if (lineIndent === line.length) {
        emptyLines++;
        continue;
      }
      if (lineIndent <= parentIndent || line.charCodeAt(lineIndent) === 0x23) break;
      ({ end, comment } = plainEnd(line, lineIndent));
      const more = line.slice(lineIndent, end);
      if (!isPlainText(more) || INDICATOR.test(more)) return UNSURE;
      text += (emptyLines === 0 ? ' ' : '\n'.repeat(emptyLines)) + more;
      emptyLines = 0;
      lastLine = at;
    }
    this.at = lastLine + 1;
    const value = this.resolvePlain(text);
    if (comment && value !== null && value !== UNSURE) this.noteDroppedComment(firstLine, column, lastLine, end);
    return value;
  }

  /** What the schema makes of a plain scalar: null, a string, or (core schema, not as text) UNSURE. */
  private resolvePlain(text: string): string | null | typeof UNSURE {
    if (NULL.test(text)) return null;
    if (!this.scalarsAsText && CORE_NON_STRING.test(text)) return UNSURE;
    return text;
  }

  /**
   * Forgiving, a comment that cut a plain scalar short is a warning; `kept` is the scalar's source
   * from its first character to `end` on its last line, as `yaml.ts` slices it.
   */
  private noteDroppedComment(firstLine: number, column: number, lastLine: number, end: number): void {
    if (!this.forgiving) return;
    const last = this.lines[lastLine]!;
    const kept =
      firstLine === lastLine
        ? last.slice(column, end)
        : [this.lines[firstLine]!.slice(column), ...this.lines.slice(firstLine + 1, lastLine), last.slice(0, end)].join('\n');
    this.warnings.push(droppedCommentWarning(this.lineNumber(lastLine), kept, last.slice(end)));
  }
}
