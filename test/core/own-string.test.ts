import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { internString, ownString } from '../../packages/core/src/own-string.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const PARENTS = 1000;
const PARENT_LENGTH = 32 * 1024; // 32 MB of parents in all (one byte per character)

/** Heap bytes still held after keeping `keep(slice)` of each of many large strings and dropping them. */
function retainedBytes(keep: (slice: string) => string): number {
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept: string[] = [];
  for (let i = 0; i < PARENTS; i++) {
    // A flat string of its own (JSON.parse allocates one), as a file read gives.
    const parent = JSON.parse(JSON.stringify(`${i}:`.padEnd(PARENT_LENGTH, 'abcdefgh'))) as string;
    kept.push(keep(parent.slice(1000, 1060)));
  }
  gc();
  gc();
  const held = process.memoryUsage().heapUsed - before;
  expect(kept.every((s) => s.length === 60)).toBe(true);
  return held;
}

describe('ownString', () => {
  it('returns the same value for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), fc.nat(80), (text, from) => {
        const slice = text.slice(Math.min(from, text.length));
        expect(ownString(slice)).toBe(slice);
        expect(internString(slice)).toBe(slice);
      }),
    );
  });

  it('keeps a slice without keeping the text it was cut from (a plain slice would keep it)', () => {
    const total = PARENTS * PARENT_LENGTH;
    // The check can fail: kept as plain slices, the parents stay alive.
    expect(retainedBytes((slice) => slice)).toBeGreaterThan(total * 0.9);
    expect(retainedBytes(ownString)).toBeLessThan(total * 0.1);
  });
});
