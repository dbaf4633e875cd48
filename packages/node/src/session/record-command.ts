import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The command the model should run to record ledger entries, found from where the hook itself is
 * installed: beside it (`install` copies the CLI into `.claude/hooks/ledger-synth/`), or in this
 * repository's layout (plugin: `hooks/dist` → `packages/cli/dist`). Else `cc-synthesize` on PATH.
 */
export function recordCommandFor(hookDir: string | undefined): string {
  const candidates = hookDir
    ? [join(hookDir, 'cc-synthesize.mjs'), resolve(hookDir, '../../packages/cli/dist/cc-synthesize.mjs')]
    : [];
  const cli = candidates.find((path) => existsSync(path));
  return cli ? `node ${shellQuote(cli)} record` : 'cc-synthesize record';
}

/** Double-quoted for sh/bash: paths with spaces, `$` or quotes stay one argument. */
export function shellQuote(text: string): string {
  return `"${text.replace(/(["\\$`])/g, '\\$1')}"`;
}
