import { describe, expect, it } from 'vitest';
import { runStress, stressProblems } from '../../scripts/stress.mjs';
import { testdir } from '../helpers/testdir.js';

// The reduced form of `npm run stress` (8 writers × 500 events, 4 synthesizers): real writer and
// synthesizer processes racing on one stream while this process samples current.md.
describe('stress (reduced: 4 writers × 50 events, 2 synthesizers)', () => {
  it('loses no event, never shows a torn ledger, leaves nothing behind, and ends equal to a clean re-synthesis', async () => {
    const report = await runStress({ writers: 4, eventsPerWriter: 50, synthesizers: 2, dir: testdir() });
    expect(stressProblems(report, 200)).toEqual([]);
    expect(report.samples).toBeGreaterThan(0);
    expect(report.footerCount).toBe(200);
    expect(report.synthesisRuns).toBeGreaterThanOrEqual(2);
  }, 180_000);
});
