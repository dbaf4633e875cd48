import { stringify } from 'yaml';
import { quoteInput, type EventIssue } from '../errors.js';
import { parseInstant } from '../instant.js';
import { parseEventDocument } from '../parse-event.js';
import type { Stamp } from '../stamp.js';
import { compareIdLabels, formatIdLabel, MAX_BATCH, parseIdLabel, type IdLabel } from './label.js';

/**
 * One published allocation (an "anchor"): someone claimed `labels` of `kind` for the durable `event`
 * key (a commit SHA or a prior anchor). The labels are display names; the stamp orders claims.
 */
export interface Allocation {
  readonly stamp: Stamp;
  readonly branch: string | undefined;
  readonly kind: string;
  readonly labels: readonly IdLabel[];
  readonly event: string;
  readonly note: string | undefined;
}

export type AllocationResult = { ok: true; allocation: Allocation } | { ok: false; issue: EventIssue };

export const ALLOCATION_TYPE = 'allocate';
const KIND = /^[a-z][a-z0-9_-]{0,31}$/;
const SHA = /^[0-9a-fA-F]{7,64}$/;
const MAX_NOTE = 2000;

export function isKindName(text: string): boolean {
  return KIND.test(text);
}

/** A durable key: a commit SHA (7-64 hex digits) or a prior anchor's label such as `#42`. */
export function checkEventKey(text: string): string | undefined {
  if (SHA.test(text) || parseIdLabel(text).ok) return undefined;
  return `event key ${quoteInput(text)} must be a commit SHA (7-64 hex digits, e.g. 7d0f8bca) or a prior anchor such as "#42"`;
}

export function checkNote(text: string): string | undefined {
  if (text.length > MAX_NOTE) return `note is ${text.length} characters; the limit is ${MAX_NOTE}`;
  if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(text)) return 'note must be printable text';
  return undefined;
}

/** Labels must be distinct within one allocation: claiming `#42` twice is a typo, not two ids. */
export function checkLabels(labels: readonly IdLabel[]): string | undefined {
  if (labels.length === 0) return 'at least one id is required';
  if (labels.length > MAX_BATCH) return `at most ${MAX_BATCH} ids per allocation, got ${labels.length}`;
  const sorted = [...labels].sort(compareIdLabels);
  for (let i = 1; i < sorted.length; i++) {
    if (compareIdLabels(sorted[i - 1]!, sorted[i]!) === 0) return `${formatIdLabel(sorted[i]!)} is listed twice`;
  }
  return undefined;
}

/** Parse an allocation event file. Pure; a malformed file is an issue (file + reason), never a throw. */
export function parseAllocation(rawText: string, file: string): AllocationResult {
  const doc = parseEventDocument(rawText, file);
  if (!doc.ok) return doc;
  const { frontmatter, body, contentHash } = doc.document;
  const fail = (reason: string): AllocationResult => ({ ok: false, issue: { file, reason } });

  const type = frontmatter.get('type');
  if (type !== ALLOCATION_TYPE) return fail(`"type" must be "${ALLOCATION_TYPE}", got ${quoteInput(type ?? '(missing)')}`);
  const tsValue = frontmatter.get('ts');
  const instant = typeof tsValue === 'string' ? parseInstant(tsValue) : undefined;
  if (!instant) return fail(`"ts" must be an ISO-8601 timestamp like 2026-01-10T13:03:52Z, got ${quoteInput(tsValue ?? '(missing)')}`);
  const agent = frontmatter.get('agent');
  if (typeof agent !== 'string' || agent.trim() === '' || agent.length > 200 || /[\u0000-\u001f\u007f]/.test(agent)) {
    return fail(`"agent" must be a name such as "toast", got ${quoteInput(agent ?? '(missing)')}`);
  }
  const branch = frontmatter.get('branch');
  if (branch !== undefined && branch !== null && typeof branch !== 'string') return fail('"branch" must be text');

  const kind = body.get('kind');
  if (typeof kind !== 'string' || !isKindName(kind)) return fail(`"kind" must be a lower-case name such as "occ", got ${quoteInput(kind ?? '(missing)')}`);
  const rawIds = body.get('ids');
  if (!Array.isArray(rawIds)) return fail('"ids" must be a list of quoted labels, e.g. ids: ["#97", "#98"]');
  const labels: IdLabel[] = [];
  for (const raw of rawIds) {
    if (typeof raw !== 'string') return fail(`"ids" items must be quoted labels such as "#97", got ${quoteInput(raw)}`);
    const parsed = parseIdLabel(raw);
    if (!parsed.ok) return fail(parsed.reason);
    labels.push(parsed.label);
  }
  const labelProblem = checkLabels(labels);
  if (labelProblem) return fail(`"ids": ${labelProblem}`);
  const event = body.get('event');
  if (typeof event !== 'string') return fail('"event" must be a commit SHA or a prior anchor such as "#42" (quote it)');
  const eventProblem = checkEventKey(event);
  if (eventProblem) return fail(eventProblem);
  const note = body.get('note');
  if (note !== undefined && note !== null && typeof note !== 'string') return fail('"note" must be text');
  const noteProblem = typeof note === 'string' ? checkNote(note) : undefined;
  if (noteProblem) return fail(noteProblem);

  return {
    ok: true,
    allocation: {
      stamp: { instant, agent, file, contentHash },
      branch: typeof branch === 'string' ? branch : undefined,
      kind,
      labels,
      event,
      note: typeof note === 'string' && note !== '' ? note : undefined,
    },
  };
}

export interface AllocationFields {
  readonly ts: string;
  readonly agent: string;
  readonly branch?: string | undefined;
  readonly kind: string;
  readonly labels: readonly IdLabel[];
  readonly event: string;
  readonly note?: string | undefined;
}

const STRINGIFY_OPTIONS = { lineWidth: 0, indentSeq: false, aliasDuplicateObjects: false } as const;

/** The event file text: frontmatter like every ledger event, the anchor fields in the body. */
export function serializeAllocation(fields: AllocationFields): string {
  const front = new Map<string, string>([
    ['ts', fields.ts],
    ['agent', fields.agent],
  ]);
  if (fields.branch !== undefined) front.set('branch', fields.branch);
  front.set('type', ALLOCATION_TYPE);
  const body = new Map<string, unknown>([
    ['kind', fields.kind],
    ['ids', fields.labels.map(formatIdLabel)],
    ['event', fields.event],
  ]);
  if (fields.note !== undefined && fields.note !== '') body.set('note', fields.note);
  return `---\n${stringify(front, STRINGIFY_OPTIONS)}---\n\n${stringify(body, STRINGIFY_OPTIONS)}`;
}
