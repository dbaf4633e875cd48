// Claude Code SessionStart hook (every source): synthesize, then give the model a bounded summary.
// Bundled by scripts/build.mjs into hooks/dist/session-start.mjs; the logic lives in @ledger-synth/node.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordCommandFor, runHookProcess, runSessionStart } from '@ledger-synth/node';

const hookDir = dirname(fileURLToPath(import.meta.url));

const options = {
  name: 'ledger-synth SessionStart',
  stdinTimeoutMs: 1_000,
  deadlineMs: 8_000,
  failureOutput: (line: string) => ({ systemMessage: line }),
};

await runHookProcess(options, ({ input }) =>
  runSessionStart({
    input,
    env: process.env,
    nowMs: Date.now(),
    processCwd: process.cwd(),
    recordCommand: recordCommandFor(hookDir),
  }),
);
