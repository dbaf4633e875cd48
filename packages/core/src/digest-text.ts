import { Buffer } from 'node:buffer';

/*
 * A SHA-256 digest as 64 lowercase hex digits, and as 32 latin1 characters (one per byte). Event
 * keys hold the second (half the memory per event); files, caches and digests the first. Plain
 * loops over character codes: `Buffer.from(hex, 'hex').toString('latin1')` behind a regex check
 * cost ~3 µs per key while the code is cold, twice this (10k keys in a fresh process: 26–39 ms
 * against 15–20; the other way 13–16 ms against 8), and a cold read or a cache decode makes one key
 * per event, a cache store one hex key per event.
 */

const DIGEST_BYTES = 32;

/** Char code → hex digit value; -1 for anything that is not 0-9 or a-f (upper case is refused, as before). */
const DIGIT_VALUE = new Int8Array(128).fill(-1);
for (let digit = 0; digit < 16; digit++) DIGIT_VALUE['0123456789abcdef'.charCodeAt(digit)] = digit;

/** Hex digit value → its char code. */
const DIGIT_CODE = Array.from('0123456789abcdef', (digit) => digit.charCodeAt(0));

// Reused argument lists for String.fromCharCode (one key at a time; nothing here is re-entered).
const codes: number[] = new Array<number>(DIGEST_BYTES).fill(0);
const digits: number[] = new Array<number>(2 * DIGEST_BYTES).fill(0);

/** `hex` (exactly 64 lowercase hex digits) as 32 latin1 characters; undefined for anything else. */
export function latin1OfSha256Hex(hex: string): string | undefined {
  if (hex.length !== 2 * DIGEST_BYTES) return undefined;
  for (let i = 0; i < DIGEST_BYTES; i++) {
    const high = DIGIT_VALUE[hex.charCodeAt(2 * i)] ?? -1;
    const low = DIGIT_VALUE[hex.charCodeAt(2 * i + 1)] ?? -1;
    if (high < 0 || low < 0) return undefined;
    codes[i] = (high << 4) | low;
  }
  return String.fromCharCode.apply(null, codes);
}

/** latin1 characters (bytes) as lowercase hex, two digits each; a code above 255 counts its low byte, as Buffer's latin1 does. */
export function hexOfLatin1(text: string): string {
  // Only a digest's 32 characters take the loop (fromCharCode's argument list stays short).
  if (text.length !== DIGEST_BYTES) return Buffer.from(text, 'latin1').toString('hex');
  for (let i = 0; i < DIGEST_BYTES; i++) {
    const byte = text.charCodeAt(i) & 0xff;
    digits[2 * i] = DIGIT_CODE[byte >> 4]!;
    digits[2 * i + 1] = DIGIT_CODE[byte & 0x0f]!;
  }
  return String.fromCharCode.apply(null, digits);
}
