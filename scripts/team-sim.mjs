// `node scripts/team-sim.mjs [--clones 20] [--sessions 3] [--seed N] [--branches 50 --per-branch 100] [--keep]`
// Team-scale simulation: a bare remote and N clones, each running sessions that record an event,
// allocate an id, regenerate current.md, commit and push a branch; a serialized merge queue lands the
// branches on main; clones fetch at random (seeded, printed) times. Prints the figures: conflicts
// (must be 0), lost items (0), ids unique and stable after publication, every clone's current.md
// byte-identical after a final fetch and merge, and the SessionStart time with B remote branches × E
// events each. test/team/team-sim.test.ts runs a reduced form in CI. The real code runs in process
// (test/team/sim.ts, bundled here from source); git runs as real processes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { BUNDLE_OPTIONS } from './build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    clones: { type: 'string', default: '20' },
    sessions: { type: 'string', default: '3' },
    seed: { type: 'string' },
    branches: { type: 'string', default: '50' },
    'per-branch': { type: 'string', default: '100' },
    'session-start-timeout-ms': { type: 'string', default: '400' },
    keep: { type: 'boolean', default: false },
    'session-start-only': { type: 'boolean', default: false },
  },
});
const seed = values.seed !== undefined ? Number(values.seed) : Math.floor(Math.random() * 2 ** 31);
const work = mkdtempSync(join(tmpdir(), 'ledger-synth-team-sim-'));
await build({
  entryPoints: [join(root, 'test/team/sim.ts')],
  outfile: join(work, 'sim.mjs'),
  ...BUNDLE_OPTIONS,
  define: { __LEDGER_SYNTH_VERSION__: '"sim"' },
  logLevel: 'warning',
});
const sim = await import(pathToFileURL(join(work, 'sim.mjs')).href);

const clones = Number(values.clones);
const sessions = Number(values.sessions);
const only = values['session-start-only'];
if (!only) console.log(`team-sim: seed ${seed} (replay: --seed ${seed}), ${clones} clones × ${sessions} sessions, work dir ${work}`);
const started = performance.now();
const figures = only
  ? { conflicts: 0, lostItems: 0, idsUnique: true, idChangesAfterPublication: 0, distinctLedgers: 1 }
  : await sim.runTeamSim({ dir: join(work, 'team'), clones, sessions, seed, log: (line) => console.log(`  ${line}`) });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (!only) {
console.log(`  branches landed through the queue:   ${figures.branchesLanded}`);
console.log(`  fetches (random timing):             ${figures.fetches}`);
console.log(`  merge conflicts:                     ${figures.conflicts}`);
console.log(`  items recorded / lost:               ${figures.recordedItems} / ${figures.lostItems}`);
console.log(`  ids: ${figures.ids}, unique: ${figures.idsUnique ? 'yes' : 'NO'}, changed after publication: ${figures.idChangesAfterPublication}, renumbered at landing (provisional): ${figures.renumberedAtLanding}`);
console.log(`  distinct current.md across ${clones} clones + main after final fetch and merge: ${figures.distinctLedgers}`);
console.log(`  simulation wall time: ${seconds} s`);
}

const branches = Number(values.branches);
const perBranch = Number(values['per-branch']);
const timeoutMs = Number(values['session-start-timeout-ms']);
const start = await sim.measureSessionStart({ dir: join(work, 'wide'), branches, perBranch, runs: 5, timeoutMs });
console.log(
  `  SessionStart with ${branches} remote branches × ${perBranch} events (remote_events_timeout_ms ${timeoutMs}): median ${start.medianMs} ms of 5; ` +
    (start.note ? `remote section: ${start.note}` : `remote section: ${start.shown} shown of ${start.total}`) +
    `; context ${start.contextChars} chars`,
);

const ok = figures.conflicts === 0 && figures.lostItems === 0 && figures.idsUnique && figures.idChangesAfterPublication === 0 && figures.distinctLedgers === 1;
console.log(ok ? 'team-sim: OK' : 'team-sim: FAILED');
if (!values.keep) rmSync(work, { recursive: true, force: true });
process.exitCode = ok ? 0 : 1;
