import { createHash } from 'node:crypto';
import { compareStamps } from '../stamp.js';
import type { Allocation } from './allocation.js';
import { compareIdLabels, MAX_ID_NUMBER, type IdLabel } from './label.js';

/** `renumber`: a loser moves to the next free number. `gapped`: it gets no number; the page shows the gap. */
export type FoldMode = 'renumber' | 'gapped';

/** An id as the projection assigns it. */
export interface IdEntry {
  readonly label: IdLabel;
  readonly allocation: Allocation;
  /** Set when this id was renumbered because an earlier allocation published `from` first. */
  readonly renumbered: { readonly from: IdLabel; readonly winner: Allocation } | undefined;
}

/** A claim that lost and (in gapped mode) got no number. */
export interface IdGap {
  readonly requested: IdLabel;
  readonly allocation: Allocation;
  readonly winner: Allocation;
}

/**
 * Where each allocation landed: its file name → the position, on the integration branch, of the
 * first-parent commit that brought it in (smaller = published earlier). Files not in the map are
 * provisional. Plain data: reading it from git is the I/O layer's job.
 */
export type PublicationOrder = ReadonlyMap<string, number>;

export interface IdProjection {
  readonly mode: FoldMode;
  /** Distinct allocations folded (duplicates of one file collapse), in the order the fold took them. */
  readonly allocations: readonly Allocation[];
  /** How many of `allocations` (a prefix) are published; the rest are provisional. */
  readonly published: number;
  /** Every assigned id, sorted by label. */
  readonly entries: readonly IdEntry[];
  readonly gaps: readonly IdGap[];
  /** Claims that lost to an earlier publication (renumbered or gapped). */
  readonly doubleAllocations: number;
  /** Highest number requested or assigned per namespace: provisional ids start above it. */
  readonly highest: ReadonlyMap<string, number>;
  /** `sha256:` over the distinct inputs and the mode. */
  readonly digest: string;
}

// 2: allocations folded in publication order (the digest covers that order).
export const ID_PAGE_FORMAT_VERSION = 'ledger-synth-ids/2';

const labelKey = (label: IdLabel) => `${label.namespace}\u0000${label.number}`;
const allocationKey = (a: Allocation) => `${a.stamp.file}\u0000${a.stamp.contentHash}`;

/**
 * Fold allocations first-published-wins, by publication order: allocations that landed on the
 * integration branch come first, in landing order (`order`; within one landing commit, by stamp),
 * then the provisional ones by stamp (instant, agent, file name, content hash — a total order, so read
 * order never matters). A label goes to the first allocation that asked for it. A later claim on a
 * taken label loses: with `renumber` it moves to the next number above everything requested or
 * assigned by the allocations before it (and by its own batch), with `gapped` it gets no number.
 *
 * Each allocation's outcome depends only on the allocations before it, and a new publication always
 * lands after every published one, so a published id never changes afterwards — whatever the clocks
 * of later allocators say. (An earlier rule also skipped numbers that *later* allocations asked for;
 * that let an unpublished branch move an id already in use, so it is gone.)
 */
export function foldAllocations(input: Iterable<Allocation>, mode: FoldMode = 'renumber', order: PublicationOrder = new Map()): IdProjection {
  const distinct = new Map<string, Allocation>();
  for (const allocation of input) distinct.set(allocationKey(allocation), allocation);
  const allocations = [...distinct.values()].sort((a, b) => comparePublication(a, b, order));
  const published = allocations.filter((a) => order.has(a.stamp.file)).length;

  const requested = new Set<string>();
  const highest = new Map<string, number>();
  const raise = (label: IdLabel) => {
    if (label.number > (highest.get(label.namespace) ?? 0)) highest.set(label.namespace, label.number);
  };

  const taken = new Map<string, IdEntry>();
  const assignedHigh = new Map<string, number>();
  const entries: IdEntry[] = [];
  const gaps: IdGap[] = [];
  let doubleAllocations = 0;
  const assign = (entry: IdEntry) => {
    taken.set(labelKey(entry.label), entry);
    entries.push(entry);
    raise(entry.label);
    if (entry.label.number > (assignedHigh.get(entry.label.namespace) ?? 0)) assignedHigh.set(entry.label.namespace, entry.label.number);
  };

  for (const allocation of allocations) {
    // Requests of this allocation's own batch count as taken for its renumbered labels; later ones do not.
    for (const label of allocation.labels) {
      requested.add(labelKey(label));
      raise(label);
    }
    for (const label of allocation.labels) {
      const holder = taken.get(labelKey(label));
      if (!holder) {
        assign({ label, allocation, renumbered: undefined });
        continue;
      }
      doubleAllocations += 1;
      if (mode === 'gapped') {
        gaps.push({ requested: label, allocation, winner: holder.allocation });
        continue;
      }
      let number = (assignedHigh.get(label.namespace) ?? 0) + 1;
      while (requested.has(labelKey({ namespace: label.namespace, number })) || taken.has(labelKey({ namespace: label.namespace, number }))) {
        number += 1;
      }
      // Unreachable in practice (a billion ids); refuse rather than mint an id outside the bound.
      if (number > MAX_ID_NUMBER) throw new RangeError(`namespace ${label.namespace} is exhausted`);
      assign({ label: { namespace: label.namespace, number }, allocation, renumbered: { from: label, winner: holder.allocation } });
    }
  }

  entries.sort((a, b) => compareIdLabels(a.label, b.label));
  gaps.sort((a, b) => compareIdLabels(a.requested, b.requested) || compareStamps(a.allocation.stamp, b.allocation.stamp));
  return { mode, allocations, published, entries, gaps, doubleAllocations, highest, digest: digestAllocations(allocations, mode) };
}

/** Published before provisional; published by landing position then stamp; provisional by stamp. */
function comparePublication(a: Allocation, b: Allocation, order: PublicationOrder): number {
  const ra = order.get(a.stamp.file);
  const rb = order.get(b.stamp.file);
  if (ra !== undefined && rb !== undefined && ra !== rb) return ra - rb;
  if ((ra === undefined) !== (rb === undefined)) return ra === undefined ? 1 : -1;
  return compareStamps(a.stamp, b.stamp);
}

/**
 * Over the distinct inputs in fold order (the order decides the outcome) and the mode. Not over the
 * landing positions themselves: a branch that lands in the order it was folded in keeps its digest.
 */
function digestAllocations(allocations: readonly Allocation[], mode: FoldMode): string {
  const hash = createHash('sha256');
  hash.update(`${ID_PAGE_FORMAT_VERSION}\nmode ${mode}\n`);
  for (const allocation of allocations) hash.update(`${allocationKey(allocation)}\n`);
  return `sha256:${hash.digest('hex')}`;
}

/** The next `count` free labels of a namespace: above everything published, requested or renumbered. */
export function nextFreeLabels(projection: IdProjection, namespace: string, count: number): IdLabel[] {
  const start = (projection.highest.get(namespace) ?? 0) + 1;
  if (start + count - 1 > MAX_ID_NUMBER) throw new RangeError(`namespace ${namespace} has no ${count} ids left below ${MAX_ID_NUMBER}`);
  return Array.from({ length: count }, (_, i) => ({ namespace, number: start + i }));
}

/** Who already holds or asked for a label, for refusing a backfill of an anchored id. */
export function findAnchor(projection: IdProjection, label: IdLabel): Allocation | undefined {
  const key = labelKey(label);
  for (const entry of projection.entries) if (labelKey(entry.label) === key) return entry.allocation;
  for (const allocation of projection.allocations) {
    if (allocation.labels.some((l) => labelKey(l) === key)) return allocation;
  }
  return undefined;
}
