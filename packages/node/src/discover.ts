import fg from 'fast-glob';
import { compareCodePoints } from '@ledger-synth/core';

export interface DiscoverOptions {
  /** The stream's events directory (used when no glob is given). */
  readonly eventsDir: string;
  /**
   * The stream's archive (`archive/YYYY-MM-DD/*.md`), read together with the events directory when
   * no glob is given: archived events stay in the fold, so archiving never changes the state.
   */
  readonly archiveDir?: string | undefined;
  /** A user glob such as `events/*.md`, relative to `cwd`. */
  readonly inputGlob?: string | undefined;
  readonly cwd: string;
}

const GLOB_OPTIONS = {
  absolute: true,
  onlyFiles: true,
  dot: false,
  followSymbolicLinks: false,
  suppressErrors: true,
  unique: true,
} as const;

/**
 * List event files, sorted by code point. Sorting is explicit: changesets processed fragments in
 * `readdir` order, which differs between filesystems. Dot-files (our temp files) are never events;
 * symbolic links to directories are not followed, so a link loop cannot hang discovery.
 */
export async function discoverEventFiles(options: DiscoverOptions): Promise<string[]> {
  if (options.inputGlob) return (await fg(options.inputGlob, { ...GLOB_OPTIONS, cwd: options.cwd })).sort(compareCodePoints);
  const [events, archived] = await Promise.all([
    fg('*.md', { ...GLOB_OPTIONS, cwd: options.eventsDir }),
    options.archiveDir ? fg('*/*.md', { ...GLOB_OPTIONS, cwd: options.archiveDir }) : Promise.resolve([]),
  ]);
  // The archive may be configured inside the events directory; a path is still listed once.
  return [...new Set([...events, ...archived])].sort(compareCodePoints);
}
