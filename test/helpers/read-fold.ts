import { foldEvents, type EventIssue, type LedgerEvent } from '@ledger-synth/core';
import { discoverEventFiles } from '../../packages/node/src/discover.js';
import { readEvents, type ReadSettings } from '../../packages/node/src/event-cache.js';

/** The read path without a plan: read (through the cache, if given) and fold; outcomes in file order. */
export async function readAndFold(files: readonly string[], settings: ReadSettings) {
  const outcomes: { event?: LedgerEvent; reason?: string; warnings?: readonly unknown[] }[] = new Array(files.length);
  const stats = await readEvents(files, settings, (i, outcome) => {
    if (outcomes[i] !== undefined) throw new Error(`file ${i} visited twice`);
    outcomes[i] = outcome;
  });
  const events = outcomes.flatMap((o) => (o.event ? [o.event] : []));
  const issues: EventIssue[] = outcomes.flatMap((o, i) => (o.reason !== undefined ? [{ file: files[i]!, reason: o.reason }] : []));
  return { state: foldEvents(events), events, issues, outcomes, stats };
}

export async function listEvents(dir: string, eventsDir = 'events'): Promise<string[]> {
  return discoverEventFiles({ eventsDir: `${dir}/${eventsDir}`, cwd: dir });
}
