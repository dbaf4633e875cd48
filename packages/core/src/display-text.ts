/**
 * Text from outside (file names, event text) printed for a person: the one place that decides how
 * it is escaped, so a name holding ESC sequences, CR, newlines or bidi overrides can neither rewrite
 * the terminal nor fake a report line. `--json` output keeps exact values (JSON escapes them itself).
 *
 * Escapes are JSON's (`\n`, `\r`, `\t`, `\u001b`), so they are valid inside JSON strings as well.
 */

/** C0 and C1 controls, DEL, line/paragraph separators and bidi controls (LRM/RLM/ALM, embeddings, overrides, isolates). */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
// eslint-disable-next-line no-control-regex
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'g');
// eslint-disable-next-line no-control-regex
const UNSAFE_EXCEPT_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escapeChar(ch: string): string {
  if (ch === '\n') return '\\n';
  if (ch === '\r') return '\\r';
  if (ch === '\t') return '\\t';
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * A file name or value for one line of human-readable output: as is when it holds nothing unsafe,
 * else JSON-quoted with every unsafe character escaped (`"bad\u001b[2J\nname.md"`), so the escaped
 * form is unambiguous. A value that itself starts with `"` is quoted too.
 */
export function displayName(text: string): string {
  if (!UNSAFE.test(text) && !text.startsWith('"')) return text;
  return `"${text.replace(/["\\]/g, '\\$&').replace(UNSAFE_ALL, escapeChar)}"`;
}

/**
 * Last line of defence for whole output lines (the CLI's `print`, hook stderr): escapes every
 * unsafe character except newline and tab, which the output's own layout uses. Values that could
 * hold a newline must go through {@link displayName} where they are put into a line.
 */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE_EXCEPT_LINES, escapeChar);
}
