import { parseArgs, type ParseArgsConfig } from 'node:util';
import { LedgerError } from '@ledger-synth/core';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * The pointer printed under a usage error. `main` replaces it with the help of the subcommand that
 * failed (`record --dne` → `… record --help`) and with the command name that works where it runs.
 */
export const HELP_HINT = 'Run `cc-synthesize --help` for usage.';

/**
 * `node:util` parseArgs with errors turned into E_USAGE (exit 2): one message style (lower case,
 * the option in double quotes) and a "did you mean" for a mistyped option.
 */
export function parseCommandArgs<T extends Options>(args: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    throw new LedgerError('E_USAGE', describeParseError(error as Error & { code?: string }, options), { cause: error, hint: HELP_HINT });
  }
}

export function usageError(message: string): LedgerError {
  return new LedgerError('E_USAGE', message, { hint: HELP_HINT });
}

function describeParseError(error: Error & { code?: string }, options: Options): string {
  const message = error.message.replace(/\. To specify.*$/s, '');
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const given = /Unknown option '([^']*)'/.exec(message)?.[1] ?? '';
    const names = Object.entries(options).flatMap(([name, option]) => [`--${name}`, ...(option.short ? [`-${option.short}`] : [])]);
    return `unknown option "${given}"${didYouMean(given.split('=')[0]!, names)}`;
  }
  if (error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const given = /Unexpected argument '([^']*)'/.exec(message)?.[1] ?? '';
    return `unexpected argument "${given}"`;
  }
  // Node's wording ("Option '--input <value>' argument missing"), in our case and quotes.
  return message.charAt(0).toLowerCase() + message.slice(1).replace(/'([^']*)'/g, '"$1"');
}

/** ` (did you mean "--dry-run"?)` when one candidate is close to `given`, else ''. */
export function didYouMean(given: string, candidates: readonly string[]): string {
  const best = closest(given, candidates);
  return best === undefined ? '' : ` (did you mean "${best}"?)`;
}

/** The candidate within a small edit distance of `given` (≤ 1 for short words, ≤ 2 otherwise, or a unique prefix). */
export function closest(given: string, candidates: readonly string[]): string | undefined {
  if (given === '') return undefined;
  const limit = given.replace(/^-+/, '').length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(given, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best !== undefined && bestDistance <= limit) return best;
  const prefixed = candidates.filter((candidate) => given.length >= 3 && candidate.startsWith(given));
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}
