import { compareCodePoints, foldAllocations, formatIdLabel, parseAllocation, type Allocation, type EventIssue } from '@ledger-synth/core';
import { catFileBatch, listTreesAt, runGit } from '../git-plumbing.js';
import type { IdsSettings } from './ids-config.js';
import { readPublicationOrder, repoRelativePath } from './publication-order.js';

/** One allocation file seen on some refs but not on the integration branch. */
export interface UnpublishedAllocation {
  readonly file: string;
  readonly allocation: Allocation;
  /** Short names of the refs carrying it (`origin/feature`, `feature`). */
  readonly branches: readonly string[];
}

export interface ProvisionalClash {
  /** The id two or more unpublished allocations claim, e.g. `#7`. */
  readonly id: string;
  readonly claims: readonly UnpublishedAllocation[];
}

export interface RefCheck {
  readonly integration: string | undefined;
  readonly refs: number;
  readonly unpublished: readonly UnpublishedAllocation[];
  /** Unpublished allocations on different branches holding the same provisional id: CI fails on these. */
  readonly clashes: readonly ProvisionalClash[];
  /** Provisional ids already published on the integration branch: they will be renumbered on landing. */
  readonly taken: readonly { readonly id: string; readonly claim: UnpublishedAllocation; readonly holder: Allocation }[];
  readonly issues: readonly EventIssue[];
  /** Set when the deadline cut the read short. */
  readonly incomplete: string | undefined;
}

/**
 * Every allocation on every local and remote-tracking branch that has not landed on the integration
 * branch, read with plumbing only (for-each-ref, one `cat-file --batch` of trees, one of blobs).
 */
export async function checkAllRefs(settings: IdsSettings, options: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<RefCheck> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const { env } = options;
  const history = await readPublicationOrder({ root: settings.root, eventsDir: settings.eventsDir, integration: settings.integrationBranch, env, timeoutMs });
  const listed = await runGit(settings.root, ['for-each-ref', '--format=%(refname)%00%(symref)', 'refs/heads', 'refs/remotes'], { env, timeoutMs });
  const refs = listed.stdout
    .toString('utf8')
    .split('\n')
    .map((line) => line.split('\0'))
    .filter(([ref, symref]) => ref && !symref) // origin/HEAD is another name for a branch listed anyway
    .map(([ref]) => ref!)
    .filter((ref) => ref !== history.integration);
  const dir = await repoRelativePath(settings.root, settings.eventsDir, env);
  const revs = history.integration ? [history.integration, ...refs] : refs;
  const { trees, timedOut: treesTimedOut } = await listTreesAt(settings.root, revs, dir, timeoutMs, env);
  const published = history.integration ? (trees[0] ?? new Map<string, string>()) : new Map<string, string>();
  const branchTrees = history.integration ? trees.slice(1) : trees;

  // file + blob → the branches carrying it; an allocation file is immutable, so the pair is its identity.
  const carried = new Map<string, { file: string; oid: string; branches: string[] }>();
  branchTrees.forEach((tree, i) => {
    for (const [file, oid] of tree ?? []) {
      if (!file.endsWith('.md') || file.startsWith('.') || published.has(file)) continue;
      const key = `${file}\0${oid}`;
      const entry = carried.get(key) ?? { file, oid, branches: [] };
      entry.branches.push(shortRef(refs[i]!));
      carried.set(key, entry);
    }
  });
  const wanted = [...carried.values()];
  const publishedFiles = [...published].filter(([file]) => file.endsWith('.md') && !file.startsWith('.'));
  const blobs = await catFileBatch(settings.root, [...wanted.map((w) => w.oid), ...publishedFiles.map(([, oid]) => oid)], timeoutMs, env);

  const issues: EventIssue[] = [];
  const unpublished: UnpublishedAllocation[] = [];
  wanted.forEach((w, i) => {
    const object = blobs.objects[i];
    if (!object) return;
    const parsed = parseAllocation(object.content.toString('utf8'), w.file);
    if (parsed.ok) unpublished.push({ file: w.file, allocation: parsed.allocation, branches: w.branches.sort(compareCodePoints) });
    else issues.push({ file: `${w.branches[0]}:${w.file}`, reason: parsed.issue.reason });
  });
  const landed: Allocation[] = [];
  publishedFiles.forEach(([file], i) => {
    const object = blobs.objects[wanted.length + i];
    const parsed = object ? parseAllocation(object.content.toString('utf8'), file) : undefined;
    if (parsed?.ok) landed.push(parsed.allocation);
  });

  const byId = new Map<string, UnpublishedAllocation[]>();
  for (const claim of unpublished) {
    for (const label of claim.allocation.labels) {
      const id = formatIdLabel(label);
      byId.set(id, [...(byId.get(id) ?? []), claim]);
    }
  }
  const clashes = [...byId.entries()]
    .filter(([, claims]) => claims.length > 1)
    .map(([id, claims]) => ({ id, claims: [...claims].sort((a, b) => compareCodePoints(a.file, b.file)) }))
    .sort((a, b) => compareCodePoints(a.id, b.id));

  const projection = foldAllocations(landed, settings.mode, history.order);
  const holders = new Map(projection.entries.map((entry) => [formatIdLabel(entry.label), entry.allocation]));
  const taken = unpublished
    .flatMap((claim) => claim.allocation.labels.map((label) => ({ id: formatIdLabel(label), claim })))
    .flatMap(({ id, claim }) => {
      const holder = holders.get(id);
      return holder ? [{ id, claim, holder }] : [];
    })
    .sort((a, b) => compareCodePoints(a.id, b.id) || compareCodePoints(a.claim.file, b.claim.file));

  const timedOut = treesTimedOut || blobs.timedOut;
  return {
    integration: history.integration,
    refs: refs.length,
    unpublished: unpublished.sort((a, b) => compareCodePoints(a.file, b.file)),
    clashes,
    taken,
    issues,
    incomplete: timedOut ? `stopped after ${timeoutMs} ms: not every ref was read` : undefined,
  };
}

/** `refs/remotes/origin/x` → `origin/x`, `refs/heads/x` → `x`. */
export function shortRef(ref: string): string {
  return ref.replace(/^refs\/(heads|remotes)\//, '');
}
