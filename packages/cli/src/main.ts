import { escapeControls, isLedgerError } from '@ledger-synth/core';
import { HELP_HINT, didYouMean, usageError } from './args.js';
import { COMMANDS } from './commands.js';
import { EXIT } from './exit-codes.js';
import { selfCommand, withSelfCommand } from './self.js';
import { paintFor } from './style.js';
import { print, type World } from './world.js';

/** The only place an error becomes an exit code. */
export function exitCodeFor(error: unknown): number {
  if (isLedgerError(error) && (error.code === 'E_USAGE' || error.code === 'E_CONFIG')) return EXIT.usage;
  return EXIT.failed;
}

/** Run the CLI with an injected world; never calls process.exit, returns the exit code. */
export async function main(argv: string[], world: World): Promise<number> {
  // `cc-synthesize help [command]` is `cc-synthesize [command] --help`.
  if (argv[0] === 'help') argv = argv.length > 1 ? [argv[1]!, '--help'] : ['--help'];
  const [first, ...rest] = argv;
  const name = first !== undefined && Object.hasOwn(COMMANDS, first) ? first : 'synthesize';
  const args = name === first ? rest : argv;
  try {
    if (name === 'synthesize' && first !== undefined && !first.startsWith('-')) throw unknownCommand(first);
    const command = await COMMANDS[name]!();
    return await command(args, world);
  } catch (error) {
    reportError(error, world, name);
    return exitCodeFor(error);
  }
}

export function unknownCommand(given: string): Error {
  return usageError(`unknown command "${given}"${didYouMean(given, Object.keys(COMMANDS))}`);
}

/**
 * One style for every error: `cc-synthesize: <message>` then the hint. A usage error points at the
 * help of the command that failed, and every `cc-synthesize …` in the text names the command that
 * works here (the bin on PATH, or the committed copy under .claude/hooks/).
 */
export function reportError(error: unknown, world: World, command = 'synthesize'): void {
  const paint = paintFor(world.stderr, world.env);
  const self = selfCommand(world);
  const prefix = paint.red('cc-synthesize:');
  // The text is escaped (control characters never reach the terminal raw), then painted.
  const line = (text: string) => world.stderr.write(`${text}\n`);
  if (isLedgerError(error)) {
    line(`${prefix} ${escapeControls(withSelfCommand(error.message, self))}`);
    if (error.hint) {
      const hint = error.hint === HELP_HINT && command !== 'synthesize' ? `Run \`cc-synthesize ${command} --help\` for usage.` : error.hint;
      line(paint.dim(escapeControls(withSelfCommand(hint, self))));
    }
    return;
  }
  const message = error instanceof Error ? error.message : String(error);
  line(`${prefix} unexpected error: ${escapeControls(message)}`);
  if (world.env.LEDGER_SYNTH_DEBUG && error instanceof Error && error.stack) print(world.stderr, error.stack);
  else line(paint.dim('Set LEDGER_SYNTH_DEBUG=1 for a stack trace, and please report it.'));
}
