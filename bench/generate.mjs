// Deterministic seed-format events for benchmarks and stress runs (same N ⇒ same bytes).
import { mkdirSync, writeFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
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

const pick = (random, list) => list[Math.floor(random() * list.length)];
const VERBS = ['Fixed', 'Added', 'Reviewed', 'Refactored', 'Investigated', 'Documented', 'Removed', 'Tested'];
const THINGS = ['login', 'the retry loop', 'flaky auth test', 'CSV export', 'rate limiter', 'session cookie', 'billing webhook', 'search index', 'dark mode', 'the migration'];
const TOPICS = ['db', 'auth', 'queue', 'cache', 'api_style', 'deploy', 'logging', 'ids'];
const CHOICES = ['Postgres, not SQLite: we need row locks', 'JWT with 15-minute expiry', "keep it simple: no Redis yet", 'REST for now (GraphQL later?)', 'blue/green, one region', 'structured JSON logs'];

/**
 * An event shaped like hand-written session notes (issue 11): items with issue refs such as
 * `- Fixed login #1143` (a YAML comment: the text after ` #` is lost, as in real input), quoted
 * decisions, some repeated keys, half with a checkpoint, 40 % with a question, multi-line values,
 * spread over 60 days.
 */
export function realisticEventBody(i, random, count) {
  const agent = pick(random, AGENTS);
  const branch = pick(random, BRANCHES);
  const span = 60 * 86_400_000;
  const ms = Date.UTC(2026, 0, 1) + Math.floor((i * span) / Math.max(count, 1)) + Math.floor(random() * 50_000);
  const ts = new Date(ms).toISOString();
  const name = `${ts.replace(/:/g, '-')}_${agent}_${i.toString(36)}.md`;
  const issue = () => 100 + Math.floor(random() * 2000);
  const lines = ['---', `ts: ${ts}`, `agent: ${agent}`, `branch: ${branch}`, 'type: session_end', `reason: ${pick(random, ['clear', 'logout', 'other'])}`, '---', ''];
  if (random() < 0.3) lines.push('now: |', `  ${pick(random, VERBS)} ${pick(random, THINGS)} on ${branch}`, `  next: ${pick(random, THINGS)} #${issue()}`);
  else lines.push(`now: ${pick(random, VERBS)} ${pick(random, THINGS)} #${issue()}`);
  lines.push('', 'this_session:');
  const items = 1 + Math.floor(random() * 4);
  for (let k = 0; k < items; k++) {
    const r = random();
    if (r < 0.5) lines.push(`- ${pick(random, VERBS)} ${pick(random, THINGS)} #${issue()}`);
    else if (r < 0.65) lines.push(`- ${pick(random, VERBS)} ${pick(random, THINGS)} for PR ${issue()} and`, `  follow-ups for ${pick(random, THINGS)} #${issue()}`);
    else if (r < 0.8) lines.push(`- "${pick(random, VERBS)} ${pick(random, THINGS)}: done, #${issue()} closed"`);
    else lines.push(`- ${pick(random, VERBS)} ${pick(random, THINGS)} in step ${i}`);
  }
  if (random() < 0.7) {
    lines.push('', 'decisions:');
    const topic = pick(random, TOPICS);
    lines.push(`  ${topic}: "${pick(random, CHOICES)}"`);
    if (random() < 0.5) lines.push(`  ${pick(random, TOPICS)}_${i % 13}: '${pick(random, CHOICES)} #${issue()}'`);
    // Some notes repeat a key (edited in place instead of replaced).
    if (random() < 0.05) lines.push(`  ${topic}: "${pick(random, CHOICES)}"`);
  }
  if (random() < 0.5) {
    lines.push('', 'checkpoints:', `- phase: ${pick(random, ['design', 'build', 'review', 'ship'])} ${i % 11}`, `  status: ${random() < 0.5 ? 'validated' : 'in_progress'}`, `  updated: ${ts}`);
  }
  if (random() < 0.4) lines.push('', 'open_questions:', `- Should ${pick(random, THINGS)} block the release? #${issue()}`);
  lines.push('');
  return { name, text: lines.join('\n') };
}

/** The two bench corpora: `seed` (the original, fast-path friendly) and `realistic` (see above). */
export const CORPORA = {
  seed: (i, random) => eventBody(i, random),
  realistic: realisticEventBody,
};

/** Write N events into dir/events (skipped when already generated). Returns the events dir. */
export function generateEvents(dir, count, corpus = 'seed') {
  const eventsDir = join(dir, 'events');
  const marker = join(dir, '.generated');
  const stamp = `${corpus}:${count}`;
  if (existsSync(marker) && readFileSync(marker, 'utf8') === stamp) return eventsDir;
  rmSync(eventsDir, { recursive: true, force: true });
  mkdirSync(eventsDir, { recursive: true });
  const random = rng(count);
  const body = CORPORA[corpus];
  for (let i = 0; i < count; i++) {
    const { name, text } = body(i, random, count);
    writeFileSync(join(eventsDir, name), text);
  }
  writeFileSync(join(dir, '.ledger-synth.yaml'), 'events_dir: events\noutput: current.md\n');
  writeFileSync(marker, stamp);
  return eventsDir;
}
