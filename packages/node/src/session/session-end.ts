import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { LedgerError, formatInstant, sanitizeAgentId } from '@ledger-synth/core';
import { loadConfig } from '../config.js';
import { acquireLock, type LockHandle } from '../lock.js';
import { writeEventFile } from '../write-event.js';
import { agentIdFor, isAgentCli, type AgentCli } from './cli-adapters.js';
import { draftToBody, emptyDraft, isDraftEmpty, mergeDrafts, readDraft, removeDraft, type Draft } from './draft.js';
import { commitsSince, readGitState } from './git-state.js';
import type { HookInput } from './hook-input.js';
import { runIsClosed, writeEndMarker } from './end-marker.js';
import { draftPath, endLockPath, ensureStateDir, existingDir, ledgerRootOf, startMarkerPath } from './paths.js';
import { recoverStrandedSessions } from './recover.js';
import { latestStart } from './start-marker.js';
import { readTranscriptTodos } from './transcript-todos.js';

export interface SessionEndOptions {
  readonly input: HookInput;
  readonly env: NodeJS.ProcessEnv;
  readonly nowMs: number;
  /** Fallback working directory when the input has none (the hook process's cwd). */
  readonly processCwd: string;
  /** Which agent CLI ran the session (default: the one its start marker names, else claude). */
  readonly cli?: AgentCli;
  /** How long the transcript read may take before it captures nothing (default 500 ms). */
  readonly transcriptTimeoutMs?: number;
  /** Also recover other stranded sessions of the checkout afterwards (default true). */
  readonly recoverOthers?: boolean;
}

export type SessionEndResult =
  | { readonly status: 'published'; readonly path: string; readonly display: string }
  | { readonly status: 'already-published' | 'nothing-to-record' | 'busy' | 'outside-repository' | 'superseded'; readonly display: string };

/**
 * Publish this session's one event. It goes to the checkout (worktree) where the session recorded
 * its draft or started, whatever `cwd` the input carries (the model may have run `cd /tmp` or moved
 * into another repository): among the input's cwd and $CLAUDE_PROJECT_DIR, the first whose ledger
 * root holds the session's draft or start marker, else $CLAUDE_PROJECT_DIR's, else cwd's. Outside
 * any ledger root nothing is written. Never touches current.md. Idempotent: a second run for the
 * same session run (or one after a recovery published it) publishes nothing.
 */
export async function publishSessionEnd(options: SessionEndOptions): Promise<SessionEndResult> {
  const { input, env } = options;
  const session = input.sessionId;
  if (!session) throw new LedgerError('E_USAGE', 'the hook input has no "session_id"; nothing can be published for an unknown session');
  const cwd = existingDir(input.cwd) ?? existingDir(env.CLAUDE_PROJECT_DIR) ?? options.processCwd;
  const cwdRoot = ledgerRootOf(cwd);
  const projectRoot = ledgerRootOf(env.CLAUDE_PROJECT_DIR);
  const roots = uniq([cwdRoot, projectRoot].filter((root): root is string => root !== undefined));
  const holdsSession = (root: string) => existsSync(draftPath(root, session)) || existsSync(startMarkerPath(root, session));
  const home = roots.find(holdsSession) ?? projectRoot ?? cwdRoot;
  if (!home) {
    return { status: 'outside-repository', display: `${cwd} is not in a git repository or ledger root: nothing published` };
  }
  const startedAt = Date.now();
  const result = await publishRun({
    session,
    home,
    roots,
    workDir: home === cwdRoot ? cwd : undefined,
    transcriptPath: input.transcriptPath,
    reason: input.reason ?? 'other',
    env,
    nowMs: options.nowMs,
    transcriptTimeoutMs: options.transcriptTimeoutMs,
    lockTimeoutMs: 1_000,
    cli: options.cli,
  });
  // Then, with what is left of the budget, other sessions of this checkout that ended without a
  // SessionEnd. Best effort: whatever is not done here, the next hook or command does.
  if (options.recoverOthers !== false) {
    try {
      await recoverStrandedSessions({ root: home, env, nowMs: options.nowMs, exclude: session, maxSessions: 2, stopAtMs: startedAt + 700 });
    } catch {}
  }
  return result;
}

export interface PublishRunOptions {
  readonly session: string;
  /** Ledger root the event is published into (its config decides the events directory). */
  readonly home: string;
  /** Every ledger root where the session's draft and markers may be (home is added). */
  readonly roots: readonly string[];
  /** Where to read the branch and commits; default: the start marker's cwd when it is in `home`, else `home`. */
  readonly workDir: string | undefined;
  readonly transcriptPath: string | undefined;
  /** Frontmatter `reason` (SessionEnd's input reason, or `recovered`). */
  readonly reason: string;
  readonly env: NodeJS.ProcessEnv;
  readonly nowMs: number;
  readonly transcriptTimeoutMs?: number | undefined;
  readonly lockTimeoutMs: number;
  /** Which agent CLI ran the session (default: the one its start marker names, else claude). */
  readonly cli?: AgentCli | undefined;
  /**
   * Recovery only: publish only while the run is still the one the recoverer judged over (same start
   * marker `startedMs`, null for a draft without a start marker). A resume that began a new run since
   * makes this 'superseded'.
   */
  readonly expectedStartMs?: number | null;
}

/**
 * Publish one run of a session as its one event, under the session's end lock (taken in the root
 * of its start marker, so SessionEnd and every recoverer serialise on the same file), then close
 * the run with end markers and remove its drafts. Shared by SessionEnd and recovery.
 */
export async function publishRun(options: PublishRunOptions): Promise<SessionEndResult> {
  const { session, env, nowMs } = options;
  const roots = uniq([options.home, ...options.roots]);
  const lockRoot = latestStart(roots, session)?.root ?? options.home;
  ensureStateDir(lockRoot);
  let lock: LockHandle;
  try {
    lock = await acquireLock(endLockPath(lockRoot, session), { timeoutMs: options.lockTimeoutMs, staleMs: 10_000 });
  } catch (error) {
    if (error instanceof LedgerError && error.code === 'E_LOCK_TIMEOUT') return { status: 'busy', display: 'another run is publishing this session' };
    throw error;
  }
  // A hook that is given up on (deadline) exits the process: the lock goes with it, not left behind.
  const releaseOnExit = () => lock.release();
  process.once('exit', releaseOnExit);
  try {
    const config = loadConfig(options.home, env);
    // The run this end closes: the latest start of the session in any of its roots.
    const started = latestStart(roots, session);
    const marker = started?.marker;
    if (options.expectedStartMs !== undefined && (marker?.startedMs ?? null) !== options.expectedStartMs) {
      return { status: 'superseded', display: 'the session started a new run since it was judged over' };
    }
    if (runIsClosed(roots, session, marker)) return { status: 'already-published', display: 'this session run has already been published' };
    // Also beside the start marker, so a resume there knows this run is closed and starts a new one.
    const closeRun = (event: string | null, at: string) => {
      const recovered = options.reason === 'recovered';
      for (const root of uniq([config.root, ...(started ? [started.root] : [])])) {
        writeEndMarker(root, { session, event, at, startedMs: marker?.startedMs ?? null, ...(recovered ? { recovered: true } : {}) });
      }
    };

    // Earlier roots first, the home's own draft last (its entries win).
    let draft: Draft = emptyDraft();
    for (const root of [...roots].reverse()) draft = mergeDrafts(draft, readDraft(draftPath(root, session)) ?? emptyDraft());
    const markerCwd = marker && existingDir(marker.cwd) && ledgerRootOf(marker.cwd) === config.root ? marker.cwd : undefined;
    const workDir = options.workDir ?? markerCwd ?? config.root;
    const gitState = readGitState(workDir);
    const commits = gitState && marker ? commitsSince(workDir, marker.head, marker.startedMs) : [];
    const todos = await readTranscriptTodos(options.transcriptPath ?? marker?.transcriptPath, {
      sinceMs: marker?.startedMs,
      timeoutMs: options.transcriptTimeoutMs,
    });

    const captured: Draft = {
      ...emptyDraft(),
      // A session that recorded no Now is still described by what it was doing when it ended.
      now: draft.now === undefined && todos.inProgress.length > 0 ? `In progress: ${todos.inProgress[0]}` : undefined,
      thisSession: [...commits.map((c) => `Committed ${c.short}: ${c.subject}`), ...todos.completed],
    };
    const body = mergeDrafts(draft, captured);
    if (isDraftEmpty(body) && todos.inProgress.length === 0) {
      closeRun(null, formatInstant(nowMs));
      for (const root of roots) removeDraft(draftPath(root, session));
      return { status: 'nothing-to-record', display: 'nothing recorded or captured in this session' };
    }

    const cli = options.cli ?? (isAgentCli(marker?.cli) ? marker.cli : 'claude');
    const agent = sanitizeAgentId(config.agent ?? agentIdFor(cli, session));
    const header = {
      ts: formatInstant(nowMs),
      agent,
      branch: gitState?.branch,
      type: 'session_end',
      reason: options.reason,
      session,
    };
    const written = writeEventFile(config.eventsDir, header, { ...draftToBody(body), in_progress: todos.found ? todos.inProgress : undefined }, nowMs);
    closeRun(written.fileName, header.ts);
    for (const root of roots) removeDraft(draftPath(root, session));
    return { status: 'published', path: written.path, display: relative(config.root, written.path) };
  } finally {
    process.off('exit', releaseOnExit);
    lock.release();
  }
}

function uniq(values: readonly string[]): string[] {
  return [...new Set(values)];
}
