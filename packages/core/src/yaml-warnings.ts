import { ownString } from './own-string.js';

/**
 * The warnings of forgiving YAML parsing (`parseYaml` with `forgiving`), worded in one place: the
 * `yaml` package path and the fast path must produce the very same text.
 */

/** A slip that was forgiven, at a 1-based line of the parsed text. */
export interface YamlWarning {
  readonly line: number;
  readonly message: string;
  /** What the message was worded from: `slipWarning(line, slip)` words it again (the cache stores this, not the sentence). */
  readonly slip?: Slip | undefined;
}

/** A dropped comment (the clipped kept and lost text) or a duplicate key (the key, its earlier line). */
export type Slip = readonly ['comment', string, string] | readonly ['duplicate', string, number];

/** `key` appears again at `line`; `earlierLine` is its previous occurrence in the same mapping. */
export function duplicateKeyWarning(line: number, key: string, earlierLine: number): YamlWarning {
  return {
    line,
    message: `duplicate key ${JSON.stringify(key)} (also on line ${earlierLine}): the last value wins; remove or rename one`,
    slip: ['duplicate', ownString(key), earlierLine],
  };
}

/**
 * A warning kept small until it is shown: its line and slip (worded again by `expandWarning`), or
 * its line and message. A realistic stream has ~3 per file: at 100k events the sentences alone
 * would hold ~60 MB, and the cache would be mostly warning text.
 */
export type CompactWarning = readonly [number, string] | readonly [number, ...Slip];

export function compactWarning({ line, message, slip }: YamlWarning): CompactWarning {
  return slip === undefined ? [line, message] : [line, ...slip];
}

export function expandWarning(compact: CompactWarning): YamlWarning {
  return compact.length === 2 ? { line: compact[0], message: compact[1] } : slipWarning(compact[0], compact.slice(1) as unknown as Slip);
}

/** The warning a slip was worded as: `slipWarning(w.line, w.slip!)` equals `w` (clip is idempotent). */
export function slipWarning(line: number, slip: Slip): YamlWarning {
  return slip[0] === 'comment' ? droppedCommentWarning(line, slip[1], slip[2]) : duplicateKeyWarning(line, slip[1], slip[2]);
}

/**
 * A plain scalar whose source is `kept` was cut short by a comment: `rest` is the rest of its last
 * line, from the end of the value (spaces, `#`, the lost text).
 */
export function droppedCommentWarning(line: number, kept: string, rest: string): YamlWarning {
  const lost = clip(rest.trim());
  const shown = clip(kept);
  return {
    line,
    message: `${JSON.stringify(lost)} after ${JSON.stringify(shown)} is a YAML comment and was dropped; quote the text to keep it, e.g. "${shown} ${lost}"`,
    // Own copies: a slice of the file's text would keep the whole file alive as long as the slip.
    slip: ['comment', ownString(shown), ownString(lost)],
  };
}

/** Sort order of warnings: by line; `Array.prototype.sort` is stable, so one line keeps the order found. */
export function byLine(a: YamlWarning, b: YamlWarning): number {
  return a.line - b.line;
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
