import { existsSync, realpathSync } from 'node:fs';
import { relative } from 'node:path';
import {
  DRIVER_NAME,
  hookCliCommand,
  installMergeSetup,
  lastReflogSubject,
  loadConfig,
  openRepo,
  operationInProgress,
  requireRepo,
  synthesizeStream,
  uninstallMergeSetup,
  type SetupChange,
} from '@ledger-synth/node';
import { parseCommandArgs, usageError } from '../args.js';
import { EXIT } from '../exit-codes.js';
import { selfCommand } from '../self.js';
import { print, type World } from '../world.js';

export const MERGE_DRIVER_HELP = `cc-synthesize merge-driver — keep merges, rebases and cherry-picks from ever stopping on current.md

Usage:
  cc-synthesize merge-driver install [--output PATH]     set up this clone (idempotent; prints what changed)
  cc-synthesize merge-driver uninstall [--output PATH]   undo exactly that
  cc-synthesize merge-driver run %O %A %B %P             keeps our side, exits 0 (the driver of earlier
                                                         installs; install now writes a shell echo)
  cc-synthesize merge-driver regenerate [--hook NAME]    rewrite current.md from the events (hooks call this)

install writes three things:
  .gitattributes            /<output> merge=${DRIVER_NAME}   (commit it; it is shared)
  .git/config               merge.${DRIVER_NAME}.driver      (per clone: every clone runs install once)
  hooks (core.hooksPath     post-merge, post-rewrite, post-commit: regenerate current.md after a merge,
   or .git/hooks)           rebase, cherry-pick or revert. Existing hooks are kept; a block is added.

The driver never synthesizes: git calls it mid-merge, holding the index lock, before the other files are
merged. The hooks regenerate afterwards and leave current.md modified in the working tree; commit it
(\`cc-synthesize --no-confirm --commit\`). GitHub's merge button ignores merge drivers: see
\`cc-synthesize resolve\` and docs/git.md.
`;

/** `cc-synthesize merge-driver <install|uninstall|run|regenerate>` (also reached via `install --merge-driver`). */
export async function mergeDriverCommand(args: string[], world: World): Promise<number> {
  const [sub, ...rest] = args;
  switch (sub) {
    case 'install':
    case 'uninstall':
      return setup(sub, rest, world);
    case 'run':
      return runDriver(rest, world);
    case 'regenerate':
      return regenerate(rest, world);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      world.stdout.write(MERGE_DRIVER_HELP);
      return EXIT.ok;
    default:
      throw usageError(`unknown merge-driver subcommand "${sub}"; expected install, uninstall, run or regenerate`);
  }
}

async function setup(sub: 'install' | 'uninstall', args: string[], world: World): Promise<number> {
  const { values } = parseCommandArgs(args, { output: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    world.stdout.write(MERGE_DRIVER_HELP);
    return EXIT.ok;
  }
  const config = loadConfig(world.cwd, world.env, { output: values.output });
  const repo = await requireRepo(world.cwd, world.env, `merge-driver ${sub}`);
  const changes =
    sub === 'install'
      ? await installMergeSetup({ repo, output: config.output, command: hookCliCommand(repo.top, runningCli(world)) })
      : await uninstallMergeSetup({ repo, output: config.output });
  if (values.json) {
    print(world.stdout, JSON.stringify({ [sub]: changes.map((c) => ({ ...c, target: shown(c.target, repo.top) })) }, null, 2));
    return EXIT.ok;
  }
  const changed = changes.filter((c) => c.action !== 'unchanged' && c.action !== 'absent');
  for (const change of changes) print(world.stdout, describe(change, repo.top));
  if (changed.length === 0) print(world.stdout, sub === 'install' ? 'Already installed: nothing changed.' : 'Nothing to remove: nothing changed.');
  else if (sub === 'install') {
    print(world.stdout, 'Merges, rebases and cherry-picks in this clone no longer stop on current.md; it is regenerated afterwards.');
    const self = selfCommand(world);
    print(world.stdout, `Other clones (git config is never cloned): their first Claude Code session sets this up (SessionStart), or run \`${self} install\` or \`${self} merge-driver install\` there.`);
  }
  return EXIT.ok;
}

/**
 * The command git runs for the attribute: `%A` already holds our side, so keeping it is "do
 * nothing and exit 0". Exit 0 tells git the file merged cleanly; the hooks regenerate it later.
 */
async function runDriver(args: string[], world: World): Promise<number> {
  if (args.length < 3) throw usageError('merge-driver run expects the paths git passes: %O %A %B [%P]');
  const path = args[3] ?? 'current.md';
  print(world.stderr, `ledger-synth: kept our side of ${path}; it is regenerated from the events once git finishes`);
  return EXIT.ok;
}

/**
 * Regenerate the ledger. With --hook, called by git after an operation: it decides whether that
 * operation could have left current.md stale, and it never fails (a hook must not break git).
 */
async function regenerate(args: string[], world: World): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { hook: { type: 'string' }, output: { type: 'string' } }, true);
  const hook = values.hook;
  try {
    const why = hook === undefined ? 'on request' : await hookReason(hook, positionals, world);
    if (why === undefined) return EXIT.ok;
    const config = loadConfig(world.cwd, world.env, { output: values.output });
    // A branch without a ledger (older history, another project layout): never create one from a hook.
    if (hook !== undefined && !existsSync(config.output) && !existsSync(config.eventsDir)) return EXIT.ok;
    const { synthesis, written } = await synthesizeStream({ config, cwd: world.cwd, env: world.env }, { warningLimit: 0 });
    const where = relative(config.root, config.output) || config.output;
    if (written) {
      print(world.stderr, `ledger-synth: regenerated ${where} ${why} (${synthesis.eventCount} events); commit it with \`${selfCommand(world)} --no-confirm --commit\``);
    } else if (hook === undefined) {
      print(world.stderr, `ledger-synth: ${where} is already up to date (${synthesis.eventCount} events)`);
    }
    return EXIT.ok;
  } catch (error) {
    if (hook === undefined) throw error;
    print(world.stderr, `ledger-synth: could not regenerate current.md after ${hook}: ${(error as Error).message}`);
    print(world.stderr, `ledger-synth: run \`${selfCommand(world)} resolve\` to regenerate and stage it.`);
    return EXIT.ok;
  }
}

/** Why this hook run should regenerate, or undefined when the operation cannot have left it stale. */
async function hookReason(hook: string, args: string[], world: World): Promise<string | undefined> {
  switch (hook) {
    case 'post-merge':
      return 'after the merge';
    case 'post-rewrite':
      // `amend` rewrites one commit the user just made; only a rebase replays others' changes.
      return args[0] === 'rebase' ? 'after the rebase' : undefined;
    case 'post-commit': {
      const repo = await openRepo(world.cwd, world.env);
      // During a rebase every pick commits; post-rewrite regenerates once at the end instead.
      if (!repo || operationInProgress(repo) === 'rebase') return undefined;
      const subject = await lastReflogSubject(repo);
      if (subject.startsWith('cherry-pick')) return 'after the cherry-pick';
      if (subject.startsWith('revert')) return 'after the revert';
      // A merge that stopped on a conflict ends with `git commit`, and git runs no post-merge then.
      if (subject.startsWith('commit (merge)')) return 'after the merge';
      return undefined;
    }
    default:
      return undefined;
  }
}

/** argv that runs this very CLI, with absolute paths (used when the repository has no committed copy). */
function runningCli(world: World): string[] {
  const script = world.self;
  if (!script) return ['cc-synthesize'];
  let resolved = script;
  try {
    resolved = realpathSync(script);
  } catch {}
  return [process.execPath, resolved];
}

function shown(target: string, top: string): string {
  const rel = relative(top, target);
  return rel && !rel.startsWith('..') ? rel : target;
}

function describe(change: SetupChange, top: string): string {
  const label = { added: 'added', updated: 'updated', unchanged: 'unchanged', removed: 'removed', absent: 'not present', skipped: 'SKIPPED' }[change.action];
  return `${label.padEnd(11)} ${shown(change.target, top)}: ${change.detail}`;
}
