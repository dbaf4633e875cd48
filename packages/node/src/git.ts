import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { LedgerError } from '@ledger-synth/core';
import { runGit } from './git-plumbing.js';

/** A git operation that has stopped half-way and owns the index until it is continued or aborted. */
export type GitOperation = 'merge' | 'rebase' | 'cherry-pick' | 'revert' | 'am';

export interface GitRepo {
  /** Top level of the working tree (realpath, as git prints it). */
  readonly top: string;
  /** This worktree's git directory (`.git`, or `.git/worktrees/<name>` for a linked worktree). */
  readonly gitDir: string;
  /** The directory shared by all worktrees (config, hooks, objects). */
  readonly commonDir: string;
  /** Run git in `top` and return stdout. Throws E_GIT with git's own message. */
  run(args: readonly string[]): Promise<string>;
}

/** The repository containing `cwd`, or undefined outside one (or when git is not installed). */
export async function openRepo(cwd: string, env: NodeJS.ProcessEnv): Promise<GitRepo | undefined> {
  if (!existsSync(cwd)) return undefined;
  // No deadline here either: a slow disk must not pass for "not a repository".
  const found = await runGit(cwd, ['rev-parse', '--path-format=absolute', '--show-toplevel', '--absolute-git-dir', '--git-common-dir'], { env, timeoutMs: Number.POSITIVE_INFINITY });
  if (!found.ok) return undefined;
  const [top, gitDir, commonDir] = found.stdout.toString('utf8').split('\n').map((line) => line.trim());
  // A bare repository (or running inside .git) has no working tree: nothing here to synthesize or commit.
  if (!top || !gitDir || !commonDir) return undefined;
  return {
    top,
    gitDir,
    commonDir,
    async run(args) {
      // No deadline: a commit runs the user's hooks, which take the time they take.
      const out = await runGit(top, args, { env, timeoutMs: Number.POSITIVE_INFINITY, asUser: true });
      if (out.ok) return out.stdout.toString('utf8');
      // Hooks (the pre-commit framework, for one) may explain a refusal on stdout only.
      const said = out.stderr || out.stdout.toString('utf8').trim();
      const message = said.split('\n').slice(0, 6).join('\n') || 'git exited with an error';
      throw new LedgerError('E_GIT', `git ${args.filter((a) => !a.startsWith(':(literal)')).slice(0, 3).join(' ')} failed: ${message}`);
    },
  };
}

/** Like openRepo, but a clear E_GIT error (exit 1) when `cwd` is not inside a working tree. */
export async function requireRepo(cwd: string, env: NodeJS.ProcessEnv, purpose: string): Promise<GitRepo> {
  const repo = await openRepo(cwd, env);
  if (!repo) {
    throw new LedgerError('E_GIT', `${purpose} needs a git repository, but ${cwd} is not inside a git working tree`, {
      hint: 'Run it inside a clone (or worktree) of your repository.',
    });
  }
  return repo;
}

/** Which half-finished operation (if any) this worktree is in, from git's own state files. */
export function operationInProgress(repo: GitRepo): GitOperation | undefined {
  const has = (name: string) => existsSync(join(repo.gitDir, name));
  if (has('rebase-merge')) return 'rebase';
  if (has('rebase-apply')) return has(join('rebase-apply', 'applying')) ? 'am' : 'rebase';
  if (has('MERGE_HEAD')) return 'merge';
  if (has('CHERRY_PICK_HEAD')) return 'cherry-pick';
  if (has('REVERT_HEAD')) return 'revert';
  return undefined;
}

/** How to carry on once the conflicts of `operation` are settled. */
export function continueCommand(operation: GitOperation | undefined): string {
  switch (operation) {
    case 'merge':
      return 'git commit'; // the same as `git merge --continue`
    case 'rebase':
      return 'git rebase --continue';
    case 'cherry-pick':
      return 'git cherry-pick --continue';
    case 'revert':
      return 'git revert --continue';
    case 'am':
      return 'git am --continue';
    default:
      return 'git commit';
  }
}

/**
 * `path` relative to the top of the repository, with `/` separators. Symbolic links in the part of
 * the path that exists are resolved first (a temp dir under /var vs /private/var must not look like
 * it is outside the repository). Throws E_GIT for a path outside the working tree.
 */
export function repoPath(repo: GitRepo, path: string): string {
  const absolute = realpathOfExisting(isAbsolute(path) ? path : resolve(repo.top, path));
  const rel = relative(repo.top, absolute);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
    throw new LedgerError('E_GIT', `${path} is outside the git working tree ${repo.top}`);
  }
  return rel.split(sep).join('/');
}

function realpathOfExisting(path: string): string {
  let head = path;
  const tail: string[] = [];
  for (;;) {
    try {
      return join(realpathSync(head), ...tail);
    } catch {
      const parent = dirname(head);
      if (parent === head) return path;
      tail.unshift(basename(head));
      head = parent;
    }
  }
}

/** Pathspecs that match exactly these paths: no globbing, whatever characters the names contain. */
export function literal(paths: readonly string[]): string[] {
  return paths.map((path) => `:(literal)${path}`);
}

/** Paths (relative to top) with unmerged index entries, i.e. still conflicted. */
export async function conflictedPaths(repo: GitRepo): Promise<string[]> {
  const out = await repo.run(['diff', '--name-only', '-z', '--diff-filter=U']);
  return [...new Set(out.split('\0').filter(Boolean))].sort();
}

/**
 * Files under `paths` that differ from HEAD in the index or the working tree, untracked included
 * (`git status` never fails on a pathspec that matches nothing, unlike `git add`).
 */
export async function changedPaths(repo: GitRepo, paths: readonly string[]): Promise<string[]> {
  if (paths.length === 0) return [];
  const out = await repo.run(['status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames', '--', ...literal(paths)]);
  const files: string[] = [];
  for (const entry of out.split('\0')) {
    if (entry.length > 3) files.push(entry.slice(3));
  }
  return [...new Set(files)].sort();
}

/** `git add -A` exactly these paths (additions, modifications and deletions). */
export async function stagePaths(repo: GitRepo, paths: readonly string[]): Promise<void> {
  if (paths.length > 0) await repo.run(['add', '-A', '--', ...literal(paths)]);
}

export interface CommitOutcome {
  /** False when the ledger paths had nothing to commit. */
  readonly committed: boolean;
  readonly sha: string | undefined;
  /** Files in the commit, relative to the repository top. */
  readonly files: readonly string[];
}

/**
 * Commit the changes under `paths` and nothing else. `git commit -- <paths>` (the `--only` mode)
 * builds the commit from HEAD plus exactly those paths, so whatever else the user has staged stays
 * staged and uncommitted, and unstaged edits stay unstaged. Their hooks run as for any commit.
 */
export async function commitPaths(repo: GitRepo, paths: readonly string[], message: string | ((files: readonly string[]) => string)): Promise<CommitOutcome> {
  const operation = operationInProgress(repo);
  if (operation) throw operationError(operation, 'commit the ledger');
  const files = await changedPaths(repo, paths.map((path) => repoPath(repo, path)));
  if (files.length === 0) return { committed: false, sha: undefined, files: [] };
  await stagePaths(repo, files);
  const text = typeof message === 'string' ? message : message(files);
  const [subject, ...body] = text.split('\n\n');
  const messageArgs = [subject ?? text, ...body].flatMap((part) => ['-m', part]);
  await repo.run(['commit', '--quiet', ...messageArgs, '--', ...literal(files)]);
  const sha = (await repo.run(['rev-parse', 'HEAD'])).trim();
  return { committed: true, sha, files };
}

export function operationError(operation: GitOperation, what: string): LedgerError {
  return new LedgerError('E_GIT', `cannot ${what}: a ${operation} is in progress in this worktree`, {
    hint: `Finish it first with \`${continueCommand(operation)}\`, or abort it with \`git ${operation} --abort\`.\nIf current.md is conflicted, \`cc-synthesize resolve\` regenerates and stages it.`,
  });
}

/** The directory git runs hooks from: `core.hooksPath` when set, else `<common dir>/hooks`. */
export async function hooksDirectory(repo: GitRepo): Promise<string> {
  const out = (await repo.run(['rev-parse', '--git-path', 'hooks'])).trim();
  return isAbsolute(out) ? out : resolve(repo.top, out);
}

/** A value from the repository's own config file (`--local`), or undefined. */
export async function getLocalConfig(repo: GitRepo, key: string): Promise<string | undefined> {
  const out = await repo.run(['config', '--local', '--get', key]).catch(() => '');
  return out === '' ? undefined : out.replace(/\n$/, '');
}

export async function setLocalConfig(repo: GitRepo, key: string, value: string): Promise<void> {
  await repo.run(['config', '--local', key, value]);
}

export async function unsetLocalConfig(repo: GitRepo, key: string): Promise<void> {
  if ((await getLocalConfig(repo, key)) !== undefined) await repo.run(['config', '--local', '--unset-all', key]);
}

/** The subject of HEAD's most recent reflog entry, e.g. `cherry-pick: fix parser` or `commit (merge): …`. */
export async function lastReflogSubject(repo: GitRepo): Promise<string> {
  return (await repo.run(['reflog', '-1', '--format=%gs', 'HEAD']).catch(() => '')).trim();
}

export interface LedgerPaths {
  readonly output: string;
  readonly eventsDir: string;
  readonly archiveDir: string;
}

export interface LedgerCommitSummary {
  readonly events: number;
  readonly agents: number;
  readonly archived: number;
}

/**
 * Commit the stream's paths (output, events dir, archive dir) and nothing else, with a message that
 * says what it is. Refuses (E_GIT) during a merge, rebase, cherry-pick, revert or am.
 */
export async function commitLedger(repo: GitRepo, paths: LedgerPaths, summary: LedgerCommitSummary): Promise<CommitOutcome> {
  const output = repoPath(repo, paths.output);
  const archiveDir = repoPath(repo, paths.archiveDir);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const message = (files: readonly string[]) => {
    // An archive-only run leaves current.md byte for byte as it was: say what the commit really does.
    const subject = !files.includes(output) && summary.archived > 0
      ? `ledger: archive ${plural(summary.archived, 'event')} into ${archiveDir}/ (${output} unchanged)`
      : `ledger: update ${output} (${plural(summary.events, 'event')} from ${plural(summary.agents, 'agent')})`;
    const body = [
      summary.archived > 0 ? `Archived ${summary.archived} event(s) into ${archiveDir}/ (the synthesized state is unchanged).` : undefined,
      'Committed by `cc-synthesize --commit`: only the ledger paths, never other staged or unstaged changes.',
    ].filter((line): line is string => line !== undefined);
    return [subject, ...body].join('\n\n');
  };
  return commitPaths(repo, [paths.output, paths.eventsDir, paths.archiveDir], message);
}
