import type { LedgerEvent } from './event.js';
import { foldEvents } from './fold.js';
import { mergeStates, stampOf, type LedgerState } from './ledger-state.js';
import { compareCodePoints, compareStamps, type Stamp } from './stamp.js';

/** An event found on other branches, with every branch that carries it. */
export interface BranchEvent {
  readonly event: LedgerEvent;
  readonly branches: readonly string[];
}

/** One side's view of a decision: HEAD's register, or a branch's latest value among its new events. */
export interface DecisionSide {
  /** `HEAD`, or the branch (`origin/feature`). */
  readonly source: string;
  readonly value: string;
  readonly stamp: Stamp;
}

/** The same decision key decided differently on two sides: shown before anyone merges. */
export interface DecisionConflict {
  readonly key: string;
  /** HEAD first, then branches by name. */
  readonly sides: readonly DecisionSide[];
  /** What the fold keeps once every branch lands (last writer wins: the greatest stamp). */
  readonly winner: { readonly value: string; readonly stamp: Stamp };
}

export interface BranchPreview {
  /** HEAD's state joined with every branch's events: exactly what the fold gives once all land. */
  readonly state: LedgerState;
  /** Events the branches add (distinct). */
  readonly added: number;
  readonly conflicts: readonly DecisionConflict[];
}

export const HEAD_SOURCE = 'HEAD';

/**
 * The ledger as it will be after every branch lands. The fold is a join, so joining HEAD's state
 * with the branches' events is the same state whatever order they merge in. Pure.
 */
export function previewAllBranches(head: LedgerState, branchEvents: readonly BranchEvent[]): BranchPreview {
  const added = foldEvents(branchEvents.map((b) => b.event));
  const state = mergeStates(head, added);

  // Per source and key: the latest value among that source's own new events (LWW within the side).
  const sides = new Map<string, Map<string, DecisionSide>>();
  const offer = (key: string, side: DecisionSide) => {
    const byKey = sides.get(key) ?? new Map<string, DecisionSide>();
    const held = byKey.get(side.source);
    if (!held || compareStamps(side.stamp, held.stamp) > 0) byKey.set(side.source, side);
    sides.set(key, byKey);
  };
  for (const [key, register] of head.decisions) offer(key, { source: HEAD_SOURCE, value: register.value, stamp: register.stamp });
  for (const { event, branches } of branchEvents) {
    const stamp = stampOf(event);
    for (const [key, value] of event.decisions) for (const source of branches) offer(key, { source, value, stamp });
  }

  const conflicts: DecisionConflict[] = [];
  for (const [key, byKey] of sides) {
    const values = new Set([...byKey.values()].map((side) => side.value));
    if (values.size < 2) continue;
    const register = state.decisions.get(key)!;
    const ordered = [...byKey.values()].sort(
      (a, b) => Number(b.source === HEAD_SOURCE) - Number(a.source === HEAD_SOURCE) || compareCodePoints(a.source, b.source),
    );
    conflicts.push({ key, sides: ordered, winner: { value: register.value, stamp: register.stamp } });
  }
  conflicts.sort((a, b) => compareCodePoints(a.key, b.key));
  return { state, added: state.events.size - head.events.size, conflicts };
}
