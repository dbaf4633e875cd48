import { readdirSync, statSync, unlinkSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseEvent } from '@ledger-synth/core';
import { loadConfig } from '../config.js';
import { loadEventText } from '../read-events.js';
import { readEndMarker, runIsClosed } from './end-marker.js';
import { processState } from './liveness.js';
import { draftPath, sessionStem, sessionsDir, stateDir } from './paths.js';
import { publishRun, type SessionEndResult } from './session-end.js';
import { readStartMarker, type StartMarker } from './start-marker.js';

export interface RecoverOptions {
  /** The ledger root (checkout) whose stranded sessions are published. */
  readonly root: string;
  readonly env: NodeJS.ProcessEnv;
  readonly nowMs: number;
  /** The caller's own session: never recovered by this call (its own SessionEnd or `record` handles it). */
  readonly exclude?: string | undefined;
  /** At most this many sessions are published per call (the rest wait for the next hook). Default 5. */
  readonly maxSessions?: number;
  /** Start no further recovery after this instant (Date.now() ms): SessionEnd has a tight budget. */
  readonly stopAtMs?: number;
}

export interface RecoveredSession {
  readonly session: string;
  /** Why the session is taken as over. */
  readonly why: 'process-gone' | 'idle';
  readonly result: SessionEndResult;
}

/**
 * Publish, as each one's single `session_end` event with `reason: recovered`, the sessions of this
 * checkout that are provably over without having reached SessionEnd (a crash, a closed terminal,
 * SessionEnd cancelled past its budget, a machine that slept): their draft plus what SessionEnd would
 * have captured (commits since the start marker, tasks from the transcript).
 *
 * Over means: the process that ran the session (recorded at SessionStart: pid, its start time and
 * host) is gone or its pid belongs to another process now; or, when that cannot be checked (another
 * host, a marker written before pids were recorded, a draft without a start marker here), its
 * transcript, draft and start have all been idle for `recover_idle_minutes`. A session whose process
 * is alive is never recovered, however idle.
 *
 * Exactly once: each publication runs under the session's end lock and re-checks that the run is
 * still open and still the run judged over, exactly like SessionEnd, so racing recoverers and a late
 * SessionEnd publish the run once between them. Best effort: an unreadable marker or draft is skipped.
 */
export async function recoverStrandedSessions(options: RecoverOptions): Promise<RecoveredSession[]> {
  const { root, env, nowMs } = options;
  const max = options.maxSessions ?? 5;
  const idleMs = loadConfig(root, env).recoverIdleMinutes * 60_000;
  const recovered: RecoveredSession[] = [];
  for (const candidate of strandedCandidates(root, nowMs, idleMs, options.exclude)) {
    if (recovered.length >= max) break;
    if (options.stopAtMs !== undefined && Date.now() >= options.stopAtMs) break;
    const result = await publishRun({
      session: candidate.session,
      home: root,
      roots: [root],
      workDir: undefined,
      transcriptPath: candidate.marker?.transcriptPath,
      reason: 'recovered',
      env,
      nowMs,
      // Someone else holding the lock is publishing or recovering it already.
      lockTimeoutMs: 200,
      expectedStartMs: candidate.marker?.startedMs ?? null,
    });
    recovered.push({ session: candidate.session, why: candidate.why, result });
  }
  return recovered;
}

interface Candidate {
  readonly session: string;
  readonly marker: StartMarker | undefined;
  readonly why: RecoveredSession['why'];
}

/** Markers of runs closed longer ago than this are removed by the scan: the next hook reads only recent ones. */
const PRUNE_CLOSED_MS = 7 * 24 * 3_600_000;

/**
 * The sessions of `root` judged over, oldest start first. Reads markers and drafts; the only write
 * is pruning: the start and end markers of a run closed more than 7 days ago are removed (a resume
 * after that simply starts a new run).
 */
export function strandedCandidates(root: string, nowMs: number, idleMs: number, exclude?: string): Candidate[] {
  const found: (Candidate & { sinceMs: number })[] = [];
  const withMarker = new Set<string>();
  for (const name of list(sessionsDir(root))) {
    if (!name.endsWith('.start.json')) continue;
    const stem = name.slice(0, -'.start.json'.length);
    withMarker.add(stem);
    const marker = readStartMarker(root, stem);
    // The stem is derived from the id: a marker naming another session is not trusted.
    if (!marker || sessionStem(marker.session) !== stem || marker.session === exclude) continue;
    if (runIsClosed([root], marker.session, marker)) {
      pruneIfOld(root, marker.session, stem, nowMs);
      continue;
    }
    const why = judge(marker, root, nowMs, idleMs);
    if (why) found.push({ session: marker.session, marker, why, sinceMs: marker.startedMs });
  }
  for (const name of list(`${stateDir(root)}/drafts`)) {
    if (!name.endsWith('.md') || name.startsWith('.')) continue;
    const stem = name.slice(0, -'.md'.length);
    if (withMarker.has(stem)) continue;
    const path = `${stateDir(root)}/drafts/${name}`;
    const session = draftSession(path);
    if (!session || sessionStem(session) !== stem || session === exclude) continue;
    // No start marker here: nothing tells which process owns it, so only idleness can end it.
    const mtime = mtimeMs(path);
    if (mtime !== undefined && nowMs - mtime > idleMs) found.push({ session, marker: undefined, why: 'idle', sinceMs: mtime });
  }
  return found.sort((a, b) => a.sinceMs - b.sinceMs).map(({ session, marker, why }) => ({ session, marker, why }));
}

function pruneIfOld(root: string, session: string, stem: string, nowMs: number): void {
  const end = readEndMarker(root, session);
  const endedMs = end ? Date.parse(end.at) : Number.NaN;
  if (Number.isNaN(endedMs) || nowMs - endedMs < PRUNE_CLOSED_MS) return;
  for (const suffix of ['.start.json', '.end.json']) {
    try {
      unlinkSync(join(sessionsDir(root), `${stem}${suffix}`));
    } catch {}
  }
}

function judge(marker: StartMarker, root: string, nowMs: number, idleMs: number): RecoveredSession['why'] | undefined {
  if (marker.pid !== undefined) {
    const state = processState({ pid: marker.pid, startTime: marker.pidStart, host: marker.host });
    if (state === 'alive') return undefined;
    if (state === 'gone') return 'process-gone';
  }
  const last = Math.max(
    marker.startedMs,
    mtimeMs(draftPath(root, marker.session)) ?? 0,
    (marker.transcriptPath && mtimeMs(marker.transcriptPath)) || 0,
  );
  return nowMs - last > idleMs ? 'idle' : undefined;
}

/** The session a draft belongs to (its frontmatter `session`), or undefined when unreadable. */
function draftSession(path: string): string | undefined {
  const loaded = loadEventText(path, 1024 * 1024);
  if (!loaded.ok) return undefined;
  const parsed = parseEvent(loaded.text, basename(path));
  return parsed.ok ? parsed.event.session : undefined;
}

function mtimeMs(path: string): number | undefined {
  try {
    const info = statSync(path);
    return info.isFile() ? info.mtimeMs : undefined;
  } catch {
    return undefined;
  }
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

/** One line for people: what a recovery published (empty when nothing). */
export function describeRecovery(recovered: readonly RecoveredSession[]): string {
  const published = recovered.filter((r) => r.result.status === 'published' || r.result.status === 'nothing-to-record');
  if (published.length === 0) return '';
  const events = published.filter((r) => r.result.status === 'published').length;
  return `recovered ${published.length} session${published.length === 1 ? '' : 's'} that ended without SessionEnd (${events} event${events === 1 ? '' : 's'} published)`;
}
