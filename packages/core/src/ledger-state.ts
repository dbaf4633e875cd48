import { createHash } from 'node:crypto';
import { hexOfLatin1, latin1OfSha256Hex } from './digest-text.js';
import type { LedgerEvent } from './event.js';
import { summarizeEvent } from './event.js';
import { compareInstants, formatInstant, UtcInstant, type Instant } from './instant.js';
import { compareCodePoints, compareStamps, maxStamp, minStamp, type Stamp } from './stamp.js';

/** What the rendered ledger and previews need to know about each event, without its body. */
export interface EventSummary {
  /** The event's identity, its key in `LedgerState.events` (see `eventKey`). */
  readonly key: string;
  readonly stamp: Stamp;
  readonly branch: string | undefined;
  readonly type: string | undefined;
  readonly summary: string;
}

/**
 * One folded event as a single object: its summary, its stamp and its instant. A state holds one
 * per event, so it keeps only what cannot be derived (separate Stamp, Instant and ISO string
 * objects, a hex hash and slices of a second key string cost over twice as much per event).
 * `file`, `contentHash` and `iso` are formatted when asked (previews, ties, rendering).
 */
export class EventRecord implements EventSummary, Stamp, Instant {
  constructor(
    readonly key: string,
    readonly epochMs: number,
    readonly subMsNanos: number,
    readonly agent: string,
    readonly branch: string | undefined,
    readonly type: string | undefined,
    readonly summary: string,
  ) {}

  get stamp(): Stamp {
    return this;
  }

  get instant(): Instant {
    return this;
  }

  get eventId(): string {
    return this.key;
  }

  get iso(): string {
    return formatInstant(this.epochMs, this.subMsNanos);
  }

  get file(): string {
    return this.key.slice(0, this.key.indexOf('\u0000'));
  }

  get contentHash(): string {
    return hexOfLatin1(this.key.slice(this.key.indexOf('\u0000') + 1));
  }
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

/** An LWW register holding a list (an agent's `in_progress`). */
export interface ListRegister {
  readonly items: readonly string[];
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
  /** Event identity (`eventKey`: file + NUL + content hash) → summary. Grow-only; also drives the digest. */
  readonly events: Map<string, EventSummary>;
  now: Register | undefined;
  /** Agent → its latest `now` (an LWW register per agent; the stamp's agent is the key). */
  readonly agentNow: Map<string, Register>;
  /** Agent → `in_progress` of its latest event carrying that key (an LWW register per agent). */
  readonly agentInProgress: Map<string, ListRegister>;
  /**
   * Item identity (`sessionItemId`: the text, or for long texts its SHA-256) → text and where it
   * first appeared (event stamp, position in its list).
   */
  readonly thisSession: Map<string, SessionItem>;
  readonly decisions: Map<string, Register>;
  /** `checkpointKey` (updated, phase, status) → entry. */
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
    agentNow: new Map(),
    agentInProgress: new Map(),
    thisSession: new Map(),
    decisions: new Map(),
    checkpoints: new Map(),
    openQuestions: new Map(),
    resolvedQuestions: new Set(),
  };
}

/**
 * An event's identity: file name, NUL, then its SHA-256 as 32 latin1 characters (not 64 hex
 * digits: the key is held once per event). Distinct (file, hash) pairs give distinct keys, and
 * keys sort as the pairs do.
 */
export function eventKey(event: Pick<LedgerEvent, 'file' | 'contentHash'>): string {
  const hash = latin1OfSha256Hex(event.contentHash);
  if (hash === undefined) throw new TypeError(`contentHash must be a SHA-256 hex digest, got ${JSON.stringify(event.contentHash.slice(0, 80))}`);
  // join() builds one flat string; `+` would keep a tree of parts per event.
  return [event.file, hash].join('\u0000');
}

/** `eventKey` back in its readable form, file + NUL + hex hash (what the digest is taken over). */
export function eventKeyHex(key: string): string {
  const cut = key.indexOf('\u0000');
  return [key.slice(0, cut), hexOfLatin1(key.slice(cut + 1))].join('\u0000');
}

/** Texts up to this long are their own key (longer ones are hashed, as V8 hashes long keys poorly). */
const TEXT_KEY_MAX_LENGTH = 1024;
const DIGEST_LENGTH = 32;

/**
 * The key of a this_session item in `LedgerState.thisSession`. Identity is the full SHA-256 of the
 * text, i.e. exact text equality, so a short text is its own key (no second string per item);
 * a long one, or one exactly DIGEST_LENGTH long, is keyed by its SHA-256 as 32 latin1 characters.
 * A text key is never DIGEST_LENGTH long, so the two forms can never be confused.
 */
export function sessionItemId(text: string): string {
  if (text.length <= TEXT_KEY_MAX_LENGTH && text.length !== DIGEST_LENGTH) return text;
  return createHash('sha256').update(text, 'utf8').digest('binary'); // 'binary' is latin1: one character per byte
}

export function stampOf(event: LedgerEvent): Stamp {
  return { instant: event.ts, agent: event.agent, file: event.file, contentHash: event.contentHash };
}

/**
 * Add one event to a state in place (the hot path of a fold). Adding the same event twice is a
 * no-op. Returns the event's record (its stamp), or undefined when it was already there.
 */
export function addEvent(state: LedgerState, event: LedgerEvent): EventRecord | undefined {
  const key = eventKey(event);
  if (state.events.has(key)) return undefined;
  const record = new EventRecord(key, event.ts.epochMs, event.ts.subMsNanos, event.agent, event.branch, event.type, summarizeEvent(event));
  state.events.set(key, record);
  if (event.now !== undefined) {
    const register = { value: event.now, stamp: record };
    state.now = joinRegister(state.now, register);
    joinAgentNow(state, register);
  }
  if (event.inProgress !== undefined) joinAgentInProgress(state, { items: event.inProgress, stamp: record });
  event.thisSession.forEach((text, position) => joinSessionItem(state, sessionItemId(text), { text, first: record, position }));
  for (const [name, value] of event.decisions) joinDecision(state, name, { value, stamp: record });
  for (const checkpoint of event.checkpoints) {
    // Reached at the event's own time: share the record as its instant (most checkpoints).
    const { updated } = checkpoint;
    const instant = compareInstants(updated, record) === 0 ? record : new UtcInstant(updated.epochMs, updated.subMsNanos);
    joinCheckpoint(state, { phase: checkpoint.phase, status: checkpoint.status, updated: instant });
  }
  for (const question of event.openQuestions) joinOpenQuestion(state, question, record);
  for (const question of event.resolvedQuestions) state.resolvedQuestions.add(question);
  return record;
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
  for (const register of source.agentNow.values()) joinAgentNow(target, register);
  for (const register of source.agentInProgress.values()) joinAgentInProgress(target, register);
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

/** Per-agent LWW: the register's own stamp names the agent, so the key cannot disagree with it. */
export function joinAgentNow(target: LedgerState, register: Register): void {
  const agent = register.stamp.agent;
  target.agentNow.set(agent, joinRegister(target.agentNow.get(agent), register));
}

export function joinAgentInProgress(target: LedgerState, register: ListRegister): void {
  const agent = register.stamp.agent;
  const current = target.agentInProgress.get(agent);
  if (!current || compareStamps(register.stamp, current.stamp) > 0) target.agentInProgress.set(agent, register);
}

export function joinSessionItem(target: LedgerState, id: string, item: SessionItem): void {
  const existing = target.thisSession.get(id);
  if (!existing || compareSessionItems(item, existing) < 0) target.thisSession.set(id, item);
}

export function joinDecision(target: LedgerState, name: string, register: Register): void {
  target.decisions.set(name, joinRegister(target.decisions.get(name), register));
}

export function joinCheckpoint(target: LedgerState, entry: CheckpointEntry): void {
  const key = checkpointKey(entry);
  if (!target.checkpoints.has(key)) target.checkpoints.set(key, entry);
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

/**
 * Identity of a checkpoint. The phase's length makes it unambiguous even when phase or status
 * contain NUL (YAML "\0"), which a plain NUL-joined key would let two entries share.
 */
export function checkpointKey(entry: CheckpointEntry): string {
  const { updated } = entry;
  return [updated.epochMs, updated.subMsNanos, entry.phase.length, entry.phase + entry.status].join(':');
}

export function compareCheckpoints(a: CheckpointEntry, b: CheckpointEntry): number {
  return (
    compareInstants(a.updated, b.updated) || compareCodePoints(a.phase, b.phase) || compareCodePoints(a.status, b.status)
  );
}
