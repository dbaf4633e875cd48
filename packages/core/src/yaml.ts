import { LineCounter, isScalar, parseDocument, visit, type Document, type SchemaOptions } from 'yaml';
import { fastParseYaml, UNSURE } from './fast-yaml.js';
import { byLine, droppedCommentWarning, duplicateKeyWarning, type YamlWarning } from './yaml-warnings.js';

export type { YamlWarning } from './yaml-warnings.js';

/**
 * Parse YAML into plain values with every mapping as a `Map`.
 * Why Map: user keys such as `__proto__` or `constructor` must behave like any other key.
 * Why these limits: an alias bomb or pathological nesting must fail fast, not eat the machine.
 */
const PARSE_OPTIONS = {
  schema: 'core',
  version: '1.2',
  uniqueKeys: true,
  merge: false,
  prettyErrors: false,
  strict: true,
} as const;

const TO_JS_OPTIONS = { mapAsMap: true, maxAliasCount: 50 } as const;

/**
 * Ledger text must come back exactly as written: a plain `20.10`, `0x1F` or `TRUE` would otherwise be
 * resolved to 20.1, 31 or true and re-stringified. Without the number and boolean tags, such plain
 * scalars stay strings; `null`, `~` and empty values still mean "absent".
 */
const TEXT_SCALARS = {
  ...PARSE_OPTIONS,
  customTags: (tags: Tags) => tags.filter((tag) => typeof tag !== 'object' || !/:(?:int|float|bool)$/.test(tag.tag)),
};
type Tags = Exclude<NonNullable<SchemaOptions['customTags']>, (tags: never) => unknown>;

export interface ParseYamlOptions {
  /** Resolve plain scalars that look like numbers or booleans as their source text (event bodies). */
  readonly scalarsAsText?: boolean;
  /**
   * Hand-written files (events): a duplicate key is not an error (the last value wins), and each
   * duplicate key and each comment that cut a plain value short becomes a warning.
   */
  readonly forgiving?: boolean;
  /** Lines before the parsed text in its file: warnings then name the file's lines. */
  readonly lineOffset?: number;
}

export type YamlResult = { ok: true; value: unknown; warnings: readonly YamlWarning[] } | { ok: false; reason: string };

const NO_WARNINGS: readonly YamlWarning[] = Object.freeze([]);

export function parseYaml(text: string, options: ParseYamlOptions = {}): YamlResult {
  // The fast path answers as the `yaml` package would (value and warnings), or says UNSURE.
  const fast = fastParseYaml(text, options);
  if (fast !== UNSURE) return { ok: true, value: fast.value, warnings: fast.warnings.length > 0 ? fast.warnings : NO_WARNINGS };
  return parseYamlFully(text, options);
}

/** `parseYaml` without the fast path: always the `yaml` package (what the fast path is tested against). */
export function parseYamlFully(text: string, options: ParseYamlOptions = {}): YamlResult {
  try {
    const base = options.scalarsAsText ? TEXT_SCALARS : PARSE_OPTIONS;
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, options.forgiving ? { ...base, uniqueKeys: false, lineCounter } : base);
    if (doc.errors.length > 0) {
      const first = doc.errors[0]!;
      return { ok: false, reason: firstLine(first.message) };
    }
    // toJS sets map entries in order, so of two equal keys the later one's value stays.
    const warnings = options.forgiving ? forgivenSlips(doc, text, lineCounter, options.lineOffset ?? 0) : NO_WARNINGS;
    return { ok: true, value: doc.toJS(TO_JS_OPTIONS), warnings };
  } catch (error) {
    // RangeError (deep nesting) or ReferenceError (alias count) from the yaml package.
    return { ok: false, reason: firstLine(error instanceof Error ? error.message : String(error)) };
  }
}

/**
 * Duplicate keys (any mapping, any depth) and plain scalars followed by a comment on the same line:
 * in `- Fixed login #123` YAML reads ` #123` as a comment, so the item silently loses it.
 */
function forgivenSlips(doc: Document, text: string, lines: LineCounter, lineOffset: number): YamlWarning[] {
  const warnings: YamlWarning[] = [];
  const lineOf = (offset: number) => lines.linePos(offset).line + lineOffset;
  visit(doc, {
    Map(_, map) {
      const seen = new Map<string, number>();
      for (const pair of map.items) {
        if (!isScalar(pair.key) || !pair.key.range) continue;
        const key = String(pair.key.value);
        const line = lineOf(pair.key.range[0]);
        const earlier = seen.get(key);
        if (earlier !== undefined) {
          warnings.push(duplicateKeyWarning(line, key, earlier));
        }
        seen.set(key, line);
      }
    },
    Scalar(key, node) {
      if (key === 'key' || node.type !== 'PLAIN' || !node.range || node.value === null) return;
      const [start, valueEnd] = node.range;
      if (text.slice(start, valueEnd).trim() === '') return;
      const lineEnd = text.indexOf('\n', valueEnd);
      const rest = text.slice(valueEnd, lineEnd === -1 ? undefined : lineEnd);
      if (!/^[ \t]+#/.test(rest)) return;
      warnings.push(droppedCommentWarning(lineOf(valueEnd), text.slice(start, valueEnd), rest));
    },
  });
  return warnings.sort(byLine);
}

function firstLine(message: string): string {
  const line = message.split('\n', 1)[0] ?? message;
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
