// Claude Code SessionStart hook (every source): synthesize, then give the model a bounded summary.
// Bundled by scripts/build.mjs into hooks/dist/session-start.mjs; the logic lives in @ledger-synth/node.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { processHookWorld, sessionStartHook, tuneHeapForFolding } from '@ledger-synth/node';

tuneHeapForFolding();
await sessionStartHook(processHookWorld(), { hookDir: dirname(fileURLToPath(import.meta.url)) });
