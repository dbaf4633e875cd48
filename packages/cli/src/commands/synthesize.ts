import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { FULL_WINDOW, LedgerError, renderLedgerTo, type EventIssue, type EventWarning } from '@ledger-synth/core';
import {
  CONFIG_FILE_NAME,
  commitLedger,
  describeMove,
  describeStaleness,
  generatedAtFor,
  loadConfig,
  operationError,
  operationInProgress,
  archivableEvents,
  describeRecovery,
  recoverStrandedSessions,
  discoverEventFiles,
  planArchive,
  planSynthesis,
  repoPath,
  requireRepo,
  synthesizeAndArchive,
  synthesizeStream,
  inputsIdOf,
  recall,
  remember,
  type ArchivePlan,
  type CommitOutcome,
  type GitRepo,
  type LedgerConfig,
  type Synthesis,
} from '@ledger-synth/node';
import { parseCommandArgs, usageError } from '../args.js';
import { confirm, isInteractive } from '../confirm.js';
import { FOOTER, SYNOPSIS, renderOptions, type DocumentedOption } from '../help.js';
import { EXIT } from '../exit-codes.js';
import { unknownCommand } from '../main.js';
import { selfCommand } from '../self.js';
import { MAX_WARNING_LINES, buildPreview, formatPreview, formatSkipped, plural, type Preview } from '../preview.js';
import { VERSION } from '../version.js';
import { print, type World } from '../world.js';

const OPTIONS = {
  'no-confirm': { type: 'boolean', help: 'do not ask before writing (automation, hooks, merge queues)' },
  input: { type: 'string', arg: 'GLOB', help: 'read events matching GLOB (relative to the working directory)\ninstead of the configured events directory' },
  output: { type: 'string', arg: 'PATH', help: 'write the ledger to PATH instead of the configured output' },
  'dry-run': { type: 'boolean', help: 'show what would be written; write nothing' },
  json: { type: 'boolean', help: 'print the result as JSON on stdout, without asking (with --dry-run: the preview)' },
  strict: { type: 'boolean', help: 'fail (exit 1) if any event file is malformed or has warnings (duplicate keys, text lost to " #")' },
  check: { type: 'boolean', help: 'compare current.md with a fresh synthesis; exit 0 fresh, 1 stale' },
  full: { type: 'boolean', help: 'print the complete ledger (no window_* bounds) on stdout; write nothing' },
  'allow-empty': {
    type: 'boolean',
    help: 'accept an --input glob that matches nothing or a missing events directory\n(otherwise exit 2: an empty ledger never replaces a good one by accident)',
  },
  archive: {
    type: 'boolean',
    help: 'then move events older than the retention into archive/YYYY-MM-DD/\n(their own date); archived events stay in the fold: the state is unchanged',
  },
  'retention-days': { type: 'string', arg: 'N', help: 'with --archive: keep N days in events/ (default: retention_days, 7)' },
  commit: {
    type: 'boolean',
    help: 'then commit exactly the ledger paths (output, events, archive), never\nyour other staged or unstaged changes; refused mid-merge/rebase or outside git',
  },
  help: { type: 'boolean', short: 'h', help: 'show this help' },
  version: { type: 'boolean', short: 'v', help: 'print the version' },
} as const satisfies Record<string, DocumentedOption>;

/** The main help: the synopsis, then the options rendered from OPTIONS. */
export const HELP = `${SYNOPSIS}\n\nOptions:\n${renderOptions(OPTIONS)}\n\n${FOOTER}`;

/** The default command: read → pure fold/render → (confirm) → write. */
export async function synthesizeCommand(args: string[], world: World): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, true);
  if (values.help) {
    world.stdout.write(HELP);
    return EXIT.ok;
  }
  if (values.version) {
    print(world.stdout, VERSION);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw unknownCommand(positionals[0]!);
  if (values.check && values['dry-run']) throw usageError('--check never writes; drop --dry-run');
  if (values.full) {
    const other = (['check', 'dry-run', 'json', 'archive', 'commit', 'output'] as const).find((flag) => values[flag] !== undefined);
    if (other) throw usageError(`--full prints the complete ledger on stdout and writes nothing; drop --${other}`);
  }
  if (values.input !== undefined && values.input.trim() === '') throw usageError('--input needs a glob, e.g. --input "events/*.md"');

  const retentionDays = gitFlags(values);
  const config = loadConfig(world.cwd, world.env, { output: values.output, retentionDays });
  rejectDirectoryOutput(config.output, values.output !== undefined);
  const inputs = { config, inputGlob: values.input, cwd: world.cwd, env: world.env };
  // Warnings are worded only as far as they are shown: the first few, or every one for --json.
  const warningLimit = values.json ? undefined : MAX_WARNING_LINES;
  // Sessions of this checkout that ended without SessionEnd are published first, before the empty-ledger check (their events may be the first; never by --check or --dry-run, which write nothing).
  if (!values.check && !values['dry-run']) await recoverBeforePlanning(config, world);
  if (!values['allow-empty']) {
    const refused = await refuseEmpty(config, values, world);
    if (refused !== undefined) return refused;
  }
  // Refuse before writing anything: outside a repository, or mid-merge/rebase, --commit cannot work.
  const repo = values.commit ? await commitTarget(config, world) : undefined;

  if (values.check) return check(await planSynthesis(inputs, { storeCache: false, warningLimit }), config, world, values);
  if (values.full) return printFull(await planSynthesis(inputs, { storeCache: false, warningLimit }), world, Boolean(values.strict));

  // --no-confirm shows no preview: plan once, under the lock (at 100k events a second plan doubles the run).
  const planned = values['no-confirm'] && !values['dry-run'] && !values.strict ? undefined : await planSynthesis(inputs, { storeCache: !values['dry-run'] && !values.strict, warningLimit });
  if (planned) {
    const preview = buildPreview(planned, config.root);
    if (values.strict && (planned.issues.length > 0 || planned.warningCount > 0)) return strictFailure(preview, world, Boolean(values.json));
    const early = await previewAndConfirm(planned, preview);
    if (early !== undefined) return early;
  }
  return writeStream(planned);

  async function previewAndConfirm(planned: Synthesis, preview: Preview): Promise<number | undefined> {
    if (values['dry-run']) {
      if (values.json) print(world.stdout, JSON.stringify({ ...preview, dryRun: true, written: false }, null, 2));
      else {
        printLines(world.stdout, formatPreview(preview));
        printLines(world.stderr, formatSkipped(preview));
        if (values.archive) printLines(world.stdout, archivePreview(planArchive(config, planned.files, archivableEvents(planned.state), config.retentionDays, Date.now()), config));
        print(world.stdout, 'Dry run: nothing written.');
      }
      return EXIT.ok;
    }

    if (!values['no-confirm'] && !values.json) {
      printLines(world.stdout, formatPreview(preview));
      printLines(world.stderr, formatSkipped(preview));
      if (isInteractive(world)) {
        if (planned.status === 'fresh' && !values.archive && !values.commit) {
          print(world.stdout, `${preview.output} is already up to date.`);
          return EXIT.ok;
        }
        const answer = await confirm(world, `Write ${preview.output}?`);
        if (answer === 'aborted' || answer === 'interrupted') {
          print(world.stdout);
          print(world.stderr, 'Aborted: nothing written.');
          return answer === 'interrupted' ? EXIT.interrupted : EXIT.failed;
        }
        if (!answer) {
          print(world.stdout, 'Nothing written.');
          return EXIT.ok;
        }
      } else {
        // Never wait for an answer that cannot come (CI, pipes, agents).
        print(world.stderr, 'stdin is not a terminal: writing without confirmation (pass --no-confirm to silence this note)');
      }
    }
    return undefined;
  }

  async function writeStream(planned: Synthesis | undefined): Promise<number> {
    // The plain run (`--no-confirm`, nothing else asked) of an unchanged checkout answers as the
    // run that last found or made current.md up to date did, without reading (memo.ts).
    const plain = values['no-confirm'] && !planned && !values.json && !values.archive && !repo && values.input === undefined;
    const inputsId = inputsIdOf(['cli', config, warningLimit]);
    const remembered = plain ? ((await recall(inputs, config.output, inputsId)) as RememberedRun | undefined) : undefined;
    if (remembered) {
      printLines(world.stderr, formatSkipped(remembered));
      print(world.stdout, outcomeLine(remembered, 0, false, undefined));
      return EXIT.ok;
    }
    // Re-read under the lock: what is written reflects every event present at write time.
    const { synthesis, written, archive } = values.archive
      ? await synthesizeAndArchive(inputs, { retentionDays: config.retentionDays, warningLimit })
      : { ...(await synthesizeStream(inputs, { warningLimit })), archive: undefined };
    const commit = repo
      ? await commitLedger(repo, config, { events: synthesis.eventCount, agents: agentCount(synthesis), archived: archive?.archived.length ?? 0 })
      : undefined;
    if (values.json) {
      const final = buildPreview(synthesis, config.root);
      const extra = {
        ...(archive ? { archive: { cutoff: archive.cutoff, retentionDays: archive.retentionDays, archived: archive.archived.map((m) => describeMove(m, config.root)), conflicts: archive.conflicts.map((m) => describeMove(m, config.root)) } } : {}),
        ...(commit ? { commit: { committed: commit.committed, sha: commit.sha ?? null, files: commit.files } } : {}),
      };
      print(world.stdout, JSON.stringify({ ...final, dryRun: false, written, ...extra }, null, 2));
    } else {
      // Not the whole preview: when nothing changed, its per-agent rows are all that would need the state decoded.
      const final: RememberedRun = { output: relative(config.root, synthesis.output) || synthesis.output, events: synthesis.eventCount, skipped: synthesis.issues, warnings: synthesis.warnings, warningCount: synthesis.warningCount, warningFiles: synthesis.warningFiles };
      if (plain) remember(inputs, synthesis, config.output, inputsId, final);
      if (values['no-confirm']) printLines(world.stderr, formatSkipped(final));
      const committedOutput = commit?.committed && commit.files.some((file) => resolve(config.root, file) === resolve(config.output));
      // Fresh on disk but not in HEAD (a hook regenerated it): say so, rather than "up to date" followed by a commit of it.
      print(world.stdout, !written && committedOutput
        ? `${final.output} was already regenerated (${plural(final.events, 'event')}) but not yet committed.`
        : outcomeLine(final, written ? agentCount(synthesis) : 0, written, planned));
      if (archive) printLines(world.stdout, archiveLines(archive.retentionDays, archive.cutoff, archive.archived.length, config, false));
      if (archive) printLines(world.stderr, archive.conflicts.map((m) => `not archived: ${describeMove(m, config.root).to} already exists with different content (both kept; nothing overwritten)`));
      if (commit) print(world.stdout, commitLine(commit, config));
    }
    return EXIT.ok;
  }
}

/** --full: the complete view (every agent, item and checkpoint) on stdout; current.md stays windowed. */
function printFull(synthesis: Synthesis, world: World, strict: boolean): number {
  printLines(world.stderr, formatSkipped({ skipped: synthesis.issues, warnings: synthesis.warnings, warningCount: synthesis.warningCount, warningFiles: synthesis.warningFiles }));
  if (strict && (synthesis.issues.length > 0 || synthesis.warningCount > 0)) {
    print(world.stderr, `--strict: ${strictProblems(synthesis.issues.length, synthesis.warningCount)}`);
    return EXIT.failed;
  }
  renderLedgerTo(synthesis.state, { generatedAt: generatedAtFor(world.env), window: FULL_WINDOW }, (chunk) => world.stdout.write(chunk));
  return EXIT.ok;
}

/** Validate --archive/--commit/--retention-days up front (incompatible flags are usage errors). */
function gitFlags(values: { archive?: boolean; commit?: boolean; check?: boolean; 'dry-run'?: boolean; input?: string; 'retention-days'?: string }): number | undefined {
  if (values.check && (values.archive || values.commit)) {
    const given = [values.archive ? '--archive' : undefined, values.commit ? '--commit' : undefined].filter(Boolean).join(' and ');
    throw usageError(`--check never writes; drop ${given}`);
  }
  if (values.commit && values['dry-run']) throw usageError('--dry-run writes nothing, so there is nothing to --commit');
  if ((values.archive || values.commit) && values.input !== undefined) {
    throw usageError(`${values.archive ? '--archive' : '--commit'} works on the configured stream (events_dir, archive_dir, output); drop --input`);
  }
  const raw = values['retention-days'];
  if (raw === undefined) return undefined;
  if (!values.archive) throw usageError('--retention-days only applies with --archive');
  if (!/^\d+$/.test(raw.trim())) throw usageError(`--retention-days needs a whole number of days ≥ 0, got "${raw.slice(0, 40)}"`);
  return Number(raw.trim());
}

async function commitTarget(config: LedgerConfig, world: World): Promise<GitRepo> {
  const repo = await requireRepo(world.cwd, world.env, '--commit');
  const operation = operationInProgress(repo);
  if (operation) throw operationError(operation, 'commit the ledger');
  repoPath(repo, config.output); // throws when the output lies outside the working tree
  return repo;
}

function archivePreview(plan: ArchivePlan, config: LedgerConfig): string[] {
  const lines = archiveLines(plan.retentionDays, plan.cutoff, plan.moves.length, config, true);
  return [...lines, ...plan.moves.map((m) => `  ${describeMove(m, config.root).from} → ${describeMove(m, config.root).to}`)];
}

function archiveLines(retentionDays: number, cutoff: string, count: number, config: LedgerConfig, dryRun: boolean): string[] {
  if (count === 0) return [`Nothing to archive: no event is older than ${retentionDays} day(s) (before ${cutoff}).`];
  const where = describeMove({ from: config.archiveDir, to: config.archiveDir, event: '' }, config.root).to;
  return [`${dryRun ? 'Would archive' : 'Archived'} ${count} event(s) older than ${retentionDays} day(s) into ${where}/ (the synthesized state is unchanged).`];
}

/** Say what the commit holds in the user's terms: the ledger, new events, archived events (a move is one event, not two paths). */
function commitLine(commit: CommitOutcome, config: LedgerConfig): string {
  if (!commit.committed) return 'Nothing to commit: the ledger paths already match HEAD.';
  const inside = (dir: string, path: string) => {
    const rel = relative(dir, resolve(config.root, path));
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  };
  let ledger = false;
  let archived = 0;
  let events = 0;
  for (const file of commit.files) {
    if (resolve(config.root, file) === resolve(config.output)) ledger = true;
    else if (inside(config.archiveDir, file)) archived += 1;
    else if (inside(config.eventsDir, file)) events += 1;
  }
  // Each archived event also left events/: count it once, as archived.
  const added = Math.max(0, events - archived);
  const parts = [
    ledger ? relative(config.root, config.output) : undefined,
    added > 0 ? plural(added, 'new event') : undefined,
    archived > 0 ? `${plural(archived, 'event')} archived` : undefined,
  ].filter((part): part is string => part !== undefined);
  return `Committed ${commit.sha?.slice(0, 12)}: ${parts.join(', ') || plural(commit.files.length, 'ledger file')} (nothing else was committed).`;
}

function check(synthesis: Synthesis, config: LedgerConfig, world: World, values: { json?: boolean; strict?: boolean }): number {
  const preview = buildPreview(synthesis, config.root);
  const differences = describeStaleness(synthesis, config.root);
  const strictFailed = Boolean(values.strict) && (synthesis.issues.length > 0 || synthesis.warningCount > 0);
  const ok = synthesis.status === 'fresh' && !strictFailed;
  if (values.json) {
    print(world.stdout, JSON.stringify({ ...preview, fresh: synthesis.status === 'fresh', differences }, null, 2));
  } else if (synthesis.status === 'fresh') {
    print(world.stdout, `${preview.output} is up to date (${plural(preview.events, 'event')}).`);
  } else {
    print(world.stderr, `${preview.output} is ${synthesis.status === 'missing' ? 'missing' : 'stale'}:`);
    printLines(world.stderr, differences.map((line) => `  ${line}`));
    print(world.stderr, `Run \`${selfCommand(world)} --no-confirm\` and commit the result.`);
  }
  if (!values.json) printLines(world.stderr, formatSkipped(preview));
  if (strictFailed) print(world.stderr, `--strict: ${strictProblems(synthesis.issues.length, synthesis.warningCount)}`);
  return ok ? EXIT.ok : EXIT.failed;
}

function strictFailure(preview: Preview, world: World, json: boolean): number {
  if (json) print(world.stdout, JSON.stringify({ ...preview, written: false, error: 'E_STRICT' }, null, 2));
  printLines(world.stderr, formatSkipped(preview));
  print(world.stderr, `--strict: ${strictProblems(preview.skipped.length, preview.warningCount)}; nothing written`);
  return EXIT.failed;
}

/** What --strict fails on: skipped files and warnings (forgiven slips), whichever there are. */
function strictProblems(skipped: number, warnings: number): string {
  const parts = [skipped > 0 ? `${skipped} malformed event file(s)` : undefined, warnings > 0 ? `${warnings} warning(s)` : undefined];
  return parts.filter(Boolean).join(' and ');
}

/** What the plain run prints when current.md is up to date (and what the memo keeps of it). */
interface RememberedRun {
  readonly output: string;
  readonly events: number;
  readonly skipped: readonly EventIssue[];
  readonly warnings: readonly EventWarning[];
  readonly warningCount: number;
  readonly warningFiles: number;
}

function outcomeLine(final: { output: string; events: number }, agents: number, written: boolean, planned: Synthesis | undefined): string {
  const arrived = planned ? final.events - planned.eventCount : 0;
  const extra = arrived > 0 ? ` (${arrived} more arrived since the preview)` : '';
  return written
    ? `Wrote ${final.output}: ${plural(final.events, 'event')} from ${plural(agents, 'agent')}${extra}.`
    : `${final.output} is already up to date (${plural(final.events, 'event')}).`;
}

function agentCount(synthesis: Synthesis): number {
  const agents = new Set<string>();
  for (const summary of synthesis.state.events.values()) agents.add(summary.stamp.agent);
  return agents.size;
}

/**
 * An empty ledger never replaces a good one by accident: an --input glob that matches nothing, or
 * a missing events directory, is a usage error (exit 2, saying what was looked for) unless
 * --allow-empty. Outside any repository and without a config, a person on a terminal is asked
 * where the ledger would go (a stray run would otherwise create thoughts/… in whatever directory).
 */
async function refuseEmpty(config: LedgerConfig, values: { input?: string; 'no-confirm'?: boolean; json?: boolean; 'dry-run'?: boolean; check?: boolean; full?: boolean }, world: World): Promise<number | undefined> {
  const hint = 'Pass --allow-empty to write an empty ledger anyway.';
  if (values.input !== undefined) {
    const matched = await discoverEventFiles({ eventsDir: config.eventsDir, inputGlob: values.input, cwd: world.cwd, output: config.output });
    if (matched.length > 0) return undefined;
    throw new LedgerError('E_USAGE', `--input "${values.input}" matches no file (looked from ${world.cwd}); nothing was written`, { hint: `Check the glob (quote it so the shell does not expand it). ${hint}` });
  }
  if (existsSync(config.eventsDir) || existsSync(config.archiveDir)) return undefined;
  const events = shownPath(config.eventsDir, world.cwd);
  const output = shownPath(config.output, world.cwd);
  const outsideRepo = config.configFile === undefined && !existsSync(join(config.root, '.git'));
  if (!outsideRepo) {
    throw new LedgerError('E_USAGE', `no events directory at ${events} (events_dir); nothing was written`, {
      hint: `Run \`cc-synthesize install\` (it creates it), set events_dir in ${CONFIG_FILE_NAME}, or pass --input GLOB. ${hint}`,
    });
  }
  const where = `not in a git repository and no ${CONFIG_FILE_NAME}: the ledger would go to ${output} (events from ${events}, which does not exist)`;
  const mayAsk = isInteractive(world) && !values['no-confirm'] && !values.json && !values['dry-run'] && !values.check && !values.full;
  if (!mayAsk) {
    throw new LedgerError('E_USAGE', `${where}; nothing was written`, {
      hint: `Run it inside your repository, add ${CONFIG_FILE_NAME}, or pass --output PATH. ${hint}`,
    });
  }
  print(world.stdout, `${where.charAt(0).toUpperCase()}${where.slice(1)}.`);
  const answer = await confirm(world, `Write an empty ledger to ${output}?`, false);
  if (answer === true) return undefined;
  if (answer === 'interrupted') {
    print(world.stdout);
    return EXIT.interrupted;
  }
  print(world.stdout, 'Nothing written.');
  return EXIT.ok;
}

function shownPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** A directory where current.md should go is a usage/config mistake, not an I/O crash half-way through. */
function rejectDirectoryOutput(output: string, fromFlag: boolean): void {
  let isDirectory = false;
  try {
    isDirectory = statSync(output).isDirectory();
  } catch {
    return; // missing (will be created) or unreadable (reported by the write itself)
  }
  if (!isDirectory) return;
  const message = `the output ${output} is a directory; expected a file path such as thoughts/shared/handoffs/current.md`;
  if (fromFlag) throw usageError(`--output: ${message}`);
  throw new LedgerError('E_CONFIG', message, { hint: `Set "output" in ${CONFIG_FILE_NAME} (or pass --output) to a file path.` });
}

function printLines(stream: World['stdout'] | World['stderr'], lines: string[]): void {
  for (const line of lines) print(stream, line);
}

/** Publish stranded sessions' drafts (see recover.ts); one note on stderr when something was recovered. Never fails the run. */
async function recoverBeforePlanning(config: LedgerConfig, world: World): Promise<void> {
  try {
    const line = describeRecovery(await recoverStrandedSessions({ root: config.root, env: world.env, nowMs: Date.now(), exclude: world.env.LEDGER_SYNTH_SESSION }));
    if (line) world.stderr.write(`note: ${line}\n`);
  } catch {
    // Best effort: the next hook or command tries again.
  }
}
