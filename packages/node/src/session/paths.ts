import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULTS, findRoot } from '../config.js';
import { sanitizeAgentId } from '@ledger-synth/core';

/**
 * Local, never-committed state of one checkout lives under `<root>/.ledger-synth/`: drafts of the
 * running sessions, their start/end markers, caches. `install` gitignores the whole directory.
 */
export function stateDir(root: string): string {
  return join(root, '.ledger-synth');
}

/**
 * Create the state directory with a `.gitignore` of `*` in it, so git never lists drafts or
 * markers — also where install's .gitignore block is absent (plugin users) or was uninstalled.
 */
export function ensureStateDir(root: string): void {
  const dir = stateDir(root);
  mkdirSync(dir, { recursive: true });
  try {
    writeFileSync(join(dir, '.gitignore'), '# ledger-synth local state (drafts, session markers, caches): never committed\n*\n', { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

/**
 * A session id as a file-name stem. Claude Code's ids are UUIDs and are used as is; anything else
 * (path separators, dots, very long text) is sanitised and suffixed with a hash, so two different
 * ids can never share a stem and no id can point outside the state directory.
 */
export function sessionStem(sessionId: string): string {
  if (/^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/.test(sessionId)) return sessionId;
  const hash = createHash('sha256').update(sessionId).digest('hex').slice(0, 12);
  return `${sanitizeAgentId(sessionId).slice(0, 40)}-${hash}`;
}

export function draftPath(root: string, sessionId: string): string {
  return join(stateDir(root), 'drafts', `${sessionStem(sessionId)}.md`);
}

export function sessionsDir(root: string): string {
  return join(stateDir(root), 'sessions');
}

/** Written by SessionStart: when the session started and at which commit. */
export function startMarkerPath(root: string, sessionId: string): string {
  return join(sessionsDir(root), `${sessionStem(sessionId)}.start.json`);
}

/** Written by SessionEnd once the session's event is published: makes a second run a no-op. */
export function endMarkerPath(root: string, sessionId: string): string {
  return join(sessionsDir(root), `${sessionStem(sessionId)}.end.json`);
}

/** Serialises concurrent SessionEnd runs of one session (hook registered twice, plugin + settings). */
export function endLockPath(root: string, sessionId: string): string {
  return join(sessionsDir(root), `${sessionStem(sessionId)}.end.lock`);
}

/** `path` when it names an existing directory (hook input `cwd`, `$CLAUDE_PROJECT_DIR`), else undefined. */
export function existingDir(path: string | undefined): string | undefined {
  if (!path) return undefined;
  try {
    return statSync(path).isDirectory() ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The ledger root `dir` belongs to, or undefined when it belongs to none: a git checkout (main or
 * linked worktree), a directory with `.ledger-synth.yaml`, or a plain directory already holding a
 * ledger (`.ledger-synth/` state or the default events directory). Hooks create nothing elsewhere.
 */
export function ledgerRootOf(dir: string | undefined): string | undefined {
  const existing = existingDir(dir);
  if (!existing) return undefined;
  const { root, configFile } = findRoot(existing);
  if (configFile || existsSync(join(root, '.git'))) return root;
  if (existsSync(stateDir(root)) || existsSync(join(root, DEFAULTS.eventsDir))) return root;
  return undefined;
}
