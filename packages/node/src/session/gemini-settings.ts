import { AGENT_HOOK_BUNDLE, isOurCommand } from './codex-config.js';
import { addHooks, removeHooks, type HooksChange, type OurHook } from './hooks-json.js';

/**
 * Gemini CLI reads project hooks from `hooks` in `<dir>/.gemini/settings.json` (the directory
 * Gemini starts in); same event → matcher group → handler shape, `timeout` in milliseconds
 * (default 60,000), `hooksConfig.enabled` defaults to true. Project hooks are fingerprinted: a
 * changed command is a new, untrusted hook Gemini warns about. Sources: docs/agents.md.
 */
export const GEMINI_SETTINGS_FILE = '.gemini/settings.json';
export const GEMINI_HOOKS_DIR = '.gemini/hooks/ledger-synth';

/**
 * Gemini replaces `$GEMINI_PROJECT_DIR` in the command with the shell-quoted project directory
 * before running it, so the variable must stay outside double quotes (inside them the inserted
 * single quotes would become part of the path).
 */
export function geminiHookCommand(event: 'session-start' | 'session-end'): string {
  return `node $GEMINI_PROJECT_DIR/${GEMINI_HOOKS_DIR}/${AGENT_HOOK_BUNDLE} gemini ${event}`;
}

export function geminiHooks(): OurHook[] {
  return [
    {
      event: 'SessionStart',
      handler: { name: 'ledger-synth-session-start', type: 'command', command: geminiHookCommand('session-start'), timeout: 10_000 },
      isOurs: (h) => isOurCommand(h, 'gemini', 'session-start'),
    },
    {
      // Gemini does not wait for SessionEnd hooks (best effort); recovery publishes what a cut-off run left.
      event: 'SessionEnd',
      handler: { name: 'ledger-synth-session-end', type: 'command', command: geminiHookCommand('session-end'), timeout: 5_000 },
      isOurs: (h) => isOurCommand(h, 'gemini', 'session-end'),
    },
  ];
}

export function addGeminiHooks(value: unknown): HooksChange {
  return addHooks(value, geminiHooks(), GEMINI_SETTINGS_FILE);
}

export function removeGeminiHooks(value: unknown): HooksChange {
  return removeHooks(value, geminiHooks(), GEMINI_SETTINGS_FILE);
}

export const GEMINI_NOTES = ['Gemini asks before running a new or changed project hook; accept the two ledger-synth hooks once.'];
