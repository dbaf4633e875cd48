import { eventsNewestFirst, agentRows, latestStamp } from './render.js';
import type { EventSummary, LedgerState, Register } from './ledger-state.js';
import { compareCodePoints, compareStamps, type Stamp } from './stamp.js';
import { inFlightLine, type RemoteInFlight } from './in-flight.js';

/**
 * Claude Code cuts any hook string over 10,000 characters (it saves it to a file and shows a
 * preview). We stay well under that whatever the configured budget says.
 */
export const MAX_CONTEXT_CHARS = 9_500;

/**
 * Names what `buildSessionSummary` produces for a given input. Bump it whenever the summary's text
 * changes: summaries cached by the hooks (keyed by the ledger digest) are then rebuilt.
 */
export const SESSION_SUMMARY_FORMAT = 'session-summary/1';

/** An event that exists in a sibling worktree of the same repository but not (yet) here. */
export interface ElsewhereEvent {
  /** How to name the worktree to a reader (a relative path or the branch). */
  readonly worktree: string;
  readonly branch: string | undefined;
  readonly agent: string;
  readonly ts: string;
  readonly summary: string;
}

export type OutputOutcome = 'written' | 'unchanged' | 'lock-busy' | 'missing-output';

export interface SummaryInput {
  readonly state: LedgerState;
  /** Character budget for `additionalContext` (config `context_budget`); clamped to MAX_CONTEXT_CHARS. */
  readonly budget: number;
  /** The ledger path as a reader should see it (relative to the repository root). */
  readonly outputPath: string;
  readonly outcome: OutputOutcome;
  /** Number of malformed event files that were skipped. */
  readonly skipped: number;
  readonly elsewhere: readonly ElsewhereEvent[];
  /** How the agent records ledger entries (a shell command prefix), if known. */
  readonly recordCommand: string | undefined;
  /** Events on remote-tracking branches, not on HEAD (other machines); absent = not read. */
  readonly remote?: RemoteInFlight | undefined;
}

export interface SessionSummary {
  readonly additionalContext: string;
  readonly systemMessage: string;
}

interface Caps {
  questions: number;
  decisions: number;
  events: number;
  elsewhere: number;
  remote: number;
}

const INITIAL_CAPS: Caps = { questions: 10, decisions: 10, events: 10, elsewhere: 10, remote: 10 };
/** The order in which lists give up lines when over budget: least useful to the model first. */
const SHRINK_ORDER: (keyof Caps)[] = ['events', 'remote', 'elsewhere', 'decisions', 'questions'];
const MAX_ITEM_CHARS = 240;
const MAX_NOW_CHARS = 1_200;

/**
 * The SessionStart summary: factual lines about the synthesized ledger, newest first, bounded by
 * the budget however many events exist. Pure: the same input gives the same text.
 */
export function buildSessionSummary(input: SummaryInput): SessionSummary {
  const budget = clampBudget(input.budget);
  const caps = { ...INITIAL_CAPS };
  const sorted = sortOnce(input.state);
  let text = renderSummary(input, sorted, caps);
  // Shrink lists one line at a time (deterministic) until the text fits.
  while (text.length > budget && SHRINK_ORDER.some((key) => caps[key] > 0)) {
    const key = SHRINK_ORDER.find((k) => caps[k] > 0)!;
    caps[key] -= 1;
    text = renderSummary(input, sorted, caps);
  }
  return { additionalContext: truncate(text, budget), systemMessage: systemMessageFor(input) };
}

/** A legacy ledger (no events directory yet): hand it to the model as is, within the budget. */
export function buildLegacySummary(ledgerText: string, outputPath: string, budget: number): SessionSummary {
  const limit = clampBudget(budget);
  const head = `Continuity ledger (legacy ${outputPath}, not generated from events; shown as written):\n\n`;
  const body = ledgerText.replace(/\r\n?/g, '\n').trim();
  const marker = '\n… (truncated to the context budget)';
  const room = limit - head.length;
  const shown = body.length <= room ? body : `${body.slice(0, Math.max(0, room - marker.length))}${marker}`;
  return {
    additionalContext: truncate(`${head}${shown}`, limit),
    systemMessage: `ledger-synth: loaded legacy ${outputPath} (${body.length} characters; no events directory yet)`,
  };
}

export function clampBudget(budget: number): number {
  if (!Number.isFinite(budget) || budget <= 0) return MAX_CONTEXT_CHARS;
  return Math.min(Math.floor(budget), MAX_CONTEXT_CHARS);
}

interface Sorted {
  readonly open: [string, Stamp][];
  readonly decisions: [string, Register][];
  readonly events: EventSummary[];
}

/** Sort once: the fit loop re-renders many times. */
function sortOnce(state: LedgerState): Sorted {
  const open = [...state.openQuestions.entries()]
    .filter(([question]) => !state.resolvedQuestions.has(question))
    .sort(([qa, sa], [qb, sb]) => compareStamps(sb, sa) || compareCodePoints(qa, qb));
  const decisions = [...state.decisions.entries()].sort(
    ([ka, ra], [kb, rb]) => compareStamps(rb.stamp, ra.stamp) || compareCodePoints(ka, kb),
  );
  return { open, decisions, events: eventsNewestFirst(state) };
}

function renderSummary(input: SummaryInput, sorted: Sorted, caps: Caps): string {
  const { state } = input;
  const { open, decisions, events } = sorted;
  const out: string[] = [];
  const agents = agentRows(state).length;
  const latest = latestStamp(state);
  const outcome = describeOutcome(input.outcome, input.outputPath);
  out.push(
    `Continuity ledger (ledger-synth): ${plural(state.events.size, 'event')} from ${plural(agents, 'agent')} combined` +
      `${latest ? `, latest ${latest.instant.iso}` : ''}. ${outcome}` +
      (input.skipped > 0 ? ` ${plural(input.skipped, 'malformed event file')} skipped (run \`cc-synthesize --dry-run\` for details).` : ''),
  );

  out.push('');
  if (state.now) {
    out.push(`Now: ${oneLine(state.now.value, MAX_NOW_CHARS)}`, `  (${by(state.now)})`);
  } else out.push('Now: nothing recorded yet.');

  pushList(out, 'Open questions', open.length, caps.questions, open.slice(0, caps.questions).map(([question]) => `- ${oneLine(question, MAX_ITEM_CHARS)}`));

  pushList(
    out,
    'Recent decisions',
    decisions.length,
    caps.decisions,
    decisions.slice(0, caps.decisions).map(([key, register]) => `- ${oneLine(`${key}: ${register.value}`, MAX_ITEM_CHARS)} (${by(register)})`),
  );

  pushList(
    out,
    'Recent events',
    events.length,
    caps.events,
    events.slice(0, caps.events).map((event) => {
      const branch = event.branch ? ` [${oneLine(event.branch, 60)}]` : '';
      const type = event.type ? ` ${oneLine(event.type, 30)}` : '';
      return `- ${event.stamp.instant.iso} ${oneLine(event.stamp.agent, 64)}${branch}${type}: ${oneLine(event.summary, MAX_ITEM_CHARS)}`;
    }),
  );

  if (input.elsewhere.length > 0) {
    pushList(
      out,
      'In flight elsewhere (events in sibling worktrees of this repository, not merged here; read-only)',
      input.elsewhere.length,
      caps.elsewhere,
      input.elsewhere.map((e) => {
        const where = `${oneLine(e.worktree, 80)}${e.branch ? ` [${oneLine(e.branch, 60)}]` : ''}`;
        return `- ${where}: ${e.ts} ${oneLine(e.agent, 64)}: ${oneLine(e.summary, MAX_ITEM_CHARS)}`;
      }),
    );
  }

  const remote = input.remote;
  const remoteTitle = 'In flight on other machines (events on remote branches, not merged here; as of the last fetch)';
  if (remote && remote.events.length === 0 && remote.note) out.push('', `${remoteTitle}: ${oneLine(remote.note, 240)}`);
  else if (remote && remote.total > 0) {
    pushList(
      out,
      remoteTitle,
      remote.total,
      caps.remote,
      remote.events.map((e) => inFlightLine(e, oneLine)),
    );
    if (remote.note) out.push(`  (${oneLine(remote.note, 240)})`);
  }

  if (input.recordCommand) {
    out.push(
      '',
      `Recording: this session's ledger entries are staged with \`${input.recordCommand} --now "…" --done "…" --decision key=value --question "…" --resolve-question "…" --checkpoint phase:status\` and published as one event when the session ends.`,
    );
  }
  return out.join('\n');
}

/** Heading, up to `cap` items, and a count of the rest. Empty lists are omitted. */
function pushList(out: string[], title: string, total: number, cap: number, items: readonly string[]): void {
  if (total === 0) return;
  const shown = items.slice(0, cap);
  out.push('', shown.length === total ? `${title} (${total}):` : `${title} (${shown.length} of ${total}, newest first):`);
  out.push(...shown);
  if (shown.length < total) out.push(`  … and ${total - shown.length} more`);
}

function describeOutcome(outcome: OutputOutcome, path: string): string {
  switch (outcome) {
    case 'written':
      return `${path} was regenerated.`;
    case 'unchanged':
      return `${path} is up to date.`;
    case 'lock-busy':
      return `Another synthesis holds the lock, so ${path} was not written; this summary is computed from the events directly.`;
    case 'missing-output':
      return `${path} has not been written.`;
  }
}

function systemMessageFor(input: SummaryInput): string {
  const { state } = input;
  const parts = [`ledger-synth: ${plural(state.events.size, 'event')} from ${plural(agentRows(state).length, 'agent')}`];
  if (input.outcome === 'written') parts.push(`${input.outputPath} regenerated`);
  if (input.outcome === 'lock-busy') parts.push('lock busy, not written');
  if (input.elsewhere.length > 0) parts.push(`${input.elsewhere.length} in flight in other worktrees`);
  if (input.remote && input.remote.total > 0) parts.push(`${input.remote.total} on remote branches`);
  if (input.skipped > 0) parts.push(`${input.skipped} malformed skipped`);
  const now = state.now ? ` · now: ${oneLine(state.now.value, 100)}` : '';
  return `${parts.join(', ')}${now}`;
}

function by(register: Register): string {
  return `${oneLine(register.stamp.agent, 64)}, ${register.stamp.instant.iso}`;
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
