import {
  inFlightLine,
  LedgerError,
  previewAllBranches,
  quoteInput,
  renderLedger,
  type BranchPreview,
  type DecisionConflict,
  type RemoteInFlight,
} from '@ledger-synth/core';
import { generatedAtFor, loadConfig, planSynthesis, readRemoteEvents, runGit, toInFlight, type RemoteEvents } from '@ledger-synth/node';
import { parseCommandArgs } from '../args.js';
import { EXIT } from '../exit-codes.js';
import { print, type World } from '../world.js';

export const STATUS_HELP = `cc-synthesize status — what other machines are doing, as of the last fetch

  cc-synthesize status                 events on remote-tracking branches (refs/remotes/*) that HEAD
                                       does not have: branch, when, agent, Now, open questions
  cc-synthesize status --preview       the ledger as it will be once every branch lands (HEAD plus
                                       every remote branch's events, the same fold), with decisions
                                       that conflict across branches shown explicitly

Read with git plumbing only: no checkout and no network (unless --fetch).

Options:
  --fetch            run \`git fetch --all --prune\` first (network)
  --no-remote        do not read remote branches (as config remote_events: false)
  --preview          fold HEAD plus every remote branch; list decision conflicts
  --markdown         with --preview: print the previewed current.md instead of the summary
  --max N            read at most N new events (default remote_events_max, 200; --preview: all)
  --timeout-ms N     deadline for the git reads (default 5000)
  --json             print the result as JSON
  -h, --help         show this help

Configuration (.ledger-synth.yaml): remote_events: true|false, remote_events_max: 200,
remote_events_timeout_ms: 400 (the SessionStart hook's deadline; past it the section says so).

Exit codes: 0 ok · 1 the read was cut short by the deadline · 2 usage or configuration error
`;

const OPTIONS = {
  fetch: { type: 'boolean' },
  'no-remote': { type: 'boolean' },
  preview: { type: 'boolean' },
  markdown: { type: 'boolean' },
  max: { type: 'string' },
  'timeout-ms': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Read everything, call the pure planner (the core fold), then print or serialize. */
export async function statusCommand(args: string[], world: World): Promise<number> {
  const { values } = parseCommandArgs(args, OPTIONS);
  if (values.help) {
    world.stdout.write(STATUS_HELP);
    return EXIT.ok;
  }
  if (values.markdown && !values.preview) throw usage('--markdown shows the preview: use it with --preview');
  if (values['no-remote'] && (values.preview || values.fetch)) throw usage('--no-remote cannot be combined with --preview or --fetch');
  const config = loadConfig(world.cwd, world.env);
  if (values['no-remote'] || (!config.remoteEvents.enabled && !values.preview && !values.fetch)) {
    print(world.stdout, 'remote branches: not read (--no-remote or remote_events: false)');
    return EXIT.ok;
  }
  const timeoutMs = positive(values['timeout-ms'], '--timeout-ms') ?? 5_000;
  const max = positive(values.max, '--max') ?? (values.preview ? Number.MAX_SAFE_INTEGER : config.remoteEvents.max);

  if (values.fetch) {
    const fetched = await runGit(config.root, ['fetch', '--all', '--prune', '--quiet'], { env: world.env, timeoutMs: 120_000 });
    if (!fetched.ok) print(world.stderr, `warning: git fetch failed${fetched.timedOut ? ' (timed out)' : ''}: ${fetched.stderr.split('\n')[0] ?? ''}; showing what the last fetch brought`);
  }
  const remote = await readRemoteEvents({
    cwd: config.root,
    eventsDir: config.eventsDir,
    archiveDir: config.archiveDir,
    max,
    timeoutMs,
    maxEventBytes: config.maxEventBytes,
    env: world.env,
  });
  for (const issue of remote.issues) print(world.stderr, `warning: skipped ${issue.file}: ${issue.reason}`);
  const inFlight = toInFlight(remote);

  if (!values.preview) {
    if (values.json) print(world.stdout, JSON.stringify({ refs: remote.refs, inFlight }, null, 2));
    else printInFlight(world, remote, inFlight);
    return remote.note?.startsWith('skipped') || remote.note?.startsWith('cut short') || remote.note?.startsWith('incomplete') ? EXIT.failed : EXIT.ok;
  }

  const synthesis = await planSynthesis({ config, cwd: world.cwd, env: world.env }, { warningLimit: 0 });
  const preview = previewAllBranches(
    synthesis.state,
    remote.events.map(({ event, branches }) => ({ event, branches })),
  );
  const incomplete = remote.note !== undefined && !remote.note.startsWith('not a git');
  if (values.markdown) {
    world.stdout.write(renderLedger(preview.state, { generatedAt: generatedAtFor(world.env) }));
  } else if (values.json) {
    print(world.stdout, JSON.stringify({ refs: remote.refs, inFlight, preview: previewJson(preview, synthesis.eventCount), incomplete: remote.note }, null, 2));
  } else {
    printInFlight(world, remote, inFlight);
    printPreview(world, preview, synthesis.eventCount);
  }
  if (incomplete) print(world.stderr, `status: the preview is incomplete: ${remote.note}`);
  return incomplete ? EXIT.failed : EXIT.ok;
}

function printInFlight(world: World, remote: RemoteEvents, inFlight: RemoteInFlight): void {
  print(world.stdout, `remote branches: ${remote.refs} read (as of the last fetch; --fetch to fetch first)`);
  if (inFlight.total === 0) print(world.stdout, 'in flight on other machines: nothing that HEAD does not have');
  else {
    print(world.stdout, `in flight on other machines: ${inFlight.total} event(s) on remote branches, not on HEAD (newest first)`);
    for (const event of inFlight.events) print(world.stdout, inFlightLine(event, oneLine));
  }
  if (inFlight.note) print(world.stdout, `  (${inFlight.note})`);
}

function printPreview(world: World, preview: BranchPreview, headEvents: number): void {
  const { state, conflicts } = preview;
  print(world.stdout, '');
  print(world.stdout, `preview, once every branch lands: ${state.events.size} event(s) (HEAD ${headEvents} + ${preview.added} from remote branches)`);
  if (state.now) print(world.stdout, `  Now: ${oneLine(state.now.value, 200)} (${state.now.stamp.agent}, ${state.now.stamp.instant.iso})`);
  if (conflicts.length === 0) {
    print(world.stdout, 'decision conflicts: none (no key is decided differently on two branches)');
    return;
  }
  print(world.stdout, `decision conflicts: ${conflicts.length} key(s) decided differently on two branches`);
  for (const conflict of conflicts) {
    print(world.stdout, `- ${oneLine(conflict.key, 120)}`);
    for (const side of conflict.sides) {
      print(world.stdout, `    ${side.source}: ${quoteInput(side.value, 120)} (${side.stamp.agent}, ${side.stamp.instant.iso})`);
    }
    print(world.stdout, `    → last writer wins: ${quoteInput(conflict.winner.value, 120)} (${conflict.winner.stamp.agent}, ${conflict.winner.stamp.instant.iso})`);
  }
}

function previewJson(preview: BranchPreview, headEvents: number) {
  const side = (s: DecisionConflict['sides'][number]) => ({ source: s.source, value: s.value, agent: s.stamp.agent, ts: s.stamp.instant.iso, file: s.stamp.file });
  return {
    events: preview.state.events.size,
    headEvents,
    added: preview.added,
    now: preview.state.now ? { value: preview.state.now.value, agent: preview.state.now.stamp.agent, ts: preview.state.now.stamp.instant.iso } : null,
    conflicts: preview.conflicts.map((c) => ({
      key: c.key,
      sides: c.sides.map(side),
      winner: { value: c.winner.value, agent: c.winner.stamp.agent, ts: c.winner.stamp.instant.iso, file: c.winner.stamp.file },
    })),
  };
}

function positive(text: string | undefined, flag: string): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text.trim()) || Number(text) < 1) throw usage(`${flag} must be a whole number ≥ 1, got ${quoteInput(text)}`);
  return Number(text);
}

function usage(message: string): LedgerError {
  return new LedgerError('E_USAGE', message, { hint: 'Run `cc-synthesize status --help` for usage.' });
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
