import { readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import {
  findAnchor,
  foldAllocations,
  formatIdLabel,
  formatInstant,
  LedgerError,
  nextFreeLabels,
  parseAllocation,
  serializeAllocation,
  type Allocation,
  type AllocationFields,
  type EventIssue,
  type IdLabel,
  type IdProjection,
} from '@ledger-synth/core';
import { discoverEventFiles } from '../discover.js';
import { acquireLock } from '../lock.js';
import { loadEventText } from '../read-events.js';
import { publishEventText } from '../write-event.js';
import { ensureLocalStateDir, type IdsSettings } from './ids-config.js';
import { publicationOrderFor } from './publication-order.js';

export interface AllocationRecord {
  readonly files: readonly string[];
  readonly allocations: readonly Allocation[];
  /** Files that are not valid allocation events: reported, never silently dropped. */
  readonly issues: readonly EventIssue[];
}

/** Read every allocation event in the events directory (sorted; the fold does not depend on it anyway). */
export async function readAllocations(settings: IdsSettings): Promise<AllocationRecord> {
  const files = await discoverEventFiles({ eventsDir: settings.eventsDir, cwd: settings.root });
  const allocations: Allocation[] = [];
  const issues: EventIssue[] = [];
  for (const path of files) {
    const display = relative(settings.root, path) || path;
    const loaded = loadEventText(path, settings.maxEventBytes);
    if (!loaded.ok) {
      issues.push({ file: display, reason: loaded.reason });
      continue;
    }
    const parsed = parseAllocation(loaded.text, basename(path));
    if (parsed.ok) allocations.push(parsed.allocation);
    else issues.push({ file: display, reason: parsed.issue.reason });
  }
  return { files, allocations, issues };
}

export interface AllocationRequest {
  readonly kind: string;
  readonly namespace: string;
  /** Mint this many new ids (after everything already published) … */
  readonly count?: number | undefined;
  /** … or backfill these existing ids (refused if any already has an anchor). */
  readonly labels?: readonly IdLabel[] | undefined;
  readonly event: string;
  readonly note?: string | undefined;
  readonly agent: string;
  readonly branch?: string | undefined;
}

export interface AllocationOutcome {
  /** Provisional: `ids rebuild` over the merged record is authoritative. */
  readonly labels: readonly IdLabel[];
  readonly path: string;
  readonly fileName: string;
  readonly issues: readonly EventIssue[];
}

/**
 * Publish an allocation event. Within one checkout the read → choose → publish runs under a lock,
 * so two local agents never pick the same provisional id; across branches the fold settles it.
 */
export async function allocateIds(settings: IdsSettings, request: AllocationRequest, nowMs: () => number = Date.now): Promise<AllocationOutcome> {
  ensureLocalStateDir(settings);
  const lock = await acquireLock(settings.allocationLock, settings.lock);
  try {
    const record = await readAllocations(settings);
    const { order } = await publicationOrderFor(settings, readPage(settings.page));
    const projection = foldAllocations(record.allocations, settings.mode, order);
    const labels = request.labels ?? nextFreeLabels(projection, request.namespace, request.count ?? 1);
    if (request.labels) refuseAnchored(settings, projection, request.labels);
    const epochMs = nowMs();
    const fields: AllocationFields = {
      ts: formatInstant(epochMs),
      agent: request.agent,
      branch: request.branch,
      kind: request.kind,
      labels,
      event: request.event,
      note: request.note,
    };
    lock.assertHeld();
    const written = publishAllocation(settings.eventsDir, fields, epochMs);
    return { labels, path: written.path, fileName: written.fileName, issues: record.issues };
  } finally {
    lock.release();
  }
}

function refuseAnchored(settings: IdsSettings, projection: IdProjection, labels: readonly IdLabel[]): void {
  const anchored = labels.flatMap((label) => {
    const anchor = findAnchor(projection, label);
    return anchor ? [`${formatIdLabel(label)} (anchored by ${anchor.stamp.agent} at ${anchor.stamp.instant.iso} for event ${anchor.event}, ${anchor.stamp.file})`] : [];
  });
  if (anchored.length > 0) {
    throw new LedgerError('E_IDS', `refusing to backfill ids that already have an anchor: ${anchored.join('; ')}; nothing was written`, {
      hint: `Anchors live in ${relative(settings.root, settings.eventsDir) || settings.eventsDir}. Mint new ids with --count instead.`,
    });
  }
}

/**
 * Write one immutable allocation event, through the same path as every other event file:
 * collision-free name, the exact text parsed back first, exclusive atomic create.
 */
export function publishAllocation(eventsDir: string, fields: AllocationFields, epochMs: number): { path: string; fileName: string } {
  const text = serializeAllocation(fields);
  return publishEventText(eventsDir, { agent: fields.agent, epochMs, text, kind: 'allocation' }, (fileName) => {
    const check = parseAllocation(text, fileName);
    return check.ok ? undefined : check.issue.reason;
  });
}

function readPage(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
