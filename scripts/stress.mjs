// `npm run stress`: W writer processes publish events while S synthesizer processes loop over
// `cc-synthesize --no-confirm` and this process samples current.md as fast as it can. At the end:
// no event lost, no temp file or lock left, every sample a complete ledger (footer present and
// parseable, event_count never going back), and the result equal to a clean re-synthesis.
// Full form: 8 writers × 500 events, 4 synthesizers. STRESS_WRITERS / STRESS_EVENTS /
// STRESS_SYNTHESIZERS override; test/stress/ runs a reduced form in `npm test`.
// Then `ids reserve` from 8 processes × 50 reservations (STRESS_ID_WORKERS / STRESS_ID_RESERVATIONS);
// test/ids/reserve.test.ts runs 4 × 10.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(root, 'packages/cli/dist/cc-synthesize.mjs');
const banner = "import { createRequire as __lsCreateRequire } from 'node:module'; const require = __lsCreateRequire(import.meta.url);";

/** Bundle the writer script and the helper kit from the real sources into `out`. */
async function bundleTools(out) {
  const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', conditions: ['source'], banner: { js: banner }, logLevel: 'warning' };
  await build({ ...common, entryPoints: [join(root, 'test/stress/writer.ts')], outfile: join(out, 'writer.mjs') });
  await build({ ...common, entryPoints: [join(root, 'test/stress/kit.ts')], outfile: join(out, 'kit.mjs') });
  return { writer: join(out, 'writer.mjs'), kit: await import(pathToFileURL(join(out, 'kit.mjs')).href) };
}

function childEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('LEDGER_SYNTH_') || key.startsWith('VITEST') || key === 'SOURCE_DATE_EPOCH') delete env[key];
  return env;
}

/** Run a node script to completion; resolves with its exit status and output. */
function run(script, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: options.cwd, env: { ...childEnv(), ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

function walk(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

export async function runStress({ writers, eventsPerWriter, synthesizers, dir, log = () => {} }) {
  if (!existsSync(CLI)) throw new Error(`build first (npm run build): ${CLI} is missing`);
  const work = dir ?? mkdtempSync(join(tmpdir(), 'ledger-synth-stress-'));
  const tools = join(work, '.stress');
  mkdirSync(join(work, 'events'), { recursive: true });
  writeFileSync(join(work, '.ledger-synth.yaml'), 'events_dir: events\noutput: current.md\nlock_timeout_ms: 120000\n');
  const { writer, kit } = await bundleTools(tools);
  const output = join(work, 'current.md');
  const started = Date.now();

  // The reader: as many samples as the event loop allows, each a complete ledger or no file yet.
  let reading = true;
  let samples = 0;
  let lastCount = -1;
  let countWentBack = 0;
  const badSamples = [];
  const reader = (async () => {
    while (reading) {
      let text;
      try {
        text = readFileSync(output, 'utf8');
      } catch (error) {
        if (error.code !== 'ENOENT') badSamples.push({ sample: samples, reason: error.message });
      }
      if (text !== undefined) {
        samples++;
        const footer = kit.parseFooter(text);
        if (!footer || !text.startsWith('# Continuity ledger\n')) badSamples.push({ sample: samples, reason: `torn or unparseable (${text.length} bytes)` });
        else {
          if (footer.eventCount < lastCount) countWentBack++;
          lastCount = footer.eventCount;
        }
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();

  let writing = true;
  let synthesisRuns = 0;
  const failedRuns = [];
  const synthesizer = async () => {
    // Loop while writers run, then once more so the last events are in.
    for (let last = false; ; ) {
      last = !writing;
      const result = await run(CLI, ['--no-confirm'], { cwd: work });
      synthesisRuns++;
      if (result.code !== 0) failedRuns.push({ code: result.code, signal: result.signal, stderr: result.stderr.slice(0, 2000) });
      if (last) return;
    }
  };
  const synthLoops = Array.from({ length: synthesizers }, synthesizer);
  log(`${writers} writers × ${eventsPerWriter} events, ${synthesizers} synthesizers, in ${work}`);
  const written = await Promise.all(
    Array.from({ length: writers }, (_, w) => run(writer, [join(work, 'events'), `writer-${w}`, String(eventsPerWriter)], { cwd: work })),
  );
  writing = false;
  await Promise.all(synthLoops);
  reading = false;
  await reader;

  const published = [];
  written.forEach((result, w) => {
    if (result.code !== 0) failedRuns.push({ code: result.code, signal: result.signal, stderr: `writer-${w}: ${result.stderr.slice(0, 2000)}` });
    published.push(...result.stdout.split('\n').filter(Boolean));
  });
  const eventNames = new Set(readdirSync(join(work, 'events')).filter((name) => name.endsWith('.md')));
  const final = existsSync(output) ? readFileSync(output, 'utf8') : '';
  const lostEvents = published.filter((name) => !eventNames.has(name));
  // current.md shows a bounded window; the complete ledger (--full) must hold every step.
  const full = (await run(CLI, ['--full'], { cwd: work })).stdout;
  const shown = new Set(full.split('\n').map((line) => /^- (writer-\d+ finished step \d+)(?: _\(|$)/.exec(line)?.[1]).filter(Boolean));
  for (let w = 0; w < writers; w++) {
    for (let i = 0; i < eventsPerWriter; i++) {
      if (!shown.has(`writer-${w} finished step ${i}`)) lostEvents.push(`writer-${w} step ${i} missing from the ledger (--full)`);
    }
  }
  const tempFiles = walk(work).filter((path) => path.endsWith('.tmp') && !path.startsWith(tools));
  const cleanCheck = await run(CLI, ['--check'], { cwd: work, env: { LEDGER_SYNTH_CACHE: '0' } });
  return {
    dir: work,
    events: writers * eventsPerWriter,
    eventFiles: eventNames.size,
    lostEvents,
    synthesisRuns,
    failedRuns,
    samples,
    badSamples,
    countWentBack,
    footerCount: kit.parseFooter(final)?.eventCount,
    tempFiles,
    leftoverLock: existsSync(join(work, '.synth.lock')),
    cleanCheck: { code: cleanCheck.code, stdout: cleanCheck.stdout, stderr: cleanCheck.stderr },
    wallMs: Date.now() - started,
  };
}

/**
 * `ids reserve` from W processes at once, R reservations each (the full form of the test in
 * test/ids/reserve.test.ts): every id handed out exactly once, gap-free, and no lock left.
 */
export async function runReserveStress({ workers, reservations, dir }) {
  const work = dir ?? mkdtempSync(join(tmpdir(), 'ledger-synth-ids-stress-'));
  writeFileSync(join(work, '.ledger-synth.yaml'), 'events_dir: events\noutput: current.md\n');
  const started = Date.now();
  const failed = [];
  const worker = async () => {
    const ids = [];
    for (let i = 0; i < reservations; i++) {
      const result = await run(CLI, ['ids', 'reserve', 'SEC'], { cwd: work, env: { LEDGER_SYNTH_LOCK_TIMEOUT_MS: '120000' } });
      if (result.code !== 0) failed.push(result.stderr.slice(0, 500));
      else ids.push(...JSON.parse(result.stdout).ids);
    }
    return ids;
  };
  const all = (await Promise.all(Array.from({ length: workers }, worker))).flat();
  const expected = workers * reservations;
  const numbers = all.map((id) => Number(id.slice('SEC-'.length))).sort((a, b) => a - b);
  const problems = [];
  if (failed.length > 0) problems.push(`${failed.length} failed reservations: ${failed[0]}`);
  if (new Set(all).size !== all.length) problems.push(`${all.length - new Set(all).size} ids handed out twice`);
  if (all.length !== expected || numbers.some((n, i) => n !== i + 1)) problems.push(`ids are not 1..${expected} without gaps (${all.length} handed out)`);
  if (existsSync(join(work, '.ledger-synth/id-counters.lock'))) problems.push('id-counters.lock left behind');
  return { dir: work, ids: all.length, problems, wallMs: Date.now() - started };
}

/** Every way a stress report falls short; empty when the run upheld every guarantee. */
export function stressProblems(report, expectedEvents) {
  const problems = [];
  if (report.eventFiles !== expectedEvents) problems.push(`${report.eventFiles} event files, expected ${expectedEvents}`);
  if (report.lostEvents.length > 0) problems.push(`${report.lostEvents.length} lost: ${report.lostEvents.slice(0, 5).join('; ')}`);
  if (report.footerCount !== expectedEvents) problems.push(`footer event_count ${report.footerCount}, expected ${expectedEvents}`);
  if (report.failedRuns.length > 0) problems.push(`${report.failedRuns.length} failed runs: ${report.failedRuns[0].stderr}`);
  if (report.samples === 0) problems.push('the reader never saw current.md');
  if (report.badSamples.length > 0) problems.push(`${report.badSamples.length} bad samples: ${report.badSamples[0].reason}`);
  if (report.countWentBack > 0) problems.push(`event_count went back ${report.countWentBack} times`);
  if (report.tempFiles.length > 0) problems.push(`temp files left: ${report.tempFiles.slice(0, 5).join(', ')}`);
  if (report.leftoverLock) problems.push('.synth.lock left behind');
  if (report.cleanCheck.code !== 0) problems.push(`not equal to a clean re-synthesis: ${report.cleanCheck.stderr.slice(0, 500)}`);
  return problems;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const writers = Number(process.env.STRESS_WRITERS ?? 8);
  const eventsPerWriter = Number(process.env.STRESS_EVENTS ?? 500);
  const synthesizers = Number(process.env.STRESS_SYNTHESIZERS ?? 4);
  const report = await runStress({ writers, eventsPerWriter, synthesizers, log: (line) => console.log(line) });
  const problems = stressProblems(report, writers * eventsPerWriter);
  console.log(
    [
      `events published:        ${report.eventFiles} / ${report.events}`,
      `lost events:             ${report.lostEvents.length}`,
      `synthesis runs:          ${report.synthesisRuns} (${report.failedRuns.length} failed)`,
      `current.md samples:      ${report.samples} (${report.badSamples.length} torn or unparseable, event_count went back ${report.countWentBack}×)`,
      `final event_count:       ${report.footerCount}`,
      `temp files left:         ${report.tempFiles.length}; lock left: ${report.leftoverLock}`,
      `clean re-synthesis:      ${report.cleanCheck.code === 0 ? 'identical (--check with the cache off: fresh)' : 'DIFFERENT'}`,
      `wall time:               ${(report.wallMs / 1000).toFixed(1)} s`,
    ].join('\n'),
  );
  if (problems.length > 0) {
    console.error(`STRESS FAILED (work dir kept: ${report.dir}):\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log('stress: all guarantees held');
    if (!process.env.STRESS_KEEP) rmSync(report.dir, { recursive: true, force: true });
  }

  const idWorkers = Number(process.env.STRESS_ID_WORKERS ?? 8);
  const idReservations = Number(process.env.STRESS_ID_RESERVATIONS ?? 50);
  console.log(`ids reserve: ${idWorkers} processes × ${idReservations} reservations`);
  const ids = await runReserveStress({ workers: idWorkers, reservations: idReservations });
  console.log(`ids handed out:          ${ids.ids} / ${idWorkers * idReservations}, wall time ${(ids.wallMs / 1000).toFixed(1)} s`);
  if (ids.problems.length > 0) {
    console.error(`IDS STRESS FAILED (work dir kept: ${ids.dir}):\n  ${ids.problems.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log('ids stress: every id exactly once, gap-free, no lock left');
    if (!process.env.STRESS_KEEP) rmSync(ids.dir, { recursive: true, force: true });
  }
}
