import { existsSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { LedgerError, formatInstant, sanitizeAgentId } from '@ledger-synth/core';
import { writeFileAtomic } from '../atomic-write.js';
import { findRoot, loadConfig } from '../config.js';
import { acquireLock } from '../lock.js';
import { writeEventFile } from '../write-event.js';
import { draftToBody, emptyDraft, isDraftEmpty, mergeDrafts, readDraft, removeDraft, type Draft } from './draft.js';
import { commitsSince, readGitState } from './git-state.js';
import type { HookInput } from './hook-input.js';
import { draftPath, endLockPath, endMarkerPath } from './paths.js';
import { readStartMarker, type StartMarker } from './start-marker.js';
import { readTranscriptTodos } from './transcript-todos.js';

export interface SessionEndOptions {
  readonly input: HookInput;
  readonly env: NodeJS.ProcessEnv;
  readonly nowMs: number;
  /** Fallback working directory when the input has none (the hook process's cwd). */
  readonly processCwd: string;
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

  let lock;
  try {
    lock = await acquireLock(endLockPath(config.root, session), { timeoutMs: 1_000, staleMs: 10_000 });
  } catch (error) {
    if (error instanceof LedgerError && error.code === 'E_LOCK_TIMEOUT') return { status: 'busy', display: 'another SessionEnd run is publishing this session' };
    throw error;
  }
  try {
    const endMarker = endMarkerPath(config.root, session);
    if (existsSync(endMarker)) return { status: 'already-published', display: relative(config.root, endMarker) };

    // Earlier roots first, the worktree's own draft last (its entries win).
    let draft: Draft = emptyDraft();
    for (const root of [...roots].reverse()) draft = mergeDrafts(draft, readDraft(draftPath(root, session)) ?? emptyDraft());
    const marker = roots.map((root) => readStartMarker(root, session)).find((m): m is StartMarker => m !== undefined);
    const gitState = readGitState(cwd);
    const commits = gitState && marker ? commitsSince(cwd, marker.head, marker.startedMs) : [];
    const todos = readTranscriptTodos(input.transcriptPath);

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
      writeFileAtomic(endMarker, `${JSON.stringify({ session, event: null, at: formatInstant(nowMs) })}\n`);
      return { status: 'nothing-to-record', display: 'nothing recorded or captured in this session' };
    }

    const agent = sanitizeAgentId(config.agent ?? `claude-${session.slice(0, 8)}`);
    const header = {
      ts: formatInstant(nowMs),
      agent,
      branch: gitState?.branch,
      type: 'session_end',
      reason: input.reason ?? 'other',
      session,
    };
    const written = writeEventFile(config.eventsDir, header, draftToBody(body), nowMs);
    writeFileAtomic(endMarker, `${JSON.stringify({ session, event: written.fileName, at: header.ts })}\n`);
    for (const root of roots) removeDraft(draftPath(root, session));
    return { status: 'published', path: written.path, display: relative(config.root, written.path) };
  } finally {
    lock.release();
  }
}

function existingDir(path: string | undefined): string | undefined {
  if (!path) return undefined;
  try {
    return statSync(path).isDirectory() ? path : undefined;
  } catch {
    return undefined;
  }
}

function uniq(values: readonly string[]): string[] {
  return [...new Set(values)];
}
