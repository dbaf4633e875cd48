const MAX_AGENT_ID_LENGTH = 64;

/**
 * Turn any agent name (env var, session id, user input) into something safe inside a file name:
 * no path separators, no `..`, no control characters or NUL, bounded length. Never empty.
 */
export function sanitizeAgentId(raw: string): string {
  const cleaned = raw
    .normalize('NFKC')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, MAX_AGENT_ID_LENGTH)
    .replace(/[-.]+$/g, '');
  return cleaned === '' ? 'agent' : cleaned;
}
