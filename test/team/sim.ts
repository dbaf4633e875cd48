// The team-scale simulation (scripts/team-sim.mjs runs it; test/team/team-sim.test.ts runs a small
// form in CI): a bare remote and N clones, each running sessions that record an event, allocate an
// id, regenerate current.md, commit and push a branch; a serialized merge queue lands the branches
// on main; clones fetch at random (seeded) times. Everything runs in this process through the real
// node API; git runs as real processes. Nothing here is timed except the SessionStart figure.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatIdLabel, formatInstant } from '@ledger-synth/core';
import { rng } from '../../bench/rng.mjs';
import {
  allocateIds,
  attributeLine,
  driverCommand,
  DRIVER_NAME,
  loadConfig,
  planIdPage,
  planSynthesis,
  rebuildIdPage,
  resolveIdsSettings,
  runSessionStart,
  synthesizeStream,
  writeEventFile,
} from '@ledger-synth/node';

export interface SimOptions {
  readonly dir: string;
  readonly clones: number;
  readonly sessions: number;
  readonly seed: number;
  /** Probability that a clone fetches (and merges main) before a session. */
  readonly fetchChance?: number;
  /** Probability that the queue lands one branch after a session. */
  readonly queueChance?: number;
  readonly log?: (line: string) => void;
}

export interface SimFigures {
  readonly seed: number;
  readonly clones: number;
  readonly sessions: number;
  readonly branchesLanded: number;
  /** Merges (queue and final) that stopped on a conflict. Must be 0. */
  readonly conflicts: number;
  readonly recordedItems: number;
  /** Recorded this_session items missing from main's final ledger. Must be 0. */
  readonly lostItems: number;
  readonly ids: number;
  readonly idsUnique: boolean;
  /** A published id that changed label at a later landing. Must be 0. */
  readonly idChangesAfterPublication: number;
  /** Provisional ids renumbered at landing (expected: clones allocate without seeing each other). */
  readonly renumberedAtLanding: number;
  /** Distinct current.md contents across clones after the final fetch and merge. Must be 1. */
  readonly distinctLedgers: number;
  readonly fetches: number;
}

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Sim',
  GIT_AUTHOR_EMAIL: 'sim@example.com',
  GIT_COMMITTER_NAME: 'Sim',
  GIT_COMMITTER_EMAIL: 'sim@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_TERMINAL_PROMPT: '0',
};
const ENV: NodeJS.ProcessEnv = { ...process.env, ...GIT_ENV, SOURCE_DATE_EPOCH: '1767225600', LEDGER_SYNTH_CACHE: '0' };
for (const key of Object.keys(ENV)) if (key.startsWith('LEDGER_SYNTH_') && key !== 'LEDGER_SYNTH_CACHE') delete ENV[key];

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
}

function gitStatus(cwd: string, ...args: string[]): { ok: boolean; out: string } {
  try {
    return { ok: true, out: git(cwd, ...args) };
  } catch (error) {
    return { ok: false, out: String((error as { stdout?: string }).stdout ?? '') + String((error as { stderr?: string }).stderr ?? '') };
  }
}


const CONFIG = 'remote_events_timeout_ms: 60000\nids:\n  kinds: [occ]\n';
const OUTPUT = 'thoughts/shared/handoffs/current.md';
const EVENTS = 'thoughts/shared/handoffs/events';
const DECISION_KEYS = ['db', 'cache', 'api-style', 'queue'];
const DECISION_VALUES = ['a', 'b', 'c'];

export async function runTeamSim(options: SimOptions): Promise<SimFigures> {
  const random = rng(options.seed);
  const log = options.log ?? (() => {});
  const fetchChance = options.fetchChance ?? 0.5;
  const queueChance = options.queueChance ?? 0.6;
  const { dir } = options;
  const remote = join(dir, 'remote.git');
  mkdirSync(dir, { recursive: true });
  git(dir, 'init', '-q', '--bare', '-b', 'main', remote);

  // Seed main: config, the attribute that keeps merges off current.md, an ignore for local state.
  const seed = join(dir, 'seed');
  mkdirSync(seed);
  git(seed, 'init', '-q', '-b', 'main');
  writeFileSync(join(seed, '.ledger-synth.yaml'), CONFIG);
  writeFileSync(join(seed, '.gitignore'), '.ledger-synth/\nthoughts/shared/handoffs/.synth.lock\n');
  writeFileSync(join(seed, '.gitattributes'), `${attributeLine(OUTPUT)}\n`);
  git(seed, 'add', '-A');
  git(seed, 'commit', '-q', '-m', 'seed');
  git(seed, 'remote', 'add', 'origin', remote);
  git(seed, 'push', '-q', 'origin', 'main');

  const clone = (name: string): string => {
    const path = join(dir, name);
    git(dir, 'clone', '-q', remote, path);
    // The per-clone half of `cc-synthesize install`: the driver keeps a side; we regenerate after merges.
    git(path, 'config', `merge.${DRIVER_NAME}.driver`, driverCommand());
    return path;
  };
  const queue = clone('queue');
  const clones = Array.from({ length: options.clones }, (_, i) => clone(`c${String(i).padStart(2, '0')}`));
  // Each machine's clock is off by up to ±10 minutes: publication order must not care.
  const skewMs = clones.map(() => Math.round((random() - 0.5) * 20 * 60_000));
  const base = Date.UTC(2026, 0, 10, 9, 0, 0);
  let tick = 0;

  let conflicts = 0;
  let fetches = 0;
  let landed = 0;
  let renumberedAtLanding = 0;
  let idChanges = 0;
  const recorded: string[] = [];
  const pending: string[] = [];
  const lastBranch: string[] = clones.map(() => 'main');
  /** Allocation file → the label it got when it was first published on main. */
  const published = new Map<string, string>();

  const regenerate = async (cwd: string) => {
    await synthesizeStream({ config: loadConfig(cwd, ENV), cwd, env: ENV });
  };
  /** Merge `ref` into the current branch; a stop on conflicts is counted and aborted. */
  const merge = async (cwd: string, ref: string, message: string): Promise<boolean> => {
    const result = gitStatus(cwd, 'merge', '-q', '--no-ff', '--no-edit', '-m', message, ref);
    if (!result.ok) {
      conflicts += 1;
      log(`CONFLICT merging ${ref} in ${cwd}: ${git(cwd, 'diff', '--name-only', '--diff-filter=U').trim().replace(/\n/g, ', ')}`);
      gitStatus(cwd, 'merge', '--abort');
      return false;
    }
    return true;
  };

  const landOne = async () => {
    const branch = pending.shift();
    if (branch === undefined) return;
    git(queue, 'fetch', '-q', 'origin');
    git(queue, 'checkout', '-q', 'main');
    git(queue, 'reset', '-q', '--hard', 'origin/main');
    if (!(await merge(queue, `origin/${branch}`, `land ${branch}`))) return;
    await regenerate(queue);
    const settings = resolveIdsSettings(loadConfig(queue, ENV));
    // The page is rebuilt on main as part of the landing (git history now has this merge commit).
    const { plan } = await rebuildIdPage(settings, settings.mode);
    git(queue, 'add', '-A');
    git(queue, 'commit', '-q', '--amend', '--no-edit');
    const push = gitStatus(queue, 'push', '-q', 'origin', 'main');
    if (!push.ok) throw new Error(`queue push failed: ${push.out}`);
    landed += 1;
    // The amend changed the merge commit: read the order again from the commit that is on main now.
    const after = await planIdPage(settings, settings.mode);
    for (const entry of after.projection.entries.slice(0, after.projection.entries.length)) {
      const file = entry.allocation.stamp.file;
      const label = formatIdLabel(entry.label);
      const known = published.get(file);
      if (known === undefined) {
        published.set(file, label);
        if (entry.renumbered) renumberedAtLanding += 1;
      } else if (known !== label) {
        idChanges += 1;
        log(`ID CHANGED after publication: ${file} ${known} → ${label}`);
      }
    }
    void plan;
  };

  for (let session = 0; session < options.sessions; session++) {
    const order = clones.map((_, i) => i).sort(() => random() - 0.5);
    for (const i of order) {
      const cwd = clones[i]!;
      const agent = `agent${String(i).padStart(2, '0')}`;
      if (random() < fetchChance) {
        fetches += 1;
        git(cwd, 'fetch', '-q', 'origin');
      }
      // A new branch from main as this machine last saw it.
      const branch = `${agent}-s${session}`;
      git(cwd, 'checkout', '-q', '-B', branch, 'origin/main');
      lastBranch[i] = branch;
      const nowMs = base + (tick += 60_000) + skewMs[i]!;
      const config = loadConfig(cwd, ENV);
      const item = `${agent} session ${session}: task ${Math.floor(random() * 1e6)}`;
      recorded.push(item);
      const key = DECISION_KEYS[Math.floor(random() * DECISION_KEYS.length)]!;
      const value = DECISION_VALUES[Math.floor(random() * DECISION_VALUES.length)]!;
      writeEventFile(
        config.eventsDir,
        { ts: formatInstant(nowMs), agent, branch, type: 'session_end' },
        {
          now: `${agent} working on session ${session}`,
          this_session: [item],
          decisions: new Map([[key, value]]),
          open_questions: random() < 0.3 ? [`question from ${agent} in session ${session}?`] : undefined,
        },
        nowMs,
      );
      const settings = resolveIdsSettings(config);
      await allocateIds(settings, { kind: 'occ', namespace: '#', count: 1, event: 'abcdef1', agent, branch }, () => nowMs);
      await regenerate(cwd);
      git(cwd, 'add', '-A');
      git(cwd, 'commit', '-q', '-m', `${agent}: session ${session}`);
      git(cwd, 'push', '-q', '-f', 'origin', `${branch}:${branch}`);
      pending.push(branch);
      if (random() < queueChance) await landOne();
    }
  }
  while (pending.length > 0) await landOne();

  // Final: every clone fetches and merges main into the branch it is on; its current.md is regenerated.
  const ledgers = new Set<string>();
  for (const [i, cwd] of clones.entries()) {
    git(cwd, 'fetch', '-q', 'origin');
    git(cwd, 'checkout', '-q', lastBranch[i]!);
    await merge(cwd, 'origin/main', 'final merge of main');
    await regenerate(cwd);
    ledgers.add(readFileSync(join(cwd, OUTPUT), 'utf8'));
  }
  git(queue, 'fetch', '-q', 'origin');
  git(queue, 'reset', '-q', '--hard', 'origin/main');
  ledgers.add(readFileSync(join(queue, OUTPUT), 'utf8'));

  const final = await planSynthesis({ config: loadConfig(queue, ENV), cwd: queue, env: ENV });
  const items = new Set([...final.state.thisSession.values()].map((s) => s.text));
  const lost = recorded.filter((item) => !items.has(item)).length;
  const page = await planIdPage(resolveIdsSettings(loadConfig(queue, ENV)), 'renumber');
  const labels = page.projection.entries.map((e) => formatIdLabel(e.label));
  if (page.divergences.length > 0) log(`ids page on main diverges: ${page.divergences.slice(0, 3).join('; ')}`);

  return {
    seed: options.seed,
    clones: options.clones,
    sessions: options.sessions,
    branchesLanded: landed,
    conflicts,
    recordedItems: recorded.length,
    lostItems: lost,
    ids: labels.length,
    idsUnique: new Set(labels).size === labels.length && labels.length === recorded.length,
    idChangesAfterPublication: idChanges,
    renumberedAtLanding,
    distinctLedgers: ledgers.size,
    fetches,
  };
}

/**
 * SessionStart with `branches` remote branches × `perBranch` events each, none on HEAD: the time of
 * one in-process SessionStart (synthesis of HEAD plus the remote read), median of `runs`.
 */
export async function measureSessionStart(options: { dir: string; branches: number; perBranch: number; runs: number; timeoutMs?: number }): Promise<{ medianMs: number; shown: number; total: number; note: string | undefined; contextChars: number }> {
  const { dir } = options;
  const remote = join(dir, 'wide.git');
  mkdirSync(dir, { recursive: true });
  git(dir, 'init', '-q', '--bare', '-b', 'main', remote);
  const work = join(dir, 'wide-work');
  mkdirSync(work);
  git(work, 'init', '-q', '-b', 'main');
  const timeout = options.timeoutMs ?? 400;
  writeFileSync(join(work, '.ledger-synth.yaml'), `remote_events_timeout_ms: ${timeout}\n`);
  writeFileSync(join(work, '.gitignore'), '.ledger-synth/\n');
  mkdirSync(join(work, EVENTS), { recursive: true });
  git(work, 'add', '-A');
  git(work, 'commit', '-q', '-m', 'seed');
  git(work, 'remote', 'add', 'origin', remote);
  const base = Date.UTC(2026, 0, 10, 9, 0, 0);
  for (let b = 0; b < options.branches; b++) {
    git(work, 'checkout', '-q', '-B', `feature-${b}`, 'main');
    for (let e = 0; e < options.perBranch; e++) {
      const ms = base + b * 1_000_000 + e * 1000;
      writeEventFile(join(work, EVENTS), { ts: formatInstant(ms), agent: `agent${b}`, branch: `feature-${b}`, type: 'session_end' }, { now: `feature ${b} step ${e}`, this_session: [`did ${b}.${e}`], open_questions: e % 10 === 0 ? [`q ${b}.${e}?`] : undefined }, ms);
    }
    git(work, 'add', '-A');
    git(work, 'commit', '-q', '-m', `feature ${b}`);
  }
  git(work, 'checkout', '-q', 'main');
  git(work, 'push', '-q', 'origin', '--all');
  const clone = join(dir, 'wide-clone');
  git(dir, 'clone', '-q', remote, clone);

  const times: number[] = [];
  let last: Awaited<ReturnType<typeof runSessionStart>> | undefined;
  for (let run = 0; run < options.runs; run++) {
    const started = performance.now();
    last = await runSessionStart({ input: { sessionId: `sim-${run}`, cwd: clone, transcriptPath: undefined, hookEventName: 'SessionStart', source: 'startup', reason: undefined }, env: ENV, nowMs: Date.now(), processCwd: clone, recordCommand: undefined });
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const context = last!.hookSpecificOutput.additionalContext;
  const heading = /In flight on other machines[^\n]*\((\d+)(?: of (\d+))?[^\n]*\):/.exec(context);
  const note = /In flight on other machines[^\n]*: (skipped[^\n]*)/.exec(context)?.[1];
  return {
    medianMs: Math.round(times[Math.floor(times.length / 2)]!),
    shown: heading ? Number(heading[1]) : 0,
    total: heading ? Number(heading[2] ?? heading[1]) : 0,
    note,
    contextChars: context.length,
  };
}
