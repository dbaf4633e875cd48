import fc from 'fast-check';
import { parseEvent, serializeEvent, type LedgerEvent } from '@ledger-synth/core';

/**
 * Generated events are drawn from SMALL pools on purpose: the interesting cases for a CRDT are
 * collisions (same instant, same agent, same decision key, same list item, same file name with
 * different content), and small pools make fast-check hit them constantly.
 */
const TIMESTAMPS = [
  '2026-01-10T13:00:00Z',
  '2026-01-10T14:00:00+01:00', // the same instant as the line above, spelled differently
  '2026-01-10T13:30:00Z',
  '2026-01-10T13:30:00.000001Z',
  '2026-01-10T08:30:00-05:00',
  '2026-01-11T00:00:00+09:00',
  '2025-12-01T00:00:00Z', // weeks earlier: outside the default 14-day window of later events
];
const AGENTS = ['toast', 'waffle', 'Zed', 'crêpe', '🥞'];
const FILES = ['a.md', 'b.md', '2026-01-10T13-00-00.000Z_toast_k3f9.md', 'ü.md'];
const TEXTS = ['ship it', 'Ship it', 'fix hooks', 'multi\nline', '🚀 launch', '\uFF61 halfwidth', '---', '# not a heading'];
const KEYS = ['__proto__', 'constructor', 'toString', 'test-runner', 'runner', '😀'];
const BRANCHES = ['main', 'feat/a', 'fix/b'];

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);

/** A valid event text in the seed format, written by `serializeEvent`. */
export const eventTextArb = fc
  .record(
    {
      ts: pick(TIMESTAMPS),
      agent: pick(AGENTS),
      branch: fc.option(pick(BRANCHES), { nil: undefined }),
      now: fc.option(pick(TEXTS), { nil: undefined }),
      thisSession: fc.uniqueArray(pick(TEXTS), { maxLength: 3 }),
      inProgress: fc.option(fc.uniqueArray(pick(TEXTS), { maxLength: 2 }), { nil: undefined }),
      decisions: fc.uniqueArray(fc.tuple(pick(KEYS), pick(TEXTS)), { maxLength: 3, selector: ([key]) => key }),
      checkpoints: fc.array(
        fc.record({ phase: pick(['1', '2', 'α']), status: pick(['done', 'validated']), updated: pick(TIMESTAMPS) }),
        { maxLength: 2 },
      ),
      openQuestions: fc.uniqueArray(pick(TEXTS), { maxLength: 2 }),
      resolvedQuestions: fc.uniqueArray(pick(TEXTS), { maxLength: 1 }),
    },
    { requiredKeys: ['ts', 'agent', 'thisSession', 'decisions', 'checkpoints', 'openQuestions', 'resolvedQuestions'] },
  )
  .map((e) =>
    serializeEvent(
      { ts: e.ts, agent: e.agent, branch: e.branch, type: 'session_end' },
      {
        now: e.now,
        this_session: e.thisSession,
        in_progress: e.inProgress,
        decisions: new Map(e.decisions),
        checkpoints: e.checkpoints,
        open_questions: e.openQuestions,
        resolved_questions: e.resolvedQuestions,
      },
    ),
  );

export const eventArb: fc.Arbitrary<LedgerEvent> = fc.tuple(pick(FILES), eventTextArb).map(([file, text]) => {
  const result = parseEvent(text, file);
  if (!result.ok) throw new Error(`generated an invalid event (${result.issue.reason}):\n${text}`);
  return result.event;
});

export const eventsArb = fc.array(eventArb, { maxLength: 12 });

/** A permutation of `items`, driven by fast-check (so failures shrink and replay). */
export function permutationOf<T>(items: readonly T[]): fc.Arbitrary<T[]> {
  return fc
    .array(fc.nat(), { minLength: items.length, maxLength: items.length })
    .map((keys) => items.map((item, i) => ({ item, key: keys[i]!, i })).sort((a, b) => a.key - b.key || a.i - b.i).map((x) => x.item));
}
