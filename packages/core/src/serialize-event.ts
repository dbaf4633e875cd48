import { stringify } from 'yaml';
import { sanitizeAgentId } from './agent-id.js';

export interface EventHeader {
  readonly ts: string;
  readonly agent: string;
  readonly branch?: string | undefined;
  readonly type?: string | undefined;
  readonly reason?: string | undefined;
  readonly session?: string | undefined;
}

export interface EventBody {
  readonly now?: string | undefined;
  readonly this_session?: readonly string[] | undefined;
  readonly decisions?: ReadonlyMap<string, string> | undefined;
  readonly checkpoints?: readonly { phase: string; status: string; updated: string }[] | undefined;
  readonly open_questions?: readonly string[] | undefined;
  readonly resolved_questions?: readonly string[] | undefined;
}

const STRINGIFY_OPTIONS = { lineWidth: 0, indentSeq: false, aliasDuplicateObjects: false } as const;

/**
 * Write an event file's text in the seed format. Values go through the YAML serializer, so quotes,
 * colons, `#`, multi-line text and odd keys round-trip exactly through `parseEvent`.
 */
export function serializeEvent(header: EventHeader, body: EventBody): string {
  const front = new Map<string, string>();
  front.set('ts', header.ts);
  front.set('agent', header.agent);
  for (const key of ['branch', 'type', 'reason', 'session'] as const) {
    const value = header[key];
    if (value !== undefined) front.set(key, value);
  }
  const sections = new Map<string, unknown>();
  if (body.now !== undefined) sections.set('now', body.now);
  if (body.this_session?.length) sections.set('this_session', [...body.this_session]);
  if (body.decisions?.size) sections.set('decisions', new Map(body.decisions));
  if (body.checkpoints?.length) {
    sections.set('checkpoints', body.checkpoints.map((c) => new Map([['phase', c.phase], ['status', c.status], ['updated', c.updated]])));
  }
  if (body.open_questions?.length) sections.set('open_questions', [...body.open_questions]);
  if (body.resolved_questions?.length) sections.set('resolved_questions', [...body.resolved_questions]);
  const bodyText = sections.size === 0 ? '' : `\n${stringify(sections, STRINGIFY_OPTIONS)}`;
  // No block scalars in the frontmatter: gray-matter cuts it at the closing "---" line, which would eat
  // the trailing newlines a `|+` scalar relies on.
  return `---\n${stringify(front, { ...STRINGIFY_OPTIONS, blockQuote: false })}---\n${bodyText}`;
}

/**
 * `2026-01-10T13-03-52.123Z_toast_k3f9.md`: sorts by time, names the agent, and the nonce keeps two
 * sessions of the same agent in the same millisecond apart. Colons are avoided for Windows.
 */
export function eventFileName(epochMs: number, agent: string, nonce: string): string {
  // Always three millisecond digits: `.58Z` would sort after `.580Z`'s neighbours such as `.5Z`.
  const withMs = new Date(Math.floor(epochMs)).toISOString().replace(/:/g, '-');
  const safeNonce = nonce.replace(/[^A-Za-z0-9]/g, '').slice(0, 16) || '0';
  return `${withMs}_${sanitizeAgentId(agent)}_${safeNonce}.md`;
}
