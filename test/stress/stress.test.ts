import { describe, expect, it } from 'vitest';
import { runStress, stressProblems } from '../../scripts/stress.mjs';
import { testdir } from '../helpers/testdir.js';

// The reduced form of `npm run stress` (8 writers × 500 events, 4 synthesizers): real writer and
// synthesizer processes racing on one stream while this process samples current.md.
describe('stress (reduced: 4 writers × 25 events, 2 synthesizers)', () => {
  it('loses no event, never shows a torn ledger, leaves nothing behind, and ends equal to a clean re-synthesis', async () => {
    const report = await runStress({ writers: 4, eventsPerWriter: 25, synthesizers: 2, dir: testdir() });
    expect(stressProblems(report, 100)).toEqual([]);
    expect(report.samples).toBeGreaterThan(0);
    expect(report.footerCount).toBe(100);
    expect(report.synthesisRuns).toBeGreaterThanOrEqual(2);
  }, 180_000);
});
