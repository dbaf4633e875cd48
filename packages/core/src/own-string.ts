/**
 * Memory hygiene for strings that outlive a parse. V8 represents `slice`s of 13+ characters as views
 * into the parent string, so one short value kept in the ledger state keeps its whole event file
 * alive (measured: ~350 bytes per event at 100k events). `ownString` returns a flat copy that holds
 * only its own characters; `internString` also shares one copy of small-vocabulary values (agents,
 * branches, types) between events. Values are unchanged: this is invisible to every caller.
 */
const SLICE_MIN_LENGTH = 13;

export function ownString(text: string): string {
  // Shorter substrings are already copies; JSON round-trip is the cheapest way to get a flat copy.
  return text.length < SLICE_MIN_LENGTH ? text : (JSON.parse(JSON.stringify(text)) as string);
}

const MAX_INTERNED = 4096;
const MAX_INTERNED_LENGTH = 200;
const interned = new Map<string, string>();

export function internString(text: string): string {
  if (text.length > MAX_INTERNED_LENGTH) return ownString(text);
  const existing = interned.get(text);
  if (existing !== undefined) return existing;
  const copy = ownString(text);
  // Bounded: past the cap values are still copied, just no longer shared.
  if (interned.size < MAX_INTERNED) interned.set(copy, copy);
  return copy;
}
