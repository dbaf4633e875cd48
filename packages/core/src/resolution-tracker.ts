import type { LedgerEvent } from './event.js';
import { stampOf } from './ledger-state.js';
import type { Competitor, Resolution } from './resolutions.js';
import { compareCodePoints, compareStamps, type Stamp } from './stamp.js';

/** How many losers a preview shows per register (the default of `explainResolutions`). */
export const TRACKED_LOSERS = 5;

/**
 * What `explainResolutions` reports, kept as a mergeable summary instead of a list of every event:
 * per register, the newest stamp of each distinct value, trimmed to the TRACKED_LOSERS + 1 newest
 * values. Trimming commutes with union (a value in the top k of a union is in the top k of the part
 * holding its newest stamp), so trackers fold and merge like the ledger state: in any order, with
 * repeats, in pieces. That lets a synthesis explain its resolutions without holding every event.
 */
export interface ResolutionTracker {
  /** Value → newest stamp that wrote it. */
  readonly now: Map<string, Stamp>;
  /** Decision key → (value → newest stamp). */
  readonly decisions: Map<string, Map<string, Stamp>>;
}

export function emptyTracker(): ResolutionTracker {
  return { now: new Map(), decisions: new Map() };
}

/** `stamp`: the event's stamp when the caller has one already (the record `addEvent` returned). */
export function trackEvent(tracker: ResolutionTracker, event: LedgerEvent, stamp: Stamp = stampOf(event)): void {
  if (event.now === undefined && event.decisions.size === 0) return;
  if (event.now !== undefined) offer(tracker.now, event.now, stamp);
  for (const [key, value] of event.decisions) offer(candidatesFor(tracker, key), value, stamp);
}

/** `target := target ⊔ source`, in place. */
export function mergeTrackerInto(target: ResolutionTracker, source: ResolutionTracker): ResolutionTracker {
  for (const [value, stamp] of source.now) offer(target.now, value, stamp);
  for (const [key, values] of source.decisions) {
    const into = candidatesFor(target, key);
    for (const [value, stamp] of values) offer(into, value, stamp);
  }
  return target;
}

/** The same resolutions `explainResolutions(events)` gives for the events folded into the tracker. */
export function trackedResolutions(tracker: ResolutionTracker): Resolution[] {
  const out: Resolution[] = [];
  const now = resolve('now', undefined, tracker.now);
  if (now) out.push(now);
  for (const key of [...tracker.decisions.keys()].sort(compareCodePoints)) {
    const resolution = resolve('decision', key, tracker.decisions.get(key)!);
    if (resolution) out.push(resolution);
  }
  return out;
}

function candidatesFor(tracker: ResolutionTracker, key: string): Map<string, Stamp> {
  let values = tracker.decisions.get(key);
  if (!values) tracker.decisions.set(key, (values = new Map()));
  return values;
}

function offer(values: Map<string, Stamp>, value: string, stamp: Stamp): void {
  const existing = values.get(value);
  if (existing && compareStamps(existing, stamp) >= 0) return;
  values.set(value, stamp);
  if (values.size <= TRACKED_LOSERS + 1) return;
  let oldest: [string, Stamp] | undefined;
  for (const entry of values) if (!oldest || compareStamps(entry[1], oldest[1]) < 0) oldest = entry;
  values.delete(oldest![0]);
}

function resolve(section: Resolution['section'], key: string | undefined, values: Map<string, Stamp>): Resolution | undefined {
  if (values.size < 2) return undefined;
  const ranked: Competitor[] = [...values].map(([value, stamp]) => ({ value, stamp }));
  ranked.sort((a, b) => compareStamps(b.stamp, a.stamp));
  return { section, key, winner: ranked[0]!, losers: ranked.slice(1, TRACKED_LOSERS + 1) };
}
