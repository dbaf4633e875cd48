import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rng } from '../../bench/rng.mjs';
import { initRepo } from '../helpers/git.js';
import { waitPastChanges } from '../helpers/racy.js';
import { testdir } from '../helpers/testdir.js';
import { SESSION_START, eventFile, runHook, startInput, startOutput } from './hook-helpers.js';
import { runCli } from '../helpers/run-cli.js';
import { startCli, waitFor } from '../fault/process.js';

// The memo (packages/node/src/memo.ts; stored by memo-store.ts): a start, or a plain `--no-confirm`
// run, that finds every event file and current.md as a run that verified current.md left them
// answers as that run did without reading. Its oracle is the same command with LEDGER_SYNTH_CACHE=0.

const CONFIG = 'events_dir: events\noutput: current.md\n';
const MEMO_ENV = { LEDGER_SYNTH_CACHE_RACY_MS: '0' };
const ORACLE_ENV = { LEDGER_SYNTH_CACHE: '0' };

function event(n: number): string {
  return eventFile(`2026-03-01T09:${String(n % 60).padStart(2, '0')}:00Z`, `agent-${n % 3}`, `now: step ${n}\nthis_session:\n- done ${n}\nopen_questions:\n- Question ${n % 4}?\n`);
}

function repo(count: number): string {
  const files: Record<string, string> = { '.ledger-synth.yaml': CONFIG };
  for (let n = 0; n < count; n++) files[`events/e${String(n).padStart(3, '0')}.md`] = event(n);
  const dir = testdir(files);
  initRepo(dir);
  return dir;
}

const start = async (dir: string, env: NodeJS.ProcessEnv) => startOutput(await runHook(SESSION_START, dir, startInput(dir, 'memo-test'), { env }));
const cacheFiles = (dir: string, name: string) =>
  existsSync(join(dir, '.ledger-synth/cache')) ? readdirSync(join(dir, '.ledger-synth/cache')).filter((id) => existsSync(join(dir, '.ledger-synth/cache', id, name))) : [];

describe('session-start memo', () => {
  it('the third start of an unchanged checkout answers from the memo, without reading or folding', async () => {
    const dir = repo(8);
    const first = await start(dir, MEMO_ENV); // writes current.md (racy: no memo yet)
    await waitPastChanges([join(dir, 'events'), join(dir, 'current.md')]);
    const second = await start(dir, MEMO_ENV); // finds it up to date: stores the memo
    expect(cacheFiles(dir, 'start.memo')).toHaveLength(1);
    // Without the fold cache a start that reads would store it again; one that answers from the memo does not.
    for (const id of cacheFiles(dir, 'fold.cache')) rmSync(join(dir, '.ledger-synth/cache', id, 'fold.cache'));
    const third = await start(dir, MEMO_ENV);
    expect(cacheFiles(dir, 'fold.cache')).toHaveLength(0);
    expect(third).toEqual(second);
    expect(second.context).toContain('step 7');
    expect(first.context).toContain('step 7');
    expect(third).toEqual(await start(dir, ORACLE_ENV));
  });

  it('hidden files and links in the events directory (reported, never read) do not keep a start from its memo', async () => {
    const dir = repo(3);
    writeFileSync(join(dir, 'events/.draft.md'), event(9));
    symlinkSync(join(dir, 'events/e001.md'), join(dir, 'events/link.md'));
    await start(dir, MEMO_ENV);
    await waitPastChanges([join(dir, 'events'), join(dir, 'current.md')]);
    const second = await start(dir, MEMO_ENV);
    for (const id of cacheFiles(dir, 'fold.cache')) rmSync(join(dir, '.ledger-synth/cache', id, 'fold.cache'));
    expect(await start(dir, MEMO_ENV)).toEqual(second);
    expect(cacheFiles(dir, 'fold.cache')).toHaveLength(0);
    // The link now points elsewhere: its own key changed, so the memo does not answer.
    unlinkSync(join(dir, 'events/link.md'));
    symlinkSync(join(dir, 'events/e002.md'), join(dir, 'events/link.md'));
    await waitPastChanges([join(dir, 'events')]);
    await start(dir, MEMO_ENV);
    expect(cacheFiles(dir, 'fold.cache')).toHaveLength(1);
  });

  it('an event edited after the read, before the memo is stored, is never answered from that memo', async () => {
    const dir = repo(4);
    await startCli(['--no-confirm'], { cwd: dir, env: MEMO_ENV }).done;
    await waitPastChanges([join(dir, 'events'), join(dir, 'current.md')]);
    for (const id of cacheFiles(dir, 'start.memo')) rmSync(join(dir, '.ledger-synth/cache', id, 'start.memo'));
    // This run finds no memo and current.md up to date: it stores a memo, after the pause.
    const marker = join(dir, 'paused-after-plan');
    const run = startCli(['--no-confirm'], { cwd: dir, env: { ...MEMO_ENV, LEDGER_SYNTH_TEST_PAUSE_AFTER_PLAN: marker } });
    await waitFor(() => existsSync(marker), 'the synthesizer to finish its plan');
    const path = join(dir, 'events/e002.md');
    const before = statSync(path);
    writeFileSync(path, readFileSync(path, 'utf8').replace('step 2', 'step 8'));
    utimesSync(path, before.atime, before.mtime);
    writeFileSync(`${marker}.go`, '');
    expect((await run.done).code).toBe(0);
    expect(cacheFiles(dir, 'start.memo')).toHaveLength(1);
    await waitPastChanges([join(dir, 'events')]);
    // The memo holds the keys the read saw: the edited file's new key is not among them.
    // The same bundle as the paused run (a bundle and the sources keep separate caches: their parser ids differ).
    expect((await startCli(['--no-confirm'], { cwd: dir, env: MEMO_ENV }).done).stdout).not.toContain('already up to date');
    expect(readFileSync(join(dir, 'current.md'), 'utf8')).toContain('step 8');
  });

  it('a changed event file (same size, old mtime restored), a new one, or an edited current.md is never answered from the memo', async () => {
    const dir = repo(4);
    await start(dir, MEMO_ENV);
    await waitPastChanges([join(dir, 'events'), join(dir, 'current.md')]);
    await start(dir, MEMO_ENV);
    const path = join(dir, 'events/e002.md');
    const before = statSync(path);
    writeFileSync(path, readFileSync(path, 'utf8').replace('step 2', 'step 8'));
    utimesSync(path, before.atime, before.mtime);
    await waitPastChanges([join(dir, 'events')]);
    expect((await start(dir, MEMO_ENV)).context).toContain('step 8');
    writeFileSync(join(dir, 'events/e010.md'), event(10));
    await waitPastChanges([join(dir, 'events')]);
    expect((await start(dir, MEMO_ENV)).context).toContain('step 10');
  });

  /**
   * Seeded (LEDGER_SYNTH_SEED, printed once per run): random changes to events, current.md and the
   * config between starts, settled or not; whenever a start wrote nothing, its answer is the oracle's.
   */
  it('seeded: every start that wrote nothing answers as a start without any cache would', async () => {
    const seed = Number(process.env.LEDGER_SYNTH_SEED ?? 1);
    const random = rng(seed);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
    const dir = repo(3);
    const events = join(dir, 'events');
    let counter = 100;
    let fromMemo = 0;
    let cliFromMemo = 0;
    for (let step = 0; step < 16; step++) {
      const names = readdirSync(events).filter((name) => name.endsWith('.md'));
      const op = pick(['none', 'none', 'add', 'edit-same-size', 'delete', 'rename', 'edit-ledger', 'touch-ledger', 'config-window', 'add-hidden', 'add-link']);
      const target = join(events, pick(names));
      if (op === 'add') writeFileSync(join(events, `e${counter}.md`), event(counter++));
      else if (op === 'edit-same-size' && names.length > 0) {
        const stat = statSync(target);
        writeFileSync(target, readFileSync(target, 'utf8').replace(/step (\d)/, (_m, d: string) => `step ${(Number(d) + 1) % 10}`));
        utimesSync(target, stat.atime, stat.mtime);
      } else if (op === 'delete' && names.length > 1) unlinkSync(target);
      else if (op === 'rename' && names.length > 0) renameSync(target, join(events, `r${counter++}.md`));
      else if (op === 'edit-ledger' && existsSync(join(dir, 'current.md'))) writeFileSync(join(dir, 'current.md'), `${readFileSync(join(dir, 'current.md'), 'utf8')}hand edit\n`);
      else if (op === 'touch-ledger' && existsSync(join(dir, 'current.md'))) utimesSync(join(dir, 'current.md'), new Date(), new Date());
      // Files that are reported, never read: their lstat key stands for their outcome.
      else if (op === 'add-hidden') writeFileSync(join(events, `.draft${counter++}.md`), event(counter));
      else if (op === 'add-link' && names.length > 0) symlinkSync(target, join(events, `l${counter++}.md`));
      else if (op === 'config-window') writeFileSync(join(dir, '.ledger-synth.yaml'), `${CONFIG}window_items_per_agent: ${1 + Math.floor(random() * 3)}\n`);
      if (random() < 0.7) await waitPastChanges([events, join(dir, 'current.md'), join(dir, '.ledger-synth.yaml')]);
      const ledgerBefore = existsSync(join(dir, 'current.md')) ? readFileSync(join(dir, 'current.md'), 'utf8') : undefined;
      // A start that reads stores the fold cache again; one answered from the memo does not.
      for (const id of cacheFiles(dir, 'fold.cache')) rmSync(join(dir, '.ledger-synth/cache', id, 'fold.cache'));
      const answered = await start(dir, MEMO_ENV);
      if (cacheFiles(dir, 'fold.cache').length === 0) fromMemo++;
      const ledgerAfter = readFileSync(join(dir, 'current.md'), 'utf8');
      const oracle = await start(dir, ORACLE_ENV);
      // The oracle finds nothing to rewrite: the memo run left current.md as a full synthesis would.
      expect({ seed, step, op, ledger: readFileSync(join(dir, 'current.md'), 'utf8') }).toEqual({ seed, step, op, ledger: ledgerAfter });
      if (ledgerBefore === ledgerAfter) expect({ seed, step, op, answered }).toEqual({ seed, step, op, answered: oracle });
      // The CLI's plain run: the same property (it may answer from its memo when nothing changed).
      for (const id of cacheFiles(dir, 'fold.cache')) rmSync(join(dir, '.ledger-synth/cache', id, 'fold.cache'));
      const cliBefore = readFileSync(join(dir, 'current.md'), 'utf8');
      const cli = await runCli(['--no-confirm'], { cwd: dir, env: MEMO_ENV });
      if (cacheFiles(dir, 'fold.cache').length === 0) cliFromMemo++;
      const cliOracle = await runCli(['--no-confirm'], { cwd: dir, env: ORACLE_ENV });
      if (readFileSync(join(dir, 'current.md'), 'utf8') === cliBefore) {
        expect({ seed, step, op, cli: [cli.code, cli.stdout, cli.stderr] }).toEqual({ seed, step, op, cli: [cliOracle.code, cliOracle.stdout, cliOracle.stderr] });
      }
    }
    // The property is about the memo: it must have answered some of the starts.
    expect({ seed, fromMemo: fromMemo > 0, cliFromMemo: cliFromMemo > 0 }).toEqual({ seed, fromMemo: true, cliFromMemo: true });
  });
});
