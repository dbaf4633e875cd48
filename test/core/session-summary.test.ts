import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_CONTEXT_CHARS,
  MAX_HOOK_OUTPUT_CHARS,
  buildLegacySummary,
  buildSessionSummary,
  cliCommandOf,
  foldEvents,
  hookOutputChars,
  parseEvent,
  type ElsewhereEvent,
  type LedgerEvent,
  type SummaryInput,
} from '@ledger-synth/core';
import { REPO_ROOT } from '../helpers/run-cli.js';
import { eventText } from '../helpers/testdir.js';

function event(file: string, ts: string, agent: string, branch: string, body: string): LedgerEvent {
  const result = parseEvent(eventText({ ts, agent, branch, body }), file);
  if (!result.ok) throw new Error(result.issue.reason);
  return result.event;
}

function numbered(i: number, extra = ''): LedgerEvent {
  const ts = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
  return event(`${i}.md`, ts, `agent-${i % 3}`, 'main', `now: Item ${i}\ndecisions:\n  k${i}: v${i}\nopen_questions:\n- Q${i}?\n${extra}`);
}

const input = (events: LedgerEvent[], budget: number, elsewhere: ElsewhereEvent[] = []): SummaryInput => ({
  state: foldEvents(events),
  budget,
  outputPath: 'current.md',
  outcome: 'unchanged',
  skipped: 0,
  elsewhere,
  recordCommand: 'cc-synthesize record',
});

const fitsHook = (summary: { additionalContext: string; systemMessage: string }) =>
  hookOutputChars(summary.additionalContext, summary.systemMessage) < MAX_HOOK_OUTPUT_CHARS;

describe('buildSessionSummary: the handoff', () => {
  const three = [
    event('a.md', '2026-01-10T10:00:00Z', 'claude-aaaaaaaa', 'main', 'now: Build the installer\nthis_session:\n- Wrote the installer\n- "Committed 1a2b3c4: feat: installer"\nopen_questions:\n- Which shell on Windows?\n'),
    event('b.md', '2026-01-10T11:00:00Z', 'claude-bbbbbbbb', 'feat/b', 'now: Build the id allocator\nin_progress:\n- Reserve ids across clones\nthis_session:\n- Reserved ids under a lock\n- "Committed 5d6e7f8: feat: id allocator"\ndecisions:\n  ids: counter\n'),
    event('c.md', '2026-01-10T12:00:00Z', 'codex-cccccccc', 'fix/c', 'now: Fix the merge driver\ndecisions:\n  quoting: single quotes\nopen_questions:\n- Keep the echo driver?\n'),
  ];

  it("names every agent's Now, in-progress, done items, commits and questions, the decisions with who and when, and a last line", () => {
    const { additionalContext } = buildSessionSummary(input(three, 8_000));
    expect(additionalContext).toMatchInlineSnapshot(`
      "Continuity ledger (ledger-synth): 3 events from 3 agents combined, latest 2026-01-10T12:00:00Z. current.md is up to date.

      Now: Fix the merge driver
        (codex-cccccccc, 2026-01-10T12:00:00Z)

      By agent, most recently active first:

      codex-cccccccc (last event 2026-01-10T12:00:00Z, branch fix/c):
        Now: Fix the merge driver
        Open questions it raised:
        - Keep the echo driver?

      claude-bbbbbbbb (last event 2026-01-10T11:00:00Z, branch feat/b):
        Now: Build the id allocator
        In progress (as of 2026-01-10T11:00:00Z):
        - Reserve ids across clones
        Done and committed (2, newest first):
        - Reserved ids under a lock (feat/b, 2026-01-10T11:00:00Z)
        - Committed 5d6e7f8: feat: id allocator (feat/b, 2026-01-10T11:00:00Z)

      claude-aaaaaaaa (last event 2026-01-10T10:00:00Z, branch main):
        Now: Build the installer
        Done and committed (2, newest first):
        - Wrote the installer (main, 2026-01-10T10:00:00Z)
        - Committed 1a2b3c4: feat: installer (main, 2026-01-10T10:00:00Z)
        Open questions it raised:
        - Which shell on Windows?

      Decisions, newest first (2):
      - quoting: single quotes (codex-cccccccc, 2026-01-10T12:00:00Z)
      - ids: counter (claude-bbbbbbbb, 2026-01-10T11:00:00Z)

      Recording: this session's ledger entries are staged with \`cc-synthesize record --now "…" --done "…" --decision key=value --question "…" --resolve-question "…" --checkpoint phase:status\` and published as one event when the session ends.

      Nothing was left out. The full ledger is current.md (\`cc-synthesize --full\` prints every item)."
    `);
  });

  it('lists each event in flight elsewhere once, with its open questions and done items', () => {
    const sibling: ElsewhereEvent = {
      worktree: '../wt-b',
      branch: 'feat/b',
      agent: 'waffle',
      ts: '2026-01-12T09:00:00Z',
      summary: 'ids allocator',
      id: 'e.md\u0000abc',
      now: 'ids allocator',
      done: ['Wrote the allocator', 'Committed 9f9f9f9: feat: allocator'],
      openQuestions: ['Counter or hash ids?'],
    };
    const summary = buildSessionSummary(input(three, 8_000, [sibling, { ...sibling, worktree: '../wt-c' }]));
    const text = summary.additionalContext;
    expect(text).toContain('In flight elsewhere (events in sibling worktrees of this repository, not merged here; read-only) (1):');
    expect(text).toContain('- ../wt-b [feat/b]: 2026-01-12T09:00:00Z waffle: ids allocator\n  Done: Wrote the allocator; Committed 9f9f9f9: feat: allocator\n  Open question: Counter or hash ids?');
    expect(text).not.toContain('../wt-c');
    expect(summary.systemMessage).toContain('1 in flight in other worktrees');
  });

  it('fills the budget newest first and says what it left out and where the full ledger is', () => {
    const events = Array.from({ length: 300 }, (_, i) => numbered(i, `this_session:\n- Step ${i} done\n`));
    const { additionalContext } = buildSessionSummary(input(events, 2_000));
    expect(additionalContext.length).toBeLessThanOrEqual(2_000);
    expect(additionalContext).toContain('Now: Item 299');
    expect(additionalContext).toContain('- Step 299 done (main, 2026-01-01T04:59:00Z)');
    expect(additionalContext).not.toContain('Step 3 done');
    expect(additionalContext.split('\n').at(-1)).toMatch(/^Left out to fit the budget: .*\d+ done items, \d+ open questions, \d+ decisions\. The full ledger is current\.md \(`cc-synthesize --full` prints every item\)\.$/);
  });

  it('never exceeds the budget, and the JSON-escaped hook output stays under 10,000 characters', () => {
    // Quotes and backslashes double when JSON-escaped, control characters take six: raw length is not enough.
    const nasty = '"\\\u0001'.repeat(80);
    const pool = Array.from({ length: 200 }, (_, i) => numbered(i, `this_session:\n- "${nasty.replace(/[\\"]/g, (c) => `\\${c}`).replace(/\u0001/g, '\\u0001')} ${i}"\n`));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 50_000 }), (count, budget) => {
        const summary = buildSessionSummary(input(pool.slice(0, count), budget));
        expect(summary.additionalContext.length).toBeLessThanOrEqual(Math.min(budget, MAX_CONTEXT_CHARS));
        expect(fitsHook(summary)).toBe(true);
        expect(summary.systemMessage).not.toContain('\n');
      }),
      { numRuns: 120 },
    );
    const roomy = buildSessionSummary(input(pool, 50_000));
    expect(roomy.additionalContext.length).toBeLessThan(MAX_HOOK_OUTPUT_CHARS / 2 + 1_000);
  });

  it('honours a smaller stdout ceiling for other CLIs', () => {
    const events = Array.from({ length: 100 }, (_, i) => numbered(i));
    const summary = buildSessionSummary({ ...input(events, 8_000), maxOutputChars: 3_000 });
    expect(hookOutputChars(summary.additionalContext, summary.systemMessage)).toBeLessThan(3_000);
  });

  it('is deterministic: same state, same text, whatever the order of events and siblings', () => {
    const events = Array.from({ length: 30 }, (_, i) => numbered(i));
    const elsewhere: ElsewhereEvent[] = [
      { worktree: '../x', branch: undefined, agent: 'a', ts: '2026-01-02T00:00:00Z', summary: 's1', id: '1' },
      { worktree: '../y', branch: undefined, agent: 'b', ts: '2026-01-02T00:00:00Z', summary: 's2', id: '2' },
    ];
    const a = buildSessionSummary(input(events, 3_000, elsewhere));
    const b = buildSessionSummary(input([...events].reverse(), 3_000, [...elsewhere].reverse()));
    expect(a).toEqual(b);
  });

  it('renders the bundled examples', () => {
    const dir = join(REPO_ROOT, 'examples/events');
    const events = readdirSync(dir).map((name) => {
      const result = parseEvent(readFileSync(join(dir, name), 'utf8'), name);
      if (!result.ok) throw new Error(result.issue.reason);
      return result.event;
    });
    const text = buildSessionSummary({ ...input(events, 8_000), outputPath: 'thoughts/shared/handoffs/current.md' }).additionalContext;
    expect(text).toContain('toast (last event 2026-01-11T09:30:00Z, branch feat/fix-hooks-path-spaces):');
    expect(text).toContain('- Drafted the migration section (fix/bug-b, 2026-01-11T08:00:00Z)');
    expect(text).toContain('- windows_shell: Use Git Bash on Windows; /bin/sh is not guaranteed (toast, 2026-01-11T09:30:00Z)');
  });
});

describe('the commands the context names work where the session runs', () => {
  it.each([
    ['node .claude/hooks/ledger-synth/cc-synthesize.mjs record', 'node .claude/hooks/ledger-synth/cc-synthesize.mjs'],
    ['node "/opt/my tools/cc-synthesize.mjs" record --session "abc"', 'node "/opt/my tools/cc-synthesize.mjs"'],
    ['cc-synthesize record', 'cc-synthesize'],
    [undefined, 'cc-synthesize'],
    ['something else entirely', 'cc-synthesize'],
  ])('%s → %s', (record, cli) => {
    expect(cliCommandOf(record)).toBe(cli);
  });

  it('the last line and the skipped-files hint name the installed copy, not a bare cc-synthesize', () => {
    const events = [parseEvent('---\nts: 2026-01-10T13:03:52Z\nagent: toast\n---\nnow: Ship it\n', 'e1.md')].flatMap((r) => (r.ok ? [r.event] : []));
    const { additionalContext } = buildSessionSummary({
      state: foldEvents(events),
      budget: 8_000,
      outputPath: 'current.md',
      outcome: 'unchanged',
      skipped: 2,
      elsewhere: [],
      recordCommand: 'node .claude/hooks/ledger-synth/cc-synthesize.mjs record',
    });
    expect(additionalContext).toContain('run `node .claude/hooks/ledger-synth/cc-synthesize.mjs --dry-run` for details');
    expect(additionalContext.split('\n').at(-1)).toBe(
      'Nothing was left out. The full ledger is current.md (`node .claude/hooks/ledger-synth/cc-synthesize.mjs --full` prints every item).',
    );
  });
});

describe('buildLegacySummary', () => {
  it('passes a legacy ledger through, truncated to the budget and the hook ceiling', () => {
    const text = `# Old ledger\n${'x'.repeat(20_000)}`;
    const summary = buildLegacySummary(text, 'current.md', 8_000);
    expect(summary.additionalContext.length).toBeLessThanOrEqual(8_000);
    expect(summary.additionalContext).toContain('# Old ledger');
    expect(summary.additionalContext.endsWith('… (truncated to the context budget)')).toBe(true);
    expect(buildLegacySummary('short\r\n', 'current.md', 8_000).additionalContext).toContain('\n\nshort');
    expect(fitsHook(buildLegacySummary('"\n'.repeat(9_000), 'current.md', 9_500))).toBe(true);
  });
});
