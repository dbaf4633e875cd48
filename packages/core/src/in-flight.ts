/**
 * Work in flight on other machines: events on remote-tracking branches that HEAD does not have
 * (as of the last fetch). Plain data for the SessionStart summary and `cc-synthesize status`.
 */
export interface RemoteInFlightEvent {
  /** Every remote branch carrying the event (`origin/feature`), sorted. */
  readonly branches: readonly string[];
  readonly agent: string;
  /** ISO instant of the event. */
  readonly ts: string;
  readonly now: string | undefined;
  readonly openQuestions: readonly string[];
  /** One line about the event (summarizeEvent) for events without a Now. */
  readonly summary: string;
}

export interface RemoteInFlight {
  /** Newest first. */
  readonly events: readonly RemoteInFlightEvent[];
  /** New events found on remote branches, including those beyond the read limit. */
  readonly total: number;
  /** Why the list is empty or short (deadline, no repository), if it is. */
  readonly note: string | undefined;
}

/** One line per event: where, when, who, Now (or what it was about), and its open questions. */
export function inFlightLine(event: RemoteInFlightEvent, oneLine: (text: string, max: number) => string): string {
  const [first, ...more] = event.branches;
  const where = `${oneLine(first ?? '?', 80)}${more.length > 0 ? ` (+${more.length} more)` : ''}`;
  const what = event.now !== undefined ? `Now: ${oneLine(event.now, 200)}` : oneLine(event.summary, 200);
  const open = event.openQuestions.length > 0 ? ` — open: ${event.openQuestions.map((q) => oneLine(q, 120)).join('; ')}` : '';
  return `- ${where}: ${event.ts} ${oneLine(event.agent, 64)}: ${what}${open}`;
}
