import { HASH_NAMESPACE, MAX_ID_NUMBER } from './label.js';

// A label is a whole token: `SEC-20` in "fix SEC-20," but not in "XSEC-20a" or "2026-01-10".
const LABEL_IN_TEXT = /(?<![A-Za-z0-9_#-])(?:([A-Z][A-Z0-9]{0,15})-|(#))(\d{1,9})(?![A-Za-z0-9_])/g;

/**
 * The highest number used per namespace in a document (e.g. `TASKS.md`), for seeding counters.
 * `namespaces` limits the scan to known prefixes (so `UTF-8` in prose is not taken for an id).
 */
export function scanHighestIds(text: string, namespaces?: ReadonlySet<string>): Map<string, number> {
  const highest = new Map<string, number>();
  for (const match of text.matchAll(LABEL_IN_TEXT)) {
    const namespace = match[1] ?? (match[2] === '#' ? HASH_NAMESPACE : undefined);
    if (namespace === undefined) continue;
    if (namespaces && !namespaces.has(namespace)) continue;
    const number = Number(match[3]);
    if (number < 1 || number > MAX_ID_NUMBER) continue;
    if (number > (highest.get(namespace) ?? 0)) highest.set(namespace, number);
  }
  return highest;
}

/**
 * The zero-padding width per namespace in a document: `CMB-0036` → 4. Only digit strings that start
 * with `0` count (an unpadded `SEC-20` says nothing about width); the widest one wins.
 */
export function scanPaddedWidths(text: string, namespaces?: ReadonlySet<string>): Map<string, number> {
  const widths = new Map<string, number>();
  for (const match of text.matchAll(LABEL_IN_TEXT)) {
    const namespace = match[1] ?? (match[2] === '#' ? HASH_NAMESPACE : undefined);
    const digits = match[3]!;
    if (namespace === undefined || (namespaces && !namespaces.has(namespace))) continue;
    if (digits.length < 2 || !digits.startsWith('0') || Number(digits) < 1) continue;
    if (digits.length > (widths.get(namespace) ?? 0)) widths.set(namespace, digits.length);
  }
  return widths;
}

/** Every label cited in a text (for warning about prose that cites anchors that do not exist). */
export function citedLabels(text: string, namespaces: ReadonlySet<string>): { namespace: string; number: number }[] {
  const out: { namespace: string; number: number }[] = [];
  for (const match of text.matchAll(LABEL_IN_TEXT)) {
    const namespace = match[1] ?? HASH_NAMESPACE;
    if (!namespaces.has(namespace)) continue;
    const number = Number(match[3]);
    if (number >= 1) out.push({ namespace, number });
  }
  return out;
}

/** Merge scans of several documents: the maximum per namespace. */
export function mergeHighest(into: Map<string, number>, from: ReadonlyMap<string, number>): Map<string, number> {
  for (const [namespace, number] of from) if (number > (into.get(namespace) ?? 0)) into.set(namespace, number);
  return into;
}
