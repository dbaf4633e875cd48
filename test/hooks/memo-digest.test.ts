import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { listingDigest, namesDigest, namesThenListing, statListing } from '../../packages/node/src/memo-store.js';
import { putStatKey, STAT_KEY_NUMBERS } from '../../packages/node/src/read-events.js';

// The memo's digests hash the names in pieces of 1,024 paths (memo-store.ts). The oracle is their
// definition, spelled the plain way: sha256 of every path joined by NUL (then the stat keys' bytes).

const definedNames = (paths: readonly string[]) => createHash('sha256').update(paths.join('\u0000')).digest('hex');
const definedListing = (paths: readonly string[], numbers: Float64Array) =>
  createHash('sha256').update(paths.join('\u0000')).update(new Uint8Array(numbers.buffer, numbers.byteOffset, numbers.byteLength)).digest('hex');

// Paths: ASCII, Latin-1, astral and lone surrogates (a surrogate next to a piece's edge too).
const pathArb = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) }));
// Up to three pieces and a bit: the lengths around 1,024 and 2,048 are where pieces meet.
const pathsArb = fc.oneof(fc.array(pathArb, { maxLength: 20 }), fc.integer({ min: 1020, max: 3100 }).chain((n) => fc.array(pathArb, { minLength: n, maxLength: n })));

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('memo digests', () => {
  it('namesDigest and listingDigest are their definitions, for any paths (seeded property)', () => {
    fc.assert(
      fc.property(pathsArb, fc.double(), (paths, value) => {
        const numbers = new Float64Array(paths.length * STAT_KEY_NUMBERS).fill(value);
        expect(namesDigest(paths)).toBe(definedNames(paths));
        expect(listingDigest(paths, numbers)).toBe(definedListing(paths, numbers));
      }),
      { numRuns: 60 },
    );
  });

  it('namesThenListing gives both digests from one hash of the names, and undefined for a racy file', () => {
    dir = mkdtempSync(join(tmpdir(), 'ls-memo-digest-'));
    const paths = Array.from({ length: 1500 }, (_, i) => join(dir!, `e${i}.md`));
    const old = new Date(Date.now() - 60_000);
    for (const path of paths) {
      writeFileSync(path, 'x');
      utimesSync(path, old, old);
    }
    // ctime cannot be set back: a racy window of 0 lets these settled files count.
    const both = namesThenListing(paths, 0);
    expect(both.names).toBe(definedNames(paths));
    const listing = both.listing();
    expect(listing).toBe(statListing(paths, 0));
    expect(listing).toBeDefined();
    // Asked again (the hash of the names is not used up by the first answer).
    expect(both.listing()).toBe(listing);
    expect(namesThenListing(paths, 60_000).listing()).toBeUndefined();
  });

  it('listingDigest over stat keys is the definition over the same numbers', () => {
    const paths = ['/a/b.md', '/a/é.md'];
    const numbers = new Float64Array(paths.length * STAT_KEY_NUMBERS);
    putStatKey(numbers, 0, { size: 1, mtimeMs: 2.5, ctimeMs: 3, ino: 4, dev: 5 });
    putStatKey(numbers, STAT_KEY_NUMBERS, { size: 6, mtimeMs: 7, ctimeMs: 8.25, ino: 9, dev: 10 });
    expect(listingDigest(paths, numbers)).toBe(definedListing(paths, numbers));
  });
});
