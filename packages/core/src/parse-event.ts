import matter from 'gray-matter';
import type { EventIssue, EventWarning } from './errors.js';
import { quoteInput } from './errors.js';
import type { Checkpoint, LedgerEvent } from './event.js';
import { splitFrontmatter } from './frontmatter.js';
import { sha256Hex } from './hash.js';
import { parseInstant, type Instant } from './instant.js';
import { normalizeText } from './normalize-text.js';
import { internString, ownString } from './own-string.js';
import { parseYaml, type YamlWarning } from './yaml.js';

/** `warnings`: slips that were forgiven (the event is kept); empty for events written by `serializeEvent`. */
export type ParseResult = { ok: true; event: LedgerEvent; warnings: readonly EventWarning[] } | { ok: false; issue: EventIssue };

/** The raw halves of an event file, for callers (like id allocation) that read their own fields. */
export interface EventDocument {
  readonly frontmatter: ReadonlyMap<unknown, unknown>;
  readonly body: ReadonlyMap<unknown, unknown>;
  readonly contentHash: string;
  /** Forgiven slips, with lines counted in the whole file. */
  readonly warnings: readonly YamlWarning[];
}

export type DocumentResult = { ok: true; document: EventDocument } | { ok: false; issue: EventIssue };

class InvalidEvent extends Error {}

const rejectEngine = (name: string) => () => {
  throw new InvalidEvent(`frontmatter language "${name}" is not allowed (only YAML)`);
};

const MATTER_OPTIONS = {
  language: 'yaml',
  engines: {
    // gray-matter uses the `yaml` package (YAML 1.2, Maps for mappings) instead of js-yaml.
    yaml: { parse: parseFrontmatterYaml, stringify: () => '' },
    // Never let a `---js` header run code.
    javascript: rejectEngine('javascript'),
    coffee: rejectEngine('coffee'),
    json: rejectEngine('json'),
    toml: rejectEngine('toml'),
  },
};

/**
 * Warnings of the frontmatter being parsed: gray-matter calls the engine with the text only, so the
 * (synchronous) call hands them back through here.
 */
let frontmatterWarnings: readonly YamlWarning[] = [];

function parseFrontmatterYaml(text: string): object {
  // The text handed over starts on the file's first line (the rest of the opening line, with or without a
  // language tag), so its lines are the file's lines.
  const result = parseYaml(text, { forgiving: true, lineOffset: 0 });
  if (!result.ok) throw new InvalidEvent(`frontmatter is not valid YAML: ${result.reason}`);
  frontmatterWarnings = result.warnings;
  if (!(result.value instanceof Map)) {
    throw new InvalidEvent('frontmatter must be a YAML mapping such as "ts: 2026-01-10T13:03:52Z"');
  }
  return result.value;
}

/** Split and parse an event file's text. Pure: the caller has already read the file. */
export function parseEventDocument(rawText: string, file: string): DocumentResult {
  return documentResult(rawText, file, splitWithoutGrayMatter);
}

/**
 * `parseEventDocument` with gray-matter itself doing the split: the reference the faster split is
 * tested against (test/core/frontmatter.test.ts).
 */
export function parseEventDocumentWithGrayMatter(rawText: string, file: string): DocumentResult {
  return documentResult(rawText, file, splitWithGrayMatter);
}

/** What gray-matter gives parse-event: the engine's value (undefined when no engine ran) and the content. */
interface Split {
  readonly data: unknown;
  readonly content: string;
}

function documentResult(rawText: string, file: string, split: (text: string) => Split): DocumentResult {
  try {
    return { ok: true, document: readDocument(rawText, split) };
  } catch (error) {
    if (error instanceof InvalidEvent) return { ok: false, issue: { file, reason: error.message } };
    throw error;
  }
}

function splitWithGrayMatter(text: string): Split {
  // gray-matter caches results only when called without options; we always pass options.
  const parsed = matter(text, MATTER_OPTIONS);
  return { data: parsed.data, content: parsed.content };
}

/** gray-matter's answer without gray-matter (frontmatter.ts); other languages than YAML still go to it. */
function splitWithoutGrayMatter(text: string): Split {
  const split = splitFrontmatter(text);
  if (split.kind === 'none') return { data: undefined, content: split.content };
  // gray-matter's engine lookup: `engines[name]`, else by its lower-cased alias ("yml" is "yaml").
  if (!/^ya?ml$/i.test(split.language)) return splitWithGrayMatter(text);
  return { data: split.empty ? undefined : parseFrontmatterYaml(split.matter), content: split.content };
}

function readDocument(rawText: string, split: (text: string) => Split): EventDocument {
  if (rawText.includes('\u0000')) throw new InvalidEvent('binary file (contains NUL bytes)');
  const text = normalizeText(rawText);
  if (text.trim() === '') throw new InvalidEvent('empty file');
  // gray-matter would hand a `---js` / `---coffee` header to an engine that evaluates it; say why we refuse.
  const language = /^---[ \t]*([A-Za-z][\w-]*)[ \t]*\n/.exec(text)?.[1];
  if (language !== undefined && !/^ya?ml$/i.test(language)) {
    throw new InvalidEvent(`frontmatter language "${language.slice(0, 20)}" is not allowed (only YAML)`);
  }
  if (!/^---[ \t]*(?:ya?ml[ \t]*)?\n/i.test(text)) {
    throw new InvalidEvent(`no YAML frontmatter: expected the file to start with a "---" line, found ${quoteInput(text.split('\n', 1)[0])}`);
  }
  if (!/\n---[ \t]*(\n|$)/.test(text.slice(3))) {
    throw new InvalidEvent('frontmatter is not closed: expected a second "---" line after the header fields');
  }
  frontmatterWarnings = [];
  const parsed = split(text);
  const warnings = [...frontmatterWarnings];
  frontmatterWarnings = [];
  const frontmatter = parsed.data instanceof Map ? (parsed.data as Map<unknown, unknown>) : new Map();
  if (frontmatter.size === 0) throw new InvalidEvent('frontmatter is empty: "ts" and "agent" are required');
  const bodyText = parsed.content;
  let body: ReadonlyMap<unknown, unknown> = new Map();
  if (bodyText.trim() !== '') {
    // Every body section is text: keep `node: 20.10` as "20.10", not the number 20.1.
    // The body is the end of the text: the lines before it are the file's lines before the body.
    const lineOffset = text.endsWith(bodyText) ? countLines(text.slice(0, text.length - bodyText.length)) : 0;
    const result = parseYaml(bodyText, { scalarsAsText: true, forgiving: true, lineOffset });
    if (!result.ok) throw new InvalidEvent(`body is not valid YAML: ${result.reason}`);
    warnings.push(...result.warnings);
    if (result.value instanceof Map) body = result.value;
    else if (result.value !== null && result.value !== undefined) {
      throw new InvalidEvent('body must be a YAML mapping with sections such as "now:", "this_session:", "decisions:"');
    }
  }
  return { frontmatter, body, contentHash: sha256Hex(text), warnings };
}

function countLines(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/** Parse and validate one event file into a typed event, or a reason it was skipped. */
export function parseEvent(rawText: string, file: string): ParseResult {
  const doc = parseEventDocument(rawText, file);
  if (!doc.ok) return doc;
  try {
    const event = toEvent(doc.document, file);
    return { ok: true, event, warnings: doc.document.warnings.map((w) => ({ file, line: w.line, message: w.message, slip: w.slip })) };
  } catch (error) {
    if (error instanceof InvalidEvent) return { ok: false, issue: { file, reason: error.message } };
    throw error;
  }
}

const MAX_AGENT_LENGTH = 200;

function toEvent({ frontmatter, body, contentHash }: EventDocument, file: string): LedgerEvent {
  const tsValue = frontmatter.get('ts');
  if (tsValue === undefined || tsValue === null) {
    throw new InvalidEvent('missing "ts": expected an ISO-8601 timestamp like 2026-01-10T13:03:52Z');
  }
  const ts = requireInstant(tsValue, '"ts"');
  const agent = frontmatter.get('agent');
  if (agent === undefined || agent === null) throw new InvalidEvent('missing "agent": expected a name such as "toast"');
  if (typeof agent !== 'string') {
    throw new InvalidEvent(`"agent" must be a string, got ${describeType(agent)} ${quoteInput(agent)} (quote it)`);
  }
  if (agent.trim() === '' || agent.length > MAX_AGENT_LENGTH || /[\u0000-\u001f\u007f]/.test(agent)) {
    throw new InvalidEvent(`"agent" must be 1-${MAX_AGENT_LENGTH} printable characters, got ${quoteInput(agent)}`);
  }
  return {
    file,
    contentHash,
    ts,
    agent: internString(agent),
    branch: internOptional(optionalScalar(frontmatter, 'branch')),
    type: internOptional(optionalScalar(frontmatter, 'type')),
    reason: optionalScalar(frontmatter, 'reason'),
    session: optionalScalar(frontmatter, 'session'),
    now: optionalText(body, 'now'),
    thisSession: textList(body, 'this_session'),
    inProgress: body.has('in_progress') ? textList(body, 'in_progress') : undefined,
    decisions: decisionMap(body),
    checkpoints: checkpointList(body, tsValue, ts),
    openQuestions: textList(body, 'open_questions'),
    resolvedQuestions: textList(body, 'resolved_questions'),
  };
}

function internOptional(value: string | undefined): string | undefined {
  return value === undefined ? undefined : internString(value);
}

function requireInstant(value: unknown, field: string): Instant {
  const instant = typeof value === 'string' ? parseInstant(value) : undefined;
  if (!instant) {
    throw new InvalidEvent(
      `${field} must be an ISO-8601 date-time with an offset, like 2026-01-10T13:03:52Z or 2026-01-10T14:03:52+01:00; got ${quoteInput(value)}`,
    );
  }
  // A plain object with `iso` as data (the form a worker's JSON hands back too). Most times are written
  // in the normalised form already (serializeEvent writes it): then `iso` is that text, unformatted.
  // Otherwise the formatted string is a tree of parts of a temporary string: keep a flat copy instead.
  const iso = NORMALISED_UTC.test(value as string) ? (value as string) : instant.iso;
  return { epochMs: instant.epochMs, subMsNanos: instant.subMsNanos, iso: ownString(iso) };
}

/**
 * Exactly the texts that `formatInstant` gives back unchanged (once `parseInstant` accepted them):
 * upper-case T and Z, a four-digit year (parseInstant rejects years below 100), and a fraction of up to
 * nine digits not ending in 0 (formatInstant trims trailing zeros and drops an all-zero fraction).
 */
const NORMALISED_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{0,8}[1-9])?Z$/;

type Scalar = string | number | boolean | bigint;

function isScalar(value: unknown): value is Scalar {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint';
}

function describeType(value: unknown): string {
  if (value instanceof Map) return 'a mapping';
  if (Array.isArray(value)) return 'a list';
  return typeof value;
}

function optionalScalar(map: ReadonlyMap<unknown, unknown>, key: string): string | undefined {
  const value = map.get(key);
  if (value === undefined || value === null) return undefined;
  if (!isScalar(value)) throw new InvalidEvent(`"${key}" must be a single value, got ${describeType(value)}`);
  return String(value);
}

/** A text value: scalars become strings; surrounding blank lines (block scalars) are dropped. */
function toText(value: Scalar): string {
  const text = String(value);
  // Most values end in a visible ASCII character and do not start with a line break: nothing to drop
  // (every character `\s` matches is at most U+0020 or at least U+00A0).
  const last = text.charCodeAt(text.length - 1);
  if (last > 0x20 && last < 0x7f && text.charCodeAt(0) !== 0x0a) return ownString(text);
  return ownString(text.replace(/\s+$/, '').replace(/^\n+/, ''));
}

/** The error for a value that is not text; `where` names it (built only when it is thrown). */
function notText(where: string, value: unknown): InvalidEvent {
  return new InvalidEvent(`${where} must be text, got ${describeType(value)}`);
}

function optionalText(map: ReadonlyMap<unknown, unknown>, key: string): string | undefined {
  const value = map.get(key);
  if (value === undefined || value === null) return undefined;
  if (!isScalar(value)) throw notText(`"${key}"`, value);
  const text = toText(value);
  return text === '' ? undefined : text;
}

/** A list of text items (null items skipped, empty ones dropped); a lone scalar is a one-item list. */
function textList(map: ReadonlyMap<unknown, unknown>, key: string): string[] {
  const value = map.get(key);
  if (value === undefined || value === null) return [];
  if (isScalar(value)) {
    const text = toText(value);
    return text === '' ? [] : [text];
  }
  if (!Array.isArray(value)) throw new InvalidEvent(`"${key}" must be a list of text items, got ${describeType(value)}`);
  const items: string[] = [];
  let position = 0; // counts the items that are not null, as the error messages always have
  for (const item of value as unknown[]) {
    if (item === null) continue;
    position++;
    if (!isScalar(item)) throw notText(`"${key}" item ${position}`, item);
    const text = toText(item);
    if (text !== '') items.push(text);
  }
  return items;
}

function decisionMap(body: ReadonlyMap<unknown, unknown>): Map<string, string> {
  const value = body.get('decisions');
  const decisions = new Map<string, string>();
  if (value === undefined || value === null) return decisions;
  if (!(value instanceof Map)) {
    throw new InvalidEvent(`"decisions" must be a mapping of key: value, got ${describeType(value)}`);
  }
  for (const [rawKey, rawValue] of value) {
    if (!isScalar(rawKey) && rawKey !== null) throw new InvalidEvent('"decisions" keys must be plain text');
    const key = rawKey === null ? 'null' : ownString(String(rawKey));
    if (rawValue === null) decisions.set(key, '');
    else if (isScalar(rawValue)) decisions.set(key, toText(rawValue));
    else throw notText(`decision ${quoteInput(key)}`, rawValue);
  }
  return decisions;
}

function checkpointList(body: ReadonlyMap<unknown, unknown>, tsValue: unknown, eventTs: Instant): Checkpoint[] {
  const value = body.get('checkpoints');
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new InvalidEvent(`"checkpoints" must be a list of {phase, status, updated}, got ${describeType(value)}`);
  return value.map((item: unknown, i) => {
    const where = () => `"checkpoints" item ${i + 1}`;
    if (!(item instanceof Map)) throw new InvalidEvent(`${where()} must be a mapping with phase and status, got ${describeType(item)}`);
    const phase = item.get('phase');
    const status = item.get('status');
    if (phase === undefined || phase === null || !isScalar(phase)) throw new InvalidEvent(`${where()} needs a "phase"`);
    if (status === undefined || status === null || !isScalar(status)) throw new InvalidEvent(`${where()} needs a "status"`);
    const updated = item.get('updated');
    return {
      phase: internString(String(phase)),
      status: internString(String(status)),
      updated:
        // Most checkpoints are reached at the event's time, spelled as its "ts": that parses to eventTs.
        updated === undefined || updated === null || updated === tsValue
          ? eventTs
          : sameInstant(requireInstant(updated, `${where()} "updated"`), eventTs),
    };
  });
}

/** A checkpoint reached at the event's own time shares the event's Instant (one object, not two). */
function sameInstant(instant: Instant, eventTs: Instant): Instant {
  return instant.epochMs === eventTs.epochMs && instant.subMsNanos === eventTs.subMsNanos ? eventTs : instant;
}
