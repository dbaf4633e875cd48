import { spawn } from 'node:child_process';
import { appendFileSync, closeSync, existsSync, opendirSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import {
  LedgerError,
  buildLegacySummary,
  buildSessionSummary,
  clampBudget,
  compareCodePoints,
  emptyState,
  formatInstant,
  parseEvent,
  summarizeEvent,
  type ElsewhereEvent,
  type OutputOutcome,
  type SessionSummary,
  type SummaryInput,
} from '@ledger-synth/core';
import { loadConfig, type LedgerConfig } from '../config.js';
import { ensureMergeSetup } from '../merge-setup.js';
import { loadEventText } from '../read-events.js';
import { ReadStopped } from '../read-fold.js';
import { inputsIdOf, listStreamFiles, recall, remember } from '../memo.js';
import { streamCache, synthesizeStream, type Synthesis } from '../synthesize.js';
import { listWorktrees, readGitState, type GitState } from './git-state.js';
import type { HookInput } from './hook-input.js';
import { sessionProcess } from './liveness.js';
import { existingDir, ledgerRootOf } from './paths.js';
import { describeRecovery, recoverStrandedSessions } from './recover.js';
import { writeStartMarker } from './start-marker.js';
import { remoteInFlightFor } from '../remote-events.js';

export interface SessionStartOptions {
  readonly input: HookInput;
  readonly env: NodeJS.ProcessEnv;
  readonly nowMs: number;
  readonly processCwd: string;
  /** Shell command prefix the model should use to record entries (e.g. `node ".../cc-synthesize.mjs" record`). */
  readonly recordCommand: string | undefined;
  /** How long to wait for `.synth.lock` before summarizing without writing. */
  readonly lockTimeoutMs?: number;
  /** Which agent CLI runs this hook (default claude); kept in the start marker for recovery. */
  readonly cli?: string;
  /** Upper bound for the context budget (a CLI with a smaller context channel); config can only lower it. */
  readonly maxContextBudget?: number;
  /** Whether the context fits the CLI's channel (e.g. Codex's token estimate); the budget shrinks until it does. */
  readonly contextFits?: (context: string) => boolean;
  /** Env vars naming files the CLI sources into later shell commands (default CLAUDE_ENV_FILE). */
  readonly envFileVars?: readonly string[];
  /** The hook process's parent (Claude Code, possibly through a shell): recorded so a later hook can tell the session is over. Default `process.ppid`. */
  readonly parentPid?: number;
  /**
   * How long listing and the synthesis may take (default 1,200 ms, or LEDGER_SYNTH_START_BUDGET_MS). Past it
   * the read stops, the answer comes from the committed current.md, and the CLI (`cliPath`)
   * finishes the synthesis in a detached process.
   */
  readonly synthesisBudgetMs?: number;
  /** The CLI bundle that can finish a synthesis in the background (see cliPathFor). */
  readonly cliPath?: string | undefined;
}

// With Node start-up, listing and the answer itself around it, the hook answers within about 2 s.
const SYNTHESIS_BUDGET_MS = 1_200;

/** What Claude Code expects on stdout from a SessionStart hook. */
export interface SessionStartOutput {
  readonly hookSpecificOutput: { readonly hookEventName: 'SessionStart'; readonly additionalContext: string };
  readonly systemMessage: string;
}

const MAX_ELSEWHERE_PER_WORKTREE = 10;
const MAX_ELSEWHERE = 20;

/**
 * SessionStart, for every source (startup, resume, clear, compact, …): leave the session's start
 * marker, export its id for `record`, synthesize under the lock (without rewriting an unchanged
 * current.md), and return a bounded summary for the model plus one line for the person.
 */
export async function runSessionStart(options: SessionStartOptions): Promise<SessionStartOutput> {
  const { input, env } = options;
  const cwd = existingDir(input.cwd) ?? options.processCwd;
  if (ledgerRootOf(cwd) === undefined) {
    // Hooks create nothing outside a repository: no marker, no state directory, no ledger.
    const line = `ledger-synth: ${cwd} is not in a git repository or ledger root (no .ledger-synth.yaml); nothing recorded or synthesized`;
    return { hookSpecificOutput: { hookEventName: 'SessionStart', additionalContext: '' }, systemMessage: line };
  }
  const config = loadConfig(cwd, env);
  const gitState = readGitState(cwd);

  // Sessions of this checkout that ended without SessionEnd (this one's own earlier run included,
  // when its process is gone) are published first, so the summary below includes them.
  let recovered = '';
  try {
    recovered = describeRecovery(await recoverStrandedSessions({ root: config.root, env, nowMs: options.nowMs }));
  } catch {
    // Best effort: the next hook or command tries again; the summary matters more now.
  }

  if (input.sessionId) {
    // Both are conveniences for SessionEnd and `record`; failing them must not cost the summary.
    const session = input.sessionId;
    const owner = sessionProcess(options.parentPid ?? process.ppid);
    bestEffort(() =>
      writeStartMarker(config.root, {
        session,
        startedAt: formatInstant(options.nowMs),
        startedMs: options.nowMs,
        head: gitState?.head,
        branch: gitState?.branch,
        cwd,
        ...(options.cli && options.cli !== 'claude' ? { cli: options.cli } : {}),
        transcriptPath: input.transcriptPath,
        pid: owner?.pid,
        pidStart: owner?.startTime,
        host: owner?.host,
      }),
    );
    // Codex may name one file under two variables: export into each file once.
    const envFiles = new Set((options.envFileVars ?? ['CLAUDE_ENV_FILE']).map((name) => env[name]).filter((file) => file));
    for (const file of envFiles) bestEffort(() => exportSessionId(file, session));
  }

  // A fresh clone of a repository that uses the merge driver lacks its per-clone config: set it up
  // (or say how), so a merge never stops on current.md unannounced. Best effort, like recovery.
  const mergeSetup = await ensureMergeSetup(config.root, config.output, env).catch(() => undefined);

  const summary = await summarize(config, options, cwd, gitState);
  const notes = [recovered, mergeSetup].filter((note) => note);
  return {
    hookSpecificOutput: { hookEventName: 'SessionStart', additionalContext: summary.additionalContext },
    systemMessage: [summary.systemMessage, ...notes].join(' · '),
  };
}

async function summarize(config: LedgerConfig, options: SessionStartOptions, cwd: string, gitState: GitState | undefined): Promise<SessionSummary> {
  const outputPath = relative(config.root, config.output) || config.output;
  const eventsDirState = dirState(config.eventsDir);
  if (eventsDirState === 'unreadable') {
    throw new LedgerError('E_READ', `cannot read the events directory ${config.eventsDir}; current.md was left as it is`);
  }
  if (eventsDirState === 'missing') {
    // Migration path: a repository that still has only a hand-kept ledger gets it loaded as is.
    const legacy = readText(config.output);
    if (legacy !== undefined) return buildLegacySummary(legacy, outputPath, config.contextBudget);
  }

  // A time budget for listing, the memo check and the synthesis, checked between batches of files
  // (the read yields, so this is never late by more than a batch): a session start never waits for
  // a cold read of a huge ledger.
  const fromEnv = Number(options.env.LEDGER_SYNTH_START_BUDGET_MS ?? Number.NaN);
  const budget = options.synthesisBudgetMs ?? (Number.isFinite(fromEnv) && fromEnv >= 0 ? fromEnv : SYNTHESIS_BUDGET_MS);
  const stopAt = Date.now() + budget;
  // Other machines' work as of the last fetch (plumbing, no network; bounded by remote_events_timeout_ms):
  // its git processes run while this one lists and reads.
  const stream = { config, cwd, env: options.env };
  const remoteRead = gitState
    ? remoteInFlightFor(config, cwd, options.env, { top: gitState.topLevel, head: gitState.head, memoDir: streamCache(stream).cacheDir }).catch(() => undefined)
    : undefined;
  const files = eventsDirState === 'present' ? await listStreamFiles(stream) : [];
  const elsewhere = gitState ? eventsInSiblingWorktrees(cwd, config, gitState, files) : [];
  const remote = await remoteRead;
  const others = { outputPath, elsewhere, recordCommand: options.recordCommand, remote };

  // Nothing changed since a start that found current.md up to date: the same answer (memo.ts). Its
  // proof (one lstat per file) runs only when there is an answer for these inputs: a proof made
  // before knowing them (while git reads) was wasted whenever there was none, and at 100k files
  // it used up the synthesis's time budget, so no start ever stored an answer.
  const inputsId = inputsIdOf(['session-start', config, options.cli ?? 'claude', options.maxContextBudget ?? null, others]);
  const remembered = eventsDirState === 'present' ? ((await recall(stream, config.output, inputsId, files)) as SessionSummary | undefined) : undefined;
  if (remembered) return remembered;

  let synthesis: Synthesis | undefined;
  let outcome: OutputOutcome = 'missing-output';
  if (eventsDirState === 'present') {
    try {
      ({ synthesis, outcome } = await synthesizeOrPreview(config, options, cwd, (aheadMs = 0) => Date.now() + aheadMs >= stopAt));
    } catch (error) {
      if (!(error instanceof ReadStopped)) throw error;
      return fromCommittedLedger(config, outputPath, budget, synthesizeInBackground(options.cliPath, cwd, options.env));
    }
  }
  const summaryFor = (outcomeNow: OutputOutcome) => buildFitting(config, options, { ...others, outcome: outcomeNow, skipped: synthesis?.issues.length ?? 0, state: synthesis?.state ?? emptyState() });
  const summary = summaryFor(outcome);
  // current.md now matches the fold: remember the answer a start that changes nothing would give.
  if (synthesis && (outcome === 'unchanged' || outcome === 'written')) {
    remember(stream, synthesis, config.output, inputsId, outcome === 'unchanged' ? summary : summaryFor('unchanged'));
  }
  return summary;
}

/** The summary within the config's budget, shrunk until it fits a CLI that measures its channel differently (Codex counts tokens). */
function buildFitting(config: LedgerConfig, options: SessionStartOptions, input: Omit<SummaryInput, 'budget'>): SessionSummary {
  let budget = Math.min(config.contextBudget, options.maxContextBudget ?? Number.POSITIVE_INFINITY);
  let summary = buildSessionSummary({ ...input, budget });
  while (options.contextFits && !options.contextFits(summary.additionalContext) && budget > 500) {
    budget = Math.max(500, Math.floor(budget * 0.85));
    summary = buildSessionSummary({ ...input, budget });
  }
  return summary;
}

async function synthesizeOrPreview(
  config: LedgerConfig,
  options: SessionStartOptions,
  cwd: string,
  shouldStop: (aheadMs?: number) => boolean,
): Promise<{ synthesis: Synthesis; outcome: OutputOutcome }> {
  // Someone else synthesizing: never wait long at session start, summarize without writing.
  const { synthesis, written, lockBusy } = await synthesizeStream({ config, cwd, env: options.env }, {
    warningLimit: 0, // the summary counts skipped files; warnings are the CLI's to show
    lockTimeoutMs: options.lockTimeoutMs ?? 300,
    planIfBusy: true,
    skipEmpty: true,
    shouldStop,
  });
  const outcome: OutputOutcome = lockBusy ? 'lock-busy' : written ? 'written' : synthesis.status === 'fresh' ? 'unchanged' : 'missing-output';
  return { synthesis, outcome };
}

/**
 * The answer when the synthesis did not fit the time budget: the committed current.md as written
 * (saying so), while the synthesis finishes elsewhere: that detached run stores the cache, so the
 * next start is warm (nothing read before the stop is kept).
 */
function fromCommittedLedger(config: LedgerConfig, outputPath: string, budgetMs: number, background: boolean): SessionSummary {
  const later = background ? 'a full synthesis is running in the background' : 'run `cc-synthesize --no-confirm` to bring it up to date';
  const limit = clampBudget(config.contextBudget);
  // Only the head is shown: at 100k events current.md is ~8 MB, and reading it all would cost the time saved.
  const text = readHead(config.output, limit * 4 + 4096);
  if (text === undefined) {
    return {
      additionalContext: `The continuity ledger ${outputPath} does not exist yet and the events took longer than ${budgetMs} ms to read; ${later}.`,
      systemMessage: `ledger-synth: no ${outputPath} yet; ${later}`,
    };
  }
  const head = `Continuity ledger (the committed ${outputPath}, shown as written: reading every event took longer than ${budgetMs} ms, so events since its last synthesis may be missing; ${later}):\n\n`;
  const body = text.replace(/\r\n?/g, '\n').trim();
  const marker = '\n… (truncated to the context budget)';
  const room = Math.max(0, limit - head.length);
  const shown = body.length <= room ? body : `${body.slice(0, Math.max(0, room - marker.length))}${marker}`;
  return {
    additionalContext: `${head}${shown}`.slice(0, limit),
    systemMessage: `ledger-synth: showing the committed ${outputPath} (the events took longer than ${budgetMs} ms to read; ${later})`,
  };
}

/** Start `cc-synthesize --no-confirm` detached (it outlives this hook); false when there is no CLI to run. */
function synthesizeInBackground(cliPath: string | undefined, cwd: string, env: NodeJS.ProcessEnv): boolean {
  if (cliPath === undefined || !existsSync(cliPath)) return false;
  try {
    const child = spawn(process.execPath, [cliPath, '--no-confirm'], { cwd, env, detached: true, stdio: 'ignore' });
    child.on('error', () => {});
    child.unref();
    return true;
  } catch {
    return false;
  }
}

/**
 * Events that sibling worktrees of this repository hold and this one does not (by file name):
 * work in flight elsewhere. Read-only; only the newest few per worktree are parsed.
 */
function eventsInSiblingWorktrees(cwd: string, config: LedgerConfig, gitState: GitState, ownFiles: readonly string[]): ElsewhereEvent[] {
  const found: ElsewhereEvent[] = [];
  if (!hasLinkedWorktrees(gitState.topLevel)) return found;
  const own = new Set(ownFiles.map((file) => basename(file)));
  const here = realpathOr(gitState.topLevel);
  for (const worktree of listWorktrees(cwd)) {
    if (worktree.bare || realpathOr(worktree.path) === here || found.length >= MAX_ELSEWHERE) continue;
    let siblingConfig: LedgerConfig;
    try {
      siblingConfig = loadConfig(worktree.path);
    } catch {
      continue; // a sibling with a broken config is its own problem
    }
    let names: string[];
    try {
      names = readdirSync(siblingConfig.eventsDir).filter((name) => name.endsWith('.md') && !name.startsWith('.') && !own.has(name));
    } catch {
      continue;
    }
    // File names start with the event time, so the newest sort last.
    names.sort(compareCodePoints).reverse();
    const display = relative(config.root, worktree.path) || worktree.path;
    for (const name of names.slice(0, MAX_ELSEWHERE_PER_WORKTREE)) {
      const loaded = loadEventText(join(siblingConfig.eventsDir, name), config.maxEventBytes);
      if (!loaded.ok) continue;
      const parsed = parseEvent(loaded.text, name);
      if (!parsed.ok) continue;
      found.push({
        worktree: display,
        branch: worktree.branch ?? parsed.event.branch,
        agent: parsed.event.agent,
        ts: parsed.event.ts.iso,
        summary: summarizeEvent(parsed.event),
        // Identity, so an event present in two siblings is listed once; its content for the handoff.
        id: `${name}\u0000${parsed.event.contentHash}`,
        now: parsed.event.now,
        done: parsed.event.thisSession,
        openQuestions: parsed.event.openQuestions,
      });
      if (found.length >= MAX_ELSEWHERE) break;
    }
  }
  return found.sort((a, b) => compareCodePoints(b.ts, a.ts) || compareCodePoints(a.worktree, b.worktree));
}

/**
 * Skip the `git worktree list` process in the common case of a plain checkout: a main worktree
 * without `.git/worktrees/` has no siblings. (In a linked worktree `.git` is a file: ask git.)
 */
function hasLinkedWorktrees(topLevel: string): boolean {
  try {
    if (!statSync(join(topLevel, '.git')).isDirectory()) return true;
    return readdirSync(join(topLevel, '.git', 'worktrees')).length > 0;
  } catch {
    return false;
  }
}

/**
 * Make the session id visible to later Bash commands of this session (Claude Code sources
 * CLAUDE_ENV_FILE before each one), so `cc-synthesize record` knows which draft to write.
 */
function exportSessionId(envFile: string | undefined, session: string): void {
  if (!envFile) return;
  const quoted = `'${session.replace(/'/g, `'\\''`)}'`;
  appendFileSync(envFile, `export LEDGER_SYNTH_SESSION=${quoted}\n`);
}

function bestEffort(work: () => unknown): void {
  try {
    work();
  } catch {
    // Recorded nowhere on purpose: the summary below is what the session needs.
  }
}

function dirState(path: string): 'present' | 'missing' | 'unreadable' {
  try {
    if (!statSync(path).isDirectory()) return 'missing';
    // Readable? Open it and read one entry: listing 100k names here would cost what discovery does.
    const dir = opendirSync(path);
    try {
      dir.readSync();
    } finally {
      dir.closeSync();
    }
    return 'present';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable';
  }
}

function readHead(path: string, maxBytes: number): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buffer = Buffer.alloc(maxBytes);
    const read = readSync(fd, buffer, 0, maxBytes, 0);
    // A cut inside a multi-byte character becomes U+FFFD at the very end, past what is shown.
    return buffer.subarray(0, read).toString('utf8');
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}


function realpathOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
