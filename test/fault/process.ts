import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, cleanEnv, type RunResult } from '../helpers/run-cli.js';

export const STREAM_CONFIG = 'events_dir: events\noutput: current.md\n';

export interface Started {
  readonly child: ChildProcess;
  readonly done: Promise<RunResult>;
}

/** Start `cc-synthesize` without waiting for it, so a test can kill it at a chosen point. */
export function startCli(args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Started {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd, env: { ...cleanEnv(), ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const done = new Promise<RunResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

/** Poll for a condition (never a fixed sleep); fails the test if it does not hold within `withinMs`. */
export async function waitFor(condition: () => boolean, what: string, withinMs = 30_000): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Every temp file (ours are `*.tmp`) under `dir`, recursively. */
export function tempFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...tempFiles(path));
    else if (entry.name.endsWith('.tmp')) out.push(path);
  }
  return out;
}

export function lockExists(dir: string): boolean {
  return existsSync(join(dir, '.synth.lock'));
}
