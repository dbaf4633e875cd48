import { setFlagsFromString } from 'node:v8';

/**
 * Parsing this many event files in one run switches V8 to its memory-saving heuristics. Folding
 * 100k uncached events peaks at ~230 MiB RSS with the defaults (the YAML parser leaves much
 * short-lived garbage, and the heap grows ahead of it) and at ~170 MiB with them, for ~12% more
 * time; small and warm runs never pay that.
 */
export const LOW_MEMORY_MIN_FILES = 25_000;

let switched = false;

/**
 * Prefer memory over speed for the rest of this process. `--optimize-for-size` only steers GC and
 * heap-sizing decisions, which V8 reads each time it makes one, so turning it on mid-run is safe;
 * where a runtime refuses flag changes this is a no-op (speed and output are unaffected).
 */
export function preferLowMemory(): void {
  if (switched) return;
  switched = true;
  try {
    setFlagsFromString('--optimize-for-size');
  } catch {}
}

/** The threshold for a run: LEDGER_SYNTH_LOW_MEMORY_FILES (0 = never), else the default. */
export function lowMemoryThreshold(env: NodeJS.ProcessEnv): number {
  const raw = env.LEDGER_SYNTH_LOW_MEMORY_FILES;
  const value = raw === undefined || raw.trim() === '' ? NaN : Number(raw);
  if (!Number.isInteger(value) || value < 0) return LOW_MEMORY_MIN_FILES;
  return value === 0 ? Number.POSITIVE_INFINITY : value;
}
