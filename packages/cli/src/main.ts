import { isLedgerError } from '@ledger-synth/core';
import { COMMANDS } from './commands.js';
import { EXIT } from './exit-codes.js';
import { print, type World } from './world.js';


/** The only place an error becomes an exit code. */
export function exitCodeFor(error: unknown): number {
  if (isLedgerError(error) && (error.code === 'E_USAGE' || error.code === 'E_CONFIG')) return EXIT.usage;
  return EXIT.failed;
}

/** Run the CLI with an injected world; never calls process.exit, returns the exit code. */
export async function main(argv: string[], world: World): Promise<number> {
  const [first, ...rest] = argv;
  const name = first !== undefined && Object.hasOwn(COMMANDS, first) ? first : 'synthesize';
  const args = name === first ? rest : argv;
  try {
    const command = await COMMANDS[name]!();
    return await command(args, world);
  } catch (error) {
    reportError(error, world);
    return exitCodeFor(error);
  }
}

export function reportError(error: unknown, world: World): void {
  if (isLedgerError(error)) {
    print(world.stderr, `cc-synthesize: ${error.message}`);
    if (error.hint) print(world.stderr, error.hint);
    return;
  }
  const message = error instanceof Error ? error.message : String(error);
  print(world.stderr, `cc-synthesize: unexpected error: ${message}`);
  if (world.env.LEDGER_SYNTH_DEBUG && error instanceof Error && error.stack) print(world.stderr, error.stack);
  else print(world.stderr, 'Set LEDGER_SYNTH_DEBUG=1 for a stack trace, and please report it.');
}

