import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { GIT_ENV, git, initRepo } from '../helpers/git.js';
import { runCli, type RunResult } from '../helpers/run-cli.js';
import { eventText, testdir, writeTree } from '../helpers/testdir.js';

export const EVENTS = 'thoughts/shared/handoffs/events';
export const ARCHIVE = 'thoughts/shared/handoffs/archive';
export const OUTPUT = 'thoughts/shared/handoffs/current.md';

const DAY = 86_400_000;

/** A repository on `main` with `events` committed and synthesized into current.md. */
export async function ledgerRepo(events: Record<string, EventSpec> = { 'base.md': { ts: '2026-01-01T00:00:00Z', agent: 'toast', now: 'base' } }): Promise<string> {
  const dir = testdir({}, 'ledger-synth-git-');
  initRepo(dir);
  addEvents(dir, events);
  await synthesize(dir);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base ledger');
  return dir;
}

export interface EventSpec {
  readonly ts: string;
  readonly agent: string;
  readonly now?: string;
  readonly items?: readonly string[];
}

export function addEvents(dir: string, events: Record<string, EventSpec>): void {
  for (const [name, spec] of Object.entries(events)) {
    const items = spec.items ?? [`${spec.agent} did ${name}`];
    const body = `now: ${JSON.stringify(spec.now ?? `working on ${name}`)}\nthis_session:\n${items.map((i) => `- ${JSON.stringify(i)}`).join('\n')}\n`;
    writeTree(dir, { [`${EVENTS}/${name}`]: eventText({ ts: spec.ts, agent: spec.agent, body }) });
  }
}

/** An ISO instant `days` before now (negative: in the future). */
export function daysAgo(days: number): string {
  return new Date(Date.now() - days * DAY).toISOString();
}

/** The CLI as a subprocess with the tests' fixed git identity (and no global git config). */
export function cli(dir: string, ...args: string[]): Promise<RunResult> {
  return runCli(args, { cwd: dir, env: GIT_ENV });
}

export async function synthesize(dir: string, ...extra: string[]): Promise<void> {
  const result = await cli(dir, '--no-confirm', ...extra);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
}

/** Synthesize, then commit everything under thoughts/ with a plain `git commit`. */
export async function synthesizeAndCommit(dir: string, message: string): Promise<void> {
  await synthesize(dir);
  git(dir, 'add', '-A', '--', 'thoughts');
  git(dir, 'commit', '-q', '-m', message);
}

/** Run git and return its exit status and output instead of throwing (merges that may conflict). */
export function tryGit(cwd: string, ...args: string[]): { status: number; stdout: string; stderr: string } {
  const result = spawnSync('git', args, { cwd, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8' });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export function conflicted(dir: string): string[] {
  return git(dir, 'diff', '--name-only', '--diff-filter=U').split('\n').filter(Boolean);
}

export function readOutput(dir: string): string {
  return readFileSync(join(dir, OUTPUT), 'utf8');
}

/** The committed version of a path at `rev`. */
export function show(dir: string, rev: string, path: string): string {
  return execFileSync('git', ['show', `${rev}:${path}`], { cwd: dir, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8' });
}

/** `--check` passes: current.md is byte-for-byte what a fresh synthesis of the events would write. */
export async function expectFresh(dir: string, events: number): Promise<void> {
  const result = await cli(dir, '--check');
  expect(result.stderr).toBe('');
  expect(result.stdout).toBe(`${OUTPUT} is up to date (${events} events).\n`);
  expect(result.code).toBe(0);
}

export { git };
