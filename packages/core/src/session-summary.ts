import { agentViews, type AgentView } from './agent-view.js';
import { hookOutputChars } from './hook-output.js';
import { inFlightLine, type RemoteInFlight } from './in-flight.js';
import { agentRows } from './render.js';
import type { LedgerState, Register } from './ledger-state.js';
import { compareCodePoints, compareStamps, type Stamp } from './stamp.js';

/**
 * Claude Code cuts any hook string over 10,000 characters (it saves it to a file and shows a
 * preview). `additionalContext` never exceeds this, whatever the configured budget says.
 */
export const MAX_CONTEXT_CHARS = 9_500;

/** Claude Code's limit for a hook's whole stdout, measured as printed (JSON, escapes included). */
export const MAX_HOOK_OUTPUT_CHARS = 10_000;

/**
 * Names what `buildSessionSummary` produces for a given input. Bump it whenever the summary's text
 * changes: summaries cached by the hooks (keyed by the ledger digest) are then rebuilt.
 */
export const SESSION_SUMMARY_FORMAT = 'session-summary/3';

/** An event that exists in a sibling worktree of the same repository but not (yet) here. */
export interface ElsewhereEvent {
  /** How to name the worktree to a reader (a relative path or the branch). */
  readonly worktree: string;
  readonly branch: string | undefined;
  readonly agent: string;
  readonly ts: string;
  readonly summary: string;
  /** The event's identity (e.g. file name + content hash): one event seen in two siblings is shown once. */
  readonly id?: string | undefined;
  readonly now?: string | undefined;
  /** Its this_session items (done work and `Committed <sha>: subject` lines). */
  readonly done?: readonly string[] | undefined;
  readonly openQuestions?: readonly string[] | undefined;
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
  /**
   * Ceiling for the hook's whole stdout as the SessionStart hook prints it (see `hookOutputChars`);
   * MAX_HOOK_OUTPUT_CHARS when absent. A CLI with another channel passes its own.
   */
  readonly maxOutputChars?: number | undefined;
  /** Events on remote-tracking branches, not on HEAD (other machines); absent = not read. */
  readonly remote?: RemoteInFlight | undefined;
}

export interface SessionSummary {
  readonly additionalContext: string;
  readonly systemMessage: string;
}

const MAX_ITEM_CHARS = 240;
const MAX_NOW_CHARS = 1_200;
/** The fit searches levels 0..MAX_LEVEL; beyond it no budget has room for more lines. */
const MAX_LEVEL = 64;

/** How much of each list a level shows: every cap grows with the level, so the text does too. */
interface Caps {
  readonly agents: number;
  readonly done: number;
  readonly questionsPerAgent: number;
  readonly otherQuestions: number;
  readonly decisions: number;
  readonly elsewhere: number;
  readonly elsewhereItems: number;
}

function capsAt(level: number): Caps {
  return {
    agents: 2 + 2 * level,
    done: level,
    questionsPerAgent: 1 + level,
    otherQuestions: 2 * level,
    decisions: 2 + 2 * level,
    elsewhere: 1 + level,
    elsewhereItems: level,
  };
}

/**
 * The SessionStart context: the handoff to the next session. Per agent, most recently active first:
 * its Now, in-progress list, done items and commits, and the questions it left open; then the
 * decisions with who and when, what is in flight in sibling worktrees, and a last line saying what
 * was left out and where the full ledger is. Pure: the same input gives the same text.
 *
 * Fitting: everything is sorted once, then the largest level whose text fits is found by binary
 * search (each render is bounded by the caps, not by the ledger size), so the cost does not grow
 * quadratically with the number of events.
 */
export function buildSessionSummary(input: SummaryInput): SessionSummary {
  const budget = clampBudget(input.budget);
  const maxOutput = input.maxOutputChars ?? MAX_HOOK_OUTPUT_CHARS;
  const systemMessage = systemMessageFor(input);
  const data = prepare(input);
  const fits = (text: string) => text.length <= budget && hookOutputChars(text, systemMessage) < maxOutput;
  let low = 0;
  let high = MAX_LEVEL;
  let best = render(input, data, capsAt(0));
  if (!fits(best)) return { additionalContext: squeeze(best, fits, budget), systemMessage };
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    const text = render(input, data, capsAt(mid));
    if (fits(text)) {
      low = mid;
      best = text;
    } else high = mid - 1;
  }
  return { additionalContext: best, systemMessage };
}

/** A legacy ledger (no events directory yet): hand it to the model as is, within the budget. */
export function buildLegacySummary(ledgerText: string, outputPath: string, budget: number): SessionSummary {
  const limit = clampBudget(budget);
  const head = `Continuity ledger (legacy ${outputPath}, not generated from events; shown as written):\n\n`;
  const body = ledgerText.replace(/\r\n?/g, '\n').trim();
  const marker = '\n… (truncated to the context budget)';
  const systemMessage = `ledger-synth: loaded legacy ${outputPath} (${body.length} characters; no events directory yet)`;
  // JSON escaping can double the text (newlines, quotes): leave room for it in the hook's stdout.
  const fits = (text: string) => text.length <= limit && hookOutputChars(text, systemMessage) < MAX_HOOK_OUTPUT_CHARS;
  let room = limit - head.length;
  let shown = body;
  while (!fits(`${head}${shown}`) && room > 0) {
    shown = `${body.slice(0, Math.max(0, room - marker.length))}${marker}`;
    room = Math.floor(room * 0.9);
  }
  return { additionalContext: truncate(`${head}${shown}`, limit), systemMessage };
}

export function clampBudget(budget: number): number {
  if (!Number.isFinite(budget) || budget <= 0) return MAX_CONTEXT_CHARS;
  return Math.min(Math.floor(budget), MAX_CONTEXT_CHARS);
}

interface Prepared {
  readonly agents: readonly AgentView[];
  readonly agentsTotal: number;
  /** Open questions per agent that raised them first, newest first. */
  readonly questionsByAgent: ReadonlyMap<string, readonly string[]>;
  readonly questionsTotal: number;
  readonly decisions: readonly [string, Register][];
  readonly elsewhere: readonly ElsewhereEvent[];
  readonly latest: Stamp | undefined;
}

/** Sort once (the fit renders several times), keeping only what the largest level can show. */
function prepare(input: SummaryInput): Prepared {
  const { state } = input;
  const top = capsAt(MAX_LEVEL);
  const views = agentViews(state, { days: 0, agents: top.agents, itemsPerAgent: top.done });
  const open = [...state.openQuestions.entries()]
    .filter(([question]) => !state.resolvedQuestions.has(question))
    .sort(([qa, sa], [qb, sb]) => compareStamps(sb, sa) || compareCodePoints(qa, qb));
  const questionsByAgent = new Map<string, string[]>();
  for (const [question, stamp] of open) {
    const list = questionsByAgent.get(stamp.agent);
    if (list) list.push(question);
    else questionsByAgent.set(stamp.agent, [question]);
  }
  const decisions = [...state.decisions.entries()].sort(([ka, ra], [kb, rb]) => compareStamps(rb.stamp, ra.stamp) || compareCodePoints(ka, kb));
  return {
    agents: views.agents,
    agentsTotal: views.agentsTotal,
    questionsByAgent,
    questionsTotal: open.length,
    decisions,
    elsewhere: uniqueElsewhere(input.elsewhere),
    latest: views.latest,
  };
}

/** Each event once (by id), newest first; ties by worktree so the order never depends on the input's. */
function uniqueElsewhere(events: readonly ElsewhereEvent[]): ElsewhereEvent[] {
  const seen = new Set<string>();
  const out: ElsewhereEvent[] = [];
  const sorted = [...events].sort((a, b) => compareCodePoints(b.ts, a.ts) || compareCodePoints(a.worktree, b.worktree) || compareCodePoints(a.id ?? '', b.id ?? ''));
  for (const event of sorted) {
    if (event.id !== undefined) {
      if (seen.has(event.id)) continue;
      seen.add(event.id);
    }
    out.push(event);
  }
  return out;
}

/** What a render left out, for the last line. */
interface LeftOut {
  agents: number;
  done: number;
  questions: number;
  decisions: number;
  elsewhere: number;
  remote: number;
}

function render(input: SummaryInput, data: Prepared, caps: Caps): string {
  const { state } = input;
  const out: string[] = [];
  const left: LeftOut = { agents: 0, done: 0, questions: 0, decisions: 0, elsewhere: 0, remote: 0 };
  out.push(
    `Continuity ledger (ledger-synth): ${plural(state.events.size, 'event')} from ${plural(data.agentsTotal, 'agent')} combined` +
      `${data.latest ? `, latest ${data.latest.instant.iso}` : ''}. ${describeOutcome(input.outcome, input.outputPath)}` +
      (input.skipped > 0 ? ` ${plural(input.skipped, 'malformed event file')} skipped (run \`${cliCommandOf(input.recordCommand)} --dry-run\` for details).` : ''),
  );

  out.push('');
  if (state.now) out.push(`Now: ${oneLine(state.now.value, MAX_NOW_CHARS)}`, `  (${by(state.now.stamp)})`);
  else out.push('Now: nothing recorded yet.');

  const shown = data.agents.slice(0, caps.agents);
  const shownNames = new Set(shown.map((view) => view.agent));
  left.agents = data.agentsTotal - shown.length;
  if (shown.length > 0) {
    out.push('', shown.length === data.agentsTotal ? 'By agent, most recently active first:' : `By agent, most recently active first (${shown.length} of ${data.agentsTotal}):`);
    for (const view of shown) pushAgent(out, view, data.questionsByAgent.get(view.agent) ?? [], caps, left);
  }
  for (const view of data.agents.slice(caps.agents)) left.done += view.doneTotal;
  // Agents beyond agentViews' own cap were never prepared: count their items from the rows.
  left.done += doneOfUnpreparedAgents(state, data);

  const others: string[] = [];
  for (const [agent, questions] of data.questionsByAgent) if (!shownNames.has(agent)) others.push(...questions);
  pushList(out, 'Open questions of other agents', others.length, Math.min(others.length, caps.otherQuestions), others.slice(0, caps.otherQuestions).map((q) => `- ${oneLine(q, MAX_ITEM_CHARS)}`));
  left.questions += Math.max(0, others.length - caps.otherQuestions);

  pushList(
    out,
    'Decisions, newest first',
    data.decisions.length,
    Math.min(data.decisions.length, caps.decisions),
    data.decisions.slice(0, caps.decisions).map(([key, register]) => `- ${oneLine(`${key}: ${register.value}`, MAX_ITEM_CHARS)} (${by(register.stamp)})`),
  );
  left.decisions = Math.max(0, data.decisions.length - caps.decisions);

  if (data.elsewhere.length > 0) {
    const events = data.elsewhere.slice(0, caps.elsewhere);
    pushList(
      out,
      'In flight elsewhere (events in sibling worktrees of this repository, not merged here; read-only)',
      data.elsewhere.length,
      events.length,
      events.flatMap((event) => elsewhereLines(event, caps, left)),
    );
    left.elsewhere = data.elsewhere.length - events.length;
  }

  const remote = input.remote;
  const remoteTitle = 'In flight on other machines (events on remote branches, not merged here; as of the last fetch)';
  if (remote && remote.events.length === 0 && remote.note) out.push('', `${remoteTitle}: ${oneLine(remote.note, 240)}`);
  else if (remote && remote.total > 0) {
    // Same cap as sibling worktrees: both are work in flight, newest first.
    const shownRemote = remote.events.slice(0, caps.elsewhere);
    pushList(out, remoteTitle, remote.total, shownRemote.length, shownRemote.map((e) => inFlightLine(e, oneLine)));
    if (remote.note) out.push(`  (${oneLine(remote.note, 240)})`);
    left.remote = remote.total - shownRemote.length;
  }

  if (input.recordCommand) {
    out.push(
      '',
      `Recording: this session's ledger entries are staged with \`${input.recordCommand} --now "…" --done "…" --decision key=value --question "…" --resolve-question "…" --checkpoint phase:status\` and published as one event when the session ends.`,
    );
  }
  out.push('', lastLine(left, input.outputPath, cliCommandOf(input.recordCommand)));
  return out.join('\n');
}

function pushAgent(out: string[], view: AgentView, questions: readonly string[], caps: Caps, left: LeftOut): void {
  const branches = view.branches.length > 0 ? `, ${view.branches.length === 1 ? 'branch' : 'branches'} ${view.branches.slice(0, 3).map((b) => oneLine(b, 60)).join(', ')}${view.branches.length > 3 ? ', …' : ''}` : '';
  out.push('', `${oneLine(view.agent, 64)} (last event ${view.last.instant.iso}${branches}):`);
  if (view.now) out.push(`  Now: ${oneLine(view.now.value, MAX_ITEM_CHARS)}`);
  if (view.inProgress && view.inProgress.items.length > 0) {
    out.push(`  In progress (as of ${view.inProgress.stamp.instant.iso}):`);
    for (const item of view.inProgress.items.slice(0, Math.max(1, caps.done))) out.push(`  - ${oneLine(item, MAX_ITEM_CHARS)}`);
    if (view.inProgress.items.length > Math.max(1, caps.done)) out.push(`  … and ${view.inProgress.items.length - Math.max(1, caps.done)} more`);
  }
  const done = view.done.slice(0, caps.done);
  if (done.length > 0) {
    out.push(done.length === view.doneTotal ? `  Done and committed (${view.doneTotal}, newest first):` : `  Done and committed (${done.length} of ${view.doneTotal}, newest first):`);
    for (const item of done) out.push(`  - ${oneLine(item.text, MAX_ITEM_CHARS)} (${item.branch === undefined ? '' : `${oneLine(item.branch, 60)}, `}${item.stamp.instant.iso})`);
  } else if (view.doneTotal > 0) out.push(`  Done and committed: ${view.doneTotal} (left out)`);
  left.done += view.doneTotal - done.length;
  const open = questions.slice(0, caps.questionsPerAgent);
  if (open.length > 0) {
    out.push(open.length === questions.length ? '  Open questions it raised:' : `  Open questions it raised (${open.length} of ${questions.length}):`);
    for (const question of open) out.push(`  - ${oneLine(question, MAX_ITEM_CHARS)}`);
  }
  left.questions += questions.length - open.length;
}

function elsewhereLines(event: ElsewhereEvent, caps: Caps, left: LeftOut): string[] {
  const where = `${oneLine(event.worktree, 80)}${event.branch ? ` [${oneLine(event.branch, 60)}]` : ''}`;
  const lines = [`- ${where}: ${event.ts} ${oneLine(event.agent, 64)}: ${oneLine(event.summary, MAX_ITEM_CHARS)}`];
  if (event.now !== undefined && event.now !== event.summary) lines.push(`  Now: ${oneLine(event.now, MAX_ITEM_CHARS)}`);
  const done = event.done ?? [];
  if (done.length > 0 && caps.elsewhereItems > 0) {
    lines.push(`  Done: ${done.slice(0, caps.elsewhereItems).map((item) => oneLine(item, 120)).join('; ')}${done.length > caps.elsewhereItems ? `; … and ${done.length - caps.elsewhereItems} more` : ''}`);
  }
  left.done += Math.max(0, done.length - caps.elsewhereItems);
  // Open questions are what a sibling most needs answered: one at least, at any level.
  const questions = event.openQuestions ?? [];
  const shown = questions.slice(0, 1 + caps.elsewhereItems);
  for (const question of shown) lines.push(`  Open question: ${oneLine(question, MAX_ITEM_CHARS)}`);
  left.questions += questions.length - shown.length;
  return lines;
}

function doneOfUnpreparedAgents(state: LedgerState, data: Prepared): number {
  if (data.agents.length === data.agentsTotal) return 0;
  const prepared = new Set(data.agents.map((view) => view.agent));
  let count = 0;
  for (const item of state.thisSession.values()) if (!prepared.has(item.first.agent)) count += 1;
  return count;
}

/**
 * The CLI as it runs where the session runs (the record command without `record` and its session
 * flag): `node .claude/hooks/ledger-synth/cc-synthesize.mjs` in an installed repository, where a bare
 * `cc-synthesize` is usually not on PATH.
 */
export function cliCommandOf(recordCommand: string | undefined): string {
  const cut = recordCommand?.lastIndexOf(' record');
  if (recordCommand === undefined || cut === undefined || cut <= 0) return 'cc-synthesize';
  const rest = recordCommand.slice(cut + ' record'.length);
  return rest === '' || rest.startsWith(' --') ? recordCommand.slice(0, cut) : 'cc-synthesize';
}

function lastLine(left: LeftOut, outputPath: string, cli: string): string {
  const parts = [
    left.agents > 0 ? plural(left.agents, 'agent') : undefined,
    left.done > 0 ? plural(left.done, 'done item') : undefined,
    left.questions > 0 ? plural(left.questions, 'open question') : undefined,
    left.decisions > 0 ? plural(left.decisions, 'decision') : undefined,
    left.elsewhere > 0 ? plural(left.elsewhere, 'event elsewhere', 'events elsewhere') : undefined,
    left.remote > 0 ? plural(left.remote, 'event on remote branches', 'events on remote branches') : undefined,
  ].filter((part): part is string => part !== undefined);
  const what = parts.length === 0 ? 'Nothing was left out.' : `Left out to fit the budget: ${parts.join(', ')}.`;
  return `${what} The full ledger is ${outputPath} (\`${cli} --full\` prints every item).`;
}

/** Heading with how many of how many are shown, then the lines. Empty lists are omitted. */
function pushList(out: string[], title: string, total: number, shown: number, lines: readonly string[]): void {
  if (total === 0) return;
  out.push('', shown >= total ? `${title} (${total}):` : `${title} (${shown} of ${total}):`);
  out.push(...lines);
}

/**
 * Even the smallest level does not fit (a huge Now, a tiny budget): keep the start and the last
 * line (what was left out, where the ledger is), cutting the middle.
 */
function squeeze(text: string, fits: (text: string) => boolean, budget: number): string {
  const cut = text.lastIndexOf('\n');
  const tail = `\n… (cut to the budget)${text.slice(cut)}`;
  let room = Math.max(0, Math.min(budget, text.length) - tail.length);
  for (;;) {
    const candidate = room > 0 ? `${text.slice(0, room)}${tail}` : truncate(text.slice(cut + 1), budget);
    if (fits(candidate) || room === 0) return candidate;
    room = Math.floor(room * 0.9);
  }
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
  if (input.elsewhere.length > 0) parts.push(`${uniqueElsewhere(input.elsewhere).length} in flight in other worktrees`);
  if (input.remote && input.remote.total > 0) parts.push(`${input.remote.total} on remote branches`);
  if (input.skipped > 0) parts.push(`${input.skipped} malformed skipped`);
  const now = state.now ? ` · now: ${oneLine(state.now.value, 100)}` : '';
  return `${parts.join(', ')}${now}`;
}

function by(stamp: Stamp): string {
  return `${oneLine(stamp.agent, 64)}, ${stamp.instant.iso}`;
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}
