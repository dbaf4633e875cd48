/**
 * A fast path for the YAML that event files are made of: block mappings and sequences of
 * single-line scalars, e.g.
 *
 *     now: Work item 12
 *     this_session:
 *     - Implemented step 3
 *     checkpoints:
 *     - phase: 2
 *       status: validated
 *
 * and literal blocks (`now: |`). The `yaml` package spends ~100 µs on such a document; this takes
 * a few. It is deliberately narrow: anything it is not certain to read exactly as `yaml` does
 * (comments, quotes with escapes, folded or plain multi-line scalars, anchors, tags, flow
 * collections, tabs, keys or values that would resolve to
 * numbers or booleans, duplicate keys, odd indentation, unusual characters) makes it give up with
 * `UNSURE`, and the caller parses with `yaml`. A property test holds it to `yaml`'s output.
 */
export const UNSURE: unique symbol = Symbol('unsure');

export type FastYamlValue = string | null | FastYamlValue[] | Map<string, FastYamlValue>;

/**
 * @param scalarsAsText as `parseYaml`'s option: plain scalars that look like numbers or booleans are
 *   text. Without it (core schema), such scalars make the fast path give up.
 */
export function fastParseYaml(text: string, scalarsAsText: boolean): FastYamlValue | typeof UNSURE {
  if (UNUSUAL.test(text) || EDGE_UNICODE_SPACE.test(text)) return UNSURE;
  const lines = text.split('\n');
  const reader = new LineReader(lines, scalarsAsText);
  reader.skipBlank();
  if (reader.done() || indentOf(lines[reader.at]!) !== 0) return UNSURE;
  const value = reader.mapping(0, 0);
  reader.skipBlank();
  return value === UNSURE || !reader.done() ? UNSURE : value;
}

/** Tabs, CR, controls, non-characters, lone surrogates (`u`: a pair is one character) and YAML 1.1 line breaks. */
// eslint-disable-next-line no-control-regex
const UNUSUAL = /[\t\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]/u;
/**
 * A Unicode space (NBSP, U+3000, …) where a value may start or end: `yaml` keeps it (YAML trims only
 * spaces and tabs), the `trim()`s below would drop it, so such text goes to `yaml`.
 */
const EDGE_UNICODE_SPACE = /(?:^|[ :-])[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]|[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]$/mu;
const KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** Keys the core schema would not read as strings. */
const SPECIAL_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
const NULL = /^(?:null|Null|NULL|~)$/;
/** Plain scalars the core schema resolves to something other than a string (YAML 1.2 core tags). */
const CORE_NON_STRING =
  /^(?:true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
/** First characters that make a scalar anything but a simple plain one. */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;
const MAX_DEPTH = 16;

function indentOf(line: string): number {
  let n = 0;
  while (line.charCodeAt(n) === 32) n++;
  return n;
}

class LineReader {
  at = 0;

  constructor(
    private readonly lines: string[],
    private readonly scalarsAsText: boolean,
  ) {}

  done(): boolean {
    return this.at >= this.lines.length;
  }

  skipBlank(): void {
    while (this.at < this.lines.length && this.lines[this.at]!.trim() === '') this.at++;
  }

  /**
   * A block mapping whose keys sit at column `indent`, starting at the current line (for a mapping
   * that opens a sequence item, `- key: value`, the current line's `- ` is skipped by column).
   */
  mapping(indent: number, depth: number): Map<string, FastYamlValue> | typeof UNSURE {
    if (depth > MAX_DEPTH) return UNSURE;
    const map = new Map<string, FastYamlValue>();
    for (;;) {
      const line = this.lines[this.at]!;
      const rest = line.slice(indent);
      const colon = rest.indexOf(':');
      if (colon <= 0) return UNSURE;
      const key = rest.slice(0, colon);
      if (!KEY.test(key) || SPECIAL_KEY.test(key) || map.has(key)) return UNSURE;
      const after = rest.slice(colon + 1);
      let value: FastYamlValue | typeof UNSURE;
      if (after.trim() === '') {
        this.at++;
        value = this.nested(indent, depth);
      } else if (after === ' |' || after === ' |-') {
        this.at++;
        value = this.literal(indent, after === ' |');
      } else {
        if (after[0] !== ' ') return UNSURE;
        value = this.scalar(after.trim());
        this.at++;
      }
      if (value === UNSURE) return UNSURE;
      map.set(key, value);
      this.skipBlank();
      if (this.done()) return map;
      const next = this.lines[this.at]!;
      const nextIndent = indentOf(next);
      if (nextIndent < indent) return map; // the enclosing block goes on
      // Deeper text after a value is a continuation line; a `-` where a key belongs is not ours either.
      if (nextIndent > indent || next.startsWith('-', indent)) return UNSURE;
    }
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
      const content = line.slice(indent + 2);
      const start = indentOf(content);
      const text = content.trim();
      if (text === '' || start > 0) return UNSURE;
      let item: FastYamlValue | typeof UNSURE;
      const colon = text.indexOf(':');
      if (colon > 0 && (text[colon + 1] === ' ' || colon === text.length - 1 || text.includes(': '))) {
        // `- key: value`: a mapping whose keys line up two columns in.
        item = this.mapping(indent + 2, depth + 1);
      } else {
        item = this.scalar(text);
        this.at++;
      }
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

  /**
   * A literal block scalar (`|` keeps one final newline, `|-` none) under a key at column `indent`:
   * its lines, indented alike past the key, with that indentation removed. Empty lines inside are
   * kept; lines holding only spaces, and a first line that is empty or indented further than a
   * later one, are left to `yaml`.
   */
  private literal(indent: number, clip: boolean): string | typeof UNSURE {
    const first = this.lines[this.at];
    if (first === undefined || first.trim() === '') return UNSURE;
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

  /** A one-line scalar (already trimmed), or UNSURE. */
  private scalar(text: string): string | null | typeof UNSURE {
    const quote = text[0];
    if (quote === '"' || quote === "'") {
      const inner = text.slice(1, -1);
      if (text.length < 2 || text[text.length - 1] !== quote || inner.includes(quote) || inner.includes('\\')) return UNSURE;
      return inner;
    }
    if (INDICATOR.test(text) || text.includes(' #') || text.includes(': ') || text.endsWith(':')) return UNSURE;
    if (NULL.test(text)) return null;
    if (!this.scalarsAsText && CORE_NON_STRING.test(text)) return UNSURE;
    return text;
  }
}
