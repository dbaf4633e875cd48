import type { Readable, Writable } from 'node:stream';
import { escapeControls, isLedgerError } from '@ledger-synth/core';
import { parseHookInput, type HookInput } from './hook-input.js';
import { readStdinWithTimeout } from './stdin.js';

/**
 * Everything a hook touches outside its own files, like the CLI's `World`: the hook bundles pass the
 * real process ({@link processHookWorld}); tests pass strings, a fixed clock and a recorded exit,
 * and run the hook in-process.
 */
export interface HookWorld {
  readonly stdin: Readable & { isTTY?: boolean };
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly env: NodeJS.ProcessEnv;
  /** The hook process's working directory (used when the hook input names none). */
  readonly cwd: string;
  /** Wall clock in ms since the epoch. */
  readonly now: () => number;
  /** End the run with this exit code. The process world exits; a test world records it. */
  readonly exit: (code: number) => void;
}

/** The real process as a hook world. */
export function processHookWorld(): HookWorld {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    now: () => Date.now(),
    exit: (code) => process.exit(code),
  };
}

export interface HookRun {
  /** Parsed stdin, or an empty input when stdin was missing or malformed (see `problem`). */
  readonly input: HookInput;
  readonly problem: string | undefined;
  readonly world: HookWorld;
}

export interface HookRunnerOptions {
  /** Prefix of the one stderr line, e.g. `ledger-synth SessionEnd`. */
  readonly name: string;
  readonly stdinTimeoutMs: number;
  /** Give up (exit 0) after this long whatever is happening: a hook never holds a session hostage. */
  readonly deadlineMs: number;
  /**
   * Stdout for a failed run. Claude Code sends the stderr of a hook that exits 0 to its debug log
   * only; SessionStart uses this to show the person the failure as a `systemMessage` as well.
   */
  readonly failureOutput?: (message: string) => object;
}

const EMPTY_INPUT: HookInput = {
  sessionId: undefined,
  transcriptPath: undefined,
  cwd: undefined,
  hookEventName: undefined,
  source: undefined,
  reason: undefined,
};

/**
 * The whole life of a hook: read stdin with a timeout, run, print JSON (if any), and exit 0 in
 * every case (through `world.exit`, exactly once). Any failure becomes exactly one line on stderr.
 * Resolves with the exit code once the run is over (the process world never gets that far).
 */
export function runHook(options: HookRunnerOptions, world: HookWorld, handler: (run: HookRun) => Promise<object | undefined>): Promise<number> {
  return new Promise<number>((resolve) => {
    let over = false;
    const finish = (code: number) => {
      if (over) return;
      over = true;
      clearTimeout(deadline);
      world.exit(code);
      resolve(code);
    };
    const deadline = setTimeout(() => {
      if (over) return;
      world.stderr.write(`${options.name}: gave up after ${options.deadlineMs} ms\n`);
      finish(0);
    }, options.deadlineMs);
    deadline.unref();

    void (async () => {
      let output: object | undefined;
      let problem: string | undefined;
      try {
        const stdin = await readStdinWithTimeout(world.stdin, { timeoutMs: options.stdinTimeoutMs, maxBytes: 1024 * 1024 });
        const parsed = parseHookInput(stdin.text);
        problem = parsed.ok
          ? undefined
          : stdin.stoppedBy === 'timeout' && stdin.text === ''
            ? `no hook input on stdin within ${options.stdinTimeoutMs} ms`
            : parsed.reason;
        output = await handler({ input: parsed.ok ? parsed.input : EMPTY_INPUT, problem, world });
      } catch (error) {
        // One line in all: a bad stdin and the failure it caused are reported together.
        const line = `${options.name}: ${[problem, oneLine(error)].filter(Boolean).join('; ')}`;
        if (!over) world.stderr.write(`${line}\n`);
        output = options.failureOutput?.(line);
        problem = undefined;
      }
      if (over) return; // the deadline already ended the run: print nothing more
      if (problem) world.stderr.write(`${options.name}: ${problem}\n`);
      // Exit explicitly (after stdout is flushed): a stdin that was never closed would otherwise keep the process alive.
      if (output !== undefined) world.stdout.write(`${JSON.stringify(output)}\n`, () => finish(0));
      else finish(0);
    })();
  });
}

/** {@link runHook} in the real process (kept for callers written before the world seam). */
export async function runHookProcess(options: HookRunnerOptions, handler: (run: HookRun) => Promise<object | undefined>): Promise<never> {
  await runHook(options, processHookWorld(), handler);
  return new Promise<never>(() => {});
}

function oneLine(error: unknown): string {
  const message = isLedgerError(error) ? error.message : `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
  return escapeControls(message.replace(/\s+/g, ' ').trim().slice(0, 500));
}
