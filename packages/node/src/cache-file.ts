import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Small JSON notes in a stream's cache directory (next to its segments). Reading one that is
 * missing or unparseable gives undefined; writing is atomic (unique temp file + rename) and never
 * fails a run: a cache that cannot be written only costs speed.
 */
export function readCacheJson(dir: string, name: string): unknown {
  try {
    return JSON.parse(readFileSync(join(dir, name), 'utf8'));
  } catch {
    return undefined;
  }
}

export function writeCacheJson(dir: string, name: string, value: unknown): void {
  const temp = join(dir, `.${name}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, JSON.stringify(value), { flag: 'wx' });
    renameSync(temp, join(dir, name));
  } catch {
    try {
      unlinkSync(temp);
    } catch {}
  }
}
