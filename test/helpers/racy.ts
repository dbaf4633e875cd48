import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * With the cache's racy window at 0 (LEDGER_SYNTH_CACHE_RACY_MS=0), a file is still racy within
 * the millisecond it was changed in. Wait, by polling the clock (no fixed sleep), until it has
 * passed the ctime of every given path and of every file in the given directories (by `racyMs`
 * more, for a test that runs with that racy window).
 */
export async function waitPastChanges(paths: readonly string[], withinMs = 10_000, racyMs = 0): Promise<void> {
  let newest = 0;
  for (const path of paths) {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) continue;
    newest = Math.max(newest, stat.ctimeMs);
    if (stat.isDirectory()) for (const name of readdirSync(path)) newest = Math.max(newest, statSync(join(path, name)).ctimeMs);
  }
  const deadline = Date.now() + withinMs;
  while (Date.now() <= newest + racyMs + 1) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the clock to pass the newest ctime');
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}
