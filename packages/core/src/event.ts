import type { Instant } from './instant.js';

export interface Checkpoint {
  readonly phase: string;
  readonly status: string;
  /** When the checkpoint was reached; defaults to the event's `ts`. */
  readonly updated: Instant;
}

/** A validated event file. Sections absent from the file are empty, never undefined. */
export interface LedgerEvent {
  /** Base name of the file (the tie-breaker in stamps; directories do not matter). */
  readonly file: string;
  /** SHA-256 (hex) of the normalised text: the event's identity together with `file`. */
  readonly contentHash: string;
  readonly ts: Instant;
  readonly agent: string;
  readonly branch: string | undefined;
  readonly type: string | undefined;
  readonly reason: string | undefined;
  readonly session: string | undefined;
  readonly now: string | undefined;
  readonly thisSession: readonly string[];
  /**
   * Body key `in_progress`: tasks still open when the event was written. Undefined when the key is
   * absent (the agent's earlier list stands); an empty list says "nothing in progress any more".
   */
  readonly inProgress: readonly string[] | undefined;
  readonly decisions: ReadonlyMap<string, string>;
  readonly checkpoints: readonly Checkpoint[];
  readonly openQuestions: readonly string[];
  /** Extension: questions answered in this event (tombstones for `open_questions`). */
  readonly resolvedQuestions: readonly string[];
}

/** One line that says what an event was about, for previews and the SessionStart summary. */
export function summarizeEvent(event: LedgerEvent, max = 100): string {
  const candidate =
    event.now ??
    event.thisSession[0] ??
    event.checkpoints[0]?.phase.concat(': ', event.checkpoints[0].status) ??
    event.openQuestions[0] ??
    (event.decisions.size > 0 ? `decided ${[...event.decisions.keys()].join(', ')}` : undefined) ??
    event.type ??
    '(empty event)';
  const oneLine = candidate.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}
