import { existsSync, unlinkSync } from 'node:fs';
import { basename } from 'node:path';
import {
  LedgerError,
  formatInstant,
  parseEvent,
  serializeEvent,
  type EventBody,
  type LedgerEvent,
} from '@ledger-synth/core';
import { writeFileAtomic } from '../atomic-write.js';
import { withLock } from '../lock.js';
import { loadEventText } from '../read-events.js';

/**
 * What a session has recorded so far and will publish at SessionEnd. Kept on disk as an event file
 * (frontmatter + body) so it is validated by the same parser as every published event.
 */
export interface Draft {
  readonly now: string | undefined;
  readonly thisSession: readonly string[];
  readonly decisions: ReadonlyMap<string, string>;
  readonly checkpoints: readonly DraftCheckpoint[];
  readonly openQuestions: readonly string[];
  readonly resolvedQuestions: readonly string[];
}

export interface DraftCheckpoint {
  readonly phase: string;
  readonly status: string;
  /** ISO-8601 instant. */
  readonly updated: string;
}

const MAX_DRAFT_BYTES = 1024 * 1024;

export function emptyDraft(): Draft {
  return { now: undefined, thisSession: [], decisions: new Map(), checkpoints: [], openQuestions: [], resolvedQuestions: [] };
}

export function isDraftEmpty(draft: Draft): boolean {
  return (
    draft.now === undefined &&
    draft.thisSession.length === 0 &&
    draft.decisions.size === 0 &&
    draft.checkpoints.length === 0 &&
    draft.openQuestions.length === 0 &&
    draft.resolvedQuestions.length === 0
  );
}

/** `later` applied on top of `earlier`: its `now` and decisions win; lists are unioned in order. */
export function mergeDrafts(earlier: Draft, later: Draft): Draft {
  const decisions = new Map(earlier.decisions);
  for (const [key, value] of later.decisions) decisions.set(key, value);
  const checkpoints = new Map<string, DraftCheckpoint>();
  for (const c of [...earlier.checkpoints, ...later.checkpoints]) checkpoints.set(`${c.phase}\u0000${c.status}\u0000${c.updated}`, c);
  // Answering a question and asking it again later reopens it; a resolution wins otherwise.
  const resolved = union(earlier.resolvedQuestions.filter((q) => !later.openQuestions.includes(q)), later.resolvedQuestions);
  return {
    now: later.now ?? earlier.now,
    thisSession: union(earlier.thisSession, later.thisSession),
    decisions,
    checkpoints: [...checkpoints.values()],
    openQuestions: union(earlier.openQuestions, later.openQuestions).filter((q) => !resolved.includes(q)),
    resolvedQuestions: resolved,
  };
}

export function draftFromEvent(event: LedgerEvent): Draft {
  return {
    now: event.now,
    thisSession: [...event.thisSession],
    decisions: new Map(event.decisions),
    checkpoints: event.checkpoints.map((c) => ({ phase: c.phase, status: c.status, updated: c.updated.iso })),
    openQuestions: [...event.openQuestions],
    resolvedQuestions: [...event.resolvedQuestions],
  };
}

export function draftToBody(draft: Draft): EventBody {
  return {
    now: draft.now,
    this_session: draft.thisSession,
    decisions: draft.decisions,
    checkpoints: draft.checkpoints.map((c) => ({ phase: c.phase, status: c.status, updated: c.updated })),
    open_questions: draft.openQuestions,
    resolved_questions: draft.resolvedQuestions,
  };
}

/**
 * Parse ledger sections written as YAML (the body of an event: now, this_session, decisions,
 * checkpoints, open_questions, resolved_questions). Checkpoints without `updated` get `nowMs`.
 */
export function parseDraftYaml(yamlText: string, nowMs: number): { ok: true; draft: Draft } | { ok: false; reason: string } {
  const text = `---\nts: ${formatInstant(nowMs)}\nagent: draft\n---\n${yamlText}`;
  const parsed = parseEvent(text, 'stdin');
  if (!parsed.ok) return { ok: false, reason: parsed.issue.reason };
  return { ok: true, draft: draftFromEvent(parsed.event) };
}

/** Read a draft; undefined when there is none. A corrupt draft is an E_READ error naming the file. */
export function readDraft(path: string): Draft | undefined {
  if (!existsSync(path)) return undefined;
  const loaded = loadEventText(path, MAX_DRAFT_BYTES);
  if (!loaded.ok) throw new LedgerError('E_READ', `cannot read the session draft ${path}: ${loaded.reason}`);
  const parsed = parseEvent(loaded.text, basename(path));
  if (!parsed.ok) {
    throw new LedgerError('E_READ', `the session draft ${path} is not valid: ${parsed.issue.reason}`, {
      hint: 'Fix or delete the file; it holds what this session recorded and has not published yet.',
    });
  }
  return draftFromEvent(parsed.event);
}

export interface DraftUpdate {
  readonly path: string;
  readonly session: string;
  readonly nowMs: number;
  readonly change: (draft: Draft) => Draft;
}

/** Read-modify-write a draft under its own small lock, so two `record` calls in one session never lose an entry. */
export async function updateDraft(update: DraftUpdate): Promise<Draft> {
  return withLock(`${update.path}.lock`, { timeoutMs: 5_000, staleMs: 10_000 }, async () => {
    const next = update.change(readDraft(update.path) ?? emptyDraft());
    const text = serializeEvent({ ts: formatInstant(update.nowMs), agent: 'draft', type: 'draft', session: update.session }, draftToBody(next));
    const check = parseEvent(text, basename(update.path));
    if (!check.ok) throw new LedgerError('E_USAGE', `that entry cannot be recorded: ${check.issue.reason}`);
    writeFileAtomic(update.path, text);
    return next;
  });
}

export function removeDraft(path: string): void {
  try {
    unlinkSync(path);
  } catch {}
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}
