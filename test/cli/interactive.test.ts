import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, cleanEnv } from '../helpers/run-cli.js';
import { testdir } from '../helpers/testdir.js';
import { OUTPUT, exampleStream, outputExists, readOutput } from './stream.js';

interface Session {
  /** Resolves once `text` has appeared on stdout (rejects if the process exits first). */
  waitFor(text: string): Promise<void>;
  write(text: string): void;
  /** Resolves with the exit status; the process is SIGKILLed after `killAfterMs` (a hang fails the test). */
  readonly exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

/** Spawn with stdin as a pipe that is never closed unless we say so: a program waiting on it would hang. */
function open(command: string, args: string[], cwd: string, killAfterMs = 20_000): Session {
  const child = spawn(command, args, { cwd, env: { ...cleanEnv(), SOURCE_DATE_EPOCH: '1767225600' }, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const waiters: { text: string; resolve: () => void }[] = [];
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    for (const waiter of waiters.splice(0)) {
      if (stdout.includes(waiter.text)) waiter.resolve();
      else waiters.push(waiter);
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdin.on('error', () => {});
  const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
  return {
    exit,
    write: (text) => child.stdin.write(text),
    waitFor: (text) =>
      new Promise<void>((resolve, reject) => {
        if (stdout.includes(text)) return resolve();
        waiters.push({ text, resolve });
        void exit.then(() => reject(new Error(`exited before printing ${JSON.stringify(text)}; stdout:\n${stdout}\nstderr:\n${stderr}`)));
      }),
  };
}

describe('without a terminal', () => {
  it('does not wait for an answer when stdin is an open pipe: writes, says why, exits 0', async () => {
    const dir = exampleStream();
    const session = open(process.execPath, [CLI], dir);
    const result = await session.exit; // stdin is never ended: only exiting by itself gets here
    expect(result.signal).toBeNull();
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('4 events from 3 agents on 3 branches');
    expect(result.stdout).toContain(`Wrote ${OUTPUT}: 4 events from 3 agents.`);
    expect(result.stderr).toContain('stdin is not a terminal: writing without confirmation');
    expect(outputExists(dir)).toBe(true);
  });
});

const hasScript = spawnSync('script', ['--version'], { stdio: 'ignore' }).status === 0;

/** Run the CLI inside a pseudo-terminal (util-linux `script`), so stdin and stdout are TTYs. */
function inTerminal(dir: string, args: string[] = []): Session {
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  return open('script', ['-qec', [process.execPath, CLI, ...args].map(quote).join(' '), '/dev/null'], dir);
}

describe.skipIf(!hasScript)('on a terminal (through `script`)', () => {
  const PROMPT = `Write ${OUTPUT}? [Y/n]`;

  it('shows the preview, asks, and honours "n" then "y"', async () => {
    const dir = exampleStream();

    const declined = inTerminal(dir);
    await declined.waitFor(PROMPT);
    declined.write('n\r');
    const no = await declined.exit;
    expect(no.code).toBe(0);
    expect(no.stdout).toContain('4 events from 3 agents on 3 branches');
    expect(no.stdout).toContain('Resolved by last-writer-wins');
    expect(no.stdout).toContain('Nothing written.');
    expect(outputExists(dir)).toBe(false);

    const accepted = inTerminal(dir);
    await accepted.waitFor(PROMPT);
    accepted.write('y\r');
    const yes = await accepted.exit;
    expect(yes.code).toBe(0);
    expect(yes.stdout).toContain(`Wrote ${OUTPUT}: 4 events from 3 agents.`);
    expect(readOutput(dir)).toContain('event_count: 4');
  });

  it.each([
    ['Ctrl+C', '\x03', 130],
    ['Ctrl+D', '\x04', 1],
  ])('treats %s at the prompt as an abort: exit %i, nothing written, no crash report', async (_key, byte, code) => {
    const dir = exampleStream();
    const session = inTerminal(dir);
    await session.waitFor(PROMPT);
    session.write(byte);
    const result = await session.exit;
    expect(result.code).toBe(code);
    expect(result.stdout).toContain('Aborted: nothing written.'); // the pty merges stderr into stdout
    expect(result.stdout).not.toContain('unexpected error');
    expect(outputExists(dir)).toBe(false);
  });

  it('does not ask when the ledger is already up to date', async () => {
    const dir = exampleStream();
    const first = inTerminal(dir, ['--no-confirm']);
    expect((await first.exit).code).toBe(0);
    const again = await inTerminal(dir).exit;
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`${OUTPUT} is already up to date.`);
    expect(again.stdout).not.toContain('[Y/n]');
  });

  it('outside a repository with no config, says where the ledger would go and asks (default no; Ctrl+C exits 130)', async () => {
    const dir = testdir({ 'notes.txt': 'not a ledger' });
    const declined = inTerminal(dir);
    await declined.waitFor('[y/N]');
    declined.write('\r');
    const no = await declined.exit;
    expect(no.code).toBe(0);
    expect(no.stdout).toContain('Not in a git repository and no .ledger-synth.yaml: the ledger would go to thoughts/shared/handoffs/current.md');
    expect(no.stdout).toContain('Nothing written.');
    expect(existsSync(join(dir, 'thoughts'))).toBe(false);

    const interrupted = inTerminal(dir);
    await interrupted.waitFor('[y/N]');
    interrupted.write('\x03');
    expect((await interrupted.exit).code).toBe(130);
    expect(existsSync(join(dir, 'thoughts'))).toBe(false);
  });
});
