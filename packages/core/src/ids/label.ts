import { quoteInput } from '../errors.js';
import { compareCodePoints } from '../stamp.js';

/**
 * An id label such as `SEC-20` (prefix `SEC`) or `#97` (namespace `#`). The namespace is what must
 * stay collision-free; the number is the part that is allocated.
 */
export interface IdLabel {
  /** `#` for hash labels, else an upper-case prefix such as `SEC`. */
  readonly namespace: string;
  readonly number: number;
}

/** Ids are positive and bounded, so a typo such as `1e9` cannot exhaust a namespace. */
export const MAX_ID_NUMBER = 999_999_999;
/** The most ids one reservation or allocation may take at once. */
export const MAX_BATCH = 1000;

export const HASH_NAMESPACE = '#';
const PREFIX = /^[A-Z][A-Z0-9]{0,15}$/;
const PREFIXED_LABEL = /^([A-Z][A-Z0-9]{0,15})-(\d{1,9})$/;
const HASH_LABEL = /^#(\d{1,9})$/;

export type LabelResult = { ok: true; label: IdLabel } | { ok: false; reason: string };

export function parseIdLabel(text: string): LabelResult {
  const trimmed = text.trim();
  const hash = HASH_LABEL.exec(trimmed);
  const prefixed = hash ? undefined : PREFIXED_LABEL.exec(trimmed);
  const digits = hash?.[1] ?? prefixed?.[2];
  if (digits === undefined) {
    return {
      ok: false,
      reason: `malformed id ${quoteInput(text)}: expected "#" or an upper-case prefix with a dash, then a number, e.g. "#42" or "SEC-20"`,
    };
  }
  const number = Number(digits);
  if (number < 1) return { ok: false, reason: `malformed id ${quoteInput(text)}: numbers start at 1` };
  return { ok: true, label: { namespace: hash ? HASH_NAMESPACE : prefixed![1]!, number } };
}

export function formatIdLabel(label: IdLabel): string {
  return label.namespace === HASH_NAMESPACE ? `#${label.number}` : `${label.namespace}-${label.number}`;
}

export function labelOf(namespace: string, number: number): IdLabel {
  return { namespace, number };
}

/** Namespace (code points), then number: `#2` < `#10` < `ARCH-1` < `SEC-3`. */
export function compareIdLabels(a: IdLabel, b: IdLabel): number {
  return compareCodePoints(a.namespace, b.namespace) || a.number - b.number;
}

/** A namespace usable as a label prefix: `#`, or `SEC`-style upper-case letters and digits. */
export function isNamespace(text: string): boolean {
  return text === HASH_NAMESPACE || PREFIX.test(text);
}

/** Counter prefixes for `ids reserve` (the `#` namespace belongs to `ids allocate`). */
export function isReservePrefix(text: string): boolean {
  return PREFIX.test(text);
}

export type CountResult = { ok: true; count: number } | { ok: false; reason: string };

/** A batch size from user input: a plain whole number from 1 to MAX_BATCH (no `1e3`, no `0x10`). */
export function parseCount(text: string): CountResult {
  const trimmed = text.trim();
  if (!/^[+-]?\d+$/.test(trimmed)) {
    return { ok: false, reason: `count must be a whole number from 1 to ${MAX_BATCH}, got ${quoteInput(text)}` };
  }
  const count = Number(trimmed);
  if (count < 1 || count > MAX_BATCH) {
    return {
      ok: false,
      reason: `count must be a whole number from 1 to ${MAX_BATCH}, got ${quoteInput(text)}${count > MAX_BATCH ? ' (take several batches)' : ''}`,
    };
  }
  return { ok: true, count };
}
