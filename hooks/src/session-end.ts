// Claude Code SessionEnd hook: publish this session's one event into the worktree it worked in.
// Claude Code gives SessionEnd hooks 1.5 s in all by default, so the deadline here is tighter.
// Bundled by scripts/build.mjs into hooks/dist/session-end.mjs; the logic lives in @ledger-synth/node.
import { publishSessionEnd, runHookProcess } from '@ledger-synth/node';

await runHookProcess({ name: 'ledger-synth SessionEnd', stdinTimeoutMs: 400, deadlineMs: 1_300 }, async ({ input }) => {
  await publishSessionEnd({ input, env: process.env, nowMs: Date.now(), processCwd: process.cwd() });
  return undefined; // Claude Code discards SessionEnd output; success is silent.
});
