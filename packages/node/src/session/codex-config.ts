import { addHooks, removeHooks, type HooksChange, type OurHook } from './hooks-json.js';

/**
 * Codex CLI reads project hooks from `<repo>/.codex/hooks.json` (same event → matcher group →
 * handler shape as Claude Code; `timeout` in seconds, default 600) once the project is trusted and
 * each hook has been reviewed (`/hooks`). JSON merges safely, so we never edit `.codex/config.toml`:
 * current Codex has hooks on by default (`[features] hooks`, alias `codex_hooks`); older releases
 * need `codex_hooks = true`, which install prints as a note. Sources: docs/agents.md.
 */
export const CODEX_HOOKS_FILE = '.codex/hooks.json';
/** Where install copies the agent hook bundle and the CLI (for `record`), relative to the root. */
export const CODEX_HOOKS_DIR = '.codex/hooks/ledger-synth';
export const AGENT_HOOK_BUNDLE = 'agent-hook.mjs';

/**
 * Codex runs a command hook as `$SHELL -lc <command>` in the session's cwd and passes no project
 * directory variable, so the bundle is found from the worktree's top level (`.codex/` is committed,
 * so every worktree has its own copy). Windows is not supported by this command.
 */
export function codexHookCommand(event: 'session-start' | 'session-end'): string {
  return `node "$(git rev-parse --show-toplevel)/${CODEX_HOOKS_DIR}/${AGENT_HOOK_BUNDLE}" codex ${event}`;
}

export function codexHooks(): OurHook[] {
  return [
    {
      event: 'SessionStart',
      // startup | resume | clear | compact: every source gets the handoff (no matcher).
      handler: { type: 'command', command: codexHookCommand('session-start'), timeout: 10, statusMessage: 'Loading the continuity ledger' },
      isOurs: (h) => isOurCommand(h, 'codex', 'session-start'),
    },
    {
      event: 'SessionEnd',
      // Codex gives SessionEnd 1 s by default and caps any timeout at 3 s.
      handler: { type: 'command', command: codexHookCommand('session-end'), timeout: 3 },
      isOurs: (h) => isOurCommand(h, 'codex', 'session-end'),
    },
  ];
}

export function addCodexHooks(value: unknown): HooksChange {
  return addHooks(value, codexHooks(), CODEX_HOOKS_FILE);
}

export function removeCodexHooks(value: unknown): HooksChange {
  return removeHooks(value, codexHooks(), CODEX_HOOKS_FILE);
}

/** One of ours for this CLI and event, whatever path or quoting an older install used. */
export function isOurCommand(handler: Record<string, unknown>, cli: string, event: string): boolean {
  if (handler.type !== 'command' || typeof handler.command !== 'string') return false;
  const command = handler.command;
  return command.includes(`ledger-synth/${AGENT_HOOK_BUNDLE}`) && new RegExp(`\\s${cli}\\s+${event}(\\s|$)`).test(command);
}

/** What install prints after writing Codex's hooks: the two things Codex asks of the person. */
export const CODEX_NOTES = [
  'Codex runs project hooks only in a trusted project, after you review and trust them: open /hooks in Codex once.',
  'Codex releases before hooks were on by default need `[features]` `codex_hooks = true` in ~/.codex/config.toml.',
];
