import { relative } from 'node:path';
import { LedgerError, formatInstant, sanitizeAgentId } from '@ledger-synth/core';
import { findRoot, loadConfig } from '../config.js';
import { acquireLock } from '../lock.js';
import { writeEventFile } from '../write-event.js';
import { agentIdFor, isAgentCli, type AgentCli } from './cli-adapters.js';
import { draftToBody, emptyDraft, isDraftEmpty, mergeDrafts, readDraft, removeDraft, type Draft } from './draft.js';
import { commitsSince, readGitState } from './git-state.js';
import type { HookInput } from './hook-input.js';
import { runIsClosed, writeEndMarker } from './end-marker.js';
import { draftPath, endLockPath, endMarkerPath, ensureStateDir, existingDir } from './paths.js';
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
}

export type SessionEndResult =
  | { readonly status: 'published'; readonly path: string; readonly display: string }
  | { readonly status: 'already-published' | 'nothing-to-record' | 'busy'; readonly display: string };

/**
 * Publish this session's one event into the events directory of the worktree the session worked
 * in (`cwd` from the hook input follows the agent into worktrees; $CLAUDE_PROJECT_DIR does not).
 * Body = the session's draft + commits made since SessionStart + the transcript's todo list.
 * Never touches current.md. Idempotent: a second run for the same session publishes nothing.
 */
export async function publishSessionEnd(options: SessionEndOptions): Promise<SessionEndResult> {
  const { input, env, nowMs } = options;
  const session = input.sessionId;
  if (!session) throw new LedgerError('E_USAGE', 'the hook input has no "session_id"; nothing can be published for an unknown session');
  const cwd = existingDir(input.cwd) ?? existingDir(env.CLAUDE_PROJECT_DIR) ?? options.processCwd;
  const config = loadConfig(cwd, env);
  // Drafts and markers may also sit at the root the session started in, if it moved into a worktree.
  const roots = uniq([config.root, ...(existingDir(env.CLAUDE_PROJECT_DIR) ? [findRoot(env.CLAUDE_PROJECT_DIR!).root] : [])]);

  ensureStateDir(config.root);
  let lock;
  try {
    lock = await acquireLock(endLockPath(config.root, session), { timeoutMs: 1_000, staleMs: 10_000 });
  } catch (error) {
    if (error instanceof LedgerError && error.code === 'E_LOCK_TIMEOUT') return { status: 'busy', display: 'another SessionEnd run is publishing this session' };
    throw error;
  }
  try {
    const endMarker = endMarkerPath(config.root, session);
    // The run this end closes: the latest start of the session in any of its roots.
    const started = latestStart(roots, session);
    const marker = started?.marker;
    if (runIsClosed(roots, session, marker)) return { status: 'already-published', display: relative(config.root, endMarker) };
    // Also beside the start marker, so a resume there knows this run is closed and starts a new one.
    const closeRun = (event: string | null, at: string) => {
      for (const root of uniq([config.root, ...(started ? [started.root] : [])])) writeEndMarker(root, { session, event, at, startedMs: marker?.startedMs ?? null });
    };

    // Earlier roots first, the worktree's own draft last (its entries win).
    let draft: Draft = emptyDraft();
    for (const root of [...roots].reverse()) draft = mergeDrafts(draft, readDraft(draftPath(root, session)) ?? emptyDraft());
    const gitState = readGitState(cwd);
    const commits = gitState && marker ? commitsSince(cwd, marker.head, marker.startedMs) : [];
    const todos = readTranscriptTodos(input.transcriptPath, marker?.startedMs);

    const captured: Draft = {
      ...emptyDraft(),
      now: draft.now === undefined && todos.inProgress.length > 0 ? `In progress: ${todos.inProgress[0]}` : undefined,
      thisSession: [
        ...commits.map((c) => `Committed ${c.short}: ${c.subject}`),
        ...todos.completed,
        ...todos.inProgress.map((t) => `In progress: ${t}`),
      ],
    };
    const body = mergeDrafts(draft, captured);
    if (isDraftEmpty(body)) {
      closeRun(null, formatInstant(nowMs));
      return { status: 'nothing-to-record', display: 'nothing recorded or captured in this session' };
    }

    const cli = options.cli ?? (isAgentCli(marker?.cli) ? marker.cli : 'claude');
    const agent = sanitizeAgentId(config.agent ?? agentIdFor(cli, session));
    const header = {
      ts: formatInstant(nowMs),
      agent,
      branch: gitState?.branch,
      type: 'session_end',
      reason: input.reason ?? 'other',
      session,
    };
    const written = writeEventFile(config.eventsDir, header, draftToBody(body), nowMs);
    closeRun(written.fileName, header.ts);
    for (const root of roots) removeDraft(draftPath(root, session));
    return { status: 'published', path: written.path, display: relative(config.root, written.path) };
  } finally {
    lock.release();
  }
}


function uniq(values: readonly string[]): string[] {
  return [...new Set(values)];
}
