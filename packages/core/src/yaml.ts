import { parseDocument, type SchemaOptions } from 'yaml';
import { fastParseYaml, UNSURE } from './fast-yaml.js';

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
}

export type YamlResult = { ok: true; value: unknown } | { ok: false; reason: string };

export function parseYaml(text: string, options: ParseYamlOptions = {}): YamlResult {
  const fast = fastParseYaml(text, options.scalarsAsText === true);
  if (fast !== UNSURE) return { ok: true, value: fast };
  return parseYamlFully(text, options);
}

/** `parseYaml` without the fast path: always the `yaml` package (what the fast path is tested against). */
export function parseYamlFully(text: string, options: ParseYamlOptions = {}): YamlResult {
  try {
    const doc = parseDocument(text, options.scalarsAsText ? TEXT_SCALARS : PARSE_OPTIONS);
    if (doc.errors.length > 0) {
      const first = doc.errors[0]!;
      return { ok: false, reason: firstLine(first.message) };
    }
    return { ok: true, value: doc.toJS(TO_JS_OPTIONS) };
  } catch (error) {
    // RangeError (deep nesting) or ReferenceError (alias count) from the yaml package.
    return { ok: false, reason: firstLine(error instanceof Error ? error.message : String(error)) };
  }
}

function firstLine(message: string): string {
  const line = message.split('\n', 1)[0] ?? message;
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
