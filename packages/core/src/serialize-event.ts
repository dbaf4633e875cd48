import { Pair, Scalar, YAMLMap, YAMLSeq, stringify } from 'yaml';
import { sanitizeAgentId } from './agent-id.js';

export interface EventHeader {
  readonly ts: string;
  readonly agent: string;
  readonly branch?: string | undefined;
  readonly type?: string | undefined;
  readonly reason?: string | undefined;
  readonly session?: string | undefined;
}

export interface EventBody {
  readonly now?: string | undefined;
  readonly this_session?: readonly string[] | undefined;
  /** Tasks still open: written even when empty (an empty list clears the agent's earlier one). */
  readonly in_progress?: readonly string[] | undefined;
  readonly decisions?: ReadonlyMap<string, string> | undefined;
  readonly checkpoints?: readonly { phase: string; status: string; updated: string }[] | undefined;
  readonly open_questions?: readonly string[] | undefined;
  readonly resolved_questions?: readonly string[] | undefined;
}

const STRINGIFY_OPTIONS = { lineWidth: 0, indentSeq: false, aliasDuplicateObjects: false } as const;

/**
 * Characters YAML (or a reader of the file) would not keep as they are in a plain or block scalar:
 * controls other than tab and newline, C1 controls (NEL), YAML 1.1 line breaks, BOM, lone surrogates.
 */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ud800-\udfff]/u;
/** Whitespace other than a newline (JS `\s`: tab, NBSP, U+3000, U+2028, BOM, …) or NEL. */
const EDGE_SPACE = /[^\S\n]|\u0085/u;

/**
 * True when a string must be written double-quoted (with escapes) to be read back exactly: YAML
 * trims plain scalars of spaces and tabs, other readers trim Unicode spaces too, and some
 * characters do not survive a plain or block scalar at all. Everything else is left to the `yaml`
 * package, which already quotes indicators, `: `, ` #`, `null`/`true`/numbers and the empty string.
 */
export function needsDoubleQuotes(text: string): boolean {
  if (NEEDS_ESCAPE.test(text)) return true;
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 10) end--; // a block scalar's final newlines are fine
  return end > 0 && (EDGE_SPACE.test(text[0]!) || EDGE_SPACE.test(text[end - 1]!));
}

/** A YAML node for a value: strings that need it are forced double-quoted; the rest is up to `yaml`. */
function toNode(value: unknown): unknown {
  if (typeof value === 'string') {
    const scalar = new Scalar(value);
    if (needsDoubleQuotes(value)) scalar.type = Scalar.QUOTE_DOUBLE;
    return scalar;
  }
  if (Array.isArray(value)) {
    const seq = new YAMLSeq();
    for (const item of value) seq.items.push(toNode(item));
    return seq;
  }
  if (value instanceof Map) {
    const map = new YAMLMap();
    for (const [key, item] of value) map.items.push(new Pair(toNode(key), toNode(item)));
    return map;
  }
  return value;
}

/**
 * Write an event file's text in the seed format. Values go through the YAML serializer (strings
 * YAML would change forced double-quoted), so every string round-trips through `parseEvent`, up to
 * its documented normalisation (trailing whitespace and leading blank lines are dropped).
 */
export function serializeEvent(header: EventHeader, body: EventBody): string {
  const front = new Map<string, string>();
  front.set('ts', header.ts);
  front.set('agent', header.agent);
  for (const key of ['branch', 'type', 'reason', 'session'] as const) {
    const value = header[key];
    if (value !== undefined) front.set(key, value);
  }
  const sections = new Map<string, unknown>();
  if (body.now !== undefined) sections.set('now', body.now);
  if (body.this_session?.length) sections.set('this_session', [...body.this_session]);
  if (body.in_progress !== undefined) sections.set('in_progress', [...body.in_progress]);
  if (body.decisions?.size) sections.set('decisions', new Map(body.decisions));
  if (body.checkpoints?.length) {
    sections.set('checkpoints', body.checkpoints.map((c) => new Map([['phase', c.phase], ['status', c.status], ['updated', c.updated]])));
  }
  if (body.open_questions?.length) sections.set('open_questions', [...body.open_questions]);
  if (body.resolved_questions?.length) sections.set('resolved_questions', [...body.resolved_questions]);
  const bodyText = sections.size === 0 ? '' : `\n${stringify(toNode(sections), STRINGIFY_OPTIONS)}`;
  // No block scalars in the frontmatter: gray-matter cuts it at the closing "---" line, which would eat
  // the trailing newlines a `|+` scalar relies on.
  return `---\n${stringify(toNode(front), { ...STRINGIFY_OPTIONS, blockQuote: false })}---\n${bodyText}`;
}

/**
 * `2026-01-10T13-03-52.123Z_toast_k3f9.md`: sorts by time, names the agent, and the nonce keeps two
 * sessions of the same agent in the same millisecond apart. Colons are avoided for Windows.
 */
export function eventFileName(epochMs: number, agent: string, nonce: string): string {
  // Always three millisecond digits: `.58Z` would sort after `.580Z`'s neighbours such as `.5Z`.
  const withMs = new Date(Math.floor(epochMs)).toISOString().replace(/:/g, '-');
  const safeNonce = nonce.replace(/[^A-Za-z0-9]/g, '').slice(0, 16) || '0';
  return `${withMs}_${sanitizeAgentId(agent)}_${safeNonce}.md`;
}
