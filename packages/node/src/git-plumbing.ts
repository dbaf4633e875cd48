import { spawn, spawnSync } from 'node:child_process';

/**
 * The one way this code runs git: `runGit` (async: stdin for `cat-file --batch`, binary stdout for
 * raw trees, an optional deadline so a huge or slow repository costs a bounded time, never a hang)
 * and `runGitSync` (the hooks' few quick reads). `git.ts` builds the porcelain (commit, config,
 * status) on `runGit`; the plumbing below reads what other machines published.
 */

export interface GitOutput {
  readonly ok: boolean;
  readonly stdout: Buffer;
  readonly stderr: string;
  /** The deadline passed and the process was killed (stdout is whatever arrived before). */
  readonly timedOut: boolean;
}

export interface GitRunOptions {
  readonly input?: string | undefined;
  /** A command the user asked for (a commit): their environment as it is, for git and their hooks alike. */
  readonly asUser?: boolean | undefined;
  /** Kill git after this long (default 10 s; Infinity: never, for a commit whose hooks may take their time). */
  readonly timeoutMs?: number | undefined;
  readonly env?: NodeJS.ProcessEnv | undefined;
}

/** No prompts, no optional index locks: git must never wait for a person or disturb a user's git. */
const GIT_ENV = { GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' };

export function runGit(cwd: string, args: readonly string[], options: GitRunOptions = {}): Promise<GitOutput> {
  return new Promise((resolve) => {
    let child;
    try {
      const env = options.env ?? process.env;
      child = spawn('git', args, { cwd, env: options.asUser ? env : { ...env, ...GIT_ENV }, stdio: ['pipe', 'pipe', 'pipe'] });
    } catch (error) {
      resolve({ ok: false, stdout: Buffer.alloc(0), stderr: (error as Error).message, timedOut: false });
      return;
    }
    const chunks: Buffer[] = [];
    let stderr = '';
    let timedOut = false;
    const timeoutMs = options.timeoutMs ?? 10_000;
    const timer = Number.isFinite(timeoutMs)
      ? setTimeout(() => {
          timedOut = true;
          child.kill('SIGKILL');
        }, Math.max(1, timeoutMs))
      : undefined;
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      if (stderr.length < 4096) stderr += chunk;
    });
    // git may exit before reading all of stdin (e.g. a bad repository): that is its answer, not ours to throw.
    child.stdin.on('error', () => {});
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ ok: false, stdout: Buffer.concat(chunks), stderr: error.message, timedOut });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ ok: code === 0 && !timedOut, stdout: Buffer.concat(chunks), stderr: stderr.trim(), timedOut });
    });
    child.stdin.end(options.input ?? '');
  });
}

/**
 * git's stdout, or undefined when it failed (no git, no repository, a non-zero exit, past the
 * timeout). For the hooks' quick reads of HEAD and worktrees: they never throw.
 */
export function runGitSync(cwd: string, args: readonly string[], options: { timeoutMs?: number; maxBuffer?: number } = {}): string | undefined {
  try {
    const result = spawnSync('git', args, {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, ...GIT_ENV },
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: options.timeoutMs ?? 2_000,
      maxBuffer: options.maxBuffer ?? 4 * 1024 * 1024,
    });
    return result.status === 0 ? result.stdout : undefined;
  } catch {
    return undefined;
  }
}

/** One object from `git cat-file --batch`. */
export interface GitObject {
  readonly oid: string;
  readonly type: string;
  readonly content: Buffer;
}

export interface BatchResult {
  /** Same order as the names asked for; undefined where git said `missing` (or output stopped). */
  readonly objects: readonly (GitObject | undefined)[];
  readonly timedOut: boolean;
  readonly error: string | undefined;
  /** What git wrote to stderr (first 4 KB; empty normally: a damaged object says "missing" on stdout and why here). */
  readonly stderr: string;
}

/**
 * Read many objects (`<rev>:<path>` or object ids) in ONE git process. Names must not contain a
 * newline (ref names and our paths cannot); anything unreadable comes back undefined.
 */
export async function catFileBatch(cwd: string, names: readonly string[], timeoutMs: number, env?: NodeJS.ProcessEnv): Promise<BatchResult> {
  if (names.length === 0) return { objects: [], timedOut: false, error: undefined, stderr: '' };
  const safe = names.map((name) => (name.includes('\n') ? '' : name));
  const out = await runGit(cwd, ['cat-file', '--batch'], { input: `${safe.join('\n')}\n`, timeoutMs, env });
  const objects: (GitObject | undefined)[] = [];
  const buf = out.stdout;
  let at = 0;
  for (let i = 0; i < names.length; i++) {
    const eol = buf.indexOf(0x0a, at);
    if (eol < 0) break;
    const header = buf.toString('utf8', at, eol);
    at = eol + 1;
    const match = /^([0-9a-f]{40,64}) (\S+) (\d+)$/.exec(header);
    if (!match) {
      objects.push(undefined); // "<name> missing" (or ambiguous)
      continue;
    }
    const size = Number(match[3]);
    if (at + size > buf.length) break; // cut off by the deadline
    objects.push({ oid: match[1]!, type: match[2]!, content: buf.subarray(at, at + size) });
    at += size + 1;
  }
  while (objects.length < names.length) objects.push(undefined);
  return { objects, timedOut: out.timedOut, error: out.ok || out.timedOut ? undefined : out.stderr || 'git cat-file failed', stderr: out.stderr };
}

/** A blob entry of a raw tree object: name → blob id. Sub-trees and links are left out. */
export function parseTreeBlobs(tree: Buffer, oidHexLength: number): Map<string, string> {
  const entries = new Map<string, string>();
  const hashBytes = oidHexLength / 2;
  let at = 0;
  while (at < tree.length) {
    const space = tree.indexOf(0x20, at);
    const nul = tree.indexOf(0x00, space + 1);
    if (space < 0 || nul < 0 || nul + 1 + hashBytes > tree.length) break;
    const mode = tree.toString('latin1', at, space);
    const name = tree.toString('utf8', space + 1, nul);
    const oid = tree.toString('hex', nul + 1, nul + 1 + hashBytes);
    if (mode === '100644' || mode === '100755') entries.set(name, oid);
    at = nul + 1 + hashBytes;
  }
  return entries;
}

/**
 * The blob files directly under `dir` in each of `revs`, in one `cat-file --batch` of `<rev>:<dir>`
 * trees. A rev without that directory maps to an empty listing; undefined marks a rev not read
 * (deadline).
 */
export async function listTreesAt(
  cwd: string,
  revs: readonly string[],
  dir: string,
  timeoutMs: number,
  env?: NodeJS.ProcessEnv,
): Promise<{ trees: (Map<string, string> | undefined)[]; timedOut: boolean; error: string | undefined }> {
  const spec = dir === '' || dir === '.' ? '' : dir.replace(/\/+$/, '');
  const batch = await catFileBatch(cwd, revs.map((rev) => `${rev}:${spec}`), timeoutMs, env);
  const trees = batch.objects.map((object, i) => {
    if (object === undefined) return batch.timedOut && i >= firstUnread(batch.objects) ? undefined : new Map<string, string>();
    return object.type === 'tree' ? parseTreeBlobs(object.content, object.oid.length) : new Map<string, string>();
  });
  return { trees, timedOut: batch.timedOut, error: batch.error };
}

function firstUnread(objects: readonly (GitObject | undefined)[]): number {
  let last = -1;
  objects.forEach((object, i) => {
    if (object !== undefined) last = i;
  });
  return last + 1;
}
