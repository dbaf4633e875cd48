import { LedgerError, formatInstant } from '@ledger-synth/core';

/**
 * `generated_at` for a fresh render: SOURCE_DATE_EPOCH (seconds, reproducible builds) when set,
 * else the wall clock, to whole seconds.
 */
export function generatedAtFor(env: NodeJS.ProcessEnv, nowMs: number = Date.now()): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch)) throw new LedgerError('E_CONFIG', `SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${epoch.slice(0, 40)}"`);
    return formatInstant(Number(epoch) * 1000);
  }
  return formatInstant(Math.floor(nowMs / 1000) * 1000);
}
