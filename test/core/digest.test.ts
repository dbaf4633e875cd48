import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCodePoints, DEFAULT_WINDOW, digestState, emptyState, EventRecord, eventKey, eventKeyHex, RENDER_FORMAT_VERSION, windowKey } from '@ledger-synth/core';

// digestState writes each key's line as bytes into a buffer (core/digest.ts). The oracle is its
// definition, spelled the plain way: sha256 over the format, the window, and one line per event,
// file + NUL + hex hash + newline, in code-point order, as UTF-8 (lone surrogates as U+FFFD).

function definedDigest(keys: readonly string[]): string {
  const hash = createHash('sha256');
  hash.update(`${RENDER_FORMAT_VERSION}\n${windowKey(DEFAULT_WINDOW)}\n`);
  hash.update([...keys].sort(compareCodePoints).map((key) => `${eventKeyHex(key)}\n`).join(''));
  return `sha256:${hash.digest('hex')}`;
}

function stateOf(files: readonly { file: string; contentHash: string }[]) {
  const state = emptyState();
  for (const input of files) {
    const key = eventKey(input);
    state.events.set(key, new EventRecord(key, 0, 0, 'agent', undefined, undefined, ''));
  }
  return state;
}

const hashArb = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((bytes) => Buffer.from(bytes).toString('hex'));
// File names: ASCII, Latin-1, BMP, astral and lone surrogates (every branch of the byte writer); never NUL (the key's separator).
const fileArb = fc
  .oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) }))
  .map((name) => `${name.replaceAll('\u0000', '')}.md`);

describe('digestState', () => {
  it('is its definition, for any file names (seeded property)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ file: fileArb, contentHash: hashArb }), { maxLength: 40 }), (files) => {
        const state = stateOf(files);
        expect(digestState(state)).toBe(definedDigest([...state.events.keys()]));
      }),
      { numRuns: 300 },
    );
  });

  it('is its definition past one buffer of lines, and for a name longer than the buffer', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ file: `${'é'.repeat(i % 97)}-${i}-${'x'.repeat(40)}.md`, contentHash: createHash('sha256').update(String(i)).digest('hex') }));
    const long = { file: `${'名'.repeat(100_000)}.md`, contentHash: 'ab'.repeat(32) };
    for (const files of [many, [long], [...many.slice(0, 10), long, ...many.slice(10, 20)]]) {
      const state = stateOf(files);
      expect(digestState(state)).toBe(definedDigest([...state.events.keys()]));
    }
  });
});
