import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../packages/core/src/hash.js';

// sha256Hex uses the one-shot crypto.hash when Node has it: the same hex as the Hash object, for any
// text (lone surrogates are encoded as U+FFFD by both).
const reference = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('sha256Hex', () => {
  it('is createHash("sha256") of the UTF-8 text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme', maxLength: 2000 })), (text) => {
        expect(sha256Hex(text)).toBe(reference(text));
      }),
      { numRuns: 300 },
    );
  });

  it.each([[''], ['abc'], ['\ud800'], ['é🥞'], ['x'.repeat(100_000)]])('%#', (text) => {
    expect(sha256Hex(text)).toBe(reference(text));
  });

  it('knows the empty text', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});
