// `npm run bench`: cold whole-process timings against the floor of just reading the files.
// Prints a table; never asserts (machines are noisy). Sizes: BENCH_SIZES=1000,10000,100000;
// corpora: BENCH_CORPORA=seed,realistic (see bench/generate.mjs); rows: BENCH_ROWS=cold,warm (name prefixes).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, existsSync, statSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORPORA, generateEvents } from '../bench/generate.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(root, 'packages/cli/dist/cc-synthesize.mjs');
const SESSION_START = join(root, 'hooks/dist/session-start.mjs');
const SESSION_END = join(root, 'hooks/dist/session-end.mjs');
const MEASURE = join(root, 'bench/measure.mjs');
const FLOOR = join(root, 'bench/floor.mjs');
const sizes = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const corpora = (process.env.BENCH_CORPORA ?? 'seed,realistic').split(',');
const rowFilter = process.env.BENCH_ROWS?.split(',');
const repeats = Number(process.env.BENCH_REPEATS ?? 3);
const workRoot = join(root, 'bench/.work');

/** Run once as a whole process; returns wall ms and peak RSS in MiB. */
function measure(cwd, script, args, env = {}, input = undefined) {
  const rssFile = join(mkdtempSync(join(workRoot, 'rss-')), 'rss');
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [MEASURE, rssFile, script, ...args], {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    input,
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`${script} ${args.join(' ')} failed:\n${result.stderr}`);
  const rssMiB = Number(readFileSync(rssFile, 'utf8')) / 1024;
  rmSync(dirname(rssFile), { recursive: true, force: true });
  return { wallMs, rssMiB };
}

/** Best (minimum) wall time of several runs; peak memory of the same runs (maximum). */
function best(runs) {
  return { wallMs: Math.min(...runs.map((r) => r.wallMs)), rssMiB: Math.max(...runs.map((r) => r.rssMiB)) };
}

/**
 * Scenarios: each prepares the stream, then is measured `repeats` times. Add rows here (warm cache,
 * hooks) rather than writing another bench script.
 */
export const SCENARIOS = [
  {
    // Truly cold: no current.md and no local state of any kind (cache, notes, markers).
    name: 'synthesize (cold)',
    prepare: (dir) => {
      rmSync(join(dir, 'current.md'), { force: true });
      rmSync(join(dir, '.ledger-synth'), { recursive: true, force: true });
    },
    run: (dir) => measure(dir, CLI, ['--no-confirm']),
  },
  {
    // Warm-start cache filled by a previous run; nothing changed, so nothing is rewritten.
    name: 'synthesize (warm, no change)',
    prepare: (dir) => {
      removeBenchEvents(dir);
      warmUp(dir);
    },
    run: (dir) => measure(dir, CLI, ['--no-confirm']),
  },
  {
    // One session published one event since the last synthesis, just now (it is racy: folded,
    // not stored).
    name: 'synthesize (warm, +1 event)',
    prepare: (dir) => {
      removeBenchEvents(dir);
      settle(dir);
      spawnSync(process.execPath, [CLI, '--no-confirm'], { cwd: dir, stdio: 'ignore' });
      addBenchEvent(dir);
    },
    run: (dir) => {
      const result = measure(dir, CLI, ['--no-confirm']);
      removeBenchEvents(dir);
      return result;
    },
  },
  {
    // The same event, published more than the racy window (2 s) before the run, as when another
    // session published it a while ago: it is read and stored (a line of the fold journal).
    name: 'synthesize (warm, +1 settled event)',
    prepare: (dir) => {
      removeBenchEvents(dir);
      settle(dir);
      spawnSync(process.execPath, [CLI, '--no-confirm'], { cwd: dir, stdio: 'ignore' });
      addBenchEvent(dir);
      settle(dir);
    },
    run: (dir) => {
      const result = measure(dir, CLI, ['--no-confirm']);
      removeBenchEvents(dir);
      return result;
    },
  },
  {
    // The usual session start: nothing changed since the previous session start, which found
    // current.md up to date and left its answer in the start memo (memo-store.ts).
    name: 'hook SessionStart (unchanged since last start)',
    prepare: (dir) => {
      prepareHookRepo(dir);
      warmUp(dir);
      spawnSync(process.execPath, [SESSION_START], { cwd: dir, input: startInput(dir), stdio: ['pipe', 'ignore', 'ignore'] });
      waitForBackgroundSynthesis(dir);
    },
    run: (dir) => measureStart(dir, startInput(dir)),
  },
  {
    // The same start in a team's repository: the events committed, five remote-tracking branches as
    // after a `git fetch` (four at HEAD's commit, one with one more event), nothing fetched or
    // committed since the last start. Measured in a copy of the stream (<dir>-remote), so the other
    // rows keep a repository without remotes.
    name: 'hook SessionStart (unchanged, 5 remote branches)',
    // Made once, before the floor: committing 100k files writes ~70 MB of objects, whose write-back
    // would slow the rows measured after it.
    setUp: (dir) => teamRepo(dir),
    prepare: (dir) => {
      const repo = `${dir}-remote`;
      warmUp(repo);
      spawnSync(process.execPath, [SESSION_START], { cwd: repo, input: startInput(repo), stdio: ['pipe', 'ignore', 'ignore'] });
      waitForBackgroundSynthesis(repo);
    },
    run: (dir) => measureStart(`${dir}-remote`, startInput(`${dir}-remote`)),
  },
  {
    // The first start after a synthesis by the CLI: current.md is up to date, but there is no memo
    // for this listing yet, so the hook reads (from the fold cache) and folds to build the summary.
    name: 'hook SessionStart (current.md up to date, no memo)',
    prepare: (dir) => {
      prepareHookRepo(dir);
      warmUp(dir);
      removeStartMemo(dir);
    },
    run: (dir) => measureStart(dir, startInput(dir)),
  },
  {
    // A session start after other sessions published: current.md is regenerated.
    name: 'hook SessionStart (current.md stale)',
    prepare: (dir) => {
      prepareHookRepo(dir);
      rmSync(join(dir, 'current.md'), { force: true });
    },
    run: (dir) => measureStart(dir, JSON.stringify({ session_id: 'bench-start', cwd: dir, hook_event_name: 'SessionStart', source: 'resume' })),
  },
  {
    // Nothing local at all (a fresh clone): the hook has 1.5 s to synthesize; past it, it answers
    // from the committed current.md (none here) and leaves the synthesis to a background process,
    // which is waited for before the next run.
    name: 'hook SessionStart (cold: no cache, no current.md)',
    prepare: (dir) => {
      prepareHookRepo(dir);
      rmSync(join(dir, 'current.md'), { force: true });
      rmSync(join(dir, '.ledger-synth'), { recursive: true, force: true });
    },
    run: (dir) => measureStart(dir, startInput(dir)),
  },
  {
    // Publish one session's event: draft + commits since the start marker + transcript todos.
    // Independent of the number of events; the published event is removed again afterwards.
    name: 'hook SessionEnd (draft + commits + todos)',
    prepare: (dir) => {
      prepareHookRepo(dir);
      spawnSync(process.execPath, [CLI, 'record', '--session', 'bench-end', '--now', 'Benchmarking', '--done', 'One', '--decision', 'k=v'], { cwd: dir, encoding: 'utf8' });
    },
    run: (dir) => {
      const input = JSON.stringify({ session_id: 'bench-end', cwd: dir, transcript_path: join(dir, '.bench-transcript.jsonl'), hook_event_name: 'SessionEnd', reason: 'other' });
      const result = measure(dir, SESSION_END, [], {}, input);
      const marker = join(dir, '.ledger-synth/sessions/bench-end.end.json');
      const published = JSON.parse(readFileSync(marker, 'utf8')).event;
      if (!published) throw new Error('SessionEnd published nothing');
      rmSync(join(dir, 'events', published));
      rmSync(marker);
      return result;
    },
  },
  {
    // The CI gate on a fresh clone: current.md is up to date, and there is no local state at all.
    // The local state is moved aside and put back, so the rows after this one start as before.
    name: 'check (cold, as in CI)',
    prepare: (dir) => {
      removeBenchEvents(dir);
      spawnSync(process.execPath, [CLI, '--no-confirm'], { cwd: dir, stdio: 'ignore' });
      rmSync(join(dir, SAVED_STATE), { recursive: true, force: true });
      renameSync(join(dir, '.ledger-synth'), join(dir, SAVED_STATE));
    },
    run: (dir) => {
      const result = measure(dir, CLI, ['--check']);
      rmSync(join(dir, '.ledger-synth'), { recursive: true, force: true });
      renameSync(join(dir, SAVED_STATE), join(dir, '.ledger-synth'));
      return result;
    },
  },
  {
    // Synthesize, then move every event (all are older than 0 days) into archive/<date>/.
    // Last: putting the events back renames them, and renamed files are racy for the cache for
    // 2 s, so a warm row after this one would measure a cold read.
    name: 'synthesize + --archive all',
    prepare: (dir) => restoreArchived(dir),
    run: (dir) => {
      const result = measure(dir, CLI, ['--no-confirm', '--archive', '--retention-days', '0']);
      restoreArchived(dir);
      return result;
    },
  },
];

function startInput(dir) {
  return JSON.stringify({ session_id: 'bench-start', cwd: dir, hook_event_name: 'SessionStart', source: 'startup' });
}

/**
 * One SessionStart. Past its budget the hook leaves a detached synthesis running: it is waited for
 * (not measured), so the next run does not share the machine with it.
 */
function measureStart(dir, input) {
  const result = measure(dir, SESSION_START, [], {}, input);
  waitForBackgroundSynthesis(dir);
  return result;
}

/** A synthesis the hook left running holds .synth.lock (beside current.md) until it is done. */
function waitForBackgroundSynthesis(dir) {
  const lock = join(dir, '.synth.lock');
  const deadline = Date.now() + 120_000;
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200); // let it start
  while (existsSync(lock) && Date.now() < deadline) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
}

function removeStartMemo(dir) {
  const caches = join(dir, '.ledger-synth/cache');
  if (!existsSync(caches)) return;
  for (const entry of readdirSync(caches, { withFileTypes: true })) if (entry.isDirectory()) rmSync(join(caches, entry.name, 'start.memo'), { force: true });
}

/** A git repository with one commit, a start marker and a transcript, as a real session has. */
function prepareHookRepo(dir) {
  const git = (...args) => spawnSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', ...args], { cwd: dir, encoding: 'utf8' });
  if (!existsSync(join(dir, '.git'))) {
    git('init', '-q');
    git('commit', '-q', '--allow-empty', '-m', 'bench');
  }
  const todos = { type: 'assistant', message: { content: [{ type: 'tool_use', name: 'TodoWrite', input: { todos: [{ content: 'Measure', status: 'completed' }] } }] } };
  writeFileSync(join(dir, '.bench-transcript.jsonl'), `${'{"type":"user","message":{"content":"x"}}\n'.repeat(2000)}${JSON.stringify(todos)}\n`);
}

/**
 * Wait until every event file and current.md are older than the cache's racy window (2 s): files
 * changed more recently are re-read (events) or re-verified by a render (current.md) on every run,
 * by design, so "warm" rows measured right after the events were generated or the ledger written
 * would time cold work. A real session start comes long after those writes.
 */
function settle(dir) {
  const eventsDir = join(dir, 'events');
  let newest = Math.max(statSync(eventsDir).ctimeMs, statSync(join(dir, 'current.md'), { throwIfNoEntry: false })?.ctimeMs ?? 0);
  for (const name of readdirSync(eventsDir)) newest = Math.max(newest, statSync(join(eventsDir, name)).ctimeMs);
  const wait = newest + RACY_MS + 100 - Date.now();
  if (wait > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, wait);
}

const RACY_MS = 2000;
/** Where the check row keeps the stream's local state while it measures a run without any. */
const SAVED_STATE = '.ledger-synth-bench-saved';

/**
 * `<dir>-remote`: the stream's events committed in a repository of their own, with five
 * remote-tracking refs (origin/b1..b4 at HEAD, origin/b5 one event ahead). Made once per corpus.
 */
function teamRepo(dir) {
  const repo = `${dir}-remote`;
  const count = (d) => (existsSync(join(d, 'events')) ? readdirSync(join(d, 'events')).length : -1);
  if (count(repo) === count(dir) && existsSync(join(repo, '.git/refs/remotes/origin/b5'))) return repo;
  rmSync(repo, { recursive: true, force: true });
  cpSync(join(dir, 'events'), join(repo, 'events'), { recursive: true });
  const git = (...args) => {
    const result = spawnSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', ...args], { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 30 });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
    return result.stdout.trim();
  };
  git('init', '-q');
  writeFileSync(join(repo, '.ledger-synth.yaml'), 'events_dir: events\noutput: current.md\n');
  writeFileSync(join(repo, '.gitignore'), '.ledger-synth/\n.bench-transcript.jsonl\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'events');
  const head = git('rev-parse', 'HEAD');
  for (const ref of ['b1', 'b2', 'b3', 'b4']) git('update-ref', `refs/remotes/origin/${ref}`, head);
  writeFileSync(join(repo, 'events', '2099-01-01T00-00-00.000Z_remote_b5.md'), '---\nts: 2099-01-01T00:00:00Z\nagent: remote\nbranch: b5\n---\nnow: "Porting the parser #42"\n');
  git('add', 'events');
  git('commit', '-q', '-m', 'b5');
  git('update-ref', 'refs/remotes/origin/b5', 'HEAD');
  git('reset', '-q', '--hard', head);
  return repo;
}

/** The state a session start usually finds: the ledger synthesized, settled, and verified since. */
function warmUp(dir) {
  spawnSync(process.execPath, [CLI, '--no-confirm'], { cwd: dir, stdio: 'ignore' });
  settle(dir);
  spawnSync(process.execPath, [CLI, '--no-confirm'], { cwd: dir, stdio: 'ignore' });
}

let benchEvents = 0;

/** One more seed-format event with a name no generated event has (removed again after the run). */
function addBenchEvent(dir) {
  const { text } = CORPORA[currentCorpus](1_000_000 + benchEvents, () => 0.5, 1);
  writeFileSync(join(dir, 'events', `zz-bench-${process.pid}-${benchEvents++}.md`), text);
}

function removeBenchEvents(dir) {
  for (const name of readdirSync(join(dir, 'events'))) if (name.startsWith('zz-bench-')) rmSync(join(dir, 'events', name));
}

/** Put archived events back into events/ so every scenario (and the next run) sees the same layout. */
function restoreArchived(dir) {
  const archive = join(dir, 'thoughts/shared/handoffs/archive'); // the default archive_dir (bench config sets none)
  if (!existsSync(archive)) return;
  for (const date of readdirSync(archive)) {
    for (const name of readdirSync(join(archive, date))) renameSync(join(archive, date, name), join(dir, 'events', name));
  }
  rmSync(join(dir, 'thoughts'), { recursive: true, force: true });
}

let currentCorpus = 'seed';
const rows = [];
for (const corpus of corpora) for (const size of sizes) {
  currentCorpus = corpus;
  const dir = join(workRoot, `${corpus === 'seed' ? 'n' : corpus}${size}`);
  const eventsDir = generateEvents(dir, size, corpus);
  const selected = SCENARIOS.filter((scenario) => !rowFilter || rowFilter.some((prefix) => scenario.name.includes(prefix)));
  for (const scenario of selected) scenario.setUp?.(dir);
  if (selected.some((scenario) => scenario.setUp)) spawnSync('sync');
  // One unmeasured read first: every row should see the files in the page cache, the floor too.
  measure(dir, FLOOR, [eventsDir]);
  const floorRuns = Array.from({ length: repeats }, () => measure(dir, FLOOR, [eventsDir]));
  const floor = best(floorRuns);
  rows.push({ corpus, events: size, scenario: 'floor: list + read files', ...floor, worst: Math.max(...floorRuns.map((r) => r.wallMs)), ratio: 1 });
  for (const scenario of selected) {
    const runs = Array.from({ length: repeats }, () => {
      scenario.prepare(dir);
      return scenario.run(dir);
    });
    const result = best(runs);
    const worst = Math.max(...runs.map((r) => r.wallMs));
    rows.push({ corpus, events: size, scenario: scenario.name, ...result, worst, ratio: result.wallMs / floor.wallMs });
  }
}

const header = ['corpus', 'events', 'scenario', 'wall (ms)', 'range (ms)', 'peak RSS (MiB)', '× floor'];
const table = rows.map((r) => [r.corpus, String(r.events), r.scenario, r.wallMs.toFixed(0), `${r.wallMs.toFixed(0)}–${(r.worst ?? r.wallMs).toFixed(0)}`, r.rssMiB.toFixed(1), r.ratio.toFixed(2)]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const line = (cells) => `| ${cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
console.log(`Node ${process.version}, ${repeats} runs each (best wall time and range, max peak RSS), whole processes`);
console.log(line(header));
console.log(`|${widths.map((w, i) => (i < 3 ? ':' : '-') + '-'.repeat(w) + (i < 3 ? '-' : ':')).join('|')}|`);
for (const row of table) console.log(line(row));
if (!existsSync(CLI)) console.error('(build first: npm run build)');
