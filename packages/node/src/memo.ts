import { lstatSync } from 'node:fs';
import { sha256Hex } from '@ledger-synth/core';
import { discoverEventFiles } from './discover.js';
import { loadMemo, namesDigest, namesThenListing, statListing, storeMemo } from './memo-store.js';
import { streamCache, type StreamInputs, type Synthesis } from './synthesize.js';

/*
 * Answers remembered for a listing (the store is memo-store.ts's `start.memo`). A command whose
 * answer is a pure function of the events' bytes, current.md's bytes and its other inputs can
 * answer from here when every event file and current.md still have the stat keys they had when the
 * answer was stored: SessionStart's summary, and the CLI's "already up to date" run.
 */

/** The stream's event files (discover.ts with the stream's settings). */
export async function listStreamFiles(inputs: StreamInputs): Promise<string[]> {
  const { config } = inputs;
  return discoverEventFiles({ eventsDir: config.eventsDir, archiveDir: config.archiveDir, inputGlob: inputs.inputGlob, cwd: inputs.cwd, output: config.output });
}

/** One id for a command's other inputs (anything JSON can hold; Maps as entry lists). */
export function inputsIdOf(inputs: unknown): string {
  return sha256Hex(JSON.stringify(inputs, (_key, value: unknown) => (value instanceof Map ? [...value] : value)));
}

/**
 * The answer stored for these inputs, if the stream's files (`files`, or listed here) and
 * current.md are as they were. Cheapest check first: no answer for these inputs, then the events
 * and archive directories (a new, removed or renamed file changes them; a change of theirs only
 * ever means "read"), current.md's key, the names, then every file's key.
 */
export async function recall(inputs: StreamInputs, output: string, inputsId: string, files?: readonly string[]): Promise<unknown> {
  const { cacheDir, racyMs } = streamCache(inputs);
  const memo = cacheDir === undefined ? undefined : loadMemo(cacheDir, inputsId);
  if (memo === undefined) return undefined;
  const { listing } = memo;
  if (listing.dirs !== undefined && listing.dirs !== directoriesKey(inputs)) return undefined;
  if (listing.ledger !== statListing([output], racyMs)) return undefined;
  const listed = files ?? (await listStreamFiles(inputs));
  const now = namesThenListing(listed, racyMs);
  if (listing.names !== now.names || listing.events !== now.listing()) return undefined;
  return memo.answer;
}

/**
 * Store an answer computed from `synthesis`, for its files with the keys they had when they were
 * read (a file changed since has another key, so the answer never stands for it), and current.md
 * as it is now (not when current.md is racy: it was just written).
 */
export function remember(inputs: StreamInputs, synthesis: Synthesis, output: string, inputsId: string, answer: unknown): void {
  const { cacheDir, racyMs } = streamCache(inputs);
  if (cacheDir === undefined || synthesis.listing === undefined) return;
  const ledger = statListing([output], racyMs);
  if (ledger === undefined) return;
  storeMemo(cacheDir, { dirs: directoriesKey(inputs), names: namesDigest(synthesis.files), ledger, events: synthesis.listing }, inputsId, answer);
}

/** The stat keys of the directories the stream lists (none for a user glob). */
function directoriesKey(inputs: StreamInputs): string | undefined {
  if (inputs.inputGlob) return undefined;
  const { eventsDir, archiveDir } = inputs.config;
  return [eventsDir, ...(archiveDir ? [archiveDir] : [])]
    .map((dir) => {
      try {
        const stat = lstatSync(dir, { throwIfNoEntry: false });
        return stat === undefined ? '-' : [stat.mtimeMs, stat.ctimeMs, stat.ino, stat.dev].join(':');
      } catch {
        return '?';
      }
    })
    .join('|');
}
