import { compareInstants, type Instant } from './instant.js';

/**
 * The total order on events: instant, then agent, then file name, then content hash.
 * Because it is total, LWW ties never depend on the order files were read in.
 */
export interface Stamp {
  readonly instant: Instant;
  readonly agent: string;
  readonly file: string;
  readonly contentHash: string;
  /**
   * Optional compact identity: file name, NUL, the 32 bytes of the SHA-256 as latin1 characters.
   * It sorts exactly like (file, contentHash) (file names hold no NUL; hex preserves byte order),
   * so stamps that both carry one compare by it without formatting the hex.
   */
  readonly eventId?: string | undefined;
}

export function compareStamps(a: Stamp, b: Stamp): number {
  if (a === b) return 0;
  return compareInstants(a.instant, b.instant) || compareCodePoints(a.agent, b.agent) || compareIdentities(a, b);
}

function compareIdentities(a: Stamp, b: Stamp): number {
  if (a.eventId !== undefined && b.eventId !== undefined) return compareCodePoints(a.eventId, b.eventId);
  return compareCodePoints(a.file, b.file) || compareCodePoints(a.contentHash, b.contentHash);
}

export function maxStamp(a: Stamp, b: Stamp): Stamp {
  return compareStamps(a, b) >= 0 ? a : b;
}

export function minStamp(a: Stamp, b: Stamp): Stamp {
  return compareStamps(a, b) <= 0 ? a : b;
}

/** Code-point order (never localeCompare: output must not depend on the machine's locale). */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  // JS string comparison is UTF-16 code-unit order; it differs from code-point order only for
  // astral characters against U+E000..U+FFFF, so fix that case up explicitly.
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(i);
    if (ca !== cb) {
      const sa = ca >= 0xd800 && ca <= 0xdfff;
      const sb = cb >= 0xd800 && cb <= 0xdfff;
      if (sa !== sb) return sa ? 1 : -1;
      return ca - cb;
    }
  }
  return a.length - b.length;
}
