import { putStatKey, statKeyAt, type StatKey } from './read-events.js';

// The per-file rows of the fold cache (fold-cache.ts) and its journal (fold-journal.ts): a name and
// six numbers per file, and the ASCII form they are written in.

/** Numbers per row: the stat key (size, mtimeMs, ctimeMs, ino, dev) and the warning count. */
export const ROW_NUMBERS = 6;

/**
 * The rows a read adds to the cache, kept small: a name and six numbers. A file's warnings are
 * counted, not kept: their words are a function of the file's bytes, so a command that shows one
 * reads it again from the file, whose key proves the bytes (read-fold.ts `warningsOfFile`). At
 * 100k realistic files the warnings' text was 30 MB of the read's memory and a quarter of the cache.
 */
export class NewRows {
  readonly names: string[] = [];
  private numbers = new Float64Array(1024 * ROW_NUMBERS);
  readonly reasons: [number, string][] = [];
  /** Each row's event as `encodeOutcome` JSON (null: none), kept only for a journal entry. */
  readonly outcomes: (string | null)[] = [];

  get length(): number {
    return this.names.length;
  }

  add(name: string, key: StatKey, reason: string | undefined, warningCount: number, outcome: string | null = null): void {
    const row = this.names.length;
    if ((row + 1) * ROW_NUMBERS > this.numbers.length) {
      const grown = new Float64Array(this.numbers.length * 2);
      grown.set(this.numbers);
      this.numbers = grown;
    }
    const at = row * ROW_NUMBERS;
    putStatKey(this.numbers, at, key);
    this.numbers[at + 5] = warningCount;
    this.names.push(name);
    if (reason !== undefined) this.reasons.push([row, reason]);
    this.outcomes.push(outcome);
  }

  keyNumbers(): Float64Array {
    return this.numbers.subarray(0, this.names.length * ROW_NUMBERS);
  }

  reasonOf(row: number): string | undefined {
    return this.reasonMap().get(row);
  }

  /** These rows followed by `more`'s. */
  concat(more: NewRows): NewRows {
    const all = new NewRows();
    all.numbers = new Float64Array(Math.max(1024, this.length + more.length) * ROW_NUMBERS);
    all.numbers.set(this.keyNumbers());
    all.numbers.set(more.keyNumbers(), this.length * ROW_NUMBERS);
    // Element by element: a spread of 100k arguments would overflow the stack.
    for (const part of [this, more]) {
      const first = part === this ? 0 : this.length;
      for (let r = 0; r < part.length; r++) {
        all.names.push(part.names[r]!);
        all.outcomes.push(part.outcomes[r] ?? null);
      }
      for (const [row, reason] of part.reasons) all.reasons.push([first + row, reason]);
    }
    return all;
  }

  private reasonsByRow: Map<number, string> | undefined;

  private reasonMap(): Map<number, string> {
    if (this.reasonsByRow === undefined || this.reasonsByRow.size !== this.reasons.length) this.reasonsByRow = new Map(this.reasons);
    return this.reasonsByRow;
  }
}

/** The warning count of `row` (ROW_NUMBERS numbers per row). */
export function rowWarningCount(numbers: Float64Array, row: number): number {
  return numbers[row * ROW_NUMBERS + 5]!;
}

/** The stat key stored for `row` of a loaded cache equals `key`. */
export function sameRowKey(keys: Float64Array, row: number, key: StatKey): boolean {
  const at = row * ROW_NUMBERS;
  return keys[at] === key.size && keys[at + 1] === key.mtimeMs && keys[at + 2] === key.ctimeMs && keys[at + 3] === key.ino && keys[at + 4] === key.dev;
}

export function rowKeyOf(keys: Float64Array, row: number): StatKey {
  return statKeyAt(keys, row * ROW_NUMBERS);
}

/** JSON text with every non-ASCII character as a `\\uXXXX` escape (surrogate pairs as two): the same JSON value. */
export function asciiJson(json: string): string {
  // byteLength is native: only text that holds something non-ASCII pays for the replace.
  return Buffer.byteLength(json, 'utf8') === json.length ? json : json.replace(NON_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const NON_ASCII = /[^\x00-\x7f]/g;
