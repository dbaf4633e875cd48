// Deterministic seed-format events for benchmarks and stress runs (same N ⇒ same bytes).
import { mkdirSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rng } from './rng.mjs';

const AGENTS = ['toast', 'waffle', 'crisp', 'bagel', 'scone', 'pretzel', 'muffin', 'crumpet'];
const BRANCHES = ['main', 'feat/hooks', 'fix/bug-b', 'feat/ids', 'docs/readme'];

export function eventBody(i, random) {
  const agent = AGENTS[Math.floor(random() * AGENTS.length)];
  const branch = BRANCHES[Math.floor(random() * BRANCHES.length)];
  const ms = Date.UTC(2026, 0, 1) + i * 60_000 + Math.floor(random() * 59_000);
  const ts = new Date(ms).toISOString();
  const name = `${ts.replace(/:/g, '-')}_${agent}_${i.toString(36)}.md`;
  const text = `---
ts: ${ts}
agent: ${agent}
branch: ${branch}
type: session_end
reason: clear
---

now: Work item ${i % 500} on ${branch}

this_session:
- Implemented step ${i} of the plan
- Reviewed change ${Math.floor(random() * 1000)}

decisions:
  key_${i % 97}: "value ${i}"

checkpoints:
- phase: ${i % 7}
  status: ${random() < 0.5 ? 'validated' : 'in_progress'}
  updated: ${ts}
${i % 50 === 0 ? `\nopen_questions:\n- Question ${i % 1000}?\n` : ''}`;
  return { name, text };
}

/** Write N events into dir/events (skipped when already generated). Returns the events dir. */
export function generateEvents(dir, count) {
  const eventsDir = join(dir, 'events');
  const marker = join(dir, '.generated');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === String(count)) return eventsDir;
  mkdirSync(eventsDir, { recursive: true });
  const random = rng(count);
  for (let i = 0; i < count; i++) {
    const { name, text } = eventBody(i, random);
    writeFileSync(join(eventsDir, name), text);
  }
  writeFileSync(join(dir, '.ledger-synth.yaml'), 'events_dir: events\noutput: current.md\n');
  writeFileSync(marker, String(count));
  return eventsDir;
}
