import { describe, expect, it } from 'vitest';
import { testdir } from '../helpers/testdir.js';
import { measureSessionStart, runTeamSim } from './sim.js';

describe('team simulation (reduced form of scripts/team-sim.mjs)', () => {
  it('4 clones × 3 sessions through a merge queue: no conflict, nothing lost, ids unique and stable, identical ledgers', async () => {
    const lines: string[] = [];
    const figures = await runTeamSim({ dir: testdir(), clones: 4, sessions: 3, seed: 20261130, log: (line) => lines.push(line) });
    expect(lines).toEqual([]);
    expect(figures).toMatchObject({
      branchesLanded: 12,
      conflicts: 0,
      recordedItems: 12,
      lostItems: 0,
      ids: 12,
      idsUnique: true,
      idChangesAfterPublication: 0,
      distinctLedgers: 1,
    });
  }, 240_000);

  it('SessionStart shows remote branches in flight, bounded (3 branches × 5 events, untimed)', async () => {
    const result = await measureSessionStart({ dir: testdir(), branches: 3, perBranch: 5, runs: 1, timeoutMs: 60_000 });
    expect(result.note).toBeUndefined();
    expect(result.total).toBe(15);
    expect(result.shown).toBeGreaterThan(0);
    expect(result.contextChars).toBeLessThan(10_000);
  }, 120_000);
});
