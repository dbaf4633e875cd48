import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEvent } from '@ledger-synth/core';
import { loadEventText } from '../../packages/node/src/read-events.js';
import { describe, expect, it } from 'vitest';
import { rng as seededRandom } from '../../bench/rng.mjs';
import { testdir } from '../helpers/testdir.js';
import { runCliMeasured } from './measure.js';

/** A seeded generator, so every run fuzzes the same files (a failure is reproducible). */
function rng(seed: number) {
  const next = seededRandom(seed);
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]! };
}

const SEEDS = [
  (i: number) => `---\nts: 2026-05-01T10:${String(i % 60).padStart(2, '0')}:00Z\nagent: fuzz-${i % 5}\nbranch: main\ntype: session_end\n---\n\nnow: Working on item ${i}\n\nthis_session:\n- Implemented step ${i}\n- "Quoted: with colon"\n\ndecisions:\n  key-${i % 9}: "value ${i}"\n  other_key: plain\n\ncheckpoints:\n- phase: ${i % 4}\n  status: validated\n  updated: 2026-05-01T10:00:00Z\n\nopen_questions:\n- Does ${i} work?\n`,
  (i: number) => `---\r\nts: "2026-05-01T12:00:00+02:00"\r\nagent: 'crlf-${i}'\r\n---\r\nnow: |\r\n  multi\r\n  line ${i}\r\nthis_session: [a, b, "c ${i}"]\r\n`,
  (i: number) => `\uFEFF---\nts: 2026-05-01T10:00:00.123456Z\nagent: bom\n---\ndecisions: {k${i}: v, "quoted key": >-\n    folded}\n`,
];

const MUTATIONS: readonly ((text: string, r: ReturnType<typeof rng>) => string)[] = [
  (t, r) => t.slice(0, r.int(t.length)), // truncate
  (t, r) => {
    const i = r.int(t.length);
    return t.slice(0, i) + String.fromCharCode(t.charCodeAt(i) ^ (1 << r.int(7))) + t.slice(i + 1); // flip a bit
  },
  (t, r) => {
    const i = r.int(t.length);
    return `${t.slice(0, i)}\u0000${t.slice(i)}`; // NUL
  },
  (t, r) => t.split('\n').map((line) => (r.next() < 0.3 ? ' '.repeat(r.int(5)) + line : r.next() < 0.3 ? line.trimStart() : line)).join('\n'), // indentation
  (t, r) => {
    const lines = t.split('\n');
    const i = r.int(lines.length);
    lines.splice(i, 0, lines[r.int(lines.length)]!); // duplicate a line (duplicate keys)
    return lines.join('\n');
  },
  (t) => t.replace('---', ''), // lose a fence
  (t, r) => {
    const lines = t.split('\n');
    const a = r.int(lines.length);
    const b = r.int(lines.length);
    [lines[a], lines[b]] = [lines[b]!, lines[a]!];
    return lines.join('\n');
  },
  (t, r) => {
    const i = r.int(t.length);
    const junk = r.pick(['&a', '*a', '*missing', '!!binary', '!!js/function "x"', '!<tag:x>', '? ', '%YAML 1.1\n', '{', '[', ']', '}', '"', "'", '|', '>', '\t', '\r', '\u2028', '\uD800', '😀', '<<: *a', '~', '---\n', '...\n']);
    return t.slice(0, i) + junk + t.slice(i);
  },
  (t, r) => t.replace(/\d{4}-\d{2}-\d{2}T[^\s"']+/, r.pick(['2026-13-40T99:99:99Z', 'yesterday', '2026-05-01', '12345', '', '2026-02-30T00:00:00Z', '0001-01-01T00:00:00Z'])),
  (t, r) => t.replace(/agent: .*/, `agent: ${r.pick(['', '~', '[a, b]', '{x: 1}', '123', 'true', '"\\u0000"', '"a\\nb"', 'x'.repeat(300)])}`),
  (t, r) => {
    const i = r.int(t.length);
    return t.slice(0, i) + t.slice(i, i + 40).repeat(1 + r.int(200)) + t.slice(i + 40); // repetition
  },
  (t, r) => t.replace(/(this_session|decisions|checkpoints|open_questions):/, `$1: ${r.pick(['', '7', 'yes', '[1, [2, [3]]]', '{a: {b: {c: d}}}', '*alias', '"text"', '- a'])}`),
];

/** ≥ 1,000 malformed (or accidentally valid) event files from seeded mutations of valid ones. */
function fuzzFiles(count: number): Record<string, Buffer> {
  const r = rng(20260501);
  const files: Record<string, Buffer> = {};
  for (let i = 0; i < count; i++) {
    let text = r.pick(SEEDS)(i);
    for (let k = 1 + r.int(3); k > 0; k--) text = r.pick(MUTATIONS)(text, r);
    const bytes = Buffer.from(text, 'utf8');
    // Now and then also damage the encoding itself (invalid UTF-8, stray high bytes).
    if (r.next() < 0.05) bytes[r.int(bytes.length)] = 0xc0 + r.int(64);
    files[`events/fuzz-${String(i).padStart(4, '0')}.md`] = bytes;
  }
  return files;
}

describe('fuzz: 1,200 mutated event files', () => {
  const files = fuzzFiles(1200);

  it('the parser never throws: every file is an event or a reason', () => {
    const dir = testdir(files);
    let events = 0;
    for (const name of Object.keys(files)) {
      const loaded = loadEventText(join(dir, name), 1024 * 1024);
      if (!loaded.ok) {
        expect(loaded.reason.length).toBeGreaterThan(0);
        continue;
      }
      const result = parseEvent(loaded.text, name);
      if (result.ok) events++;
      else expect(result.issue.reason.length, name).toBeGreaterThan(0);
    }
    // The mutations must mostly break things, or this would not be a fuzz of malformed input.
    expect(events).toBeLessThan(600);
  });

  it('the CLI synthesizes, reports each skipped file with its reason, and stays small', async () => {
    const dir = testdir({ '.ledger-synth.yaml': 'events_dir: events\noutput: current.md\n', ...files });
    const result = await runCliMeasured(['--no-confirm', '--json'], { cwd: dir, killAfterMs: 120_000 });
    expect(result.signal).toBeNull();
    expect(result.stderr).not.toContain('unexpected error');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { files: number; events: number; skipped: { file: string; reason: string }[] };
    expect(json.files).toBe(1200);
    expect(json.skipped.length).toBeGreaterThan(600);
    // Every file is accounted for: an event (distinct names ⇒ distinct events) or a skip with a reason.
    expect(json.events + json.skipped.length).toBe(1200);
    for (const skip of json.skipped) {
      expect(skip.file).toMatch(/^events\/fuzz-\d{4}\.md$/);
      expect(skip.reason.trim()).not.toBe('');
      expect(skip.reason.length).toBeLessThan(400);
    }
    expect(result.peakMiB).toBeLessThan(400);
    expect(readFileSync(join(dir, 'current.md'), 'utf8')).toContain(`event_count: ${json.events}\n`);
  });
});
