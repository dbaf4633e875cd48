import { isLedgerError } from '@ledger-synth/core';
import { parseHookInput, type HookInput } from './hook-input.js';
import { readStdinWithTimeout } from './stdin.js';

export interface HookRun {
  /** Parsed stdin, or an empty input when stdin was missing or malformed (see `problem`). */
  readonly input: HookInput;
  readonly problem: string | undefined;
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
 * The whole life of a hook process: read stdin with a timeout, run, print JSON (if any), and exit 0
 * in every case. Any failure becomes exactly one line on stderr.
 */
export async function runHookProcess(options: HookRunnerOptions, handler: (run: HookRun) => Promise<object | undefined>): Promise<never> {
  const deadline = setTimeout(() => {
    process.stderr.write(`${options.name}: gave up after ${options.deadlineMs} ms\n`);
    process.exit(0);
  }, options.deadlineMs);
  deadline.unref();

  let output: object | undefined;
  let problem: string | undefined;
  try {
    const stdin = await readStdinWithTimeout(process.stdin, { timeoutMs: options.stdinTimeoutMs, maxBytes: 1024 * 1024 });
    const parsed = parseHookInput(stdin.text);
    problem = parsed.ok
      ? undefined
      : stdin.stoppedBy === 'timeout' && stdin.text === ''
        ? `no hook input on stdin within ${options.stdinTimeoutMs} ms`
        : parsed.reason;
    output = await handler({ input: parsed.ok ? parsed.input : EMPTY_INPUT, problem });
  } catch (error) {
    // One line in all: a bad stdin and the failure it caused are reported together.
    const line = `${options.name}: ${[problem, oneLine(error)].filter(Boolean).join('; ')}`;
    process.stderr.write(`${line}\n`);
    output = options.failureOutput?.(line);
    problem = undefined;
  }
  if (problem) process.stderr.write(`${options.name}: ${problem}\n`);
  clearTimeout(deadline);
  // Exit explicitly: a stdin that was never closed would otherwise keep the process alive.
  if (output !== undefined) {
    process.stdout.write(`${JSON.stringify(output)}\n`, () => process.exit(0));
    return new Promise<never>(() => {});
  }
  process.exit(0);
}

function oneLine(error: unknown): string {
  const message = isLedgerError(error) ? error.message : `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
  return message.replace(/\s+/g, ' ').trim().slice(0, 500);
}
