import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { testdir, writeTree } from '../helpers/testdir.js';
import { OUTPUT, event, exampleStream, listFiles, readOutput } from './stream.js';

/** PATH pointing at an empty directory: `--check` must not need git (or anything else) to be installed. */
const noTools = () => ({ PATH: testdir({}, 'ledger-synth-empty-path-') });

async function synthesized(): Promise<string> {
  const dir = exampleStream();
  const result = await runCli(['--no-confirm'], { cwd: dir, env: { SOURCE_DATE_EPOCH: '1767225600' } });
  expect(result.code).toBe(0);
  return dir;
}

describe('cc-synthesize --check', () => {
  it('exits 0 when current.md is fresh, without git or any history', async () => {
    const dir = await synthesized();
    const result = await runCli(['--check'], { cwd: dir, env: noTools() });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(`${OUTPUT} is up to date (4 events).\n`);
  });

  it('exits 1 when an event was added, and says what differs on stderr', async () => {
    const dir = await synthesized();
    const before = readOutput(dir);
    writeTree(dir, event('2026-01-12T10-00-00.000Z_waffle_e5.md', { ts: '2026-01-12T10:00:00Z', agent: 'waffle', body: 'now: release\n' }));
    const result = await runCli(['--check'], { cwd: dir, env: noTools() });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${OUTPUT} is stale:`);
    expect(result.stderr).toContain('event_count: thoughts/shared/handoffs/current.md reflects 4, the events directory has 5');
    expect(result.stderr).toContain('1 event(s) newer than the recorded latest_ts 2026-01-11T09:30:00Z:');
    expect(result.stderr).toContain('+ 2026-01-12T10-00-00.000Z_waffle_e5.md (waffle, 2026-01-12T10:00:00Z)');
    expect(result.stderr).toMatch(/sections that differ: Now, .*Agents/);
    expect(result.stderr).toMatch(/Run `node \S*cc-synthesize\.mjs --no-confirm` and commit the result\./);
    expect(readOutput(dir)).toBe(before); // --check never writes
  });

  it('exits 1 when current.md is missing, and writes nothing', async () => {
    const dir = exampleStream();
    const before = listFiles(dir);
    const result = await runCli(['--check'], { cwd: dir, env: noTools() });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${OUTPUT} is missing:`);
    expect(result.stderr).toContain('4 event(s) are waiting to be synthesized');
    expect(listFiles(dir)).toEqual(before);
  });

  it('names the event that first asked an open question the file no longer shows (from the folded state, no event read again)', async () => {
    const dir = await synthesized();
    const question = '- Who owns the Gas Town refinery integration? _(crisp, 2026-01-11T08:00:00Z)_\n';
    expect(readOutput(dir)).toContain(question);
    writeFileSync(join(dir, OUTPUT), readOutput(dir).replace(question, ''));
    const result = await runCli(['--check'], { cwd: dir, env: noTools() });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('1 older event(s) not reflected (e.g. merged from another branch):');
    expect(result.stderr).toContain('  + 2026-01-11T08-00-00.000Z_crisp_c3.md (crisp, 2026-01-11T08:00:00Z)');
    expect(result.stderr).toContain('sections that differ: Open questions');
  });

  it('exits 1 when current.md was edited by hand', async () => {
    const dir = await synthesized();
    writeFileSync(join(dir, OUTPUT), readOutput(dir).replace('## Decisions', '## Decisions\n\n- **sneaky**: hand edit'));
    const result = await runCli(['--check'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('sections that differ: Decisions');
  });

  it('exits 1 when an event changed in place (same count, different digest)', async () => {
    const dir = testdir(event('a.md', { ts: '2026-01-10T13:00:00Z', agent: 'toast', body: 'now: one\n' }));
    await runCli(['--no-confirm'], { cwd: dir });
    writeTree(dir, event('a.md', { ts: '2026-01-10T13:00:00Z', agent: 'toast', body: 'now: two\n' }));
    const result = await runCli(['--check'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/digest: sha256:[0-9a-f]{12}… recorded, sha256:[0-9a-f]{12}… expected/);
  });

  it('treats a CRLF checkout of current.md as fresh', async () => {
    const dir = await synthesized();
    writeFileSync(join(dir, OUTPUT), readOutput(dir).replace(/\n/g, '\r\n'));
    expect((await runCli(['--check'], { cwd: dir })).code).toBe(0);
  });

  it('--check --json reports fresh and differences', async () => {
    const dir = await synthesized();
    const fresh = JSON.parse((await runCli(['--check', '--json'], { cwd: dir })).stdout);
    expect(fresh).toMatchObject({ fresh: true, differences: [], events: 4 });
    writeTree(dir, event('z.md', { ts: '2026-01-12T10:00:00Z', agent: 'waffle' }));
    const stale = await runCli(['--check', '--json'], { cwd: dir });
    expect(stale.code).toBe(1);
    expect(JSON.parse(stale.stdout)).toMatchObject({ fresh: false, status: 'stale', events: 5 });
  });

  it('--check --strict fails on malformed events even when fresh', async () => {
    const dir = await synthesized();
    writeTree(dir, { 'thoughts/shared/handoffs/events/bad.md': 'nope\n' });
    expect((await runCli(['--check'], { cwd: dir })).code).toBe(0);
    const strict = await runCli(['--check', '--strict'], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('thoughts/shared/handoffs/events/bad.md: no YAML frontmatter');
  });
});
