import { createInterface } from 'node:readline/promises';
import type { World } from './world.js';

/** Ask a yes/no question on the terminal. Only called when both stdin and stdout are TTYs. */
export async function confirm(world: World, question: string, defaultYes = true): Promise<boolean> {
  const rl = createInterface({ input: world.stdin, output: world.stdout, terminal: true });
  try {
    const answer = (await rl.question(`${question} ${defaultYes ? '[Y/n]' : '[y/N]'} `)).trim().toLowerCase();
    if (answer === '') return defaultYes;
    return answer === 'y' || answer === 'yes';
  } finally {
    rl.close();
  }
}

export function isInteractive(world: World): boolean {
  return Boolean(world.stdin.isTTY && world.stdout.isTTY);
}
