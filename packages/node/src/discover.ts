import fg from 'fast-glob';
import { compareCodePoints } from '@ledger-synth/core';

export interface DiscoverOptions {
  /** The stream's events directory (used when no glob is given). */
  readonly eventsDir: string;
  /** A user glob such as `events/*.md`, relative to `cwd`. */
  readonly inputGlob?: string | undefined;
  readonly cwd: string;
}

/**
 * List event files, sorted by code point. Sorting is explicit: changesets processed fragments in
 * `readdir` order, which differs between filesystems. Dot-files (our temp files) are never events;
 * symbolic links to directories are not followed, so a link loop cannot hang discovery.
 */
export async function discoverEventFiles(options: DiscoverOptions): Promise<string[]> {
  const pattern = options.inputGlob ?? '*.md';
  const cwd = options.inputGlob ? options.cwd : options.eventsDir;
  const files = await fg(pattern, {
    cwd,
    absolute: true,
    onlyFiles: true,
    dot: false,
    followSymbolicLinks: false,
    suppressErrors: true,
    unique: true,
  });
  return files.sort(compareCodePoints);
}
