import { UtcInstant } from './instant.js';
import {
  EventRecord,
  checkpointKey,
  emptyState,
  eventKey,
  eventKeyHex,
  sessionItemId,
  type CheckpointEntry,
  type EventSummary,
  type LedgerState,
} from './ledger-state.js';
import { emptyTracker, type ResolutionTracker } from './resolution-tracker.js';
import type { Stamp } from './stamp.js';

/**
 * A folded state (and its resolution tracker) as JSON text and back, exactly: the decoded state has
 * the same entries in the same Map order, and every stamp is again the EventRecord of its event
 * (encoded as the record's index, so 10k events' stamps cost a number each, not an object).
 * The read path caches the fold of settled files with it (packages/node/src/fold-cache.ts).
 *
 * Layout, one JSON array per line (so a huge state is written in pieces, never as one string):
 *   events       [file NUL hex hash, epochMs, subMsNanos, agent, branch|null, type|null, summary]...
 *                (the hash in hex, not the key's latin1 bytes: ASCII text decodes several times faster)
 *   registers    [now|null, agentNow, agentInProgress, decisions]  (value + record index)
 *   thisSession  [text, record, position]...
 *   checkpoints  [phase, status, record] or [phase, status, epochMs, subMsNanos]...
 *   questions    [openQuestions [text, record]..., resolvedQuestions text...]
 *   tracker      [now [value, record]..., decisions [key, [value, record]...]...]
 */
export const STATE_CODEC_LINES = 6;

export function encodeState(state: LedgerState, tracker: ResolutionTracker): string[] {
  return [...encodeStateText(state, tracker)].join('').split('\n').slice(0, -1);
}

/**
 * The same lines as `encodeState`, each ending in a newline, in pieces of a few thousand entries:
 * the fold cache writes them as they come, so a 100k-event state is never one 20 MB string (nor
 * 100k small arrays) on top of the state itself.
 */
export function* encodeStateText(state: LedgerState, tracker: ResolutionTracker): Generator<string> {
  const index = new Map<string, number>();
  yield* jsonLine(state.events.values(), (summary) => {
    const record = asRecord(summary);
    index.set(record.key, index.size);
    return [eventKeyHex(record.key), record.epochMs, record.subMsNanos, record.agent, record.branch ?? null, record.type ?? null, record.summary];
  });
  const ref = (stamp: Stamp): number => {
    const at = index.get(stamp.eventId ?? eventKey(stamp));
    if (at === undefined) throw new Error(`a stamp of ${stamp.file} names no folded event`);
    return at;
  };
  const registers = [
    state.now ? [state.now.value, ref(state.now.stamp)] : null,
    [...state.agentNow.values()].map((r) => [r.value, ref(r.stamp)]),
    [...state.agentInProgress.values()].map((r) => [r.items, ref(r.stamp)]),
    [...state.decisions].map(([name, r]) => [name, r.value, ref(r.stamp)]),
  ];
  yield `${JSON.stringify(registers)}\n`;
  yield* jsonLine(state.thisSession.values(), (item) => [item.text, ref(item.first), item.position]);
  yield* jsonLine(state.checkpoints.values(), (entry) =>
    entry.updated instanceof EventRecord ? [entry.phase, entry.status, ref(entry.updated)] : [entry.phase, entry.status, entry.updated.epochMs, entry.updated.subMsNanos],
  );
  const questions = [[...state.openQuestions].map(([text, stamp]) => [text, ref(stamp)]), [...state.resolvedQuestions]];
  yield `${JSON.stringify(questions)}\n`;
  const tracked = [
    [...tracker.now].map(([value, stamp]) => [value, ref(stamp)]),
    [...tracker.decisions].map(([key, values]) => [key, [...values].map(([value, stamp]) => [value, ref(stamp)])]),
  ];
  yield `${JSON.stringify(tracked)}\n`;
}

const ENTRIES_PER_PIECE = 512;

/** One JSON array line of `encode(item)` for every item, in pieces of ENTRIES_PER_PIECE entries. */
function* jsonLine<T>(items: Iterable<T>, encode: (item: T) => unknown): Generator<string> {
  let piece: unknown[] = [];
  let first = true;
  for (const item of items) {
    piece.push(encode(item));
    if (piece.length === ENTRIES_PER_PIECE) {
      yield (first ? '[' : ',') + JSON.stringify(piece).slice(1, -1);
      first = false;
      piece = [];
    }
  }
  const rest = piece.length === 0 ? '' : (first ? '' : ',') + JSON.stringify(piece).slice(1, -1);
  yield `${first ? '[' : ''}${rest}]\n`;
}

/** The inverse of encodeState; throws on text it did not write (the caller treats that as no cache). */
/**
 * The state `encodeStateText` wrote. Lines are parsed one at a time, each just before its entries
 * are built, so only one line's JSON lives beside the state being built: parsing all six first
 * held ~100k small arrays next to the records made from them (the warm read at 100k events
 * peaked ~40 MiB higher). A caller that owns the lines can hand them over as an iterable that
 * lets each one go once it is taken (read-fold.ts).
 */
export function decodeState(lines: Iterable<string>): { state: LedgerState; tracker: ResolutionTracker } {
  const iterator = lines[Symbol.iterator]();
  let taken = 0;
  const next = <T>(): T => {
    const line = iterator.next();
    if (line.done) throw new Error(`expected ${STATE_CODEC_LINES} lines, got ${taken}`);
    taken++;
    return JSON.parse(line.value) as T;
  };
  const state = emptyState();
  const records: EventRecord[] = next<[string, number, number, string, string | null, string | null, string][]>().map(([hexKey, epochMs, subMsNanos, agent, branch, type, summary]) => {
    const cut = hexKey.indexOf('\u0000');
    const key = eventKey({ file: hexKey.slice(0, cut), contentHash: hexKey.slice(cut + 1) });
    const record = new EventRecord(key, epochMs, subMsNanos, agent, branch ?? undefined, type ?? undefined, summary);
    state.events.set(key, record);
    return record;
  });
  const at = (i: number): EventRecord => {
    const record = records[i];
    if (record === undefined) throw new Error(`record ${i} out of range`);
    return record;
  };
  const [now, agentNow, agentInProgress, decisions] = next<[[string, number] | null, [string, number][], [string[], number][], [string, string, number][]]>();
  state.now = now ? { value: now[0], stamp: at(now[1]) } : undefined;
  for (const [value, i] of agentNow) state.agentNow.set(at(i).agent, { value, stamp: at(i) });
  for (const [list, i] of agentInProgress) state.agentInProgress.set(at(i).agent, { items: list, stamp: at(i) });
  for (const [name, value, i] of decisions) state.decisions.set(name, { value, stamp: at(i) });
  for (const [text, i, position] of next<[string, number, number][]>()) state.thisSession.set(sessionItemId(text), { text, first: at(i), position });
  for (const entry of next<([string, string, number] | [string, string, number, number])[]>()) {
    const checkpoint: CheckpointEntry =
      entry.length === 3 ? { phase: entry[0], status: entry[1], updated: at(entry[2]) } : { phase: entry[0], status: entry[1], updated: new UtcInstant(entry[2], entry[3]) };
    state.checkpoints.set(checkpointKey(checkpoint), checkpoint);
  }
  const [open, resolved] = next<[[string, number][], string[]]>();
  for (const [text, i] of open) state.openQuestions.set(text, at(i));
  for (const text of resolved) state.resolvedQuestions.add(text);
  const tracker = emptyTracker();
  const [trackedNow, trackedDecisions] = next<[[string, number][], [string, [string, number][]][]]>();
  for (const [value, i] of trackedNow) tracker.now.set(value, at(i));
  for (const [key, values] of trackedDecisions) tracker.decisions.set(key, new Map(values.map(([value, i]) => [value, at(i)])));
  if (!iterator.next().done) throw new Error(`expected ${STATE_CODEC_LINES} lines, got more`);
  return { state, tracker };
}

/** States built by addEvent hold EventRecords; anything else cannot be encoded by reference. */
function asRecord(summary: EventSummary): EventRecord {
  if (!(summary instanceof EventRecord)) throw new Error('only states folded by addEvent can be encoded');
  return summary;
}
