import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, REPO_ROOT, runNode, type RunOptions, type RunResult } from '../helpers/run-cli.js';

/** Run `cc-synthesize` as a subprocess and report its peak resident memory (MiB) too. */
export async function runCliMeasured(args: string[], options: RunOptions): Promise<RunResult & { peakMiB: number }> {
  const scratch = mkdtempSync(join(tmpdir(), 'ledger-synth-rss-'));
  try {
    const out = join(scratch, 'rss');
    // bench/measure.mjs runs the script in its own process and writes maxRSS (KiB) on exit.
    const result = await runNode(join(REPO_ROOT, 'bench/measure.mjs'), [out, CLI, ...args], options);
    return { ...result, peakMiB: Number(readFileSync(out, 'utf8')) / 1024 };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
