import type { Readable, Writable } from 'node:stream';
import { escapeControls } from '@ledger-synth/core';

/**
 * Everything a command touches outside its own files. Commands take this instead of `process`, so
 * tests can pass a string as stdin and read stdout back.
 */
export interface World {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly stdin: Readable & { isTTY?: boolean };
  readonly stdout: Writable & { isTTY?: boolean };
  readonly stderr: Writable & { isTTY?: boolean };
  /** The script that is running (process.argv[1]); names the command in messages. Absent in tests: `cc-synthesize`. */
  readonly self?: string | undefined;
}

export function processWorld(): World {
  return { cwd: process.cwd(), env: process.env, stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, self: process.argv[1] };
}

/** One line of output. Control and bidi characters are escaped (never raw in a terminal); JSON stays valid. */
export function print(stream: Writable, text = ''): void {
  stream.write(`${escapeControls(text)}\n`);
}
