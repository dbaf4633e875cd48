import { readFileSync } from 'node:fs';
import { writeFileAtomic } from '../atomic-write.js';
import { endMarkerPath, ensureStateDir } from './paths.js';
import type { StartMarker } from './start-marker.js';

/**
 * Left by SessionEnd once a run of the session is published (or had nothing to publish). A session
 * can run more than once under one id (`claude --resume <id>`, `--continue`): the marker names the
 * start it closed, so a doubled SessionEnd of the same run publishes nothing while the end of a
 * resumed run still publishes what that run did.
 */
export interface EndMarker {
  readonly session: string;
  /** File name of the published event; null when the run recorded and captured nothing. */
  readonly event: string | null;
  readonly at: string;
  /** `startedMs` of the start marker this end closed; null when there was none; undefined in markers written before runs were tracked. */
  readonly startedMs: number | null | undefined;
  /** Set when a later hook or command published the run because the session was over without a SessionEnd. */
  readonly recovered?: boolean | undefined;
}

export function writeEndMarker(root: string, marker: EndMarker): void {
  ensureStateDir(root);
  writeFileAtomic(endMarkerPath(root, marker.session), `${JSON.stringify(marker)}\n`);
}

/** The marker, or undefined when absent or unreadable. */
export function readEndMarker(root: string, session: string): EndMarker | undefined {
  let value: Partial<EndMarker>;
  try {
    value = JSON.parse(readFileSync(endMarkerPath(root, session), 'utf8')) as Partial<EndMarker>;
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  return {
    session,
    event: typeof value.event === 'string' ? value.event : null,
    at: String(value.at ?? ''),
    startedMs: typeof value.startedMs === 'number' || value.startedMs === null ? value.startedMs : undefined,
    recovered: value.recovered === true ? true : undefined,
  };
}

/** Whether `end` closed the run that `start` began (i.e. that run has already been published). */
export function endsRun(end: EndMarker | undefined, start: StartMarker | undefined): boolean {
  if (!end) return false;
  // An older marker names no run: it closed whatever had started by the time it was written.
  if (end.startedMs === undefined) {
    const endedMs = Date.parse(end.at);
    return start === undefined || Number.isNaN(endedMs) || start.startedMs <= endedMs;
  }
  return end.startedMs === (start?.startedMs ?? null);
}

/** Whether any of the session's roots holds an end marker that closed the run `start` began. */
export function runIsClosed(roots: readonly string[], session: string, start: StartMarker | undefined): boolean {
  return roots.some((root) => endsRun(readEndMarker(root, session), start));
}
