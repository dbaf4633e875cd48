import { compareCodePoints, parseEvent, summarizeEvent, type EventIssue, type LedgerEvent, type RemoteInFlight } from '@ledger-synth/core';
import type { LedgerConfig } from './config.js';
import { catFileBatch, parseTreeBlobs, runGit } from './git-plumbing.js';
import { relativeTo } from './ids/publication-order.js';
import { loadRemoteMemo, remoteMemoKey, storeRemoteMemo } from './remote-memo.js';
import { shortRef } from './ids/ref-check.js';

/**
 * Events that remote-tracking branches carry and HEAD does not: work in flight on other machines,
 * as of the last `git fetch`. Plumbing only, no checkout and no network, in a fixed number of git
 * processes whatever the number of branches: for-each-ref, one `cat-file --batch` of the events
 * directory's tree on HEAD and on every ref (and of HEAD's archive tree), an `ls-tree` of that archive
 * only when it exists, one `cat-file --batch` of the new blobs. Bounded in count (newest first) and in time (a deadline; past it, a note).
 */
export interface RemoteEvent {
  /** The event file name (names start with the event time). */
  readonly file: string;
  /** The blob id: the event's identity (the same file on several branches is one event). */
  readonly oid: string;
  /** Short names of every ref carrying it (`origin/feature`), sorted. */
  readonly branches: readonly string[];
  readonly event: LedgerEvent;
}

export interface RemoteEventsOptions {
  /** Any directory inside the working tree. */
  readonly cwd: string;
  /** The top of the working tree, when the caller knows it (saves a git process). */
  readonly top?: string | undefined;
  /** The events directory (absolute, inside the working tree). */
  readonly eventsDir: string;
  /** Where HEAD keeps archived events (read so an archived event is not taken for a new one). */
  readonly archiveDir?: string | undefined;
  /** Parse at most this many new events (the newest by file name); the rest are counted. */
  readonly max: number;
  /** Deadline for all the git reads together. */
  readonly timeoutMs: number;
  readonly maxEventBytes?: number | undefined;
  readonly env?: NodeJS.ProcessEnv | undefined;
  /** Which refs count as other machines' (default `refs/remotes`). */
  readonly refPatterns?: readonly string[] | undefined;
  /** The refs as `listRemoteRefs` found them just before (saves listing them again); each is read at the commit listed. */
  readonly listed?: readonly RemoteRef[] | undefined;
  /** HEAD's commit as the caller saw it (read at that commit, not wherever HEAD is by then); default HEAD. */
  readonly head?: string | undefined;
  readonly now?: (() => number) | undefined;
}

export interface RemoteEvents {
  /** Newest first. */
  readonly events: readonly RemoteEvent[];
  /** Remote-tracking refs read. */
  readonly refs: number;
  /** New events found beyond `max` (not parsed). */
  readonly omitted: number;
  /** New events found (blob ids not on HEAD), read or not. */
  readonly found: number;
  readonly issues: readonly EventIssue[];
  /** Set when the read was cut short or could not run (deadline, no repository). */
  readonly note: string | undefined;
}

/** A remote-tracking ref and the commit it names. */
export interface RemoteRef {
  readonly ref: string;
  readonly oid: string;
}

/** The refs matching `patterns` (default `refs/remotes`), symbolic ones left out (origin/HEAD names a branch that is listed anyway). */
export async function listRemoteRefs(
  cwd: string,
  patterns: readonly string[] | undefined,
  timeoutMs: number,
  env?: NodeJS.ProcessEnv,
): Promise<RemoteRef[] | 'late' | 'no-repository'> {
  const listed = await runGit(cwd, ['for-each-ref', '--format=%(refname)%00%(symref)%00%(objectname)', ...(patterns ?? ['refs/remotes'])], { env, timeoutMs });
  if (listed.timedOut) return 'late';
  if (!listed.ok) return 'no-repository';
  return listed.stdout
    .toString('utf8')
    .split('\n')
    .map((line) => line.split('\0'))
    .filter(([ref, symref]) => ref && !symref)
    .map(([ref, , oid]) => ({ ref: ref!, oid: oid ?? '' }));
}

const EMPTY: RemoteEvents = { events: [], refs: 0, omitted: 0, found: 0, issues: [], note: undefined };

export async function readRemoteEvents(options: RemoteEventsOptions): Promise<RemoteEvents> {
  const now = options.now ?? Date.now;
  const deadline = now() + options.timeoutMs;
  const left = () => deadline - now();
  const { cwd, env } = options;
  const late = (stage: string): RemoteEvents => ({ ...EMPTY, note: `skipped: reading remote branches took longer than ${options.timeoutMs} ms (${stage}); raise remote_events_timeout_ms or run \`cc-synthesize status\`` });
  // git failed (a corrupt object, no process): said in a note, so the answer is never remembered (remote-memo.ts).
  const failed = (stage: string, error: string): RemoteEvents => ({ ...EMPTY, note: `skipped: git could not read remote branches (${stage}): ${firstLine(error)}` });

  const listed = options.listed ?? (await listRemoteRefs(cwd, options.refPatterns, left(), env));
  if (listed === 'late') return late('listing refs');
  if (listed === 'no-repository') return { ...EMPTY, note: 'not a git repository (or git is not installed): no remote branches to read' };
  const refs = listed.map(({ ref }) => ref);
  // At the commits listed: a fetch or commit meanwhile must not be read into an answer remembered for them.
  const revs = options.listed ? listed.map(({ ref, oid }) => (/^[0-9a-f]{40,64}$/.test(oid) ? oid : ref)) : refs;
  const head = options.head ?? 'HEAD';
  if (refs.length === 0) return EMPTY;

  let top = options.top;
  if (top === undefined) {
    top = (await runGit(cwd, ['rev-parse', '--show-toplevel'], { env, timeoutMs: left() })).stdout.toString('utf8').trim() || cwd;
    if (left() <= 0) return late('locating the events directory');
  }
  const dir = relativeTo(top, options.eventsDir);
  // One batch: the events tree on HEAD and on every ref, plus HEAD's archive tree (does it exist?).
  const archive = options.archiveDir ? relativeTo(top, options.archiveDir) : undefined;
  const specs = [head, ...revs].map((rev) => `${rev}:${dir}`);
  const batch = await catFileBatch(cwd, archive ? [...specs, `${head}:${archive}`] : specs, left(), env);
  if (batch.timedOut) return late('reading branch trees');
  if (batch.error !== undefined) return failed('reading branch trees', batch.error);
  // Refs whose events tree is HEAD's carry nothing new; refs on one tree (several branches at one
  // commit, or differing only outside the events directory) share it: each tree is parsed once.
  const headObject = batch.objects[0];
  const headTree = headObject?.type === 'tree' ? headObject.oid : undefined;
  const refsOfTree = new Map<string, { content: Buffer; oidLength: number; branches: string[] }>();
  refs.forEach((ref, i) => {
    const object = batch.objects[i + 1];
    if (object?.type !== 'tree' || object.oid === headTree) return;
    const shared = refsOfTree.get(object.oid) ?? { content: object.content, oidLength: object.oid.length, branches: [] };
    shared.branches.push(shortRef(ref));
    refsOfTree.set(object.oid, shared);
  });
  const here = refsOfTree.size > 0 && headObject?.type === 'tree' ? parseTreeBlobs(headObject.content, headObject.oid.length) : new Map<string, string>();
  const known = new Set(here.values());
  if (refsOfTree.size > 0 && archive && batch.objects[specs.length]?.type === 'tree') {
    // Archived events (moved into dated sub-directories on HEAD) are not new: read their blob ids.
    const archived = await runGit(cwd, ['ls-tree', '-r', '-z', head, '--', `:(literal)${archive}`], { env, timeoutMs: left() });
    if (archived.timedOut) return late('reading the archive');
    if (!archived.ok) return failed('reading the archive', archived.stderr);
    for (const entry of archived.stdout.toString('utf8').split('\0')) {
      const oid = /^\d+ blob ([0-9a-f]{40,64})\t/.exec(entry)?.[1];
      if (oid) known.add(oid);
    }
  }

  // blob id → file and carriers: each event once, whichever branches carry it; a tree holding one
  // blob under two names names its branches once.
  const found = new Map<string, { file: string; oid: string; branches: string[] }>();
  for (const tree of refsOfTree.values()) {
    const carried = new Set<string>();
    for (const [file, oid] of parseTreeBlobs(tree.content, tree.oidLength)) {
      if (!file.endsWith('.md') || file.startsWith('.') || known.has(oid) || here.get(file) === oid || carried.has(oid)) continue;
      carried.add(oid);
      const entry = found.get(oid) ?? { file, oid, branches: [] };
      entry.branches.push(...tree.branches);
      found.set(oid, entry);
    }
  }
  // Newest first by name (names start with the event's time); the file name breaks no ties, the oid does.
  const candidates = [...found.values()].sort((a, b) => compareCodePoints(b.file, a.file) || compareCodePoints(a.oid, b.oid));
  const chosen = candidates.slice(0, Math.max(0, options.max));
  const blobs = await catFileBatch(cwd, chosen.map((c) => c.oid), Math.max(1, left()), env);

  const events: RemoteEvent[] = [];
  const issues: EventIssue[] = [];
  chosen.forEach((candidate, i) => {
    const object = blobs.objects[i];
    if (!object) return;
    const branches = candidate.branches.sort(compareCodePoints);
    if (options.maxEventBytes !== undefined && object.content.length > options.maxEventBytes) {
      issues.push({ file: `${branches[0]}:${candidate.file}`, reason: `larger than ${options.maxEventBytes} bytes` });
      return;
    }
    const parsed = parseEvent(object.content.toString('utf8'), candidate.file);
    if (parsed.ok) events.push({ file: candidate.file, oid: candidate.oid, branches, event: parsed.event });
    else issues.push({ file: `${branches[0]}:${candidate.file}`, reason: parsed.issue.reason });
  });
  events.sort((a, b) => b.event.ts.epochMs - a.event.ts.epochMs || compareCodePoints(b.file, a.file));
  // A blob listed in a tree and not read, or anything git said about a damaged or missing object
  // (cat-file answers "missing" for those and exits 0): a note, so this answer is not remembered.
  const unread = chosen.length - events.length - issues.length;
  const complaint = gitError(batch.stderr) ?? gitError(blobs.stderr);
  return {
    events,
    refs: refs.length,
    omitted: candidates.length - chosen.length,
    found: candidates.length,
    issues,
    note: blobs.timedOut
      ? `cut short: reading event files took longer than ${options.timeoutMs} ms; ${unread} not shown`
      : unread > 0
        ? `incomplete: git could not read ${unread} event file(s)${complaint === undefined ? '' : ` (git: ${complaint})`}`
        : complaint !== undefined
          ? `incomplete: git reported an error reading remote branches (git: ${complaint})`
          : undefined,
  };
}

/** The first `error:`/`fatal:` line git wrote (a warning or hint is no reason to distrust a read). */
function gitError(stderr: string): string | undefined {
  return stderr
    .split('\n')
    .map((line) => line.trim())
    .find((line) => /^(error|fatal):/.test(line))
    ?.slice(0, 200);
}

function firstLine(text: string): string {
  return (text.split('\n').find((line) => line.trim() !== '') ?? 'no message').trim().slice(0, 200);
}

/** The summary's view of what was read: newest first, each event once with the branches carrying it. */
export function toInFlight(result: RemoteEvents): RemoteInFlight {
  const note = result.note ?? (result.omitted > 0 ? `showing the newest ${result.events.length}; ${result.omitted} older not read (remote_events_max)` : undefined);
  return {
    events: result.events.map(({ event, branches }) => ({
      branches,
      agent: event.agent,
      ts: event.ts.iso,
      now: event.now,
      openQuestions: event.openQuestions.filter((q) => !event.resolvedQuestions.includes(q)),
      summary: summarizeEvent(event),
    })),
    total: result.found,
    note,
  };
}

/**
 * Remote events for a configured stream, as the summary shows them, honouring `remote_events: false`.
 * With `top`, `head` (HEAD's commit) and `memoDir`, the answer is remembered for HEAD and every ref at
 * the commits they name (remote-memo.ts): git objects never change, so a start after no fetch and no
 * commit lists the refs and reads no tree.
 */
export async function remoteInFlightFor(
  config: LedgerConfig,
  cwd: string,
  env: NodeJS.ProcessEnv | undefined,
  overrides: { timeoutMs?: number; max?: number; top?: string; head?: string | undefined; memoDir?: string | undefined } = {},
): Promise<RemoteInFlight | undefined> {
  if (!config.remoteEvents.enabled) return undefined;
  const timeoutMs = overrides.timeoutMs ?? config.remoteEvents.timeoutMs;
  const max = overrides.max ?? config.remoteEvents.max;
  const startedAt = Date.now();
  const { head, memoDir } = overrides;
  // A failed or late listing is left to the read below, which says so. Replacement refs (git replace)
  // change what a commit reads as without moving HEAD or a ref: listed in the same process, for the key.
  // The key names the paths git reads (the directories as they resolve now, links followed), so
  // only with the top of the working tree known.
  const { top } = overrides;
  const listing = head && memoDir && top !== undefined ? await listRemoteRefs(cwd, ['refs/remotes', 'refs/replace'], timeoutMs, env) : undefined;
  const listed = Array.isArray(listing) ? listing.filter(({ ref }) => ref.startsWith('refs/remotes/')) : undefined;
  const key = Array.isArray(listing)
    ? remoteMemoKey({
        head: head!,
        eventsDir: relativeTo(top!, config.eventsDir),
        archiveDir: config.archiveDir ? relativeTo(top!, config.archiveDir) : undefined,
        max,
        maxEventBytes: config.maxEventBytes,
        refs: listing,
      })
    : undefined;
  const remembered = key === undefined ? undefined : loadRemoteMemo(memoDir!, key);
  if (remembered) return remembered;
  const result = await readRemoteEvents({
    cwd,
    top,
    eventsDir: config.eventsDir,
    archiveDir: config.archiveDir,
    max,
    timeoutMs: Math.max(1, timeoutMs - (Date.now() - startedAt)),
    maxEventBytes: config.maxEventBytes,
    env,
    listed,
    head: listed ? head : undefined,
  });
  const inFlight = toInFlight(result);
  // Only a whole read stands for those commits (a deadline's note is about this run).
  if (key !== undefined && result.note === undefined) storeRemoteMemo(memoDir!, key, inFlight);
  return inFlight;
}
