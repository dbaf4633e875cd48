// Claude Code SessionEnd hook: publish this session's one event into the worktree it worked in.
// Bundled by scripts/build.mjs into hooks/dist/session-end.mjs; the logic lives in @ledger-synth/node.
import { processHookWorld, sessionEndHook, tuneHeapForFolding } from '@ledger-synth/node';

tuneHeapForFolding();
await sessionEndHook(processHookWorld());
