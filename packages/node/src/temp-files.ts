import { readdirSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isProcessAlive } from './lock.js';

/**
 * Remove temp files that a writer of `target` left behind when it was killed mid-write
 * (`.<name>.<pid>.<random>.tmp`, see tempPathFor). Only files whose pid is no longer running are
 * removed; call it while holding the stream's lock, so no live writer of `target` can be among them.
 */
export function removeDeadTempFiles(target: string): number {
  const prefix = `.${basename(target)}.`;
  let names: string[];
  try {
    names = readdirSync(dirname(target));
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const match = /^(\d+)\.[0-9a-f]{12}\.tmp$/.exec(name.slice(prefix.length));
    if (!match || Number(match[1]) === process.pid || isProcessAlive(Number(match[1]))) continue;
    try {
      unlinkSync(join(dirname(target), name));
      removed++;
    } catch {}
  }
  return removed;
}
