// The hook world seam: a hook run takes {stdin, stdout, stderr, env, cwd, now, exit} and touches no
// `process.*`, so it runs in-process with strings and a fixed clock.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runHook as runHookWith, sessionEndHook } from '@ledger-synth/node';
import { initRepo } from '../helpers/git.js';
import { runCli } from '../helpers/run-cli.js';
import { testdir } from '../helpers/testdir.js';
import { DEFAULT_EVENTS, endInput, readEvents, testHookWorld } from './hook-helpers.js';
import { join } from 'node:path';

const options = { name: 'test-hook', stdinTimeoutMs: 5_000, deadlineMs: 60_000 };

describe('hook world', () => {
  it('reads stdin from the world, writes the handler output to its stdout and exits 0 through it, once', async () => {
    const world = testHookWorld({ cwd: '/', stdin: '{"session_id":"abc","cwd":"/x"}' });
    const code = await runHookWith(options, world, async ({ input, world: seen }) => ({ session: input.sessionId, same: seen === world }));
    expect(code).toBe(0);
    expect(world.exits).toEqual([0]);
    expect(JSON.parse(world.out())).toEqual({ session: 'abc', same: true });
    expect(world.err()).toBe('');
  });

  it('a failure is one stderr line and the failure output, exit 0', async () => {
    const world = testHookWorld({ cwd: '/', stdin: 'not json' });
    const code = await runHookWith({ ...options, failureOutput: (line) => ({ systemMessage: line }) }, world, async () => {
      throw new Error('boom\nsecond line');
    });
    expect(code).toBe(0);
    expect(world.err().trimEnd().split('\n')).toHaveLength(1);
    expect(world.err()).toContain('boom second line');
    expect(JSON.parse(world.out()).systemMessage).toContain('boom');
  });

  it('a failure naming a hostile file prints it escaped: no raw ESC, CR or bidi on stderr or in the systemMessage', async () => {
    const world = testHookWorld({ cwd: '/', stdin: '{}' });
    await runHookWith({ ...options, failureOutput: (line) => ({ systemMessage: line }) }, world, async () => {
      throw new Error('cannot read bad\u001b[2J\r\nFAKE\u202e.md');
    });
    // eslint-disable-next-line no-control-regex
    expect(world.err()).not.toMatch(/[\u001b\r\u202e]/);
    expect(world.err()).toContain('bad\\u001b[2J FAKE\\u202e.md');
    expect(world.err().trimEnd().split('\n')).toHaveLength(1);
    expect(JSON.parse(world.out()).systemMessage).not.toMatch(/[\u001b\r\u202e]/);
  });

  it('the deadline ends the run through world.exit even when the handler never returns; nothing is printed after', async () => {
    const stdin = new PassThrough(); // never written, never closed
    const world = testHookWorld({ cwd: '/', stdin });
    let release!: () => void;
    const handlerDone = new Promise<void>((resolve) => (release = resolve));
    const code = await runHookWith({ ...options, stdinTimeoutMs: 10, deadlineMs: 50 }, world, async () => {
      await handlerDone;
      return { late: true };
    });
    expect(code).toBe(0);
    expect(world.err()).toContain('gave up after 50 ms');
    release();
    await new Promise((resolve) => setImmediate(resolve));
    expect(world.exits).toEqual([0]);
    expect(world.out()).toBe('');
  });

  it('SessionEnd takes its clock and environment from the world', async () => {
    const dir = testdir({ 'README.md': 'hi\n' });
    initRepo(dir);
    expect((await runCli(['record', '--done', 'clocked', '--session', 'clock'], { cwd: dir })).code).toBe(0);
    const nowMs = Date.UTC(2031, 4, 6, 7, 8, 9, 123);
    const world = testHookWorld({ cwd: dir, env: { LEDGER_SYNTH_AGENT: 'worldly' }, stdin: JSON.stringify(endInput(dir, 'clock')), nowMs });
    expect(await sessionEndHook(world)).toBe(0);
    expect(world.err()).toBe('');
    const events = readEvents(join(dir, DEFAULT_EVENTS));
    expect(events).toHaveLength(1);
    expect(events[0]!.event.agent).toBe('worldly');
    expect(events[0]!.event.ts.iso).toBe('2031-05-06T07:08:09.123Z');
  });
});
