import { sha256Hex } from '@ledger-synth/core';
import { discoverEventFiles } from './discover.js';
import { listingId, loadMemo, statListing, storeMemo } from './fold-cache.js';
import type { StatKey } from './read-events.js';
import { streamCache, type StreamInputs } from './synthesize.js';

/**
 * Answers remembered for a listing (the store is fold-cache.ts's `start.memo`). A command whose
 * answer is a pure function of the events' bytes, current.md's bytes and its other inputs can
 * answer from here when every event file and current.md still have the stat keys they had when the
 * answer was stored: SessionStart's summary, and the CLI's "already up to date" run.
 */
export interface MemoListing {
  /** The stream's files, listed once for the memo and for the read that may follow. */
  readonly files: readonly string[];
  /** Their stat keys, when every one had settled (else nothing is remembered or recalled). */
  readonly keys?: readonly StatKey[] | undefined;
  readonly digest?: string | undefined;
  readonly cacheDir?: string | undefined;
  readonly racyMs: number;
}

export async function listForMemo(inputs: StreamInputs): Promise<MemoListing> {
  const { config } = inputs;
  const files = await discoverEventFiles({ eventsDir: config.eventsDir, archiveDir: config.archiveDir, inputGlob: inputs.inputGlob, cwd: inputs.cwd, output: config.output });
  const { cacheDir, racyMs } = streamCache(inputs);
  // The keys seen before any read: a file changed since has another key, so an answer stored with these never answers for it.
  const listed = cacheDir === undefined ? undefined : statListing(files, racyMs);
  return { files, keys: listed?.keys, digest: listed?.digest, cacheDir, racyMs };
}

/** One id for a command's other inputs (anything JSON can hold; Maps as entry lists). */
export function inputsIdOf(inputs: unknown): string {
  return sha256Hex(JSON.stringify(inputs, (_key, value: unknown) => (value instanceof Map ? [...value] : value)));
}

/** The answer stored for this listing, current.md as it is now, and these inputs. */
export function recall(listing: MemoListing, output: string, inputsId: string): unknown {
  if (listing.cacheDir === undefined || listing.digest === undefined) return undefined;
  const id = listingId({ digest: listing.digest }, output, listing.racyMs);
  return id === undefined ? undefined : loadMemo(listing.cacheDir, id, inputsId);
}

/** Store an answer for this listing and current.md as it is now (not when current.md is racy: it was just written). */
export function remember(listing: MemoListing, output: string, inputsId: string, answer: unknown): void {
  if (listing.cacheDir === undefined || listing.digest === undefined) return;
  const id = listingId({ digest: listing.digest }, output, listing.racyMs);
  if (id !== undefined) storeMemo(listing.cacheDir, id, inputsId, answer);
}
