// Codex CLI and Gemini CLI hooks: `node agent-hook.mjs <codex|gemini> <session-start|session-end>`.
// Bundled by scripts/build.mjs into hooks/dist/agent-hook.mjs; the logic lives in @ledger-synth/node.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { agentHookMain, processHookWorld, tuneHeapForFolding } from '@ledger-synth/node';

tuneHeapForFolding();
await agentHookMain(process.argv.slice(2), processHookWorld(), { hookDir: dirname(fileURLToPath(import.meta.url)) });
