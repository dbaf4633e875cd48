import { sanitizeAgentId } from '@ledger-synth/core';
import { parseHookInput, type HookInputResult } from './hook-input.js';
import { readStartMarker } from './start-marker.js';

/**
 * One adapter per agent CLI: how its hook input becomes our common HookInput, how big the
 * SessionStart context may be, how the output is shaped, and how its agents are named. The
 * SessionStart/SessionEnd logic itself (session-start.ts, session-end.ts) is shared. Every fact
 * here is cited in docs/agents.md ("Other agent CLIs").
 */
export type AgentCli = 'claude' | 'codex' | 'gemini';
export type AgentHookEvent = 'session-start' | 'session-end';

export const AGENT_CLIS: readonly AgentCli[] = ['claude', 'codex', 'gemini'];
export const AGENT_HOOK_EVENTS: readonly AgentHookEvent[] = ['session-start', 'session-end'];

export interface SessionStartContext {
  readonly additionalContext: string;
  readonly systemMessage: string;
}

export interface CliProfile {
  readonly cli: AgentCli;
  /** How the tool is named to a person. */
  readonly displayName: string;
  /** Default `additionalContext` budget in characters (config `context_budget` does not raise it). */
  readonly contextBudget: number;
  /** Whether a context is small enough for the CLI to hand to the model whole. */
  readonly contextFits: (context: string) => boolean;
  /** Env vars naming a file whose `export` lines the CLI sources into later shell commands. */
  readonly envFileVars: readonly string[];
  /** Env var the CLI sets in the shell commands the model runs, holding the session id (if any). */
  readonly sessionEnvVar: string | undefined;
  readonly start: { readonly stdinTimeoutMs: number; readonly deadlineMs: number };
  readonly end: { readonly stdinTimeoutMs: number; readonly deadlineMs: number };
  readonly parseInput: (text: string) => HookInputResult;
  /** The SessionStart stdout object. */
  readonly startOutput: (summary: SessionStartContext) => object;
  /** Stdout for a run that failed (one line for the person); undefined prints nothing. */
  readonly failureOutput: (event: AgentHookEvent, line: string) => object | undefined;
}

/**
 * Codex replaces any hook output over 2,500 tokens (its own estimate) with a head/tail preview and
 * saves the whole text under $CODEX_HOME/hook_outputs/: we stay below, with a margin for the estimate.
 */
export const CODEX_HOOK_OUTPUT_TOKEN_LIMIT = 2_500;
export const CODEX_CONTEXT_TOKEN_TARGET = 2_200;

const claude: CliProfile = {
  cli: 'claude',
  displayName: 'Claude Code',
  contextBudget: 8_000,
  contextFits: (context) => context.length <= 9_500,
  envFileVars: ['CLAUDE_ENV_FILE'],
  sessionEnvVar: undefined,
  start: { stdinTimeoutMs: 1_000, deadlineMs: 8_000 },
  end: { stdinTimeoutMs: 400, deadlineMs: 1_300 },
  parseInput: parseHookInput,
  startOutput: (summary) => ({
    hookSpecificOutput: { hookEventName: 'SessionStart', additionalContext: summary.additionalContext },
    systemMessage: summary.systemMessage,
  }),
  failureOutput: (event, line) => (event === 'session-start' ? { systemMessage: line } : undefined),
};

const codex: CliProfile = {
  cli: 'codex',
  displayName: 'Codex CLI',
  contextBudget: 6_000,
  contextFits: (context) => approxCodexTokens(context) <= CODEX_CONTEXT_TOKEN_TARGET,
  // Codex hands SessionStart hooks a CODEX_ENV_FILE (and CLAUDE_ENV_FILE) to source, where it supports one.
  envFileVars: ['CODEX_ENV_FILE', 'CLAUDE_ENV_FILE'],
  sessionEnvVar: 'CODEX_THREAD_ID',
  start: { stdinTimeoutMs: 1_000, deadlineMs: 8_000 },
  // Codex gives SessionEnd 1 s by default and never more than 3 s (we install 3).
  end: { stdinTimeoutMs: 400, deadlineMs: 2_500 },
  parseInput: parseHookInput,
  // No systemMessage on success: Codex shows every systemMessage as a warning.
  startOutput: (summary) => ({ hookSpecificOutput: { hookEventName: 'SessionStart', additionalContext: summary.additionalContext } }),
  failureOutput: (event, line) => (event === 'session-start' ? { systemMessage: line } : undefined),
};

const gemini: CliProfile = {
  cli: 'gemini',
  displayName: 'Gemini CLI',
  contextBudget: 8_000,
  // No documented limit; stay where Claude Code's is.
  contextFits: (context) => context.length <= 9_500,
  envFileVars: [],
  sessionEnvVar: undefined,
  start: { stdinTimeoutMs: 1_000, deadlineMs: 8_000 },
  // Gemini does not wait for SessionEnd hooks; finish fast, recovery covers a cut-off run.
  end: { stdinTimeoutMs: 400, deadlineMs: 4_000 },
  parseInput: parseHookInput,
  startOutput: (summary) => ({
    hookSpecificOutput: { hookEventName: 'SessionStart', additionalContext: summary.additionalContext },
    systemMessage: summary.systemMessage,
  }),
  failureOutput: (event, line) => (event === 'session-start' ? { systemMessage: line } : undefined),
};

const PROFILES: Readonly<Record<AgentCli, CliProfile>> = { claude, codex, gemini };

export function cliProfile(cli: AgentCli): CliProfile {
  return PROFILES[cli];
}

export function isAgentCli(value: string | undefined): value is AgentCli {
  return value === 'claude' || value === 'codex' || value === 'gemini';
}

export function isAgentHookEvent(value: string | undefined): value is AgentHookEvent {
  return value === 'session-start' || value === 'session-end';
}

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/**
 * `<cli>-<8 characters of the session id>`: which tool wrote the event, and which session. Claude
 * Code and Gemini ids are random UUIDs (v4): the first 8 characters, as before. Codex thread ids are
 * UUID v7, whose first 8 hex digits are a timestamp shared by every session started in the same
 * ~65 s (parallel worktrees!): for those the last 8 (random) digits name the session.
 */
export function agentIdFor(cli: AgentCli, session: string): string {
  const part = UUID_V7.test(session) ? session.replace(/-/g, '').slice(-8) : session.slice(0, 8);
  return sanitizeAgentId(`${cli}-${part}`);
}

/**
 * Codex's own estimate of a text's tokens (codex-rs/utils/string `approx_token_count`): the larger
 * of bytes/4 and a lexical count (each word's bytes/4 rounded up, plus one per punctuation
 * character). Markdown punctuation makes the lexical count the larger one for our summaries.
 */
export function approxCodexTokens(text: string): number {
  const bytes = Buffer.byteLength(text, 'utf8');
  let lexical = 0;
  let wordBytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    let word: boolean;
    let space: boolean;
    if (code < 0x80) {
      word = (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
      space = code === 0x20 || (code >= 0x09 && code <= 0x0d);
    } else {
      word = /[\p{Alphabetic}\p{N}]/u.test(ch);
      space = /\s/u.test(ch);
    }
    if (word) {
      wordBytes += Buffer.byteLength(ch, 'utf8');
      continue;
    }
    lexical += Math.ceil(wordBytes / 4);
    wordBytes = 0;
    if (!space) lexical += 1;
  }
  lexical += Math.ceil(wordBytes / 4);
  return Math.max(Math.ceil(bytes / 4), lexical);
}

/**
 * Which CLI runs (or ran) a session, for naming its agent outside a hook (`record --publish`): the
 * CLI its start marker names, else the one whose shell we are in (Codex exports CODEX_THREAD_ID,
 * Gemini GEMINI_CLI=1), else Claude Code.
 */
export function cliOfSession(root: string, session: string, env: NodeJS.ProcessEnv): AgentCli {
  const marked = readStartMarker(root, session)?.cli;
  if (isAgentCli(marked)) return marked;
  if (env.CODEX_THREAD_ID === session) return 'codex';
  if (env.GEMINI_CLI === '1') return 'gemini';
  return 'claude';
}
