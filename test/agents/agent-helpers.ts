import { dirname, join } from 'node:path';
import { agentHook, approxCodexTokens, type AgentCli, type AgentHookEvent } from '@ledger-synth/node';
import { cleanEnv, REPO_ROOT, type RunResult } from '../helpers/run-cli.js';
import { testHookWorld } from '../hooks/hook-helpers.js';

export const AGENT_HOOK = join(REPO_ROOT, 'hooks/dist/agent-hook.mjs');

/** Run the agent hook for one CLI in-process through a test world (JSON on stdin, cwd = the session's). */
export async function runAgentHook(
  cli: AgentCli,
  event: AgentHookEvent,
  cwd: string,
  input: Record<string, unknown>,
  env: NodeJS.ProcessEnv = {},
  nowMs?: number,
): Promise<RunResult> {
  const world = testHookWorld({ cwd, env: { ...cleanEnv(), ...env }, stdin: JSON.stringify(input), nowMs });
  const code = await agentHook(cli, event, world, { hookDir: dirname(AGENT_HOOK) });
  return { code, signal: null, stdout: world.out(), stderr: world.err() };
}

// Documented payloads (docs/agents.md cites the schemas these follow).

/** Codex SessionStart: session-start.command.input.schema.json (transcript_path is nullable). */
export function codexStart(cwd: string, session: string, source: 'startup' | 'resume' | 'clear' | 'compact' = 'startup') {
  return { session_id: session, transcript_path: null, cwd, hook_event_name: 'SessionStart', model: 'gpt-5.5', permission_mode: 'default', source };
}

/** Codex SessionEnd (thread teardown): reason is always "other". */
export function codexEnd(cwd: string, session: string) {
  return { session_id: session, transcript_path: null, cwd, hook_event_name: 'SessionEnd', reason: 'other' };
}

/** Gemini base input + `source` (SessionStart) / `reason` (SessionEnd). */
export function geminiStart(cwd: string, session: string, source: 'startup' | 'resume' | 'clear' = 'startup') {
  return { session_id: session, transcript_path: join(cwd, '.gemini-chat.json'), cwd, hook_event_name: 'SessionStart', timestamp: '2026-02-01T10:00:00.000Z', source };
}

export function geminiEnd(cwd: string, session: string, reason: 'exit' | 'clear' | 'logout' | 'prompt_input_exit' | 'other' = 'exit') {
  return { session_id: session, transcript_path: join(cwd, '.gemini-chat.json'), cwd, hook_event_name: 'SessionEnd', timestamp: '2026-02-01T11:00:00.000Z', reason };
}

const CODEX_TOP = new Set(['continue', 'hookSpecificOutput', 'stopReason', 'suppressOutput', 'systemMessage']);
const CODEX_SPECIFIC = new Set(['additionalContext', 'env', 'hookEventName']);
const GEMINI_TOP = new Set(['continue', 'stopReason', 'suppressOutput', 'systemMessage', 'decision', 'reason', 'hookSpecificOutput']);

/**
 * The context of a SessionStart stdout, after checking it against the CLI's documented output
 * shape (Codex's schema has additionalProperties: false at both levels) and size limit.
 */
export function checkedStartContext(cli: AgentCli, stdout: string): { context: string; output: Record<string, any> } {
  const output = JSON.parse(stdout) as Record<string, any>;
  const specific = output.hookSpecificOutput as Record<string, unknown>;
  if (specific?.hookEventName !== 'SessionStart' || typeof specific.additionalContext !== 'string') throw new Error(`bad output: ${stdout}`);
  const context = specific.additionalContext;
  if (cli === 'codex') {
    for (const key of Object.keys(output)) if (!CODEX_TOP.has(key)) throw new Error(`Codex rejects top-level "${key}"`);
    for (const key of Object.keys(specific)) if (!CODEX_SPECIFIC.has(key)) throw new Error(`Codex rejects hookSpecificOutput."${key}"`);
    // Codex would spill anything over 2,500 tokens to a file and show a preview.
    if (approxCodexTokens(context) > 2_500) throw new Error(`context is ${approxCodexTokens(context)} Codex tokens`);
  } else {
    for (const key of Object.keys(output)) if (!GEMINI_TOP.has(key)) throw new Error(`unexpected top-level "${key}"`);
    if (context.length > 9_500) throw new Error(`context is ${context.length} characters`);
  }
  if (stdout.trim().split('\n').length !== 1) throw new Error('stdout must be exactly one JSON line');
  return { context, output };
}
