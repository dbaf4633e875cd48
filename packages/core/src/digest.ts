import { createHash } from 'node:crypto';
import { eventKeyHex, type LedgerState } from './ledger-state.js';
import { compareCodePoints } from './stamp.js';

/**
 * Bumped whenever rendering changes, so a new version of the tool regenerates files written by an
 * older one instead of trusting their digest.
 */
export const RENDER_FORMAT_VERSION = 'ledger-synth/2';

/**
 * Digests already computed, per state. `events` only ever grows (the fold never removes an event),
 * so an unchanged size means an unchanged key set: callers that digest and then render (which
 * digests again) pay once.
 */
const computed = new WeakMap<LedgerState, { size: number; digest: string }>();

/** `sha256:<hex>` over the set of inputs (file name + content hash) and the render format. */
export function digestState(state: LedgerState): string {
  const known = computed.get(state);
  if (known && known.size === state.events.size) return known.digest;
  const digest = computeDigest(state);
  computed.set(state, { size: state.events.size, digest });
  return digest;
}

function computeDigest(state: LedgerState): string {
  const keys = [...state.events.keys()].sort(compareCodePoints);
  const hash = createHash('sha256');
  hash.update(`${RENDER_FORMAT_VERSION}\n`);
  // Over file + NUL + hex hash (keys hold the hash as raw bytes but sort the same way). Same bytes
  // as one update per key, in a few large updates (100k small ones cost ~40 ms).
  for (let i = 0; i < keys.length; i += 4096) hash.update(`${keys.slice(i, i + 4096).map(eventKeyHex).join('\n')}\n`);
  return `sha256:${hash.digest('hex')}`;
}
