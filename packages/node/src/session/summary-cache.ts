import { createHash } from 'node:crypto';
import { buildSessionSummary, SESSION_SUMMARY_FORMAT, type SessionSummary, type SummaryInput } from '@ledger-synth/core';
import { readCacheJson, writeCacheJson } from '../cache-file.js';

const FILE_NAME = 'session-summary.json';

/**
 * `buildSessionSummary`, remembered in the stream's cache directory. The summary is a pure
 * function of the state and the other inputs, and the digest names the state (it covers every
 * event's file name and content), so a session start whose ledger is known fresh (see
 * fresh-record.ts) answers without decoding the cached states at all.
 */
export function cachedSessionSummary(
  cacheDir: string | undefined,
  digest: string,
  state: () => SummaryInput['state'],
  rest: Omit<SummaryInput, 'state'>,
): SessionSummary {
  if (cacheDir === undefined) return buildSessionSummary({ state: state(), ...rest });
  const key = createHash('sha256').update(JSON.stringify([SESSION_SUMMARY_FORMAT, digest, rest])).digest('hex');
  const cached = readCacheJson(cacheDir, FILE_NAME) as { key?: unknown; summary?: Partial<SessionSummary> } | undefined;
  const summary = cached?.key === key ? cached.summary : undefined;
  if (summary && typeof summary.additionalContext === 'string' && typeof summary.systemMessage === 'string') {
    return { additionalContext: summary.additionalContext, systemMessage: summary.systemMessage };
  }
  const built = buildSessionSummary({ state: state(), ...rest });
  writeCacheJson(cacheDir, FILE_NAME, { key, summary: built });
  return built;
}
