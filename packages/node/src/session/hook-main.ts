import { escapeControls } from '@ledger-synth/core';
import { runHook, type HookWorld } from './hook-runner.js';
import { cliPathFor, recordCommandFor } from './record-command.js';
import { publishSessionEnd } from './session-end.js';
import { runSessionStart } from './session-start.js';

/**
 * Claude Code SessionEnd hook, given its world. Claude Code gives SessionEnd hooks 1.5 s in all by
 * default, so the deadline here is tighter. Resolves with the exit code (always 0).
 */
export function sessionEndHook(world: HookWorld): Promise<number> {
  return runHook({ name: 'ledger-synth SessionEnd', stdinTimeoutMs: 400, deadlineMs: 1_300 }, world, async ({ input }) => {
    await publishSessionEnd({ input, env: world.env, nowMs: world.now(), processCwd: world.cwd });
    return undefined; // Claude Code discards SessionEnd output; success is silent.
  });
}

export interface SessionStartHookOptions {
  /** Where the hook bundle is installed: the `record` command is looked up beside it. */
  readonly hookDir: string | undefined;
}

/** Claude Code SessionStart hook (every source), given its world: synthesize, then a bounded summary. */
export function sessionStartHook(world: HookWorld, options: SessionStartHookOptions): Promise<number> {
  const runner = {
    name: 'ledger-synth SessionStart',
    stdinTimeoutMs: 1_000,
    deadlineMs: 8_000,
    failureOutput: (line: string) => ({ systemMessage: line }),
  };
  return runHook(runner, world, async ({ input }) => {
    const output = await runSessionStart({
      input,
      env: world.env,
      nowMs: world.now(),
      processCwd: world.cwd,
      // Relative to the project when installed there: the command install's permission rule allows.
      recordCommand: recordCommandFor(options.hookDir, world.env.CLAUDE_PROJECT_DIR),
      cliPath: cliPathFor(options.hookDir),
    });
    // The person sees systemMessage in their terminal: event text in it is escaped like any printed line.
    return { ...output, systemMessage: escapeControls(output.systemMessage) };
  });
}
