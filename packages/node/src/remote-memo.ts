import { join } from 'node:path';
import { sha256Hex, type RemoteInFlight } from '@ledger-synth/core';
import { writeFileAtomic } from './atomic-write.js';
import { cacheFormat, ensureCacheDir } from './fold-cache.js';
import { readStateFile } from './read-events.js';
import type { RemoteRef } from './remote-events.js';

/*
 * `<cache dir>/remote.memo`: the last answer of remote-events.ts's `remoteInFlightFor`, for the
 * commits it was computed from. That answer is a function of HEAD's commit (its events and archive
 * trees), of each remote-tracking ref's commit (its events tree, its blobs), of the settings in the
 * key and of the parser (the cache format). Git objects never change under their ids, so while
 * nobody fetched or committed, a session start lists the refs (one git process) and reads no tree:
 * at 10k events and 5 remote branches that read is two more git processes and ~4 MB of trees.
 */

const MEMO_FILE = 'remote.memo';

/**
 * What remote-events.ts answers for given commits, as a version: the cache format follows the
 * parser, not this code. Raise it whenever a change of remote-events.ts (or what it calls) changes an
 * answer, so an answer an older bundle stored is not served. 2: a carrier named once, directories
 * relative to the top.
 */
const ANSWER_VERSION = 2;

export interface RemoteMemoInputs {
  readonly head: string;
  /** The events and archive directories as git reads them: relative to the top, links resolved. */
  readonly eventsDir: string;
  readonly archiveDir: string | undefined;
  readonly max: number;
  readonly maxEventBytes: number | undefined;
  /** The remote-tracking refs read and the replacement refs (refs/replace/*), with their objects. */
  readonly refs: readonly RemoteRef[];
}

export function remoteMemoKey(inputs: RemoteMemoInputs): string {
  const { head, eventsDir, archiveDir, max, maxEventBytes, refs } = inputs;
  return sha256Hex(JSON.stringify([ANSWER_VERSION, head, eventsDir, archiveDir ?? null, max, maxEventBytes ?? null, refs.map(({ ref, oid }) => [ref, oid])]));
}

/** The answer stored under `key`, if any (anything unreadable or of another format is no answer). */
export function loadRemoteMemo(dir: string, key: string): RemoteInFlight | undefined {
  try {
    const bytes = readStateFile(join(dir, MEMO_FILE));
    if (bytes === undefined) return undefined;
    const memo = JSON.parse(bytes.toString('utf8')) as { format?: unknown; key?: unknown; inFlight?: unknown };
    if (memo.format !== cacheFormat() || memo.key !== key || !isInFlight(memo.inFlight)) return undefined;
    return memo.inFlight;
  } catch {
    return undefined;
  }
}

/** Best effort: one answer, the latest. */
export function storeRemoteMemo(dir: string, key: string, inFlight: RemoteInFlight): void {
  try {
    ensureCacheDir(dir);
    writeFileAtomic(join(dir, MEMO_FILE), JSON.stringify({ format: cacheFormat(), key, inFlight }), { durable: false });
  } catch {}
}

/** The shape `toInFlight` makes (a damaged or planted file must not reach the summary as anything else). */
function isInFlight(value: unknown): value is RemoteInFlight {
  if (typeof value !== 'object' || value === null) return false;
  const { events, total, note } = value as Partial<Record<keyof RemoteInFlight, unknown>>;
  const text = (item: unknown) => typeof item === 'string';
  return (
    Array.isArray(events) &&
    typeof total === 'number' &&
    (note === undefined || text(note)) &&
    events.every((event: unknown) => {
      if (typeof event !== 'object' || event === null) return false;
      const { branches, agent, ts, now, openQuestions, summary } = event as Record<string, unknown>;
      return (
        Array.isArray(branches) &&
        branches.every(text) &&
        text(agent) &&
        text(ts) &&
        (now === undefined || text(now)) &&
        Array.isArray(openQuestions) &&
        openQuestions.every(text) &&
        text(summary)
      );
    })
  );
}
