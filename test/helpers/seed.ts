/**
 * The one seed every fast-check property uses (vitest setupFiles → fc.configureGlobal), so a run
 * replays exactly: fixed by default, printed once per run, overridable with LEDGER_SYNTH_SEED=<n>
 * (replay a run) or LEDGER_SYNTH_SEED=random (explore; the seed drawn is printed for replay).
 */
export const DEFAULT_SEED = 20_261_130;
export const SEED_VARIABLE = 'LEDGER_SYNTH_SEED';

export function resolveSeed(env: NodeJS.ProcessEnv): { seed: number; source: 'default' | 'environment' | 'random' } {
  const raw = env[SEED_VARIABLE]?.trim();
  if (!raw) return { seed: DEFAULT_SEED, source: 'default' };
  if (raw === 'random') return { seed: Math.floor(Math.random() * 0x7fffffff), source: 'random' };
  const seed = Number(raw);
  if (!Number.isSafeInteger(seed)) throw new Error(`${SEED_VARIABLE} must be an integer or "random", not ${JSON.stringify(raw)}`);
  return { seed: seed | 0, source: 'environment' };
}
