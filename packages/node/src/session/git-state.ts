import { runGitSync as git } from '../git-plumbing.js';

/**
 * Small, fast reads of git state for the hooks, through git-plumbing.ts's synchronous runner (a few
 * ms per git process). Every function returns undefined/[] instead of throwing: no git, no repo, or
 * a broken repo must never stop a hook.
 */

export interface GitState {
  readonly topLevel: string;
  /** Full commit id of HEAD; undefined in a repository without commits. */
  readonly head: string | undefined;
  /** Branch name; `detached@<short sha>` on a detached HEAD; undefined before the first commit on an unborn branch is unknown. */
  readonly branch: string | undefined;
}

export function readGitState(cwd: string): GitState | undefined {
  // One process in the common case: top level, HEAD's commit, and HEAD's symbolic name.
  const lines = git(cwd, ['rev-parse', '--show-toplevel', 'HEAD', '--symbolic-full-name', 'HEAD'])?.split('\n');
  if (lines && lines.length >= 3 && lines[0] && /^[0-9a-f]{40,64}$/.test(lines[1]!)) {
    const [topLevel, head, ref] = lines as [string, string, string];
    const branch = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : ref === 'HEAD' || ref === '' ? `detached@${head.slice(0, 7)}` : ref;
    return { topLevel, head, branch };
  }
  // No commit yet (unborn branch) or an unusual HEAD: ask one question at a time.
  const topLevel = git(cwd, ['rev-parse', '--show-toplevel'])?.trim();
  if (!topLevel) return undefined;
  const head = git(cwd, ['rev-parse', '-q', '--verify', 'HEAD^{commit}'])?.trim() || undefined;
  const symbolic = git(cwd, ['symbolic-ref', '-q', '--short', 'HEAD'])?.trim() || undefined;
  const branch = symbolic ?? (head ? `detached@${head.slice(0, 7)}` : undefined);
  return { topLevel, head, branch };
}

export interface CommitLine {
  readonly short: string;
  readonly subject: string;
}

/**
 * Commits on HEAD since the session started: `base..HEAD` when the start commit is known and still
 * exists, else commits newer than the start time. Merges are left out; at most `max` are returned.
 */
export function commitsSince(cwd: string, base: string | undefined, sinceMs: number | undefined, max = 50): CommitLine[] {
  const format = '--format=%h%x09%s';
  let out: string | undefined;
  if (base && /^[0-9a-f]{7,64}$/.test(base)) out = git(cwd, ['log', '--no-merges', format, `-n${max}`, `${base}..HEAD`, '--']);
  if (out === undefined && sinceMs !== undefined && Number.isFinite(sinceMs)) {
    out = git(cwd, ['log', '--no-merges', format, `-n${max}`, `--since=@${Math.floor(sinceMs / 1000)}`, 'HEAD', '--']);
  }
  if (!out) return [];
  return out
    .split('\n')
    .filter((line) => line.includes('\t'))
    .map((line) => {
      const tab = line.indexOf('\t');
      return { short: line.slice(0, tab), subject: line.slice(tab + 1).trim() };
    })
    .reverse(); // oldest first: the order the work happened
}

export interface Worktree {
  readonly path: string;
  readonly branch: string | undefined;
  readonly detached: boolean;
  readonly bare: boolean;
}

/** `git worktree list --porcelain`, parsed. */
export function listWorktrees(cwd: string): Worktree[] {
  const out = git(cwd, ['worktree', 'list', '--porcelain']);
  if (!out) return [];
  return parseWorktreeList(out);
}

export function parseWorktreeList(text: string): Worktree[] {
  const worktrees: Worktree[] = [];
  for (const block of text.split(/\n\n+/)) {
    let path: string | undefined;
    let branch: string | undefined;
    let detached = false;
    let bare = false;
    for (const line of block.split('\n')) {
      if (line.startsWith('worktree ')) path = line.slice('worktree '.length);
      else if (line.startsWith('branch ')) branch = line.slice('branch '.length).replace(/^refs\/heads\//, '');
      else if (line === 'detached') detached = true;
      else if (line === 'bare') bare = true;
    }
    if (path) worktrees.push({ path, branch, detached, bare });
  }
  return worktrees;
}
