/**
 * How much of the ledger `current.md` shows. The file is read by people and merged by git, so it
 * must stay small at any number of events; the complete view is one flag away (`cc-synthesize --full`).
 * Every bound is relative to the ledger itself (its latest event), never to the wall clock, so the
 * same events render the same bytes on every machine and on every day.
 */
export interface LedgerWindow {
  /** Done items and agents from the `days` days before the latest event (0: no day limit). */
  readonly days: number;
  /** At most this many agents, most recently active first (0: no limit). */
  readonly agents: number;
  /** At most this many done items per agent, newest first (0: no limit). */
  readonly itemsPerAgent: number;
}

export const DEFAULT_WINDOW: LedgerWindow = { days: 14, agents: 20, itemsPerAgent: 10 };

/** No bounds: what `cc-synthesize --full` prints. */
export const FULL_WINDOW: LedgerWindow = { days: 0, agents: 0, itemsPerAgent: 0 };

export const DAY_MS = 86_400_000;

export function isFullWindow(window: LedgerWindow): boolean {
  return window.days === 0 && window.agents === 0 && window.itemsPerAgent === 0;
}

/**
 * The window as digest input: a changed window changes the digest, so a ledger rendered with other
 * bounds is regenerated instead of being trusted as fresh.
 */
export function windowKey(window: LedgerWindow): string {
  return `window ${window.days}d ${window.agents}a ${window.itemsPerAgent}i`;
}
