import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import type { LedgerState } from './ledger-state.js';
import { DEFAULT_WINDOW, windowKey, type LedgerWindow } from './ledger-window.js';
import { compareCodePoints } from './stamp.js';

/**
 * Bumped whenever rendering changes, so a new version of the tool regenerates files written by an
 * older one instead of trusting their digest.
 */
export const RENDER_FORMAT_VERSION = 'ledger-synth/3';

/**
 * Digests already computed, per state. `events` only ever grows (the fold never removes an event),
 * so an unchanged size means an unchanged key set: callers that digest and then render (which
 * digests again) pay once.
 */
const computed = new WeakMap<LedgerState, { size: number; view: string; digest: string }>();

/**
 * `sha256:<hex>` over the set of inputs (file name + content hash), the render format and the
 * window the ledger is rendered with (other bounds are other bytes, so they must not pass as fresh).
 */
export function digestState(state: LedgerState, window: LedgerWindow = DEFAULT_WINDOW): string {
  const view = windowKey(window);
  const known = computed.get(state);
  if (known && known.size === state.events.size && known.view === view) return known.digest;
  const digest = computeDigest(state, view);
  computed.set(state, { size: state.events.size, view, digest });
  return digest;
}

function computeDigest(state: LedgerState, view: string): string {
  const keys = [...state.events.keys()].sort(compareCodePoints);
  const hash = createHash('sha256');
  hash.update(`${RENDER_FORMAT_VERSION}\n${view}\n`);
  // One line per key, file + NUL + hex hash (keys hold the hash as raw bytes but sort the same
  // way), written as UTF-8 straight into a buffer that is hashed whenever it fills: a string per
  // line (slices, hex, joins, then UTF-8 again) cost twice the hashing itself at 100k keys.
  let buffer = Buffer.allocUnsafe(LINES_BUFFER_BYTES);
  let at = 0;
  for (const key of keys) {
    const cut = key.indexOf('\u0000');
    // At most 3 UTF-8 bytes per UTF-16 unit, then NUL, the hex hash and the newline.
    const most = cut * 3 + 2 + (key.length - cut - 1) * 2;
    if (at + most > buffer.length) {
      hash.update(buffer.subarray(0, at));
      at = 0;
      if (most > buffer.length) buffer = Buffer.allocUnsafe(most);
    }
    at = writeFile(buffer, at, key, cut);
    buffer[at++] = 0;
    for (let i = cut + 1; i < key.length; i++) {
      const byte = key.charCodeAt(i);
      buffer[at++] = HEX_DIGITS[byte >> 4]!;
      buffer[at++] = HEX_DIGITS[byte & 15]!;
    }
    buffer[at++] = 10;
  }
  hash.update(buffer.subarray(0, at));
  return `sha256:${hash.digest('hex')}`;
}

/** `key`'s first `length` UTF-16 units as UTF-8 at `at`; the offset after them. */
function writeFile(buffer: Buffer, at: number, key: string, length: number): number {
  for (let i = 0; i < length; i++) {
    const unit = key.charCodeAt(i);
    // ASCII byte by byte; anything else (as `hash.update(text)` encodes it, lone surrogates as U+FFFD) by Buffer.
    if (unit >= 0x80) return at + buffer.write(key.slice(i, length), at, 'utf8');
    buffer[at++] = unit;
  }
  return at;
}

const LINES_BUFFER_BYTES = 256 * 1024;
const HEX_DIGITS = Buffer.from('0123456789abcdef', 'latin1');
