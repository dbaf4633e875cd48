import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { parseEvent, type LedgerEvent } from '@ledger-synth/core';
import { sessionEndHook, sessionStartHook, type HookWorld } from '@ledger-synth/node';
import { REPO_ROOT, cleanEnv, runNode, type RunResult } from '../helpers/run-cli.js';

export const SESSION_START = join(REPO_ROOT, 'hooks/dist/session-start.mjs');
export const SESSION_END = join(REPO_ROOT, 'hooks/dist/session-end.mjs');
export const DEFAULT_EVENTS = 'thoughts/shared/handoffs/events';
export const DEFAULT_OUTPUT = 'thoughts/shared/handoffs/current.md';

export interface HookOptions {
  readonly env?: NodeJS.ProcessEnv;
  /** Raw stdin text instead of JSON.stringify(input). */
  readonly raw?: string;
}

/**
 * Run a hook as Claude Code would (JSON on stdin, cwd = where the session is), in-process through
 * its world: the same code path as the bundle minus the process start. `spawnHook` runs the bundle.
 */
export async function runHook(script: string, cwd: string, input: Record<string, unknown>, options: HookOptions = {}): Promise<RunResult> {
  const text = options.raw ?? JSON.stringify(input);
  const world = testHookWorld({ cwd, env: { ...cleanEnv(), ...options.env }, stdin: text });
  const hook =
    script === SESSION_START
      ? sessionStartHook(world, { hookDir: dirname(SESSION_START) })
      : script === SESSION_END
        ? sessionEndHook(world)
        : Promise.reject(new Error(`no in-process hook for ${script}`));
  const code = await hook;
  return { code, signal: null, stdout: world.out(), stderr: world.err() };
}

/** Run the real hook bundle as a subprocess (the end-to-end path). */
export function spawnHook(script: string, cwd: string, input: Record<string, unknown>, options: HookOptions = {}): Promise<RunResult> {
  return runNode(script, [], { cwd, env: options.env, input: options.raw ?? JSON.stringify(input), killAfterMs: 20_000 });
}

export interface TestHookWorld extends HookWorld {
  out(): string;
  err(): string;
  readonly exits: number[];
}

/** A hook world of strings: stdin text (ended), collected stdout/stderr, a fixed or real clock, recorded exits. */
export function testHookWorld(options: { cwd: string; env?: NodeJS.ProcessEnv; stdin?: string | Readable; nowMs?: number }): TestHookWorld {
  let out = '';
  let err = '';
  const exits: number[] = [];
  const sink = (append: (text: string) => void) =>
    new Writable({
      write(chunk: Buffer | string, _encoding, callback) {
        append(typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
        callback();
      },
    });
  const stdin =
    options.stdin instanceof Readable ? options.stdin : Readable.from(options.stdin ? [Buffer.from(options.stdin, 'utf8')] : [], { objectMode: false });
  return {
    stdin,
    stdout: sink((text) => (out += text)),
    stderr: sink((text) => (err += text)),
    env: options.env ?? cleanEnv(),
    cwd: options.cwd,
    now: () => options.nowMs ?? Date.now(),
    exit: (code) => void exits.push(code),
    out: () => out,
    err: () => err,
    exits,
  };
}

export function startInput(cwd: string, session: string, source = 'startup', extra: Record<string, unknown> = {}) {
  return { session_id: session, transcript_path: join(cwd, 'no-transcript.jsonl'), cwd, hook_event_name: 'SessionStart', source, ...extra };
}

export function endInput(cwd: string, session: string, reason = 'prompt_input_exit', extra: Record<string, unknown> = {}) {
  return { session_id: session, transcript_path: join(cwd, 'no-transcript.jsonl'), cwd, hook_event_name: 'SessionEnd', reason, ...extra };
}

/** Parsed SessionStart stdout; fails the test with the raw text when it is not the expected JSON. */
export function startOutput(result: RunResult): { context: string; systemMessage: string } {
  let value: { hookSpecificOutput?: { hookEventName?: string; additionalContext?: string }; systemMessage?: string };
  try {
    value = JSON.parse(result.stdout);
  } catch {
    throw new Error(`SessionStart stdout is not JSON (exit ${result.code}):\n${result.stdout}\nstderr:\n${result.stderr}`);
  }
  if (value.hookSpecificOutput?.hookEventName !== 'SessionStart' || typeof value.hookSpecificOutput.additionalContext !== 'string') {
    throw new Error(`unexpected SessionStart output: ${result.stdout}`);
  }
  return { context: value.hookSpecificOutput.additionalContext, systemMessage: String(value.systemMessage) };
}

/** All event files (not dot/temp files) in a directory, parsed. */
export function readEvents(eventsDir: string): { name: string; text: string; event: LedgerEvent }[] {
  let names: string[];
  try {
    names = readdirSync(eventsDir);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith('.md') && !name.startsWith('.'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(eventsDir, name), 'utf8');
      const parsed = parseEvent(text, name);
      if (!parsed.ok) throw new Error(`${name} is not a valid event: ${parsed.issue.reason}\n${text}`);
      return { name, text, event: parsed.event };
    });
}

export function tempFiles(dir: string): string[] {
  try {
    return readdirSync(dir).filter((name) => name.endsWith('.tmp'));
  } catch {
    return [];
  }
}

/** A valid event file text. */
export function eventFile(ts: string, agent: string, body: string, branch = 'main'): string {
  return `---\nts: ${ts}\nagent: ${agent}\nbranch: ${branch}\ntype: session_end\n---\n\n${body}`;
}

/** Write `count` events with distinct sections into dir (for budget tests). */
export function writeManyEvents(eventsDir: string, count: number): void {
  mkdirSync(eventsDir, { recursive: true });
  const base = Date.UTC(2026, 0, 1);
  for (let i = 0; i < count; i++) {
    const ts = new Date(base + i * 60_000).toISOString();
    const agent = `agent-${i % 13}`;
    const body =
      `now: Working on item ${i} with a fairly long description to fill the summary quickly\n` +
      `this_session:\n- Did step ${i}\n` +
      `decisions:\n  key_${i}: "value ${i} ${'x'.repeat(40)}"\n` +
      `open_questions:\n- Question number ${i}?\n`;
    writeFileSync(join(eventsDir, `${ts.replace(/:/g, '-')}_${agent}_${i.toString(36)}.md`), eventFile(ts, agent, body, `feat/b${i % 7}`));
  }
}

/**
 * Spawn a hook, write `input` to stdin and never close it (a misbehaving parent). Resolves when the
 * process exits by itself; it is killed (and the test fails) after killAfterMs.
 */
export function runHookStdinOpen(script: string, cwd: string, input: string, killAfterMs = 15_000): Promise<RunResult & { killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { cwd, env: cleanEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let killed = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, killAfterMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, killed });
    });
    child.stdin.on('error', () => {});
    if (input !== '') child.stdin.write(input);
  });
}

export function stderrLines(result: RunResult): string[] {
  return result.stderr.split('\n').filter((line) => line.trim() !== '');
}
