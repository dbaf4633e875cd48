import { existsSync, writeFileSync } from 'node:fs';

export type PausePoint = 'AFTER_LOCK' | 'AFTER_PLAN' | 'BEFORE_RENAME';

const tick = new Int32Array(new SharedArrayBuffer(4));

/**
 * TEST ONLY: lets the fault suite stop a synthesizer at an exact point, without sleeps, to kill it
 * there. With LEDGER_SYNTH_TEST_PAUSE_<POINT>=<file> set, the process writes its pid to <file> on
 * reaching the point, then blocks until <file>.go exists (or it is killed). Unset (always, outside
 * tests), this is one environment lookup.
 */
export function testPause(env: NodeJS.ProcessEnv, point: PausePoint): void {
  const marker = env[`LEDGER_SYNTH_TEST_PAUSE_${point}`];
  if (!marker) return;
  writeFileSync(marker, String(process.pid));
  while (!existsSync(`${marker}.go`)) Atomics.wait(tick, 0, 0, 10);
}
