/**
 * How many characters the SessionStart hook prints for this context: the JSON object Claude Code
 * reads, as `JSON.stringify` writes it, plus the newline. Escaping matters: every newline and quote
 * takes two characters, a control character six, so the raw length understates the output.
 */
export function hookOutputChars(additionalContext: string, systemMessage: string): number {
  return JSON.stringify({ hookSpecificOutput: { hookEventName: 'SessionStart', additionalContext }, systemMessage }).length + 1;
}
