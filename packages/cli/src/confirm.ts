import { createInterface } from 'node:readline/promises';
import type { World } from './world.js';

/** yes, no, Ctrl+D (end of input: no answer) or Ctrl+C (interrupted: exit 130). */
export type Answer = boolean | 'aborted' | 'interrupted';

/** Ask a yes/no question on the terminal. Only called when both stdin and stdout are TTYs. */
export async function confirm(world: World, question: string, defaultYes = true): Promise<Answer> {
  const rl = createInterface({ input: world.stdin, output: world.stdout, terminal: true });
  let interrupted = false;
  // Without a listener readline only pauses on Ctrl+C (and the run would end with an unsettled
  // question); with one, we abort the question, which rejects it with an AbortError.
  const abort = new AbortController();
  rl.on('SIGINT', () => {
    interrupted = true;
    abort.abort();
  });
  try {
    const answer = (await rl.question(`${question} ${defaultYes ? '[Y/n]' : '[y/N]'} `, { signal: abort.signal })).trim().toLowerCase();
    if (answer === '') return defaultYes;
    return answer === 'y' || answer === 'yes';
  } catch (error) {
    // Ctrl+C / Ctrl+D make readline reject with an AbortError: the user's "no", not a crash.
    if ((error as { code?: unknown } | null)?.code === 'ABORT_ERR') return interrupted ? 'interrupted' : 'aborted';
    throw error;
  } finally {
    rl.close();
  }
}

export function isInteractive(world: World): boolean {
  return Boolean(world.stdin.isTTY && world.stdout.isTTY);
}
