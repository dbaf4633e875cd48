import { eventKey, type LedgerState, type ListRegister, type Register, type SessionItem } from './ledger-state.js';
import { DAY_MS, type LedgerWindow } from './ledger-window.js';
import { compareCodePoints, compareStamps, type Stamp } from './stamp.js';
import { topK } from './top-k.js';

/** A done (this_session) item with who wrote it first, where and when. */
export interface DoneItem {
  readonly text: string;
  readonly stamp: Stamp;
  readonly branch: string | undefined;
}

/** One agent as current.md and the SessionStart context show it. */
export interface AgentView {
  readonly agent: string;
  /** Its latest event. */
  readonly last: Stamp;
  readonly events: number;
  readonly branches: readonly string[];
  readonly now: (Register & { readonly branch: string | undefined }) | undefined;
  readonly inProgress: ListRegister | undefined;
  /** Done items shown, newest first (within the window). */
  readonly done: readonly DoneItem[];
  /** Every done item first written by this agent, shown or not. */
  readonly doneTotal: number;
}

export interface AgentViews {
  /** The state's latest event: the window is measured back from it. */
  readonly latest: Stamp | undefined;
  /** Agents shown, most recently active first. */
  readonly agents: readonly AgentView[];
  /** All agents with at least one event. */
  readonly agentsTotal: number;
  /** Done items of the agents left out (outside the window or over the agent cap). */
  readonly doneLeftOut: number;
}

/** Newest first; items of one event keep their written order; text breaks the remaining ties. */
export function compareNewestFirst(a: SessionItem, b: SessionItem): number {
  return compareStamps(b.first, a.first) || a.position - b.position || compareCodePoints(a.text, b.text);
}

/**
 * Per-agent views of a state under a window: a pure function of the state (the window is measured
 * from the state's latest event), so any fold order gives the same views. An item is attributed to
 * the agent whose event carried it first (the state keeps one item per text).
 */
export function agentViews(state: LedgerState, window: LedgerWindow): AgentViews {
  const agents = new Map<string, { last: Stamp; events: number; branches: Set<string> }>();
  let latest: Stamp | undefined;
  for (const summary of state.events.values()) {
    const { stamp } = summary;
    if (!latest || compareStamps(stamp, latest) > 0) latest = stamp;
    const row = agents.get(stamp.agent);
    if (!row) agents.set(stamp.agent, { last: stamp, events: 1, branches: new Set(summary.branch === undefined ? [] : [summary.branch]) });
    else {
      row.events += 1;
      if (summary.branch !== undefined) row.branches.add(summary.branch);
      if (compareStamps(stamp, row.last) > 0) row.last = stamp;
    }
  }
  const cutoff = window.days > 0 && latest ? latest.instant.epochMs - window.days * DAY_MS : -Infinity;
  const shownNames = [...agents.entries()]
    .filter(([, row]) => row.last.instant.epochMs >= cutoff)
    .sort(([na, a], [nb, b]) => compareStamps(b.last, a.last) || compareCodePoints(na, nb))
    .slice(0, window.agents > 0 ? window.agents : undefined)
    .map(([name]) => name);
  const shown = new Set(shownNames);

  const totals = new Map<string, number>();
  const candidates = new Map<string, SessionItem[]>();
  let doneLeftOut = 0;
  for (const item of state.thisSession.values()) {
    const agent = item.first.agent;
    totals.set(agent, (totals.get(agent) ?? 0) + 1);
    if (!shown.has(agent)) doneLeftOut += 1;
    else if (item.first.instant.epochMs >= cutoff) {
      const list = candidates.get(agent);
      if (list) list.push(item);
      else candidates.set(agent, [item]);
    }
  }

  const views = shownNames.map((agent): AgentView => {
    const row = agents.get(agent)!;
    const now = state.agentNow.get(agent);
    return {
      agent,
      last: row.last,
      events: row.events,
      branches: [...row.branches].sort(compareCodePoints),
      now: now && { ...now, branch: branchOf(state, now.stamp) },
      inProgress: state.agentInProgress.get(agent),
      done: topK(candidates.get(agent) ?? [], window.itemsPerAgent, compareNewestFirst).map((item) => ({
        text: item.text,
        stamp: item.first,
        branch: branchOf(state, item.first),
      })),
      doneTotal: totals.get(agent) ?? 0,
    };
  });
  return { latest, agents: views, agentsTotal: agents.size, doneLeftOut };
}

/** The branch of the event a stamp belongs to (stamps of a folded state are its event records). */
export function branchOf(state: LedgerState, stamp: Stamp): string | undefined {
  return state.events.get(stamp.eventId ?? eventKey(stamp))?.branch;
}
