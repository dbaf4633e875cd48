import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createFileExclusive } from '../atomic-write.js';
import { startMarkerPath } from './paths.js';

/** Left by SessionStart so SessionEnd can tell which commits the session made. */
export interface StartMarker {
  readonly session: string;
  readonly startedAt: string;
  readonly startedMs: number;
  readonly head: string | undefined;
  readonly branch: string | undefined;
  readonly cwd: string;
}

/**
 * Record the session's start. The first start wins: a resume, /clear or compaction of the same
 * session must not move the baseline past commits the session already made.
 */
export function writeStartMarker(root: string, marker: StartMarker): boolean {
  const path = startMarkerPath(root, marker.session);
  mkdirSync(dirname(path), { recursive: true });
  try {
    createFileExclusive(path, `${JSON.stringify(marker)}\n`);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** The marker, or undefined when absent or unreadable (a missing baseline only means fewer captured commits). */
export function readStartMarker(root: string, session: string): StartMarker | undefined {
  try {
    const value = JSON.parse(readFileSync(startMarkerPath(root, session), 'utf8')) as Partial<StartMarker>;
    if (typeof value.startedMs !== 'number' || typeof value.session !== 'string') return undefined;
    return {
      session: value.session,
      startedAt: String(value.startedAt ?? ''),
      startedMs: value.startedMs,
      head: typeof value.head === 'string' ? value.head : undefined,
      branch: typeof value.branch === 'string' ? value.branch : undefined,
      cwd: String(value.cwd ?? ''),
    };
  } catch {
    return undefined;
  }
}
