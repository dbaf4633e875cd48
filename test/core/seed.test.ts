// Property tests replay: one seed per run, from the environment or a fixed default (issue 12).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, resolveSeed } from '../helpers/seed.js';

describe('fast-check seed', () => {
  it('every property in this worker runs with the run seed (setupFiles configured it)', () => {
    expect(fc.readConfigureGlobal().seed).toBe(resolveSeed(process.env).seed);
    // The same property with the same seed draws the same values: a failure replays.
    const draw = () => fc.sample(fc.string(), { numRuns: 5, seed: fc.readConfigureGlobal().seed });
    expect(draw()).toEqual(draw());
  });

  it('is fixed by default, taken from LEDGER_SYNTH_SEED, or drawn when it says random', () => {
    expect(resolveSeed({})).toEqual({ seed: DEFAULT_SEED, source: 'default' });
    expect(resolveSeed({ LEDGER_SYNTH_SEED: ' 42 ' })).toEqual({ seed: 42, source: 'environment' });
    expect(resolveSeed({ LEDGER_SYNTH_SEED: 'random' }).source).toBe('random');
    expect(() => resolveSeed({ LEDGER_SYNTH_SEED: 'forty-two' })).toThrow(/LEDGER_SYNTH_SEED must be an integer/);
  });
});
