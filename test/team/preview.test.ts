import { describe, expect, it } from 'vitest';
import { foldEvents, parseEvent, previewAllBranches, renderLedger, type LedgerEvent } from '@ledger-synth/core';

function event(ts: string, agent: string, body: string): LedgerEvent {
  const parsed = parseEvent(`---\nts: ${ts}\nagent: ${agent}\n---\n${body}`, `${ts}_${agent}.md`);
  if (!parsed.ok) throw new Error(parsed.issue.reason);
  return parsed.event;
}

const head = [event('2026-01-10T09:00:00Z', 'ann', 'decisions:\n  db: mysql\n  style: tabs\n')];
const b = event('2026-01-10T10:00:00Z', 'bob', 'decisions:\n  db: sqlite\n  style: tabs\n');
const c = event('2026-01-10T08:00:00Z', 'cat', 'decisions:\n  db: postgres\n');

describe('preview: the ledger once every branch lands', () => {
  it('is the same fold as merging everything, whatever the order (byte-identical render)', () => {
    const preview = previewAllBranches(foldEvents(head), [
      { event: c, branches: ['origin/c'] },
      { event: b, branches: ['origin/b', 'origin/c'] },
    ]);
    const all = renderLedger(foldEvents([b, ...head, c]), { generatedAt: '2026-01-11T00:00:00Z' });
    expect(renderLedger(preview.state, { generatedAt: '2026-01-11T00:00:00Z' })).toBe(all);
    expect(preview.added).toBe(2);
  });

  it('names a key decided differently on two sides, with every side and the LWW winner; agreeing sides are no conflict', () => {
    const preview = previewAllBranches(foldEvents(head), [
      { event: c, branches: ['origin/c'] },
      { event: b, branches: ['origin/b'] },
    ]);
    expect(preview.conflicts.map((x) => x.key)).toEqual(['db']); // style: tabs everywhere
    const [db] = preview.conflicts;
    expect(db!.sides.map((s) => `${s.source}=${s.value}@${s.stamp.agent}`)).toEqual(['HEAD=mysql@ann', 'origin/b=sqlite@bob', 'origin/c=postgres@cat']);
    // cat's clock says 08:00: older than HEAD's, so LWW keeps bob's (the latest stamp), and says so.
    expect(db!.winner.value).toBe('sqlite');
    expect(db!.winner.stamp.agent).toBe('bob');
  });

  it('one branch changing its own mind twice is not a conflict', () => {
    const early = event('2026-01-10T10:00:00Z', 'bob', 'decisions:\n  cache: lru\n');
    const late = event('2026-01-10T11:00:00Z', 'bob', 'decisions:\n  cache: arc\n');
    const preview = previewAllBranches(foldEvents([]), [
      { event: early, branches: ['origin/b'] },
      { event: late, branches: ['origin/b'] },
    ]);
    expect(preview.conflicts).toEqual([]);
  });
});
