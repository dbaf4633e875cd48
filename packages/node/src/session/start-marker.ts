import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createFileExclusive, writeFileAtomic } from '../atomic-write.js';
import { endsRun, readEndMarker } from './end-marker.js';
import { ensureStateDir, startMarkerPath } from './paths.js';

/** Left by SessionStart so SessionEnd can tell which commits the session made. */
export interface StartMarker {
  readonly session: string;
  readonly startedAt: string;
  readonly startedMs: number;
  readonly head: string | undefined;
  readonly branch: string | undefined;
  readonly cwd: string;
  /** The agent CLI that ran the session when not Claude Code (`codex`, `gemini`): names its agent id. */
  readonly cli?: string;
  /** The transcript Claude Code named at SessionStart: what a recovery reads the session's tasks from. */
  readonly transcriptPath?: string | undefined;
  /** The process running the session (Claude Code), so a later hook can prove the session is over. */
  readonly pid?: number | undefined;
  /** Its start time (/proc/<pid>/stat field 22): a reused pid is not mistaken for the session. */
  readonly pidStart?: string | undefined;
  readonly host?: string | undefined;
}

/**
 * Record the session's start. The first start of a run wins: a compaction or resume of a running
 * session must not move the baseline past commits the session already made. Once SessionEnd has
 * closed the run, a start under the same id (`claude --resume <id>` of an ended session) begins a
 * new run with a new baseline, so its end publishes what it did and not the earlier run again.
 */
export function writeStartMarker(root: string, marker: StartMarker): boolean {
  const path = startMarkerPath(root, marker.session);
  ensureStateDir(root);
  mkdirSync(dirname(path), { recursive: true });
  const existing = readStartMarker(root, marker.session);
  if (existing && endsRun(readEndMarker(root, marker.session), existing)) {
    writeFileAtomic(path, `${JSON.stringify(marker)}\n`);
    return true;
  }
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
      ...(typeof value.cli === 'string' ? { cli: value.cli } : {}),
      transcriptPath: typeof value.transcriptPath === 'string' ? value.transcriptPath : undefined,
      pid: typeof value.pid === 'number' && Number.isInteger(value.pid) ? value.pid : undefined,
      pidStart: typeof value.pidStart === 'string' ? value.pidStart : undefined,
      host: typeof value.host === 'string' ? value.host : undefined,
    };
  } catch {
    return undefined;
  }
}

/**
 * The session's current run: its latest start among the roots it may have used (the checkout it
 * started in and the worktree it moved to).
 */
export function latestStart(roots: readonly string[], session: string): { root: string; marker: StartMarker } | undefined {
  let best: { root: string; marker: StartMarker } | undefined;
  for (const root of roots) {
    const marker = readStartMarker(root, session);
    if (marker && (!best || marker.startedMs > best.marker.startedMs)) best = { root, marker };
  }
  return best;
}
