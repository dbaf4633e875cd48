import { escapeControls } from '@ledger-synth/core';
import { runHook, type HookWorld } from './hook-runner.js';
import { cliProfile, isAgentCli, isAgentHookEvent, type AgentCli, type AgentHookEvent } from './cli-adapters.js';
import { cliPathFor, recordCommandFor, shellQuote } from './record-command.js';
import { publishSessionEnd } from './session-end.js';
import { runSessionStart } from './session-start.js';

export interface AgentHookOptions {
  /** Where the hook bundle is installed: the `record` command is looked up beside it. */
  readonly hookDir: string | undefined;
}

const USAGE = 'usage: agent-hook.mjs <claude|codex|gemini> <session-start|session-end> (JSON hook input on stdin)';

/**
 * `agent-hook.mjs <cli> <event>`: the one hook bundle Codex CLI and Gemini CLI run (install writes
 * the two arguments into their hook configuration). A wrong argument is one stderr line and exit 0:
 * a hook never blocks a session.
 */
export async function agentHookMain(argv: readonly string[], world: HookWorld, options: AgentHookOptions): Promise<number> {
  const [cli, event] = argv;
  if (!isAgentCli(cli) || !isAgentHookEvent(event)) {
    world.stderr.write(`ledger-synth: ${USAGE}; got ${JSON.stringify(argv.slice(0, 3))}\n`);
    world.exit(0);
    return 0;
  }
  return agentHook(cli, event, world, options);
}

/**
 * The two moments for one CLI, through its adapter: SessionStart synthesizes and returns the
 * bounded handoff in the CLI's context field, sized for its channel; SessionEnd publishes the
 * session's one event under the CLI's agent id. The shared logic is session-start.ts/session-end.ts.
 */
export function agentHook(cli: AgentCli, event: AgentHookEvent, world: HookWorld, options: AgentHookOptions): Promise<number> {
  const profile = cliProfile(cli);
  if (event === 'session-start') {
    const runner = {
      name: `ledger-synth ${profile.displayName} SessionStart`,
      ...profile.start,
      failureOutput: (line: string) => profile.failureOutput(event, line) ?? {},
    };
    return runHook(runner, world, async ({ input }) => {
      const output = await runSessionStart({
        input,
        env: world.env,
        nowMs: world.now(),
        processCwd: world.cwd,
        recordCommand: recordCommandForSession(options.hookDir, cli, input.sessionId),
        // Finishes a synthesis that ran past its time budget in a detached process.
        cliPath: cliPathFor(options.hookDir),
        cli,
        maxContextBudget: profile.contextBudget,
        contextFits: profile.contextFits,
        envFileVars: profile.envFileVars,
      });
      // A systemMessage reaches the person's terminal: event text in it is escaped like any printed line.
      return profile.startOutput({ additionalContext: output.hookSpecificOutput.additionalContext, systemMessage: escapeControls(output.systemMessage) });
    });
  }
  const runner = { name: `ledger-synth ${profile.displayName} SessionEnd`, ...profile.end };
  return runHook(runner, world, async ({ input }) => {
    await publishSessionEnd({ input, env: world.env, nowMs: world.now(), processCwd: world.cwd, cli });
    return undefined; // every CLI ignores SessionEnd output; success is silent
  });
}

/**
 * The record command the model is told to use. Claude Code sources the session id into later
 * shell commands (CLAUDE_ENV_FILE); Codex and Gemini may not, so their command names the session.
 */
export function recordCommandForSession(hookDir: string | undefined, cli: AgentCli, session: string | undefined): string {
  const base = recordCommandFor(hookDir);
  return cli === 'claude' || !session ? base : `${base} --session ${shellQuote(session)}`;
}
