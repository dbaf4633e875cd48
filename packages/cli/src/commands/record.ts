import { existsSync, readdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join, relative } from 'node:path';
import { formatInstant, sanitizeAgentId } from '@ledger-synth/core';
import {
  agentIdFor,
  cliOfSession,
  draftPath,
  draftToBody,
  emptyDraft,
  ensureStateDir,
  findRoot,
  latestStart,
  runIsClosed,
  isDraftEmpty,
  loadConfig,
  mergeDrafts,
  parseDraftYaml,
  readDraft,
  readGitState,
  readStartMarker,
  recoverStrandedSessions,
  describeRecovery,
  readStdinWithTimeout,
  sessionsDir,
  updateDraft,
  writeEventFile,
  type Draft,
  type LedgerConfig,
} from '@ledger-synth/node';
import { parseCommandArgs, usageError } from '../args.js';
import { EXIT } from '../exit-codes.js';
import { print, type World } from '../world.js';

const OPTIONS = {
  now: { type: 'string' },
  done: { type: 'string', multiple: true },
  decision: { type: 'string', multiple: true },
  question: { type: 'string', multiple: true },
  'resolve-question': { type: 'string', multiple: true },
  checkpoint: { type: 'string', multiple: true },
  stdin: { type: 'boolean' },
  publish: { type: 'boolean' },
  type: { type: 'string' },
  session: { type: 'string' },
  agent: { type: 'string' },
  show: { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const RECORD_HELP = `cc-synthesize record — record ledger entries for this session

Usage:
  cc-synthesize record [entries] [options]
  cc-synthesize record --stdin < entries.yaml

Entries (repeat any of them):
  --now TEXT                  what is being worked on now (the latest one wins in the ledger)
  --done TEXT                 something done in this session (this_session)
  --decision KEY=VALUE        a decision (per key, the latest one wins)
  --question TEXT             an open question
  --resolve-question TEXT     close an open question (exact text)
  --checkpoint PHASE:STATUS   a checkpoint, e.g. --checkpoint 5:validated
  --stdin                     read entries as YAML (now, this_session, decisions, checkpoints,
                              open_questions, resolved_questions); read by default when no
                              entry flags are given and stdin is not a terminal

Options:
  --publish                   write an event now (type checkpoint or note) instead of staging
                              the entries in this session's draft
  --type TYPE                 event type with --publish (default: checkpoint if --checkpoint
                              is given, else note)
  --session ID                the session whose draft to use (default: $LEDGER_SYNTH_SESSION,
                              which the SessionStart hook exports, else the newest started session)
  --agent NAME                agent id for --publish (default: $LEDGER_SYNTH_AGENT, the config's
                              "agent", else derived from the session)
  --show                      print this session's draft and exit
  --json                      print the result as JSON

Without --publish, entries are staged in .ledger-synth/drafts/ (gitignored) and published as one
session_end event by the SessionEnd hook, together with the commits made during the session.
`;

/** `record`: read flags/stdin → pure draft merge → write the draft (or publish an event). */
export async function recordCommand(args: string[], world: World): Promise<number> {
  const { values } = parseCommandArgs(args, OPTIONS);
  if (values.help) {
    world.stdout.write(RECORD_HELP);
    return EXIT.ok;
  }
  if (values.type !== undefined && !values.publish) throw usageError('--type only applies with --publish');
  if (values.type !== undefined && !/^[a-z][a-z0-9_-]{0,39}$/.test(values.type)) {
    throw usageError(`--type must be a short lowercase word such as note, checkpoint or handoff, got "${values.type.slice(0, 40)}"`);
  }
  if (values.show && values.publish) throw usageError('--show prints the draft; drop --publish');
  const nowMs = Date.now();
  const fromFlags = entriesFromFlags(values, nowMs);
  const config = loadConfig(world.cwd, world.env);

  if (values.show) return showDraft(config, world, values);
  await recoverStranded(config, world, values.session ?? world.env.LEDGER_SYNTH_SESSION, nowMs);

  const wantStdin = values.stdin || (isDraftEmpty(fromFlags) && !world.stdin.isTTY);
  let entries = fromFlags;
  if (wantStdin) {
    const { text } = await readStdinWithTimeout(world.stdin, { timeoutMs: values.stdin ? 10_000 : 2_000, maxBytes: 1024 * 1024 });
    if (text.trim() !== '') {
      const parsed = parseDraftYaml(text, nowMs);
      if (!parsed.ok) {
        throw usageError(`stdin is not valid ledger YAML: ${parsed.reason}\nExpected e.g.:\n  now: Wire the hooks\n  this_session:\n    - Wrote the installer\n  decisions:\n    quoting: "double quotes"`);
      }
      entries = mergeDrafts(parsed.draft, fromFlags);
    }
  }
  if (isDraftEmpty(entries)) {
    throw usageError('nothing to record: pass --now, --done, --decision, --question, --resolve-question or --checkpoint, or YAML on stdin');
  }

  if (values.publish) return publishNow(config, world, values, entries, nowMs);

  const session = resolveSession(config, world, values.session);
  const path = draftPath(config.root, session);
  ensureStateDir(config.root);
  const draft = await updateDraft({ path, session, nowMs, change: (current) => mergeDrafts(current, entries) });
  const where = relative(config.root, path);
  if (sessionHasEnded(config, world, session)) {
    print(world.stderr, `note: session ${session} has already ended and published its event; use --publish to write these entries now`);
  }
  if (values.json) {
    print(world.stdout, JSON.stringify({ mode: 'draft', session, path: where, recorded: describe(entries), draft: draftJson(draft) }, null, 2));
  } else {
    print(world.stdout, `Recorded ${describe(entries).join(', ')} in ${where}; published with the session's event when it ends.`);
  }
  return EXIT.ok;
}

type Values = ReturnType<typeof parseCommandArgs<typeof OPTIONS>>['values'];

function entriesFromFlags(values: Values, nowMs: number): Draft {
  const text = (flag: string, value: string) => {
    const trimmed = value.trim();
    if (trimmed === '') throw usageError(`--${flag} needs non-empty text`);
    return trimmed;
  };
  const decisions = new Map<string, string>();
  for (const raw of values.decision ?? []) {
    const eq = raw.indexOf('=');
    const key = eq === -1 ? '' : raw.slice(0, eq).trim();
    if (eq === -1 || key === '') throw usageError(`--decision needs KEY=VALUE, e.g. --decision quoting="double quotes"; got "${raw.slice(0, 60)}"`);
    decisions.set(key, raw.slice(eq + 1).trim());
  }
  const checkpoints = (values.checkpoint ?? []).map((raw) => {
    const colon = raw.indexOf(':');
    const phase = colon === -1 ? '' : raw.slice(0, colon).trim();
    const status = colon === -1 ? '' : raw.slice(colon + 1).trim();
    if (phase === '' || status === '') throw usageError(`--checkpoint needs PHASE:STATUS, e.g. --checkpoint 5:validated; got "${raw.slice(0, 60)}"`);
    return { phase, status, updated: formatInstant(nowMs) };
  });
  return {
    ...emptyDraft(),
    now: values.now === undefined ? undefined : text('now', values.now),
    thisSession: (values.done ?? []).map((v) => text('done', v)),
    decisions,
    checkpoints,
    openQuestions: (values.question ?? []).map((v) => text('question', v)),
    resolvedQuestions: (values['resolve-question'] ?? []).map((v) => text('resolve-question', v)),
  };
}

async function publishNow(config: LedgerConfig, world: World, values: Values, entries: Draft, nowMs: number): Promise<number> {
  const session = values.session ?? world.env.LEDGER_SYNTH_SESSION ?? world.env.CODEX_THREAD_ID ?? undefined;
  const agent = sanitizeAgentId(values.agent ?? config.agent ?? (session ? agentIdFor(cliOfSession(config.root, session, world.env), session) : safeUserName()));
  const header = {
    ts: formatInstant(nowMs),
    agent,
    branch: readGitState(world.cwd)?.branch,
    type: values.type ?? (entries.checkpoints.length > 0 ? 'checkpoint' : 'note'),
    session,
  };
  const written = writeEventFile(config.eventsDir, header, draftToBody(entries), nowMs);
  const where = relative(config.root, written.path);
  if (values.json) print(world.stdout, JSON.stringify({ mode: 'published', path: where, type: header.type, agent, recorded: describe(entries) }, null, 2));
  else print(world.stdout, `Published ${where} (${header.type}: ${describe(entries).join(', ')}).`);
  return EXIT.ok;
}

function showDraft(config: LedgerConfig, world: World, values: Values): number {
  const session = resolveSession(config, world, values.session);
  const path = draftPath(config.root, session);
  const draft = readDraft(path) ?? emptyDraft();
  if (values.json) print(world.stdout, JSON.stringify({ session, path: relative(config.root, path), draft: draftJson(draft) }, null, 2));
  else if (isDraftEmpty(draft)) print(world.stdout, `Nothing recorded yet for session ${session}.`);
  else {
    print(world.stdout, `Draft of session ${session} (${relative(config.root, path)}):`);
    for (const line of describeDraft(draft)) print(world.stdout, `  ${line}`);
  }
  return EXIT.ok;
}

/**
 * Which session's draft to write: --session, else $LEDGER_SYNTH_SESSION (exported by the
 * SessionStart hook through CLAUDE_ENV_FILE), else the newest session started in this checkout
 * that has not ended (with a note, since parallel sessions in one checkout make that a guess).
 */
function resolveSession(config: LedgerConfig, world: World, flag: string | undefined): string {
  // Codex exports its thread id (= the hook's session_id) to every shell command the model runs.
  const explicit = flag ?? world.env.LEDGER_SYNTH_SESSION ?? world.env.CLAUDE_SESSION_ID ?? world.env.CODEX_THREAD_ID;
  if (explicit !== undefined && explicit.trim() !== '') return explicit.trim();
  const guess = newestOpenSession(config.root);
  if (guess) {
    print(world.stderr, `note: no --session or LEDGER_SYNTH_SESSION; using the newest open session ${guess}`);
    return guess;
  }
  throw usageError('no session to record into: pass --session ID, set LEDGER_SYNTH_SESSION, or use --publish to write an event now');
}

/**
 * The session's current run was closed by SessionEnd (a resumed session under the same id has
 * started a new run, which is not closed). Its start may sit in the checkout it started in.
 */
function sessionHasEnded(config: LedgerConfig, world: World, session: string): boolean {
  const projectDir = world.env.CLAUDE_PROJECT_DIR;
  const roots = [config.root];
  if (projectDir && existsSync(projectDir)) {
    try {
      roots.push(findRoot(projectDir).root);
    } catch {
      // only a hint: the note is best effort
    }
  }
  return runIsClosed(roots, session, latestStart(roots, session)?.marker);
}

function newestOpenSession(root: string): string | undefined {
  let names: string[];
  try {
    names = readdirSync(sessionsDir(root));
  } catch {
    return undefined;
  }
  let best: { session: string; startedMs: number } | undefined;
  for (const name of names) {
    if (!name.endsWith('.start.json')) continue;
    const stem = name.slice(0, -'.start.json'.length);
    const marker = readStartMarker(root, stem);
    if (!marker || marker.session !== stem || runIsClosed([root], stem, marker)) continue;
    if (!best || marker.startedMs > best.startedMs) best = { session: marker.session, startedMs: marker.startedMs };
  }
  return best?.session;
}

function describe(draft: Draft): string[] {
  const parts: string[] = [];
  if (draft.now !== undefined) parts.push('now');
  if (draft.thisSession.length) parts.push(`${draft.thisSession.length} done`);
  if (draft.decisions.size) parts.push(`${draft.decisions.size} decision${draft.decisions.size === 1 ? '' : 's'}`);
  if (draft.checkpoints.length) parts.push(`${draft.checkpoints.length} checkpoint${draft.checkpoints.length === 1 ? '' : 's'}`);
  if (draft.openQuestions.length) parts.push(`${draft.openQuestions.length} question${draft.openQuestions.length === 1 ? '' : 's'}`);
  if (draft.resolvedQuestions.length) parts.push(`${draft.resolvedQuestions.length} resolved`);
  return parts;
}

function describeDraft(draft: Draft): string[] {
  const lines: string[] = [];
  if (draft.now !== undefined) lines.push(`now: ${draft.now}`);
  for (const item of draft.thisSession) lines.push(`done: ${item}`);
  for (const [key, value] of draft.decisions) lines.push(`decision ${key}: ${value}`);
  for (const c of draft.checkpoints) lines.push(`checkpoint ${c.phase}: ${c.status} (${c.updated})`);
  for (const q of draft.openQuestions) lines.push(`question: ${q}`);
  for (const q of draft.resolvedQuestions) lines.push(`resolved: ${q}`);
  return lines;
}

function draftJson(draft: Draft) {
  return {
    now: draft.now ?? null,
    this_session: draft.thisSession,
    decisions: Object.fromEntries(draft.decisions),
    checkpoints: draft.checkpoints,
    open_questions: draft.openQuestions,
    resolved_questions: draft.resolvedQuestions,
  };
}

function safeUserName(): string {
  try {
    return userInfo().username || 'agent';
  } catch {
    return 'agent';
  }
}

/** Sessions of this checkout that ended without SessionEnd are published first (recover.ts); never fails the command. */
async function recoverStranded(config: LedgerConfig, world: World, own: string | undefined, nowMs: number): Promise<void> {
  try {
    const line = describeRecovery(await recoverStrandedSessions({ root: config.root, env: world.env, nowMs, exclude: own?.trim() || undefined }));
    if (line) print(world.stderr, `note: ${line}`);
  } catch {
    // Best effort: the next hook or command tries again.
  }
}
