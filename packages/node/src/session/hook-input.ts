import { quoteInput } from '@ledger-synth/core';

/** The fields of Claude Code's hook input that we use; everything else is ignored. */
export interface HookInput {
  readonly sessionId: string | undefined;
  readonly transcriptPath: string | undefined;
  /** Where the agent is working now (follows it into worktrees, unlike $CLAUDE_PROJECT_DIR). */
  readonly cwd: string | undefined;
  readonly hookEventName: string | undefined;
  /** SessionStart: startup | resume | clear | compact | fork | … */
  readonly source: string | undefined;
  /** SessionEnd: clear | resume | logout | prompt_input_exit | other | … */
  readonly reason: string | undefined;
}

export type HookInputResult = { ok: true; input: HookInput } | { ok: false; reason: string };

const MAX_FIELD = 4096;

/** Parse the hook's stdin. Pure; wrong-typed fields are treated as absent rather than trusted. */
export function parseHookInput(text: string): HookInputResult {
  const trimmed = text.trim();
  if (trimmed === '') {
    return { ok: false, reason: 'stdin was empty: expected the hook JSON from Claude Code, e.g. {"session_id":"…","cwd":"…"}' };
  }
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (error) {
    return { ok: false, reason: `stdin is not JSON (${(error as Error).message}): ${quoteInput(trimmed)}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: `stdin must be a JSON object, got ${quoteInput(trimmed)}` };
  }
  const record = value as Record<string, unknown>;
  const field = (name: string): string | undefined => {
    const raw = Object.hasOwn(record, name) ? record[name] : undefined;
    if (typeof raw !== 'string' || raw === '' || raw.length > MAX_FIELD || raw.includes('\u0000')) return undefined;
    return raw;
  };
  return {
    ok: true,
    input: {
      sessionId: field('session_id'),
      transcriptPath: field('transcript_path'),
      cwd: field('cwd'),
      hookEventName: field('hook_event_name'),
      source: field('source'),
      reason: field('reason'),
    },
  };
}
