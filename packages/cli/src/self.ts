import { realpathSync, statSync } from 'node:fs';
import { delimiter, isAbsolute, join, relative } from 'node:path';
import type { World } from './world.js';

/**
 * The command that runs this very CLI where it was started, for messages that tell the user what
 * to run next: `cc-synthesize` when that name on PATH is this program (`npx cc-synthesize` when
 * only npx put it there), otherwise `node <this script>` — typically the committed copy
 * `.claude/hooks/ledger-synth/cc-synthesize.mjs` — relative to the working directory when inside it.
 */
export function selfCommand(world: Pick<World, 'cwd' | 'env' | 'self'>): string {
  const script = world.self;
  if (!script) return 'cc-synthesize';
  const real = realpathOr(script);
  for (const dir of (world.env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, 'cc-synthesize');
    if (!isFile(candidate) || realpathOr(candidate) !== real) continue;
    // npx (npm exec) puts the package's node_modules/.bin on PATH for this run only.
    const viaNpx = world.env.npm_command === 'exec' && /node_modules[\\/]\.bin$/.test(dir);
    return viaNpx ? 'npx cc-synthesize' : 'cc-synthesize';
  }
  const rel = relative(world.cwd, real);
  const shown = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : real;
  return `node ${quoteWord(shown)}`;
}

/** Messages are written naming `cc-synthesize`; print them naming the command that works here. */
export function withSelfCommand(text: string, command: string): string {
  return command === 'cc-synthesize' ? text : text.replace(/`cc-synthesize(?=[ `])/g, `\`${command}`);
}

/** Single-quoted for sh when the word needs it. */
export function quoteWord(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

function realpathOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
