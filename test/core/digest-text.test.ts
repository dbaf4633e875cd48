import { Buffer } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hexOfLatin1, latin1OfSha256Hex } from '../../packages/core/src/digest-text.js';
import { eventKey, eventKeyHex } from '@ledger-synth/core';

// The oracle is what the code did before (digest-text.ts): Buffer's hex and latin1 codecs behind
// the regex /^[0-9a-f]{64}$/.

const SHA256_HEX = /^[0-9a-f]{64}$/;
const viaBuffer = (hex: string) => (SHA256_HEX.test(hex) ? Buffer.from(hex, 'hex').toString('latin1') : undefined);

const digestHex = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((bytes) => Buffer.from(bytes).toString('hex'));
// Near misses: one character replaced (upper case, a non-hex letter, a NUL, non-ASCII), one too many or too few.
const nearMiss = fc.oneof(
  fc.tuple(digestHex, fc.nat(63), fc.constantFrom('A', 'F', 'g', 'G', ' ', '\u0000', 'é', '\uff10', '\ud800', '0')).map(([hex, at, c]) => hex.slice(0, at) + c + hex.slice(at + 1)),
  digestHex.map((hex) => hex.slice(1)),
  digestHex.map((hex) => `${hex}0`),
  fc.string({ maxLength: 70 }),
);

describe('digest text', () => {
  it('latin1OfSha256Hex is Buffer behind the regex, for digests and near misses (seeded property)', () => {
    fc.assert(
      fc.property(fc.oneof(digestHex, nearMiss), (hex) => {
        expect(latin1OfSha256Hex(hex)).toBe(viaBuffer(hex));
      }),
      { numRuns: 2000 },
    );
  });

  it('hexOfLatin1 is Buffer latin1 → hex, for any string (codes above 255 count their low byte)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary', minLength: 32, maxLength: 32 }), digestHex.map((hex) => Buffer.from(hex, 'hex').toString('latin1'))), (text) => {
        expect(hexOfLatin1(text)).toBe(Buffer.from(text, 'latin1').toString('hex'));
      }),
      { numRuns: 1000 },
    );
  });

  it('an event key round-trips to file + NUL + hex, and a bad hash is refused', () => {
    fc.assert(
      fc.property(fc.string().map((s) => s.replaceAll('\u0000', '')), digestHex, (file, contentHash) => {
        expect(eventKeyHex(eventKey({ file, contentHash }))).toBe(`${file}\u0000${contentHash}`);
      }),
    );
    expect(() => eventKey({ file: 'a.md', contentHash: 'A'.repeat(64) })).toThrow(/SHA-256 hex digest/);
    expect(() => eventKey({ file: 'a.md', contentHash: '0'.repeat(63) })).toThrow(/SHA-256 hex digest/);
  });
});
