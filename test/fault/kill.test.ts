import { existsSync, readFileSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFooter } from '@ledger-synth/core';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { eventText, testdir } from '../helpers/testdir.js';
import { STREAM_CONFIG, lockExists, startCli, tempFiles, waitFor } from './process.js';

// A lock bound far beyond any wait below: a run that had to wait it out would time out instead.
const SLOW_STALE = 'lock_stale_ms: 600000\nlock_timeout_ms: 20000\n';

/** The pause hook writes the pid into its marker file once the point is reached. */
function paused(marker: string): boolean {
  return existsSync(marker) && readFileSync(marker, 'utf8') !== '';
}

function event(n: number): string {
  return eventText({ ts: `2026-02-01T10:${String(n).padStart(2, '0')}:00Z`, agent: `agent-${n}`, body: `now: step ${n}\nthis_session:\n- did step ${n}\n` });
}

/** A stream with one synthesized event (the "old" current.md) and a second event waiting. */
async function streamWithPendingEvent(config = STREAM_CONFIG): Promise<{ dir: string; old: string }> {
  const dir = testdir({ '.ledger-synth.yaml': config, 'events/e1.md': event(1) });
  expect((await runCli(['--no-confirm'], { cwd: dir })).code).toBe(0);
  const old = readFileSync(join(dir, 'current.md'), 'utf8');
  writeFileSync(join(dir, 'events/e2.md'), event(2));
  return { dir, old };
}

describe('kill -9 of a synthesizer', () => {
  it('while it holds the lock: current.md keeps the old version, the next run recovers at once', async () => {
    const { dir, old } = await streamWithPendingEvent(STREAM_CONFIG + SLOW_STALE);
    const marker = join(dir, 'paused-after-lock');
    const victim = startCli(['--no-confirm'], { cwd: dir, env: { LEDGER_SYNTH_TEST_PAUSE_AFTER_LOCK: marker } });
    await waitFor(() => lockExists(dir) && paused(marker), 'the synthesizer to hold the lock');
    expect(JSON.parse(readFileSync(join(dir, '.synth.lock'), 'utf8')).pid).toBe(victim.child.pid);
    victim.child.kill('SIGKILL');
    expect((await victim.done).signal).toBe('SIGKILL');

    expect(lockExists(dir)).toBe(true); // abandoned, not released
    expect(readFileSync(join(dir, 'current.md'), 'utf8')).toBe(old);

    // The dead holder is recognised at once: well within the 10-minute stale bound (the run would
    // otherwise fail with E_LOCK_TIMEOUT after 20 s).
    const next = await runCli(['--no-confirm'], { cwd: dir });
    expect(next.stderr).toBe('');
    expect(next.code).toBe(0);
    const fresh = readFileSync(join(dir, 'current.md'), 'utf8');
    expect(parseFooter(fresh)?.eventCount).toBe(2);
    expect(fresh).toContain('- did step 2');
    expect(lockExists(dir)).toBe(false);
    expect(tempFiles(dir)).toEqual([]);
  });

  it('while it writes (temp file complete, not yet renamed): old or new, never torn; the leftover is cleaned', async () => {
    const { dir, old } = await streamWithPendingEvent(STREAM_CONFIG + SLOW_STALE);
    const marker = join(dir, 'paused-before-rename');
    const victim = startCli(['--no-confirm'], { cwd: dir, env: { LEDGER_SYNTH_TEST_PAUSE_BEFORE_RENAME: marker } });
    await waitFor(() => lockExists(dir) && tempFiles(dir).length > 0 && paused(marker), 'the synthesizer to reach the rename');
    const [temp] = tempFiles(dir);
    expect(temp).toMatch(new RegExp(`/\\.current\\.md\\.${victim.child.pid}\\.[0-9a-f]{12}\\.tmp$`));
    expect(parseFooter(readFileSync(temp!, 'utf8'))?.eventCount).toBe(2); // the new version, complete
    victim.child.kill('SIGKILL');
    await victim.done;

    expect(readFileSync(join(dir, 'current.md'), 'utf8')).toBe(old);
    const next = await runCli(['--no-confirm'], { cwd: dir });
    expect(next.code).toBe(0);
    expect(parseFooter(readFileSync(join(dir, 'current.md'), 'utf8'))?.eventCount).toBe(2);
    expect(tempFiles(dir)).toEqual([]);
    expect(lockExists(dir)).toBe(false);
  });

  it('a holder paused past the stale bound loses the lock to the next run and then writes nothing', async () => {
    const { dir } = await streamWithPendingEvent(STREAM_CONFIG + 'lock_stale_ms: 300\nlock_timeout_ms: 20000\n');
    const marker = join(dir, 'paused');
    const sleeper = startCli(['--no-confirm'], { cwd: dir, env: { LEDGER_SYNTH_TEST_PAUSE_AFTER_LOCK: marker } });
    await waitFor(() => lockExists(dir) && paused(marker), 'the first synthesizer to hold the lock');
    // Alive but frozen: its lock stops being refreshed, and after 300 ms it is abandoned.
    const next = await runCli(['--no-confirm'], { cwd: dir });
    expect(next.code).toBe(0);
    const written = readFileSync(join(dir, 'current.md'), 'utf8');
    expect(parseFooter(written)?.eventCount).toBe(2);
    // One more event, so the resumed run has something to write (and must notice it lost the lock).
    writeFileSync(join(dir, 'events/e3.md'), event(3));
    writeFileSync(`${marker}.go`, '');
    const late = await sleeper.done;
    expect(late.code).toBe(1);
    expect(late.stderr).toMatch(/lost the lock .*nothing was written/);
    expect(readFileSync(join(dir, 'current.md'), 'utf8')).toBe(written);
    expect(tempFiles(dir)).toEqual([]);
  });

  it('a holder frozen before its rename whose lock was taken over and a newer ledger written: writes nothing, exits 1 (old or new, never older)', async () => {
    const { dir } = await streamWithPendingEvent(STREAM_CONFIG + SLOW_STALE);
    const marker = join(dir, 'paused-before-rename');
    const frozen = startCli(['--no-confirm'], { cwd: dir, env: { LEDGER_SYNTH_TEST_PAUSE_BEFORE_RENAME: marker } });
    await waitFor(() => lockExists(dir) && tempFiles(dir).length > 0 && paused(marker), 'the first synthesizer to reach its rename');
    // Frozen past the stale bound (SIGSTOP, a sleeping laptop): its lock is no longer refreshed.
    // Aged here instead of waited out, so the next run judges it abandoned at once.
    const past = new Date(Date.now() - 3_600_000);
    utimesSync(join(dir, '.synth.lock'), past, past);
    writeFileSync(join(dir, 'events/e3.md'), event(3));
    const next = await runCli(['--no-confirm'], { cwd: dir });
    expect(next.stderr).toBe('');
    expect(next.code).toBe(0);
    const newer = readFileSync(join(dir, 'current.md'), 'utf8');
    expect(parseFooter(newer)?.eventCount).toBe(3);

    writeFileSync(`${marker}.go`, ''); // wake it: its view (2 events) is older than the file on disk
    const late = await frozen.done;
    expect(late.code).toBe(1);
    expect(late.stderr).toMatch(/current\.md changed while this run was synthesizing.*nothing was written/);
    expect(readFileSync(join(dir, 'current.md'), 'utf8')).toBe(newer);
    expect(tempFiles(dir)).toEqual([]);
    expect(lockExists(dir)).toBe(false);
  });

  it('a holder that still has its lock but finds current.md replaced under it (a checkout, an older tool) writes nothing, exits 1', async () => {
    const { dir } = await streamWithPendingEvent(STREAM_CONFIG + SLOW_STALE);
    const marker = join(dir, 'paused-before-rename');
    const victim = startCli(['--no-confirm'], { cwd: dir, env: { LEDGER_SYNTH_TEST_PAUSE_BEFORE_RENAME: marker } });
    await waitFor(() => tempFiles(dir).length > 0 && paused(marker), 'the synthesizer to reach its rename');
    writeFileSync(join(dir, 'replacement'), 'written by someone else\n');
    renameSync(join(dir, 'replacement'), join(dir, 'current.md'));
    writeFileSync(`${marker}.go`, '');
    const late = await victim.done;
    expect(late.code).toBe(1);
    expect(late.stderr).toMatch(/changed while this run was synthesizing/);
    expect(readFileSync(join(dir, 'current.md'), 'utf8')).toBe('written by someone else\n');
    expect(tempFiles(dir)).toEqual([]);
    expect(lockExists(dir)).toBe(false);
  });

  it('killed at random moments, over and over: every look at current.md finds a complete ledger', async () => {
    const dir = testdir({ '.ledger-synth.yaml': STREAM_CONFIG + SLOW_STALE, 'events/e0.md': event(0) });
    expect((await runCli(['--no-confirm'], { cwd: dir })).code).toBe(0);
    let looking = true;
    let looks = 0;
    const bad: string[] = [];
    const reader = (async () => {
      while (looking) {
        const text = readFileSync(join(dir, 'current.md'), 'utf8');
        looks++;
        if (!parseFooter(text)) bad.push(`${text.length} bytes`);
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    for (let n = 1; n <= 8; n++) {
      writeFileSync(join(dir, `events/e${n}.md`), event(n));
      const victim = startCli(['--no-confirm'], { cwd: dir });
      // Fault injection, not synchronisation: any moment of the run is a valid moment to die.
      setTimeout(() => victim.child.kill('SIGKILL'), Math.floor(Math.random() * 400));
      await victim.done;
    }
    const last = await runCli(['--no-confirm'], { cwd: dir });
    looking = false;
    await reader;
    expect(last.code).toBe(0);
    expect(bad).toEqual([]);
    expect(looks).toBeGreaterThan(0);
    expect(parseFooter(readFileSync(join(dir, 'current.md'), 'utf8'))?.eventCount).toBe(9);
    expect(tempFiles(dir)).toEqual([]);
    expect(lockExists(dir)).toBe(false);
    expect((await runCli(['--check'], { cwd: dir, env: { LEDGER_SYNTH_CACHE: '0' } })).code).toBe(0);
  });
});
