import * as crypto from 'node:crypto';

type OneShotHash = (algorithm: string, data: string, outputEncoding: 'hex') => string;

/**
 * Node ≥ 20.12 has the one-shot `crypto.hash`, which skips the Hash object createHash builds per call
 * (measurable when every event file is hashed). Looked up on the namespace, so an older Node falls back.
 */
const oneShot = (crypto as unknown as { hash?: OneShotHash }).hash;

export const sha256Hex: (text: string) => string =
  typeof oneShot === 'function'
    ? (text) => oneShot('sha256', text, 'hex')
    : (text) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');
