import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import {
  digestState,
  foldEvents,
  normalizeText,
  parseFooter,
  renderLedger,
  type EventIssue,
  type LedgerEvent,
  type LedgerFooter,
  type LedgerState,
} from '@ledger-synth/core';
import { writeFileAtomic } from './atomic-write.js';
import { generatedAtFor } from './clock.js';
import type { LedgerConfig } from './config.js';
import { discoverEventFiles } from './discover.js';
import { acquireLock, type LockHandle } from './lock.js';
import { readEventFiles } from './read-events.js';
import { describeUnreflected } from './unreflected.js';

export interface StreamInputs {
  readonly config: LedgerConfig;
  /** Overrides the events directory with a glob (relative to cwd). */
  readonly inputGlob?: string | undefined;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
}

export type OutputStatus = 'fresh' | 'stale' | 'missing';

/** Everything a command needs to preview, check or write: computed without side effects. */
export interface Synthesis {
  readonly files: readonly string[];
  readonly events: readonly LedgerEvent[];
  readonly issues: readonly EventIssue[];
  readonly state: LedgerState;
  readonly digest: string;
  readonly output: string;
  readonly previous: string | undefined;
  readonly previousFooter: LedgerFooter | undefined;
  readonly rendered: string;
  readonly status: OutputStatus;
}

export function lockPathFor(config: LedgerConfig): string {
  return join(dirname(config.output), '.synth.lock');
}

/** Read → fold → render, and compare with what is on disk. Writes nothing. */
export async function planSynthesis(inputs: StreamInputs, onProgress?: () => void): Promise<Synthesis> {
  const { config } = inputs;
  const files = await discoverEventFiles({ eventsDir: config.eventsDir, archiveDir: config.archiveDir, inputGlob: inputs.inputGlob, cwd: inputs.cwd });
  const { events, issues } = readEventFiles(files, { displayRoot: config.root, maxEventBytes: config.maxEventBytes, onProgress });
  return planFromEvents(inputs, files, events, issues);
}

/** The pure half of planning, for callers that gathered events themselves (cache, archive, hooks). */
export function planFromEvents(
  inputs: Pick<StreamInputs, 'config' | 'env'>,
  files: readonly string[],
  events: readonly LedgerEvent[],
  issues: readonly EventIssue[],
): Synthesis {
  const output = inputs.config.output;
  const state = foldEvents(events);
  const digest = digestState(state);
  const previous = readIfExists(output);
  const previousFooter = previous === undefined ? undefined : parseFooter(previous);
  // Same inputs ⇒ keep the old `generated_at`, so an unchanged ledger stays byte-identical.
  const generatedAt =
    previousFooter && previousFooter.digest === digest ? previousFooter.generatedAt : generatedAtFor(inputs.env);
  const rendered = renderLedger(state, { generatedAt });
  const status: OutputStatus = previous === undefined ? 'missing' : previous === rendered ? 'fresh' : 'stale';
  return { files, events, issues, state, digest, output, previous, previousFooter, rendered, status };
}

export interface WriteOutcome {
  readonly synthesis: Synthesis;
  readonly written: boolean;
}

/**
 * Synthesize one stream under its `.synth.lock`: the read, fold and write happen while holding the
 * lock, so two concurrent runs can never write an older view over a newer one.
 */
export async function synthesizeStream(inputs: StreamInputs): Promise<WriteOutcome> {
  const lock = await acquireLock(lockPathFor(inputs.config), {
    timeoutMs: inputs.config.lockTimeoutMs,
    staleMs: inputs.config.lockStaleMs,
  });
  try {
    return await synthesizeHoldingLock(inputs, lock);
  } finally {
    lock.release();
  }
}

export async function synthesizeHoldingLock(inputs: StreamInputs, lock: LockHandle): Promise<WriteOutcome> {
  const synthesis = await planSynthesis(inputs, () => lock.refresh());
  if (synthesis.status === 'fresh') return { synthesis, written: false };
  lock.assertHeld();
  writeFileAtomic(synthesis.output, synthesis.rendered);
  return { synthesis, written: true };
}

function readIfExists(path: string): string | undefined {
  try {
    return normalizeText(readFileSync(path, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Human-readable reasons a `--check` failed. */
export function describeStaleness(synthesis: Synthesis, root: string): string[] {
  const where = relative(root, synthesis.output) || synthesis.output;
  if (synthesis.status === 'missing') {
    return [`${where} does not exist; ${synthesis.state.events.size} event(s) are waiting to be synthesized`];
  }
  if (synthesis.status === 'fresh') return [];
  const lines: string[] = [];
  const footer = synthesis.previousFooter;
  if (!footer) {
    lines.push(`${where} has no _synthesized footer (edited by hand or written by another tool)`);
  } else {
    if (footer.eventCount !== synthesis.state.events.size) {
      lines.push(`event_count: ${where} reflects ${footer.eventCount}, the events directory has ${synthesis.state.events.size}`);
    }
    if (footer.digest !== synthesis.digest) lines.push(`digest: ${footer.digest.slice(0, 19)}… recorded, ${synthesis.digest.slice(0, 19)}… expected`);
    // Which events are missing, from the file alone (shallow CI clones have no history to diff).
    lines.push(...describeUnreflected(synthesis.events, synthesis.state, synthesis.previous ?? '', footer));
  }
  const changed = changedSections(synthesis.previous ?? '', synthesis.rendered);
  if (changed.length > 0) lines.push(`sections that differ: ${changed.join(', ')}`);
  if (lines.length === 0) lines.push(`${where} differs from a fresh synthesis`);
  return lines;
}

function changedSections(before: string, after: string): string[] {
  const a = sections(before);
  const b = sections(after);
  const names = [...new Set([...a.keys(), ...b.keys()])];
  return names.filter((name) => a.get(name) !== b.get(name) && name !== '_footer');
}

function sections(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const body = text.split('\n---\n_synthesized:')[0] ?? '';
  for (const chunk of body.split(/\n(?=## )/)) {
    const heading = /^## (.+)/.exec(chunk)?.[1];
    if (heading) out.set(heading, chunk);
  }
  return out;
}
