import { linkSync, readFileSync, renameSync, unlinkSync, existsSync, mkdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { LedgerError, compareCodePoints, eventKeyHex, normalizeText, sha256Hex, type LedgerState } from '@ledger-synth/core';
import type { LedgerConfig } from './config.js';
import { synthesizeStream, type StreamInputs, type WriteOutcome } from './synthesize.js';

/**
 * Archiving keeps the archive in the fold: an event moves from `events/` to
 * `archive/YYYY-MM-DD/<same name>`, discovery reads both, and an event's identity is its base name
 * plus content hash, so the state, the digest and `current.md` are unchanged by a move. The date is
 * the event's own UTC date (not the day of the run), so two branches that archive overlapping sets
 * make byte-identical renames, which git merges without a conflict.
 */
export interface ArchiveMove {
  readonly from: string;
  readonly to: string;
  readonly event: string;
}

export interface ArchivePlan {
  /** Events older than this instant (ISO) are archived. */
  readonly cutoff: string;
  readonly retentionDays: number;
  readonly moves: readonly ArchiveMove[];
}

export interface ArchiveOutcome extends ArchivePlan {
  /** Moved (or already present, identical, in the archive and removed from events/). */
  readonly archived: readonly ArchiveMove[];
  /** An archive file of the same name with different content exists: both are kept, nothing overwritten. */
  readonly conflicts: readonly ArchiveMove[];
}

const DAY_MS = 86_400_000;

/** The archive directory an event belongs in: its own UTC date. */
export function archiveDateOf(event: { readonly ts: { readonly epochMs: number } }): string {
  return new Date(event.ts.epochMs).toISOString().slice(0, 10);
}

/** What archiving needs of an event: a parsed event, or the same facts read from a folded state. */
export interface ArchivableEvent {
  readonly file: string;
  readonly contentHash: string;
  readonly ts: { readonly epochMs: number };
}

/**
 * The events of a folded state, as archiving sees them: no event needs to be parsed (or held) again,
 * so archiving 100k events costs what synthesizing them does.
 */
export function archivableEvents(state: LedgerState): ArchivableEvent[] {
  const out: ArchivableEvent[] = [];
  for (const summary of state.events.values()) {
    const [file, contentHash] = eventKeyHex(summary.key).split('\u0000') as [string, string];
    out.push({ file, contentHash, ts: { epochMs: summary.stamp.instant.epochMs } });
  }
  return out;
}

/**
 * Which files move where (reads nothing unless two files share a base name). Only files directly in
 * the events directory are candidates (an archived event is not moved again); an event is archived
 * when its `ts` is older than `nowMs - retentionDays`. Files that did not parse are never moved.
 */
export function planArchive(
  config: Pick<LedgerConfig, 'eventsDir' | 'archiveDir'>,
  files: readonly string[],
  events: Iterable<ArchivableEvent>,
  retentionDays: number,
  nowMs: number,
): ArchivePlan {
  if (!Number.isInteger(retentionDays) || retentionDays < 0) {
    throw new LedgerError('E_USAGE', `retention must be a whole number of days ≥ 0, got ${retentionDays}`);
  }
  const cutoffMs = nowMs - retentionDays * DAY_MS;
  const eventsDir = resolve(config.eventsDir);
  // Base name → path, for files directly in events/. The archive can hold a file of the same name
  // (identical, or a different event): then the content hash says which event is the events/ one.
  const inEventsDir = new Map<string, string>();
  const nameCount = new Map<string, number>();
  for (const file of files) {
    const name = basename(file);
    nameCount.set(name, (nameCount.get(name) ?? 0) + 1);
    if (dirname(resolve(file)) === eventsDir) inEventsDir.set(name, file);
  }
  const moves: ArchiveMove[] = [];
  for (const event of events) {
    const from = inEventsDir.get(event.file);
    if (from === undefined || event.ts.epochMs >= cutoffMs) continue;
    if ((nameCount.get(event.file) ?? 0) > 1 && hashOfFile(from) !== event.contentHash) continue;
    inEventsDir.delete(event.file);
    moves.push({ from, to: join(config.archiveDir, archiveDateOf(event), event.file), event: event.file });
  }
  moves.sort((a, b) => compareCodePoints(a.from, b.from));
  return { cutoff: new Date(Math.max(cutoffMs, -8.64e15)).toISOString(), retentionDays, moves };
}

/**
 * Carry out a plan, one file at a time. Each move is `link(to)` then `unlink(from)`: link never
 * replaces an existing file, and at every moment the event exists under at least one of its two
 * names (a reader seeing both counts it once: same name, same content, same identity).
 */
export function applyArchive(plan: ArchivePlan): ArchiveOutcome {
  const archived: ArchiveMove[] = [];
  const conflicts: ArchiveMove[] = [];
  for (const move of plan.moves) {
    mkdirSync(dirname(move.to), { recursive: true });
    if (placeWithoutReplacing(move)) {
      removeSource(move);
      archived.push(move);
    } else if (sameBytes(move.from, move.to)) {
      // Already archived (e.g. merged from another branch that archived it first): just drop the copy.
      removeSource(move);
      archived.push(move);
    } else {
      conflicts.push(move);
    }
  }
  return { ...plan, archived, conflicts };
}

/** True when `to` was created from `from`; false when `to` already existed. */
function placeWithoutReplacing(move: ArchiveMove): boolean {
  try {
    linkSync(move.from, move.to);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code === 'ENOENT' && !existsSync(move.from)) {
      // Someone else archived it between our read and now.
      return false;
    }
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EXDEV' || code === 'EMLINK') {
      // No hard links here (some network and FUSE filesystems). We hold the stream lock, and only
      // archiving writes into the archive, so check-then-rename cannot race with another archiver.
      if (existsSync(move.to)) return false;
      renameSync(move.from, move.to);
      return true;
    }
    throw new LedgerError('E_WRITE', `could not archive ${move.from} to ${move.to}: ${(error as Error).message}`, { cause: error });
  }
}

function removeSource(move: ArchiveMove): void {
  try {
    unlinkSync(move.from);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new LedgerError('E_WRITE', `archived ${move.to} but could not remove ${move.from}: ${(error as Error).message}`, { cause: error });
    }
  }
}

function hashOfFile(path: string): string | undefined {
  try {
    return sha256Hex(normalizeText(readFileSync(path, 'utf8')));
  } catch {
    return undefined;
  }
}

function sameBytes(a: string, b: string): boolean {
  try {
    if (!existsSync(a)) return existsSync(b);
    return readFileSync(a).equals(readFileSync(b));
  } catch {
    return false;
  }
}

export interface SynthesizeAndArchiveOptions {
  readonly retentionDays: number;
  readonly nowMs?: number | undefined;
  /** Only plan the archive; move nothing (the synthesis itself is still written). */
  readonly dryRun?: boolean | undefined;
  /** Passed to the plan (see PlanOptions). */
  readonly warningLimit?: number | undefined;
}

export interface SynthesizeAndArchiveOutcome extends WriteOutcome {
  readonly archive: ArchiveOutcome;
}

/**
 * Synthesize, then archive, under one hold of the stream's `.synth.lock`, so no other synthesis can
 * read a half-moved archive. `current.md` is written first: the moves cannot change it. The plan
 * comes from the folded state, so no event is parsed (or held) again.
 */
export async function synthesizeAndArchive(
  inputs: StreamInputs,
  options: SynthesizeAndArchiveOptions,
): Promise<SynthesizeAndArchiveOutcome> {
  if (inputs.inputGlob) {
    throw new LedgerError('E_USAGE', '--archive works on the configured events directory; drop --input');
  }
  const { then: archive, ...outcome } = await synthesizeStream(inputs, {
    warningLimit: options.warningLimit,
    thenHoldingLock: ({ synthesis }, lock) => {
      const plan = planArchive(inputs.config, synthesis.files, archivableEvents(synthesis.state), options.retentionDays, options.nowMs ?? Date.now());
      lock.assertHeld();
      return options.dryRun ? { ...plan, archived: [], conflicts: [] } : applyArchive(plan);
    },
  });
  return { ...outcome, archive: archive! };
}

/** Paths of a move shown relative to `root`, for messages and JSON. */
export function describeMove(move: ArchiveMove, root: string): { from: string; to: string } {
  return { from: relative(root, move.from) || move.from, to: relative(root, move.to) || move.to };
}
