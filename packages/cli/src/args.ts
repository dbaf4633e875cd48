import { parseArgs, type ParseArgsConfig } from 'node:util';
import { LedgerError } from '@ledger-synth/core';

type Options = NonNullable<ParseArgsConfig['options']>;

/** `node:util` parseArgs with errors turned into E_USAGE (exit 2) and a pointer to --help. */
export function parseCommandArgs<T extends Options>(args: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    throw new LedgerError('E_USAGE', (error as Error).message.replace(/\. To specify.*$/s, ''), {
      cause: error,
      hint: 'Run `cc-synthesize --help` for usage.',
    });
  }
}

export function usageError(message: string): LedgerError {
  return new LedgerError('E_USAGE', message, { hint: 'Run `cc-synthesize --help` for usage.' });
}
