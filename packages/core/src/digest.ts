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
  // Over file + NUL + hex hash, one line per key (keys hold the hash as raw bytes but sort the
  // same way). Built a few thousand keys at a time, with one hex conversion per batch: a hash
  // update or a Buffer per key costs several times more at 100k keys.
  for (let i = 0; i < keys.length; i += 4096) {
    const batch = keys.slice(i, i + 4096);
    const cuts = batch.map((key) => key.indexOf('\u0000'));
    const hex = Buffer.from(batch.map((key, j) => key.slice(cuts[j]! + 1)).join(''), 'latin1').toString('hex');
    const lines = batch.map((key, j) => key.slice(0, cuts[j]! + 1) + hex.slice(j * HEX_HASH_LENGTH, (j + 1) * HEX_HASH_LENGTH));
    hash.update(`${lines.join('\n')}\n`);
  }
  return `sha256:${hash.digest('hex')}`;
}

const HEX_HASH_LENGTH = 64;
