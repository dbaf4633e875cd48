import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import {
  compareIdPage,
  foldAllocations,
  LedgerError,
  normalizeText,
  parseProse,
  renderIdPage,
  type EventIssue,
  type FoldMode,
  type IdPage,
  type IdProjection,
} from '@ledger-synth/core';
import { writeFileAtomic } from '../atomic-write.js';
import { acquireLock } from '../lock.js';
import { readAllocations } from './allocation-store.js';
import { ensureLocalStateDir, type IdsSettings } from './ids-config.js';
import { publicationOrderFor, type PublicationSummary } from './publication-order.js';

/** Read → fold → render, compared with the page on disk. Writes nothing. */
export interface IdPagePlan {
  readonly page: string;
  /** The page path relative to the root, for messages. */
  readonly pageName: string;
  readonly projection: IdProjection;
  readonly issues: readonly EventIssue[];
  readonly previous: string | undefined;
  /** Undefined when the current page's prose markers are broken (see `proseProblem`). */
  readonly rendered: IdPage | undefined;
  readonly proseProblem: string | undefined;
  /** The page held git conflict markers; its prose was merged from both sides (a rebuild settles it). */
  readonly conflicted: boolean;
  /** Empty when the page matches the record exactly. */
  readonly divergences: readonly string[];
  /** Where the publication order came from, and what could not be checked. */
  readonly publication: PublicationSummary;
}

export async function planIdPage(settings: IdsSettings, mode: FoldMode): Promise<IdPagePlan> {
  const record = await readAllocations(settings);
  const previous = readIfExists(settings.page);
  const { order, summary } = await publicationOrderFor(settings, previous);
  const projection = foldAllocations(record.allocations, mode, order);
  const publication = { ...summary, published: projection.published };
  const pageName = relative(settings.root, settings.page) || settings.page;
  const prose = previous === undefined ? { ok: true as const, blocks: new Map<string, string>() } : parseProse(previous);
  if (!prose.ok) {
    return {
      page: settings.page,
      pageName,
      projection,
      issues: record.issues,
      previous,
      rendered: undefined,
      proseProblem: prose.reason,
      conflicted: false,
      divergences: [`${pageName}: ${prose.reason}`],
      publication,
    };
  }
  const rendered = renderIdPage(projection, { prose: prose.blocks, namespaces: settings.kinds.values() });
  return {
    page: settings.page,
    pageName,
    projection,
    issues: record.issues,
    previous,
    rendered,
    proseProblem: undefined,
    conflicted: prose.conflicted === true,
    // Nothing allocated and no page yet is consistent: CI can run `ids verify` before first use.
    // A conflicted page differs line by line in ways that only confuse; one line says what to do.
    divergences: prose.conflicted
      ? [`${pageName}: git conflict markers (a merge left the page conflicted); \`cc-synthesize ids rebuild\` settles it`]
      : previous === undefined && projection.allocations.length === 0
        ? []
        : compareIdPage(previous, rendered.text, pageName),
    publication,
  };
}

/**
 * Rebuild the page under the allocation lock (so a concurrent `ids allocate` cannot slip between
 * the read and the write). Same record ⇒ same bytes, and an unchanged page is not rewritten.
 * A page with broken prose markers is refused rather than risk losing someone's prose.
 */
export async function rebuildIdPage(settings: IdsSettings, mode: FoldMode): Promise<{ plan: IdPagePlan; written: boolean }> {
  ensureLocalStateDir(settings);
  const lock = await acquireLock(settings.allocationLock, settings.lock);
  try {
    const plan = await planIdPage(settings, mode);
    if (!plan.rendered) {
      throw new LedgerError('E_IDS', `refusing to rebuild ${plan.pageName}: ${plan.proseProblem}; nothing was written`, {
        hint: 'Each anchor\'s prose sits between "<!-- prose #97 -->" and "<!-- /prose #97 -->" lines; repair them, then rebuild.',
      });
    }
    if (plan.divergences.length === 0) return { plan, written: false };
    lock.assertHeld();
    writeFileAtomic(plan.page, plan.rendered.text);
    return { plan, written: true };
  } finally {
    lock.release();
  }
}

function readIfExists(path: string): string | undefined {
  try {
    return normalizeText(readFileSync(path, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new LedgerError('E_READ', `cannot read ${path}: ${(error as Error).message}`, { cause: error });
  }
}
