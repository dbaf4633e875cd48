import { relative } from 'node:path';
import {
  checkEventKey,
  checkLabels,
  checkNote,
  displayName,
  formatIdLabel,
  formatReservedId,
  LedgerError,
  MAX_BATCH,
  parseCount,
  parseIdLabel,
  quoteInput,
  type EventIssue,
  type FoldMode,
  type IdLabel,
} from '@ledger-synth/core';
import {
  allocateIds,
  checkReservePrefix,
  conflictedPaths,
  continueCommand,
  initCounters,
  loadConfig,
  namespaceOfKind,
  openRepo,
  operationInProgress,
  planIdPage,
  rebuildIdPage,
  repoPath,
  reserveIds,
  resolveIdsSettings,
  stagePaths,
  checkAllRefs,
  type IdsSettings,
  type PublicationSummary,
} from '@ledger-synth/node';
import { parseCommandArgs } from '../args.js';
import { EXIT } from '../exit-codes.js';
import { print, type World } from '../world.js';

export const IDS_HELP = `cc-synthesize ids — collision-free ids for parallel agents

Within one checkout (a counter under a file lock):
  cc-synthesize ids reserve PREFIX [COUNT]   reserve COUNT (default 1, max 1000) ids, e.g. SEC-20;
                                             prints {"ids":[...],"reservedAt":"..."}
  cc-synthesize ids init [FILE...]           seed counters from the highest ids in documents
                                             (default: ids.sources, e.g. TASKS.md); never lowers one

Across branches and machines (allocation events, first published wins):
  cc-synthesize ids allocate --kind K --event KEY [--count N | --ids "#42,#43"] [--note TEXT]
                                             publish an allocation; prints the provisional ids
  cc-synthesize ids rebuild [--gapped]       fold all allocations and write the ledger page;
                                             a loser is renumbered (or, with --gapped, left as a gap)
  cc-synthesize ids verify [--gapped]        exit 1 if the page diverges from the record; writes nothing
  cc-synthesize ids check --all-refs         CI: exit 1 when unpublished allocations on two branches
                                             (local or remote-tracking) hold the same provisional id

First published wins by publication order: an allocation's rank is the position, on the integration
branch (ids.integration_branch; default the remote's default branch, else main), of the first-parent
commit that brought it in. Allocations not landed there are provisional and rank after every landed
one (by stamp); within one landing commit the stamp breaks ties. A landed id never changes. In a
shallow clone verify takes the order recorded on the page and says that it could not check it.

Options:
  --kind K          allocation kind (ids.kinds; default occ, nm, fold, meta, all "#" labels)
  --event KEY       durable key: a commit SHA or a prior anchor such as "#42" (required)
  --count N         how many ids to mint (default 1)
  --ids LIST        backfill existing ids instead (refused if any already has an anchor)
  --note TEXT       free text recorded on the allocation
  --agent NAME      who allocates (default LEDGER_SYNTH_AGENT, config "agent", then $USER)
  --branch NAME     branch recorded on the allocation
  --json            allocate: print {"ids":[...],"file":...} instead of the bare ids
  --gapped          rebuild/verify: leave losers as visible gaps instead of renumbering
  --strict          rebuild/verify: fail if an allocation event file is malformed
  -h, --help        show this help

Configuration (.ledger-synth.yaml):
  ids:
    prefixes: [SEC, PERF, UX]              # reserve: valid prefixes (empty = any upper-case prefix)
    sources: [TASKS.md]                    # init: documents to scan
    kinds: [occ, nm, fold, meta]           # allocate: kinds (or a mapping kind → namespace)
    events_dir: thoughts/shared/ids/events
    page: thoughts/shared/ids/ledger.md
    mode: renumber                         # or gapped
    integration_branch: origin/main        # default: refs/remotes/origin/HEAD, else main

Exit codes: 0 ok · 1 diverged, refused or failed · 2 usage or configuration error
`;

type Sub = (args: string[], world: World) => Promise<number>;

const SUBCOMMANDS: Record<string, Sub> = { reserve, init, allocate, rebuild, verify, check };

export async function idsCommand(args: string[], world: World): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined) {
    world.stderr.write(IDS_HELP);
    return EXIT.usage;
  }
  if (name === '-h' || name === '--help' || name === 'help') return help(world);
  if (!Object.hasOwn(SUBCOMMANDS, name)) {
    throw new LedgerError('E_USAGE', `unknown ids command ${quoteInput(name)}; expected one of: ${Object.keys(SUBCOMMANDS).join(', ')}`, {
      hint: 'Run `cc-synthesize ids --help` for usage.',
    });
  }
  return SUBCOMMANDS[name]!(rest, world);
}

function usage(message: string): LedgerError {
  return new LedgerError('E_USAGE', message, { hint: 'Run `cc-synthesize ids --help` for usage.' });
}

function settingsFor(world: World): IdsSettings {
  return resolveIdsSettings(loadConfig(world.cwd, world.env));
}

/** A leading `-5` would otherwise read as an unknown option; say what is wrong with it instead. */
function rejectNegativeCounts(args: string[]): void {
  const negative = args.find((arg) => /^-\d/.test(arg));
  if (negative !== undefined) throw usage(`count must be a whole number from 1 to ${MAX_BATCH}, got ${quoteInput(negative)}`);
}

async function reserve(args: string[], world: World): Promise<number> {
  rejectNegativeCounts(args);
  const { values, positionals } = parseCommandArgs(args, { help: { type: 'boolean', short: 'h' } }, true);
  if (values.help) return help(world);
  const [prefix, countText, ...extra] = positionals;
  if (prefix === undefined) throw usage('ids reserve needs a PREFIX, e.g. `cc-synthesize ids reserve SEC 3`');
  if (extra.length > 0) throw usage(`ids reserve takes PREFIX [COUNT], got extra ${quoteInput(extra.join(' '))}`);
  const count = countText === undefined ? { ok: true as const, count: 1 } : parseCount(countText);
  if (!count.ok) throw usage(count.reason);
  const settings = settingsFor(world);
  checkReservePrefix(settings, prefix);
  const reservation = await reserveIds(settings, prefix, count.count);
  if (reservation.seeded) {
    const { files, from } = reservation.seeded;
    print(
      world.stderr,
      files.length > 0
        ? `note: first use of ${prefix}: counter started at ${from}, the highest ${prefix} id in ${files.join(', ')}`
        : `note: first use of ${prefix}: no documents to seed from (ids.sources: ${settings.sources.join(', ')}), starting at 0`,
    );
  }
  print(world.stdout, JSON.stringify({ ids: reservation.ids, reservedAt: reservation.reservedAt }));
  return EXIT.ok;
}

async function init(args: string[], world: World): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { help: { type: 'boolean', short: 'h' } }, true);
  if (values.help) return help(world);
  const settings = settingsFor(world);
  const result = await initCounters(settings, positionals.length > 0 ? { paths: positionals, base: world.cwd } : undefined);
  if (result.files.length === 0) {
    print(world.stdout, `no documents to scan (ids.sources: ${settings.sources.join(', ')}); counters unchanged`);
    return EXIT.ok;
  }
  print(world.stdout, `scanned ${result.files.join(', ')}: ${result.prefixes.length} prefix${result.prefixes.length === 1 ? '' : 'es'} found`);
  const width = Math.max(0, ...result.prefixes.map((p) => p.prefix.length));
  for (const p of result.prefixes) {
    const change =
      p.after !== p.before ? (p.before === 0 ? 'new' : `was ${p.before}`) : p.found < p.before ? `kept: never lowered, highest found ${p.found}` : 'unchanged';
    const padded = p.width > 0 ? `; zero-padded to ${p.width} digits: next ${formatReservedId(p.prefix, p.after + 1, p.width)}` : '';
    print(world.stdout, `  ${p.prefix.padEnd(width)} → ${p.after} (${change}${padded})`);
  }
  for (const prefix of result.notFound) print(world.stdout, `  ${prefix.padEnd(width)}   no ids found`);
  print(world.stdout, result.written ? `counters written to ${relative(settings.root, settings.countersFile)}` : 'counters unchanged');
  return EXIT.ok;
}

const ALLOCATE_OPTIONS = {
  kind: { type: 'string' },
  count: { type: 'string' },
  ids: { type: 'string' },
  event: { type: 'string' },
  note: { type: 'string' },
  agent: { type: 'string' },
  branch: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

async function allocate(args: string[], world: World): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, ALLOCATE_OPTIONS, true);
  if (values.help) return help(world);
  if (positionals.length > 0) throw usage(`ids allocate takes options only, got ${quoteInput(positionals.join(' '))}`);
  if (values.kind === undefined) throw usage('ids allocate needs --kind, e.g. --kind occ');
  if (values.event === undefined || values.event.trim() === '') throw usage('ids allocate needs --event: the commit SHA (or prior anchor) this allocation is about');
  const eventProblem = checkEventKey(values.event.trim());
  if (eventProblem) throw usage(eventProblem);
  if (values.count !== undefined && values.ids !== undefined) throw usage('use either --count (mint new ids) or --ids (backfill existing ones), not both');
  let count = 1;
  if (values.count !== undefined) {
    const parsed = parseCount(values.count);
    if (!parsed.ok) throw usage(parsed.reason);
    count = parsed.count;
  }
  const labels = values.ids === undefined ? undefined : parseLabelList(values.ids);
  const note = values.note?.trim();
  const noteProblem = note === undefined ? undefined : checkNote(note);
  if (noteProblem) throw usage(noteProblem);
  const branch = values.branch?.trim() || undefined;

  const settings = settingsFor(world);
  const agent = agentFor(values.agent, settings, world);
  const namespace = namespaceOfKind(settings, values.kind);
  const foreign = labels?.find((label) => label.namespace !== namespace);
  if (foreign) {
    const style = namespace === '#' ? '"#" labels such as #42' : `${namespace}-N labels such as ${namespace}-1`;
    throw usage(`${formatIdLabel(foreign)} is not an id of kind ${values.kind}, which uses ${style}`);
  }

  const outcome = await allocateIds(settings, {
    kind: values.kind,
    namespace,
    count: labels ? undefined : count,
    labels,
    event: values.event.trim(),
    note: note === '' ? undefined : note,
    agent,
    branch,
  });
  reportIssues(world, outcome.issues);
  const ids = outcome.labels.map(formatIdLabel);
  const file = relative(settings.root, outcome.path) || outcome.path;
  if (values.json) print(world.stdout, JSON.stringify({ ids, provisional: labels === undefined, kind: values.kind, event: values.event.trim(), file }));
  else {
    print(world.stdout, ids.join(' '));
    print(world.stderr, `published ${file}${labels ? '' : ' (provisional until `cc-synthesize ids rebuild` over the merged record)'}`);
  }
  return EXIT.ok;
}

function parseLabelList(text: string): IdLabel[] {
  const parts = text.split(',').map((part) => part.trim());
  if (parts.every((part) => part === '')) throw usage('--ids needs comma-separated ids, e.g. --ids "#42,#43"');
  const labels: IdLabel[] = [];
  for (const part of parts) {
    const parsed = parseIdLabel(part);
    if (!parsed.ok) throw usage(`--ids: ${parsed.reason}`);
    labels.push(parsed.label);
  }
  const problem = checkLabels(labels);
  if (problem) throw usage(`--ids: ${problem}`);
  return labels;
}

/** `--agent`, else LEDGER_SYNTH_AGENT or config `agent` (already merged into the settings), else the login name. */
function agentFor(flag: string | undefined, settings: IdsSettings, world: World): string {
  const agent = flag?.trim() || settings.agent || world.env.USER || world.env.LOGNAME || world.env.USERNAME || 'agent';
  if (agent.length > 200 || /[\u0000-\u001f\u007f]/.test(agent)) throw usage(`--agent must be 1-200 printable characters, got ${quoteInput(agent)}`);
  return agent;
}

const PAGE_OPTIONS = {
  gapped: { type: 'boolean' },
  strict: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

async function rebuild(args: string[], world: World): Promise<number> {
  const { values } = parseCommandArgs(args, PAGE_OPTIONS);
  if (values.help) return help(world);
  const settings = settingsFor(world);
  const mode: FoldMode = values.gapped ? 'gapped' : settings.mode;
  if (values.strict) {
    const planned = await planIdPage(settings, mode);
    if (planned.issues.length > 0) return strictFailure(world, planned.issues, 'nothing written');
  }
  const { plan, written } = await rebuildIdPage(settings, mode);
  const { projection } = plan;
  reportIssues(world, plan.issues);
  if (plan.rendered && plan.rendered.missingAnchors.length > 0) {
    print(world.stderr, `warning: prose cites missing anchors: ${plan.rendered.missingAnchors.join(', ')}`);
  }
  print(world.stdout, `rebuilt: ${projection.entries.length} ids, ${projection.doubleAllocations} double-allocation(s)`);
  reportPublication(world, plan.publication, projection.allocations.length);
  for (const entry of projection.entries) {
    if (!entry.renumbered) continue;
    const { from, winner } = entry.renumbered;
    print(
      world.stdout,
      `  ${formatIdLabel(entry.label)} (was ${formatIdLabel(from)}, renumbered: first published by ${winner.stamp.agent} at ${winner.stamp.instant.iso}) ← ${entry.allocation.stamp.file}`,
    );
  }
  for (const gap of projection.gaps) {
    print(world.stdout, `  ${formatIdLabel(gap.requested)} gap: ${gap.allocation.stamp.file} lost to ${gap.winner.stamp.agent} at ${gap.winner.stamp.instant.iso}; re-allocate it`);
  }
  if (plan.conflicted && written) await stageSettledPage(plan.page, plan.pageName, world);
  return EXIT.ok;
}

/** A page git left conflicted is settled by the rebuild: stage it, as `resolve` does for current.md. */
async function stageSettledPage(page: string, pageName: string, world: World): Promise<void> {
  const repo = await openRepo(world.cwd, world.env);
  const path = repo ? repoPath(repo, page) : undefined;
  if (!repo || !path || !(await conflictedPaths(repo)).includes(path)) {
    print(world.stdout, `settled the conflict markers in ${pageName} (prose kept from both sides)`);
    return;
  }
  await stagePaths(repo, [path]);
  print(world.stdout, `settled the conflicted ${pageName} (prose kept from both sides) and staged it; continue with: ${continueCommand(operationInProgress(repo))}`);
}

async function verify(args: string[], world: World): Promise<number> {
  const { values } = parseCommandArgs(args, PAGE_OPTIONS);
  if (values.help) return help(world);
  const settings = settingsFor(world);
  const mode: FoldMode = values.gapped ? 'gapped' : settings.mode;
  const plan = await planIdPage(settings, mode);
  reportIssues(world, plan.issues);
  if (plan.publication.unchecked) print(world.stderr, `note: could not check: ${plan.publication.unchecked}`);
  const strictFailed = Boolean(values.strict) && plan.issues.length > 0;
  if (plan.divergences.length === 0 && !strictFailed) {
    print(world.stdout, 'verify: clean');
    return EXIT.ok;
  }
  if (plan.divergences.length > 0) {
    print(world.stderr, `verify: ${plan.pageName} diverges from the allocation record:`);
    for (const line of plan.divergences) print(world.stderr, `  - ${line}`);
    const recorded = /\n {2}mode: (\w+)\n/.exec(plan.previous ?? '')?.[1];
    if (recorded !== undefined && recorded !== mode) {
      print(world.stderr, `The page was rebuilt in ${recorded} mode; verify with ${recorded === 'gapped' ? '--gapped' : 'ids.mode: renumber'} to compare like with like.`);
    }
    print(world.stderr, 'Run `cc-synthesize ids rebuild`, then verify again.');
  }
  if (strictFailed) print(world.stderr, `verify: --strict: ${plan.issues.length} malformed allocation event file(s)`);
  return EXIT.failed;
}

function reportPublication(world: World, publication: PublicationSummary, total: number): void {
  if (publication.source === 'history' && publication.integration) {
    print(world.stdout, `order: ${publication.published} landed on ${publication.integration.replace(/^refs\/(heads|remotes)\//, '')}, ${total - publication.published} provisional`);
  }
  if (publication.unchecked) print(world.stderr, `note: ${publication.unchecked}`);
}

const CHECK_OPTIONS = {
  'all-refs': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** CI: do two unlanded branches hold the same provisional id? Names both (and every branch carrying each). */
async function check(args: string[], world: World): Promise<number> {
  const { values } = parseCommandArgs(args, CHECK_OPTIONS);
  if (values.help) return help(world);
  if (!values['all-refs']) throw usage('ids check needs --all-refs (it checks every local and remote-tracking branch)');
  const settings = settingsFor(world);
  const result = await checkAllRefs(settings, { env: world.env });
  reportIssues(world, result.issues);
  const onto = result.integration ? result.integration.replace(/^refs\/(heads|remotes)\//, '') : '(no integration branch: every allocation is provisional)';
  print(world.stdout, `checked ${result.refs} ref(s) against ${onto}: ${result.unpublished.length} unpublished allocation(s)`);
  for (const { id, claim, holder } of result.taken) {
    print(world.stdout, `  note: ${id} on ${claim.branches.join(', ')} (${claim.file}) is already published by ${holder.stamp.agent} (${holder.stamp.file}); it will be renumbered when it lands`);
  }
  if (result.incomplete) print(world.stderr, `ids check: ${result.incomplete}`);
  if (result.clashes.length === 0) {
    if (!result.incomplete) print(world.stdout, 'check: no provisional id is held by two unpublished branches');
    return result.incomplete ? EXIT.failed : EXIT.ok;
  }
  print(world.stderr, `ids check: ${result.clashes.length} provisional id(s) held by more than one unpublished allocation:`);
  for (const clash of result.clashes) {
    const holders = clash.claims.map((c) => `${c.branches.join(', ')} (${c.allocation.stamp.agent}, ${c.file})`);
    print(world.stderr, `  - ${clash.id}: ${holders.join(' and ')}`);
  }
  print(world.stderr, 'Whichever lands first keeps the id; the other is renumbered at `ids rebuild`. Re-allocate on one branch now to avoid the churn.');
  return EXIT.failed;
}

function strictFailure(world: World, issues: readonly EventIssue[], outcome: string): number {
  reportIssues(world, issues);
  print(world.stderr, `--strict: ${issues.length} malformed allocation event file(s); ${outcome}`);
  return EXIT.failed;
}

function reportIssues(world: World, issues: readonly EventIssue[]): void {
  for (const issue of issues) print(world.stderr, `warning: skipped ${displayName(issue.file)}: ${issue.reason}`);
}

function help(world: World): number {
  world.stdout.write(IDS_HELP);
  return EXIT.ok;
}
