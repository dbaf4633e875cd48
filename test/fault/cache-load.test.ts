import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { addEvent, decodeState, emptyState, emptyTracker, encodeState, encodeStateText } from '@ledger-synth/core';
import { describe, expect, it } from 'vitest';
import { NewRows, ROW_NUMBERS } from '../../packages/node/src/cache-rows.js';
import { loadFoldCache, storeFoldCache } from '../../packages/node/src/fold-cache.js';
import { parsedEvent } from '../helpers/testdir.js';

// loadFoldCache reads the cache through a 1 MiB buffer (it never holds the whole file), and reads
// the state lines again, one at a time, when they are decoded. What it loads must be what
// storeFoldCache wrote, whatever the lines' lengths and wherever they cross a 1 MiB boundary; and
// a cache replaced between the load and the decoding is never decoded from the new file.

const CHUNK = 1 << 20;

function rowsOf(count: number, nameLength: (row: number) => number): NewRows {
  const rows = new NewRows();
  for (let row = 0; row < count; row++) {
    const name = `events/${String(row).padStart(6, '0')}-${'x'.repeat(nameLength(row))}.md`;
    rows.add(name, { size: row, mtimeMs: row * 1.5, ctimeMs: row * 2.25, ino: row + 7, dev: 42 }, row % 97 === 0 ? `reason ${row}` : undefined, row % 5);
  }
  return rows;
}

function stateWith(events: number) {
  const state = emptyState();
  for (let n = 0; n < events; n++) addEvent(state, parsedEvent(`e${n}.md`, `2026-01-10T10:${String(n % 60).padStart(2, '0')}:00Z`, `agent${n % 3}`, `now: step ${n}\nthis_session:\n- did ${'y'.repeat(n % 50)} ${n}\n`));
  return state;
}

describe('loading the fold cache through a small buffer', () => {
  it('names, keys, reasons and state come back as stored, for lines shorter and longer than the buffer and across its boundaries (seeded property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 40 }), (count, spread, events) => {
        const dir = mkdtempSync(join(tmpdir(), 'ledger-synth-load-'));
        const rows = rowsOf(count, (row) => (row * 7919) % (spread + 1));
        const state = stateWith(events);
        storeFoldCache(dir, undefined, rows, encodeStateText(state, emptyTracker()));
        const bytes = readFileSync(join(dir, 'fold.cache'));
        const loaded = loadFoldCache(dir);
        expect(loaded).toBeDefined();
        expect(loaded!.names).toEqual(rows.names);
        expect([...loaded!.keys]).toEqual([...rows.keyNumbers()]);
        expect([...loaded!.reasons]).toEqual(rows.reasons);
        expect(loaded!.stateLines.bytes).toBe(encodeState(state, emptyTracker()).reduce((sum, line) => sum + line.length, 0));
        expect(encodeState(decodeState(loaded!.stateLines.texts()).state, emptyTracker())).toEqual(encodeState(state, emptyTracker()));
        return bytes.length > 0;
      }),
      { numRuns: 12 },
    );
  });

  it("a names line that ends exactly at the buffer's end, and one a byte either side", () => {
    for (const shift of [-1, 0, 1]) {
      const dir = mkdtempSync(join(tmpdir(), 'ledger-synth-load-'));
      // Find the row count and the last name's length that put the names line's newline at CHUNK + shift - 1.
      const base = rowsOf(20_000, () => 10);
      storeFoldCache(dir, undefined, base, encodeStateText(emptyState(), emptyTracker()));
      const text = readFileSync(join(dir, 'fold.cache'), 'latin1');
      const namesEnd = text.indexOf('\n', text.indexOf('\n', text.indexOf('\n') + 1) + 1);
      const needed = CHUNK + shift - 1 - namesEnd;
      const rows = rowsOf(20_000 + Math.floor(needed / 30), () => 10);
      storeFoldCache(dir, undefined, rows, encodeStateText(emptyState(), emptyTracker()));
      let file = readFileSync(join(dir, 'fold.cache'), 'latin1');
      let end = file.indexOf('\n', file.indexOf('\n', file.indexOf('\n') + 1) + 1);
      // Pad the last name to land exactly.
      const last = rows.names.length - 1;
      const padded = rowsOf(rows.names.length, (row) => (row === last ? 10 + (CHUNK + shift - 1 - end) : 10));
      storeFoldCache(dir, undefined, padded, encodeStateText(emptyState(), emptyTracker()));
      file = readFileSync(join(dir, 'fold.cache'), 'latin1');
      end = file.indexOf('\n', file.indexOf('\n', file.indexOf('\n') + 1) + 1);
      expect(end, `shift ${shift}`).toBe(CHUNK + shift - 1);
      const loaded = loadFoldCache(dir);
      expect(loaded?.names, `shift ${shift}`).toEqual(padded.names);
      expect(loaded!.keys.length).toBe(padded.names.length * ROW_NUMBERS);
    }
  });

  it('a cache replaced after it was loaded is not decoded from the new file (a miss), and a torn one does not load', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-synth-load-'));
    storeFoldCache(dir, undefined, rowsOf(3, () => 1), encodeStateText(stateWith(4), emptyTracker()));
    const loaded = loadFoldCache(dir)!;
    // Another run stores its cache (a rename: a new file) before this one decodes the state.
    storeFoldCache(dir, undefined, rowsOf(3, () => 1), encodeStateText(stateWith(9), emptyTracker()));
    expect(() => decodeState(loaded.stateLines.texts())).toThrow(/changed since it was loaded/);
    // The new one loads and decodes whole.
    expect(decodeState(loadFoldCache(dir)!.stateLines.texts()).state.events.size).toBe(9);
    // Torn: the last line without its newline.
    const path = join(dir, 'fold.cache');
    writeFileSync(path, readFileSync(path).subarray(0, -1));
    expect(loadFoldCache(dir)).toBeUndefined();
  });
});
