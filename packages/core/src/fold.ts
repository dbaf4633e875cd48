import type { LedgerEvent } from './event.js';
import { addEvent, emptyState, type LedgerState } from './ledger-state.js';

/** Fold events into a ledger state. Order, repeats and partitioning do not change the result. */
export function foldEvents(events: Iterable<LedgerEvent>): LedgerState {
  const state = emptyState();
  for (const event of events) addEvent(state, event);
  return state;
}
