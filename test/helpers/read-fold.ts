import type { EventIssue } from '@ledger-synth/core';
import { discoverEventFiles } from '../../packages/node/src/discover.js';
import { readAndFold as readAndFoldFiles, type ReadSettings } from '../../packages/node/src/read-fold.js';

/** The read path without a plan: read (through the cache, if given) and fold; skip reasons in file order. */
export async function readAndFold(files: readonly string[], settings: ReadSettings) {
  const read = await readAndFoldFiles(files, settings);
  const issues: EventIssue[] = [];
  read.reasons.forEach((reason, i) => {
    if (reason !== undefined) issues.push({ file: files[i]!, reason });
  });
  return { ...read, issues };
}

export async function listEvents(dir: string, eventsDir = 'events'): Promise<string[]> {
  return discoverEventFiles({ eventsDir: `${dir}/${eventsDir}`, cwd: dir });
}
