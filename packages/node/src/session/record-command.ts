import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { HOOKS_INSTALL_DIR } from './claude-settings.js';

/**
 * The command the model should run to record ledger entries, found from where the hook itself is
 * installed: beside it (`install` copies the CLI into `.claude/hooks/ledger-synth/`), or in this
 * repository's layout (plugin: `hooks/dist` → `packages/cli/dist`). Else `cc-synthesize` on PATH.
 * With the project directory, a copy installed in it is named relative to it.
 */
export function recordCommandFor(hookDir: string | undefined, projectDir?: string): string {
  // Installed in the project: the relative command, exactly what install's permission rule allows
  // (Claude Code's Bash tool starts in the project directory), so recording never prompts.
  if (hookDir && projectDir && resolve(hookDir) === resolve(projectDir, HOOKS_INSTALL_DIR) && existsSync(join(hookDir, 'cc-synthesize.mjs'))) {
    return `node ${HOOKS_INSTALL_DIR}/cc-synthesize.mjs record`;
  }
  const cli = cliPathFor(hookDir);
  return cli ? `node ${shellQuote(cli)} record` : 'cc-synthesize record';
}

/** The CLI bundle beside the hook (installed) or in this repository's layout (plugin), if any. */
export function cliPathFor(hookDir: string | undefined): string | undefined {
  const candidates = hookDir
    ? [join(hookDir, 'cc-synthesize.mjs'), resolve(hookDir, '../../packages/cli/dist/cc-synthesize.mjs')]
    : [];
  return candidates.find((path) => existsSync(path));
}

/** Double-quoted for sh/bash: paths with spaces, `$` or quotes stay one argument. */
export function shellQuote(text: string): string {
  return `"${text.replace(/(["\\$`])/g, '\\$1')}"`;
}
