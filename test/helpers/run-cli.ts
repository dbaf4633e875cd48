import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from '../../packages/cli/src/main.js';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CLI = join(REPO_ROOT, 'packages/cli/dist/cc-synthesize.mjs');

export interface RunResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Written to stdin, which is then closed. Omit to give the child an already-closed stdin. */
  readonly input?: string;
  /** Kill the child after this long (a hang is a test failure, not a stuck suite). */
  readonly killAfterMs?: number;
}

/** Run a bundled script (`node <script> ...args`) as a real subprocess. */
export function runNode(script: string, args: string[], options: RunOptions): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: options.cwd,
      env: { ...cleanEnv(), ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.killAfterMs ?? 30_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
    child.stdin.on('error', () => {});
    child.stdin.end(options.input ?? '');
  });
}

/**
 * Run `cc-synthesize` in-process: `main(argv, world)` with string stdin and collected output, the
 * very code the bundle runs minus a process start (~10× faster). Use {@link spawnCli} where a real
 * process is the point (concurrency, kills, signals, the bundle's own paths).
 */
export async function runCli(args: string[], options: RunOptions): Promise<RunResult> {
  // install/uninstall copy the bundles from beside the running CLI: only the real bundle can.
  if (args[0] === 'install' || args[0] === 'uninstall') return spawnCli(args, options);
  let stdout = '';
  let stderr = '';
  const sink = (append: (text: string) => void) =>
    new Writable({
      write(chunk: Buffer | string, _encoding, callback) {
        append(typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
        callback();
      },
    });
  const world = {
    cwd: options.cwd,
    env: { ...cleanEnv(), ...options.env },
    stdin: Readable.from(options.input ? [Buffer.from(options.input, 'utf8')] : []),
    stdout: sink((text) => (stdout += text)),
    stderr: sink((text) => (stderr += text)),
    self: CLI,
  };
  // Commands that name themselves (git hooks, merge driver, `resolve` hints) see the bundle's path, as they would run.
  // (merge-driver.ts reads process.argv[1] itself; the CLI's `world.self` is set above.)
  if (inProcessRuns++ === 0) savedArgv1 = process.argv[1];
  process.argv[1] = CLI;
  try {
    const code = await main(args, world);
    return { code, signal: null, stdout, stderr };
  } finally {
    if (--inProcessRuns === 0 && savedArgv1 !== undefined) process.argv[1] = savedArgv1;
  }
}

let inProcessRuns = 0;
let savedArgv1: string | undefined;

/** Run the bundled `cc-synthesize` as a real subprocess. */
export function spawnCli(args: string[], options: RunOptions): Promise<RunResult> {
  return runNode(CLI, args, options);
}

/** The parent's env minus anything that would make a child behave differently from a user's shell. */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (key.startsWith('LEDGER_SYNTH_') || key.startsWith('VITEST') || key === 'SOURCE_DATE_EPOCH' || key.startsWith('CLAUDE_')) delete env[key];
  }
  env.NODE_ENV = 'production';
  return env;
}
