import type { Slip } from './yaml-warnings.js';
/**
 * Stable error codes. Callers switch on `code`, never on message text, so messages can improve freely.
 * Exit codes are decided in one place (the CLI) from these codes.
 */
export type LedgerErrorCode =
  | 'E_USAGE'
  | 'E_CONFIG'
  | 'E_LOCK_TIMEOUT'
  /** A lock this run held was taken from it (it was paused past the stale bound), or the output changed under it. */
  | 'E_LOCK_LOST'
  /** The lock path is something no run can use (a directory, …). */
  | 'E_LOCK'
  | 'E_WRITE'
  | 'E_READ'
  | 'E_STALE'
  | 'E_STRICT'
  | 'E_GIT'
  | 'E_IDS'
  | 'E_INTERNAL';

export class LedgerError extends Error {
  readonly code: LedgerErrorCode;
  /** Optional extra lines shown under the message (hints, examples). */
  readonly hint: string | undefined;

  constructor(code: LedgerErrorCode, message: string, options?: { cause?: unknown; hint?: string }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'LedgerError';
    this.code = code;
    this.hint = options?.hint;
  }
}

export function isLedgerError(value: unknown): value is LedgerError {
  return value instanceof LedgerError;
}

/** A file that could not become an event. A value, not an exception: callers report and carry on. */
export interface EventIssue {
  readonly file: string;
  readonly reason: string;
}

/**
 * A slip in a hand-written event that was forgiven (the event is kept): a duplicate key, or text
 * lost to a ` #` comment. `--strict` fails on these like on skipped files.
 */
export interface EventWarning {
  readonly file: string;
  /** 1-based line in the file. */
  readonly line: number;
  readonly message: string;
  /** What the message was worded from (see yaml-warnings.ts); absent in reports. */
  readonly slip?: Slip | undefined;
}

/** Quote user input in an error message without letting a huge or multi-line value flood the terminal. */
export function quoteInput(value: unknown, max = 60): string {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (value instanceof Map) text = 'a mapping';
  else if (Array.isArray(value)) text = 'a list';
  else text = String(value);
  const oneLine = text.replace(/[\u0000-\u001f\u007f]/g, (ch) => (ch === '\n' ? '\\n' : '\uFFFD'));
  return JSON.stringify(oneLine.length > max ? `${oneLine.slice(0, max)}…` : oneLine);
}
