import {
  EventRecord,
  UtcInstant,
  compareCheckpoints,
  compareCodePoints,
  compareSessionItems,
  compareStamps,
  emptyState,
  emptyTracker,
  eventKey,
  joinCheckpoint,
  joinDecision,
  joinAgentInProgress,
  joinAgentNow,
  joinNow,
  joinOpenQuestion,
  joinSessionItem,
  mergeTrackerInto,
  sessionItemId,
  type Instant,
  type LedgerState,
  type ResolutionTracker,
  type Stamp,
} from '@ledger-synth/core';

/**
 * A folded ledger state (plus its resolution tracker) as plain JSON arrays, for the warm-start cache.
 *
 * Why columns of flat arrays: JSON.parse of arrays of strings and numbers is the fastest way to get
 * data back into V8, and a stamp is written once per event and referred to by index everywhere else,
 * so decoding builds exactly one Stamp object per event, shared as it is in a folded state.
 * Why sorted: every map is written in the order `renderLedger` sorts it, so after decoding (and
 * concatenating sorted segments) the render's sorts run over presorted input, which TimSort does in
 * one linear pass.
 */
export interface EncodedState {
  /** Small-vocabulary strings (agents, branches, types), referenced by index. */
  readonly w: string[];
  /** Per event: key (`eventKey`), epochMs, subMsNanos, agent word, branch word (-1), type word (-1), summary. */
  readonly e: (string | number)[];
  /** [event index, value] or []. */
  readonly n: (string | number)[];
  /** Per agent's latest now: event index (its agent is the key), value. */
  readonly an: (string | number)[];
  /** Per agent's latest in_progress: event index, [items]. */
  readonly ap: (number | string[])[];
  /** Per item: text, event index, position (its key is `sessionItemId(text)`). */
  readonly s: (string | number)[];
  /** Per decision: name, value, event index. */
  readonly d: (string | number)[];
  /**
   * Per checkpoint: phase word, status word, then the index of the event whose instant it shares
   * (as in a fold, where a checkpoint reached at its event's time shares that event's record), or
   * -1 followed by epochMs, subMsNanos; always 5 slots.
   */
  readonly c: (string | number)[];
  /** Per open question: text, event index of its first appearance. */
  readonly q: (string | number)[];
  /** Resolved questions. */
  readonly r: string[];
  /** Tracker for `now`: value, event index. */
  readonly tn: (string | number)[];
  /** Tracker for decisions: key, [value, event index, …]. */
  readonly td: (string | (string | number)[])[];
}

const E = 7;
const C = 5;

export class CodecError extends Error {}

export function encodeState(state: LedgerState, tracker: ResolutionTracker): EncodedState {
  const words: string[] = [];
  const wordIndex = new Map<string, number>();
  const word = (text: string | undefined): number => {
    if (text === undefined) return -1;
    let index = wordIndex.get(text);
    if (index === undefined) wordIndex.set(text, (index = words.push(text) - 1));
    return index;
  };
  const summaries = [...state.events.values()].sort((a, b) => compareCodePoints(a.key, b.key));
  const eventIndex = new Map<string, number>();
  const recordIndex = new Map<unknown, number>();
  const e: (string | number)[] = [];
  summaries.forEach((summary, index) => {
    eventIndex.set(summary.key, index);
    recordIndex.set(summary, index);
    const { instant } = summary.stamp;
    e.push(summary.key, instant.epochMs, instant.subMsNanos, word(summary.stamp.agent), word(summary.branch), word(summary.type), summary.summary);
  });
  const ref = (stamp: Stamp): number => {
    const index = recordIndex.get(stamp) ?? eventIndex.get(stamp.eventId ?? eventKey(stamp));
    if (index === undefined) throw new CodecError(`stamp of ${stamp.file} has no event in this state`);
    return index;
  };

  const byAgent = <T>(map: Map<string, T>) => [...map].sort(([a], [b]) => compareCodePoints(a, b)).map(([, value]) => value);
  const an: (string | number)[] = [];
  for (const register of byAgent(state.agentNow)) an.push(ref(register.stamp), register.value);
  const ap: (number | string[])[] = [];
  for (const register of byAgent(state.agentInProgress)) ap.push(ref(register.stamp), [...register.items]);
  const s: (string | number)[] = [];
  for (const item of [...state.thisSession.values()].sort(compareSessionItems)) s.push(item.text, ref(item.first), item.position);
  const d: (string | number)[] = [];
  for (const [name, register] of [...state.decisions].sort(([a], [b]) => compareCodePoints(a, b))) {
    d.push(name, register.value, ref(register.stamp));
  }
  const c: (string | number)[] = [];
  for (const entry of [...state.checkpoints.values()].sort(compareCheckpoints)) {
    const shared = recordIndex.get(entry.updated);
    if (shared !== undefined) c.push(word(entry.phase), word(entry.status), shared, 0, 0);
    else c.push(word(entry.phase), word(entry.status), -1, entry.updated.epochMs, entry.updated.subMsNanos);
  }
  const q: (string | number)[] = [];
  const questions = [...state.openQuestions].sort(([qa, sa], [qb, sb]) => compareStamps(sa, sb) || compareCodePoints(qa, qb));
  for (const [question, stamp] of questions) q.push(question, ref(stamp));

  const tn: (string | number)[] = [];
  for (const [value, stamp] of tracker.now) tn.push(value, ref(stamp));
  const td: (string | (string | number)[])[] = [];
  for (const [key, values] of [...tracker.decisions].sort(([a], [b]) => compareCodePoints(a, b))) {
    const flat: (string | number)[] = [];
    for (const [value, stamp] of values) flat.push(value, ref(stamp));
    td.push(key, flat);
  }
  return {
    w: words,
    e,
    n: state.now ? [ref(state.now.stamp), state.now.value] : [],
    an,
    ap,
    s,
    d,
    c,
    q,
    r: [...state.resolvedQuestions].sort(compareCodePoints),
    tn,
    td,
  };
}

/**
 * Join a state encoded by `encodeState` into `state` and `tracker` (in place, with the fold's own
 * join rules, so no intermediate state is built). Throws CodecError on anything malformed; entries
 * joined before the error came from the same checksummed segment, so they are still true facts.
 */
export function decodeInto(value: unknown, state: LedgerState, tracker: ResolutionTracker): void {
  const data = value as EncodedState;
  if (typeof data !== 'object' || data === null) throw new CodecError('not an object');
  const { w, e, n, an, ap, s, d, c, q, r, tn, td } = data;
  for (const list of [w, e, n, an, ap, s, d, c, q, r, tn, td]) if (!Array.isArray(list)) throw new CodecError('missing column');
  if (e.length % E !== 0 || s.length % 3 !== 0 || d.length % 3 !== 0 || c.length % C !== 0 || q.length % 2 !== 0 || an.length % 2 !== 0 || ap.length % 2 !== 0 || tn.length % 2 !== 0 || td.length % 2 !== 0) {
    throw new CodecError('column length');
  }
  const stamps: EventRecord[] = new Array(e.length / E);
  const wordAt = (index: unknown): string | undefined => {
    if (index === -1) return undefined;
    const text = w[index as number];
    if (typeof text !== 'string') throw new CodecError('bad word index');
    return text;
  };
  for (let i = 0, k = 0; i < e.length; i += E, k++) {
    const key = str(e[i]);
    const existing = state.events.get(key);
    if (existing instanceof EventRecord) {
      stamps[k] = existing;
      continue;
    }
    const cut = key.indexOf('\u0000');
    if (cut < 1 || key.length - cut - 1 !== 32) throw new CodecError('bad event key');
    const agent = wordAt(e[i + 3]);
    if (agent === undefined) throw new CodecError('event without agent');
    const record = new EventRecord(key, num(e[i + 1]), num(e[i + 2]), agent, wordAt(e[i + 4]), wordAt(e[i + 5]), str(e[i + 6]));
    stamps[k] = record;
    state.events.set(key, record);
  }
  const stampAt = (index: unknown): EventRecord => {
    const stamp = stamps[index as number];
    if (stamp === undefined) throw new CodecError('bad event index');
    return stamp;
  };
  if (n.length === 2) joinNow(state, { stamp: stampAt(n[0]), value: str(n[1]) });
  for (let i = 0; i < an.length; i += 2) joinAgentNow(state, { stamp: stampAt(an[i]), value: str(an[i + 1]) });
  for (let i = 0; i < ap.length; i += 2) {
    const items = ap[i + 1];
    if (!Array.isArray(items)) throw new CodecError('bad in_progress');
    joinAgentInProgress(state, { stamp: stampAt(ap[i]), items: items.map(str) });
  }
  for (let i = 0; i < s.length; i += 3) {
    const text = str(s[i]);
    joinSessionItem(state, sessionItemId(text), { text, first: stampAt(s[i + 1]), position: num(s[i + 2]) });
  }
  for (let i = 0; i < d.length; i += 3) joinDecision(state, str(d[i]), { value: str(d[i + 1]), stamp: stampAt(d[i + 2]) });
  for (let i = 0; i < c.length; i += C) {
    const phase = wordAt(c[i]);
    const status = wordAt(c[i + 1]);
    if (phase === undefined || status === undefined) throw new CodecError('checkpoint without phase or status');
    const updated: Instant = c[i + 2] === -1 ? new UtcInstant(num(c[i + 3]), num(c[i + 4])) : stampAt(c[i + 2]);
    joinCheckpoint(state, { phase, status, updated });
  }
  for (let i = 0; i < q.length; i += 2) joinOpenQuestion(state, str(q[i]), stampAt(q[i + 1]));
  for (const question of r) state.resolvedQuestions.add(str(question));
  const local = emptyTracker();
  for (let i = 0; i < tn.length; i += 2) local.now.set(str(tn[i]), stampAt(tn[i + 1]));
  for (let i = 0; i < td.length; i += 2) {
    const flat = td[i + 1];
    if (!Array.isArray(flat) || flat.length % 2 !== 0) throw new CodecError('bad tracker');
    const values = new Map<string, Stamp>();
    for (let j = 0; j < flat.length; j += 2) values.set(str(flat[j]), stampAt(flat[j + 1]));
    local.decisions.set(str(td[i]), values);
  }
  mergeTrackerInto(tracker, local);
}

/** Rebuild a state from `encodeState` output. Throws CodecError on anything malformed. */
export function decodeState(value: unknown): { state: LedgerState; tracker: ResolutionTracker } {
  const state = emptyState();
  const tracker = emptyTracker();
  decodeInto(value, state, tracker);
  return { state, tracker };
}

function str(value: unknown): string {
  if (typeof value !== 'string') throw new CodecError('expected a string');
  return value;
}

function num(value: unknown): number {
  if (typeof value !== 'number') throw new CodecError('expected a number');
  return value;
}
