import { realpathSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { recordedPublicationOrder } from '@ledger-synth/core';
import { runGit } from '../git-plumbing.js';
import type { IdsSettings } from './ids-config.js';

/**
 * Where the allocation files landed: read from the first-parent history of the integration branch
 * (what the last fetch brought; no network). The position of the first-parent commit that brought a
 * file in is its rank; a published id therefore never moves, whatever the allocators' clocks said.
 */
export interface PublicationHistory {
  /** Allocation file name → landing position (0 = the first commit that added allocations). */
  readonly order: Map<string, number>;
  /** Allocation file name → the commit that brought it in. */
  readonly commits: Map<string, string>;
  /** The ref read (e.g. `refs/remotes/origin/HEAD`), if one was found. */
  readonly integration: string | undefined;
  /**
   * `history`: the order was read. `shallow`: a shallow clone has no full history (callers fall back
   * on the order the page recorded). `no-branch`: no integration branch (every allocation is
   * provisional). `no-repo`: not in a git repository (or git missing).
   */
  readonly source: 'history' | 'shallow' | 'no-branch' | 'no-repo';
}

export interface PublicationOptions {
  readonly root: string;
  readonly eventsDir: string;
  /** Configured integration branch (`ids.integration_branch`); default the remote's default branch, else `main`. */
  readonly integration?: string | undefined;
  readonly env?: NodeJS.ProcessEnv | undefined;
  readonly timeoutMs?: number | undefined;
}

const EMPTY = () => ({ order: new Map<string, number>(), commits: new Map<string, string>() });

export async function readPublicationOrder(options: PublicationOptions): Promise<PublicationHistory> {
  const { root, env } = options;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const candidates = integrationCandidates(options.integration);
  // One process: is it shallow, where is the top, and which candidate refs exist.
  const probe = await runGit(root, ['rev-parse', '--is-shallow-repository', '--show-toplevel'], { env, timeoutMs });
  if (!probe.ok) return { ...EMPTY(), integration: undefined, source: 'no-repo' };
  const [shallow, top] = probe.stdout.toString('utf8').split('\n');
  const refs = await runGit(root, ['for-each-ref', '--format=%(refname)', ...candidates.filter((c) => c.startsWith('refs/'))], { env, timeoutMs });
  const existing = new Set(refs.stdout.toString('utf8').split('\n').filter(Boolean));
  const integration = candidates.find((c) => existing.has(c));
  if (integration === undefined) return { ...EMPTY(), integration: undefined, source: 'no-branch' };
  if (shallow === 'true') return { ...EMPTY(), integration, source: 'shallow' };

  const dir = relativeTo(top || root, options.eventsDir);
  const log = await runGit(
    root,
    ['log', '--first-parent', '--reverse', '--diff-merges=first-parent', '--diff-filter=A', '--name-only', '--no-renames', '-z', '--format=%x00%H', integration, '--', `:(literal)${dir}`],
    { env, timeoutMs },
  );
  if (!log.ok) return { ...EMPTY(), integration, source: 'no-branch' };
  return { ...parseLandingLog(log.stdout.toString('utf8'), dir), integration, source: 'history' };
}

/** `\0<sha>\0\n<path>\0<path>\0\0<sha>…` → file name → position of the first commit adding it. */
export function parseLandingLog(text: string, dir: string): { order: Map<string, number>; commits: Map<string, string> } {
  const order = new Map<string, number>();
  const commits = new Map<string, string>();
  const prefix = dir === '' ? '' : `${dir}/`;
  let position = -1;
  let commit = '';
  const tokens = text.split('\0');
  tokens.forEach((token, i) => {
    if (/^[0-9a-f]{40,64}$/.test(token) && (i === 0 || tokens[i - 1] === '')) {
      position += 1;
      commit = token;
      return;
    }
    const path = token.replace(/^\n/, '');
    if (path === '' || !path.startsWith(prefix)) return;
    const name = path.slice(prefix.length);
    if (name.includes('/') || order.has(name)) return; // files directly in the dir; the first landing counts
    order.set(name, position);
    commits.set(name, commit);
  });
  return { order, commits };
}

function integrationCandidates(configured: string | undefined): string[] {
  if (configured === undefined || configured.trim() === '') return ['refs/remotes/origin/HEAD', 'refs/heads/main'];
  const name = configured.trim();
  if (name.startsWith('refs/')) return [name];
  return [`refs/remotes/${name}`, `refs/heads/${name}`];
}

/** `path` relative to the top of the repository containing `cwd`, with `/` separators. */
export async function repoRelativePath(cwd: string, path: string, env?: NodeJS.ProcessEnv): Promise<string> {
  const top = (await runGit(cwd, ['rev-parse', '--show-toplevel'], { env })).stdout.toString('utf8').trim();
  return relativeTo(top || cwd, path);
}

export function relativeTo(top: string, path: string): string {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return p;
    }
  };
  return relative(real(top), real(path)).split(sep).join('/');
}

export interface PublicationSummary {
  readonly source: PublicationHistory['source'];
  readonly integration: string | undefined;
  /** Allocations ranked by landing position (the rest are provisional). */
  readonly published: number;
  /** Set when part of the check rested on the page's own record instead of git history. */
  readonly unchecked: string | undefined;
}

/** The landing order to fold with: git history where there is one, else the order the page recorded. */
export async function publicationOrderFor(settings: IdsSettings, previousPage: string | undefined): Promise<{ order: Map<string, number>; summary: Omit<PublicationSummary, 'published'> }> {
  const history = await readPublicationOrder({ root: settings.root, eventsDir: settings.eventsDir, integration: settings.integrationBranch });
  // Without the integration branch's history (a shallow CI clone, a CI checkout of the PR ref only),
  // the page's own record of the order is the best witness there is: use it, and say so.
  if (history.source === 'shallow' || history.source === 'no-branch') {
    const recorded = previousPage === undefined ? new Map<string, number>() : recordedPublicationOrder(previousPage);
    const why =
      history.source === 'shallow'
        ? `shallow clone: no history of ${history.integration}`
        : `no integration branch (${settings.integrationBranch ?? 'origin/HEAD or main'}) here`;
    return {
      order: recorded,
      summary: {
        source: history.source,
        integration: history.integration,
        unchecked: `${why}, so the publication order was taken from the page (${recorded.size} allocation(s); any other is provisional, by stamp) and not checked against git; fetch the integration branch's full history to check it`,
      },
    };
  }
  return { order: history.order, summary: { source: history.source, integration: history.integration, unchecked: undefined } };
}

