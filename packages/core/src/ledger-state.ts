import type { LedgerEvent } from './event.js';
import { summarizeEvent } from './event.js';
import { sha256Hex } from './hash.js';
import { compareInstants, type Instant } from './instant.js';
import { compareCodePoints, compareStamps, maxStamp, minStamp, type Stamp } from './stamp.js';

/** What the rendered ledger and previews need to know about each event, without its body. */
export interface EventSummary {
  readonly key: string;
  readonly stamp: Stamp;
  readonly branch: string | undefined;
  readonly type: string | undefined;
  readonly summary: string;
}

export interface SessionItem {
  readonly text: string;
  readonly first: Stamp;
  /** Index within the first event's list, so items of one event keep their written order. */
  readonly position: number;
}

export interface Register {
  readonly value: string;
  readonly stamp: Stamp;
}

export interface CheckpointEntry {
  readonly phase: string;
  readonly status: string;
  readonly updated: Instant;
}

/**
 * The CRDT state of a ledger. Every field is a join-semilattice, so `mergeStates` is commutative,
 * associative and idempotent, and folding events in any order, with repeats, or in pieces gives the
 * same state. Keys are Maps/Sets of strings: user text never becomes an object property.
 */
export interface LedgerState {
  /** Event identity (`file` + NUL + content hash) → summary. Grow-only; also drives the digest. */
  readonly events: Map<string, EventSummary>;
  now: Register | undefined;
  /** SHA-256 of the item text → text and where it first appeared (event stamp, position in its list). */
  readonly thisSession: Map<string, SessionItem>;
  readonly decisions: Map<string, Register>;
  /** phase NUL status NUL updated → entry. */
  readonly checkpoints: Map<string, CheckpointEntry>;
  /** Question text → stamp of first appearance. */
  readonly openQuestions: Map<string, Stamp>;
  /** Tombstones: questions someone marked resolved. */
  readonly resolvedQuestions: Set<string>;
}

export function emptyState(): LedgerState {
  return {
    events: new Map(),
    now: undefined,
    thisSession: new Map(),
    decisions: new Map(),
    checkpoints: new Map(),
    openQuestions: new Map(),
    resolvedQuestions: new Set(),
  };
}

export function eventKey(event: Pick<LedgerEvent, 'file' | 'contentHash'>): string {
  // join() builds one flat string; a template literal would keep a tree of parts per event.
  return [event.file, event.contentHash].join('\u0000');
}

export function stampOf(event: LedgerEvent): Stamp {
  return { instant: event.ts, agent: event.agent, file: event.file, contentHash: event.contentHash };
}

/** Add one event to a state in place (the hot path of a fold). Adding the same event twice is a no-op. */
export function addEvent(state: LedgerState, event: LedgerEvent): void {
  const key = eventKey(event);
  if (state.events.has(key)) return;
  // The stamp's file and hash are views into the key: one copy of those characters per event.
  const cut = event.file.length;
  const stamp: Stamp = { instant: event.ts, agent: event.agent, file: key.slice(0, cut), contentHash: key.slice(cut + 1) };
  state.events.set(key, { key, stamp, branch: event.branch, type: event.type, summary: summarizeEvent(event) });
  if (event.now !== undefined) state.now = joinRegister(state.now, { value: event.now, stamp });
  event.thisSession.forEach((text, position) => {
    const id = sha256Hex(text);
    const candidate = { text, first: stamp, position };
    const existing = state.thisSession.get(id);
    if (!existing || compareSessionItems(candidate, existing) < 0) state.thisSession.set(id, candidate);
  });
  for (const [name, value] of event.decisions) {
    state.decisions.set(name, joinRegister(state.decisions.get(name), { value, stamp }));
  }
  for (const checkpoint of event.checkpoints) {
    const entry = { phase: checkpoint.phase, status: checkpoint.status, updated: checkpoint.updated };
    state.checkpoints.set(checkpointKey(entry), entry);
  }
  for (const question of event.openQuestions) {
    const first = state.openQuestions.get(question);
    state.openQuestions.set(question, first ? minStamp(first, stamp) : stamp);
  }
  for (const question of event.resolvedQuestions) state.resolvedQuestions.add(question);
}

/** Join of two states: a new state, inputs untouched. */
export function mergeStates(a: LedgerState, b: LedgerState): LedgerState {
  const out = emptyState();
  mergeInto(out, a);
  mergeInto(out, b);
  return out;
}

/**
 * Join `source` into `target` in place (`target := target ⊔ source`); `source` is untouched.
 * Merging many partial states (cache segments) this way costs one pass over each, where repeated
 * `mergeStates` would copy the growing result every time.
 */
export function mergeInto(target: LedgerState, source: LedgerState): LedgerState {
  for (const [key, summary] of source.events) if (!target.events.has(key)) target.events.set(key, summary);
  if (source.now) joinNow(target, source.now);
  for (const [id, item] of source.thisSession) joinSessionItem(target, id, item);
  for (const [name, register] of source.decisions) joinDecision(target, name, register);
  for (const [key, entry] of source.checkpoints) if (!target.checkpoints.has(key)) target.checkpoints.set(key, entry);
  for (const [question, stamp] of source.openQuestions) joinOpenQuestion(target, question, stamp);
  for (const question of source.resolvedQuestions) target.resolvedQuestions.add(question);
  return target;
}

/*
 * Per-entry joins: the building blocks of mergeInto, exported so a decoder of cached states can
 * join entries straight into a target without building an intermediate state first.
 */
export function joinNow(target: LedgerState, register: Register): void {
  target.now = joinRegister(target.now, register);
}

export function joinSessionItem(target: LedgerState, id: string, item: SessionItem): void {
  const existing = target.thisSession.get(id);
  if (!existing || compareSessionItems(item, existing) < 0) target.thisSession.set(id, item);
}

export function joinDecision(target: LedgerState, name: string, register: Register): void {
  target.decisions.set(name, joinRegister(target.decisions.get(name), register));
}

export function joinOpenQuestion(target: LedgerState, question: string, stamp: Stamp): void {
  const first = target.openQuestions.get(question);
  target.openQuestions.set(question, first ? minStamp(first, stamp) : stamp);
}

function joinRegister(current: Register | undefined, candidate: Register): Register {
  if (!current) return candidate;
  return maxStamp(current.stamp, candidate.stamp) === current.stamp ? current : candidate;
}

/** Chronological order of first appearance; text breaks the (impossible in practice) remaining ties. */
export function compareSessionItems(a: SessionItem, b: SessionItem): number {
  return compareStamps(a.first, b.first) || a.position - b.position || compareCodePoints(a.text, b.text);
}

export function checkpointKey(entry: CheckpointEntry): string {
  return [entry.phase, entry.status, entry.updated.iso].join('\u0000');
}

export function compareCheckpoints(a: CheckpointEntry, b: CheckpointEntry): number {
  return (
    compareInstants(a.updated, b.updated) || compareCodePoints(a.phase, b.phase) || compareCodePoints(a.status, b.status)
  );
}
