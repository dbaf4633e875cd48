import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addEvent, emptyState, emptyTracker, encodeStateText } from '@ledger-synth/core';
import { describe, expect, it } from 'vitest';
import { NewRows } from '../../packages/node/src/cache-rows.js';
import { storeFoldCache } from '../../packages/node/src/fold-cache.js';
import { waitPastChanges } from '../helpers/racy.js';
import { runCli } from '../helpers/run-cli.js';
import { parsedEvent } from '../helpers/testdir.js';
import { EVENTS, OUTPUT, event, exampleStream, readOutput } from './stream.js';

// `--check` reads through the fold cache (read-only), like every other command. Its answer must
// still be exactly what a read of every file gives (LEDGER_SYNTH_CACHE=0, the oracle), whatever the
// cache directory holds, and it must write nothing there.

const SETTLED = { SOURCE_DATE_EPOCH: '1767225600', LEDGER_SYNTH_CACHE_RACY_MS: '0' };

/** A synthesized example stream whose cache holds every file (the racy window is 0). */
async function warmStream(extra: Record<string, string> = {}): Promise<string> {
  const dir = exampleStream(extra);
  await waitPastChanges([join(dir, EVENTS)]);
  expect((await runCli(['--no-confirm'], { cwd: dir, env: SETTLED })).code).toBe(0);
  return dir;
}

function cacheDirOf(dir: string): string {
  const root = join(dir, '.ledger-synth', 'cache');
  const [id] = readdirSync(root).filter((name) => !name.startsWith('.'));
  return join(root, id!);
}

/** Every file under `.ledger-synth/` with its bytes and mtime: what "writes nothing" is checked against. */
function snapshot(dir: string): string {
  const root = join(dir, '.ledger-synth');
  return readdirSync(root, { recursive: true })
    .map(String)
    .sort()
    .map((name) => {
      const stat = statSync(join(root, name));
      return stat.isFile() ? `${name} ${stat.mtimeMs} ${readFileSync(join(root, name), 'base64')}` : name;
    })
    .join('\n');
}

/** --check through the cache and with it disabled: what each printed and returned. */
async function checkBoth(dir: string, args: string[] = []) {
  const run = async (env: Record<string, string>) => {
    const result = await runCli(['--check', ...args], { cwd: dir, env: { ...SETTLED, ...env } });
    return { code: result.code, stdout: result.stdout, stderr: result.stderr };
  };
  return { viaCache: await run({}), oracle: await run({ LEDGER_SYNTH_CACHE: '0' }) };
}

describe('--check through the cache', () => {
  it('a warm check answers as a full read does, and writes nothing', async () => {
    const dir = await warmStream();
    const before = snapshot(dir);
    const { viaCache, oracle } = await checkBoth(dir, ['--strict']);
    expect(viaCache).toEqual(oracle);
    expect(viaCache.stdout).toContain('is up to date (4 events)');
    expect(snapshot(dir)).toBe(before);
  });

  it('an event edited in place after the cache was stored: stale, as a full read says, and nothing written', async () => {
    const dir = await warmStream();
    const [name] = readdirSync(join(dir, EVENTS)).sort();
    const path = join(dir, EVENTS, name!);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/now: .*/, 'now: edited in place'));
    await waitPastChanges([path]);
    const before = snapshot(dir);
    const { viaCache, oracle } = await checkBoth(dir);
    expect(viaCache.code).toBe(1);
    expect(viaCache).toEqual(oracle);
    expect(snapshot(dir)).toBe(before);
  });

  it('a planted cache that covers no file but holds an event is a miss, not a pass', async () => {
    const dir = await warmStream();
    // An event that is in no file, folded into a cache with no rows: it would match trivially.
    const state = emptyState();
    addEvent(state, parsedEvent('planted.md', '2026-01-12T00:00:00Z', 'mallory', 'now: planted\n'));
    const cache = cacheDirOf(dir);
    storeFoldCache(cache, undefined, new NewRows(), encodeStateText(state, emptyTracker()));
    expect(readFileSync(join(cache, 'fold.cache'), 'latin1')).toContain('mallory');
    const { viaCache, oracle } = await checkBoth(dir);
    expect(oracle.code).toBe(0);
    expect(viaCache).toEqual(oracle);
    // And a synthesis does not render it either.
    expect((await runCli(['--no-confirm'], { cwd: dir, env: SETTLED })).code).toBe(0);
    expect(readOutput(dir)).not.toContain('mallory');
  });

  it.skipIf(process.platform === 'win32')('a FIFO where the cache file belongs does not block the check', async () => {
    const dir = await warmStream();
    const cache = join(cacheDirOf(dir), 'fold.cache');
    rmSync(cache);
    expect(spawnSync('mkfifo', [cache]).status).toBe(0);
    const { viaCache, oracle } = await checkBoth(dir);
    expect(viaCache).toEqual(oracle);
    expect(viaCache.code).toBe(0);
  });

  it('warnings worded again from their files: the first 20 (cut inside a file), every one with --json, --strict, and status (which words none), as a full read says', async () => {
    // 14 events with 1 to 3 forgiven slips each (` #` comments, a duplicate key): more than the 20 lines a check shows.
    const extra: Record<string, string> = {};
    for (let n = 0; n < 14; n++) {
      const lines = [`now: step ${n} #${n}`, 'this_session:', `- did ${n}${n % 3 === 0 ? ' #again' : ''}`];
      if (n % 2 === 0) lines.push('decisions:', `  owner: "a${n}"`, `  owner: "b${n}"`);
      Object.assign(extra, event(`2026-01-20T10-${String(n).padStart(2, '0')}-00.000Z_slips_${n}.md`, { ts: `2026-01-20T10:${String(n).padStart(2, '0')}:00Z`, agent: 'slips', body: `${lines.join('\n')}\n` }));
    }
    const dir = await warmStream(extra);
    const before = snapshot(dir);
    for (const args of [[], ['--json'], ['--strict'], ['--strict', '--json']]) {
      const { viaCache, oracle } = await checkBoth(dir, args);
      expect(viaCache, args.join(' ')).toEqual(oracle);
    }
    const json = JSON.parse((await checkBoth(dir, ['--json'])).viaCache.stdout) as { warnings: unknown[]; warningCount: number };
    expect(json.warnings).toHaveLength(json.warningCount);
    expect(json.warningCount).toBeGreaterThan(20);
    const status = async (env: Record<string, string>) => {
      const result = await runCli(['status', '--json'], { cwd: dir, env: { ...SETTLED, ...env } });
      return { code: result.code, stdout: result.stdout, stderr: result.stderr };
    };
    expect(await status({})).toEqual(await status({ LEDGER_SYNTH_CACHE: '0' }));
    expect(snapshot(dir)).toBe(before);
  });

  it('of two events asking a question the file no longer shows, the first asker is named (the ledger credits it)', async () => {
    const question = 'Who owns the Gas Town refinery integration?';
    const dir = await warmStream(
      event('2026-01-11T08-30-00.000Z_waffle_q2.md', { ts: '2026-01-11T08:30:00Z', agent: 'waffle', body: `open_questions:\n- ${question}\n` }),
    );
    const line = `- ${question} _(crisp, 2026-01-11T08:00:00Z)_\n`;
    expect(readOutput(dir)).toContain(line);
    writeFileSync(join(dir, OUTPUT), readOutput(dir).replace(line, ''));
    const { viaCache, oracle } = await checkBoth(dir);
    expect(viaCache).toEqual(oracle);
    expect(viaCache.stderr).toContain('1 older event(s) not reflected (e.g. merged from another branch):');
    expect(viaCache.stderr).toContain('  + 2026-01-11T08-00-00.000Z_crisp_c3.md (crisp, 2026-01-11T08:00:00Z)');
    expect(viaCache.stderr).not.toContain('waffle_q2');
  });
});
