// Printed names and event text are escaped in one place (issue 12): no raw control or bidi character
// ever reaches a terminal, and the escaped form of a name is unambiguous (JSON-quoted).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayName, escapeControls } from '@ledger-synth/core';

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const hostile = fc.string({ unit: fc.oneof(fc.constantFrom('\u001b', '[2J', '\r', '\n', '\t', '\u0007', '\u0085', '\u009b', '\u202e', '\u2066', '\u2028', '"', '\\', 'a', '.md', ' '), fc.string({ unit: 'binary', maxLength: 1 })), maxLength: 16 });

describe('displayName', () => {
  it('leaves ordinary names alone', () => {
    for (const name of ['thoughts/shared/handoffs/events/2026-01-10T13-03-52.000Z_toast_a1.md', 'é 漢字 😀.md', 'a\\b.md', "it's.md"]) expect(displayName(name)).toBe(name);
  });

  it('quotes and escapes ESC sequences, CR/LF, C1 controls and bidi overrides', () => {
    expect(displayName('bad\u001b[2J\r\nFAKE: ok\u202e.md')).toBe('"bad\\u001b[2J\\r\\nFAKE: ok\\u202e.md"');
    expect(displayName('csi\u009b31m\u0085')).toBe('"csi\\u009b31m\\u0085"');
    expect(displayName('"quoted".md')).toBe('"\\"quoted\\".md"');
  });

  it('never prints an unsafe character, on one line, and the quoted form reads back as the exact name (property)', () => {
    fc.assert(
      fc.property(hostile, (name) => {
        const shown = displayName(name);
        expect(UNSAFE.test(shown)).toBe(false);
        if (shown !== name) expect(JSON.parse(shown)).toBe(name);
      }),
    );
  });
});

describe('escapeControls (whole output lines)', () => {
  it('keeps newlines and tabs, escapes everything else unsafe, and keeps JSON valid and exact', () => {
    expect(escapeControls('a\tb\nc\u001b[0m\r\u202e')).toBe('a\tb\nc\\u001b[0m\\r\\u202e');
    fc.assert(
      fc.property(hostile, (name) => {
        const json = escapeControls(JSON.stringify({ file: name }));
        expect(UNSAFE.test(json)).toBe(false);
        expect(JSON.parse(json).file).toBe(name);
      }),
    );
  });
});
