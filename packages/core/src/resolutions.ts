import type { LedgerEvent } from './event.js';
import { stampOf } from './ledger-state.js';
import { compareCodePoints, compareStamps, type Stamp } from './stamp.js';

export interface Competitor {
  readonly value: string;
  readonly stamp: Stamp;
}

/** A register the fold had to decide: the winner first, then the values it beat (newest first). */
export interface Resolution {
  readonly section: 'now' | 'decision';
  readonly key: string | undefined;
  readonly winner: Competitor;
  readonly losers: readonly Competitor[];
}

/**
 * Explain what LWW resolved, for the interactive preview: competing `now` values and decisions
 * whose key got different values. Only distinct values count as competing.
 */
export function explainResolutions(events: Iterable<LedgerEvent>, maxLosers = 5): Resolution[] {
  const nowCandidates: Competitor[] = [];
  const decisionCandidates = new Map<string, Competitor[]>();
  for (const event of events) {
    const stamp = stampOf(event);
    if (event.now !== undefined) nowCandidates.push({ value: event.now, stamp });
    for (const [key, value] of event.decisions) {
      let list = decisionCandidates.get(key);
      if (!list) decisionCandidates.set(key, (list = []));
      list.push({ value, stamp });
    }
  }
  const out: Resolution[] = [];
  const now = resolve('now', undefined, nowCandidates, maxLosers);
  if (now) out.push(now);
  const keys = [...decisionCandidates.keys()].sort(compareCodePoints);
  for (const key of keys) {
    const resolution = resolve('decision', key, decisionCandidates.get(key)!, maxLosers);
    if (resolution) out.push(resolution);
  }
  return out;
}

function resolve(
  section: Resolution['section'],
  key: string | undefined,
  candidates: Competitor[],
  maxLosers: number,
): Resolution | undefined {
  if (candidates.length < 2) return undefined;
  candidates.sort((a, b) => compareStamps(b.stamp, a.stamp));
  const winner = candidates[0]!;
  const seen = new Set([winner.value]);
  const losers: Competitor[] = [];
  for (const candidate of candidates.slice(1)) {
    if (seen.has(candidate.value)) continue;
    seen.add(candidate.value);
    losers.push(candidate);
  }
  if (losers.length === 0) return undefined;
  return { section, key, winner, losers: losers.slice(0, maxLosers) };
}
