import { createHash } from 'node:crypto';
import type { LedgerState } from './ledger-state.js';
import { compareCodePoints } from './stamp.js';

/**
 * Bumped whenever rendering changes, so a new version of the tool regenerates files written by an
 * older one instead of trusting their digest.
 */
export const RENDER_FORMAT_VERSION = 'ledger-synth/2';

/** `sha256:<hex>` over the set of inputs (file name + content hash) and the render format. */
export function digestState(state: LedgerState): string {
  const keys = [...state.events.keys()].sort(compareCodePoints);
  const hash = createHash('sha256');
  hash.update(`${RENDER_FORMAT_VERSION}\n`);
  // Same bytes as one update per key, in a few large updates (100k small ones cost ~40 ms).
  for (let i = 0; i < keys.length; i += 4096) hash.update(`${keys.slice(i, i + 4096).join('\n')}\n`);
  return `sha256:${hash.digest('hex')}`;
}
